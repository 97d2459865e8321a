package io.github.newsevents.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.PartyRole;
import org.junit.jupiter.api.Test;

/**
 * A proposal's owner named before the noun ("a Thai proposal for a truce", "Chile's offer of a
 * ceasefire") proposes the truce; a side answering it answers the truce. The owner is the other
 * side when nothing else names one ("Peru rejected Chile's offer"), and a go-between when the truce
 * it proposes is "with" someone else. Also: a movement or army the article names, of no state, is a
 * group.
 */
class ProposalOwnersTest {
  private static Extraction extract(String... paragraphs) {
    return Extractor.defaults().extract(NewsEvents.parseArticle(News.article("2026-05-13", paragraphs)));
  }

  @Test
  void anAdjectiveOfAStateBeforeAProposalForATruceWithOthersMakesItAProposerNotAParty() {
    Extraction x = extract("Hamas accepted an Egyptian proposal for a truce with Israel on Monday.");

    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.parties()).containsExactlyInAnyOrder("hamas", "israel");
      assertThat(c.roles()).containsEntry("egypt", PartyRole.PROPOSING);
    });
  }

  @Test
  void aPossessorBeforeTheProposalIsItsProposerAndTheOtherSideWhenNoneElseIsNamed() {
    Extraction x = extract("Chile rejected Bolivia's proposal for a truce on Monday.");

    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.parties()).containsExactlyInAnyOrder("chile", "bolivia");
      assertThat(c.roles()).containsEntry("bolivia", PartyRole.PROPOSING);
      assertThat(c.status()).isEqualTo(CeasefireStatus.REJECTED);
    });
  }

  @Test
  void turningDownAProposalForATruceRejectsTheTruce() {
    Extraction x = extract(
        "The Arakan Hills Front turned down a Thai proposal for a ten-day truce with the army on Monday.");

    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.status()).isEqualTo(CeasefireStatus.REJECTED);
      assertThat(c.parties()).contains("arakan-hills-front").doesNotContain("thailand");
      assertThat(c.roles()).containsEntry("thailand", PartyRole.PROPOSING);
    });
  }

  @Test
  void aNegatedRefusalOfTheProposalRejectsNothing() {
    Extraction x = extract("The rebels did not reject a proposal for a ceasefire with the army on Monday.");

    assertThat(x.ceasefires()).allSatisfy(c -> assertThat(c.status()).isNotEqualTo(CeasefireStatus.REJECTED));
  }

  @Test
  void aMovementOrArmyOfNoStateIsAGroupAndAStatesArmyIsNot() {
    Extraction x = extract("The Lakeland Salvation Movement said on Monday that the Kenya Army had shelled its camps.");

    assertThat(x.actors()).anySatisfy(a -> {
      assertThat(a.name()).isEqualTo("Lakeland Salvation Movement");
      assertThat(a.kind()).isEqualTo(ActorKind.GROUP);
    });
    // the state's army stands for the state
    assertThat(x.actors()).anySatisfy(a -> {
      assertThat(a.name()).isEqualTo("Kenya");
      assertThat(a.kind()).isEqualTo(ActorKind.STATE);
    });
    assertThat(x.actors()).noneMatch(a -> a.name().contains("Army") && a.kind() == ActorKind.GROUP);
  }
}
