package io.github.newsevents.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Extraction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScalingBenchmarkTest {
  @Test
  void eachSizeExtractsAnArticleOfThatSize() {
    Map<String, Extraction> bySize = new HashMap<>();
    for (String size : new String[] {"1KB", "10KB", "100KB", "1MB"}) {
      ScalingBenchmark b = new ScalingBenchmark();
      b.size = size;
      b.setUp();
      int target = Corpus.bytes(size);
      int bytes = b.text().getBytes(StandardCharsets.UTF_8).length;
      assertThat(bytes).as(size).isBetween(target * 95 / 100, target);
      Extraction x = b.extract();
      assertThat(x.article().text()).isEqualTo(b.text());
      assertThat(b.parse()).isEqualTo(x.article());
      assertThat(x.statements()).as(size).isNotEmpty();
      bySize.put(size, x);
    }
    // the sized articles repeat the same material, so what is found grows with the size (counted
    // as actor mentions: a statement repeated word for word by the same speaker is kept once)
    int s10k = bySize.get("10KB").actors().stream().mapToInt(a -> a.mentions().size()).sum();
    int s1m = bySize.get("1MB").actors().stream().mapToInt(a -> a.mentions().size()).sum();
    assertThat((double) s1m / s10k).isBetween(102.4 * 0.8, 102.4 * 1.25);
    int m100k = bySize.get("100KB").meetings().size();
    int m1m = bySize.get("1MB").meetings().size();
    assertThat((double) m1m / m100k).isBetween(10.24 * 0.7, 10.24 * 1.3);
  }
}
