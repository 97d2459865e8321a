package io.github.newsevents.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A cheap necessary condition for a built-in {@link NoiseRule}: when it says no, the rule's pattern
 * cannot match the line, and the parser skips the pattern. It looks at a few characters at the
 * ends of the line, so the long lines of prose that make up most of an article cost almost nothing
 * per rule. Not API; every guard must be implied by its rule's pattern (the rule tests check it).
 *
 * <p>A guard is data, not code: the words and characters a line may start with, and a few checks
 * on its end, so that {@link NoiseIndex} can answer for all rules at once from one look at the
 * line's first word (a file of many short lines otherwise pays for every rule on every line).
 */
final class LineGuard {
  /** Letters of a line's first word that are looked at: a longer word matches no listed one. */
  static final int MAX_WORD = 21;

  /** First words, in lower case; one ending in {@code *} is a prefix. */
  final String[] words;

  /** First characters, compared in lower case. */
  final String chars;

  final boolean lowerCaseStart;
  final boolean digitStart;

  /** Checks on the end of the line. */
  final List<Tail> tails;

  /** A check on the end of a trimmed line {@code s[from, to)}. */
  @FunctionalInterface
  interface Tail {
    boolean mayMatch(CharSequence s, int from, int to);
  }

  private LineGuard(
      String[] words, String chars, boolean lowerCaseStart, boolean digitStart, List<Tail> tails) {
    this.words = words;
    this.chars = chars;
    this.lowerCaseStart = lowerCaseStart;
    this.digitStart = digitStart;
    this.tails = List.copyOf(tails);
  }

  /** Either guard may allow the line. */
  LineGuard or(LineGuard other) {
    String[] w = Arrays.copyOf(words, words.length + other.words.length);
    System.arraycopy(other.words, 0, w, words.length, other.words.length);
    List<Tail> t = new ArrayList<>(tails);
    t.addAll(other.tails);
    return new LineGuard(
        w,
        chars + other.chars,
        lowerCaseStart || other.lowerCaseStart,
        digitStart || other.digitStart,
        t);
  }

  /** Whether the pattern may match the trimmed line {@code s[from, to)}. */
  boolean mayMatch(CharSequence s, int from, int to) {
    char c = s.charAt(from);
    char lower = Character.toLowerCase(c);
    if (chars.indexOf(lower) >= 0
        || (lowerCaseStart && Character.isLowerCase(c))
        || (digitStart && Character.isDigit(c))) {
      return true;
    }
    int len = firstWordLength(s, from, to);
    for (String w : words) {
      if (startsWithWord(s, from, len, w)) {
        return true;
      }
    }
    for (Tail t : tails) {
      if (t.mayMatch(s, from, to)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The length of the line's leading letters (the first character counts whatever it is), at most
   * {@link #MAX_WORD}.
   */
  static int firstWordLength(CharSequence s, int from, int to) {
    int end = from + 1;
    while (end < to && end - from < MAX_WORD && Character.isLetter(s.charAt(end))) {
      end++;
    }
    return end - from;
  }

  /**
   * Whether the first word, {@code len} characters at {@code from}, is {@code word} (lower case;
   * a prefix when it ends in {@code *}), compared in lower case.
   */
  static boolean startsWithWord(CharSequence s, int from, int len, String word) {
    boolean prefix = word.endsWith("*");
    int wl = prefix ? word.length() - 1 : word.length();
    if (prefix ? len < wl : len != wl) {
      return false;
    }
    return startsWithLetters(s, from, word, wl);
  }

  /** Whether {@code s} has the first {@code wl} characters of {@code word} at {@code from}, compared in lower case. */
  static boolean startsWithLetters(CharSequence s, int from, String word, int wl) {
    for (int i = 0; i < wl; i++) {
      if (Character.toLowerCase(s.charAt(from + i)) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static LineGuard head(String[] words, String chars, boolean lower, boolean digit) {
    return new LineGuard(words, chars, lower, digit, List.of());
  }

  private static LineGuard tail(Tail t) {
    return new LineGuard(new String[0], "", false, false, List.of(t));
  }

  /** The line starts with one of {@code chars}, compared in lower case. */
  static LineGuard firstCharIn(String chars) {
    return head(new String[0], chars, false, false);
  }

  /**
   * The line's first word (its leading letters, in lower case) is one of {@code words}, or starts
   * with one of them that ends in {@code *}. Each word is lower case ASCII.
   */
  static LineGuard firstWord(String... words) {
    for (String w : words) {
      if (w.isEmpty() || w.charAt(0) >= 128 || !w.equals(w.toLowerCase(java.util.Locale.ROOT))
          || w.length() > MAX_WORD) {
        throw new IllegalArgumentException("not a lower-case ASCII word: " + w);
      }
    }
    return head(words.clone(), "", false, false);
  }

  /** The line starts with a lower-case letter. */
  static LineGuard lowerCaseStart() {
    return head(new String[0], "", true, false);
  }

  /** The line starts with a digit. */
  static LineGuard digitStart() {
    return head(new String[0], "", false, true);
  }

  /**
   * A colon among the line's last {@code window} characters, with no {@code . ! ?} after it,
   * follows one of {@code labels} (as written, then optional spaces): the credit at the end of a
   * caption, "... Photograph: Agency".
   */
  static LineGuard labelColonNearEnd(int window, String... labels) {
    return tail((s, from, to) -> {
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
    });
  }

  /**
   * The line ends with {@code word} (in any case), followed by nothing but characters of {@code
   * trailing}.
   */
  static LineGuard endsWith(String word, String trailing) {
    return tail((s, from, to) -> {
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
    });
  }

  /** The line's last word, before a final full stop, starts with {@code c} (an {@code @handle}). */
  static LineGuard lastWordStartsWith(char c) {
    return tail((s, from, to) -> {
      int i = to;
      while (i > from && !Character.isWhitespace(s.charAt(i - 1)) && to - i < 40) {
        i--;
      }
      return i < to && s.charAt(i) == c;
    });
  }

  /** Java's {@code \h}: the horizontal whitespace that a pattern's {@code \h*+} skips. */
  static boolean isHorizontalSpace(char c) {
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
