package io.github.newsevents.validate;

import static io.github.newsevents.validate.Fixture.standard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.Dateline;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.Statement;
import io.github.newsevents.model.StatementKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateRulesTest {

  private static Meeting planned(String date) {
    return Fixture.meeting("vladimir-putin", "donald-trump")
        .kind(MeetingKind.IN_PERSON)
        .status(MeetingStatus.PLANNED)
        .date(PartialDate.parse(date))
        .build();
  }

  @Test
  void aTruncatedYearIsAnError() {
    Fixture f = new Fixture();
    f.meetings.add(planned("0025-04-11"));

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(tuple("date.out-of-range", "meetings[1].date", Severity.ERROR));
    assertThat(standard(f.build()).get(0).message())
        .isEqualTo("0025-04-11 is before 1800; is the year mistyped or cut short (0025 for 2025)?");
  }

  @Test
  void aDateFarAfterPublicationIsAnError() {
    Fixture f = new Fixture();
    f.ceasefires.add(Fixture.ceasefire()
        .status(CeasefireStatus.PROPOSED)
        .end(PartialDate.parse("2205-04"))
        .build());

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(tuple("date.out-of-range", "ceasefires[1].end", Severity.ERROR));
    assertThat(standard(f.build()).get(0).message())
        .isEqualTo("2205-04 is more than 10 years after the article's publication date 2025-04-12;"
            + " is the year mistyped (2205 for 2025)?");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1800", "1800-01-01", "1914-07-28", "2035-04-12", "2035-04"})
  void datesFrom1800ToTenYearsAfterPublicationAreFine(String date) {
    Fixture f = new Fixture();
    f.meetings.add(planned(date));

    assertThat(standard(f.build())).isEmpty();
  }

  @Test
  void tenYearsAndADayAfterPublicationIsTooFar() {
    Fixture f = new Fixture();
    f.meetings.add(planned("2035-04-13"));

    assertThat(standard(f.build())).extracting(Violation::code).containsExactly("date.out-of-range");
  }

  @Test
  void everyDateOfTheExtractionIsChecked() {
    Fixture f = new Fixture();
    f.dateline = Optional.of(new Dateline.Builder()
        .place("MOSCOW")
        .date(PartialDate.parse("1799-12-31"))
        .span(Fixture.span("MOSCOW (Reuters) -"))
        .build());
    f.statements.add(new Statement.Builder()
        .text("Yes")
        .kind(StatementKind.INDIRECT)
        .date(PartialDate.parse("0012"))
        .build());
    f.ceasefires.add(Fixture.ceasefire()
        .status(CeasefireStatus.PROPOSED)
        .date(PartialDate.parse("0025"))
        .start(PartialDate.parse("0025-03"))
        .end(PartialDate.parse("2525"))
        .build());

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path)
        .containsExactly(
            tuple("date.out-of-range", "article.dateline.date"),
            tuple("date.out-of-range", "statements[2].date"),
            tuple("date.out-of-range", "ceasefires[1].date"),
            tuple("date.out-of-range", "ceasefires[1].start"),
            tuple("date.out-of-range", "ceasefires[1].end"));
  }

  @Test
  void withoutAPublicationDateTheClockGivesTheLimit() {
    Fixture f = new Fixture();
    f.published = Optional.empty();
    f.meetings.add(planned("2036-01-01")); // today + 10 years, by the fixture's clock
    f.meetings.add(planned("2036-01-02"));

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path, Violation::message)
        .containsExactly(tuple(
            "date.out-of-range",
            "meetings[2].date",
            "2036-01-02 is more than 10 years after today's date 2026-01-01 (the article has no"
                + " publication date); is the year mistyped (2205 for 2025)?"));
  }

  @Test
  void theClockIsTheValidators() {
    Fixture f = new Fixture();
    f.published = Optional.empty();
    f.meetings.add(planned("2036-01-02"));
    Clock later = Clock.fixed(Instant.parse("2027-06-01T00:00:00Z"), ZoneOffset.UTC);

    assertThat(Validators.standard().withClock(later).validate(f.build()).violations()).isEmpty();
  }

  @Test
  void aMistypedPublicationDateIsOneViolationNotOneForEveryOtherDate() {
    Fixture f = new Fixture();
    f.published = Optional.of(PartialDate.parse("0025-04-12"));

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("date.out-of-range", "article.published"));
  }

  @Test
  void aPublicationDateFarInTheFutureIsMeasuredAgainstToday() {
    Fixture f = new Fixture();
    f.published = Optional.of(PartialDate.parse("2205-04-12"));

    assertThat(standard(f.build()))
        .extracting(Violation::path, Violation::message)
        .containsExactly(tuple(
            "article.published",
            "2205-04-12 is more than 10 years after today's date 2026-01-01 (by the validator's"
                + " clock); is the year mistyped (2205 for 2025)?"));
  }
}
