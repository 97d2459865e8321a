package io.github.newsevents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StringSetTest {

  @Test
  void answersAsSetOf() {
    StringSet set = StringSet.of("talks", "met", "summit");
    assertThat(set.contains("met")).isTrue();
    assertThat(set.contains(new String("summit"))).isTrue(); // equal, not the same instance
    assertThat(set.contains("Met")).isFalse();
    assertThat(set.contains("")).isFalse();
    assertThat(set.contains(42)).isFalse();
    assertThat(set).hasSize(3).containsExactlyInAnyOrder("talks", "met", "summit");
    assertThat(set).isEqualTo(Set.of("summit", "talks", "met"));
    assertThat(set.hashCode()).isEqualTo(Set.of("summit", "talks", "met").hashCode());
  }

  @Test
  void manyWordsAllFound() {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      words.add("w" + i);
    }
    StringSet set = StringSet.copyOf(words);
    assertThat(set).hasSize(5000);
    for (String w : words) {
      assertThat(set.contains(w)).isTrue();
    }
    assertThat(set.contains("w5000")).isFalse();
    assertThat(new ArrayList<>(set)).containsExactlyInAnyOrderElementsOf(words);
  }

  @Test
  void ofRejectsDuplicatesAndNullsAsSetOfDoes() {
    assertThatThrownBy(() -> StringSet.of("a", "b", "a")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a");
    assertThatThrownBy(() -> StringSet.of("a", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> StringSet.of("a").contains(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void copyOfKeepsADuplicateOnce() {
    assertThat(StringSet.copyOf(List.of("a", "b", "a"))).hasSize(2).containsExactlyInAnyOrder("a", "b");
    assertThat(StringSet.copyOf(List.of())).isEmpty();
  }

  @Test
  void isImmutable() {
    StringSet set = StringSet.of("a", "b");
    assertThatThrownBy(() -> set.add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> set.remove("a")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(set::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThat(set).hasSize(2);
  }
}
