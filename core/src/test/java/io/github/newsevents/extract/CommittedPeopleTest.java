package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.actor;
import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, points 1 and 3: people who agree to a ceasefire commit the states their titles name,
 * whether or not the article names those states; a coordinated subject with titles and appositions
 * ("A and her Chilean counterpart, B, agreed") shares its verb; "a cessation of hostilities" names
 * no party after "of"; a state whose ministry reports the truce is its reporter. Made-up sentences.
 */
class CommittedPeopleTest {
  @Test
  void ministersWhoAgreeCommitTheStatesOfTheirTitles() {
    Extraction x = extract(article("2025-04-14",
        "Peruvian Foreign Minister Ana Ruiz and Chilean Foreign Minister Tomas Vera agreed to a ceasefire,"
            + " Norway's foreign ministry said."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile");
      assertThat(c.status()).isEqualTo(CeasefireStatus.AGREED);
    });
  }

  @Test
  void aCounterpartInAppositionSharesTheVerbAndNamesHerState() {
    Extraction x = extract(article("2025-04-14",
        "Peruvian Foreign Minister Ana Ruiz and her Chilean counterpart, Tomas Vera, agreed to a cessation of"
            + " hostilities along the border and to set up a joint commission, Norway's foreign ministry said."));
    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile"));
    assertThat(actor(x, "Tomas Vera").country()).hasValue("CHL");
  }

  @Test
  void aCessationOfHostilitiesNamesNoPartyAfterOf() {
    Extraction x = extract(article("2025-04-14",
        "Peru and Chile agreed to a cessation of hostilities, Norway's foreign ministry said."));
    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile"));
  }

  @Test
  void aStateMadeForATitleIsMentionedOncePerPlace() {
    Extraction x = extract(article("2025-04-14",
        "Peruvian Foreign Minister Ana Ruiz and Chilean Foreign Minister Tomas Vera agreed to a ceasefire."));
    assertThat(actor(x, "Peru").mentions()).doesNotHaveDuplicates();
  }

  @Test
  void anArmyNamedByItsDemonymFightsForItsState() {
    Extraction x = extract(article("2025-04-14", "The Chilean army said it would observe a 72-hour truce starting Tuesday."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.parties()).containsExactly("chile"));
  }

  @Test
  void aSideThatRejectsCallsForATruceIsAParty() {
    // "rejected calls for a ceasefire": the calls are others'; the side refuses the truce
    Extraction x = extract(article("2025-04-14",
        "Peru rejected calls for a ceasefire, saying Chile must first withdraw its troops."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile");
      assertThat(c.status()).isEqualTo(CeasefireStatus.REJECTED);
    });
  }
}
