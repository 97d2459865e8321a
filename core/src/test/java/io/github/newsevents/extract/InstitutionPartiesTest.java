package io.github.newsevents.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * A state's institution from the gazetteer (its seat, its army) that is a truce's party stands for
 * its state, whether or not the article names the state; and a state's bare "army" or "government
 * forces" beside one of its own insurgent groups is that state. The texts are made up.
 */
class InstitutionPartiesTest {
  private static Extraction extract(String... paragraphs) {
    return Extractor.defaults().extract(NewsEvents.parseArticle(News.article("2026-05-13", paragraphs)));
  }

  @Test
  void aSeatOfGovernmentAloneIsItsState() {
    Extraction x = extract("The Kremlin rejected calls for a 30-day ceasefire on Monday.");
    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.parties()).containsExactly("russia");
      assertThat(c.status()).isEqualTo(CeasefireStatus.REJECTED);
    });
    assertThat(x.actors()).anySatisfy(a -> assertThat(a.id()).isEqualTo("russia"));
  }

  @Test
  void anArmyFromTheGazetteerIsItsState() {
    Extraction x = extract("The Israel Defense Forces agreed to a humanitarian pause in the fighting with Hamas.");
    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("israel", "hamas"));
  }

  @Test
  void theArmyFightingAStatesOwnInsurgentsIsThatStatesWhenTheArticleHasNoHome() {
    // a one-sentence report: too little for the article's home state, but the group's country tells it
    Extraction x = extract("The army announced a seven-day humanitarian pause in the fighting with the Rapid Support Forces.");
    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("sudan", "rapid-support-forces"));
  }

  @Test
  void governmentForcesOpeningTheSentenceAreTheStatesForces() {
    Extraction x = extract("Government forces and the ELN agreed to a truce on Monday.");
    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("colombia", "eln"));
  }
}
