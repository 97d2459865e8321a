package io.github.newsevents.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonRoundTripTest {
  @Test
  void theExtractionReadBackEqualsTheOneWritten() throws Exception {
    String out = StandardOutput.of(() -> JsonRoundTrip.main(new String[0]));

    assertThat(out.lines()).hasSize(3);
    assertThat(out.lines().toList().get(0)).matches("JSON: \\d{3,} chars");
    assertThat(out.lines().toList().get(1)).startsWith("first ceasefire: {\"parties\":[\"peru\",\"ecuador\"],")
        .contains("\"scope\":\"FULL\"", "\"duration\":\"P30D\"", "\"status\":\"AGREED\"");
    assertThat(out.lines().toList().get(2)).isEqualTo("read back equals the original: true");
  }
}
