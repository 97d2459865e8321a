package io.github.newsevents.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.newsevents.model.Extraction;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBenchmarkTest {
  static JsonBenchmark benchmark(String corpus) throws IOException {
    JsonBenchmark b = new JsonBenchmark();
    b.corpus = corpus;
    b.setUp();
    return b;
  }

  @ParameterizedTest
  @ValueSource(strings = {"articles", "seed"})
  void writeWritesTheExtractionAsJson(String corpus) throws IOException {
    JsonBenchmark b = benchmark(corpus);
    List<Extraction> xs = b.extractions();
    assertThat(xs).hasSize(Corpus.named(corpus).size());
    for (Extraction x : xs) {
      JsonNode json = JsonBenchmark.mapper().readTree(b.write());
      assertThat(json.get("statements").size()).isEqualTo(x.statements().size()).isPositive();
      assertThat(json.get("actors").size()).isEqualTo(x.actors().size());
      assertThat(json.get("article").get("text").asText()).isEqualTo(x.article().text());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"articles", "seed"})
  void readReadsBackTheExtraction(String corpus) throws IOException {
    JsonBenchmark b = benchmark(corpus);
    for (Extraction x : b.extractions()) {
      assertThat(b.read()).isEqualTo(x);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"articles", "seed"})
  void writeReadRoundTripEqualsTheInput(String corpus) throws IOException {
    JsonBenchmark b = benchmark(corpus);
    for (int round = 0; round < 2; round++) {
      for (Extraction x : b.extractions()) {
        Extraction back = b.writeRead();
        assertThat(back).isEqualTo(x).isNotSameAs(x);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"articles", "seed"})
  void writeTokensWritesTheBytesOfWrite(String corpus) throws IOException {
    JsonBenchmark tokens = benchmark(corpus);
    JsonBenchmark model = benchmark(corpus);
    for (int round = 0; round < 2 * Corpus.named(corpus).size(); round++) {
      assertThat(tokens.writeTokens()).isEqualTo(model.write());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"articles", "seed"})
  void readTokensReadsEveryTokenOfTheDocument(String corpus) throws IOException {
    JsonBenchmark b = benchmark(corpus);
    for (int count : b.tokenCounts()) {
      assertThat(b.readTokens()).isEqualTo(count).isGreaterThan(500);
    }
  }
}
