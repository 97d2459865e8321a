package io.github.newsevents.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Extraction;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The possessive of a plural noun of people inside an organisation's name ("X People's Army",
 * "Y Workers' Front") goes on with the name; the possessive of a name ends it ("Chile's President").
 */
class PossessiveInsideANameTest {
  private static Extraction extract(String... paragraphs) {
    return Extractor.defaults().extract(NewsEvents.parseArticle(News.article("2026-05-13", paragraphs)));
  }

  private static List<String> names(Extraction x) {
    return x.actors().stream().map(Actor::name).collect(Collectors.toList());
  }

  @Test
  void aPeoplesArmyTheGazetteerDoesNotKnowIsOneActorAndATrucesParty() {
    Extraction x = extract("Ethiopia and the Omo Valley People's Army agreed to a ceasefire on Tuesday.");

    assertThat(names(x)).contains("Omo Valley People's Army").doesNotContain("Omo Valley", "Army");
    assertThat(x.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).containsExactlyInAnyOrder("ethiopia", "omo-valley-peoples-army"));
  }

  @Test
  void aPluralPossessiveWithTheApostropheAloneGoesOnToo() {
    Extraction x = extract("Laos and the Mekong Farmers' Liberation Front signed a truce on Monday.");

    assertThat(names(x)).contains("Mekong Farmers' Liberation Front");
  }

  @Test
  void thePossessiveOfANameStillEndsIt() {
    Extraction x = extract("Chile's President Ana Torres met Peru's President Luis Vega in Lima on Monday.");

    assertThat(names(x)).contains("Chile", "Ana Torres", "Peru", "Luis Vega");
    assertThat(x.meetings()).singleElement().satisfies(m ->
        assertThat(m.participants()).containsExactlyInAnyOrder("ana-torres", "luis-vega"));
  }
}
