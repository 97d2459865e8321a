package io.github.newsevents.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {
  @Test
  void quotesAreComparedWithoutTheirMarksAndSpacing() {
    assertThat(Texts.normalizeQuote("\u201CWe will win.\u201D")).isEqualTo("We will win.");
    assertThat(Texts.normalizeQuote("\"We will win.\"")).isEqualTo("We will win.");
    assertThat(Texts.normalizeQuote("  We   will\n win.  ")).isEqualTo("We will win.");
    assertThat(Texts.normalizeQuote("\u00ABNous gagnerons\u00BB")).isEqualTo("Nous gagnerons");
    assertThat(Texts.normalizeQuote("\u201EWir werden siegen\u201C")).isEqualTo("Wir werden siegen");
    assertThat(Texts.normalizeQuote("'don\u2019t'")).isEqualTo("don't");
    assertThat(Texts.normalizeQuote("He said \u201Cno\u201D firmly")).isEqualTo("He said \"no\" firmly");
    assertThat(Texts.normalizeQuote("\u201C \u201D")).isEmpty();
  }

  @Test
  void namesAreComparedIgnoringCaseAndSpacing() {
    assertThat(Texts.normalizeName("Vladimir Putin")).isEqualTo("vladimir putin");
    assertThat(Texts.normalizeName("  VLADIMIR\t\tPutin ")).isEqualTo("vladimir putin");
  }

  @Test
  void lettersAndDigitsOfAnyScriptCount() {
    assertThat(Texts.hasLetterOrDigit("Нет")).isTrue();
    assertThat(Texts.hasLetterOrDigit("٣")).isTrue();
    assertThat(Texts.hasLetterOrDigit("\u201C\u2026\u201D")).isFalse();
  }

  @Test
  void excerptsAreShortAndOnOneLine() {
    assertThat(Texts.excerpt("a\nb")).isEqualTo("'a\\nb'");
    assertThat(Texts.excerpt("x".repeat(100))).isEqualTo("'" + "x".repeat(60) + "…'");
  }
}
