package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.MeetingKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15, point 5 (symmetric verbs with a plural subject): a plural head of people whose members
 * follow in apposition ("The two leaders, A and B, met"; "The two presidents, A of Peru and B of
 * Chile, spoke by phone") is the subject of the verb after the closing comma, which is no clause
 * boundary. A plural after "between" ("a phone call between the two", "talks between the two
 * countries") is the pair the text spoke of last, as a plural subject is. Made-up sentences.
 */
class PluralSubjectAppositionTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The two leaders, Ana Lopez and Jorge Vidal, met in Quito on Monday. | IN_PERSON",
      "The two presidents, Ana Lopez of Peru and Jorge Vidal of Chile, spoke by phone on Monday. | PHONE_CALL",
      "Both ministers, Ana Lopez and Jorge Vidal, held talks in Quito on Monday. | TALKS"})
  void theMembersInAppositionAreTheSides(String sentence, MeetingKind kind) {
    Extraction x = extract(article("2025-04-14", sentence));
    assertThat(x.meetings()).as(sentence).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("ana-lopez", "jorge-vidal");
      assertThat(m.kind()).isEqualTo(kind);
    });
  }

  @org.junit.jupiter.api.Test
  void aCallBetweenTheTwoIsOfThePairSpokenOfBefore() {
    Extraction x = extract(article("2025-04-14",
        "Peruvian Foreign Minister Ana Lopez will meet her Chilean counterpart Jorge Vidal in Quito on Monday.",
        "The meeting will be the first since the dispute began.",
        "It follows a phone call between the two on Friday."));
    assertThat(x.meetings()).hasSize(2).anySatisfy(m -> {
      assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
      assertThat(m.participants()).containsExactlyInAnyOrder("ana-lopez", "jorge-vidal");
    });
  }
}
