package io.github.newsevents.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.PartyRole;
import org.junit.jupiter.api.Test;

/**
 * A clause of a truce's terms right after it ("a truce under which A and B would ...", "a deal
 * whereby A and B will ...") names the sides it binds, even in an article whose other names look
 * more like a pair at war; so do the sides that "would observe it" right after a truce named with
 * no party. The texts are made up.
 */
class TruceTermsTest {
  private static Extraction extract(String... paragraphs) {
    return Extractor.defaults().extract(NewsEvents.parseArticle(News.article("2026-05-13", paragraphs)));
  }

  @Test
  void theSubjectsOfTheTermsAreTheParties() {
    // the first paragraph pairs Canada and France around attacks: before, the truce went to them
    Extraction x = extract(
        "Canadian Prime Minister Ana Soto held a video call with French President Luc Moreau to discuss"
            + " attacks on cargo ships on the river.",
        "The leaders discussed a river truce proposed by Brazil last month, under which Peru and Chile"
            + " would refrain from striking cargo vessels.");

    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile");
      assertThat(c.roles()).containsEntry("brazil", PartyRole.PROPOSING);
    });
  }

  @Test
  void theSubjectsOfWhatTheTruceSpanIsForAreTheParties() {
    // "renew the truce for six months, during which A and B would build confidence"
    Extraction x = extract(
        "Canadian Prime Minister Ana Soto held a video call with French President Luc Moreau to discuss"
            + " attacks on cargo ships on the river.",
        "Envoys are weighing a proposal to renew the truce for six months, during which Peru and Chile"
            + " would reopen the border crossings.");

    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile"));
  }

  @Test
  void aClauseOfTermsNeedsTwoSidesAndAVerbOfUndertaking() {
    // "under which" followed by no pair of sides and a modal reads as before: the sides the article pairs
    Extraction x = extract(
        "Fighting between Peru and Chile went on near the border on Sunday.",
        "Brazil proposed a truce under which the border towns would be spared.");

    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile"));
  }

  @Test
  void theSidesThatWouldObserveItAreThePartiesOfTheTruceJustTold() {
    // "it" after a verb of keeping to a truce refers to the truce before; its coordinated subjects bind it
    Extraction x = extract("The truce was called for by the Brazilian and Chilean presidents last week. Both the"
        + " Andean Front (AF) and the Bolivian army announced that they would observe it.");

    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.parties()).containsExactlyInAnyOrder("andean-front", "bolivia");
      assertThat(c.status()).isEqualTo(io.github.newsevents.model.CeasefireStatus.AGREED);
    });
  }
}
