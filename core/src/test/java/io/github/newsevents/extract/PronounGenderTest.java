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
}
