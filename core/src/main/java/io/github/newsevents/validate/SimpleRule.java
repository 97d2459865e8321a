package io.github.newsevents.validate;

import io.github.newsevents.model.Extraction;
import java.util.Objects;
import java.util.function.BiConsumer;

/** The {@link Rule} of {@link Rule#of}. */
final class SimpleRule implements Rule {
  private final String code;
  private final Severity severity;
  private final String description;
  private final BiConsumer<? super Extraction, ? super Rule.Context> check;

  SimpleRule(
      String code,
      Severity severity,
      String description,
      BiConsumer<? super Extraction, ? super Rule.Context> check) {
    this.code = requireCode(code);
    this.severity = Objects.requireNonNull(severity, "severity");
    this.description = Objects.requireNonNull(description, "description");
    this.check = Objects.requireNonNull(check, "check");
    if (description.isBlank()) {
      throw new IllegalArgumentException("the description of rule '" + code + "' must not be blank");
    }
  }

  static String requireCode(String code) {
    Objects.requireNonNull(code, "code");
    if (!Rule.CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "a rule code is lower-case words separated by '.' or '-' (such as"
              + " 'meeting.participants.too-few'), got '" + code + "'");
    }
    return code;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public void check(Extraction extraction, Rule.Context context) {
    check.accept(extraction, context);
  }

  @Override
  public String toString() {
    return "Rule[" + code + ", " + severity + "]";
  }
}
