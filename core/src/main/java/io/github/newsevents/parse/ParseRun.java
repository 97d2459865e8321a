package io.github.newsevents.parse;

import io.github.newsevents.internal.Bylines;
import io.github.newsevents.internal.Chars;
import io.github.newsevents.internal.DatelineReader;
import io.github.newsevents.internal.HeaderReader;
import io.github.newsevents.internal.SentenceSplitter;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Dateline;
import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.Paragraph;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.Removal;
import io.github.newsevents.model.Sentence;
import io.github.newsevents.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;

/** One parse of one input: all mutable state lives here, so the parser itself stays immutable. */
final class ParseRun {
  /** Diagnostic code: the publication date comes from a removed timestamp line, not the header. */
  static final String PUBLISHED_FROM_TIMESTAMP = "published.from-timestamp";

  /** Rule name recorded for a byline line. */
  static final String BYLINE = "byline";

  /** A heading between paragraphs: at most this many words and characters. */
  static final int HEADING_WORDS = 12;

  static final int HEADING_CHARS = 100;

  /** The body's first line may be a headline: at most this many words and characters. */
  static final int HEADLINE_WORDS = 20;

  static final int HEADLINE_CHARS = 160;

  /** Lines before the first prose paragraph that may hold a byline. */
  private static final int BYLINE_ZONE = 4;

  /** Paragraphs at the top of the body searched for a dateline. */
  private static final int DATELINE_ZONE = 4;

  /** A label and a quotation: {@code Trump: "A senseless war"}. */
  private static final Pattern LABEL_QUOTE =
      Pattern.compile(
          "\\p{Lu}[\\p{L}\\p{M}'’.\\-]{0,30}+(?:\\h++\\p{Lu}[\\p{L}\\p{M}'’.\\-]{0,30}+){0,3}"
              + "\\h*+:\\h*+[\"“‘'].{1,150}?[\"”’']");

  private final String text;
  private final ParseOptions options;
  private final NoiseIndex noise;
  private final Logger log;
  private final List<Diagnostic> diagnostics = new ArrayList<>(4);
  private final List<Removal> removed = new ArrayList<>(8);
  private final List<String> bylineAuthors = new ArrayList<>(2);
  private final Matcher[] matchers;

  // candidate paragraphs: trimmed [start, end), and how many lines each spans
  private int[] blockStart = new int[16];
  private int[] blockEnd = new int[16];
  private int[] blockLines = new int[16];
  private int blocks;

  /** Per block, whether it is a heading: 0 not yet known, 1 no, 2 yes. */
  private byte[] headingKnown;

  /**
   * A copy of some of the text: {@link #noticeCharacters} reads the text through it a chunk at a
   * time, the sentence splitter a paragraph at a time.
   */
  private char[] chars;

  /**
   * Whether the text has a line break other than {@code \n} ({@link Chars#isLineBreak}), as {@link
   * #noticeCharacters} finds: without one, a line ends at the next {@code \n}, which {@code
   * String.indexOf} finds many characters at a time.
   */
  private boolean otherBreaks;

  /**
   * Whether a removed {@value NoiseRules#TIMESTAMP} line may still give the publication date: the
   * header gave none and no such line has given one yet.
   */
  private boolean wantStampDate;

  /** The publication date a removed timestamp line gave, or null. */
  private TimestampDate.Found stampDate;

  /** {@link #LABEL_QUOTE}'s matcher for this run's text, made when first needed. */
  private Matcher labelQuote;

  ParseRun(String text, ParseOptions options, NoiseIndex noise, Logger log) {
    this.text = text;
    this.options = options;
    this.noise = noise;
    this.log = log;
    this.matchers = new Matcher[options.noiseRules().size()];
  }

  Article parse() {
    noticeCharacters();
    HeaderReader.Header header = HeaderReader.read(text, diagnostics);
    wantStampDate = header.published().isEmpty();
    scanBody(header.bodyStart());

    Article.Builder article = new Article.Builder().text(text);
    // the header's date wins; else the first removed timestamp line that says when it was published
    Optional<PartialDate> published = header.published();
    if (published.isEmpty() && stampDate != null) {
      published = Optional.of(stampDate.date);
      diagnostics.add(
          Diagnostic.of(
              PUBLISHED_FROM_TIMESTAMP,
              "the header gives no publication date; "
                  + stampDate.date
                  + " is read from a line removed as noise (rule '"
                  + NoiseRules.TIMESTAMP
                  + "')",
              stampDate.span));
    }
    published.ifPresent(article::published);
    header.source().ifPresent(article::source);
    header.url().ifPresent(article::url);
    header.language().ifPresent(article::language);
    List<String> authors = new ArrayList<>(header.authors());
    for (String a : bylineAuthors) {
      if (!authors.contains(a)) {
        authors.add(a);
      }
    }
    article.addAllAuthors(authors);

    boolean[] dropped = new boolean[blocks];
    int datelineBlock = findDateline(published, dropped, article);

    SentenceSplitter.QuoteState quotes = new SentenceSplitter.QuoteState();
    List<Paragraph> paragraphs = new ArrayList<>(blocks);
    String inferredHeadline = null;
    int maxParagraphs = options.limits().maxParagraphs();
    // one list for every paragraph's sentences: the paragraph's builder copies them
    List<Sentence> sentences = new ArrayList<>(8);
    for (int k = 0; k < blocks; k++) {
      if (dropped[k]) {
        continue;
      }
      if (paragraphs.size() == maxParagraphs) {
        leaveOut(k, dropped);
        break;
      }
      int s = blockStart[k];
      int e = blockEnd[k];
      boolean heading =
          k != datelineBlock && isHeading(k) && !SentenceSplitter.continues(text, s, quotes);
      sentences.clear();
      if (chars.length < e - s) {
        chars = new char[e - s];
      }
      text.getChars(s, e, chars, 0);
      int unclosed = SentenceSplitter.split(chars, e - s, s, quotes, sentences);
      if (unclosed >= 0) {
        unclosedQuote(unclosed);
      }
      String paragraph = text.substring(s, e);
      paragraphs.add(
          new Paragraph.Builder()
              .text(paragraph)
              .span(Span.of(s, e))
              .heading(heading)
              .addAllSentences(sentences)
              .build());
      if (k == 0 && heading) {
        inferredHeadline = paragraph;
      }
    }
    if (quotes.doubleOpen()) {
      unclosedQuote(quotes.doubleOpenedAt());
    }
    if (header.headline().isPresent()) {
      article.headline(header.headline().get());
    } else if (inferredHeadline != null) {
      article.headline(inferredHeadline);
    }
    if (paragraphs.isEmpty()) {
      diagnostics.add(
          Diagnostic.of("body.empty", "the article has no body text after its header and noise"));
    }
    return article
        .addAllParagraphs(paragraphs)
        .addAllRemoved(removed)
        .addAllDiagnostics(diagnostics)
        .build();
  }

  /** The paragraphs from block {@code first} on are over the limit: one diagnostic for them. */
  private void leaveOut(int first, boolean[] dropped) {
    int count = 0;
    for (int k = first; k < blocks; k++) {
      if (!dropped[k]) {
        count++;
      }
    }
    int limit = options.limits().maxParagraphs();
    diagnostics.add(
        Diagnostic.of(
            Limits.PARAGRAPHS_CODE,
            "the article has "
                + (limit + count)
                + " paragraphs, over the limit of "
                + limit
                + " (Limits.maxParagraphs): the last "
                + count
                + " are left out, from here on",
            Span.of(blockStart[first], text.length())));
  }

  /** How many characters {@link #noticeCharacters} copies at a time. */
  private static final int NOTICE_CHUNK = 2048;

  /**
   * Reports control characters (kept in the text, read as spaces by the scanners) and unpaired
   * surrogates (kept as they are); neither moves an offset.
   */
  private void noticeCharacters() {
    int controls = 0;
    int firstControl = -1;
    int lone = 0;
    int firstLone = -1;
    int n = text.length();
    // read through a copy, a chunk at a time: charAt per character costs several times more, and
    // almost every character is printable ASCII
    char[] chunk = new char[Math.min(n, NOTICE_CHUNK)];
    chars = chunk;
    int pairedLow = -1; // the low surrogate of a pair, read with its high one
    for (int from = 0; from < n; from += chunk.length) {
      int len = Math.min(chunk.length, n - from);
      text.getChars(from, from + len, chunk, 0);
      for (int k = 0; k < len; k++) {
        char c = chunk[k];
        if (c >= ' ' && c < '\u007f') {
          continue;
        }
        int i = from + k;
        if (i == pairedLow) {
          continue;
        }
        otherBreaks |= c != '\n' && Chars.isLineBreak(c);
        if (c < ' ' ? c != '\t' && c != '\n' && c != '\r' : c <= '\u009f' && c != '\u0085') {
          if (controls++ == 0) {
            firstControl = i;
          }
        } else if (Character.isSurrogate(c)) {
          if (Character.isHighSurrogate(c)
              && i + 1 < n
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            pairedLow = i + 1;
          } else if (lone++ == 0) {
            firstLone = i;
          }
        }
      }
    }
    if (controls > 0) {
      diagnostics.add(
          Diagnostic.of(
              "input.control-character",
              controls + " control character(s) in the input, read as spaces; the first is here",
              Span.of(firstControl, firstControl + 1)));
    }
    if (lone > 0) {
      diagnostics.add(
          Diagnostic.of(
              "input.lone-surrogate",
              lone + " unpaired surrogate(s) in the input (broken UTF-16); the first is here",
              Span.of(firstLone, firstLone + 1)));
    }
  }

  /**
   * Splits the body into candidate paragraphs: one per non-blank line, a line that continues a
   * sentence broken by a hard wrap joined to the line before; noise lines and bylines removed.
   */
  private void scanBody(int start) {
    int n = text.length();
    int p = start;
    int nonBlank = 0;
    int noise = 0;
    boolean canContinue = false; // the previous line was kept and no blank line followed
    boolean bylineZone = true;
    int linesSeen = 0;
    while (p < n) {
      int le = otherBreaks ? Chars.lineEnd(text, p) : text.indexOf('\n', p);
      if (le < 0) {
        le = n;
      }
      int ts = Chars.skipSpace(text, p, le);
      int te = Chars.trimEnd(text, ts, le);
      if (ts < te) {
        nonBlank++;
        linesSeen++;
        String rule = te - ts <= NoiseRule.MAX_LINE_LENGTH ? noiseRule(ts, te) : null;
        Optional<List<String>> byline =
            rule == null && (bylineZone || isLabelledByline(ts))
                ? Bylines.read(text, ts, te)
                : Optional.empty();
        if (rule != null) {
          noise++;
          remove(rule, ts, te);
          canContinue = false;
        } else if (byline.isPresent()) {
          bylineAuthors.addAll(byline.get());
          remove(BYLINE, ts, te);
          canContinue = false;
        } else {
          if (canContinue && continuesLine(blockEnd[blocks - 1], ts)) {
            blockEnd[blocks - 1] = te;
            blockLines[blocks - 1]++;
          } else {
            addBlock(ts, te);
          }
          canContinue = true;
          if (isProse(ts, te)) {
            bylineZone = false;
          }
        }
        if (linesSeen >= BYLINE_ZONE) {
          bylineZone = false;
        }
      } else {
        canContinue = false;
      }
      if (le >= n) {
        break;
      }
      p = Chars.nextLineStart(text, le);
    }
    if (nonBlank > 0 && noise * 2 > nonBlank) {
      log.warn(
          "noise rules removed {} of {} non-blank lines of an article; check the rules",
          noise,
          nonBlank);
      diagnostics.add(
          Diagnostic.of(
              "noise.majority",
              "noise rules removed " + noise + " of " + nonBlank + " non-blank lines"));
    }
  }

  private String noiseRule(int from, int to) {
    List<NoiseRule> rules = options.noiseRules();
    // one look at the line for every rule's precheck; most lines leave no rule to try
    long candidates = noise.candidates(text, from, to);
    for (int r = 0; r < matchers.length; r++) {
      if (r < NoiseIndex.INDEXED
          ? (candidates & 1L << r) == 0
          : !rules.get(r).mayMatch(text, from, to)) {
        continue;
      }
      Matcher m = matchers[r];
      if (m == null) {
        m = rules.get(r).pattern().matcher(text);
        matchers[r] = m;
      }
      m.region(from, to);
      if (m.matches()) {
        return rules.get(r).name();
      }
    }
    return null;
  }

  private void remove(String rule, int from, int to) {
    String line = text.substring(from, to);
    if (log.isDebugEnabled()) {
      log.debug("rule '{}' removed [{}, {}): {}", rule, from, to, line);
    }
    removed.add(Removal.of(rule, line, Span.of(from, to)));
    if (wantStampDate && rule.equals(NoiseRules.TIMESTAMP)) {
      // only the removed line is read, and only until one gives a date
      stampDate = TimestampDate.read(text, from, to).orElse(null);
      wantStampDate = stampDate == null;
    }
  }

  /** "Author: ..." and "Written by ..." are bylines wherever they stand; "By ..." only at the top. */
  private boolean isLabelledByline(int ts) {
    return text.regionMatches(true, ts, "author", 0, 6)
        || text.regionMatches(true, ts, "written by", 0, 10);
  }

  /**
   * A hard-wrapped sentence: the kept line before does not end a sentence and this one starts with
   * a lowercase letter.
   */
  private boolean continuesLine(int prevEnd, int ts) {
    char last = text.charAt(prevEnd - 1);
    return (Character.isLetterOrDigit(last) || last == ',' || last == '-')
        && Character.isLowerCase(text.charAt(ts));
  }

  /** A line that reads as text rather than a title or byline: long, or ending a sentence. */
  private boolean isProse(int s, int e) {
    // the end of the line first: most prose lines end a sentence, and counting words reads them all
    return endsSentence(s, e) || Chars.countWords(text, s, e, HEADLINE_WORDS) > HEADLINE_WORDS;
  }

  private boolean endsSentence(int s, int e) {
    int x = lastContentIndex(s, e);
    if (x < 0) {
      return true;
    }
    char last = text.charAt(x);
    return Chars.isTerminal(last) || last == ':' || last == ';' || last == ',';
  }

  /** The index of the last character before trailing quotes and brackets, or -1. */
  private int lastContentIndex(int s, int e) {
    int x = e;
    while (x > s) {
      char c = text.charAt(x - 1);
      if (!Chars.isDoubleQuote(c) && !Chars.isSingleQuote(c) && !Chars.isClosingBracket(c)) {
        break;
      }
      x--;
    }
    return x > s ? x - 1 : -1;
  }

  private void addBlock(int s, int e) {
    if (blocks == blockStart.length) {
      int size = blocks * 2;
      blockStart = Arrays.copyOf(blockStart, size);
      blockEnd = Arrays.copyOf(blockEnd, size);
      blockLines = Arrays.copyOf(blockLines, size);
    }
    blockStart[blocks] = s;
    blockEnd[blocks] = e;
    blockLines[blocks] = 1;
    blocks++;
  }

  /**
   * Whether block {@code k} is a heading: a single line followed by more text that is short and
   * ends without sentence punctuation, or is a label and a quotation; the body's first line may be
   * a longer headline.
   */
  private boolean isHeading(int k) {
    if (k + 1 >= blocks || blockLines[k] > 1) {
      return false;
    }
    // asked up to three times per block (dateline search, its neighbour, the paragraphs)
    if (headingKnown == null) {
      headingKnown = new byte[blocks];
    }
    if (headingKnown[k] == 0) {
      headingKnown[k] = readHeading(k) ? (byte) 2 : (byte) 1;
    }
    return headingKnown[k] == 2;
  }

  private boolean readHeading(int k) {
    int s = blockStart[k];
    int e = blockEnd[k];
    if (e - s <= HEADLINE_CHARS && isLabelQuote(s, e)) {
      return Chars.countWords(text, s, e, HEADLINE_WORDS) <= HEADLINE_WORDS;
    }
    int maxWords = k == 0 ? HEADLINE_WORDS : HEADING_WORDS;
    int maxChars = k == 0 ? HEADLINE_CHARS : HEADING_CHARS;
    if (e - s > maxChars || Chars.countWords(text, s, e, maxWords) > maxWords) {
      return false;
    }
    int f = s;
    while (f < e && !Character.isLetterOrDigit(text.charAt(f))) {
      f++;
    }
    if (f == e || Character.isLowerCase(text.charAt(f))) {
      return false;
    }
    return !endsSentence(s, e);
  }

  /**
   * Whether {@code [s, e)} is a label and a quotation ({@link #LABEL_QUOTE}); the pattern runs only
   * on a line that starts with a capital and has a colon, which few lines do.
   */
  private boolean isLabelQuote(int s, int e) {
    if (Character.getType(text.charAt(s)) != Character.UPPERCASE_LETTER
        || Chars.indexOf(text, ':', s, e) < 0) {
      return false;
    }
    if (labelQuote == null) {
      labelQuote = LABEL_QUOTE.matcher(text);
    }
    return labelQuote.region(s, e).matches();
  }

  /**
   * Looks for a dateline at the top of the body: in the first {@value #DATELINE_ZONE} paragraphs,
   * skipping headings and at most one paragraph of prose (a standfirst), either a paragraph that is
   * only an all-capital place or a dateline opening a paragraph. Returns the block it was found in.
   */
  private int findDateline(
      Optional<PartialDate> published, boolean[] dropped, Article.Builder article) {
    int prose = 0;
    for (int k = 0; k < blocks && k < DATELINE_ZONE; k++) {
      int s = blockStart[k];
      int e = blockEnd[k];
      Optional<DatelineReader.Found> found =
          k + 1 < blocks && blockLines[k] == 1 && !isHeading(k + 1)
              ? DatelineReader.readStandalone(text, s, e)
              : Optional.empty();
      if (found.isEmpty()) {
        found = DatelineReader.readOpening(text, s, e, published);
      }
      if (found.isPresent()) {
        DatelineReader.Found f = found.get();
        Dateline d = f.dateline();
        article.dateline(d);
        diagnostics.addAll(f.diagnostics());
        if (f.bodyStart() >= e) {
          dropped[k] = true;
        } else {
          blockStart[k] = f.bodyStart();
          if (headingKnown != null) {
            headingKnown[k] = 0; // the block changed
          }
        }
        return k;
      }
      if (!isHeading(k) && ++prose == 2) {
        break;
      }
    }
    return -1;
  }

  private void unclosedQuote(int at) {
    diagnostics.add(
        Diagnostic.of(
            "quote.unclosed",
            "a quotation opened here is not closed before the next paragraph or the end",
            Span.of(at, at + 1)));
  }
}
