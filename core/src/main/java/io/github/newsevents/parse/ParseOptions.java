package io.github.newsevents.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How an {@link ArticleParser} reads articles: its {@link Limits} (the longest text it accepts, the
 * most paragraphs it keeps) and the {@link NoiseRule}s it removes lines with.
 *
 * <pre>{@code
 * ParseOptions options = ParseOptions.defaults()
 *     .withMaxLength(1_000_000)
 *     .withoutNoiseRule("watch")
 *     .withNoiseRule(NoiseRule.ofRegex("podcast-promo", "listen to our podcast.{0,200}+"));
 * }</pre>
 *
 * <p>Immutable and thread-safe: every {@code with...} method returns a new instance. No method
 * accepts {@code null}.
 */
public final class ParseOptions {
  /**
   * The default limit on the input's length: 10 MiB of text (10 * 1024 * 1024 UTF-16 units), {@link
   * Limits#DEFAULT_MAX_CHARACTERS}.
   */
  public static final int DEFAULT_MAX_LENGTH = Limits.DEFAULT_MAX_CHARACTERS;

  private static final ParseOptions DEFAULTS =
      new ParseOptions(Limits.defaults(), NoiseRules.defaults());

  private final Limits limits;
  private final List<NoiseRule> noiseRules;

  private ParseOptions(Limits limits, List<NoiseRule> noiseRules) {
    this.limits = limits;
    this.noiseRules = List.copyOf(noiseRules);
  }

  /** {@link Limits#defaults()} and {@link NoiseRules#defaults()}. */
  public static ParseOptions defaults() {
    return DEFAULTS;
  }

  /**
   * The longest input, in UTF-16 units ({@code String.length()}), that the parser accepts: {@code
   * limits().maxCharacters()}.
   */
  public int maxLength() {
    return limits.maxCharacters();
  }

  /** The limits: characters (longer input is refused), paragraphs (the first ones are kept), ... */
  public Limits limits() {
    return limits;
  }

  /**
   * These options with {@code limits}. The parser refuses input longer than {@link
   * Limits#maxCharacters()} with {@link ArticleTooLargeException} and keeps at most {@link
   * Limits#maxParagraphs()} paragraphs, with a diagnostic {@value Limits#PARAGRAPHS_CODE} when it
   * leaves some out.
   */
  public ParseOptions withLimits(Limits limits) {
    return new ParseOptions(Objects.requireNonNull(limits, "limits"), noiseRules);
  }

  /** The noise rules, in the order they are tried on each line; an immutable list. */
  public List<NoiseRule> noiseRules() {
    return noiseRules;
  }

  /**
   * These options with a different limit on the input's length; longer input makes {@link
   * ArticleParser#parse(String)} throw {@link ArticleTooLargeException}.
   *
   * @throws IllegalArgumentException if {@code maxLength} is negative
   */
  public ParseOptions withMaxLength(int maxLength) {
    if (maxLength < 0) {
      throw new IllegalArgumentException("maxLength must not be negative, got " + maxLength);
    }
    return new ParseOptions(limits.withMaxCharacters(maxLength), noiseRules);
  }

  /**
   * These options with {@code rule} added after the others, or put in the place of the rule of the
   * same name.
   */
  public ParseOptions withNoiseRule(NoiseRule rule) {
    Objects.requireNonNull(rule, "rule");
    List<NoiseRule> rules = new ArrayList<>(noiseRules);
    boolean replaced = false;
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).name().equals(rule.name())) {
        rules.set(i, rule);
        replaced = true;
      }
    }
    if (!replaced) {
      rules.add(rule);
    }
    return new ParseOptions(limits, rules);
  }

  /**
   * These options without the rule named {@code name}.
   *
   * @throws IllegalArgumentException if no rule has that name (the message lists the names)
   */
  public ParseOptions withoutNoiseRule(String name) {
    Objects.requireNonNull(name, "name");
    List<NoiseRule> rules = new ArrayList<>(noiseRules);
    if (!rules.removeIf(r -> r.name().equals(name))) {
      List<String> names = new ArrayList<>();
      noiseRules.forEach(r -> names.add(r.name()));
      throw new IllegalArgumentException(
          "no noise rule named '" + name + "'; the rules are " + names);
    }
    return new ParseOptions(limits, rules);
  }

  /**
   * These options with exactly {@code rules}, in that order.
   *
   * @throws IllegalArgumentException if two rules share a name
   */
  public ParseOptions withNoiseRules(List<NoiseRule> rules) {
    Objects.requireNonNull(rules, "rules");
    Set<String> names = new HashSet<>();
    for (NoiseRule r : rules) {
      Objects.requireNonNull(r, "rules contains null");
      if (!names.add(r.name())) {
        throw new IllegalArgumentException("two noise rules are named '" + r.name() + "'");
      }
    }
    return new ParseOptions(limits, rules);
  }

  /** These options with no noise rules: every line of the body is kept. */
  public ParseOptions withoutNoiseRules() {
    return new ParseOptions(limits, List.of());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParseOptions
        && ((ParseOptions) o).limits.equals(limits)
        && ((ParseOptions) o).noiseRules.equals(noiseRules);
  }

  @Override
  public int hashCode() {
    return 31 * limits.hashCode() + noiseRules.hashCode();
  }

  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    noiseRules.forEach(r -> names.add(r.name()));
    return "ParseOptions[maxLength=" + limits.maxCharacters() + ", limits=" + limits
        + ", noiseRules=" + names + "]";
  }
}
