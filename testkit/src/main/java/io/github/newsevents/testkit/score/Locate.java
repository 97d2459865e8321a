package io.github.newsevents.testkit.score;

import io.github.newsevents.model.Span;
import java.util.Optional;

/**
 * Finds a quotation in an article's text for a report: exactly (preferring an occurrence that
 * follows an opening quotation mark), else ignoring differences of white space and of straight
 * against curly quotation marks and apostrophes.
 */
final class Locate {
  private static final String OPENING = "\"'\u201c\u2018\u00ab\u201e";

  private Locate() {}

  static Optional<Span> find(String text, String quote) {
    if (quote.isBlank()) {
      return Optional.empty();
    }
    int at = text.indexOf(quote);
    if (at >= 0) {
      // a quote's words inside quotation marks, rather than the same words elsewhere
      for (int i = at; i >= 0; i = text.indexOf(quote, i + 1)) {
        if (i > 0 && OPENING.indexOf(text.charAt(i - 1)) >= 0) {
          return Optional.of(Span.of(i, i + quote.length()));
        }
      }
      return Optional.of(Span.of(at, at + quote.length()));
    }
    // the text folded, with the offset in the original of each folded character
    StringBuilder folded = new StringBuilder(text.length());
    int[] origin = new int[text.length() + 1];
    for (int i = 0; i < text.length(); i++) {
      char c = fold(text.charAt(i));
      if (c == ' ' && (folded.length() == 0 || folded.charAt(folded.length() - 1) == ' ')) {
        continue;
      }
      origin[folded.length()] = i;
      folded.append(c);
    }
    StringBuilder q = new StringBuilder(quote.length());
    for (int i = 0; i < quote.length(); i++) {
      char c = fold(quote.charAt(i));
      if (c == ' ' && (q.length() == 0 || q.charAt(q.length() - 1) == ' ')) {
        continue;
      }
      q.append(c);
    }
    String needle = q.toString().strip();
    if (needle.isEmpty()) {
      return Optional.empty();
    }
    int f = folded.indexOf(needle);
    if (f < 0) {
      return Optional.empty();
    }
    int start = origin[f];
    int end = origin[f + needle.length() - 1] + 1;
    return Optional.of(Span.of(start, end));
  }

  private static char fold(char c) {
    if (Character.isWhitespace(c) || c == '\u00a0') {
      return ' ';
    }
    switch (c) {
      case '\u2018':
      case '\u2019':
        return '\'';
      case '\u201c':
      case '\u201d':
        return '"';
      default:
        return c;
    }
  }
}
