package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.MeetingStatus;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 3 (people as participants): a state inside a title whose holder follows in
 * apposition ("A U.S. envoy, Morgan Ortiz,"; "Latvia Prime Minister, Janis Ozols") is the title's
 * word, not a side; the person is. So is a state before two coordinated titles of one holder
 * ("Peru's Deputy Prime Minister and Foreign Minister Ana Lopez"), as object or subject; two
 * possessors ("Peru's President and Chile's Foreign Minister X") stay two sides. Made-up sentences.
 */
class AppositionTitlesTest {
  @Test
  void aTitleAfterOfStartsWithTheTitleNotThePreposition() {
    // pattern: "the government of President X", "a deal with the cabinet of Prime Minister Y": the
    // title before the name starts after "of"
    Extraction x = extract(article("2025-04-14",
        "A deal with the government of President Ana Soto would end hostilities, the rebels said."));
    assertThat(News.actor(x, "Ana Soto").titles()).containsExactly("President");
  }

  @Test
  void theEnvoyInAppositionIsTheSideNotHisState() {
    Extraction x = extract(article("2025-04-14",
        "A U.S. envoy, Morgan Ortiz, is expected in Lima on Wednesday for talks with Peruvian officials."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).contains("morgan-ortiz").doesNotContain("united-states");
      assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
    });
  }

  @Test
  void eachTitleInAListOfAppositionsGivesItsHolder() {
    Extraction x = extract(article("2025-04-14",
        "Marta Lind held talks with the Estonia President, Kaja Tamm, and Latvia Prime Minister, Janis Ozols."));
    assertThat(x.meetings()).hasSize(2)
        .anySatisfy(m -> assertThat(m.participants()).containsExactlyInAnyOrder("marta-lind", "kaja-tamm"))
        .anySatisfy(m -> assertThat(m.participants()).containsExactlyInAnyOrder("marta-lind", "janis-ozols"));
  }

  @Test
  void aStateNamedBeforeAVerbIsNoTitle() {
    // "Ukraine agreed, Zelensky said": no title between the state and the person
    Extraction x = extract(article("2025-04-14",
        "Chile accepted the offer of talks with Peru, Foreign Minister Ana Ruiz said."));
    assertThat(x.meetings()).isNotEmpty().allSatisfy(m -> assertThat(m.participants()).contains("chile"));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "Marco Rubio met with Peru's Deputy Prime Minister and Foreign Minister Ana Lopez on Saturday in Lima.",
      "Peru's Deputy Prime Minister and Foreign Minister Ana Lopez met Marco Rubio on Saturday in Lima.",
      "Marco Rubio met with Deputy Prime Minister and Peruvian Minister of Foreign Affairs Ana Lopez on Saturday."})
  void twoCoordinatedTitlesBeforeANameAreOneHolders(String sentence) {
    Extraction x = extract(article("2025-04-14", sentence));
    assertThat(x.meetings()).as(sentence).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("marco-rubio", "ana-lopez"));
  }

  @Test
  void twoPossessorsBeforeCoordinatedTitlesAreTwoSides() {
    Extraction x = extract(article("2025-04-14",
        "Marco Rubio met Peru's President and Chile's Foreign Minister Jorge Vidal on Saturday in Lima."));
    assertThat(x.meetings()).anySatisfy(m -> assertThat(m.participants()).contains("peru"))
        .anySatisfy(m -> assertThat(m.participants()).contains("jorge-vidal"));
  }
}
