package io.github.newsevents.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A paragraph of an article's body, after noise removal: its text exactly as in the input at
 * {@link #span()}, whether it is a heading (a subheading between paragraphs), and its sentences.
 */
@Value.Immutable
public interface Paragraph {
  /** The paragraph's text; equal to {@code span().of(input)}. */
  String text();

  Span span();

  @Value.Default
  default boolean heading() {
    return false;
  }

  List<Sentence> sentences();

  @Value.Check
  default void check() {
    Checks.notBlank(text(), "Paragraph", "text");
    if (text().length() != span().length()) {
      throw new IllegalStateException(
          "Paragraph.span length (" + span().length() + ") must equal Paragraph.text length ("
              + text().length() + ")");
    }
    for (Sentence s : sentences()) {
      if (!span().encloses(s.span())) {
        throw new IllegalStateException(
            "Paragraph.sentences: sentence " + s.span() + " lies outside the paragraph " + span());
      }
    }
  }

  final class Builder extends ImmutableParagraph.Builder {}
}
