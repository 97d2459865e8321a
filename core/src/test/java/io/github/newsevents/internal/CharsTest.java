package io.github.newsevents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CharsTest {
  @Test
  void caseTestsAgreeWithCharacterOnEveryChar() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      assertThat(Chars.isUpperCase(ch)).as("upper %04x", c).isEqualTo(Character.isUpperCase(ch));
      assertThat(Chars.isLowerCase(ch)).as("lower %04x", c).isEqualTo(Character.isLowerCase(ch));
    }
  }


  @ParameterizedTest
  @ValueSource(
      chars = {' ', '\t', '\n', '\r', '\u0000', '\u0007', '\u007F', '\u0085', '\u00A0', '\u2007',
        '\u202F', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u2028', '\u3000'})
  void spaces(char c) {
    assertThat(Chars.isSpace(c)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(chars = {'a', 'Z', '.', '\u201C', '\u00E9', '\uD800', '\uDC00', '\u00AD'})
  void notSpaces(char c) {
    assertThat(Chars.isSpace(c)).isFalse();
  }

  @Test
  void linesEndAtAnyBreakAndCrLfIsOne() {
    String s = "a\r\nb\rc\nd\u2028e";
    assertThat(Chars.lineEnd(s, 0)).isEqualTo(1);
    assertThat(Chars.nextLineStart(s, 1)).isEqualTo(3);
    assertThat(Chars.lineEnd(s, 3)).isEqualTo(4);
    assertThat(Chars.nextLineStart(s, 4)).isEqualTo(5);
    assertThat(Chars.lineEnd(s, 5)).isEqualTo(6);
    assertThat(Chars.lineEnd(s, 7)).isEqualTo(8);
    assertThat(Chars.lineEnd(s, 9)).isEqualTo(s.length());
    assertThat(Chars.nextLineStart(s, s.length())).isEqualTo(s.length());
  }

  @Test
  void trimming() {
    String s = "\uFEFF\u00A0 text \u200B";
    int from = Chars.skipSpace(s, 0, s.length());
    int to = Chars.trimEnd(s, from, s.length());
    assertThat(s.substring(from, to)).isEqualTo("text");
    assertThat(Chars.trimEnd("   ", 0, 3)).isZero();
  }

  @Test
  void countingWordsStopsAfterTheMaximum() {
    assertThat(Chars.countWords("one two  three", 0, 14, 10)).isEqualTo(3);
    assertThat(Chars.countWords("a b c d e f", 0, 11, 2)).isEqualTo(3);
    assertThat(Chars.countWords("   ", 0, 3, 2)).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "one", "two words", " lead", "trail ", "a  b", "a\tb", "a \r\n\n b",
    "\u000B\f x \u00A0 y\u2028z\u0085", "  ", "a\u3000 b", "end\n"})
  void collapsingAsciiSpaceIsTheRegexWithoutOne(String s) {
    assertThat(Chars.collapseAsciiSpace(s)).isEqualTo(s.replaceAll("\\s++", " "));
  }

  @Test
  void aTextWithSingleSpacesIsReturnedAsItIs() {
    String s = "no double spaces here";
    assertThat(Chars.collapseAsciiSpace(s)).isSameAs(s);
  }
}
