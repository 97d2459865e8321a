package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static io.github.newsevents.extract.News.speaker;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 1: a pronoun's antecedent agrees in gender; a person whose honorific gives the
 * pronoun's gender wins over one of unknown gender named before (made-up texts).
 */
class PronounGenderTest {
  @Test
  void sheGoesToTheWomanIntroducedEvenWhenAnotherPersonIsTheSubject() {
    Extraction x = extract(article("2025-04-14",
        "President Oskar Vallin spoke after Ms Lena Marsh arrived.", "\"It was useful,\" she said."));
    assertThat(speaker(x, x.statements().get(0))).contains("Lena Marsh");
  }

  @Test
  void heGoesToTheManWhenBothAreMarked() {
    Extraction x = extract(article("2025-04-14",
        "Ms Lena Marsh met Mr Oskar Vallin.", "\"It was useful,\" he said."));
    assertThat(speaker(x, x.statements().get(0))).contains("Oskar Vallin");
  }

  @Test
  void anUnmarkedPronounStillTakesTheSubject() {
    Extraction x = extract(article("2025-04-14",
        "President Oskar Vallin met Foreign Minister Lena Marsh.", "\"It was useful,\" he said."));
    assertThat(speaker(x, x.statements().get(0))).contains("Oskar Vallin");
  }

  @Test
  void aGivenNameOfOneGenderGivesThePronounItsPerson() {
    // "Maria" is a woman's name: "she" skips the man named after her
    Extraction x = extract(article("2025-04-14",
        "Maria Lund arrived in Oslo on Monday. Mr Oskar Vallin met her at the airport.",
        "\"The talks were good,\" she said."));
    assertThat(speaker(x, x.statements().get(0))).contains("Maria Lund");
  }

  @Test
  void aNearerSubjectOfUnknownGenderWinsOverAMarkedPersonFurtherBack() {
    // the woman named two paragraphs back does not take "she" from the minister who opens this one
    Extraction x = extract(article("2025-04-14",
        "Ms Lena Marsh spoke on Monday.",
        "Markets rose.",
        "Minister Kerstin Dahl called for calm. \"We need a common path,\" she said."));
    assertThat(speaker(x, x.statements().get(0))).contains("Kerstin Dahl");
  }

  @Test
  void aMarkedPersonGovernedByAPrepositionIsNoSubject() {
    // "supported by Norway's former leader Mr X": an object, whatever its gender
    Extraction x = extract(article("2025-04-14",
        "Envoy Tamsin Rowe said the talks were supported by Norway's former leader Mr Oskar Vallin.",
        "\"The talks will go well,\" he said."));
    assertThat(speaker(x, x.statements().get(0))).contains("Tamsin Rowe");
  }
}
