package io.github.newsevents.model;

import org.immutables.value.Value;

/** A line the article parser removed as noise: the rule that removed it, its text and where it was. */
@Value.Immutable
public interface Removal {
  /** The name of the noise rule ("advertisement", "also-read"). */
  String rule();

  String text();

  Span span();

  static Removal of(String rule, String text, Span span) {
    return new Builder().rule(rule).text(text).span(span).build();
  }

  @Value.Check
  default void check() {
    Checks.notBlank(rule(), "Removal", "rule");
  }

  final class Builder extends ImmutableRemoval.Builder {}
}
