package io.github.newsevents.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.hostile.Hostile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostileBenchmarkTest {
  @Test
  void everyClassOfHostileTextAndTheNewsBaselineIsAnInputOfTheSameLength() throws Exception {
    String[] inputs = HostileBenchmark.class.getField("input").getAnnotation(
        org.openjdk.jmh.annotations.Param.class).value();
    List<String> expected = new ArrayList<>(List.of("NEWS"));
    for (Hostile h : Hostile.values()) {
      expected.add(h.name());
    }
    assertThat(inputs).containsExactlyElementsOf(expected);

    for (String input : List.of("NEWS", "MET", "NESTED_MARKS")) {
      HostileBenchmark b = new HostileBenchmark();
      b.input = input;
      b.size = "2KB";
      b.setUp();
      assertThat(b.text().length()).as(input).isBetween(2048, 2048 + 600);
      assertThat(b.extract().article().text()).isSameAs(b.text());
    }
  }
}
