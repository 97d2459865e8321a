package io.github.newsevents.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import io.github.newsevents.model.Actor;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.CeasefireScope;
import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.Dateline;
import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.Paragraph;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.PartyRole;
import io.github.newsevents.model.Place;
import io.github.newsevents.model.Span;
import io.github.newsevents.model.Statement;
import io.github.newsevents.model.StatementKind;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Random extractions with extreme values (years 0 to 9999, spans past the text, durations of
 * billions of years, unknown ids, odd texts): validation reports, it never throws. Each repetition
 * has its own seed, printed at the start and named in a failure, so that a failure can be replayed.
 */
class ValidatorsRobustnessTest {
  private static final String[] TEXTS = {"", "x", "\u201C\u201D", "Putin met Trump.", "a\nb\tc  d"};
  private static final String[] IDS = {"a", "b", "c", "putin", "trump", "nobody", "x-1"};
  private static final String[] COUNTRIES = {"RUS", "USA", "XKX", "GER", "ZZZ", "PSE"};

  private static final long BASE_SEED = 0x5EED_0000L;

  private Random random;

  @BeforeAll
  static void printSeed() {
    System.out.println("ValidatorsRobustnessTest: repetition n uses seed " + BASE_SEED + " + n");
  }

  @RepeatedTest(200)
  void validationNeverThrows(RepetitionInfo info) {
    long seed = BASE_SEED + info.getCurrentRepetition();
    random = new Random(seed);
    Extraction extraction = extraction();

    Set<String> codes = new HashSet<>();
    Validators.strict().rules().forEach(r -> codes.add(r.code()));
    for (Validators v : List.of(Fixture.STANDARD, Fixture.STRICT, Validators.standard())) {
      ValidationResult result = assertDoesNotThrow(() -> v.validate(extraction), "seed " + seed);
      assertThat(result.violations()).as("seed " + seed).allSatisfy(violation -> {
        assertThat(codes).contains(violation.code());
        assertThat(violation.path()).isNotBlank();
        assertThat(violation.message()).isNotBlank();
      });
    }
  }

  private Extraction extraction() {
    String text = pick(TEXTS).repeat(1 + random.nextInt(3));
    Article.Builder article = new Article.Builder().text(text);
    if (random.nextBoolean()) {
      article.published(date());
    }
    if (random.nextBoolean()) {
      Span span = span(text.length());
      article.dateline(new Dateline.Builder().span(span).date(date()).build());
    }
    if (!text.isBlank() && random.nextBoolean()) {
      article.addParagraph(new Paragraph.Builder().text(text).span(Span.of(0, text.length())).build());
    }
    article.addDiagnostic(Diagnostic.of("random", "random", span(text.length())));
    Extraction.Builder b = new Extraction.Builder().article(article.build());
    int actors = random.nextInt(4);
    for (int i = 0; i < actors; i++) {
      Actor.Builder a = new Actor.Builder()
          .id(pick(IDS))
          .name(random.nextBoolean() ? "Same Name" : "Name " + i)
          .kind(pick(ActorKind.values()))
          .unnamed(random.nextBoolean())
          .addMention(span(text.length()));
      if (random.nextBoolean()) {
        a.country(pick(COUNTRIES));
      }
      b.addActor(a.build());
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      Statement.Builder s = new Statement.Builder()
          .text(random.nextBoolean() ? "\u2026" : pick(new String[] {"Putin", "met", "x y"}))
          .kind(pick(StatementKind.values()))
          .date(optionalDate());
      if (random.nextBoolean()) {
        s.speaker(pick(IDS));
      }
      if (random.nextBoolean()) {
        s.span(span(text.length()));
      }
      b.addStatement(s.build());
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      Meeting.Builder m = new Meeting.Builder()
          .kind(pick(MeetingKind.values()))
          .status(pick(MeetingStatus.values()))
          .date(optionalDate())
          .addEvidence(span(text.length()));
      Set<String> participants = new HashSet<>();
      for (int j = random.nextInt(5); j > 0; j--) {
        participants.add(pick(IDS));
      }
      m.addAllParticipants(participants);
      if (random.nextBoolean()) {
        m.host(pick(IDS));
      }
      if (random.nextBoolean()) {
        m.location(Place.of("Somewhere", pick(COUNTRIES)));
      }
      b.addMeeting(m.build());
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      b.addCeasefire(ceasefire(text.length()));
    }
    return b.build();
  }

  private Ceasefire ceasefire(int length) {
    Ceasefire.Builder c = new Ceasefire.Builder()
        .scope(pick(CeasefireScope.values()))
        .status(pick(CeasefireStatus.values()))
        .date(optionalDate())
        .addEvidence(span(length));
    Set<String> parties = new HashSet<>();
    for (int j = random.nextInt(3); j > 0; j--) {
      parties.add(pick(IDS));
    }
    c.addAllParties(parties);
    if (random.nextBoolean()) {
      c.putRole(pick(IDS), pick(PartyRole.values()));
    }
    PartialDate start = random.nextBoolean() ? date() : null;
    PartialDate end = random.nextBoolean() ? date() : null;
    if (start != null && end != null && end.lastDay().isBefore(start.firstDay())) {
      PartialDate t = start;
      start = end;
      end = t;
    }
    if (start != null) {
      c.start(start);
    }
    if (end != null) {
      c.end(end);
    }
    if (random.nextBoolean()) {
      c.duration(pick(new Period[] {
          Period.ofDays(1), Period.ofDays(30), Period.ofMonths(3), Period.ofYears(Integer.MAX_VALUE),
          Period.of(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE)}));
    }
    return c.build();
  }

  private Optional<PartialDate> optionalDate() {
    return random.nextBoolean() ? Optional.of(date()) : Optional.empty();
  }

  private PartialDate date() {
    int year = pick(new int[] {0, 25, 1799, 1800, 2025, 2036, 2205, 9999});
    switch (random.nextInt(3)) {
      case 0:
        return PartialDate.ofYear(year);
      case 1:
        return PartialDate.ofMonth(year, 1 + random.nextInt(12));
      default:
        return PartialDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    }
  }

  private Span span(int length) {
    int start = random.nextInt(length + 3);
    return Span.of(start, start + random.nextInt(4));
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private int pick(int[] values) {
    return values[random.nextInt(values.length)];
  }
}
