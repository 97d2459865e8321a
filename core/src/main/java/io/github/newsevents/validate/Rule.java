package io.github.newsevents.validate;

import io.github.newsevents.model.Extraction;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * One check of an {@link Extraction}, identified by a stable {@link #code()}: it reports every
 * violation it finds to a {@link Context}, each with a path and a message; the code and the
 * severity are filled in by the {@link Validators} that runs it. Add your own with {@link
 * Validators#with(Rule)}, most simply made with {@link #of(String, Severity, String, BiConsumer)}.
 *
 * <p>A rule must report, not throw: an exception from {@link #check} is taken as a bug in the rule
 * and is not caught. It must not keep the context after {@code check} returns. Rules are shared
 * between threads, so they should hold no mutable state.
 */
public interface Rule {
  /** What a code looks like: dot- or hyphen-separated lower-case words, such as {@code a.b-c}. */
  Pattern CODE = Pattern.compile("[a-z0-9]++(?:[.-][a-z0-9]++)*+");

  /**
   * The stable code of every violation this rule reports, such as {@code
   * meeting.participants.too-few}; matches {@link #CODE}.
   */
  String code();

  /** The severity of this rule's violations unless {@link Validators#withSeverity} sets another. */
  Severity severity();

  /** One sentence saying what the rule checks, for listings and documentation. */
  String description();

  /** Reports every violation of this rule in {@code extraction} to {@code context}. */
  void check(Extraction extraction, Context context);

  /**
   * A rule from its parts; {@code check} receives the extraction and the context.
   *
   * @throws IllegalArgumentException when {@code code} does not match {@link #CODE} or {@code
   *     description} is blank
   */
  static Rule of(
      String code,
      Severity severity,
      String description,
      BiConsumer<? super Extraction, ? super Context> check) {
    return new SimpleRule(code, severity, description, check);
  }

  /**
   * Where a rule reports, and what it may need besides the extraction. Valid only during the
   * {@link Rule#check} call it is given to.
   */
  interface Context {
    /**
     * Reports a violation of the running rule at {@code path} (such as {@code
     * meetings[2].participants}).
     *
     * @param message what is wrong and, where possible, how to fix it
     * @throws IllegalArgumentException when path or message is blank
     * @throws IllegalStateException when called after the rule's check returned
     */
    void report(String path, String message);

    /**
     * Today's date by the validator's clock ({@link Validators#withClock}), for rules that must
     * judge dates when the article has no publication date.
     */
    LocalDate today();

    /** The ids of the extraction's actors; computed once per validation, unmodifiable. */
    Set<String> actorIds();
  }
}
