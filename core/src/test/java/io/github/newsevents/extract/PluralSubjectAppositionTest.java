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
 * boundary. Made-up sentences.
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
}
