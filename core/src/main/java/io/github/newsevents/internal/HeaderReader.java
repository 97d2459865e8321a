package io.github.newsevents.internal;

import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the metadata at the top of an article, in the forms the parser accepts:
 *
 * <ul>
 *   <li>inline: {@code date YYYY-MM-DD} followed on the same line by the body's first words (the
 *       seed article's form, leading space allowed);
 *   <li>a block of {@code key value} or {@code key: value} lines ({@code date}/{@code published},
 *       {@code headline}/{@code title}, {@code source}, {@code url}/{@code link}, {@code
 *       author}/{@code authors} (repeatable, or a list split on commas, semicolons, "and" and
 *       "&amp;"), {@code language}/{@code lang}) ended by a blank line. Without a colon the key must
 *       be lower case (prose starts with a capital), and a {@code date} must start with a digit or
 *       a month name, so that "date night ..." stays text. Once a known key was read, other {@code
 *       key: value} lines are reported and skipped; but when no blank line ends the block, it ends
 *       before the first such line ("Note: talks resume ..." is then the body's first line);
 *   <li>none: the body starts at the top.
 * </ul>
 *
 * <p>Lines are scanned from the top only as far as the header goes; nothing is copied but the
 * values.
 */
public final class HeaderReader {
  private static final int MAX_KEY = 20;
  private static final Pattern LANGUAGE_TAG =
      Pattern.compile("[A-Za-z]{2,8}+(?:[-_][A-Za-z0-9]{1,8}+){0,6}+");

  private HeaderReader() {}

  enum Key {
    DATE,
    HEADLINE,
    SOURCE,
    URL,
    AUTHOR,
    LANGUAGE,
    UNKNOWN
  }

  /** What the header held, and where the body starts. */
  public static final class Header {
    private PartialDate published;
    private String headline;
    private String source;
    private String url;
    private final List<String> authors = new ArrayList<>(2);
    private String language;
    private int bodyStart;
    private boolean dateSeen;

    public Optional<PartialDate> published() {
      return Optional.ofNullable(published);
    }

    public Optional<String> headline() {
      return Optional.ofNullable(headline);
    }

    public Optional<String> source() {
      return Optional.ofNullable(source);
    }

    public Optional<String> url() {
      return Optional.ofNullable(url);
    }

    public List<String> authors() {
      return Collections.unmodifiableList(authors);
    }

    /** The normalised BCP 47 tag, when the header gives a valid one. */
    public Optional<String> language() {
      return Optional.ofNullable(language);
    }

    /** The offset where the body begins. */
    public int bodyStart() {
      return bodyStart;
    }
  }

  /** Reads the header of {@code text}, appending what it notices to {@code diagnostics}. */
  public static Header read(String text, List<Diagnostic> diagnostics) {
    Header h = new Header();
    int n = text.length();
    int p = 0;
    int le = Chars.lineEnd(text, p);
    int ts = Chars.skipSpace(text, p, le);
    while (ts >= le && le < n) { // leading blank lines
      p = Chars.nextLineStart(text, le);
      le = Chars.lineEnd(text, p);
      ts = Chars.skipSpace(text, p, le);
    }
    if (ts >= le) {
      h.bodyStart = n;
      return h;
    }
    if (readInline(text, ts, le, h, diagnostics)) {
      return h;
    }
    // First pass: how far the block goes, reading no values yet.
    List<int[]> lines = new ArrayList<>(8); // {trimmed start, trimmed end, line start}
    boolean sawKnown = false;
    int firstUnknown = -1;
    boolean closed = false;
    boolean atEnd = false; // the block runs to the end of the input
    int afterBlank = n;
    int stopLine = -1;
    int stopStart = -1;
    int stopEnd = -1;
    while (true) {
      int te = Chars.trimEnd(text, ts, le);
      if (ts >= te) {
        closed = true;
        afterBlank = Chars.nextLineStart(text, le);
        break;
      }
      Key key = classify(text, ts, te, sawKnown);
      if (key == null) {
        stopLine = p;
        stopStart = ts;
        stopEnd = te;
        break;
      }
      if (key == Key.UNKNOWN) {
        firstUnknown = firstUnknown < 0 ? lines.size() : firstUnknown;
      } else {
        sawKnown = true;
      }
      lines.add(new int[] {ts, te, p});
      if (le >= n) {
        atEnd = true;
        break;
      }
      p = Chars.nextLineStart(text, le);
      le = Chars.lineEnd(text, p);
      ts = Chars.skipSpace(text, p, le);
    }
    if (lines.isEmpty()) {
      h.bodyStart = 0;
      return h;
    }
    int count = lines.size();
    if (closed) {
      h.bodyStart = afterBlank;
    } else if (atEnd) {
      // no body follows: unknown keys from the first one on are read as the body
      count = firstUnknown >= 0 ? firstUnknown : count;
      h.bodyStart = count < lines.size() ? lines.get(count)[2] : n;
    } else {
      // without a blank line to end it, the block ends at its last known key: "Note: ..." is text
      if (firstUnknown >= 0) {
        count = firstUnknown;
        int[] line = lines.get(count);
        stopLine = line[2];
        stopStart = line[0];
        stopEnd = line[1];
      }
      diagnostics.add(
          Diagnostic.of(
              "header.unterminated",
              "the header block is not followed by a blank line; the body is read from this line",
              Span.of(stopStart, stopEnd)));
      h.bodyStart = stopLine;
    }
    for (int i = 0; i < count; i++) {
      int[] line = lines.get(i);
      apply(text, line[0], line[1], h, diagnostics);
    }
    return h;
  }

  /** The seed's form: {@code date 2025-04-12 The Kremlin said ...} on one line. */
  private static boolean readInline(
      String text, int ts, int le, Header h, List<Diagnostic> diagnostics) {
    int keyEnd = ts + 4;
    if (keyEnd >= le || !text.regionMatches(true, ts, "date", 0, 4)) {
      return false;
    }
    int v = keyEnd;
    if (text.charAt(v) == ':') {
      v++;
    }
    if (v >= le || !isHorizontalSpace(text.charAt(v))) {
      return false;
    }
    v = Chars.skipSpace(text, v, le);
    int tokenEnd = v;
    while (tokenEnd < le && !Chars.isSpace(text.charAt(tokenEnd)) && tokenEnd - v <= 40) {
      tokenEnd++;
    }
    boolean isoShaped =
        tokenEnd - v >= 4
            && allDigits(text, v, v + 4)
            && (tokenEnd - v == 4 || text.charAt(v + 4) == '-');
    int rest = Chars.skipSpace(text, tokenEnd, le);
    if (!isoShaped || rest >= le) {
      return false;
    }
    setDate(text, v, tokenEnd, h, diagnostics);
    h.bodyStart = rest;
    return true;
  }

  /** The key of a header line, UNKNOWN for an unknown key, or null when it is no header line. */
  private static Key classify(String text, int ts, int te, boolean sawKnown) {
    int keyEnd = keyEnd(text, ts, te);
    if (keyEnd < 0) {
      return null;
    }
    boolean colon = text.charAt(keyEnd) == ':';
    Key key = key(text, ts, keyEnd);
    if (!colon) {
      if (key == Key.UNKNOWN || !isLowerCase(text, ts, keyEnd)) {
        return null;
      }
      int v = Chars.skipSpace(text, keyEnd, te);
      return key == Key.DATE && !looksLikeDate(text, v, te) ? null : key;
    }
    if (key == Key.UNKNOWN
        && (!sawKnown || isUpperCase(text, ts, keyEnd) || !Character.isLetter(text.charAt(ts)))) {
      return null;
    }
    return key;
  }

  /** The end of the key that opens a header line, or -1 when the line opens with none. */
  private static int keyEnd(String text, int ts, int te) {
    int keyEnd = ts;
    while (keyEnd < te && keyEnd - ts <= MAX_KEY && isKeyChar(text.charAt(keyEnd))) {
      keyEnd++;
    }
    if (keyEnd == ts || keyEnd - ts > MAX_KEY || keyEnd >= te) {
      return -1;
    }
    char c = text.charAt(keyEnd);
    return c == ':' || isHorizontalSpace(c) ? keyEnd : -1;
  }

  /** Reads the value of a line {@link #classify} accepted. */
  private static void apply(
      String text, int ts, int te, Header h, List<Diagnostic> diagnostics) {
    int keyEnd = keyEnd(text, ts, te);
    boolean colon = text.charAt(keyEnd) == ':';
    Key key = key(text, ts, keyEnd);
    int v = Chars.skipSpace(text, colon ? keyEnd + 1 : keyEnd, te);
    if (key == Key.UNKNOWN) {
      diagnostics.add(
          Diagnostic.of(
              "header.key.unknown",
              "unknown header key '" + text.substring(ts, keyEnd) + "' ignored",
              Span.of(ts, keyEnd)));
      return;
    }
    if (v >= te) {
      diagnostics.add(
          Diagnostic.of(
              "header.value.empty",
              "header key '" + text.substring(ts, keyEnd) + "' has no value",
              Span.of(ts, te)));
      return;
    }
    switch (key) {
      case DATE:
        if (h.dateSeen) {
          duplicate(text, ts, keyEnd, te, diagnostics);
        } else {
          setDate(text, v, te, h, diagnostics);
        }
        break;
      case HEADLINE:
        if (h.headline != null) {
          duplicate(text, ts, keyEnd, te, diagnostics);
        } else {
          h.headline = text.substring(v, te);
        }
        break;
      case SOURCE:
        if (h.source != null) {
          duplicate(text, ts, keyEnd, te, diagnostics);
        } else {
          h.source = text.substring(v, te);
        }
        break;
      case URL:
        if (h.url != null) {
          duplicate(text, ts, keyEnd, te, diagnostics);
        } else {
          h.url = text.substring(v, te);
        }
        break;
      case AUTHOR:
        addAuthors(text, v, te, h.authors);
        break;
      case LANGUAGE:
        setLanguage(text, v, te, h, diagnostics);
        break;
      default:
        throw new AssertionError(key);
    }
  }

  private static void setDate(String text, int v, int te, Header h, List<Diagnostic> diagnostics) {
    h.dateSeen = true;
    Optional<PartialDate> date = DateWords.parseHeaderDate(text, v, te);
    if (date.isPresent()) {
      h.published = date.get();
    } else {
      diagnostics.add(
          Diagnostic.of(
              "header.date.malformed",
              "header date '"
                  + text.substring(v, te)
                  + "' is not a date (expected YYYY-MM-DD, YYYY-MM, YYYY or a date such as"
                  + " 'April 12, 2025'); the article has no publication date",
              Span.of(v, te)));
    }
  }

  private static void setLanguage(
      String text, int v, int te, Header h, List<Diagnostic> diagnostics) {
    String value = text.substring(v, te);
    String tag = null;
    if (LANGUAGE_TAG.matcher(value).matches()) {
      tag = Locale.forLanguageTag(value.replace('_', '-')).toLanguageTag();
    }
    if (tag == null || tag.equals("und")) {
      diagnostics.add(
          Diagnostic.of(
              "header.language.malformed",
              "header language '" + value + "' is not a BCP 47 tag such as 'en' or 'en-GB'",
              Span.of(v, te)));
    } else if (h.language != null) {
      diagnostics.add(
          Diagnostic.of(
              "header.key.duplicate", "header language given twice; the first is kept",
              Span.of(v, te)));
    } else {
      h.language = tag;
    }
  }

  private static void duplicate(
      String text, int ts, int keyEnd, int te, List<Diagnostic> diagnostics) {
    diagnostics.add(
        Diagnostic.of(
            "header.key.duplicate",
            "header key '" + text.substring(ts, keyEnd) + "' given twice; the first is kept",
            Span.of(ts, te)));
  }

  /**
   * Splits a list of names on commas, semicolons, "&amp;" and the word "and", dropping a leading
   * "By" and names already listed.
   */
  public static void addAuthors(CharSequence text, int from, int to, List<String> authors) {
    int start = from;
    int i = from;
    while (i <= to) {
      int sepLen = i == to ? 0 : separatorLength(text, i, to);
      if (i == to || sepLen > 0) {
        addName(text, start, i, authors);
        if (i == to) {
          break;
        }
        i += sepLen;
        start = i;
      } else {
        i++;
      }
    }
  }

  private static int separatorLength(CharSequence text, int i, int to) {
    char c = text.charAt(i);
    if (c == ',' || c == ';' || c == '&' || c == '|') {
      return 1;
    }
    if (Chars.isSpace(c)
        && i + 4 < to
        && (text.charAt(i + 1) == 'a' || text.charAt(i + 1) == 'A')
        && (text.charAt(i + 2) == 'n' || text.charAt(i + 2) == 'N')
        && (text.charAt(i + 3) == 'd' || text.charAt(i + 3) == 'D')
        && Chars.isSpace(text.charAt(i + 4))) {
      return 5;
    }
    return 0;
  }

  private static void addName(CharSequence text, int from, int to, List<String> authors) {
    int s = Chars.skipSpace(text, from, to);
    int e = Chars.trimEnd(text, s, to);
    if (e - s > 3
        && (text.charAt(s) == 'B' || text.charAt(s) == 'b')
        && (text.charAt(s + 1) == 'y' || text.charAt(s + 1) == 'Y')
        && Chars.isSpace(text.charAt(s + 2))) {
      s = Chars.skipSpace(text, s + 2, e);
    }
    if (s < e) {
      String name = text.subSequence(s, e).toString();
      if (!authors.contains(name)) {
        authors.add(name);
      }
    }
  }

  private static Key key(String text, int from, int to) {
    String k = text.substring(from, to).toLowerCase(Locale.ROOT);
    switch (k) {
      case "date":
      case "published":
        return Key.DATE;
      case "headline":
      case "title":
        return Key.HEADLINE;
      case "source":
        return Key.SOURCE;
      case "url":
      case "link":
        return Key.URL;
      case "author":
      case "authors":
        return Key.AUTHOR;
      case "language":
      case "lang":
        return Key.LANGUAGE;
      default:
        return Key.UNKNOWN;
    }
  }

  private static boolean looksLikeDate(String text, int v, int te) {
    if (v >= te) {
      return false;
    }
    if (DateWords.isDigit(text.charAt(v))) {
      return true;
    }
    int w = v;
    while (w < te && Character.isLetter(text.charAt(w))) {
      w++;
    }
    return DateWords.month(text, v, w) != 0 || DateWords.parseHeaderDate(text, v, te).isPresent();
  }

  private static boolean isKeyChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-';
  }

  private static boolean isHorizontalSpace(char c) {
    return Chars.isSpace(c) && !Chars.isLineBreak(c);
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!DateWords.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLowerCase(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUpperCase(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
