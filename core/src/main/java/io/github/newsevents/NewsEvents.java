package io.github.newsevents;

/**
 * The front door of newsevents: static methods for the common case, each a pure function of its
 * input, safe to call from many threads.
 *
 * <p>It will offer, as the machinery behind each lands:
 *
 * <ul>
 *   <li>{@code parseArticle(String)}: news text to an {@code Article} (metadata, paragraphs,
 *       sentences, removed noise);
 *   <li>{@code extract(String)}: news text to an {@code Extraction} (actors, statements, meetings,
 *       ceasefires);
 *   <li>{@code validate(Extraction)}: a {@code ValidationResult} listing every implausibility.
 * </ul>
 *
 * <p>Until then, build records by hand with the nested builders of {@code
 * io.github.newsevents.model} types.
 */
public final class NewsEvents {
  private NewsEvents() {}
}
