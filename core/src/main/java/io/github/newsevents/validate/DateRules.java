package io.github.newsevents.validate;

import io.github.newsevents.model.Article;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The calendar-range rule: catches mistyped and truncated years anywhere in an extraction. */
final class DateRules {
  private DateRules() {}

  static final Rule OUT_OF_RANGE = Rule.of(
      "date.out-of-range",
      Severity.ERROR,
      "Every date (publication, dateline, statement, meeting, ceasefire date, start and end) is"
          + " not before 1800 and not more than 10 years after the publication date, or after"
          + " today by the validator's clock when there is none or it is itself out of range (the"
          + " publication date is measured against today).",
      DateRules::outOfRange);

  private static void outOfRange(Extraction extraction, Rule.Context context) {
    Article article = extraction.article();
    Range today = new Range(context.today(), "today's date " + context.today()
        + " (by the validator's clock)");
    Range range = Dates.publication(extraction, context)
        .map(p -> new Range(p.lastDay(), "the article's publication date " + p))
        .orElse(new Range(context.today(), "today's date " + context.today()
            + (article.published().isPresent()
                ? " (the publication date is out of range)"
                : " (the article has no publication date)")));
    check(context, today, article.published(), "article.published");
    check(context, range, article.dateline().flatMap(d -> d.date()), "article.dateline.date");
    List<Statement> statements = extraction.statements();
    for (int i = 0; i < statements.size(); i++) {
      check(context, range, statements.get(i).date(), "statements[" + i + "].date");
    }
    List<Meeting> meetings = extraction.meetings();
    for (int i = 0; i < meetings.size(); i++) {
      check(context, range, meetings.get(i).date(), "meetings[" + i + "].date");
    }
    List<Ceasefire> ceasefires = extraction.ceasefires();
    for (int i = 0; i < ceasefires.size(); i++) {
      Ceasefire c = ceasefires.get(i);
      check(context, range, c.date(), "ceasefires[" + i + "].date");
      check(context, range, c.start(), "ceasefires[" + i + "].start");
      check(context, range, c.end(), "ceasefires[" + i + "].end");
    }
  }

  private static void check(
      Rule.Context context, Range range, Optional<PartialDate> date, String path) {
    if (date.isEmpty()) {
      return;
    }
    PartialDate d = date.get();
    if (d.year() < Dates.EARLIEST_YEAR) {
      context.report(
          path,
          d + " is before " + Dates.EARLIEST_YEAR + "; is the year mistyped or cut short (0025 for"
              + " 2025)?");
    } else if (d.firstDay().isAfter(range.latest)) {
      context.report(
          path,
          d + " is more than " + Dates.YEARS_AHEAD + " years after " + range.what
              + "; is the year mistyped (2205 for 2025)?");
    }
  }

  private static final class Range {
    final LocalDate latest;
    final String what;

    Range(LocalDate reference, String what) {
      this.latest = reference.plusYears(Dates.YEARS_AHEAD);
      this.what = what;
    }
  }
}
