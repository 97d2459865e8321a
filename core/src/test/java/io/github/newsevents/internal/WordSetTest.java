package io.github.newsevents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordSetTest {

  @Test
  void looksUpARegionWithoutCopying() {
    WordSet set = WordSet.of("Mr", "Dr", "Gen");
    String text = "said Gen. Poe";
    assertThat(set.contains(text, 5, 8)).isTrue();
    assertThat(set.contains(text, 5, 7)).isFalse();
    assertThat(set.contains("mr")).isFalse();
    assertThat(set.contains("")).isFalse();
    assertThat(set.contains("General")).isFalse();
  }

  @Test
  void ignoringCase() {
    WordSet set = WordSet.ignoringCase("Breaking");
    assertThat(set.contains("BREAKING")).isTrue();
    assertThat(set.contains("breaking")).isTrue();
    assertThat(set.contains("breakin")).isFalse();
    assertThat(set.toString()).contains("breaking");
  }
}
