package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static io.github.newsevents.extract.News.speaker;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.StatementKind;
import org.junit.jupiter.api.Test;

/** Issue 16, point 3: speaker structures of news English. Each test names one; the texts are made up. */
class SpeakerStructuresTest {
  @Test
  void aLongAppositionBeforeTheNameAfterTheQuote() {
    Extraction x = extract(article("2025-04-14",
        "\"Trade comes first now,\" the acting head of the Africa desk at the Foreign Ministry of Norway,"
            + " Ambassador Ola Berg, said in a briefing on Tuesday."));
    assertThat(x.statements()).singleElement().satisfies(s -> assertThat(speaker(x, s)).contains("Ola Berg"));
  }

  @Test
  void quotationMarksAroundANameQuoteNoWordsAndTheNameSpeaks() {
    Extraction x = extract(article("2025-04-14",
        "Rebel commander \"Jorge Vidal\" told reporters that the fighters would honour a truce \"that really works.\""));
    assertThat(x.statements()).filteredOn(s -> s.kind() == StatementKind.DIRECT)
        .singleElement().satisfies(s -> {
          assertThat(s.text()).isEqualTo("that really works.");
          assertThat(speaker(x, s)).contains("Jorge Vidal");
        });
  }

  @Test
  void aQuotedNameWithItsCommaInsideTheMarks() {
    Extraction x = extract(article("2025-04-14",
        "A call by the commander of the other faction, \"Jorge Vidal,\" went unanswered."));
    assertThat(x.statements()).filteredOn(s -> s.kind() == StatementKind.DIRECT).isEmpty();
  }

  @Test
  void aMonthAfterAGivenNameIsASurnameUnlessADayOrYearFollows() {
    Extraction x = extract(article("2025-04-14",
        "Prime Minister Theresa May said \"we are ready\" on Monday.",
        "Talks began in May 2024 in Oslo, and since Friday, May 5, nothing has moved."));
    assertThat(x.statements()).singleElement().satisfies(s -> assertThat(speaker(x, s)).contains("Theresa May"));
    assertThat(x.actors()).extracting(a -> a.name()).containsExactly("Theresa May");
  }

  @Test
  void aBareTitleRefersBackToThePersonLastNamedWithIt() {
    Extraction x = extract(article("2025-04-14",
        "President Otto Brandt received Foreign Minister Maria Costa in Berlin on Monday.",
        "Costa thanked the president. \"It means a lot,\" the minister said."));
    assertThat(x.statements()).filteredOn(s -> s.kind() == StatementKind.DIRECT)
        .singleElement().satisfies(s -> assertThat(speaker(x, s)).contains("Maria Costa"));
    assertThat(x.actors()).extracting(a -> a.name()).doesNotContain("minister");
  }

  @Test
  void itSaidReachesADescribedInstitutionThatSpokeInTheSentenceBefore() {
    Extraction x = extract(article("2025-04-14",
        "The Chilean defence ministry said the talks would resume. \"The next round is in May,\" it said."));
    assertThat(x.statements()).filteredOn(s -> s.kind() == io.github.newsevents.model.StatementKind.DIRECT)
        .singleElement().satisfies(s -> assertThat(News.speaker(x, s)).contains("Chilean defence ministry"));
  }

  @Test
  void aQuoteWhoseClauseNamesAnotherSubjectDoesNotContinueThePreviousSpeaker() {
    Extraction x = extract(article("2025-04-14",
        "\"We saw the convoy,\" said Jan Holt, a resident of the town.",
        "\"It is a trap,\" the rebel group Free North said on Telegram."));
    // the clause's subject, the armed group, speaks; not the previous speaker
    assertThat(x.statements()).filteredOn(s -> s.text().startsWith("It is a trap"))
        .singleElement().satisfies(s -> assertThat(s.speaker()).hasValue("free-north"));
  }

  @Test
  void aQuoteWhoseClauseDescribesItsSpeakerStillContinuesThePreviousOne() {
    Extraction x = extract(article("2025-04-14",
        "\"We saw the convoy,\" said Jan Holt, a resident of the town.",
        "\"It came at night,\" the resident added."));
    assertThat(x.statements()).filteredOn(s -> s.text().startsWith("It came"))
        .singleElement().satisfies(s -> assertThat(speaker(x, s)).contains("Jan Holt"));
  }

  @Test
  void anOrganisationWithAnAppositionBeforeTheVerbSpeaks() {
    Extraction x = extract(article("2025-04-14",
        "The Nordic Refugee Council, an aid group based in Oslo, said the truce was \"a lifeline\"."));
    assertThat(x.statements()).filteredOn(s -> s.kind() == StatementKind.DIRECT)
        .singleElement().satisfies(s -> assertThat(speaker(x, s)).contains("Nordic Refugee Council"));
  }

  @Test
  void aVerbInsideAnEarlierQuotationIsNoReportingVerb() {
    Extraction x = extract(article("2025-04-14",
        "The Norwegian Foreign Ministry said the mediators and the envoys \"agreed to meet again in Oslo\""
            + " to seek \"all steps needed for a settlement\"."));
    assertThat(x.statements()).filteredOn(s -> s.kind() == StatementKind.DIRECT)
        .hasSize(2).allSatisfy(s -> assertThat(speaker(x, s)).contains("Norwegian Foreign Ministry"));
  }

  @Test
  void anApostropheOfAPluralPossessiveDoesNotEndTheRelativeClause() {
    Extraction x = extract(article("2025-04-14",
        "The plan drew criticism from Chile, which when asked about the ministers' summit in Lima said"
            + " the region should not become \"a playground for rivals.\""));
    assertThat(x.statements()).filteredOn(s -> s.kind() == StatementKind.DIRECT)
        .singleElement().satisfies(s -> assertThat(speaker(x, s)).contains("Chile"));
  }

  @Test
  void theAgeUsedAsANounIsThePersonWhoseAgeWasGiven() {
    Extraction x = extract(article("2025-04-14",
        "Oskar Vallin, 61, met Lena Marsh, 47, in Oslo.", "\"We are done,\" the 61-year-old said."));
    assertThat(x.statements()).filteredOn(s -> s.kind() == StatementKind.DIRECT)
        .singleElement().satisfies(s -> assertThat(speaker(x, s)).contains("Oskar Vallin"));
  }

  @Test
  void anAgeTwoPeopleShareRefersToNeither() {
    Extraction x = extract(article("2025-04-14",
        "Oskar Vallin, 61, met Lena Marsh, 61, in Oslo.", "\"We are done,\" the 61-year-old said."));
    assertThat(x.statements()).filteredOn(s -> s.kind() == StatementKind.DIRECT)
        .singleElement().satisfies(s -> assertThat(s.speaker()).isEmpty());
  }
}
