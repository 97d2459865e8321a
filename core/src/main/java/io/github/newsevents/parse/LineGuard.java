package io.github.newsevents.parse;

/**
 * A cheap necessary condition for a built-in {@link NoiseRule}: when it says no, the rule's pattern
 * cannot match the line, and the parser skips the pattern. It looks at a few characters at the
 * ends of the line, so the long lines of prose that make up most of an article cost almost nothing
 * per rule. Not API; every guard must be implied by its rule's pattern (the rule tests check it).
 */
@FunctionalInterface
interface LineGuard {
  /** Whether the pattern may match the trimmed line {@code s[from, to)}. */
  boolean mayMatch(CharSequence s, int from, int to);

  default LineGuard or(LineGuard other) {
    return (s, from, to) -> mayMatch(s, from, to) || other.mayMatch(s, from, to);
  }

  /** The line starts with one of {@code chars}, compared in lower case. */
  static LineGuard firstCharIn(String chars) {
    return (s, from, to) -> chars.indexOf(Character.toLowerCase(s.charAt(from))) >= 0;
  }

  /**
   * The line's first word (its leading letters, in lower case) is one of {@code words}, or starts
   * with one of them that ends in {@code *}.
   */
  static LineGuard firstWord(String... words) {
    // grouped by first letter, so that a line is compared with a few words at most
    String[][] byFirst = new String[128][];
    for (String w : words) {
      char c = w.charAt(0);
      String[] old = byFirst[c] == null ? new String[0] : byFirst[c];
      String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
      grown[old.length] = w;
      byFirst[c] = grown;
    }
    return (s, from, to) -> {
      char first = Character.toLowerCase(s.charAt(from));
      String[] candidates = first < 128 ? byFirst[first] : null;
      if (candidates == null) {
        return false;
      }
      int end = from + 1;
      while (end < to && end - from <= 20 && Character.isLetter(s.charAt(end))) {
        end++;
      }
      int len = end - from;
      for (String w : candidates) {
        boolean prefix = w.endsWith("*");
        int wl = prefix ? w.length() - 1 : w.length();
        if (prefix ? len < wl : len != wl) {
          continue;
        }
        int i = 1;
        while (i < wl && Character.toLowerCase(s.charAt(from + i)) == w.charAt(i)) {
          i++;
        }
        if (i == wl) {
          return true;
        }
      }
      return false;
    };
  }

  /**
   * A colon among the line's last {@code window} characters, with no {@code . ! ?} after it,
   * follows one of {@code labels} (as written, then optional spaces): the credit at the end of a
   * caption, "... Photograph: Agency".
   */
  static LineGuard labelColonNearEnd(int window, String... labels) {
    return (s, from, to) -> {
      for (int i = to - 1; i >= from && i >= to - window; i--) {
        char c = s.charAt(i);
        if (c == '.' || c == '!' || c == '?') {
          return false; // the credit after the colon has no sentence punctuation
        }
        if (c != ':') {
          continue;
        }
        int e = i;
        while (e > from && isHorizontalSpace(s.charAt(e - 1))) {
          e--;
        }
        for (String label : labels) {
          int start = e - label.length();
          int k = 0;
          while (start >= from && k < label.length() && s.charAt(start + k) == label.charAt(k)) {
            k++;
          }
          if (start >= from && k == label.length()) {
            return true;
          }
        }
      }
      return false;
    };
  }

  /** The line starts with a lower-case letter. */
  static LineGuard lowerCaseStart() {
    return (s, from, to) -> Character.isLowerCase(s.charAt(from));
  }

  /** The line starts with a digit. */
  static LineGuard digitStart() {
    return (s, from, to) -> Character.isDigit(s.charAt(from));
  }

  /**
   * The line ends with {@code word} (in any case), followed by nothing but characters of {@code
   * trailing}.
   */
  static LineGuard endsWith(String word, String trailing) {
    return (s, from, to) -> {
      int end = to;
      while (end > from && trailing.indexOf(s.charAt(end - 1)) >= 0) {
        end--;
      }
      int start = end - word.length();
      if (start < from) {
        return false;
      }
      for (int i = 0; i < word.length(); i++) {
        if (Character.toLowerCase(s.charAt(start + i)) != word.charAt(i)) {
          return false;
        }
      }
      return true;
    };
  }

  /** The line's last word, before a final full stop, starts with {@code c} (an {@code @handle}). */
  static LineGuard lastWordStartsWith(char c) {
    return (s, from, to) -> {
      int i = to;
      while (i > from && !Character.isWhitespace(s.charAt(i - 1)) && to - i < 40) {
        i--;
      }
      return i < to && s.charAt(i) == c;
    };
  }

  /** Java's {@code \h}: the horizontal whitespace that a pattern's {@code \h*+} skips. */
  private static boolean isHorizontalSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\u00A0'
        || c == '\u1680'
        || c == '\u180E'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000';
  }
}
