package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static io.github.newsevents.extract.News.undated;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, point 1: dates resolved against the publication date, read here as the date of the one
 * meeting each article reports. One test per date form.
 */
class DatesTest {
  /** A Monday: the Friday before is 2025-04-11, the Friday after 2025-04-18. */
  private static final String MONDAY = "2025-04-14";

  private static Optional<String> meetingDate(String text) {
    Extraction x = extract(text);
    assertThat(x.meetings()).as("meetings of %s", text).hasSize(1);
    Meeting m = x.meetings().get(0);
    return m.date().map(Object::toString);
  }

  // absolute dates

  @Test
  void dayThenMonth() {
    assertThat(meetingDate(article(MONDAY,
        "Foreign Minister Lena Marsh met President Oskar Vallin in Moscow on 13 March."))).contains("2025-03-13");
  }

  @Test
  void monthThenDay() {
    assertThat(meetingDate(article(MONDAY,
        "Foreign Minister Lena Marsh met President Oskar Vallin in Moscow on March 13."))).contains("2025-03-13");
  }

  @Test
  void isoDate() {
    assertThat(meetingDate(article(MONDAY,
        "Foreign Minister Lena Marsh met President Oskar Vallin in Moscow on 2025-03-13."))).contains("2025-03-13");
  }

  @Test
  void dateInParentheses() {
    assertThat(meetingDate(article(MONDAY,
        "Foreign Minister Lena Marsh met President Oskar Vallin in St. Petersburg (11 April)."))).contains("2025-04-11");
  }

  @Test
  void dayAndMonthAfterThePublicationDateOfAPastEventIsInThePreviousYear() {
    assertThat(meetingDate(article("2025-02-10",
        "Foreign Minister Lena Marsh met President Oskar Vallin in Moscow on 13 March."))).contains("2024-03-13");
  }

  @Test
  void dayMonthAndYearNeedNoPublicationDate() {
    assertThat(meetingDate(undated(
        "Foreign Minister Lena Marsh met President Oskar Vallin in Moscow on 13 March 2025."))).contains("2025-03-13");
  }

  // months

  @Test
  void inMarchForAPastEventIsThatMonthWithMonthPrecision() {
    assertThat(meetingDate(article(MONDAY,
        "Foreign Minister Lena Marsh met President Oskar Vallin in Moscow in March."))).contains("2025-03");
  }

  @Test
  void inMarchForAPastEventIsTheMostRecentMarchNotAfterPublication() {
    assertThat(meetingDate(article("2025-02-10",
        "Foreign Minister Lena Marsh met President Oskar Vallin in Moscow in March."))).contains("2024-03");
  }

  @Test
  void inMarchForAFutureEventIsTheNextMarch() {
    assertThat(meetingDate(article(MONDAY,
        "Foreign Minister Lena Marsh will meet President Oskar Vallin in Moscow in March."))).contains("2026-03");
  }

  // weekdays

  @Test
  void onFridayForAPastEventIsTheFridayBeforePublication() {
    assertThat(meetingDate(article(MONDAY,
        "Foreign Minister Lena Marsh met President Oskar Vallin in Moscow on Friday."))).contains("2025-04-11");
  }

  @Test
  void onFridayForAFutureEventIsTheFridayAfterPublication() {
    assertThat(meetingDate(article(MONDAY,
        "Foreign Minister Lena Marsh will meet President Oskar Vallin in Moscow on Friday."))).contains("2025-04-18");
  }

  @Test
  void onFridayInAnArticlePublishedOnAFridayIsThatDay() {
    assertThat(meetingDate(article("2025-04-11",
        "Foreign Minister Lena Marsh met President Oskar Vallin in Moscow on Friday."))).contains("2025-04-11");
  }

  // yesterday, today, tomorrow, last week, next month

  @Test
  void yesterday() {
    assertThat(meetingDate(article(MONDAY,
        "Foreign Minister Lena Marsh met President Oskar Vallin in Moscow yesterday."))).contains("2025-04-13");
  }

  @Test
  void today() {
    assertThat(meetingDate(article(MONDAY,
        "Foreign Minister Lena Marsh met President Oskar Vallin in Moscow today."))).contains("2025-04-14");
  }

  @Test
  void tomorrow() {
    assertThat(meetingDate(article(MONDAY,
        "Foreign Minister Lena Marsh will meet President Oskar Vallin in Moscow tomorrow."))).contains("2025-04-15");
  }

  @Test
  void lastWeekIsTheMonthItFellInWhenTheWholeWeekDid() {
    // published Wednesday 16 April 2025: last week ran from Monday 7 to Sunday 13 April
    assertThat(meetingDate(article("2025-04-16",
        "Foreign Minister Lena Marsh met President Oskar Vallin in Moscow last week."))).contains("2025-04");
  }

  @Test
  void nextMonth() {
    assertThat(meetingDate(article(MONDAY,
        "Foreign Minister Lena Marsh will meet President Oskar Vallin in Moscow next month."))).contains("2025-05");
  }

  // without a publication date

  @Test
  void withoutPublicationDateARelativeDateStaysUnresolvedWithADiagnostic() {
    Extraction x = extract(undated(
        "Foreign Minister Lena Marsh met President Oskar Vallin in Moscow on Friday."));
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.date()).isEmpty());
    assertThat(x.diagnostics()).anyMatch(d -> d.code().equals("date.unresolved"));
  }

  @Test
  void withoutPublicationDateADayAndMonthWithoutYearIsNotGuessed() {
    Extraction x = extract(undated(
        "Foreign Minister Lena Marsh met President Oskar Vallin in Moscow on 13 March."));
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.date()).isEmpty());
    assertThat(x.diagnostics()).anyMatch(d -> d.code().equals("date.unresolved"));
  }
}
