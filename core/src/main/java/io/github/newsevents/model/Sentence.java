package io.github.newsevents.model;

import org.immutables.value.Value;

/**
 * One sentence of a paragraph: its span in the input, and whether it begins inside a quotation
 * opened by an earlier sentence (so that a quote's second sentence is still known to be quoted).
 */
@Value.Immutable
public interface Sentence {
  Span span();

  @Value.Default
  default boolean insideQuote() {
    return false;
  }

  static Sentence of(Span span, boolean insideQuote) {
    return new Builder().span(span).insideQuote(insideQuote).build();
  }

  final class Builder extends ImmutableSentence.Builder {}
}
