package io.github.newsevents;

import io.github.newsevents.extract.Extractor;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.parse.ArticleParser;
import io.github.newsevents.parse.Limits;
import io.github.newsevents.validate.ValidationResult;
import io.github.newsevents.validate.Validators;

/**
 * The front door of newsevents: static methods for the common case, each a pure function of its
 * input, safe to call from many threads. For configuration (size limit, noise rules, gazetteer,
 * validation rules), use the classes behind each method: {@link ArticleParser}, {@link Extractor},
 * {@link Validators}.
 *
 * <ul>
 *   <li>{@link #parseArticle(String)}: news text to an {@link Article} (metadata, paragraphs,
 *       sentences, dateline, removed noise, diagnostics);
 *   <li>{@link #extract(String)}: news text to an {@link Extraction} (actors, statements, meetings,
 *       ceasefires);
 *   <li>{@link #validate(Extraction)}: a {@link ValidationResult} listing every implausibility.
 * </ul>
 */
public final class NewsEvents {
  private NewsEvents() {}

  /**
   * Parses news text with the default {@link ArticleParser}: reads the header (date, headline,
   * source, url, authors, language) if there is one, removes noise lines with the default rules,
   * recognises a wire dateline, and splits the body into paragraphs and sentences whose spans index
   * {@code text}.
   *
   * <pre>{@code
   * Article article = NewsEvents.parseArticle("date 2025-04-12\n\nMOSCOW (Reuters) - Talks began.");
   * article.published();                   // Optional[2025-04-12]
   * article.dateline().get().agency();     // Optional[Reuters]
   * article.paragraphs().get(0).text();    // "Talks began."
   * }</pre>
   *
   * @return the article; any non-null text gives one, with what the parser noticed in {@link
   *     Article#diagnostics()}
   * @throws NullPointerException if {@code text} is null
   * @throws io.github.newsevents.parse.ArticleTooLargeException if {@code text} is longer than 10
   *     MiB of text ({@link io.github.newsevents.parse.ParseOptions#DEFAULT_MAX_LENGTH})
   */
  public static Article parseArticle(String text) {
    return ArticleParser.defaults().parse(text);
  }

  /**
   * Parses {@code text} with the default parser, extracts it with {@link Extractor#defaults()},
   * and keeps the result within the default {@link Limits} on statements and actors ({@link
   * Limits#apply(Extraction)}, which says in a diagnostic what it left out).
   *
   * @throws NullPointerException if {@code text} is null
   * @throws io.github.newsevents.parse.ArticleTooLargeException over the parser's size limit
   */
  public static Extraction extract(String text) {
    return Limits.defaults().apply(Extractor.defaults().extract(parseArticle(text)));
  }

  /**
   * Every violation of the {@linkplain Validators#standard() standard rules} in {@code extraction};
   * {@link ValidationResult#isValid()} says whether there is an error. For other rules, or to throw
   * on an error, use {@link Validators}.
   *
   * @throws NullPointerException when {@code extraction} is null
   */
  public static ValidationResult validate(Extraction extraction) {
    return Validators.standard().validate(extraction);
  }
}
