package io.github.newsevents.examples;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.Place;
import io.github.newsevents.model.Span;
import io.github.newsevents.validate.ValidationResult;
import io.github.newsevents.validate.Violation;

/**
 * Builds an {@link Extraction} by hand and validates it. A builder accepts a meeting of one
 * participant (it is well formed), but validation reports it: plausibility is a question for
 * {@link NewsEvents#validate(Extraction)}, which reports every problem instead of throwing.
 */
public final class ValidateRecords {
  private ValidateRecords() {}

  static final String TEXT = "Norway and Iceland held fisheries talks in Oslo on Monday.";

  public static void main(String[] args) {
    Extraction talks = extraction("norway", "iceland");
    System.out.println("Norway and Iceland: " + NewsEvents.validate(talks));

    Extraction alone = extraction("norway");
    ValidationResult result = NewsEvents.validate(alone);
    System.out.println("Norway alone: " + result);
    for (Violation v : result.violations()) {
      System.out.println("path=" + v.path() + " code=" + v.code() + " severity=" + v.severity());
    }
  }

  /** An article, its two actors and a meeting of {@code participants}. */
  static Extraction extraction(String... participants) {
    Article article = new Article.Builder()
        .text(TEXT)
        .published(PartialDate.parse("2025-06-02"))
        .build();
    Actor norway = new Actor.Builder()
        .id("norway").name("Norway").kind(ActorKind.STATE).country("NOR")
        .addMention(Span.of(0, 6))
        .build();
    Actor iceland = new Actor.Builder()
        .id("iceland").name("Iceland").kind(ActorKind.STATE).country("ISL")
        .addMention(Span.of(11, 18))
        .build();
    Meeting meeting = new Meeting.Builder()
        .addParticipants(participants)
        .location(Place.of("Oslo", "NOR"))
        .date(PartialDate.parse("2025-06-02"))
        .kind(MeetingKind.TALKS)
        .status(MeetingStatus.HELD)
        .addTopic("fisheries")
        .addEvidence(Span.of(0, TEXT.length()))
        .build();
    return new Extraction.Builder()
        .article(article)
        .addActors(norway, iceland)
        .addMeeting(meeting)
        .build();
  }
}
