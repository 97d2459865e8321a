package io.github.newsevents.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.newsevents.model.Actor;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.CeasefireScope;
import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.Span;
import io.github.newsevents.model.Statement;
import io.github.newsevents.model.StatementKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ValidatorsTest {
  static final List<String> STANDARD_CODES = List.of(
      "actor.id.duplicate",
      "actor.name.duplicate",
      "country.unknown",
      "reference.actor.unknown",
      "span.outside-article",
      "article.paragraph.text-mismatch",
      "statement.text.empty",
      "statement.span.text-mismatch",
      "statement.span.text-not-found",
      "statement.date.after-publication",
      "statement.duplicate",
      "evidence.duplicate",
      "meeting.participants.too-few",
      "meeting.phone-call.too-many",
      "meeting.date.after-publication",
      "ceasefire.parties.none",
      "ceasefire.mediator.is-party",
      "ceasefire.dates.inconsistent",
      "ceasefire.date.after-publication",
      "ceasefire.expired.no-end",
      "ceasefire.expired.ends-after-publication",
      "date.out-of-range");

  static final List<String> STANDARD_WARNINGS = List.of(
      "statement.span.text-not-found", "statement.duplicate", "evidence.duplicate", "meeting.phone-call.too-many",
      "ceasefire.mediator.is-party", "ceasefire.expired.no-end");

  /** A rule that reports one warning for every statement without a speaker. */
  static final Rule SPEAKER_MISSING = Rule.of(
      "statement.speaker.missing",
      Severity.WARNING,
      "Every statement names its speaker.",
      (extraction, context) -> {
        for (int i = 0; i < extraction.statements().size(); i++) {
          if (extraction.statements().get(i).speaker().isEmpty()) {
            context.report("statements[" + i + "].speaker", "the statement has no speaker");
          }
        }
      });

  /** Breaks five different rules at once. */
  private static Extraction fiveBroken() {
    Fixture f = new Fixture();
    f.meetings.add(Fixture.meeting("vladimir-putin")
        .kind(MeetingKind.IN_PERSON)
        .status(MeetingStatus.HELD)
        .build()); // meeting.participants.too-few
    f.statements.add(new Statement.Builder()
        .speaker("nobody")
        .text("yes")
        .kind(StatementKind.INDIRECT)
        .build()); // reference.actor.unknown
    f.actors.set(5, Fixture.state("ukraine", "Ukraine", "UKX")); // country.unknown
    f.ceasefires.add(new Ceasefire.Builder()
        .scope(CeasefireScope.FULL)
        .status(CeasefireStatus.PROPOSED)
        .build()); // ceasefire.parties.none
    f.meetings.add(Fixture.meeting("vladimir-putin", "donald-trump", "steve-witkoff")
        .kind(MeetingKind.PHONE_CALL)
        .status(MeetingStatus.HELD)
        .date(PartialDate.parse("0025-04-11"))
        .build()); // meeting.phone-call.too-many (a warning) and date.out-of-range
    return f.build();
  }

  @Test
  void standardRunsTheBuiltInRulesInTheirDocumentedOrder() {
    assertThat(Validators.standard().rules()).extracting(Rule::code).containsExactlyElementsOf(STANDARD_CODES);
    for (String code : STANDARD_CODES) {
      assertThat(Validators.standard().severity(code))
          .as(code)
          .isEqualTo(STANDARD_WARNINGS.contains(code) ? Severity.WARNING : Severity.ERROR);
    }
  }

  @Test
  void strictIsStandardPlusEvidenceWithEveryRuleAnError() {
    List<String> strictCodes = new ArrayList<>(STANDARD_CODES);
    strictCodes.add("evidence.missing");

    assertThat(Validators.strict().rules()).extracting(Rule::code).containsExactlyElementsOf(strictCodes);
    for (String code : strictCodes) {
      assertThat(Validators.strict().severity(code)).as(code).isEqualTo(Severity.ERROR);
    }
  }

  @Test
  void everyBuiltInRuleDescribesItself() {
    for (Rule rule : Validators.strict().rules()) {
      assertThat(rule.description()).as(rule.code()).isNotBlank().endsWith(".");
      assertThat(rule.code()).matches(Rule.CODE);
    }
  }

  @Test
  void aRecordBreakingFiveRulesGetsAllFiveReported() {
    ValidationResult result = Fixture.STANDARD.validate(fiveBroken());

    assertThat(result.violations())
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(
            tuple("country.unknown", "actors[5].country", Severity.ERROR),
            tuple("reference.actor.unknown", "statements[2].speaker", Severity.ERROR),
            tuple("meeting.participants.too-few", "meetings[1].participants", Severity.ERROR),
            tuple("meeting.phone-call.too-many", "meetings[2].participants", Severity.WARNING),
            tuple("ceasefire.parties.none", "ceasefires[1].parties", Severity.ERROR),
            tuple("date.out-of-range", "meetings[2].date", Severity.ERROR));
    assertThat(result.isValid()).isFalse();
    assertThat(result.errors()).hasSize(5);
    assertThat(result.warnings()).extracting(Violation::code).containsExactly("meeting.phone-call.too-many");
  }

  @Test
  void strictMakesStandardsWarningsErrors() {
    ValidationResult result = Fixture.STRICT.validate(fiveBroken());

    assertThat(result.warnings()).isEmpty();
    assertThat(result.errors()).extracting(Violation::code).contains("meeting.phone-call.too-many");
  }

  @Test
  void aCustomRuleReportsWithItsCodeAndSeverity() {
    Fixture f = new Fixture();
    f.statements.add(new Statement.Builder().text("Yes").kind(StatementKind.INDIRECT).build());

    Validators validators = Fixture.STANDARD.with(SPEAKER_MISSING);

    assertThat(validators.rules()).last().isSameAs(SPEAKER_MISSING);
    assertThat(validators.validate(f.build()).violations())
        .extracting(Violation::code, Violation::path, Violation::severity, Violation::message)
        .containsExactly(tuple(
            "statement.speaker.missing", "statements[2].speaker", Severity.WARNING,
            "the statement has no speaker"));
    assertThat(Fixture.STANDARD.validate(f.build()).violations()).isEmpty();
  }

  @Test
  void aCustomRuleKeepsItsSeverityInStrictUnlessChanged() {
    Fixture f = new Fixture();
    f.statements.add(new Statement.Builder()
        .text("the talks were businesslike")
        .kind(StatementKind.INDIRECT)
        .span(Fixture.span("the talks were businesslike"))
        .build());
    Validators strict = Fixture.STRICT.with(SPEAKER_MISSING);

    assertThat(strict.validate(f.build()).violations())
        .extracting(Violation::code, Violation::severity)
        .containsExactly(tuple("statement.speaker.missing", Severity.WARNING));

    assertThat(strict.validate(f.build()).isValid()).isTrue();
    assertThat(strict.withSeverity("statement.speaker.missing", Severity.ERROR).validate(f.build()).isValid())
        .isFalse();
  }

  @Test
  void aRuleCanBeSwitchedOffByCode() {
    Validators validators = Fixture.STANDARD.without("meeting.participants.too-few").without("country.unknown");

    assertThat(validators.rules()).extracting(Rule::code)
        .doesNotContain("meeting.participants.too-few", "country.unknown")
        .hasSize(STANDARD_CODES.size() - 2);
    assertThat(validators.validate(fiveBroken()).violations())
        .extracting(Violation::code)
        .containsExactly(
            "reference.actor.unknown",
            "meeting.phone-call.too-many",
            "ceasefire.parties.none",
            "date.out-of-range");
  }

  @Test
  void aSwitchedOffRuleCanBeReplacedByOneWithTheSameCode() {
    Rule stricter = Rule.of(
        "meeting.participants.too-few",
        Severity.ERROR,
        "Every meeting has at least three participants.",
        (e, c) -> {
          for (int i = 0; i < e.meetings().size(); i++) {
            if (e.meetings().get(i).participants().size() < 3) {
              c.report("meetings[" + i + "].participants", "fewer than three");
            }
          }
        });

    Validators replaced = Fixture.STANDARD.without("meeting.participants.too-few").with(stricter);

    assertThat(replaced.validate(Fixture.valid()).violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("meeting.participants.too-few", "meetings[0].participants"));
  }

  @Test
  void severitiesCanBeChangedByCode() {
    Validators lenient = Fixture.STANDARD
        .withSeverity("meeting.participants.too-few", Severity.WARNING)
        .withSeverity("country.unknown", Severity.WARNING)
        .withSeverity("reference.actor.unknown", Severity.WARNING)
        .withSeverity("ceasefire.parties.none", Severity.WARNING)
        .withSeverity("date.out-of-range", Severity.WARNING);

    ValidationResult result = lenient.validate(fiveBroken());

    assertThat(result.violations()).hasSize(6);
    assertThat(result.isValid()).isTrue();
    assertThat(lenient.severity("country.unknown")).isEqualTo(Severity.WARNING);
  }

  @Test
  void withersReturnNewValidatorsAndLeaveTheOriginalAlone() {
    Validators standard = Validators.standard();

    Validators changed = standard
        .with(SPEAKER_MISSING)
        .without("country.unknown")
        .withSeverity("date.out-of-range", Severity.WARNING)
        .withClock(Fixture.CLOCK);

    assertThat(changed).isNotSameAs(standard);
    assertThat(standard.rules()).extracting(Rule::code).containsExactlyElementsOf(STANDARD_CODES);
    assertThat(standard.severity("date.out-of-range")).isEqualTo(Severity.ERROR);
    assertThat(Validators.standard()).isSameAs(standard);
  }

  @Test
  void aSecondRuleWithTheSameCodeIsRefused() {
    Rule twin = Rule.of("country.unknown", Severity.ERROR, "A twin.", (e, c) -> {});

    assertThatThrownBy(() -> Validators.standard().with(twin))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a rule with code 'country.unknown' is already present; call"
            + " without(\"country.unknown\") first to replace it");
  }

  @Test
  void switchingOffAnUnknownCodeIsRefusedSoThatTyposShow() {
    assertThatThrownBy(() -> Validators.standard().without("meeting.participant.too-few"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no rule has the code 'meeting.participant.too-few'; the codes here are"
            + " actor.id.duplicate, actor.name.duplicate,");
    assertThatThrownBy(() -> Validators.standard().without("evidence.missing"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Validators.standard().withSeverity("nope", Severity.ERROR))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Validators.standard().severity("nope"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void requireValidReturnsAValidValueEvenWithWarnings() {
    Fixture f = new Fixture();
    f.meetings.add(Fixture.meeting("vladimir-putin", "donald-trump", "steve-witkoff")
        .kind(MeetingKind.PHONE_CALL)
        .status(MeetingStatus.HELD)
        .build());
    Extraction withWarning = f.build();

    assertThat(Fixture.STANDARD.requireValid(Fixture.valid())).isEqualTo(Fixture.valid());
    assertThat(Fixture.STANDARD.requireValid(withWarning)).isSameAs(withWarning);
  }

  @Test
  void requireValidThrowsCarryingTheWholeResult() {
    Extraction broken = fiveBroken();

    assertThatThrownBy(() -> Fixture.STANDARD.requireValid(broken))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.result()).isEqualTo(Fixture.STANDARD.validate(broken));
          assertThat(e.result().violations()).hasSize(6);
          assertThat(e.getMessage())
              .startsWith("not valid: 6 violations (5 errors, 1 warning)\n  ERROR actors[5].country:")
              .contains("[meeting.participants.too-few]", "[meeting.phone-call.too-many]");
        });
  }

  @Test
  void nullArgumentsAreRefusedByName() {
    Validators v = Validators.standard();

    assertThatThrownBy(() -> v.validate(null)).isInstanceOf(NullPointerException.class).hasMessage("extraction");
    assertThatThrownBy(() -> v.requireValid(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
    assertThatThrownBy(() -> v.with(null)).isInstanceOf(NullPointerException.class).hasMessage("rule");
    assertThatThrownBy(() -> v.without(null)).isInstanceOf(NullPointerException.class).hasMessage("code");
    assertThatThrownBy(() -> v.withClock(null)).isInstanceOf(NullPointerException.class).hasMessage("clock");
    assertThatThrownBy(() -> v.withSeverity("country.unknown", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("severity");
  }

  @Test
  void rulesAreCheckedWhenMade() {
    assertThatThrownBy(() -> Rule.of("Not A Code", Severity.ERROR, "x", (e, c) -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Not A Code'");
    assertThatThrownBy(() -> Rule.of("a.b", Severity.ERROR, " ", (e, c) -> {}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Rule.of("a.b", null, "x", (e, c) -> {}))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("severity");
  }

  @Test
  void aRuleMayNotReportBlankPathsOrAfterItsCheck() {
    AtomicReference<Rule.Context> kept = new AtomicReference<>();
    Rule leaky = Rule.of("leaky", Severity.ERROR, "Keeps its context.", (e, c) -> kept.set(c));
    Rule blank = Rule.of("blank", Severity.ERROR, "Reports a blank path.", (e, c) -> c.report(" ", "x"));

    Fixture.STANDARD.with(leaky).validate(Fixture.valid());

    assertThatThrownBy(() -> kept.get().report("actors[0]", "late"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'leaky'");
    assertThatThrownBy(() -> Fixture.STANDARD.with(blank).validate(Fixture.valid()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule 'blank' reported a blank path");
  }

  @Test
  void anExceptionFromACustomRuleIsNotSwallowed() {
    Rule broken = Rule.of("broken", Severity.ERROR, "Throws.", (e, c) -> {
      throw new IllegalStateException("bug in my rule");
    });

    assertThatThrownBy(() -> Fixture.STANDARD.with(broken).validate(Fixture.valid()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("bug in my rule");
  }

  @Test
  void aRuleSeesTheActorIdsAndTheClock() {
    List<Object> seen = new ArrayList<>();
    Rule probe = Rule.of("probe", Severity.WARNING, "Looks around.", (e, c) -> {
      seen.add(c.actorIds());
      seen.add(c.today());
    });

    Fixture.STANDARD.with(probe).validate(Fixture.valid());

    assertThat(seen).containsExactly(
        java.util.Set.of("dmitry-peskov", "vladimir-putin", "donald-trump", "steve-witkoff",
            "united-states", "ukraine"),
        java.time.LocalDate.of(2026, 1, 1));
  }

  @Test
  void tenThousandStatementsAreValidatedInOnePass() {
    int n = 10_000;
    StringBuilder text = new StringBuilder("date 2025-04-12 ");
    List<Span> spans = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String quote = "We will talk again, round " + i + ".";
      text.append("Speaker ").append(i % 100).append(" said: \u201C");
      spans.add(Span.of(text.length(), text.length() + quote.length()));
      text.append(quote).append("\u201D\n");
    }
    Extraction.Builder b = new Extraction.Builder()
        .article(new Article.Builder().text(text.toString()).published(PartialDate.parse("2025-04-12")).build());
    for (int s = 0; s < 100; s++) {
      b.addActor(new Actor.Builder().id("speaker-" + s).name("Speaker " + s).kind(ActorKind.PERSON).build());
    }
    for (int i = 0; i < n; i++) {
      b.addStatement(new Statement.Builder()
          .speaker(i == n - 1 ? "nobody" : "speaker-" + (i % 100))
          .text("We will talk again, round " + i + ".")
          .kind(StatementKind.DIRECT)
          .date(PartialDate.parse("2025-04-11"))
          .span(spans.get(i))
          .build());
    }

    ValidationResult result = Fixture.STANDARD.validate(b.build());

    assertThat(result.violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("reference.actor.unknown", "statements[9999].speaker"));
  }
}
