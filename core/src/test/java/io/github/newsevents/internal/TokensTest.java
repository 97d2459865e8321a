package io.github.newsevents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokensTest {
  private final String text = "The envoy met Ana \u00C9lise in \u00C9vian; the talks ended.";
  private final Tokens t = Tokens.of(text, 0, text.length());

  @Test
  void isComparesTheWholeTokenExactly() {
    assertThat(t.is(0, "The")).isTrue();
    assertThat(t.is(0, "the")).isFalse();
    assertThat(t.is(0, "Th")).isFalse();
    assertThat(t.is(0, "Then")).isFalse();
    assertThat(t.is(0, "")).isFalse();
    assertThat(t.is(7, ";")).isTrue();
    assertThat(t.is(8, "the")).isTrue();
  }

  @Test
  void isIgnoreCaseFoldsCaseOnly() {
    assertThat(t.isIgnoreCase(0, "the")).isTrue();
    assertThat(t.isIgnoreCase(0, "THE")).isTrue();
    assertThat(t.isIgnoreCase(0, "tha")).isFalse();
    assertThat(t.isIgnoreCase(0, "she")).isFalse();
    assertThat(t.isIgnoreCase(4, "\u00E9lise")).isTrue(); // a first letter that is not ASCII
    assertThat(t.isIgnoreCase(4, "elise")).isFalse();
    assertThat(t.isIgnoreCase(6, "\u00E9VIAN")).isTrue();
    assertThat(t.isIgnoreCase(7, ";")).isTrue();
    assertThat(t.isIgnoreCase(7, "{")).isFalse();
  }
}
