package io.github.newsevents.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Article;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParseBenchmarkTest {
  static ParseBenchmark benchmark(String corpus) {
    ParseBenchmark b = new ParseBenchmark();
    b.corpus = corpus;
    b.setUp();
    return b;
  }

  @Test
  void parseParsesEachArticleInTurn() {
    ParseBenchmark b = benchmark("articles");
    List<Article> parsed = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      parsed.add(b.parse());
    }
    assertThat(parsed).extracting(a -> a.published().orElseThrow().toString())
        .containsExactly("2026-03-14", "2026-05-19", "2026-08-06", "2026-10-02", "2026-03-14");
    assertThat(parsed.get(4)).isEqualTo(parsed.get(0));
    List<String> texts = Corpus.articles();
    for (int i = 0; i < 4; i++) {
      assertThat(parsed.get(i).text()).isEqualTo(texts.get(i));
      assertThat(parsed.get(i).paragraphs()).hasSizeGreaterThan(12);
      assertThat(parsed.get(i).paragraphs()).allSatisfy(p -> assertThat(p.sentences()).isNotEmpty());
    }
  }

  @Test
  void seedCorpusParsesTheSeed() {
    ParseBenchmark b = benchmark("seed");
    Article a = b.parse();
    assertThat(a.text()).isEqualTo(Corpus.seed());
    assertThat(a.published().map(Object::toString)).contains("2025-04-12");
    assertThat(b.parse()).isEqualTo(a);
  }
}
