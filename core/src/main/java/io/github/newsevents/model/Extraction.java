package io.github.newsevents.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything extracted from one article: the article itself, its actors, and the statements,
 * meetings and ceasefires that refer to those actors by id, with the diagnostics of the parser and
 * the extractors. Immutable. Whether every referenced id exists is a validation question ({@code
 * io.github.newsevents.validate}), not an invariant, so that records built by hand or read from
 * elsewhere can be inspected before they are judged.
 */
@Value.Immutable
public interface Extraction {
  Article article();

  List<Actor> actors();

  List<Statement> statements();

  List<Meeting> meetings();

  List<Ceasefire> ceasefires();

  List<Diagnostic> diagnostics();

  /** The actor with {@code id}, if there is one. */
  default Optional<Actor> actor(String id) {
    for (Actor a : actors()) {
      if (a.id().equals(id)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  final class Builder extends ImmutableExtraction.Builder {}
}
