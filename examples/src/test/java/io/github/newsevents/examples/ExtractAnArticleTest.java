package io.github.newsevents.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractAnArticleTest {
  @Test
  void printsTheHeadlineThenEachStatementWithItsSpeakerAndEvidence() throws Exception {
    List<String> lines = StandardOutput.of(() -> ExtractAnArticle.main(new String[0])).lines().toList();

    assertThat(lines).hasSize(5); // the headline, then two statements of two lines each
    assertThat(lines.get(0)).isEqualTo("Nordic ministers meet in Oslo over fishing quotas");
    assertThat(lines.get(1)).startsWith("Ingrid Solberg (DIRECT): We want an agreement before the season opens");
    assertThat(lines.get(3)).isEqualTo("Magnus Eriksson (INDIRECT): Iceland was ready to compromise on the northern zones");
    // the printed spans point at the statements in the article
    assertThat(span(lines.get(2))).contains("We want an agreement before the season opens");
    assertThat(span(lines.get(4))).contains("Iceland was ready to compromise");
  }

  private static String span(String line) {
    String[] bounds = line.substring(line.lastIndexOf(' ') + 1).split("-");
    return ExtractAnArticle.ARTICLE.substring(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1]));
  }
}
