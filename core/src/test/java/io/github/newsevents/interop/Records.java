package io.github.newsevents.interop;

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
import io.github.newsevents.model.Statement;
import io.github.newsevents.model.StatementKind;
import java.util.List;

/** Small hand-made records for the tests of this package. */
final class Records {
  private Records() {}

  static Actor actor(String id, String name, ActorKind kind, String country, String... titles) {
    Actor.Builder b = new Actor.Builder().id(id).name(name).kind(kind).addTitles(titles);
    if (country != null) {
      b.country(country);
    }
    return b.build();
  }

  static Actor state(String id, String name, String country) {
    return actor(id, name, ActorKind.STATE, country);
  }

  static Meeting meeting(MeetingKind kind, MeetingStatus status, String... participants) {
    return meetingBuilder(kind, status, participants).build();
  }

  static Meeting.Builder meetingBuilder(MeetingKind kind, MeetingStatus status, String... participants) {
    Meeting.Builder b = new Meeting.Builder();
    b.addParticipants(participants).kind(kind).status(status);
    return b;
  }

  static Ceasefire ceasefire(CeasefireScope scope, CeasefireStatus status, String... parties) {
    return ceasefireBuilder(scope, status, parties).build();
  }

  static Ceasefire.Builder ceasefireBuilder(CeasefireScope scope, CeasefireStatus status, String... parties) {
    Ceasefire.Builder b = new Ceasefire.Builder();
    b.addParties(parties).scope(scope).status(status);
    return b;
  }

  static Statement statement(String verb) {
    Statement.Builder b = new Statement.Builder().text("talks will go on").kind(StatementKind.INDIRECT);
    if (verb != null) {
      b.verb(verb);
    }
    return b.build();
  }

  static Extraction extraction(Actor... actors) {
    return extraction(List.of(), actors);
  }

  static Extraction extraction(List<Ceasefire> ceasefires, Actor... actors) {
    Extraction.Builder b = new Extraction.Builder();
    b.article(new Article.Builder().text("").build()).addActors(actors).addAllCeasefires(ceasefires);
    return b.build();
  }
}
