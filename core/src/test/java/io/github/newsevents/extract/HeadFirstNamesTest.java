package io.github.newsevents.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Extraction;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Names whose head word comes first: English bodies named with "of" or "for" ("the Movement for
 * Democratic Change", "the Front for the Liberation of X") and the Spanish, Portuguese and French
 * names news in English keeps as they are ("the Frente Popular del X", "the Forces démocratiques de
 * libération du Y"); and a title whose complement is capitalised ("High Commissioner for Peace")
 * before a person's name.
 */
class HeadFirstNamesTest {
  private static Extraction extract(String... paragraphs) {
    return Extractor.defaults().extract(NewsEvents.parseArticle(News.article("2026-05-13", paragraphs)));
  }

  private static List<String> names(Extraction x) {
    return x.actors().stream().map(Actor::name).collect(Collectors.toList());
  }

  @Test
  void anEnglishHeadBeforeForOrOfOpensAMovementsName() {
    Extraction x = extract("Angola and the Front for the Liberation of the Northern Enclave agreed to a truce on Monday.");

    assertThat(names(x)).contains("Front for the Liberation of the Northern Enclave");
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.parties())
        .containsExactlyInAnyOrder("angola", "front-for-the-liberation-of-the-northern-enclave"));
    assertThat(x.actor("front-for-the-liberation-of-the-northern-enclave"))
        .hasValueSatisfying(a -> assertThat(a.kind()).isEqualTo(ActorKind.GROUP));
  }

  @Test
  void aSpanishNameWithItsAcronymIsAGroupAndAParty() {
    Extraction x = extract(
        "Colombia and the Frente Popular del Valle Alto (FPVA) agreed on Monday to extend their ceasefire.",
        "The FPVA said its units would keep to their camps.");

    assertThat(names(x)).contains("Frente Popular del Valle Alto");
    assertThat(x.actor("frente-popular-del-valle-alto")).hasValueSatisfying(a -> {
      assertThat(a.kind()).isEqualTo(ActorKind.GROUP);
      assertThat(a.aliases()).contains("FPVA");
    });
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.parties())
        .containsExactlyInAnyOrder("colombia", "frente-popular-del-valle-alto"));
  }

  @Test
  void aFrenchNameKeepsItsLowerCaseWordsAndElidedArticle() {
    Extraction x = extract("Mali and the Front de libération de l'Adrar agreed to a truce on Monday.");

    assertThat(names(x)).contains("Front de libération de l'Adrar");
  }

  @Test
  void aStatesOfficialNameStaysTheState() {
    Extraction x = extract("The Union of Comoros and France met in Paris on Monday.");

    assertThat(names(x)).contains("Comoros", "France").doesNotContain("Union of Comoros");
  }

  @Test
  void anEnglishHeadWithoutOfOrForOpensNothing() {
    Extraction x = extract("US Forces Japan said on Monday that the drill had ended.");

    assertThat(names(x)).doesNotContain("Forces Japan");
  }

  @Test
  void aMechanismIsABodyNotAPerson() {
    Extraction x = extract("The Joint Verification Mechanism recorded nine incidents on Monday.");

    assertThat(x.actors()).noneMatch(a -> a.kind() == ActorKind.PERSON);
  }

  @Test
  void aCapitalisedComplementOfATitleIsNoPartOfThePersonsName() {
    Extraction x = extract(
        "High Commissioner for Peace Orlando Vidal said the talks had gone well.",
        "Special Representative for Reconciliation Maria Okafor said the same on Tuesday.");

    assertThat(names(x)).contains("Orlando Vidal", "Maria Okafor")
        .doesNotContain("Peace Orlando Vidal", "Reconciliation Maria Okafor");
  }
}
