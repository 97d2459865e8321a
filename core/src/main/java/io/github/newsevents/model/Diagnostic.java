package io.github.newsevents.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A note from the parser or an extractor about input it could not fully read: a malformed header
 * date, a quote that never closes, a relative date with no publication date to resolve it. The
 * {@link #code()} is stable ({@code date.unresolved}); the message is for people. Immutable.
 */
@Value.Immutable
public interface Diagnostic {
  String code();

  String message();

  /** Where in the input the problem lies, when it lies somewhere. */
  Optional<Span> span();

  static Diagnostic of(String code, String message, Span span) {
    return new Builder().code(code).message(message).span(span).build();
  }

  static Diagnostic of(String code, String message) {
    return new Builder().code(code).message(message).build();
  }

  @Value.Check
  default void check() {
    Checks.notBlank(code(), "Diagnostic", "code");
    Checks.notBlank(message(), "Diagnostic", "message");
  }

  final class Builder extends ImmutableDiagnostic.Builder {}
}
