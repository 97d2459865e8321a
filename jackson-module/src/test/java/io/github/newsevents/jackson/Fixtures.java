package io.github.newsevents.jackson;

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
import io.github.newsevents.model.Removal;
import io.github.newsevents.model.Sentence;
import io.github.newsevents.model.Span;
import io.github.newsevents.model.Statement;
import io.github.newsevents.model.StatementKind;
import java.time.Period;

/** The extraction of {@code extraction.json}, built by hand. */
final class Fixtures {
  static final String P1 = "MOSCOW, April 11 (Reuters) - Kremlin spokesperson Dmitry Peskov said a meeting"
      + " between the leaders was \"theoretically possible.\" He gave no date.";
  static final String P2 = "US envoy Steve Witkoff met Yuri Ushakov in St. Petersburg on Friday to discuss"
      + " the war in Ukraine.";
  static final String P3 = "The United States and Ukraine agreed in March to a 30-day ceasefire.";
  static final String TEXT = P1 + "\nAdvertisement\n" + P2 + "\n" + P3;

  private Fixtures() {}

  /** The span of the first {@code part} in {@link #TEXT} at or after {@code from}. */
  static Span at(String part, int from) {
    int start = TEXT.indexOf(part, from);
    if (start < 0) {
      throw new IllegalArgumentException(part);
    }
    return Span.of(start, start + part.length());
  }

  static Span at(String part) {
    return at(part, 0);
  }

  static Extraction peskovExtraction() {
    Span p1 = at(P1);
    Span p2 = at(P2);
    Span p3 = at(P3);
    Article article = new Article.Builder()
        .text(TEXT)
        .headline("Kremlin: a summit is \u201ctheoretically possible\u201d \uD83D\uDD4A")
        .source("Reuters")
        .published(PartialDate.parse("2025-04-12"))
        .dateline(new Dateline.Builder()
            .place("MOSCOW")
            .agency("Reuters")
            .date(PartialDate.parse("2025-04-11"))
            .span(at("MOSCOW, April 11 (Reuters) -"))
            .build())
        .addParagraph(new Paragraph.Builder()
            .text(P1)
            .span(p1)
            .addSentence(Sentence.of(Span.of(0, P1.indexOf(" He gave")), false))
            .addSentence(Sentence.of(at("He gave no date."), false))
            .build())
        .addParagraph(new Paragraph.Builder().text(P2).span(p2).addSentence(Sentence.of(p2, false)).build())
        .addParagraph(new Paragraph.Builder().text(P3).span(p3).addSentence(Sentence.of(p3, false)).build())
        .addRemoved(Removal.of("advertisement", "Advertisement", at("Advertisement")))
        .build();
    return new Extraction.Builder()
        .article(article)
        .addActor(new Actor.Builder()
            .id("dmitry-peskov").name("Dmitry Peskov").kind(ActorKind.PERSON)
            .addTitle("Kremlin spokesperson").country("RUS").affiliation("Kremlin").addAlias("Peskov")
            .addMention(at("Dmitry Peskov"))
            .build())
        .addActor(new Actor.Builder()
            .id("steve-witkoff").name("Steve Witkoff").kind(ActorKind.PERSON)
            .addTitle("US envoy").country("USA").addMention(at("Steve Witkoff"))
            .build())
        .addActor(new Actor.Builder()
            .id("yuri-ushakov").name("Yuri Ushakov").kind(ActorKind.PERSON)
            .country("RUS").addMention(at("Yuri Ushakov"))
            .build())
        .addActor(new Actor.Builder()
            .id("united-states").name("United States").kind(ActorKind.STATE)
            .country("USA").addAlias("US").addMention(at("United States"))
            .build())
        .addActor(new Actor.Builder()
            .id("ukraine").name("Ukraine").kind(ActorKind.STATE)
            .country("UKR").addMention(at("Ukraine", p3.start()))
            .build())
        .addStatement(new Statement.Builder()
            .speaker("dmitry-peskov").text("theoretically possible.").kind(StatementKind.DIRECT)
            .verb("said").date(PartialDate.parse("2025-04-11")).span(at("theoretically possible."))
            .build())
        .addMeeting(new Meeting.Builder()
            .addParticipants("steve-witkoff", "yuri-ushakov")
            .location(Place.of("St. Petersburg", "RUS"))
            .date(PartialDate.parse("2025-04-11"))
            .kind(MeetingKind.IN_PERSON)
            .status(MeetingStatus.HELD)
            .addTopic("war in Ukraine")
            .addEvidence(p2)
            .build())
        .addCeasefire(new Ceasefire.Builder()
            .addParties("united-states", "ukraine")
            .scope(CeasefireScope.FULL)
            .duration(Period.ofDays(30))
            .date(PartialDate.parse("2025-03"))
            .status(CeasefireStatus.AGREED)
            .putRole("united-states", PartyRole.DECLARING)
            .addEvidence(p3)
            .build())
        .addDiagnostic(Diagnostic.of(
            "date.relative", "\"on Friday\" resolved against the dateline date", at("on Friday")))
        .build();
  }
}
