package io.github.newsevents.parse;

import static io.github.newsevents.parse.ArticleAssertions.assertOffsetsExact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.Removal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The publication date taken from a line the timestamp rule removes, when the header gives none:
 * the data of a removed line is not lost.
 */
class PublishedFromTimestampTest {
  private static final ArticleParser PARSER = ArticleParser.defaults();

  private static final String HEADLINE = "Harbour authority opens new ferry terminal in Tromsø";
  private static final String BODY =
      "The harbour authority opened a ferry terminal on the northern quay, its director said.\n"
          + "\n"
          + "The terminal will serve three routes along the coast from the spring.\n";

  /** A headline, the timestamp line(s), then two paragraphs: no header. */
  private static String article(String... stampLines) {
    StringBuilder b = new StringBuilder(HEADLINE).append("\n\n");
    for (String line : stampLines) {
      b.append(line).append('\n');
    }
    return b.append('\n').append(BODY).toString();
  }

  private static Article parse(String text) {
    Article a = PARSER.parse(text);
    assertOffsetsExact(a);
    return a;
  }

  private static List<String> codes(Article a) {
    return a.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList());
  }

  private static Optional<Diagnostic> fromTimestamp(Article a) {
    return a.diagnostics().stream()
        .filter(d -> d.code().equals("published.from-timestamp"))
        .findFirst();
  }

  /** The date of {@code line}, which the timestamp rule must remove. */
  private static Optional<PartialDate> dateOf(String line) {
    Article a = parse(article(line));
    assertThat(a.removed())
        .extracting(Removal::rule, Removal::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(NoiseRules.TIMESTAMP, line));
    assertThat(a.paragraphs()).hasSize(3); // the headline and the body, nothing lost
    assertThat(fromTimestamp(a).isPresent()).isEqualTo(a.published().isPresent());
    return a.published();
  }

  @Test
  void isoDate() {
    assertThat(dateOf("Published: 2026-07-13")).contains(PartialDate.of(2026, 7, 13));
    assertThat(dateOf("Published 2026-07-13T09:15:00Z")).contains(PartialDate.of(2026, 7, 13));
    assertThat(dateOf("Posted - 2026-07-13 09:15")).contains(PartialDate.of(2026, 7, 13));
  }

  @Test
  void dayMonthYearAfterATime() {
    assertThat(dateOf("PUBLISHED: 09:15 GMT, 3 March 2025"))
        .contains(PartialDate.of(2025, 3, 3));
    assertThat(dateOf("Published 2 June 2024")).contains(PartialDate.of(2024, 6, 2));
    assertThat(dateOf("Published on 3rd March 2025")).contains(PartialDate.of(2025, 3, 3));
  }

  @Test
  void publishedPartOfALineThatAlsoSaysUpdated() {
    assertThat(dateOf("PUBLISHED: 09:15 GMT, 3 March 2025 | UPDATED: 11:40 GMT, 5 March 2025"))
        .contains(PartialDate.of(2025, 3, 3));
    // the update first on the line: its date is skipped, the publication's read
    assertThat(dateOf("Updated 5 March 2025 | Published 3 March 2025"))
        .contains(PartialDate.of(2025, 3, 3));
    assertThat(dateOf("Published 10:02 GMT | Last updated 6 March 2025")).isEmpty();
  }

  @Test
  void weekdayDayMonthYear() {
    assertThat(dateOf("First published on Tue 4 March 2025 10.02 GMT"))
        .contains(PartialDate.of(2025, 3, 4));
  }

  @Test
  void monthDayYear() {
    assertThat(dateOf("Posted March 3, 2025")).contains(PartialDate.of(2025, 3, 3));
    assertThat(dateOf("Published 12:30 PM ET, Mon March 3rd, 2025"))
        .contains(PartialDate.of(2025, 3, 3));
    assertThat(dateOf("Published Sept. 14, 2025 at 8:05 a.m. EDT"))
        .contains(PartialDate.of(2025, 9, 14));
    assertThat(dateOf("Published 10:30 March 3, 2025")).contains(PartialDate.of(2025, 3, 3));
  }

  @Test
  void bareDateLine() {
    assertThat(dateOf("Feb 27, 2026 6:40 pm")).contains(PartialDate.of(2026, 2, 27));
    assertThat(dateOf("Tuesday, 4 March 2025 | 10:02 GMT")).contains(PartialDate.of(2025, 3, 4));
  }

  @Test
  void unambiguousNumericDates() {
    assertThat(dateOf("Published 13/04/2025")).contains(PartialDate.of(2025, 4, 13)); // d/m/y
    assertThat(dateOf("Published 04/13/2025 10:30")).contains(PartialDate.of(2025, 4, 13)); // m/d/y
    assertThat(dateOf("Published: 13.04.2025")).contains(PartialDate.of(2025, 4, 13));
    assertThat(dateOf("Posted 13-04-2025")).contains(PartialDate.of(2025, 4, 13));
    // both readings the same day
    assertThat(dateOf("Published 03/03/2025")).contains(PartialDate.of(2025, 3, 3));
  }

  @Test
  void ambiguousNumericDateIsNotGuessed() {
    Article a = parse(article("Published 03/04/2025"));
    assertThat(a.published()).isEmpty();
    assertThat(codes(a)).doesNotContain("published.from-timestamp");
    // a later line that says it plainly gives the date
    Article b = parse(article("Published 03/04/2025", "Posted April 3, 2025"));
    assertThat(b.published()).contains(PartialDate.of(2025, 4, 3));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Updated: 4 March 2025",
        "Last updated: 09:15 GMT, 4 March 2025",
        "UPDATED 2026-07-13",
        "Modified on March 4, 2025",
        "Last modified: Tue 4 March 2025 10.02 GMT",
        "Edited 2026-07-13 14:00",
        "Last updated Mar 4, 2025 | 10:02 GMT"
      })
  void updatedOnlyGivesNoDate(String line) {
    assertThat(dateOf(line)).isEmpty();
  }

  @Test
  void updatedLineBeforePublishedLine() {
    Article a = parse(article("Last updated: 5 March 2025", "First published: 3 March 2025"));
    assertThat(a.published()).contains(PartialDate.of(2025, 3, 3));
  }

  @Test
  void aNumericFebruary29IsReadInALeapYearOnly() {
    assertThat(dateOf("Published 29/02/2024")).contains(PartialDate.of(2024, 2, 29));
    assertThat(dateOf("Published 02/29/2025")).isEmpty();
  }

  @Test
  void firstPublicationLineWins() {
    Article a = parse(article("Published: 2025-03-03", "Posted March 9, 2025"));
    assertThat(a.published()).contains(PartialDate.of(2025, 3, 3));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Published: 2026-13-45",
        "Published: 2025-02-30",
        "Published 31 April 2025",
        "Posted Feb 29, 2025",
        "Published 31/31/2025",
        "Published 29/02/2025",
        "Published 3 March",
        "Published Monday",
        "Posted 3 hours ago",
        "Published yesterday"
      })
  void malformedOrIncompleteDateGivesNone(String line) {
    assertThatCode(() -> assertThat(dateOf(line)).isEmpty()).doesNotThrowAnyException();
  }

  @Test
  void readerIsTotalOnArbitraryLines() {
    String alphabet = "Published updated Posted last first 2025-13-01 31/12/ 0123456789 :|-./,MarchFeb ";
    java.util.Random random = new java.util.Random(20260713);
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(80);
      for (int i = 0; i < len; i++) {
        b.append(
            random.nextInt(8) == 0
                ? (char) random.nextInt(0x3000)
                : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String line = b.toString();
      assertThatCode(() -> TimestampDate.read(line, 0, line.length()))
          .as("line %s", line)
          .doesNotThrowAnyException();
    }
  }

  @Test
  void headerDateWins() {
    String text = "date: 2025-01-10\n\n" + article("Published: 2025-03-03");
    Article a = parse(text);
    assertThat(a.published()).contains(PartialDate.of(2025, 1, 10));
    assertThat(codes(a)).doesNotContain("published.from-timestamp");
    assertThat(a.removed()).extracting(Removal::rule).containsExactly(NoiseRules.TIMESTAMP);
  }

  @Test
  void diagnosticPointsAtTheDateRead() {
    String text = article("PUBLISHED: 09:15 GMT, 3 March 2025 | UPDATED: 11:40 GMT, 5 March 2025");
    Article a = parse(text);
    Diagnostic d = fromTimestamp(a).orElseThrow();
    assertThat(d.span()).isPresent();
    assertThat(d.span().get().of(text)).isEqualTo("3 March 2025");
    assertThat(d.message()).contains("2025-03-03").contains("timestamp");
  }

  @Test
  void theDateResolvesAYearlessDateline() {
    String text =
        HEADLINE
            + "\n\nPublished: 2026-07-13\n\n"
            + "OSLO, April 11 (Reuters) - The harbour authority opened a ferry terminal on the"
            + " northern quay, its director said.\n";
    Article a = parse(text);
    assertThat(a.published()).contains(PartialDate.of(2026, 7, 13));
    assertThat(a.dateline()).isPresent();
    assertThat(a.dateline().get().date()).contains(PartialDate.of(2026, 4, 11));
    assertThat(codes(a)).doesNotContain("dateline.date.unresolved");
  }

  @Test
  void aSwitchedOffTimestampRuleKeepsTheLineAndGivesNoDate() {
    ParseOptions options =
        ParseOptions.defaults().withoutNoiseRule(NoiseRules.TIMESTAMP);
    Article a = ArticleParser.with(options).parse(article("Published: 2026-07-13"));
    assertThat(a.published()).isEmpty();
  }

  @Test
  void relativeDateInAMeetingResolvesOnceThePublishedLineGivesTheDate() {
    String text =
        "Nordic ministers meet in Oslo\n"
            + "\n"
            + "Published: 2026-07-15\n"
            + "\n"
            + "Norwegian Foreign Minister Ingrid Solberg met Icelandic Foreign Minister Helga"
            + " Jonsdottir in Oslo on Monday to discuss fishing quotas.\n";
    Extraction x = NewsEvents.extract(text);
    assertThat(x.article().published()).contains(PartialDate.of(2026, 7, 15));
    assertThat(x.diagnostics()).extracting(Diagnostic::code).doesNotContain("date.unresolved");
    assertThat(x.meetings()).hasSize(1);
    Meeting m = x.meetings().get(0);
    assertThat(m.date()).contains(PartialDate.of(2026, 7, 13)); // the Monday before

    // the same article without the line: the Monday stays unresolved
    Extraction without = NewsEvents.extract(text.replace("Published: 2026-07-15\n\n", ""));
    assertThat(without.article().published()).isEmpty();
    assertThat(without.diagnostics()).extracting(Diagnostic::code).contains("date.unresolved");
    assertThat(without.meetings()).hasSize(1);
    assertThat(without.meetings().get(0).date()).isEmpty();
  }
}
