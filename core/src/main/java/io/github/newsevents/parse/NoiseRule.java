package io.github.newsevents.parse;

import io.github.newsevents.internal.Chars;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named rule that recognises one kind of page furniture in news text, such as an advertisement
 * slug or an "Also read:" link, by a pattern over a whole line.
 *
 * <p>The pattern is matched against each line of the body with its surrounding whitespace trimmed,
 * and must match the whole line ({@link java.util.regex.Matcher#matches()}, never {@code find()}):
 * a rule for {@code Advertisement} removes a line that says only that, never the sentence "The
 * advertisement industry grew." Lines longer than {@link #MAX_LINE_LENGTH} characters are never
 * noise and are not offered to rules.
 *
 * <p>The parser runs every rule over every short line, so a pattern should fail fast and be
 * bounded: possessive quantifiers ({@code *+}, {@code {0,300}+}), no unbounded repetition of an
 * alternation. {@link NoiseRules#defaults()} lists the built-in rules.
 *
 * <p>Immutable and thread-safe. Two rules are equal when their names and pattern sources and flags
 * are equal.
 */
public final class NoiseRule {
  /** Lines longer than this (in UTF-16 units, after trimming) are never offered to noise rules. */
  public static final int MAX_LINE_LENGTH = 1000;

  private final String name;
  private final Pattern pattern;
  private final LineGuard guard; // null: none

  private NoiseRule(String name, Pattern pattern, LineGuard guard) {
    this.name = name;
    this.pattern = pattern;
    this.guard = guard;
  }

  /**
   * A rule named {@code name} that removes every line {@code pattern} matches entirely.
   *
   * @param name a short, stable, non-blank name without whitespace ({@code "advertisement"}); it
   *     is recorded in each {@link io.github.newsevents.model.Removal}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank or contains whitespace
   */
  public static NoiseRule of(String name, Pattern pattern) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pattern, "pattern");
    if (name.isBlank()) {
      throw new IllegalArgumentException("NoiseRule name must not be blank");
    }
    for (int i = 0; i < name.length(); i++) {
      if (Character.isWhitespace(name.charAt(i))) {
        throw new IllegalArgumentException(
            "NoiseRule name must not contain whitespace, got '" + name + "'");
      }
    }
    return new NoiseRule(name, pattern, null);
  }

  /** A built-in rule whose pattern is tried only when {@code guard}, a cheap precheck, allows. */
  static NoiseRule guarded(String name, Pattern pattern, LineGuard guard) {
    return new NoiseRule(of(name, pattern).name, pattern, guard);
  }

  /** The rule's precheck, or null when it has none (every rule made by {@link #of}). */
  LineGuard guard() {
    return guard;
  }

  /** Whether the pattern may match the trimmed line {@code s[from, to)}; false means it cannot. */
  boolean mayMatch(CharSequence s, int from, int to) {
    return guard == null || guard.mayMatch(s, from, to);
  }

  /**
   * A rule from a regular expression, compiled case-insensitively for ASCII letters ("Also read",
   * "ALSO READ"); use {@link #of(String, Pattern)} to choose the flags.
   *
   * @throws java.util.regex.PatternSyntaxException if {@code regex} is not a valid pattern
   */
  public static NoiseRule ofRegex(String name, String regex) {
    Objects.requireNonNull(regex, "regex");
    return of(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
  }

  /** The rule's name, as recorded in each removal. */
  public String name() {
    return name;
  }

  /** The pattern that must match a whole trimmed line. */
  public Pattern pattern() {
    return pattern;
  }

  /**
   * Whether this rule removes {@code line}: true when the line, trimmed of whitespace (no-break and
   * zero-width spaces, the BOM and control characters included), is not empty, is at most {@link
   * #MAX_LINE_LENGTH} long and the pattern matches all of it. The parser applies the same test to
   * each line of the body.
   */
  public boolean matches(CharSequence line) {
    Objects.requireNonNull(line, "line");
    int from = Chars.skipSpace(line, 0, line.length());
    int to = Chars.trimEnd(line, from, line.length());
    return from < to
        && to - from <= MAX_LINE_LENGTH
        && mayMatch(line, from, to)
        && pattern.matcher(line).region(from, to).matches();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof NoiseRule)) {
      return false;
    }
    NoiseRule r = (NoiseRule) o;
    return name.equals(r.name)
        && pattern.pattern().equals(r.pattern.pattern())
        && pattern.flags() == r.pattern.flags();
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, pattern.pattern(), pattern.flags());
  }

  @Override
  public String toString() {
    return "NoiseRule[" + name + ": " + pattern.pattern() + "]";
  }
}
