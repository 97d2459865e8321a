package io.github.newsevents.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.newsevents.hostile.Regressions;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.newsevents.hostile.FuzzInput;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.CeasefireScope;
import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.Place;
import io.github.newsevents.model.Span;
import io.github.newsevents.model.Statement;
import io.github.newsevents.model.StatementKind;
import java.time.Period;
import java.util.List;

/**
 * Coverage-guided fuzzing of the validators (issue 18) on extractions built from the fuzzer's
 * bytes: any well-formed extraction (one its builders accept), however implausible (dangling ids,
 * spans past the text, dates in the year 9999, unknown countries), is judged without an exception,
 * and a result is valid exactly when it has no error. A builder refusing a meaningless value (its
 * declared {@link IllegalStateException} or {@link IllegalArgumentException}) ends an input
 * early. Saved inputs replay in every build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ValidatorsFuzzTest {
  private static final List<String> IDS = List.of("ann-berg", "carl-dahl", "norway", "un", "x");
  private static final List<String> COUNTRIES = List.of("NOR", "RUS", "XKX", "GER", "ZZZ", "USA");

  @FuzzTest(maxDuration = "5m")
  void validate(byte[] data) {
    check(data);
  }

  /** Each finding saved under {@code regressions/validate/}, replayed. */
  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("savedFindings")
  void savedFinding(String name, byte[] data) {
    check(data);
  }

  static Stream<Arguments> savedFindings() {
    return Regressions.of(ValidatorsFuzzTest.class, "validate");
  }

  /** The target's checks, for the saved inputs too. */
  static void check(byte[] data) {
    Extraction x;
    try {
      x = extraction(new FuzzInput(data));
    } catch (IllegalStateException | IllegalArgumentException e) {
      return; // a builder's invariant: the value is meaningless, not a case for validation
    }
    for (Validators validators : List.of(Validators.standard(), Validators.strict())) {
      ValidationResult result = validators.validate(x);
      assertThat(result.isValid()).isEqualTo(result.errors().isEmpty());
    }
  }

  private static Extraction extraction(FuzzInput in) {
    String text = in.nextText(300);
    Article.Builder article = new Article.Builder().text(text);
    if (in.nextInt(2) == 1) {
      article.published(date(in));
    }
    Extraction.Builder x = new Extraction.Builder().article(article.build());
    for (int i = in.nextInt(5); i > 0; i--) {
      Actor.Builder a = new Actor.Builder().id(id(in)).name(in.nextText(20) + "n")
          .kind(ActorKind.values()[in.nextInt(ActorKind.values().length)])
          .unnamed(in.nextInt(2) == 1);
      if (in.nextInt(2) == 1) {
        a.country(COUNTRIES.get(in.nextInt(COUNTRIES.size())));
      }
      for (int j = in.nextInt(3); j > 0; j--) {
        a.addMention(span(in, text.length()));
      }
      x.addActor(a.build());
    }
    for (int i = in.nextInt(4); i > 0; i--) {
      Statement.Builder s = new Statement.Builder().text(in.nextText(40) + "w")
          .kind(StatementKind.values()[in.nextInt(StatementKind.values().length)]);
      if (in.nextInt(2) == 1) {
        s.speaker(id(in));
      }
      if (in.nextInt(2) == 1) {
        s.span(span(in, text.length()));
      }
      if (in.nextInt(2) == 1) {
        s.date(date(in));
      }
      x.addStatement(s.build());
    }
    for (int i = in.nextInt(3); i > 0; i--) {
      Meeting.Builder m = new Meeting.Builder()
          .kind(MeetingKind.values()[in.nextInt(MeetingKind.values().length)])
          .status(MeetingStatus.values()[in.nextInt(MeetingStatus.values().length)]);
      for (int j = in.nextInt(4); j > 0; j--) {
        m.addParticipant(id(in));
      }
      if (in.nextInt(2) == 1) {
        m.date(date(in));
      }
      if (in.nextInt(2) == 1) {
        m.location(Place.of(in.nextText(10) + "p", COUNTRIES.get(in.nextInt(COUNTRIES.size()))));
      }
      x.addMeeting(m.build());
    }
    for (int i = in.nextInt(3); i > 0; i--) {
      Ceasefire.Builder c = new Ceasefire.Builder()
          .scope(CeasefireScope.values()[in.nextInt(CeasefireScope.values().length)])
          .status(CeasefireStatus.values()[in.nextInt(CeasefireStatus.values().length)]);
      for (int j = in.nextInt(3); j > 0; j--) {
        c.addParty(id(in));
      }
      if (in.nextInt(2) == 1) {
        c.start(date(in));
      }
      if (in.nextInt(2) == 1) {
        c.end(date(in));
      }
      if (in.nextInt(2) == 1) {
        c.duration(Period.ofDays(1 + in.nextInt(5000)));
      }
      if (in.nextInt(2) == 1) {
        c.date(date(in));
      }
      x.addCeasefire(c.build());
    }
    return x.build();
  }

  private static String id(FuzzInput in) {
    return IDS.get(in.nextInt(IDS.size()));
  }

  private static Span span(FuzzInput in, int length) {
    int start = in.nextInt(length + 20);
    return Span.of(start, start + in.nextInt(40));
  }

  private static PartialDate date(FuzzInput in) {
    int year = in.nextInt(10_000);
    switch (in.nextInt(3)) {
      case 0:
        return PartialDate.ofYear(year);
      case 1:
        return PartialDate.ofMonth(year, 1 + in.nextInt(12));
      default:
        return PartialDate.of(year, 1 + in.nextInt(12), 1 + in.nextInt(31));
    }
  }
}
