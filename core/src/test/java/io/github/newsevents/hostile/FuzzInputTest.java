package io.github.newsevents.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FuzzInputTest {
  @ParameterizedTest
  @ValueSource(strings = {"", "plain", "\u201Cquoted\u201D", "\uD83D\uDE00 pair", "lone \uD800 high",
      "lone \uDC00 low", "\uDC00\uD800 reversed", "\u0000 NUL", "\uD800"})
  void anyStringSurvivesTheEscapes(String text) {
    assertThat(FuzzInput.text(FuzzInput.bytes(text))).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain ascii", "caf\u00E9"})
  void utf8IsReadAsItIs(String text) {
    assertThat(FuzzInput.text(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
  }

  @org.junit.jupiter.api.Test
  void malformedUtf8IsReplacedNotRefused() {
    assertThat(FuzzInput.text(new byte[] {(byte) 0xC3, 'a', (byte) 0xFF, (byte) 0xD8})).isEqualTo("\uFFFDa\uD800");
  }
}
