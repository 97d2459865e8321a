package io.github.newsevents.validate;

import io.github.newsevents.model.Extraction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The validator of {@link Extraction}s: an ordered set of {@link Rule}s, each known by its code,
 * with a severity for each and a clock. Start from {@link #standard()} or {@link #strict()}, then
 * add rules ({@link #with(Rule)}), switch them off ({@link #without(String)}), change their severity
 * ({@link #withSeverity(String, Severity)}) or fix the clock ({@link #withClock(Clock)}); each of
 * these returns a new instance. Immutable and thread-safe.
 *
 * <p>{@link #validate(Extraction)} runs every rule, in order, over the whole extraction and never
 * stops at the first violation; its time is linear in the size of the extraction. It throws only
 * for a null argument, or when a rule you added throws.
 *
 * <p>The codes are stable API: a code keeps its meaning across releases, and a new check gets a
 * new code. The built-in rules, with their severity in {@link #standard()}:
 *
 * <table>
 *   <caption>Built-in rules</caption>
 *   <tr><th>code</th><th>severity</th><th>what it checks</th></tr>
 *   <tr><td>{@code actor.id.duplicate}</td><td>ERROR</td><td>no two actors share an id</td></tr>
 *   <tr><td>{@code actor.name.duplicate}</td><td>ERROR</td><td>no two named actors share a
 *       canonical name, ignoring case and spacing; unnamed actors are exempt</td></tr>
 *   <tr><td>{@code country.unknown}</td><td>ERROR</td><td>an actor's or meeting location's
 *       country is an assigned ISO 3166-1 alpha-3 code, or XKX (Kosovo)</td></tr>
 *   <tr><td>{@code reference.actor.unknown}</td><td>ERROR</td><td>every speaker, participant,
 *       host, party and role key is an actor id</td></tr>
 *   <tr><td>{@code span.outside-article}</td><td>ERROR</td><td>every span lies inside the
 *       article text</td></tr>
 *   <tr><td>{@code article.paragraph.text-mismatch}</td><td>ERROR</td><td>a paragraph's text is
 *       the article text at its span</td></tr>
 *   <tr><td>{@code statement.text.empty}</td><td>ERROR</td><td>a statement's text has a letter or
 *       digit</td></tr>
 *   <tr><td>{@code statement.span.text-mismatch}</td><td>ERROR</td><td>a DIRECT statement's text
 *       is the article text at its span, modulo quotation marks and whitespace</td></tr>
 *   <tr><td>{@code statement.span.text-not-found}</td><td>WARNING</td><td>an INDIRECT statement's
 *       text occurs in the article text at its span</td></tr>
 *   <tr><td>{@code statement.date.after-publication}</td><td>ERROR</td><td>no statement is dated
 *       after publication</td></tr>
 *   <tr><td>{@code statement.duplicate}</td><td>WARNING</td><td>no two statements share kind,
 *       speaker and text, or a span</td></tr>
 *   <tr><td>{@code evidence.duplicate}</td><td>WARNING</td><td>no item lists a mention or an
 *       evidence span twice</td></tr>
 *   <tr><td>{@code meeting.participants.too-few}</td><td>ERROR</td><td>a meeting has at least two
 *       participants, or one ORGANIZATION or GROUP meeting among its own members</td></tr>
 *   <tr><td>{@code meeting.phone-call.too-many}</td><td>WARNING</td><td>a PHONE_CALL has at most
 *       two participants</td></tr>
 *   <tr><td>{@code meeting.date.after-publication}</td><td>ERROR</td><td>no HELD meeting is dated
 *       after publication</td></tr>
 *   <tr><td>{@code ceasefire.parties.none}</td><td>ERROR</td><td>a ceasefire has a party</td></tr>
 *   <tr><td>{@code ceasefire.mediator.is-party}</td><td>WARNING</td><td>no party of a ceasefire
 *       has the MEDIATING role in it (a PROPOSING party is fine)</td></tr>
 *   <tr><td>{@code ceasefire.dates.inconsistent}</td><td>ERROR</td><td>start plus duration is
 *       within a day of the end</td></tr>
 *   <tr><td>{@code ceasefire.date.after-publication}</td><td>ERROR</td><td>an AGREED, IN_FORCE,
 *       VIOLATED or EXPIRED ceasefire's date, and an IN_FORCE, VIOLATED or EXPIRED one's start,
 *       are not after publication</td></tr>
 *   <tr><td>{@code ceasefire.expired.no-end}</td><td>WARNING</td><td>an EXPIRED ceasefire has an
 *       end, or a start and a duration</td></tr>
 *   <tr><td>{@code ceasefire.expired.ends-after-publication}</td><td>ERROR</td><td>an EXPIRED
 *       ceasefire ended by publication</td></tr>
 *   <tr><td>{@code date.out-of-range}</td><td>ERROR</td><td>every date is from 1800 on and at
 *       most 10 years after publication (or today)</td></tr>
 *   <tr><td>{@code evidence.missing}</td><td>ERROR, strict only</td><td>every actor has a
 *       mention, every statement a span, every meeting and ceasefire evidence</td></tr>
 * </table>
 *
 * <p>{@link Rule#description()} of each rule in {@link #rules()} says exactly what it checks. Rules
 * that compare with the publication date are skipped when the article has none, or has one that
 * {@code date.out-of-range} rejects. The clock is read only for {@code date.out-of-range} (and to
 * decide whether a publication date is plausible); fix it with {@link #withClock(Clock)} for
 * reproducible results.
 */
public final class Validators implements Validator<Extraction> {
  private static final List<Rule> STANDARD_RULES = List.of(
      ActorRules.ID_DUPLICATE,
      ActorRules.NAME_DUPLICATE,
      ActorRules.COUNTRY_UNKNOWN,
      ActorRules.REFERENCE_UNKNOWN,
      SpanRules.OUTSIDE_ARTICLE,
      SpanRules.PARAGRAPH_TEXT_MISMATCH,
      StatementRules.TEXT_EMPTY,
      StatementRules.SPAN_TEXT_MISMATCH,
      StatementRules.SPAN_TEXT_NOT_FOUND,
      StatementRules.DATE_AFTER_PUBLICATION,
      StatementRules.DUPLICATE,
      EvidenceRules.EVIDENCE_DUPLICATE,
      MeetingRules.PARTICIPANTS_TOO_FEW,
      MeetingRules.PHONE_CALL_TOO_MANY,
      MeetingRules.DATE_AFTER_PUBLICATION,
      CeasefireRules.PARTIES_NONE,
      CeasefireRules.MEDIATOR_IS_PARTY,
      CeasefireRules.DATES_INCONSISTENT,
      CeasefireRules.DATE_AFTER_PUBLICATION,
      CeasefireRules.EXPIRED_NO_END,
      CeasefireRules.EXPIRED_ENDS_AFTER_PUBLICATION,
      DateRules.OUT_OF_RANGE);

  private static final Validators STANDARD =
      new Validators(STANDARD_RULES, Map.of(), Clock.systemUTC());

  private static final Validators STRICT = strictOf(STANDARD);

  private final List<Rule> rules;
  private final Map<String, Severity> severities; // every rule's code -> its severity here
  private final Clock clock;

  private Validators(List<Rule> rules, Map<String, Severity> overrides, Clock clock) {
    this.rules = List.copyOf(rules);
    Map<String, Severity> severities = new HashMap<>();
    for (Rule rule : this.rules) {
      Severity severity = Objects.requireNonNull(
          overrides.getOrDefault(rule.code(), rule.severity()),
          () -> "rule '" + rule.code() + "' has a null severity");
      if (severities.put(rule.code(), severity) != null) {
        throw new IllegalArgumentException("two rules have the code '" + rule.code() + "'");
      }
    }
    this.severities = Collections.unmodifiableMap(severities);
    this.clock = clock;
  }

  private static Validators strictOf(Validators standard) {
    List<Rule> rules = new ArrayList<>(standard.rules);
    rules.add(EvidenceRules.EVIDENCE_MISSING);
    Map<String, Severity> all = new HashMap<>();
    for (Rule rule : rules) {
      all.put(rule.code(), Severity.ERROR);
    }
    return new Validators(rules, all, standard.clock);
  }

  /**
   * The built-in rules listed above except {@code evidence.missing}, each at its listed severity,
   * with the system clock in UTC; what {@code NewsEvents.validate(Extraction)} uses.
   */
  public static Validators standard() {
    return STANDARD;
  }

  /**
   * For those who test parsers and want everything: the rules of {@link #standard()} plus {@code
   * evidence.missing}, with every one of them at {@link Severity#ERROR} (so the warnings of
   * standard, {@code statement.span.text-not-found}, {@code statement.duplicate}, {@code
   * evidence.duplicate}, {@code meeting.phone-call.too-many}, {@code ceasefire.mediator.is-party} and
   * {@code ceasefire.expired.no-end}, become errors). Rules you add later keep their own severity.
   */
  public static Validators strict() {
    return STRICT;
  }

  /**
   * These rules followed by {@code rule}, at the rule's own severity.
   *
   * @throws IllegalArgumentException when a rule with the same code is already present (switch it
   *     off with {@link #without(String)} first to replace it)
   */
  public Validators with(Rule rule) {
    Objects.requireNonNull(rule, "rule");
    String code = SimpleRule.requireCode(rule.code());
    Objects.requireNonNull(rule.severity(), () -> "rule '" + code + "' has a null severity");
    if (severities.containsKey(code)) {
      throw new IllegalArgumentException(
          "a rule with code '" + code + "' is already present; call without(\"" + code
              + "\") first to replace it");
    }
    List<Rule> more = new ArrayList<>(rules);
    more.add(rule);
    return new Validators(more, severities, clock);
  }

  /**
   * These rules without the one with {@code code}.
   *
   * @throws IllegalArgumentException when no rule has that code (a misspelt code would otherwise
   *     switch nothing off); the message lists the codes present
   */
  public Validators without(String code) {
    requirePresent(code);
    List<Rule> fewer = new ArrayList<>(rules.size());
    for (Rule rule : rules) {
      if (!rule.code().equals(code)) {
        fewer.add(rule);
      }
    }
    Map<String, Severity> kept = new HashMap<>(severities);
    kept.remove(code);
    return new Validators(fewer, kept, clock);
  }

  /**
   * These rules, with the rule of {@code code} reporting at {@code severity}.
   *
   * @throws IllegalArgumentException when no rule has that code
   */
  public Validators withSeverity(String code, Severity severity) {
    requirePresent(code);
    Objects.requireNonNull(severity, "severity");
    Map<String, Severity> changed = new HashMap<>(severities);
    changed.put(code, severity);
    return new Validators(rules, changed, clock);
  }

  /**
   * These rules, reading today's date from {@code clock} (in the clock's zone); use a fixed clock
   * ({@link Clock#fixed}) for results that do not depend on when they are computed.
   */
  public Validators withClock(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return new Validators(rules, severities, clock);
  }

  /** The rules, in the order they run. */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * The severity the rule of {@code code} reports at here.
   *
   * @throws IllegalArgumentException when no rule has that code
   */
  public Severity severity(String code) {
    requirePresent(code);
    return severities.get(code);
  }

  /**
   * Every violation of every rule in {@code extraction}, rule by rule in the order of {@link
   * #rules()}.
   *
   * @throws NullPointerException when {@code extraction} is null
   */
  @Override
  public ValidationResult validate(Extraction extraction) {
    Objects.requireNonNull(extraction, "extraction");
    List<Violation> violations = new ArrayList<>();
    RunContext run = new RunContext(extraction, clock, violations);
    for (Rule rule : rules) {
      run.run(rule, severities.get(rule.code()));
    }
    return ValidationResult.of(violations);
  }

  private void requirePresent(String code) {
    Objects.requireNonNull(code, "code");
    if (!severities.containsKey(code)) {
      throw new IllegalArgumentException(
          "no rule has the code '" + code + "'; the codes here are " + codes());
    }
  }

  private String codes() {
    StringJoiner j = new StringJoiner(", ");
    for (Rule rule : rules) {
      j.add(rule.code());
    }
    return j.toString();
  }

  /** {@code Validators[actor.id.duplicate=ERROR, ..., clock=SystemClock[Z]]}. */
  @Override
  public String toString() {
    StringJoiner j = new StringJoiner(", ", "Validators[", "]");
    for (Rule rule : rules) {
      j.add(rule.code() + "=" + severities.get(rule.code()));
    }
    return j.add("clock=" + clock).toString();
  }
}
