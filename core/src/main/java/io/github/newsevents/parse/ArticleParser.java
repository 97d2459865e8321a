package io.github.newsevents.parse;

import io.github.newsevents.model.Article;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns news text into an {@link Article}: metadata, the body as paragraphs and sentences with
 * their spans in the input, the wire dateline, and a record of every line removed as noise.
 *
 * <pre>{@code
 * Article article = ArticleParser.defaults().parse(text);
 * article.published();                       // Optional[2025-04-12]
 * article.paragraphs().get(0).sentences();   // spans into text
 * article.removed();                         // [Removal{rule=advertisement, text=Advertisment, ...}]
 * }</pre>
 *
 * <h2>Input</h2>
 *
 * Three forms are read: a first line {@code date YYYY-MM-DD} followed on the same line by the body;
 * a header block of {@code key value} or {@code key: value} lines ({@code date}, {@code headline}
 * or {@code title}, {@code source}, {@code url}, {@code author}, {@code language}) ended by a blank
 * line; or plain text. A line {@code By Jane Doe} at the top of the body gives the authors and is
 * recorded as a removal with rule {@code byline}.
 *
 * <h2>Publication date</h2>
 *
 * The header's date, when it gives one, is the article's. Otherwise the date comes from the first
 * line removed by the {@value NoiseRules#TIMESTAMP} rule that says when the article was published
 * or posted ({@code Published: 2026-07-13}, {@code PUBLISHED: 09:15 GMT, 3 March 2025 | UPDATED:
 * ...}, {@code First published on Tue 4 March 2025 10.02 GMT}, {@code Posted March 3, 2025}, a bare
 * {@code Feb 27, 2026 6:40 pm}), never from a part that says it was updated, modified or edited;
 * the diagnostic {@code published.from-timestamp} then points at the date read. Numbers such as
 * {@code 03/04/2025} that read both as day/month and month/day are not guessed; a date that does
 * not exist gives none. Without either, the publication date is absent.
 *
 * <h2>Paragraphs</h2>
 *
 * Web copy puts one paragraph on each line, so every non-blank line is a paragraph, whether blank
 * lines separate them or not; a line that continues a hard-wrapped sentence (the line before ends
 * without punctuation and this one starts in lower case) is joined to it. A paragraph's text is the
 * input at its span, trimmed; spans index the input exactly as given, whatever it holds (BOM,
 * {@code \r\n} or lone {@code \r}, NBSP, zero-width or control characters, lone surrogates).
 *
 * <p>A paragraph is a <em>heading</em> when a paragraph follows it and it is one line of at most
 * 12 words and 100 characters that starts with a capital or digit and does not end with sentence
 * punctuation ({@code . ! ? … : ; ,}, before any closing quotes), or when it is a label and a
 * quotation ({@code Trump: "A senseless war"}). The body's first line is a heading under the same
 * rule with up to 20 words and 160 characters (a headline); when the header gives no headline, that
 * heading becomes the article's headline.
 *
 * <h2>Noise</h2>
 *
 * Each line of the body is tried against the {@link ParseOptions#noiseRules() noise rules} in
 * order; the first whose pattern matches the whole trimmed line removes it, and the removal is
 * recorded with the rule's name, the line and its span. See {@link NoiseRules} for the defaults and
 * {@link ParseOptions} to add, replace or switch them off.
 *
 * <h2>Datelines</h2>
 *
 * A wire dateline ({@code WASHINGTON, April 11 (Reuters) -}, {@code ISTANBUL —}, {@code Cairo
 * (AFP) -} ...) is looked for at the start of the first paragraphs of the body, skipping headings
 * and at most one standfirst. It is stripped from its paragraph (whose span then starts after it)
 * and kept as the article's dateline; a date without a year is resolved to the latest such date not
 * after publication.
 *
 * <h2>Diagnostics</h2>
 *
 * Any non-null string gives an article, possibly without paragraphs, and what the parser noticed
 * is in {@link Article#diagnostics()} under stable codes: {@code header.date.malformed}, {@code
 * header.language.malformed}, {@code header.key.unknown}, {@code header.key.duplicate}, {@code
 * header.value.empty}, {@code header.unterminated}, {@code dateline.date.malformed}, {@code
 * dateline.date.unresolved}, {@code published.from-timestamp}, {@code quote.unclosed}, {@code
 * noise.majority}, {@code body.empty}, {@code input.control-character}, {@code
 * input.lone-surrogate}, and {@code limit.paragraphs} when the body has more paragraphs than {@link
 * Limits#maxParagraphs()} (the first ones are kept).
 *
 * <h2>Contract</h2>
 *
 * Immutable and thread-safe: one parser may serve many threads. Parsing time is linear in the
 * input; no pattern runs over more than a line. Logs through SLF4J: removals at DEBUG (with the
 * removed text), and at WARN, without article text, when noise rules remove more than half of an
 * article's non-blank lines or the input exceeds the length limit.
 */
public final class ArticleParser {
  private static final Logger LOG = LoggerFactory.getLogger(ArticleParser.class);
  private static final ArticleParser DEFAULT = new ArticleParser(ParseOptions.defaults());

  private final ParseOptions options;
  private final NoiseIndex noise;

  private ArticleParser(ParseOptions options) {
    this.options = options;
    this.noise = NoiseIndex.of(options.noiseRules());
  }

  /** A parser with {@link ParseOptions#defaults()}; a shared instance. */
  public static ArticleParser defaults() {
    return DEFAULT;
  }

  /** A parser with {@code options}. */
  public static ArticleParser with(ParseOptions options) {
    Objects.requireNonNull(options, "options");
    return options.equals(DEFAULT.options) ? DEFAULT : new ArticleParser(options);
  }

  /** This parser's options. */
  public ParseOptions options() {
    return options;
  }

  /**
   * Parses {@code text}.
   *
   * @param text the article, in any of the forms described above
   * @return the article; never null
   * @throws NullPointerException if {@code text} is null
   * @throws ArticleTooLargeException if {@code text} is longer than {@link
   *     ParseOptions#maxLength()}
   */
  public Article parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > options.maxLength()) {
      LOG.warn(
          "article text of {} characters exceeds the limit of {}; not parsed",
          text.length(),
          options.maxLength());
      throw new ArticleTooLargeException(text.length(), options.maxLength());
    }
    return new ParseRun(text, options, noise, LOG).parse();
  }

  @Override
  public String toString() {
    return "ArticleParser[" + options + "]";
  }
}
