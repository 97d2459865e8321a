package io.github.newsevents;

import io.github.newsevents.model.Extraction;
import io.github.newsevents.validate.ValidationResult;
import io.github.newsevents.validate.Validators;

/**
 * The front door of newsevents: static methods for the common case, each a pure function of its
 * input, safe to call from many threads.
 *
 * <p>It offers:
 *
 * <ul>
 *   <li>{@link #validate(Extraction)}: a {@code ValidationResult} listing every implausibility.
 * </ul>
 *
 * <p>and will offer, as the machinery behind each lands:
 *
 * <ul>
 *   <li>{@code parseArticle(String)}: news text to an {@code Article} (metadata, paragraphs,
 *       sentences, removed noise);
 *   <li>{@code extract(String)}: news text to an {@code Extraction} (actors, statements, meetings,
 *       ceasefires).
 * </ul>
 *
 * <p>Until then, build records by hand with the nested builders of {@code
 * io.github.newsevents.model} types.
 */
public final class NewsEvents {
  private NewsEvents() {}

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
