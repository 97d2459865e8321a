package io.github.newsevents.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.newsevents.model.Actor;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.CeasefireScope;
import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.Statement;
import io.github.newsevents.model.StatementKind;
import org.junit.jupiter.api.Test;

class EvidenceRulesTest {

  private static Fixture withoutEvidence() {
    Fixture f = new Fixture();
    f.actors.add(new Actor.Builder().id("kremlin").name("Kremlin").kind(ActorKind.ORGANIZATION).build());
    f.statements.add(new Statement.Builder()
        .speaker("kremlin")
        .text("no comment")
        .kind(StatementKind.INDIRECT)
        .build());
    f.meetings.add(new Meeting.Builder()
        .addParticipants("kremlin", "united-states")
        .kind(MeetingKind.TALKS)
        .status(MeetingStatus.POSSIBLE)
        .build());
    f.ceasefires.add(new Ceasefire.Builder()
        .addParty("ukraine")
        .scope(CeasefireScope.FULL)
        .status(CeasefireStatus.PROPOSED)
        .build());
    return f;
  }

  @Test
  void strictRequiresEvidenceForEveryItem() {
    assertThat(Fixture.STRICT.validate(withoutEvidence().build()).violations())
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(
            tuple("evidence.missing", "actors[6].mentions", Severity.ERROR),
            tuple("evidence.missing", "statements[2].span", Severity.ERROR),
            tuple("evidence.missing", "meetings[1].evidence", Severity.ERROR),
            tuple("evidence.missing", "ceasefires[1].evidence", Severity.ERROR));
  }

  @Test
  void standardDoesNotRequireEvidence() {
    assertThat(Fixture.standard(withoutEvidence().build())).isEmpty();
  }

  @Test
  void itemsWithEvidenceSatisfyStrict() {
    assertThat(Fixture.STRICT.validate(Fixture.valid()).violations()).isEmpty();
  }
}
