package io.github.newsevents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RangeMapTest {

  @Test
  void findsKeysByTextRange() {
    RangeMap<Integer> map = new RangeMap<>(Map.of("talks", 1, "met", 2), false);
    String text = "they met for talks";
    assertThat(map.get(text, 5, 8)).isEqualTo(2);
    assertThat(map.get(text, 13, 18)).isEqualTo(1);
    assertThat(map.get(text, 0, 4)).isNull();
    assertThat(map.get("Talks", 0, 5)).isNull();
    assertThat(map.get("", 0, 0)).isNull();
  }

  @Test
  void ignoringCaseAlsoMatchesWhatTheFilterCannotJudge() {
    RangeMap<Integer> map = new RangeMap<>(Map.of("talks", 1, "kin", 3), true);
    assertThat(map.get("TALKS", 0, 5)).isEqualTo(1);
    assertThat(map.get("Talks", 0, 5)).isEqualTo(1);
    assertThat(map.get("Talk", 0, 4)).isNull();
    // the Kelvin sign folds to 'k' as regionMatches compares without case: no ASCII filter applies
    assertThat(map.get("\u212Ain", 0, 3)).isEqualTo(3);
  }

  @Test
  void keysWithNonAsciiEnds() {
    RangeMap<Integer> map = new RangeMap<>(Map.of("\u00E9lys\u00E9e", 1, "talks", 2), true);
    assertThat(map.get("\u00C9LYS\u00C9E", 0, 6)).isEqualTo(1);
    assertThat(map.get("talks", 0, 5)).isEqualTo(2);
  }
}
