package io.github.newsevents.validate;

import java.util.Objects;

/**
 * Judges whether a value of type {@code T} is plausible, reporting every {@link Violation} at once
 * rather than stopping at the first. {@link Validators} is the validator of {@link
 * io.github.newsevents.model.Extraction}s; implement this interface (a lambda will do) to validate
 * other values the same way.
 *
 * <p>Implementations must be safe to call from many threads and must not throw for invalid data:
 * only {@link #requireValid(Object)} throws, and only {@link ValidationException}. A null argument is
 * a programmer error and gives a {@link NullPointerException} naming the parameter.
 *
 * @param <T> the type of the values judged
 */
@FunctionalInterface
public interface Validator<T> {
  /** Every violation in {@code value}; an empty result when there is none. */
  ValidationResult validate(T value);

  /**
   * Returns {@code value} when it has no {@link Severity#ERROR} (warnings are allowed).
   *
   * @throws ValidationException carrying the {@link ValidationResult} when it has an error
   * @throws NullPointerException when {@code value} is null
   */
  default T requireValid(T value) {
    Objects.requireNonNull(value, "value");
    ValidationResult result = validate(value);
    if (result.hasErrors()) {
      throw new ValidationException(result);
    }
    return value;
  }
}
