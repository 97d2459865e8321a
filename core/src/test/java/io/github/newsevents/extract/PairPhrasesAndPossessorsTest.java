package io.github.newsevents.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Extraction;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * "A truce between the two sides" names the article's sides, never the other names of its clause;
 * "welcomed Brazil's efforts" welcomes a thing a state owns, no guest. The texts are made up.
 */
class PairPhrasesAndPossessorsTest {
  private static Extraction extract(String... paragraphs) {
    return Extractor.defaults().extract(NewsEvents.parseArticle(News.article("2026-05-13", paragraphs)));
  }

  @Test
  void aTruceBetweenTheTwoSidesIsTheArticlesSides() {
    Extraction x = extract("Fighting between Peru and the Andean Front went on near the border on Sunday.",
        "The prime minister welcomed efforts to broker a truce between the two sides and said Norway stood"
            + " ready to support any monitoring.");

    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("peru", "andean-front"));
  }

  @Test
  void aTruceBetweenNamedSidesKeepsThem() {
    Extraction x = extract("Fighting between Peru and the Andean Front went on near the border on Sunday.",
        "Brazil proposed a truce between Chile and Bolivia on Monday.");

    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("chile", "bolivia"));
  }

  @Test
  void welcomingAStatesEffortsIsNoReception() {
    Extraction x = extract("Prime Minister Ana Soto welcomed Brazil's efforts to end the fighting on Monday.");
    assertThat(x.meetings()).isEmpty();

    // a title after the possessive is a guest: "welcomed Brazil's foreign minister"
    Extraction guest = extract("Prime Minister Ana Soto welcomed Brazil's foreign minister to Oslo on Monday.");
    assertThat(guest.meetings()).singleElement()
        .satisfies(m -> assertThat(Set.copyOf(m.participants())).isEqualTo(Set.of("ana-soto", "brazil")));
  }
}
