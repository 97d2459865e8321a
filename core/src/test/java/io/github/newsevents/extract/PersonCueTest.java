package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static io.github.newsevents.extract.News.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 5: a capitalised phrase is a person only with a person cue. Phrases headed by a
 * noun of systems, offices, documents or regions are none; a name with a title is one.
 */
class PersonCueTest {
  @Test
  void phrasesHeadedByNounsOfThingsAreNoPeople() {
    Extraction x = extract(article("2025-04-14",
        "The Public Works office said the road was closed.",
        "Officials said Iron Dome intercepted most rockets, and the Joint Communiques were read aloud.",
        "Delegates from Southeast Asia arrived on Monday."));
    assertThat(names(x)).doesNotContain("Public Works", "Iron Dome", "Joint Communiques", "Southeast Asia");
  }

  @Test
  void aCapitalisedPhraseEndingInACommonNounWithNoCueIsNoPerson() {
    Extraction x = extract(article("2025-04-14", "Analysts at Harbour Peace expected calm, Lena Marsh said."));
    assertThat(names(x)).contains("Lena Marsh").doesNotContain("Harbour Peace");
  }

  @Test
  void aTitledNameIsAPerson() {
    Extraction x = extract(article("2025-04-14", "Foreign Minister Lena Marsh met President Oskar Vallin."));
    assertThat(names(x)).contains("Lena Marsh", "Oskar Vallin");
  }

  @Test
  void aNameAloneThatSpeaksOfItselfInTheFirstPersonIsAPerson() {
    Extraction x = extract(article("2025-04-14", "\"I think the talks will fail,\" Vikander said."));
    assertThat(News.actor(x, "Vikander").kind()).isEqualTo(ActorKind.PERSON);
  }

  @Test
  void aNameAloneThatSpeaksWithAGenderedPronounAfterItIsAPerson() {
    Extraction x = extract(article("2025-04-14",
        "The plan will work, Vikander said, adding that her government would back it."));
    assertThat(News.actor(x, "Vikander").kind()).isEqualTo(ActorKind.PERSON);
  }

  @Test
  void aNameAloneThatSpeaksWithNoPersonCueIsABodyThatSpeaks() {
    Extraction x = extract(article("2025-04-14",
        "\"Sales rose in the third quarter,\" Kestrel said. \"We expect more,\" Kestrel said."));
    assertThat(News.actor(x, "Kestrel").kind()).isEqualTo(ActorKind.ORGANIZATION);
    assertThat(x.statements()).filteredOn(s -> s.text().startsWith("We expect"))
        .singleElement().satisfies(s -> assertThat(News.speaker(x, s)).contains("Kestrel"));
  }

  @Test
  void aNameThatOpensWithAWordOfPlacesIsNoPerson() {
    Extraction x = extract(article("2025-04-14",
        "Shelling hit Wadi Sarem overnight, and Port Halden was closed, Lena Marsh said."));
    assertThat(names(x)).contains("Lena Marsh").doesNotContain("Wadi Sarem", "Port Halden");
  }

  @Test
  void aNameAfterAWordOfDirectionOrSettlementIsAPlace() {
    Extraction x = extract(article("2025-04-14",
        "Strikes on northern Kessa Dun and the outskirts of Marra Lund went on.",
        "Residents of Tolla Vey fled, and the Hadra Sen district was hit, Lena Marsh said."));
    assertThat(names(x)).contains("Lena Marsh").doesNotContain("Kessa Dun", "Marra Lund", "Tolla Vey", "Hadra Sen");
  }

  @Test
  void aNameAfterTheOrAClassNounOfThingsIsNoPerson() {
    Extraction x = extract(article("2025-04-14",
        "The Morgen Tidende reported the plan, and the carrier Arne Holt sailed north.",
        "The daily Nova Varta said the talks failed. Lena Marsh said they would resume."));
    assertThat(names(x)).contains("Lena Marsh").doesNotContain("Morgen Tidende", "Arne Holt", "Nova Varta");
  }

  @Test
  void capitalisedRunsOfATitleCaseLineAreNoPeopleUnlessATitleStandsBeforeThem() {
    Extraction x = extract(article("2025-04-14",
        "Lena Marsh said the talks would resume on Monday.",
        "More Stories",
        "Harbour Rates Climb As Grain Prices Slide",
        "Prime Minister Olav Brekke"));
    assertThat(names(x)).contains("Lena Marsh", "Olav Brekke").doesNotContain("Grain Prices Slide", "Harbour Rates Climb");
  }
}
