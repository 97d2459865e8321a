package io.github.newsevents.model;

import static io.github.newsevents.model.ValueAssertions.assertEqualExactlyWhenAttributesAre;
import static io.github.newsevents.model.ValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeetingTest {

  @Test
  void theReadmeMeetingBuilds() {
    Meeting meeting =
        new Meeting.Builder()
            .addParticipants("steve-witkoff", "yuri-ushakov")
            .location(Place.of("St. Petersburg", "RUS"))
            .date(PartialDate.parse("2025-04-11"))
            .kind(MeetingKind.IN_PERSON)
            .status(MeetingStatus.HELD)
            .addTopic("war in Ukraine")
            .build();

    assertThat(meeting.participants()).containsExactly("steve-witkoff", "yuri-ushakov");
    assertThat(meeting.host()).isEmpty();
    assertThat(meeting.evidence()).isEmpty();
  }

  @Test
  void fewerThanTwoParticipantsIsForValidationToJudge() {
    assertThat(builder().build().participants()).isEmpty();
    assertThat(builder().addParticipant("steve-witkoff").build().participants()).hasSize(1);
  }

  @Test
  void aParticipantListedTwiceIsRefused() {
    assertRefused(
            () ->
                builder().addParticipants("steve-witkoff", "yuri-ushakov", "steve-witkoff").build(),
            "Meeting.participants")
        .hasMessageContaining("'steve-witkoff'");
  }

  @BlankStringTest
  void aBlankParticipantIsRefused(String blank) {
    assertRefused(
        () -> builder().addParticipants("steve-witkoff", blank).build(), "Meeting.participants");
  }

  @BlankStringTest
  void aBlankTopicIsRefused(String blank) {
    assertRefused(() -> builder().addTopic(blank).build(), "Meeting.topics");
  }

  @BlankStringTest
  void aBlankHostIsRefused(String blank) {
    assertRefused(() -> builder().host(blank).build(), "Meeting.host");
  }

  @Test
  void equalExactlyWhenAttributesAre() {
    assertEqualExactlyWhenAttributesAre(
        Meeting.class,
        changed ->
            new Meeting.Builder()
                .addParticipants(
                    "steve-witkoff",
                    changed.equals("participants") ? "kirill-dmitriev" : "yuri-ushakov")
                .location(
                    changed.equals("location")
                        ? Place.of("Moscow", "RUS")
                        : Place.of("St. Petersburg", "RUS"))
                .date(
                    changed.equals("date")
                        ? PartialDate.parse("2025-04")
                        : PartialDate.parse("2025-04-11"))
                .kind(changed.equals("kind") ? MeetingKind.TALKS : MeetingKind.IN_PERSON)
                .status(changed.equals("status") ? MeetingStatus.PLANNED : MeetingStatus.HELD)
                .host(changed.equals("host") ? "steve-witkoff" : "yuri-ushakov")
                .addTopic(changed.equals("topics") ? "sanctions" : "war in Ukraine")
                .addEvidence(changed.equals("evidence") ? Span.of(0, 40) : Span.of(0, 41))
                .build());
  }

  private static Meeting.Builder builder() {
    return new Meeting.Builder().kind(MeetingKind.PHONE_CALL).status(MeetingStatus.HELD);
  }
}
