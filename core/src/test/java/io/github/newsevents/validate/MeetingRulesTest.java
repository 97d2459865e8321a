package io.github.newsevents.validate;

import static io.github.newsevents.validate.Fixture.standard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.newsevents.model.Actor;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.PartialDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MeetingRulesTest {

  private static Meeting held(MeetingKind kind, String... participants) {
    return Fixture.meeting(participants).kind(kind).status(MeetingStatus.HELD).build();
  }

  private static Meeting on(String date, MeetingStatus status) {
    return Fixture.meeting("vladimir-putin", "steve-witkoff")
        .kind(MeetingKind.IN_PERSON)
        .status(status)
        .date(PartialDate.parse(date))
        .build();
  }

  /**
   * The fixture with one more actor, {@code id} of {@code kind}, mentioned where the fixture's text
   * names it (nowhere for a name the text lacks: standard does not require mentions).
   */
  private static Fixture withActor(String id, String name, ActorKind kind) {
    Actor.Builder actor = new Actor.Builder().id(id).name(name).kind(kind);
    if (Fixture.TEXT.contains(name)) {
      actor.addMention(Fixture.span(name));
    }
    Fixture f = new Fixture();
    f.actors.add(actor.build());
    return f;
  }

  @Test
  void aMeetingOfOnePersonIsAnError() {
    Fixture f = new Fixture();
    f.meetings.add(held(MeetingKind.IN_PERSON, "vladimir-putin"));

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(tuple("meeting.participants.too-few", "meetings[1].participants", Severity.ERROR));
    assertThat(standard(f.build()).get(0).message())
        .isEqualTo("a meeting needs at least two distinct participants, or one ORGANIZATION or GROUP meeting"
            + " among its own members; got only vladimir-putin, a PERSON; add the other side (an actor for a"
            + " state or body is fine when no person is named)");
  }

  @Test
  void aMeetingOfOneStateIsAnError() {
    Fixture f = new Fixture();
    f.meetings.add(held(MeetingKind.TALKS, "ukraine"));

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(tuple("meeting.participants.too-few", "meetings[1].participants", Severity.ERROR));
    assertThat(standard(f.build()).get(0).message()).contains("; got only ukraine, a STATE; ");
  }

  @Test
  void aMeetingOfNoneIsAnError() {
    Fixture f = new Fixture();
    f.meetings.add(held(MeetingKind.TALKS));

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(tuple("meeting.participants.too-few", "meetings[1].participants", Severity.ERROR));
    assertThat(standard(f.build()).get(0).message()).contains("; got none; ");
  }

  @Test
  void aMeetingOfOneOrganizationAmongItsMembersIsFine() {
    // "the G7 summit", "EU leaders met in Brussels": the body's own meeting, as the extractor records it
    Fixture f = withActor("g7", "G7", ActorKind.ORGANIZATION);
    f.meetings.add(held(MeetingKind.IN_PERSON, "g7"));

    assertThat(standard(f.build())).isEmpty();
  }

  @Test
  void aMeetingOfOneGroupAmongItsMembersIsFine() {
    // "the ASEAN foreign ministers met"
    Fixture f = withActor("asean-foreign-ministers", "ASEAN foreign ministers", ActorKind.GROUP);
    f.meetings.add(held(MeetingKind.TALKS, "asean-foreign-ministers"));

    assertThat(standard(f.build())).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(ActorKind.class)
  void onlyACollectiveActorMayMeetAlone(ActorKind kind) {
    Fixture f = withActor("kremlin", "Kremlin", kind);
    f.meetings.add(held(MeetingKind.IN_PERSON, "kremlin"));

    boolean collective = kind == ActorKind.ORGANIZATION || kind == ActorKind.GROUP;
    List<String> expected = collective ? List.of() : List.of("meeting.participants.too-few");
    assertThat(standard(f.build())).extracting(Violation::code).isEqualTo(expected);
    // strict (every rule an ERROR, evidence required) draws the same line
    assertThat(Fixture.STRICT.validate(f.build()).violations()).extracting(Violation::code).isEqualTo(expected);
  }

  @Test
  void aLoneParticipantWithNoActorIsTooFewAndUnknown() {
    Fixture f = new Fixture();
    f.meetings.add(held(MeetingKind.IN_PERSON, "g7"));

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path)
        .containsExactly(
            tuple("reference.actor.unknown", "meetings[1].participants[0]"),
            tuple("meeting.participants.too-few", "meetings[1].participants"));
    assertThat(standard(f.build()).get(1).message()).contains("; got only g7, which is no actor; ");
  }

  @Test
  void aCollectiveActorWithAnotherParticipantIsFineToo() {
    Fixture f = withActor("g7", "G7", ActorKind.ORGANIZATION);
    f.meetings.add(held(MeetingKind.IN_PERSON, "g7", "ukraine"));

    assertThat(standard(f.build())).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(MeetingKind.class)
  void aMeetingOfTwoIsFine(MeetingKind kind) {
    Fixture f = new Fixture();
    f.meetings.add(held(kind, "vladimir-putin", "donald-trump"));

    assertThat(standard(f.build())).isEmpty();
  }

  @Test
  void aPhoneCallOfThreeIsAWarning() {
    Fixture f = new Fixture();
    f.meetings.add(held(MeetingKind.PHONE_CALL, "donald-trump", "vladimir-putin", "steve-witkoff"));

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(tuple("meeting.phone-call.too-many", "meetings[1].participants", Severity.WARNING));
    assertThat(Fixture.STANDARD.validate(f.build()).isValid()).isTrue();
  }

  @Test
  void talksOfThreeAreFine() {
    Fixture f = new Fixture();
    f.meetings.add(held(MeetingKind.TALKS, "donald-trump", "vladimir-putin", "steve-witkoff"));

    assertThat(standard(f.build())).isEmpty();
  }

  @Test
  void aHeldMeetingAfterPublicationIsAnError() {
    Fixture f = new Fixture();
    f.meetings.add(on("2025-04-13", MeetingStatus.HELD));

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(tuple("meeting.date.after-publication", "meetings[1].date", Severity.ERROR));
    assertThat(standard(f.build()).get(0).message())
        .startsWith("the HELD meeting's date 2025-04-13 is after the article's publication date 2025-04-12;");
  }

  @ParameterizedTest(name = "{1} on {0}")
  @CsvSource({
      "2025-04-12, HELD",
      "2025-04, HELD", // may be early April
      "2025, HELD",
      "2025-04-13, PLANNED",
      "2025-05, POSSIBLE",
      "2025-06-01, CANCELLED",
  })
  void meetingsThatMayBeRightAreFine(String date, MeetingStatus status) {
    Fixture f = new Fixture();
    f.meetings.add(on(date, status));

    assertThat(standard(f.build())).isEmpty();
  }

  @Test
  void aHeldMeetingInALaterMonthIsAnError() {
    Fixture f = new Fixture();
    f.meetings.add(on("2025-05", MeetingStatus.HELD));

    assertThat(standard(f.build())).extracting(Violation::code).containsExactly("meeting.date.after-publication");
  }

  @Test
  void withoutAPublicationDateNoMeetingIsAfterIt() {
    Fixture f = new Fixture();
    f.published = Optional.empty();
    f.meetings.add(on("2025-05", MeetingStatus.HELD));

    assertThat(standard(f.build())).isEmpty();
  }
}
