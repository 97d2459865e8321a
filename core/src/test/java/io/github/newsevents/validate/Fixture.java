package io.github.newsevents.validate;

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
import io.github.newsevents.model.Place;
import io.github.newsevents.model.Removal;
import io.github.newsevents.model.Sentence;
import io.github.newsevents.model.Span;
import io.github.newsevents.model.Statement;
import io.github.newsevents.model.StatementKind;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small article and a hand-built extraction of it that every rule, strict ones included, accepts.
 * Each test changes one list or attribute and builds again; the builders are strict, so variants
 * are made by replacing whole records.
 */
final class Fixture {
  static final String HEADER = "date 2025-04-12";
  static final String BODY =
      "MOSCOW (Reuters) - Kremlin spokesperson Dmitry Peskov said a call between Putin and Trump"
          + " was \u201Ctheoretically possible\u201D. Putin met US envoy Steve Witkoff in"
          + " St. Petersburg on Friday. Peskov said the talks were businesslike. The United States"
          + " and Ukraine agreed a 30-day ceasefire in March.";
  static final String AD = "Advertisement";
  static final String TEXT = HEADER + " " + BODY + "\n" + AD + "\n";

  /** 2026-01-01, so that "today" never depends on when the tests run. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T12:00:00Z"), ZoneOffset.UTC);

  static final Validators STANDARD = Validators.standard().withClock(CLOCK);
  static final Validators STRICT = Validators.strict().withClock(CLOCK);

  String text = TEXT;
  Optional<PartialDate> published = Optional.of(PartialDate.parse("2025-04-12"));
  List<Paragraph> paragraphs = new ArrayList<>(List.of(paragraph()));
  List<Removal> removed = new ArrayList<>(List.of(Removal.of("advertisement", AD, span(AD))));
  Optional<Dateline> dateline = Optional.of(new Dateline.Builder()
      .place("MOSCOW")
      .agency("Reuters")
      .span(span("MOSCOW (Reuters) -"))
      .build());
  List<Diagnostic> articleDiagnostics = new ArrayList<>();
  List<Actor> actors = new ArrayList<>(List.of(
      person("dmitry-peskov", "Dmitry Peskov", "RUS", "Dmitry Peskov"),
      person("vladimir-putin", "Vladimir Putin", "RUS", "Putin"),
      person("donald-trump", "Donald Trump", "USA", "Trump"),
      person("steve-witkoff", "Steve Witkoff", "USA", "Steve Witkoff"),
      state("united-states", "United States", "USA"),
      state("ukraine", "Ukraine", "UKR")));
  List<Statement> statements = new ArrayList<>(List.of(
      new Statement.Builder()
          .speaker("dmitry-peskov")
          .text("theoretically possible")
          .kind(StatementKind.DIRECT)
          .verb("said")
          .date(PartialDate.parse("2025-04-12"))
          .span(span("\u201Ctheoretically possible\u201D"))
          .build(),
      new Statement.Builder()
          .speaker("dmitry-peskov")
          .text("the talks were businesslike")
          .kind(StatementKind.INDIRECT)
          .verb("said")
          .span(span("Peskov said the talks were businesslike"))
          .build()));
  List<Meeting> meetings = new ArrayList<>(List.of(new Meeting.Builder()
      .addParticipants("vladimir-putin", "steve-witkoff")
      .location(Place.of("St. Petersburg", "RUS"))
      .date(PartialDate.parse("2025-04-11"))
      .kind(MeetingKind.IN_PERSON)
      .status(MeetingStatus.HELD)
      .host("vladimir-putin")
      .addEvidence(span("Putin met US envoy Steve Witkoff in St. Petersburg on Friday."))
      .build()));
  List<Ceasefire> ceasefires = new ArrayList<>(List.of(new Ceasefire.Builder()
      .addParties("united-states", "ukraine")
      .scope(CeasefireScope.FULL)
      .duration(Period.ofDays(30))
      .date(PartialDate.parse("2025-03"))
      .status(CeasefireStatus.AGREED)
      .addEvidence(span("The United States and Ukraine agreed a 30-day ceasefire in March."))
      .build()));
  List<Diagnostic> diagnostics = new ArrayList<>();

  Extraction build() {
    Article article = new Article.Builder()
        .text(text)
        .published(published)
        .headline("Putin-Trump call possible, says Kremlin")
        .dateline(dateline)
        .addAllParagraphs(paragraphs)
        .addAllRemoved(removed)
        .addAllDiagnostics(articleDiagnostics)
        .build();
    return new Extraction.Builder()
        .article(article)
        .addAllActors(actors)
        .addAllStatements(statements)
        .addAllMeetings(meetings)
        .addAllCeasefires(ceasefires)
        .addAllDiagnostics(diagnostics)
        .build();
  }

  /** The violations {@link #STANDARD} finds in {@code extraction}. */
  static List<Violation> standard(Extraction extraction) {
    return STANDARD.validate(extraction).violations();
  }

  /** The valid extraction. */
  static Extraction valid() {
    return new Fixture().build();
  }

  /** The span of the first occurrence of {@code needle} in {@link #TEXT}. */
  static Span span(String needle) {
    int start = TEXT.indexOf(needle);
    if (start < 0) {
      throw new IllegalArgumentException("not in the fixture text: " + needle);
    }
    return Span.of(start, start + needle.length());
  }

  static Paragraph paragraph() {
    Span body = span(BODY);
    return new Paragraph.Builder()
        .text(BODY)
        .span(body)
        .addSentence(Sentence.of(span("Kremlin spokesperson"), false))
        .build();
  }

  static Actor person(String id, String name, String country, String mention) {
    return new Actor.Builder()
        .id(id)
        .name(name)
        .kind(ActorKind.PERSON)
        .country(country)
        .addMention(span(mention))
        .build();
  }

  static Actor state(String id, String name, String country) {
    return new Actor.Builder()
        .id(id)
        .name(name)
        .kind(ActorKind.STATE)
        .country(country)
        .addMention(span(name))
        .build();
  }

  /** A HELD in-person meeting of {@code participants} on 2025-04-11, with evidence. */
  static Meeting.Builder meeting(String... participants) {
    return new Meeting.Builder()
        .addParticipants(participants)
        .addEvidence(span("Putin met US envoy Steve Witkoff"));
  }

  /** A FULL ceasefire between the United States and Ukraine, with evidence. */
  static Ceasefire.Builder ceasefire() {
    return new Ceasefire.Builder()
        .addParties("united-states", "ukraine")
        .scope(CeasefireScope.FULL)
        .addEvidence(span("30-day ceasefire"));
  }
}
