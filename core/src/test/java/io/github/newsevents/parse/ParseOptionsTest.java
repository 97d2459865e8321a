package io.github.newsevents.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParseOptionsTest {
  private static final NoiseRule PROMO = NoiseRule.ofRegex("promo", "promo");

  @Test
  void defaults() {
    ParseOptions d = ParseOptions.defaults();
    assertThat(d.maxLength()).isEqualTo(10 * 1024 * 1024).isEqualTo(ParseOptions.DEFAULT_MAX_LENGTH);
    assertThat(d.noiseRules()).isEqualTo(NoiseRules.defaults());
    assertThat(d).isSameAs(ParseOptions.defaults());
  }

  @Test
  void withersReturnNewOptionsAndLeaveTheOriginal() {
    ParseOptions d = ParseOptions.defaults();
    ParseOptions small = d.withMaxLength(100);
    assertThat(small.maxLength()).isEqualTo(100);
    assertThat(d.maxLength()).isEqualTo(ParseOptions.DEFAULT_MAX_LENGTH);
    assertThat(small.noiseRules()).isEqualTo(d.noiseRules());
    assertThat(d.withMaxLength(0).maxLength()).isZero();
  }

  @Test
  void addingARuleAppendsItOrReplacesTheOneOfTheSameName() {
    ParseOptions added = ParseOptions.defaults().withNoiseRule(PROMO);
    assertThat(added.noiseRules()).hasSize(NoiseRules.defaults().size() + 1).endsWith(PROMO);

    NoiseRule watch = NoiseRule.ofRegex("watch", "watch this");
    ParseOptions replaced = ParseOptions.defaults().withNoiseRule(watch);
    assertThat(replaced.noiseRules()).hasSize(NoiseRules.defaults().size()).contains(watch);
    int index = NoiseRules.defaults().indexOf(NoiseRules.named("watch").orElseThrow());
    assertThat(replaced.noiseRules().get(index)).isSameAs(watch);
  }

  @Test
  void removingARuleByName() {
    ParseOptions without = ParseOptions.defaults().withoutNoiseRule("watch");
    assertThat(without.noiseRules()).extracting(NoiseRule::name).doesNotContain("watch");
    assertThat(without.noiseRules()).hasSize(NoiseRules.defaults().size() - 1);
    assertThatThrownBy(() -> ParseOptions.defaults().withoutNoiseRule("wacth"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("wacth")
        .hasMessageContaining("watch");
  }

  @Test
  void replacingOrClearingAllRules() {
    assertThat(ParseOptions.defaults().withoutNoiseRules().noiseRules()).isEmpty();
    assertThat(ParseOptions.defaults().withNoiseRules(List.of(PROMO)).noiseRules()).containsExactly(PROMO);
    assertThatThrownBy(() -> ParseOptions.defaults().withNoiseRules(List.of(PROMO, PROMO)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("promo");
  }

  @Test
  void rejectsBadArguments() {
    ParseOptions d = ParseOptions.defaults();
    assertThatThrownBy(() -> d.withMaxLength(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxLength");
    assertThatThrownBy(() -> d.withNoiseRule(null)).isInstanceOf(NullPointerException.class).hasMessage("rule");
    assertThatThrownBy(() -> d.withoutNoiseRule(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
    assertThatThrownBy(() -> d.withNoiseRules(null)).isInstanceOf(NullPointerException.class).hasMessage("rules");
  }

  @Test
  void theRuleListCannotBeChangedFromOutside() {
    assertThat(ParseOptions.defaults().withNoiseRule(PROMO).noiseRules()).isUnmodifiable();
  }

  @Test
  void equalityAndToString() {
    assertThat(ParseOptions.defaults().withMaxLength(5)).isEqualTo(ParseOptions.defaults().withMaxLength(5));
    assertThat(ParseOptions.defaults().withMaxLength(5))
        .hasSameHashCodeAs(ParseOptions.defaults().withMaxLength(5));
    assertThat(ParseOptions.defaults()).isNotEqualTo(ParseOptions.defaults().withoutNoiseRules());
    assertThat(ParseOptions.defaults().toString()).contains("maxLength=10485760", "advertisement");
  }
}
