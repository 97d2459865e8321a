package io.github.newsevents.validate;

import java.util.Locale;

/** Text normalisation and excerpts for the statement and actor rules and for messages. */
final class Texts {
  private static final int EXCERPT = 60;

  private Texts() {}

  /**
   * {@code text} with every run of whitespace made one space, every double quotation mark made
   * {@code "} and every single one (apostrophes included) made {@code '}, and quotation marks and
   * spaces at either end removed, and the marks that close and reopen a quotation at a paragraph
   * break dropped: the form in which a quotation and the article text at its span are compared, so
   * that the span may include or exclude the marks, the typography may differ, and a quotation
   * running over several paragraphs reads as its parts joined by a space.
   */
  static String normalizeQuote(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean space = false;
    boolean lineBreak = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        lineBreak |= c == '\n' || c == '\r';
        continue;
      }
      char u = unifyQuote(c);
      if (lineBreak) {
        // a quotation running over paragraphs reopens (and may close) its marks at each break
        while (b.length() > 0 && (b.charAt(b.length() - 1) == '"' || b.charAt(b.length() - 1) == '\'')) {
          b.setLength(b.length() - 1);
        }
        if (u == '"' || u == '\'') {
          continue;
        }
      }
      if (space && b.length() > 0) {
        b.append(' ');
      }
      space = false;
      lineBreak = false;
      b.append(u);
    }
    int start = 0;
    int end = b.length();
    while (start < end && isMarkOrSpace(b.charAt(start))) {
      start++;
    }
    while (end > start && isMarkOrSpace(b.charAt(end - 1))) {
      end--;
    }
    return b.substring(start, end);
  }

  /** {@code text} with whitespace runs made one space, trimmed, and lower-cased (root locale). */
  static String normalizeName(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        continue;
      }
      if (space && b.length() > 0) {
        b.append(' ');
      }
      space = false;
      b.append(c);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** Whether {@code text} has at least one letter or digit. */
  static boolean hasLetterOrDigit(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /** {@code text} in single quotes, cut to a readable length with an ellipsis. */
  static String excerpt(String text) {
    String shown = text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
    return "'" + shown.replace("\n", "\\n") + "'";
  }

  private static char unifyQuote(char c) {
    switch (c) {
      case '"':
      case '\u201C': // “
      case '\u201D': // ”
      case '\u201E': // „
      case '\u201F': // ‟
      case '\u00AB': // «
      case '\u00BB': // »
      case '\u301D': // 〝
      case '\u301E': // 〞
      case '\uFF02': // ＂
        return '"';
      case '\'':
      case '\u2018': // ‘
      case '\u2019': // ’
      case '\u201A': // ‚
      case '\u201B': // ‛
      case '\u2039': // ‹
      case '\u203A': // ›
      case '`':
      case '\u00B4': // ´
        return '\'';
      default:
        return c;
    }
  }

  private static boolean isMarkOrSpace(char c) {
    return c == '"' || c == '\'' || c == ' ';
  }
}
