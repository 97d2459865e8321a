package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static io.github.newsevents.extract.News.speaker;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Extraction;
import org.junit.jupiter.api.Test;

/** Issue 16, point 2: a document speaks for its author ("the statement added"). Made-up texts. */
class DocumentSpeakerTest {
  @Test
  void theStatementAddedIsTheAuthorOfTheStatementIntroducedBefore() {
    Extraction x = extract(article("2025-04-14",
        "The Kremlin said in a statement that talks with Norway would resume.",
        "\"The talks were useful,\" the statement added."));
    assertThat(x.statements()).filteredOn(s -> s.kind() == io.github.newsevents.model.StatementKind.DIRECT)
        .singleElement().satisfies(s -> assertThat(speaker(x, s)).contains("Kremlin"));
  }

  @Test
  void aPossessiveNamesTheDocumentsAuthor() {
    Extraction x = extract(article("2025-04-14",
        "Norway and Chile met in Lima.", "\"We are ready,\" the Kremlin's statement said."));
    assertThat(x.statements()).singleElement().satisfies(s -> assertThat(speaker(x, s)).contains("Kremlin"));
  }

  @Test
  void aDocumentWithNoAuthorInSightLeavesTheSpeakerOpen() {
    Extraction x = extract(article("2025-04-14", "\"We are ready,\" the statement said."));
    assertThat(x.statements()).singleElement().satisfies(s -> assertThat(s.speaker()).isEmpty());
  }

  @Test
  void theSourceRefersBackToTheUnnamedPersonIntroducedBefore() {
    Extraction x = extract(article("2025-04-14",
        "A senior official said talks would resume.", "\"We are close,\" the source said."));
    assertThat(x.statements()).filteredOn(s -> s.kind() == io.github.newsevents.model.StatementKind.DIRECT)
        .singleElement().satisfies(s -> assertThat(speaker(x, s)).contains("senior official"));
    assertThat(x.actors()).noneSatisfy(a -> assertThat(a.name()).isEqualTo("source"));
  }

  @Test
  void thePassiveAgentOfAVerbOfNamingIsTheSpeaker() {
    Extraction x = extract(article("2025-04-14",
        "The meeting was described by Foreign Minister Lena Marsh as \"businesslike\"."));
    assertThat(x.statements()).singleElement().satisfies(s -> assertThat(speaker(x, s)).contains("Lena Marsh"));
  }

  @Test
  void aJointStatementOfEnvoysFromSeveralStatesSpeaksForTheirGroup() {
    Extraction x = extract(article("2025-04-14",
        "Foreign ministers from Norway, Sweden and Finland said in a joint statement that they "
            + "\"will keep the corridor open.\"",
        "\"The corridor serves all,\" the joint statement added."));
    assertThat(News.names(x)).contains("Foreign ministers from Norway, Sweden and Finland", "Norway", "Sweden", "Finland");
    assertThat(x.statements()).filteredOn(s -> s.kind() == io.github.newsevents.model.StatementKind.DIRECT)
        .hasSize(2).allSatisfy(s -> assertThat(speaker(x, s)).contains("Foreign ministers from Norway, Sweden and Finland"));
  }

  @Test
  void theAgentOfAPassiveWithTheDocumentAsChannelIsItsAuthor() {
    // "set out by X in a draft"; the document then opens a sentence as subject, across a relative
    // clause, and "it" in the next sentence is the same document
    Extraction x = extract(article("2025-04-14",
        "The plan was set out in detail by Council President Lena Marsh in a draft for the leaders.",
        "The draft, which was seen by reporters, says the plan is \"to end the smuggling of people\". "
            + "It stresses the plan is \"a measure for a short time\"."));
    assertThat(x.statements()).filteredOn(s -> s.kind() == io.github.newsevents.model.StatementKind.DIRECT)
        .hasSize(2).allSatisfy(s -> assertThat(speaker(x, s)).contains("Lena Marsh"));
  }

  @Test
  void itAfterASentenceAboutSomethingElseIsNoDocument() {
    Extraction x = extract(article("2025-04-14",
        "Norway issued a statement on Monday.",
        "The Kremlin met the envoy. It said the talks were \"useful and frank\"."));
    assertThat(x.statements()).filteredOn(s -> s.kind() == io.github.newsevents.model.StatementKind.DIRECT)
        .singleElement().satisfies(s -> assertThat(speaker(x, s)).contains("Kremlin"));
  }

  @Test
  void aDraftSpeaksForItsAuthor() {
    Extraction x = extract(article("2025-04-14",
        "Lena Marsh sent the plan to Chile.",
        "Marsh's draft says the council would work with Chile to \"prepare for a decision\" soon."));
    assertThat(x.statements()).filteredOn(s -> s.kind() == io.github.newsevents.model.StatementKind.DIRECT)
        .singleElement().satisfies(s -> assertThat(speaker(x, s)).contains("Lena Marsh"));
  }

  @Test
  void aSentenceThatOnlyMentionsTheDocumentNamesNoAuthor() {
    // the document is introduced by the Kremlin; later sentences mention it beside other actors
    Extraction x = extract(article("2025-04-14",
        "The Kremlin said in a statement that talks with Norway would resume.",
        "Chile and Peru disagree, and the statement notes that Norway will host the talks.",
        "Monday's statement did not name Sweden.",
        "\"The talks were useful,\" the statement said."));
    assertThat(x.statements()).filteredOn(s -> s.kind() == io.github.newsevents.model.StatementKind.DIRECT)
        .singleElement().satisfies(s -> assertThat(speaker(x, s)).contains("Kremlin"));
  }

  @Test
  void aStatementFromTheBodyNamesItsAuthorAfterTheNoun() {
    Extraction x = extract(article("2025-04-14",
        "Talks will resume, according to a statement from the Kremlin.",
        "\"The talks were useful,\" the statement continued."));
    assertThat(x.statements()).filteredOn(s -> s.kind() == io.github.newsevents.model.StatementKind.DIRECT)
        .singleElement().satisfies(s -> assertThat(speaker(x, s)).contains("Kremlin"));
  }

  @Test
  void aDocumentReadsWithItsAuthorsWords() {
    Extraction x = extract(article("2025-04-14",
        "The Kremlin issued a statement on Monday.",
        "\"The talks were useful,\" the statement reads."));
    assertThat(x.statements()).filteredOn(s -> s.kind() == io.github.newsevents.model.StatementKind.DIRECT)
        .singleElement().satisfies(s -> assertThat(speaker(x, s)).contains("Kremlin"));
  }

  @Test
  void accordingToTheStatementReportsTheWordsOfTheSentencesSubject() {
    Extraction x = extract(article("2025-04-14",
        "The Kremlin said in a statement that talks with Norway would resume.",
        "The defence chiefs also signed a pact that opens a \"new chapter of trust,\" according to the statement."));
    assertThat(x.statements()).filteredOn(s -> s.kind() == io.github.newsevents.model.StatementKind.DIRECT)
        .singleElement().satisfies(s -> assertThat(speaker(x, s)).contains("defence chiefs"));
  }
}
