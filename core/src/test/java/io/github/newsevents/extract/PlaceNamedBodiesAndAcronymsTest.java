package io.github.newsevents.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Extraction;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two habits of news English in naming bodies and movements. A movement or force is often named
 * after the region it comes from ("the Cabo Delgado Liberation Movement", "the Upper Nile Democratic
 * Front"): the place's words belong to the name, and the region's state is not thereby one of its
 * institutions. And a name is often followed by its acronym in brackets, which then stands for it
 * for the rest of the article, before any body elsewhere that goes by the same letters.
 */
class PlaceNamedBodiesAndAcronymsTest {
  private static Extraction extract(String... paragraphs) {
    return Extractor.defaults().extract(NewsEvents.parseArticle(News.article("2026-05-13", paragraphs)));
  }

  private static List<String> names(Extraction x) {
    return x.actors().stream().map(Actor::name).collect(Collectors.toList());
  }

  private static Actor actor(Extraction x, String name) {
    return x.actors().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void aGazetteerPlaceBeforeAMovementsNameIsPartOfItAndTheMovementAParty() {
    Extraction x = extract("Mozambique and the Cabo Delgado Liberation Movement agreed to a truce on Monday.");

    assertThat(names(x)).contains("Cabo Delgado Liberation Movement").doesNotContain("Liberation Movement");
    assertThat(x.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).containsExactlyInAnyOrder("mozambique", "cabo-delgado-liberation-movement"));
  }

  @Test
  void anUnknownPlaceAndItsDirectionWordBeforeAMovementsNameArePartOfIt() {
    Extraction x = extract("Kenya's government and the Upper Nile Democratic Front agreed to a truce on Monday.",
        "Officials said the Lakeland Salvation Movement had rejected a truce with Uganda.");

    assertThat(names(x)).contains("Upper Nile Democratic Front", "Lakeland Salvation Movement")
        .doesNotContain("Democratic Front", "Nile Democratic Front", "Salvation Movement", "Lakeland");
  }

  @Test
  void aForceIsABodysHeadWordLikeForces() {
    Extraction x = extract("Sudan's army and the Darfur Joint Protection Force agreed to a truce on Monday.");

    assertThat(names(x)).contains("Darfur Joint Protection Force").doesNotContain("Joint Protection");
    assertThat(x.actors()).noneMatch(a -> a.name().equals("Joint Protection"));
    assertThat(x.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).contains("darfur-joint-protection-force"));
  }

  @Test
  void aForceNamedAfterACapitalIsNoInstitutionOfTheStateNorAMentionOfIt() {
    Extraction x = extract(
        "The Tripoli Rescue Force and the Desert Lions Brigade agreed to a truce on Monday after two days of clashes.");

    assertThat(names(x)).contains("Tripoli Rescue Force", "Desert Lions Brigade").doesNotContain("Libya");
    assertThat(x.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).containsExactlyInAnyOrder("tripoli-rescue-force", "desert-lions-brigade"));
  }

  @Test
  void aStatesNameBeforeAnInstitutionStillMakesItTheStates() {
    Extraction x = extract("The Gaza Health Ministry said on Monday that the Kenya Defence Forces had left.");

    assertThat(names(x)).contains("Gaza Health Ministry", "Kenya Defence Forces");
  }

  @Test
  void anAcronymDefinedInBracketsStandsForTheNameBeforeAGazetteerBodyOfTheSameLetters() {
    // "KPA" is also the gazetteer's alias of a body elsewhere
    Extraction x = extract(
        "A truce between Congo and the Kivu Patriotic Alliance (KPA) held on Thursday.",
        "The KPA said on Friday it would respect the truce.");

    assertThat(names(x)).contains("Kivu Patriotic Alliance").doesNotContain("Korean People's Army");
    assertThat(actor(x, "Kivu Patriotic Alliance").aliases()).contains("KPA");
  }

  @Test
  void theNounOfInsurgencyAfterTheBracketsIsTheGroupsOwn() {
    Extraction x = extract("A truce between the army and Kivu Patriotic Alliance (KPA) rebels held on Thursday.");

    assertThat(names(x)).contains("Kivu Patriotic Alliance").doesNotContain("rebels");
  }

  @Test
  void lettersThatAreNotTheNamesInitialsDefineNothing() {
    Extraction x = extract(
        "A truce between Congo and the Kivu Patriotic Alliance (ZX) held on Thursday.",
        "The KPA said on Friday it would respect the truce.");

    assertThat(actor(x, "Kivu Patriotic Alliance").aliases()).doesNotContain("ZX", "KPA");
  }

  @Test
  void theGazetteersOwnAcronymInBracketsStaysAMentionAsBefore() {
    Extraction x = extract(
        "Envoys urged the Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF) to agree to a truce.");

    assertThat(names(x)).contains("Sudanese Armed Forces", "Rapid Support Forces");
    assertThat(actor(x, "Rapid Support Forces").aliases()).contains("RSF");
  }

  @Test
  void theOppositionsHyphenatedAcronymIsTheOppositionNotTheArmyItsPrefixNames() {
    Extraction x = extract("The SPLA shelled SPLA-IO positions near Yei on Monday, breaking the ceasefire.");

    assertThat(x.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).containsExactlyInAnyOrder("sudan-peoples-liberation-army", "splm-io"));
  }
}
