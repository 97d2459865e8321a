package io.github.newsevents.validate;

import io.github.newsevents.model.Actor;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.PartialDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Rules about meetings: enough participants (two, or one body meeting among its members), two on a
 * phone line, held before publication.
 */
final class MeetingRules {
  private MeetingRules() {}

  static final Rule PARTICIPANTS_TOO_FEW = Rule.of(
      "meeting.participants.too-few",
      Severity.ERROR,
      "Every meeting has at least two distinct participants, or exactly one that is a collective"
          + " actor (an ORGANIZATION or GROUP of the extraction) meeting among its own members, as"
          + " at a summit of a body; no participant, or a single PERSON or STATE, is too few.",
      MeetingRules::participantsTooFew);

  static final Rule PHONE_CALL_TOO_MANY = Rule.of(
      "meeting.phone-call.too-many",
      Severity.WARNING,
      "A PHONE_CALL has no more than two participants, the parties on the line (three or more"
          + " is a conference call, or several calls recorded as one, hence a warning).",
      MeetingRules::phoneCallTooMany);

  static final Rule DATE_AFTER_PUBLICATION = Rule.of(
      "meeting.date.after-publication",
      Severity.ERROR,
      "No HELD meeting is dated after the article's publication date (PLANNED, POSSIBLE and"
          + " CANCELLED meetings may be; skipped when the article has no publication date, or one"
          + " that date.out-of-range rejects).",
      MeetingRules::dateAfterPublication);

  private static void participantsTooFew(Extraction extraction, Rule.Context context) {
    List<Meeting> meetings = extraction.meetings();
    for (int i = 0; i < meetings.size(); i++) {
      List<String> participants = meetings.get(i).participants();
      // Meeting's invariant already makes the ids distinct
      if (participants.size() >= 2) {
        continue;
      }
      Optional<ActorKind> kind = participants.isEmpty()
          ? Optional.empty()
          : extraction.actor(participants.get(0)).map(Actor::kind);
      if (kind.isPresent() && isCollective(kind.get())) {
        continue; // a body meeting among its own members
      }
      String got = participants.isEmpty()
          ? "got none"
          : "got only " + participants.get(0)
              + kind.map(k -> ", a " + k).orElse(", which is no actor");
      context.report(
          "meetings[" + i + "].participants",
          "a meeting needs at least two distinct participants, or one ORGANIZATION or GROUP"
              + " meeting among its own members; " + got + "; add the other side (an actor for a"
              + " state or body is fine when no person is named)");
    }
  }

  /**
   * Whether an actor of {@code kind} can meet on its own: an ORGANIZATION or GROUP, whose members
   * are the meeting's parties (the G7 summit, EU leaders meeting in Brussels); a PERSON or a STATE
   * cannot.
   */
  private static boolean isCollective(ActorKind kind) {
    return kind == ActorKind.ORGANIZATION || kind == ActorKind.GROUP;
  }

  private static void phoneCallTooMany(Extraction extraction, Rule.Context context) {
    List<Meeting> meetings = extraction.meetings();
    for (int i = 0; i < meetings.size(); i++) {
      Meeting meeting = meetings.get(i);
      if (meeting.kind() == MeetingKind.PHONE_CALL && meeting.participants().size() > 2) {
        context.report(
            "meetings[" + i + "].participants",
            "a phone call has two parties on the line, got " + meeting.participants().size()
                + " " + meeting.participants()
                + "; record separate calls as separate meetings, or a conference call as TALKS"
                + " or VIDEO_CALL");
      }
    }
  }

  private static void dateAfterPublication(Extraction extraction, Rule.Context context) {
    Optional<PartialDate> published = Dates.publication(extraction, context);
    if (published.isEmpty()) {
      return;
    }
    LocalDate last = published.get().lastDay();
    List<Meeting> meetings = extraction.meetings();
    for (int i = 0; i < meetings.size(); i++) {
      Meeting meeting = meetings.get(i);
      Optional<PartialDate> date = meeting.date();
      if (meeting.status() == MeetingStatus.HELD
          && date.isPresent()
          && date.get().firstDay().isAfter(last)) {
        context.report(
            "meetings[" + i + "].date",
            Dates.afterPublication("the HELD meeting's date", date.get(), published.get())
                + "; a meeting still to come is PLANNED (or the date was resolved to the wrong"
                + " week or year)");
      }
    }
  }
}
