package io.github.newsevents.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Two references news English leaves to the reader. A name before a lower-case noun of a group
 * ("the Ansar al-Hadi movement", "the Nuba group") is a group's, and the bare name later is the same
 * group. And "government forces", "the army" or "troops" with no state named are the forces of the
 * state the article is about: the country most of its states, bodies, groups and places are of.
 */
class ImpliedStatesAndGroupNamesTest {
  private static Extraction extract(String... paragraphs) {
    return Extractor.defaults().extract(NewsEvents.parseArticle(News.article("2026-05-13", paragraphs)));
  }

  @Test
  void aNameBeforeALowerCaseNounOfAGroupIsAGroupAndSoIsItsBareNameLater() {
    Extraction x = extract(
        "Yemen's government and the Ansar al-Hadi movement agreed to a truce on Monday.",
        "A week later Ansar al-Hadi accused the army of shelling its positions.");

    assertThat(x.actors()).filteredOn(a -> a.name().equals("Ansar al-Hadi")).singleElement()
        .satisfies(a -> assertThat(a.kind()).isEqualTo(ActorKind.GROUP));
    assertThat(x.actors()).noneMatch(a -> a.kind() == ActorKind.PERSON);
    assertThat(x.ceasefires()).first().satisfies(c ->
        assertThat(c.parties()).containsExactlyInAnyOrder("yemen", "ansar-al-hadi"));
  }

  @Test
  void governmentForcesWithNoStateNamedAreTheArticlesHomeStates() {
    // the article never names the Philippines: its bodies, groups and places are all Philippine
    Extraction x = extract(
        "Malacañang said on Friday that talks with the Moro National Liberation Front would resume in Zamboanga.",
        "A 45-day ceasefire between government forces and the Moro National Liberation Front expired on Sunday.");

    assertThat(x.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).containsExactlyInAnyOrder("philippines", "moro-national-liberation-front"));
  }

  @Test
  void aStatesOwnArmyIsNoHomeStatesGuess() {
    Extraction x = extract(
        "Malacañang said on Friday that talks with the Moro National Liberation Front would resume in Zamboanga.",
        "A truce between Malaysia's army and the Moro National Liberation Front expired on Sunday.");

    assertThat(x.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).contains("malaysia").doesNotContain("philippines"));
  }

  @Test
  void withoutEvidenceOfOneCountryNoStateIsGuessed() {
    Extraction x = extract("A ceasefire between government forces and the Sulu Freedom Command expired on Sunday.");

    assertThat(x.actors()).noneMatch(a -> a.kind() == ActorKind.STATE);
  }

  @Test
  void oneOrTwoPiecesOfEvidenceMakeNoHome() {
    // one place of the Philippines and one group of it: below the three pieces a home needs
    Extraction x = extract(
        "The Moro National Liberation Front said so in Zamboanga on Friday.",
        "A ceasefire between government forces and the Sulu Freedom Command expired on Sunday.");

    assertThat(x.actors()).noneMatch(a -> a.name().equals("Philippines"));
  }
}
