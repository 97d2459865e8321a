package io.github.newsevents.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GeneratedArticlesTest {
  @Test
  void printsTheArticleOfTheSeedAndItsGold() throws Exception {
    String out = StandardOutput.of(() -> GeneratedArticles.main(new String[] {"42"}));

    assertThat(out).startsWith("== scenario 42\ndate");
    assertThat(out).containsPattern("== its gold: \\d+ statements, \\d+ meetings, \\d+ ceasefires\n\\{\n \"article\": \\{");
    assertThat(out).isEqualTo(StandardOutput.of(() -> GeneratedArticles.main(new String[] {"42"})));
  }
}
