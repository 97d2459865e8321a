package io.github.newsevents.validate;

import java.io.Serializable;
import java.util.Objects;

/**
 * One thing a {@link Validator} found wrong or unusual in a record: where ({@link #path()}), what
 * ({@link #code()}, stable across releases), why in words ({@link #message()}, for people, may
 * change), and how much it matters ({@link #severity()}). Immutable and thread-safe; equal when all
 * four components are equal.
 *
 * <p>The path names the attribute from the root of the validated value, with list indexes and map
 * keys in brackets: {@code meetings[2].participants}, {@code statements[0].span}, {@code
 * actors[3].country}, {@code ceasefires[0].roles['un']}, {@code article.published}.
 *
 * @param path where the problem lies, as described above; not blank
 * @param code the stable code of the rule that found it, such as {@code
 *     meeting.participants.too-few}; not blank
 * @param message what is wrong and, where possible, how to fix it; not blank
 * @param severity how much it matters
 */
public record Violation(String path, String code, String message, Severity severity)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException naming the component when path, code or message is blank
   */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
    requireNotBlank(path, "path");
    requireNotBlank(code, "code");
    requireNotBlank(message, "message");
  }

  private static void requireNotBlank(String value, String name) {
    if (value.isBlank()) {
      throw new IllegalArgumentException("Violation." + name + " must not be blank");
    }
  }

  /** Whether this violation is an {@link Severity#ERROR}. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code ERROR meetings[2].participants: <message> [meeting.participants.too-few]}. */
  @Override
  public String toString() {
    return severity + " " + path + ": " + message + " [" + code + "]";
  }
}
