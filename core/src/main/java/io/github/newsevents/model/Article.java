package io.github.newsevents.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A news article as the parser reads it: its metadata, its body as paragraphs and sentences (noise
 * removed), a record of every removal, and the original input that every {@link Span} points into.
 * Immutable.
 */
@Value.Immutable
public interface Article {
  /** The input exactly as given to the parser; every span of this article indexes into it. */
  String text();

  Optional<PartialDate> published();

  Optional<String> headline();

  Optional<String> source();

  Optional<String> url();

  List<String> authors();

  /** BCP 47 language tag; {@code en} unless the header says otherwise. */
  @Value.Default
  default String language() {
    return "en";
  }

  Optional<Dateline> dateline();

  List<Paragraph> paragraphs();

  /** Lines removed as noise, in input order. */
  List<Removal> removed();

  /** What the parser noticed about the input (a malformed header date, say). */
  List<Diagnostic> diagnostics();

  @Value.Check
  default void check() {
    Checks.notBlank(language(), "Article", "language");
    Checks.notBlank(authors(), "Article", "authors");
    headline().ifPresent(h -> Checks.notBlank(h, "Article", "headline"));
    source().ifPresent(h -> Checks.notBlank(h, "Article", "source"));
    url().ifPresent(h -> Checks.notBlank(h, "Article", "url"));
  }

  final class Builder extends ImmutableArticle.Builder {}
}
