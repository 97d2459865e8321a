package io.github.newsevents.extract;

import io.github.newsevents.internal.Chars;
import io.github.newsevents.internal.Tokens;
import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations: pairs of double marks (curly or straight, across paragraphs when each
 * paragraph reopens the quote) and British single marks that are not apostrophes. A mark that
 * does not close within its paragraph (or {@link #MAX_PARAGRAPHS}) is reported, never allowed to
 * swallow the rest of the article. Linear in the number of tokens.
 */
final class Quotes {
  /** A quote may run over at most this many paragraphs. */
  static final int MAX_PARAGRAPHS = 6;

  /** One quotation: its parts (one per paragraph) as token ranges and character spans. */
  static final class Quote {
    final int para; // paragraph of the opening mark
    final int openToken; // token index of the opening mark in para
    int lastPara;
    int closeToken; // token index of the closing mark in lastPara
    final List<Span> parts = new ArrayList<>(1); // text inside the marks, per paragraph
    boolean single;

    Quote(int para, int openToken) {
      this.para = para;
      this.openToken = openToken;
    }

    boolean multiParagraph() {
      return lastPara != para;
    }
  }

  private Quotes() {}

  static List<Quote> find(Doc doc, List<Diagnostic> diagnostics) {
    List<Quote> out = new ArrayList<>();
    Quote open = null; // a double quote carried over from the previous paragraph
    Quote openSingle = null; // a single-quoted quote that ran to the end of its paragraph
    for (Doc.Para p : doc.paras) {
      Tokens t = p.tokens;
      int i = 0;
      if (openSingle != null) {
        Quote q = openSingle;
        openSingle = null;
        if (t.size() > 0 && t.type(0) == Tokens.QUOTE && (t.firstChar(0) == '\'' || t.firstChar(0) == '\u2018')
            && p.index - q.para < MAX_PARAGRAPHS) {
          int close = findClose(t, 1, true);
          q.parts.add(Span.of(t.end(0), close >= 0 ? t.start(close) : p.paragraph.span().end()));
          q.lastPara = p.index;
          q.closeToken = close >= 0 ? close : t.size();
          if (close >= 0) {
            out.add(q);
            i = close + 1;
          } else {
            openSingle = q;
            continue;
          }
        } else {
          out.add(q); // the quote ended with its paragraph
          unclosed(doc, q, diagnostics);
        }
      }
      if (open != null) {
        if (t.size() > 0 && t.type(0) == Tokens.QUOTE && Chars.isDoubleQuote(t.firstChar(0))
            && p.index - open.para < MAX_PARAGRAPHS) {
          int close = findClose(t, 1, false);
          open.parts.add(Span.of(t.end(0), close >= 0 ? t.start(close) : p.paragraph.span().end()));
          if (close >= 0) {
            open.lastPara = p.index;
            open.closeToken = close;
            out.add(open);
            open = null;
            i = close + 1;
          } else {
            continue;
          }
        } else {
          unclosed(doc, open, diagnostics);
          open = null;
        }
      }
      while (i < t.size()) {
        if (t.type(i) != Tokens.QUOTE) {
          i++;
          continue;
        }
        char c = t.firstChar(i);
        boolean dbl = Chars.isDoubleQuote(c);
        if (!opens(t, i, dbl)) {
          i++;
          continue;
        }
        int close = findClose(t, i + 1, !dbl);
        Quote q = new Quote(p.index, i);
        q.single = !dbl;
        if (close >= 0) {
          q.lastPara = p.index;
          q.closeToken = close;
          if (t.start(close) > t.end(i)) {
            q.parts.add(Span.of(t.end(i), t.start(close)));
            out.add(q);
          }
          i = close + 1;
        } else if (dbl) {
          // may continue in the next paragraph, which must reopen it
          q.parts.add(Span.of(t.end(i), p.paragraph.span().end()));
          open = q;
          break;
        } else if (strongOpener(t, i)) {
          // British style: 'a quote that runs on to the next paragraph, which reopens it
          q.parts.add(Span.of(t.end(i), p.paragraph.span().end()));
          q.lastPara = p.index;
          q.closeToken = t.size();
          openSingle = q;
          break;
        } else {
          i++; // a lone single mark is an apostrophe or a typo, not a quote
        }
      }
    }
    if (open != null) {
      unclosed(doc, open, diagnostics);
    }
    if (openSingle != null) {
      out.add(openSingle);
      unclosed(doc, openSingle, diagnostics);
    }
    for (Quote q : out) {
      trim(doc.text, q);
    }
    out.removeIf(q -> q.parts.isEmpty() || q.parts.get(0).length() == 0);
    return out;
  }

  private static void trim(String text, Quote q) {
    for (int k = 0; k < q.parts.size(); k++) {
      Span s = q.parts.get(k);
      int a = s.start();
      int b = s.end();
      while (a < b && Character.isWhitespace(text.charAt(a))) {
        a++;
      }
      while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
        b--;
      }
      q.parts.set(k, Span.of(a, b));
    }
  }

  private static void unclosed(Doc doc, Quote q, List<Diagnostic> diagnostics) {
    Tokens t = doc.paras.get(q.para).tokens;
    diagnostics.add(Diagnostic.of("quote.unclosed",
        "a quotation mark opens here but the quote does not close where it should (within its"
            + " paragraph, or at a later paragraph that reopens it)",
        Span.of(t.start(q.openToken), t.end(q.openToken))));
  }

  /** A single mark that opens a paragraph or follows "said:": a quotation, not an apostrophe. */
  private static boolean strongOpener(Tokens t, int i) {
    char c = t.firstChar(i);
    if (c != '\'' && c != '\u2018') {
      return false;
    }
    return i == 0 || t.is(i - 1, ":") || t.is(i - 1, ",") && i >= 2 && t.type(i - 2) == Tokens.WORD
        && StatementStage.VERBS.contains(t.get(i - 2));
  }

  /** Whether the mark at {@code i} can open a quote. */
  private static boolean opens(Tokens t, int i, boolean dbl) {
    char c = t.firstChar(i);
    if (c == '\u201D' || c == '\u00BB' || c == '\u2019') {
      return false; // closing marks
    }
    if (i + 1 >= t.size() || t.start(i + 1) == t.end(i) && t.type(i + 1) == Tokens.PUNCT
        && !t.is(i + 1, "(") && !t.is(i + 1, "[")) {
      return false;
    }
    if (c == '"' || c == '\'') {
      // a straight mark opens when preceded by a space, the paragraph start or an opening bracket
      if (i > 0 && t.end(i - 1) == t.start(i) && !t.is(i - 1, "(") && !t.is(i - 1, "[")
          && !t.is(i - 1, "-") && !t.is(i - 1, "\u2014") && t.type(i - 1) != Tokens.QUOTE) {
        return false;
      }
    }
    if (!dbl && i + 1 < t.size() && t.start(i + 1) == t.end(i) && Character.isDigit(t.firstChar(i + 1))) {
      return false; // '90s
    }
    return true;
  }

  /** The index of the closing mark for a quote opened before {@code from}, or -1. */
  private static int findClose(Tokens t, int from, boolean single) {
    for (int j = from; j < t.size(); j++) {
      if (t.type(j) != Tokens.QUOTE) {
        continue;
      }
      char c = t.firstChar(j);
      if (single ? (c == '\u2019' || c == '\'') : Chars.isDoubleQuote(c)) {
        if (c == '\u201C' || c == '\u201E') {
          continue; // an opening double mark: a typo or a nested quote, keep looking
        }
        if (single) {
          // a closing single mark follows a word or punctuation directly and is not followed by a letter
          boolean afterText = j > 0 && t.end(j - 1) == t.start(j);
          boolean beforeLetter = j + 1 < t.size() && t.start(j + 1) == t.end(j) && t.type(j + 1) == Tokens.WORD;
          if (!afterText || beforeLetter) {
            continue;
          }
        }
        return j;
      }
      if (single && Chars.isDoubleQuote(c)) {
        return -1; // a single quote does not run past a double mark
      }
    }
    return -1;
  }
}
