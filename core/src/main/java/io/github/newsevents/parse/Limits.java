package io.github.newsevents.parse;

import io.github.newsevents.model.Extraction;
import java.util.Objects;

/**
 * How much of an article newsevents reads and reports: one value for every limit, so that a
 * service fed text from the web can bound what one input costs and what one result holds.
 *
 * <pre>{@code
 * ParseOptions options = ParseOptions.defaults().withLimits(Limits.defaults()
 *     .withMaxCharacters(1_000_000)
 *     .withMaxParagraphs(2_000));
 * }</pre>
 *
 * <table>
 *   <caption>The limits, their defaults, and what happens beyond them</caption>
 *   <tr><th>limit</th><th>default</th><th>beyond it</th></tr>
 *   <tr><td>{@link #maxCharacters()}: the input's length in UTF-16 units</td>
 *       <td>{@value #DEFAULT_MAX_CHARACTERS} (10 MiB)</td>
 *       <td>nothing sensible can be returned from part of a text: {@link ArticleParser#parse}
 *       throws {@link ArticleTooLargeException}</td></tr>
 *   <tr><td>{@link #maxParagraphs()}: paragraphs of the body</td>
 *       <td>{@value #DEFAULT_MAX_PARAGRAPHS}</td>
 *       <td>the parser keeps the first ones and adds a diagnostic {@value #PARAGRAPHS_CODE} whose
 *       span runs from the first paragraph left out to the end of the text</td></tr>
 *   <tr><td>{@link #maxStatements()}: statements of an extraction</td>
 *       <td>{@value #DEFAULT_MAX_STATEMENTS}</td>
 *       <td>the first ones, in the order of the text, are kept, with a diagnostic {@value
 *       #STATEMENTS_CODE}</td></tr>
 *   <tr><td>{@link #maxActors()}: actors of an extraction</td>
 *       <td>{@value #DEFAULT_MAX_ACTORS}</td>
 *       <td>the first ones are kept; statements, meetings and ceasefires that refer to an actor
 *       left out are left out too, so that every reference still resolves; a diagnostic {@value
 *       #ACTORS_CODE} says how many of each</td></tr>
 * </table>
 *
 * <p>The parser applies the first two ({@link ParseOptions#limits()}); {@link #apply(Extraction)}
 * applies the last two to an extraction, and {@link io.github.newsevents.NewsEvents#extract(String)}
 * does so with the default limits. They bound the result (its size in memory and as JSON) rather
 * than the extractor's work, which is linear in the text. The defaults are far above what news
 * holds (a long article has a few hundred paragraphs, a few dozen statements and actors), so that
 * only hostile or broken input meets them.
 *
 * <p>Immutable and thread-safe: every {@code with...} method returns a new instance.
 */
public final class Limits {
  /** The default {@link #maxCharacters()}: 10 MiB of text (10 * 1024 * 1024 UTF-16 units). */
  public static final int DEFAULT_MAX_CHARACTERS = 10 * 1024 * 1024;

  /** The default {@link #maxParagraphs()}. */
  public static final int DEFAULT_MAX_PARAGRAPHS = 100_000;

  /** The default {@link #maxStatements()}. */
  public static final int DEFAULT_MAX_STATEMENTS = 10_000;

  /** The default {@link #maxActors()}. */
  public static final int DEFAULT_MAX_ACTORS = 10_000;

  /** The code of the diagnostic that says paragraphs were left out. */
  public static final String PARAGRAPHS_CODE = "limit.paragraphs";

  /** The code of the diagnostic that says statements were left out. */
  public static final String STATEMENTS_CODE = "limit.statements";

  /** The code of the diagnostic that says actors (and what refers to them) were left out. */
  public static final String ACTORS_CODE = "limit.actors";

  private static final Limits DEFAULTS =
      new Limits(
          DEFAULT_MAX_CHARACTERS, DEFAULT_MAX_PARAGRAPHS, DEFAULT_MAX_STATEMENTS, DEFAULT_MAX_ACTORS);

  private final int maxCharacters;
  private final int maxParagraphs;
  private final int maxStatements;
  private final int maxActors;

  private Limits(int maxCharacters, int maxParagraphs, int maxStatements, int maxActors) {
    this.maxCharacters = maxCharacters;
    this.maxParagraphs = maxParagraphs;
    this.maxStatements = maxStatements;
    this.maxActors = maxActors;
  }

  /** Every limit at its default. */
  public static Limits defaults() {
    return DEFAULTS;
  }

  /** The longest input, in UTF-16 units ({@code String.length()}), that the parser accepts. */
  public int maxCharacters() {
    return maxCharacters;
  }

  /** The most paragraphs the parser keeps. */
  public int maxParagraphs() {
    return maxParagraphs;
  }

  /** The most statements an extraction keeps. */
  public int maxStatements() {
    return maxStatements;
  }

  /** The most actors an extraction keeps. */
  public int maxActors() {
    return maxActors;
  }

  /**
   * These limits with another {@link #maxCharacters()}.
   *
   * @throws IllegalArgumentException if {@code max} is negative
   */
  public Limits withMaxCharacters(int max) {
    return new Limits(check("maxCharacters", max), maxParagraphs, maxStatements, maxActors);
  }

  /**
   * These limits with another {@link #maxParagraphs()}.
   *
   * @throws IllegalArgumentException if {@code max} is negative
   */
  public Limits withMaxParagraphs(int max) {
    return new Limits(maxCharacters, check("maxParagraphs", max), maxStatements, maxActors);
  }

  /**
   * These limits with another {@link #maxStatements()}.
   *
   * @throws IllegalArgumentException if {@code max} is negative
   */
  public Limits withMaxStatements(int max) {
    return new Limits(maxCharacters, maxParagraphs, check("maxStatements", max), maxActors);
  }

  /**
   * These limits with another {@link #maxActors()}.
   *
   * @throws IllegalArgumentException if {@code max} is negative
   */
  public Limits withMaxActors(int max) {
    return new Limits(maxCharacters, maxParagraphs, maxStatements, check("maxActors", max));
  }

  /**
   * {@code extraction} within {@link #maxStatements()} and {@link #maxActors()}: the same instance
   * when it is within them; otherwise an extraction that keeps the first statements and actors,
   * leaves out every statement, meeting and ceasefire that refers to an actor left out (so that
   * {@code Validators.standard()} finds no dangling reference), and adds a diagnostic {@value
   * #STATEMENTS_CODE} or {@value #ACTORS_CODE} saying how much was left out. The article and the
   * other diagnostics are kept as they are.
   *
   * @throws NullPointerException if {@code extraction} is null
   */
  public Extraction apply(Extraction extraction) {
    Objects.requireNonNull(extraction, "extraction");
    return Truncation.apply(extraction, maxStatements, maxActors);
  }

  private static int check(String name, int max) {
    if (max < 0) {
      throw new IllegalArgumentException(name + " must not be negative, got " + max);
    }
    return max;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Limits)) {
      return false;
    }
    Limits l = (Limits) o;
    return l.maxCharacters == maxCharacters
        && l.maxParagraphs == maxParagraphs
        && l.maxStatements == maxStatements
        && l.maxActors == maxActors;
  }

  @Override
  public int hashCode() {
    return ((maxCharacters * 31 + maxParagraphs) * 31 + maxStatements) * 31 + maxActors;
  }

  @Override
  public String toString() {
    return "Limits[maxCharacters=" + maxCharacters
        + ", maxParagraphs=" + maxParagraphs
        + ", maxStatements=" + maxStatements
        + ", maxActors=" + maxActors + "]";
  }
}
