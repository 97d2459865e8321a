package io.github.newsevents.model;

import static io.github.newsevents.model.ValueAssertions.assertEqualExactlyWhenAttributesAre;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtractionTest {
  private static final Actor PESKOV =
      new Actor.Builder().id("dmitry-peskov").name("Dmitry Peskov").kind(ActorKind.PERSON).build();
  private static final Actor KREMLIN =
      new Actor.Builder().id("kremlin").name("Kremlin").kind(ActorKind.ORGANIZATION).build();

  @Test
  void actorFindsAnActorById() {
    Extraction e = builder().addActors(PESKOV, KREMLIN).build();

    assertThat(e.actor("kremlin")).contains(KREMLIN);
    assertThat(e.actor("dmitry-peskov")).contains(PESKOV);
    assertThat(e.actor("vladimir-putin")).isEmpty();
  }

  @Test
  void anUnknownReferenceIsForValidationToJudge() {
    Extraction e =
        builder()
            .addStatement(
                new Statement.Builder()
                    .speaker("nobody")
                    .text("No.")
                    .kind(StatementKind.DIRECT)
                    .build())
            .build();

    assertThat(e.actor("nobody")).isEmpty();
    assertThat(e.statements()).hasSize(1);
  }

  @Test
  void equalExactlyWhenAttributesAre() {
    assertEqualExactlyWhenAttributesAre(
        Extraction.class,
        changed ->
            new Extraction.Builder()
                .article(
                    new Article.Builder()
                        .text(changed.equals("article") ? "Peskov spoke." : "Peskov said.")
                        .build())
                .addActor(changed.equals("actors") ? KREMLIN : PESKOV)
                .addStatement(
                    new Statement.Builder()
                        .speaker("dmitry-peskov")
                        .text(changed.equals("statements") ? "no" : "yes")
                        .kind(StatementKind.INDIRECT)
                        .build())
                .addMeeting(
                    new Meeting.Builder()
                        .addParticipant("dmitry-peskov")
                        .kind(MeetingKind.PHONE_CALL)
                        .status(
                            changed.equals("meetings") ? MeetingStatus.PLANNED : MeetingStatus.HELD)
                        .build())
                .addCeasefire(
                    new Ceasefire.Builder()
                        .addParty("kremlin")
                        .scope(CeasefireScope.FULL)
                        .status(
                            changed.equals("ceasefires")
                                ? CeasefireStatus.REJECTED
                                : CeasefireStatus.PROPOSED)
                        .build())
                .addDiagnostic(
                    Diagnostic.of(
                        changed.equals("diagnostics") ? "actor.ambiguous" : "actor.unknown",
                        "who?"))
                .build());
  }

  private static Extraction.Builder builder() {
    return new Extraction.Builder().article(new Article.Builder().text("Peskov said.").build());
  }
}
