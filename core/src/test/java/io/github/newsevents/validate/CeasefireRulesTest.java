package io.github.newsevents.validate;

import static io.github.newsevents.validate.Fixture.standard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.CeasefireScope;
import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.PartyRole;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CeasefireRulesTest {

  private static Ceasefire.Builder status(CeasefireStatus status) {
    return Fixture.ceasefire().status(status);
  }

  private static Ceasefire timed(String start, String duration, String end) {
    Ceasefire.Builder b = status(CeasefireStatus.AGREED);
    if (!start.isEmpty()) {
      b.start(PartialDate.parse(start));
    }
    if (!duration.isEmpty()) {
      b.duration(Period.parse(duration));
    }
    if (!end.isEmpty()) {
      b.end(PartialDate.parse(end));
    }
    return b.build();
  }

  // ceasefire.parties.none

  @Test
  void aCeasefireWithoutPartiesIsAnError() {
    Fixture f = new Fixture();
    f.ceasefires.add(new Ceasefire.Builder()
        .scope(CeasefireScope.FULL)
        .status(CeasefireStatus.PROPOSED)
        .build());

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(tuple("ceasefire.parties.none", "ceasefires[1].parties", Severity.ERROR));
  }

  @Test
  void aUnilateralCeasefireIsFine() {
    Fixture f = new Fixture();
    f.ceasefires.add(new Ceasefire.Builder()
        .addParty("ukraine")
        .scope(CeasefireScope.PARTIAL)
        .scopeNote("energy infrastructure")
        .status(CeasefireStatus.IN_FORCE)
        .build());

    assertThat(standard(f.build())).isEmpty();
  }

  // ceasefire.mediator.is-party

  @Test
  void aPartyThatAlsoMediatesIsAWarning() {
    Fixture f = new Fixture();
    f.ceasefires.add(Fixture.ceasefire()
        .status(CeasefireStatus.AGREED)
        .putRole("united-states", PartyRole.MEDIATING)
        .build());

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(tuple(
            "ceasefire.mediator.is-party", "ceasefires[1].roles['united-states']", Severity.WARNING));
    assertThat(standard(f.build()).get(0).message())
        .startsWith("united-states is both a party of the ceasefire and its mediator");
    assertThat(Fixture.STRICT.validate(f.build()).errors())
        .extracting(Violation::code)
        .containsExactly("ceasefire.mediator.is-party");
  }

  @Test
  void everyPartyThatAlsoMediatesIsReportedInTheOrderOfTheParties() {
    Fixture f = new Fixture();
    f.ceasefires.add(Fixture.ceasefire()
        .status(CeasefireStatus.PROPOSED)
        .putRole("ukraine", PartyRole.MEDIATING)
        .putRole("united-states", PartyRole.MEDIATING)
        .build());

    assertThat(standard(f.build()))
        .extracting(Violation::path)
        .containsExactly("ceasefires[1].roles['united-states']", "ceasefires[1].roles['ukraine']");
  }

  @Test
  void aMediatorOutsideThePartiesAndAProposingOrDeclaringPartyAreFine() {
    Fixture f = new Fixture();
    // "Peru offered Chile a truce": a side that proposes to the other is a party
    f.ceasefires.add(Fixture.ceasefire()
        .status(CeasefireStatus.PROPOSED)
        .putRole("united-states", PartyRole.PROPOSING)
        .putRole("ukraine", PartyRole.DECLARING)
        .build());
    // "a truce brokered by Trump": the mediator is no party
    f.ceasefires.add(new Ceasefire.Builder()
        .addParty("ukraine")
        .scope(CeasefireScope.FULL)
        .status(CeasefireStatus.AGREED)
        .putRole("donald-trump", PartyRole.MEDIATING)
        .putRole("united-states", PartyRole.PROPOSING)
        .build());

    assertThat(standard(f.build())).isEmpty();
  }

  @Test
  void aMediatorOfOneCeasefireMayBeAPartyOfAnother() {
    Fixture f = new Fixture();
    f.ceasefires.add(new Ceasefire.Builder()
        .addParty("ukraine")
        .scope(CeasefireScope.FULL)
        .status(CeasefireStatus.PROPOSED)
        .putRole("united-states", PartyRole.MEDIATING)
        .build());

    // the fixture's first ceasefire has united-states as a party
    assertThat(f.build().ceasefires().get(0).parties()).contains("united-states");
    assertThat(standard(f.build())).isEmpty();
  }

  // ceasefire.dates.inconsistent

  @ParameterizedTest(name = "{0} + {1} vs {2}")
  @CsvSource({
      "2025-03-12, P30D, 2025-04-20",
      "2025-03-12, P30D, 2025-04-09",
      "2025-03-12, P1M, 2025-05-12",
      "2025-03, P30D, 2025-06",
      "2024, P30D, 2025-03",
  })
  void aStartPlusDurationMoreThanADayFromTheEndIsAnError(String start, String duration, String end) {
    Fixture f = new Fixture();
    f.ceasefires.add(timed(start, duration, end));

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(tuple("ceasefire.dates.inconsistent", "ceasefires[1].end", Severity.ERROR));
  }

  @Test
  void theMessageSaysWhatTheStartAndDurationGive() {
    Fixture f = new Fixture();
    f.ceasefires.add(timed("2025-03-12", "P30D", "2025-04-20"));
    f.ceasefires.add(timed("2025-03", "P30D", "2025-06"));

    assertThat(standard(f.build()))
        .extracting(Violation::message)
        .containsExactly(
            "start 2025-03-12 plus duration P30D gives 2025-04-11, more than a day away from end"
                + " 2025-04-20; correct the start, the end or the duration (or leave one out)",
            "start 2025-03 plus duration P30D gives 2025-03-31 to 2025-04-30, more than a day away"
                + " from end 2025-06; correct the start, the end or the duration (or leave one out)");
  }

  @ParameterizedTest(name = "{0} + {1} vs {2}")
  @CsvSource({
      "2025-03-12, P30D, 2025-04-11", // exact
      "2025-03-12, P30D, 2025-04-10", // the end as the last day of the truce
      "2025-03-12, P30D, 2025-04-12", // a day late
      "2025-01-31, P1M, 2025-02-28",
      "2025-03, P30D, 2025-04", // some day of March plus 30 days is in April
      "2025-03-12, P30D, 2025-04",
      "2025-03-12, P30D, 2025",
      "2025-03-12, P30D, ''", // no end: nothing to compare
      "2025-03-12, '', 2025-09-01",
      "'', P30D, 2025-04-11",
  })
  void datesThatAgreeAreFine(String start, String duration, String end) {
    Fixture f = new Fixture();
    f.ceasefires.add(timed(start, duration, end));

    assertThat(standard(f.build())).isEmpty();
  }

  @Test
  void anAbsurdlyLongDurationIsReportedNotThrown() {
    Fixture f = new Fixture();
    f.ceasefires.add(timed("2025-03-12", "P2147483647Y", "2025-04-11"));

    assertThat(standard(f.build()))
        .extracting(Violation::code)
        .containsExactly("ceasefire.dates.inconsistent");
  }

  // ceasefire.date.after-publication

  @ParameterizedTest
  @EnumSource(value = CeasefireStatus.class, names = {"AGREED", "IN_FORCE", "VIOLATED", "EXPIRED"})
  void aCeasefireAgreedAfterPublicationIsAnError(CeasefireStatus s) {
    Fixture f = new Fixture();
    f.ceasefires.add(status(s).date(PartialDate.parse("2025-04-13")).end(PartialDate.parse("2025-04-01")).build());

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(tuple("ceasefire.date.after-publication", "ceasefires[1].date", Severity.ERROR));
    assertThat(standard(f.build()).get(0).message())
        .startsWith("the " + s + " ceasefire's date 2025-04-13 is after the article's publication date 2025-04-12");
  }

  @ParameterizedTest
  @EnumSource(value = CeasefireStatus.class, names = {"PROPOSED", "REJECTED"})
  void aCeasefireProposedOrRejectedMayBeDatedLater(CeasefireStatus s) {
    Fixture f = new Fixture();
    f.ceasefires.add(status(s).date(PartialDate.parse("2025-04-13")).build());

    assertThat(standard(f.build())).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = CeasefireStatus.class, names = {"IN_FORCE", "VIOLATED"})
  void aCeasefireInForceThatStartsAfterPublicationIsAnError(CeasefireStatus s) {
    Fixture f = new Fixture();
    f.ceasefires.add(status(s).start(PartialDate.parse("2025-05")).build());

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(tuple("ceasefire.date.after-publication", "ceasefires[1].start", Severity.ERROR));
  }

  @Test
  void anAgreedCeasefireMayStartAfterPublication() {
    Fixture f = new Fixture();
    f.ceasefires.add(status(CeasefireStatus.AGREED)
        .date(PartialDate.parse("2025-04-12"))
        .start(PartialDate.parse("2025-04-14"))
        .build());

    assertThat(standard(f.build())).isEmpty();
  }

  @Test
  void withoutAPublicationDateNoCeasefireIsAfterIt() {
    Fixture f = new Fixture();
    f.published = Optional.empty();
    f.ceasefires.add(status(CeasefireStatus.VIOLATED)
        .date(PartialDate.parse("2025-06"))
        .start(PartialDate.parse("2025-06"))
        .build());

    assertThat(standard(f.build())).isEmpty();
  }

  // ceasefire.expired.no-end and ceasefire.expired.ends-after-publication

  @Test
  void anExpiredCeasefireWithoutAnEndIsAWarning() {
    Fixture f = new Fixture();
    f.ceasefires.add(status(CeasefireStatus.EXPIRED)
        .date(PartialDate.parse("2025-03"))
        .start(PartialDate.parse("2025-03-12"))
        .build());

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(tuple("ceasefire.expired.no-end", "ceasefires[1].end", Severity.WARNING));
  }

  @Test
  void anExpiredCeasefireThatEndsAfterPublicationIsAnError() {
    Fixture f = new Fixture();
    f.ceasefires.add(status(CeasefireStatus.EXPIRED).end(PartialDate.parse("2025-04-13")).build());

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(tuple(
            "ceasefire.expired.ends-after-publication", "ceasefires[1].end", Severity.ERROR));
  }

  @Test
  void anExpiredCeasefireWhoseDurationRunsPastPublicationIsAnError() {
    Fixture f = new Fixture();
    f.ceasefires.add(status(CeasefireStatus.EXPIRED)
        .start(PartialDate.parse("2025-04-01"))
        .duration(Period.ofDays(30))
        .build());

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(tuple(
            "ceasefire.expired.ends-after-publication", "ceasefires[1].duration", Severity.ERROR));
    assertThat(standard(f.build()).get(0).message()).contains("run to 2025-04-30");
  }

  @ParameterizedTest(name = "start {0}, duration {1}, end {2}")
  @CsvSource({
      "'', '', 2025-04-12",
      "'', '', 2025-04", // may have ended in early April
      "2025-03-12, P30D, ''",
      "2025-03-14, P30D, ''", // its last day, 2025-04-12, is the publication date
  })
  void anExpiredCeasefireThatEndedByPublicationIsFine(String start, String duration, String end) {
    Fixture f = new Fixture();
    Ceasefire.Builder b = status(CeasefireStatus.EXPIRED);
    if (!start.isEmpty()) {
      b.start(PartialDate.parse(start)).duration(Period.parse(duration));
    }
    if (!end.isEmpty()) {
      b.end(PartialDate.parse(end));
    }
    f.ceasefires.add(b.build());

    assertThat(standard(f.build())).isEmpty();
  }

  @Test
  void anExpiredCeasefireIsNotJudgedAgainstAMissingPublicationDate() {
    Fixture f = new Fixture();
    f.published = Optional.empty();
    f.ceasefires.add(status(CeasefireStatus.EXPIRED).end(PartialDate.parse("2025-12")).build());

    assertThat(standard(f.build())).isEmpty();
  }

  @Test
  void aDurationTooLongToAddIsReportedAsRunningPastPublication() {
    Fixture f = new Fixture();
    f.ceasefires.add(status(CeasefireStatus.EXPIRED)
        .start(PartialDate.parse("2025-03-01"))
        .duration(Period.ofYears(Integer.MAX_VALUE))
        .build());

    assertThat(standard(f.build()))
        .extracting(Violation::code)
        .containsExactly("ceasefire.expired.ends-after-publication");
  }
}
