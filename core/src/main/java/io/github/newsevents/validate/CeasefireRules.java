package io.github.newsevents.validate;

import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.PartyRole;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rules about ceasefires: parties, mediators who are not parties, consistent dates, and a status
 * that fits the publication date.
 */
final class CeasefireRules {
  private CeasefireRules() {}

  /** Statuses that say the ceasefire was agreed by the time of the article. */
  private static final Set<CeasefireStatus> AGREED_BY_PUBLICATION = EnumSet.of(
      CeasefireStatus.AGREED,
      CeasefireStatus.IN_FORCE,
      CeasefireStatus.VIOLATED,
      CeasefireStatus.EXPIRED);

  /** Statuses that say the ceasefire had begun by the time of the article. */
  private static final Set<CeasefireStatus> BEGUN_BY_PUBLICATION = EnumSet.of(
      CeasefireStatus.IN_FORCE, CeasefireStatus.VIOLATED, CeasefireStatus.EXPIRED);

  static final Rule PARTIES_NONE = Rule.of(
      "ceasefire.parties.none",
      Severity.ERROR,
      "Every ceasefire has at least one party (one is enough: a unilateral ceasefire).",
      CeasefireRules::partiesNone);

  static final Rule MEDIATOR_IS_PARTY = Rule.of(
      "ceasefire.mediator.is-party",
      Severity.WARNING,
      "No party of a ceasefire also has the MEDIATING role in it, a go-between being no side of"
          + " the truce it brokers (a PROPOSING party is fine, a side offering a truce to the other;"
          + " a side may host the talks, hence a warning).",
      CeasefireRules::mediatorIsParty);

  static final Rule DATES_INCONSISTENT = Rule.of(
      "ceasefire.dates.inconsistent",
      Severity.ERROR,
      "When a ceasefire has a start, an end and a duration, start plus duration is within a day"
          + " of the end; partial dates count as every day they can mean.",
      CeasefireRules::datesInconsistent);

  static final Rule DATE_AFTER_PUBLICATION = Rule.of(
      "ceasefire.date.after-publication",
      Severity.ERROR,
      "An AGREED, IN_FORCE, VIOLATED or EXPIRED ceasefire's date, and an IN_FORCE, VIOLATED or"
          + " EXPIRED ceasefire's start, are not after the article's publication date"
          + " (skipped when the article has no publication date, or one that date.out-of-range"
          + " rejects).",
      CeasefireRules::dateAfterPublication);

  static final Rule EXPIRED_NO_END = Rule.of(
      "ceasefire.expired.no-end",
      Severity.WARNING,
      "An EXPIRED ceasefire has an end, or a start and a duration (articles often say a truce"
          + " expired without saying when, hence a warning).",
      CeasefireRules::expiredNoEnd);

  static final Rule EXPIRED_ENDS_AFTER_PUBLICATION = Rule.of(
      "ceasefire.expired.ends-after-publication",
      Severity.ERROR,
      "An EXPIRED ceasefire ends (its end, or else its start plus duration, less a day) no later"
          + " than the article's publication date"
          + " (skipped when the article has no publication date, or one that date.out-of-range"
          + " rejects).",
      CeasefireRules::expiredEndsAfterPublication);

  private static void partiesNone(Extraction extraction, Rule.Context context) {
    List<Ceasefire> ceasefires = extraction.ceasefires();
    for (int i = 0; i < ceasefires.size(); i++) {
      if (ceasefires.get(i).parties().isEmpty()) {
        context.report(
            "ceasefires[" + i + "].parties",
            "a ceasefire needs at least one party, the side or sides bound by it; mediators"
                + " belong in roles");
      }
    }
  }

  private static void mediatorIsParty(Extraction extraction, Rule.Context context) {
    List<Ceasefire> ceasefires = extraction.ceasefires();
    for (int i = 0; i < ceasefires.size(); i++) {
      Ceasefire c = ceasefires.get(i);
      // in the order of the parties, so that the report does not depend on the map's order
      for (String party : c.parties()) {
        if (c.roles().get(party) == PartyRole.MEDIATING) {
          context.report(
              "ceasefires[" + i + "].roles['" + party + "']",
              party + " is both a party of the ceasefire and its mediator; a go-between that is"
                  + " not bound by the truce belongs in roles only, and a side that agrees to it"
                  + " in parties only (as DECLARING, or PROPOSING when it offers the truce)");
        }
      }
    }
  }

  private static void datesInconsistent(Extraction extraction, Rule.Context context) {
    List<Ceasefire> ceasefires = extraction.ceasefires();
    for (int i = 0; i < ceasefires.size(); i++) {
      Ceasefire c = ceasefires.get(i);
      if (c.start().isEmpty() || c.end().isEmpty() || c.duration().isEmpty()) {
        continue;
      }
      PartialDate start = c.start().get();
      PartialDate end = c.end().get();
      Period duration = c.duration().get();
      LocalDate earliest = plus(start.firstDay(), duration);
      LocalDate latest = plus(start.lastDay(), duration);
      // a day of tolerance either way: "30 days from 1 March" ends on 30 or 31 March
      if (latest.isBefore(end.firstDay().minusDays(1))
          || earliest.isAfter(end.lastDay().plusDays(1))) {
        String computed =
            earliest.equals(latest) ? earliest.toString() : earliest + " to " + latest;
        context.report(
            "ceasefires[" + i + "].end",
            "start " + start + " plus duration " + duration + " gives " + computed
                + ", more than a day away from end " + end
                + "; correct the start, the end or the duration (or leave one out)");
      }
    }
  }

  private static void dateAfterPublication(Extraction extraction, Rule.Context context) {
    Optional<PartialDate> published = Dates.publication(extraction, context);
    if (published.isEmpty()) {
      return;
    }
    LocalDate last = published.get().lastDay();
    List<Ceasefire> ceasefires = extraction.ceasefires();
    for (int i = 0; i < ceasefires.size(); i++) {
      Ceasefire c = ceasefires.get(i);
      if (AGREED_BY_PUBLICATION.contains(c.status())
          && c.date().isPresent()
          && c.date().get().firstDay().isAfter(last)) {
        context.report(
            "ceasefires[" + i + "].date",
            Dates.afterPublication(
                    "the " + c.status() + " ceasefire's date", c.date().get(), published.get())
                + "; a ceasefire not yet agreed is PROPOSED (or the date was resolved to the wrong"
                + " week or year)");
      }
      if (BEGUN_BY_PUBLICATION.contains(c.status())
          && c.start().isPresent()
          && c.start().get().firstDay().isAfter(last)) {
        context.report(
            "ceasefires[" + i + "].start",
            Dates.afterPublication(
                    "the " + c.status() + " ceasefire's start", c.start().get(), published.get())
                + "; a ceasefire agreed but not yet begun is AGREED");
      }
    }
  }

  private static void expiredNoEnd(Extraction extraction, Rule.Context context) {
    List<Ceasefire> ceasefires = extraction.ceasefires();
    for (int i = 0; i < ceasefires.size(); i++) {
      Ceasefire c = ceasefires.get(i);
      if (c.status() == CeasefireStatus.EXPIRED
          && c.end().isEmpty()
          && (c.start().isEmpty() || c.duration().isEmpty())) {
        context.report(
            "ceasefires[" + i + "].end",
            "an EXPIRED ceasefire has neither an end nor a start and a duration, so nothing"
                + " shows when it ended; add the end when the article gives it");
      }
    }
  }

  private static void expiredEndsAfterPublication(Extraction extraction, Rule.Context context) {
    Optional<PartialDate> published = Dates.publication(extraction, context);
    if (published.isEmpty()) {
      return;
    }
    LocalDate last = published.get().lastDay();
    List<Ceasefire> ceasefires = extraction.ceasefires();
    for (int i = 0; i < ceasefires.size(); i++) {
      Ceasefire c = ceasefires.get(i);
      if (c.status() != CeasefireStatus.EXPIRED) {
        continue;
      }
      if (c.end().isPresent()) {
        if (c.end().get().firstDay().isAfter(last)) {
          context.report(
              "ceasefires[" + i + "].end",
              "an EXPIRED ceasefire ended by the publication date " + published.get()
                  + ", but its end is " + c.end().get()
                  + "; one still running is IN_FORCE or VIOLATED");
        }
      } else if (c.start().isPresent() && c.duration().isPresent()) {
        // the last day of a 30-day truce from 1 March is 30 March
        LocalDate lastDay = plus(c.start().get().firstDay(), c.duration().get()).minusDays(1);
        if (lastDay.isAfter(last)) {
          context.report(
              "ceasefires[" + i + "].duration",
              "an EXPIRED ceasefire ended by the publication date " + published.get()
                  + ", but its start " + c.start().get() + " and duration "
                  + c.duration().get() + " run to " + lastDay
                  + "; one still running is IN_FORCE or VIOLATED");
        }
      }
    }
  }

  /** {@code date} plus {@code period}, or {@link LocalDate#MAX} for a period too long to add. */
  private static LocalDate plus(LocalDate date, Period period) {
    try {
      return date.plus(period);
    } catch (java.time.DateTimeException | ArithmeticException e) {
      return LocalDate.MAX; // a duration of millions of years: "later than anything" is accurate
    }
  }
}
