package io.github.newsevents.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtractorOnScenariosTest {
  @Test
  void printsTheTotalsOverTheGeneratedArticles() throws Exception {
    String out = StandardOutput.of(() -> ExtractorOnScenarios.main(new String[] {"20"}));

    assertThat(out).startsWith("20 generated articles\n");
    assertThat(out.lines().skip(1)).hasSize(5)
        .allMatch(l -> l.matches("\\w+ +P=\\d\\.\\d{3} R=\\d\\.\\d{3} F1=\\d\\.\\d{3} \\(gold \\d+, predicted \\d+, matched \\d+\\) .*"));
  }
}
