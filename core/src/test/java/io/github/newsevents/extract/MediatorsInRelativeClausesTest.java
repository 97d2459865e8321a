package io.github.newsevents.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.PartyRole;
import org.junit.jupiter.api.Test;

/**
 * A go-between described by a relative clause before its own verb ("Malaysia, which has mediated
 * between Manila and the rebels, proposed a truce"): the sides named inside the clause are those it
 * mediates between, not go-betweens, and the verb after the clause's closing comma is the
 * antecedent's, not theirs.
 */
class MediatorsInRelativeClausesTest {
  private static Extraction extract(String... paragraphs) {
    return Extractor.defaults().extract(NewsEvents.parseArticle(News.article("2026-05-13", paragraphs)));
  }

  @Test
  void theSidesInsideTheMediatorsRelativeClauseAreTheTrucesParties() {
    Extraction x = extract("Norway, which has mediated between Lima and the rebels, proposed a 20-day ceasefire on Monday.");

    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.parties()).containsExactlyInAnyOrder("peru", "rebels");
      assertThat(c.roles()).containsEntry("norway", PartyRole.MEDIATING);
      assertThat(c.status()).isEqualTo(CeasefireStatus.PROPOSED);
    });
  }

  @Test
  void anAdverbialInsideTheRelativeClauseDoesNotMakeItsLastNameTheSubject() {
    Extraction x = extract(
        "On Monday, Norway, which has facilitated contacts between Lima and the rebels since May, proposed a truce.");

    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.parties()).containsExactlyInAnyOrder("peru", "rebels");
      assertThat(c.parties()).doesNotContain("norway");
    });
  }

  @Test
  void aRelativeClauseAfterTheSubjectLeavesTheSubjectItsVerb() {
    Extraction x = extract("Peru and the rebels, who have fought since May, agreed to a truce on Monday.");

    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.parties()).containsExactlyInAnyOrder("peru", "rebels");
      assertThat(c.status()).isEqualTo(CeasefireStatus.AGREED);
    });
  }

  @Test
  void aGoBetweenTheArticleShowsMediatingIsNoOtherSideOfATruceWithOneNamedParty() {
    Extraction x = extract(
        "Malaysia, which has mediated between Manila and the Sulu Freedom Command for years, hosted talks on Friday.",
        "A 45-day ceasefire between government forces and the Sulu Freedom Command expired on Sunday.");

    assertThat(x.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).containsExactlyInAnyOrder("philippines", "sulu-freedom-command"));
  }

  @Test
  void aForceNamedForACauseIsAGroup() {
    Extraction x = extract("The Sulu Freedom Command and the Revolutionary Armed Forces said so on Monday.");

    assertThat(x.actors()).filteredOn(a -> a.name().equals("Sulu Freedom Command") || a.name().equals("Revolutionary Armed Forces"))
        .hasSize(2).allSatisfy(a -> assertThat(a.kind()).isEqualTo(io.github.newsevents.model.ActorKind.GROUP));
  }

  @Test
  void aStateWhoseEffortsToBrokerTheArticlePraisesIsNoOtherSide() {
    // pattern: X's efforts (attempts, bid) to broker / mediate: X mediates
    Extraction x = extract(
        "Kenya's efforts to broker peace have won praise in Congo.",
        "The Mapinduzi Front agreed to a truce on Friday.");

    assertThat(x.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).contains("mapinduzi-front").doesNotContain("kenya"));
  }

  @Test
  void theSidesOfTalksMediatedByAnotherAreNoGoBetweens() {
    // pattern: "A and B, mediated by C": the passive's agent after "by" mediates, A and B are mediated
    Extraction x = extract(
        "Talks between Peru and the Sendero Rojo rebels, mediated by Norway, resumed on Monday.",
        "The sides agreed to a truce on Friday.");

    assertThat(x.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).containsExactlyInAnyOrder("peru", "sendero-rojo"));
  }

  @Test
  void aGoBetweenTheArticleShowsMediatingIsNotTheOtherSideOfALonePartysTruce() {
    Extraction x = extract(
        "Malaysia mediated talks with the Sulu Freedom Command on Friday.",
        "Malaysia brokered the meeting in Kuala Lumpur.",
        "The Sulu Freedom Command agreed to a truce on Sunday.");

    assertThat(x.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).containsExactly("sulu-freedom-command"));
  }
}
