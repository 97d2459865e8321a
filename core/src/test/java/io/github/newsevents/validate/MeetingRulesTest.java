package io.github.newsevents.validate;

import static io.github.newsevents.validate.Fixture.standard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.PartialDate;
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

  @Test
  void aMeetingOfOneIsAnError() {
    Fixture f = new Fixture();
    f.meetings.add(held(MeetingKind.IN_PERSON, "vladimir-putin"));

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(tuple("meeting.participants.too-few", "meetings[1].participants", Severity.ERROR));
    assertThat(standard(f.build()).get(0).message())
        .startsWith("a meeting needs at least two distinct participants, got 1 (vladimir-putin)");
  }

  @Test
  void aMeetingOfNoneIsAnError() {
    Fixture f = new Fixture();
    f.meetings.add(held(MeetingKind.TALKS));

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("meeting.participants.too-few", "meetings[1].participants"));
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
