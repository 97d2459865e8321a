package io.github.newsevents;

import io.github.newsevents.extract.Extractor;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.parse.ArticleParser;
import io.github.newsevents.validate.ValidationResult;
import io.github.newsevents.validate.Validators;

/**
 * The front door of newsevents: static methods for the common case, each a pure function of its
 * input, safe to call from many threads.
 *
 * <ul>
 *   <li>{@link #parseArticle(String)}: news text to an {@code Article} (metadata, paragraphs,
 *       sentences, removed noise);
 *   <li>{@link #extract(String)}: news text to an {@code Extraction} (actors, statements, meetings,
 *       ceasefires);
 *   <li>{@link #validate(Extraction)}: a {@code ValidationResult} listing every implausibility.
 * </ul>
 *
 * <p>For more control use {@link ArticleParser}, {@link Extractor} and {@link Validators}.
 */
public final class NewsEvents {
  private NewsEvents() {}

  /**
   * Parses news text into an {@link Article} with the default {@link ArticleParser}.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws io.github.newsevents.parse.ArticleTooLargeException over 10 MiB of text
   */
  public static Article parseArticle(String text) {
    return ArticleParser.defaults().parse(text);
  }

  /** Parses and extracts {@code text} with the default parser and {@link Extractor}. */
  public static Extraction extract(String text) {
    return Extractor.defaults().extract(parseArticle(text));
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
