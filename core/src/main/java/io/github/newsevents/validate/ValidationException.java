package io.github.newsevents.validate;

import java.util.Objects;

/**
 * Thrown by {@link Validator#requireValid(Object)} when a value has at least one {@link
 * Severity#ERROR}. It carries the whole {@link ValidationResult} (warnings included), and its
 * message lists every violation. No other method of this package throws for invalid data.
 */
public final class ValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ValidationResult result;

  /**
   * @param result a result with at least one error
   * @throws IllegalArgumentException when {@code result} has no error
   */
  public ValidationException(ValidationResult result) {
    super(message(result));
    this.result = result;
  }

  private static String message(ValidationResult result) {
    Objects.requireNonNull(result, "result");
    if (!result.hasErrors()) {
      throw new IllegalArgumentException("a ValidationException needs a result with an error");
    }
    return "not valid: " + result;
  }

  /** Everything the validator found, warnings included. */
  public ValidationResult result() {
    return result;
  }
}
