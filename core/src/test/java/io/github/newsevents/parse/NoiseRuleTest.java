package io.github.newsevents.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

class NoiseRuleTest {

  @Test
  void matchesTheWholeTrimmedLineNeverAPart() {
    NoiseRule rule = NoiseRule.of("promo", Pattern.compile("Promo"));
    assertThat(rule.matches("Promo")).isTrue();
    assertThat(rule.matches("  Promo \u00A0")).isTrue();
    assertThat(rule.matches("Promo code inside")).isFalse();
    assertThat(rule.matches("A Promo")).isFalse();
    assertThat(rule.matches("")).isFalse();
    assertThat(rule.matches("   ")).isFalse();
  }

  @Test
  void ofRegexIsCaseInsensitive() {
    NoiseRule rule = NoiseRule.ofRegex("podcast-promo", "listen to our podcast.{0,100}+");
    assertThat(rule.matches("Listen to our podcast on the talks")).isTrue();
    assertThat(rule.matches("LISTEN TO OUR PODCAST")).isTrue();
    assertThat(rule.pattern().flags() & Pattern.CASE_INSENSITIVE).isNotZero();
    assertThat(NoiseRule.of("exact", Pattern.compile("Ad")).matches("AD")).isFalse();
  }

  @Test
  void linesLongerThanTheLimitAreNeverNoise() {
    NoiseRule anything = NoiseRule.of("anything", Pattern.compile(".*"));
    assertThat(anything.matches("x".repeat(NoiseRule.MAX_LINE_LENGTH))).isTrue();
    assertThat(anything.matches("x".repeat(NoiseRule.MAX_LINE_LENGTH + 1))).isFalse();
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> NoiseRule.of(null, Pattern.compile("x")))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name");
    assertThatThrownBy(() -> NoiseRule.of("x", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("pattern");
    assertThatThrownBy(() -> NoiseRule.ofRegex("x", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("regex");
    assertThatThrownBy(() -> NoiseRule.of(" ", Pattern.compile("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
    assertThatThrownBy(() -> NoiseRule.of("two words", Pattern.compile("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whitespace");
    assertThatThrownBy(() -> NoiseRule.ofRegex("bad", "(unclosed"))
        .isInstanceOf(PatternSyntaxException.class);
    assertThatThrownBy(() -> NoiseRule.of("x", Pattern.compile("x")).matches(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("line");
  }

  @Test
  void equalityIsByNameAndPattern() {
    NoiseRule a = NoiseRule.ofRegex("promo", "promo");
    assertThat(a).isEqualTo(NoiseRule.ofRegex("promo", "promo"));
    assertThat(a).hasSameHashCodeAs(NoiseRule.ofRegex("promo", "promo"));
    assertThat(a).isNotEqualTo(NoiseRule.ofRegex("other", "promo"));
    assertThat(a).isNotEqualTo(NoiseRule.of("promo", Pattern.compile("promo")));
    assertThat(a.toString()).contains("promo");
  }
}
