package io.github.newsevents.validate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link Validator} found: every {@link Violation}, in the order the rules reported them
 * (rule by rule, in the order of the validator's rules). Immutable and thread-safe; two results are
 * equal when they hold equal violations in the same order.
 *
 * <p>A result is {@linkplain #isValid() valid} when it holds no {@link Severity#ERROR}; warnings
 * alone leave it valid.
 */
public final class ValidationResult implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final ValidationResult EMPTY = new ValidationResult(List.of());

  private final List<Violation> violations;

  private ValidationResult(List<Violation> violations) {
    this.violations = violations;
  }

  /** A result holding {@code violations}, in iteration order. */
  public static ValidationResult of(Iterable<Violation> violations) {
    Objects.requireNonNull(violations, "violations");
    List<Violation> copy = new ArrayList<>();
    for (Violation v : violations) {
      copy.add(Objects.requireNonNull(v, "violations must not contain null"));
    }
    return copy.isEmpty() ? EMPTY : new ValidationResult(List.copyOf(copy));
  }

  /** A result with no violations. */
  public static ValidationResult valid() {
    return EMPTY;
  }

  /** Every violation, errors and warnings, in report order. */
  public List<Violation> violations() {
    return violations;
  }

  /** The violations of severity {@link Severity#ERROR}, in report order. */
  public List<Violation> errors() {
    return filter(Severity.ERROR);
  }

  /** The violations of severity {@link Severity#WARNING}, in report order. */
  public List<Violation> warnings() {
    return filter(Severity.WARNING);
  }

  /** Whether there is no {@link Severity#ERROR}; warnings do not count. */
  public boolean isValid() {
    return !hasErrors();
  }

  /** Whether there is at least one {@link Severity#ERROR}. */
  public boolean hasErrors() {
    for (Violation v : violations) {
      if (v.isError()) {
        return true;
      }
    }
    return false;
  }

  private List<Violation> filter(Severity severity) {
    List<Violation> out = new ArrayList<>();
    for (Violation v : violations) {
      if (v.severity() == severity) {
        out.add(v);
      }
    }
    return List.copyOf(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationResult && ((ValidationResult) o).violations.equals(violations);
  }

  @Override
  public int hashCode() {
    return violations.hashCode();
  }

  /**
   * A summary line, then one line per violation:
   *
   * <pre>
   * 2 violations (1 error, 1 warning)
   *   ERROR meetings[0].participants: ... [meeting.participants.too-few]
   *   WARNING meetings[1].participants: ... [meeting.phone-call.too-many]
   * </pre>
   *
   * or {@code valid: no violations}.
   */
  @Override
  public String toString() {
    if (violations.isEmpty()) {
      return "valid: no violations";
    }
    int errors = 0;
    for (Violation v : violations) {
      errors += v.isError() ? 1 : 0;
    }
    int warnings = violations.size() - errors;
    StringBuilder b = new StringBuilder();
    b.append(plural(violations.size(), "violation"))
        .append(" (")
        .append(plural(errors, "error"))
        .append(", ")
        .append(plural(warnings, "warning"))
        .append(')');
    for (Violation v : violations) {
      b.append("\n  ").append(v);
    }
    return b.toString();
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
