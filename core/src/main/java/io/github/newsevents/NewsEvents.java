package io.github.newsevents;

import io.github.newsevents.model.Article;
import io.github.newsevents.parse.ArticleParser;

/**
 * The front door of newsevents: static methods for the common case, each a pure function of its
 * input, safe to call from many threads. For configuration (size limit, noise rules), use the
 * classes behind each method, such as {@link ArticleParser}.
 *
 * <ul>
 *   <li>{@link #parseArticle(String)}: news text to an {@link Article} (metadata, paragraphs,
 *       sentences, dateline, removed noise, diagnostics).
 * </ul>
 *
 * <p>Still to come, as the machinery behind each lands: {@code extract(String)}, news text to an
 * {@code Extraction} (actors, statements, meetings, ceasefires), and {@code validate(Extraction)},
 * a {@code ValidationResult} listing every implausibility. Until then, build those records by hand
 * with the nested builders of {@code io.github.newsevents.model} types.
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
}
