package io.github.newsevents.testkit.score;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The corpus tool's text normalisation, character for character: {@code norm}, {@code tokens} and
 * {@code quote_similarity} of {@code score-extraction}, with Python's notions of a word character
 * ({@code \\w}: letters, numbers, underscore) and of a combining character (a non-zero canonical
 * combining class). Written without regular expressions; linear in the text.
 */
final class Text {
  private static final ConcurrentHashMap<Integer, Boolean> COMBINING = new ConcurrentHashMap<>();

  private Text() {}

  /**
   * NFKD, combining marks dropped, curly quotes made straight, lower case, every run of characters
   * other than word characters, apostrophes, spaces, full stops and hyphens made one space, runs of
   * spaces made one, then spaces, full stops, hyphens and apostrophes stripped from both ends.
   */
  static String norm(String s) {
    if (s == null) {
      return "";
    }
    String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); ) {
      int c = d.codePointAt(i);
      i += Character.charCount(c);
      if (combining(c)) {
        continue;
      }
      if (c == '\u2019' || c == '\u2018') {
        b.append('\'');
      } else if (c == '\u201c' || c == '\u201d') {
        b.append('"');
      } else {
        b.appendCodePoint(c);
      }
    }
    String lower = b.toString().toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean inRun = false;
    for (int i = 0; i < lower.length(); ) {
      int c = lower.codePointAt(i);
      i += Character.charCount(c);
      boolean kept = word(c) || c == '\'' || c == ' ' || c == '.' || c == '-';
      if (!kept || c == ' ') {
        // a run of other characters becomes one space, and runs of spaces collapse
        if (!inRun && !(out.length() > 0 && out.charAt(out.length() - 1) == ' ')) {
          out.append(' ');
        }
        inRun = !kept;
        continue;
      }
      inRun = false;
      out.appendCodePoint(c);
    }
    int start = 0;
    int end = out.length();
    while (start < end && strippable(out.charAt(start))) {
      start++;
    }
    while (end > start && strippable(out.charAt(end - 1))) {
      end--;
    }
    return out.substring(start, end);
  }

  /** The words of {@code norm(s)}: maximal runs of word characters and apostrophes. */
  static List<String> tokens(String s) {
    String n = norm(s);
    List<String> tokens = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < n.length(); ) {
      int c = n.codePointAt(i);
      boolean in = word(c) || c == '\'';
      if (in && start < 0) {
        start = i;
      } else if (!in && start >= 0) {
        tokens.add(n.substring(start, i));
        start = -1;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      tokens.add(n.substring(start));
    }
    return tokens;
  }

  /** Shared distinct words over the larger number of distinct words; 0 when either has none. */
  static double quoteSimilarity(String a, String b) {
    Set<String> sa = new HashSet<>(tokens(a));
    Set<String> sb = new HashSet<>(tokens(b));
    if (sa.isEmpty() || sb.isEmpty()) {
      return 0.0;
    }
    int shared = 0;
    for (String t : sa) {
      if (sb.contains(t)) {
        shared++;
      }
    }
    return (double) shared / Math.max(sa.size(), sb.size());
  }

  /** Python's {@code \\w}: {@code str.isalnum()} (letters and numbers of any kind) or underscore. */
  static boolean word(int c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
    switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER:
        return true;
      default:
        return false;
    }
  }

  /**
   * Whether {@code c} has a non-zero canonical combining class ({@code unicodedata.combining}).
   * Java does not expose the class; canonical ordering does: after U+0345 (class 240, the
   * highest), a character of a lower non-zero class is moved in front of it by NFD.
   */
  static boolean combining(int c) {
    if (c < 0x300) {
      return false;
    }
    if (c == 0x345) {
      return true;
    }
    return COMBINING.computeIfAbsent(c, k -> {
      String probe = "a\u0345" + new String(Character.toChars(k));
      return !Normalizer.normalize(probe, Normalizer.Form.NFD).startsWith("a\u0345");
    });
  }

  private static boolean strippable(char c) {
    return c == ' ' || c == '.' || c == '-' || c == '\'';
  }
}
