package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Extraction;
import java.time.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15, point 8 (attributes): the forms news English gives a ceasefire's length: a compound
 * before the noun in figures or words ("a 48-hour", "a seven-day", "a week-long"), a phrase after it
 * ("for two weeks", "of 72 hours", "that will last ten days", "meant to last 60 days"), and "a
 * humanitarian pause" as a ceasefire of its own. An end after "until" lies on the side of
 * publication nearer to it ("extended until May 18", two days after publication, is this year's May
 * 18, not last year's). Made-up sentences.
 */
class CeasefireDurationTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "a three-day ceasefire | 3",
      "a week-long truce | 7",
      "a month-long truce | 30",
      "a truce of 72 hours | 3",
      "a 48-hour ceasefire | 2",
      "a ceasefire for two weeks | 14",
      "a ceasefire that will last ten days | 10",
      "a ceasefire meant to last 60 days | 60",
      "a twelve-day truce | 12",
      "a ninety-day cessation of hostilities | 90",
      "a ceasefire of one week | 7",
      "a 30-day humanitarian pause | 30",
      // a bound before the amount: "at least", "up to", "more than", "about"
      "a ceasefire of at least 30 days | 30",
      "a full ceasefire for at least 30 days | 30",
      "a truce lasting up to 60 days | 60",
      "a truce for about two weeks | 14",
      "a ceasefire for more than ten days | 10"})
  void theLengthOfACeasefire(String phrase, int days) {
    Extraction x = extract(article("2025-04-14", "Peru and Chile agreed to " + phrase + " on Monday."));
    assertThat(x.ceasefires()).as(phrase).singleElement().satisfies(c -> {
      assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile");
      assertThat(c.duration()).hasValue(Period.ofDays(days));
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Peru and Chile extended their truce until May 18, officials said. | 2025-05-18",
      "Peru and Chile agreed a truce until April 2 after weeks of clashes. | 2025-04-02",
      "Peru and Chile agreed a truce until December 20 after weeks of clashes. | 2024-12-20"})
  void anEndAfterUntilIsTheNearerOccurrence(String sentence, String end) {
    Extraction x = extract(article("2025-05-16", sentence));
    assertThat(x.ceasefires()).as(sentence).singleElement()
        .satisfies(c -> assertThat(c.end()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo(end)));
  }

  @org.junit.jupiter.api.Test
  void aRelativeClauseAfterTheTruceDoesNotSetItsTense() {
    // "that will take effect" tells of the truce's start; the signing itself was last Saturday
    Extraction x = extract(article("2025-04-14",
        "Peru and Chile signed a ceasefire agreement in Brasilia on Saturday that will take effect on Monday."));
    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.date().map(Object::toString)).hasValue("2025-04-12"));
    Extraction y = extract(article("2025-04-14", "Peru and Chile will sign a ceasefire on Saturday."));
    assertThat(y.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.date().map(Object::toString)).hasValue("2025-04-19"));
  }

  // The date after the passive of a verb of saying is the event's ("a truce was announced on
  // Sunday"): only the active verb of a report ("Peru said on Sunday") dates the report instead.
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "A truce between Peru and Chile was announced on Sunday.",
      "A ceasefire between Peru and Chile was agreed on Sunday.",
      "A ceasefire between Peru and Chile was declared on Sunday."})
  void aPassiveVerbOfSayingDatesTheTruce(String sentence) {
    Extraction x = extract(article("2025-04-14", sentence));
    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.date()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2025-04-13")));
  }

  // A proposal made in the past is dated when it was made; a truce still to begin, or a proposal
  // still to be made, is dated ahead.
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Brazil proposed a 30-day ceasefire on Friday.|2025-04-11",
      "Brazil called for a ceasefire on Friday.|2025-04-11",
      "On Friday, Brazil proposed a ceasefire.|2025-04-11",
      "Brazil will propose a ceasefire on Friday.|2025-04-18",
      "Brazil said a proposed truce would begin on Friday.|2025-04-18"})
  void aProposalIsDatedWhenItWasMade(String sentence, String date) {
    Extraction x = extract(article("2025-04-14", "Peru and Chile fought a brief war.", sentence));
    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.date()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo(date)));
  }
}
