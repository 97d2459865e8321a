package io.github.newsevents.examples;

import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.CeasefireScope;
import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.Place;
import java.time.Period;

/** Builds a {@link Meeting} and a {@link Ceasefire} by hand; the README shows the same code. */
public final class BuildRecordsByHand {
  private BuildRecordsByHand() {}

  public static void main(String[] args) {
    // README:begin
    Meeting meeting = new Meeting.Builder()
        .addParticipants("steve-witkoff", "yuri-ushakov")
        .location(Place.of("St. Petersburg", "RUS"))
        .date(PartialDate.parse("2025-04-11"))
        .kind(MeetingKind.IN_PERSON)
        .status(MeetingStatus.HELD)
        .addTopic("war in Ukraine")
        .build();

    Ceasefire ceasefire = new Ceasefire.Builder()
        .addParties("united-states", "ukraine")
        .scope(CeasefireScope.FULL)
        .duration(Period.ofDays(30))
        .date(PartialDate.parse("2025-03"))
        .status(CeasefireStatus.AGREED)
        .build();
    // README:end

    System.out.println(meeting);
    System.out.println(ceasefire);
  }
}
