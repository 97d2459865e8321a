package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static io.github.newsevents.extract.News.speaker;
import static io.github.newsevents.extract.News.statement;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.StatementKind;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, points 1 and 3: who speaks when the reporting clause is not next to the quote. Each test
 * names one pattern of news English; the texts are made up.
 */
class SpeakerContinuityTest {
  @Test
  void aSentenceThatEndsInsideItsClosingMarkIsNotAttributedByTheNextSentence() {
    Extraction x = extract(article("2025-04-14",
        "\"We want a date soon,\" said embassy spokesman Ola Berg. \"We are talking to both parties.\""
            + " The Taliban said yesterday the talks would be held in Oslo next month."));
    assertThat(speaker(x, statement(x, "We are talking to both parties."))).contains("Ola Berg");
  }

  @Test
  void aNextSentenceThatIsOnlyAReportingClauseStillAttributes() {
    Extraction x = extract(article("2025-04-14",
        "Talks were due to resume. \"We are talking to both parties.\" Ola Berg said.",
        "\"The date is not fixed.\" Foreign Minister Lena Marsh of Norway said on Friday in Oslo."));
    assertThat(speaker(x, statement(x, "We are talking to both parties."))).contains("Ola Berg");
    assertThat(speaker(x, statement(x, "The date is not fixed."))).contains("Lena Marsh");
  }

  @Test
  void reportedSpeechWithoutThatIsAnIndirectStatement() {
    Extraction x = extract(article("2025-04-14",
        "Foreign Minister Lena Marsh said on Friday the talks would resume in May.",
        "The Foreign Ministry said it was trying to set a date, and Ola Berg told reporters Norway will host them."));
    assertThat(speaker(x, statement(x, "the talks would resume in May"))).contains("Lena Marsh");
    assertThat(x.statements()).extracting(s -> s.text())
        .contains("it was trying to set a date, and Ola Berg told reporters Norway will host them");
    assertThat(statement(x, "the talks would resume in May").kind()).isEqualTo(StatementKind.INDIRECT);
  }

  @Test
  void aVerbOfSayingWithAnObjectIsNoReportedSpeech() {
    Extraction x = extract(article("2025-04-14",
        "Lena Marsh said the words twice, and Ola Berg told the story of the talks."));
    assertThat(x.statements()).isEmpty();
  }

  @Test
  void aParagraphThatIsOnlyAQuoteContinuesTheSpeakerOfReportedSpeechBeforeIt() {
    Extraction x = extract(article("2025-04-14",
        "\"Talks come first,\" Lena Marsh said in Oslo.",
        "Asked about the border, Ola Berg said the army would stay where it was.",
        "\"Nobody will move a single soldier before the vote.\""));
    assertThat(speaker(x, statement(x, "Nobody will move a single soldier before the vote."))).contains("Ola Berg");
  }

  @Test
  void aPronounPrefersThePersonOfTheParagraphJustBeforeToASpeakerTwoParagraphsBack() {
    Extraction x = extract(article("2025-04-14",
        "\"The markets are calm,\" said Ola Berg, an economist at a bank in Oslo.",
        "Lena Marsh told a meeting of her party in Bergen that support would continue.",
        "\"Nobody will be left alone in this crisis,\" she said."));
    assertThat(speaker(x, statement(x, "Nobody will be left alone in this crisis,"))).contains("Lena Marsh");
  }

  @Test
  void aPersonOncePronouncedHeIsNoAntecedentOfShe() {
    Extraction x = extract(article("2025-04-14",
        "\"We will wait,\" Ola Berg said, and Lena Marsh nodded.",
        "\"Nothing is settled,\" he added.",
        "\"It is too early,\" she said."));
    assertThat(speaker(x, statement(x, "Nothing is settled,"))).contains("Ola Berg");
    assertThat(speaker(x, statement(x, "It is too early,"))).contains("Lena Marsh");
  }

  @Test
  void theSameSourceWithNoUnnamedSourceBeforeIsTheSpeakerJustQuoted() {
    Extraction x = extract(article("2025-04-14",
        "\"The talks were frank,\" the Foreign Ministry of Norway said in a statement.",
        "\"Both delegations asked for a second round,\" the same source added."));
    assertThat(speaker(x, statement(x, "Both delegations asked for a second round,"))).contains("Foreign Ministry of Norway");
    assertThat(x.actors()).noneSatisfy(a -> assertThat(a.name()).containsIgnoringCase("source"));
  }

  @Test
  void aParticipleWithNoSubjectIsSaidByThePersonTheParagraphBeforeOpensWith() {
    Extraction x = extract(article("2025-04-14",
        "Ola Berg was also asked about the next summit of the northern states.",
        "\"I am hoping for the autumn\", adding that \"nothing is decided yet\"."));
    assertThat(speaker(x, statement(x, "I am hoping for the autumn"))).contains("Ola Berg");
  }

  @Test
  void reportedSpeechMayOpenWithAnyNounPhrase() {
    Extraction x = extract(article("2025-04-14",
        "Lena Marsh said boosting trade was a priority, and Ola Berg told Reuters he would stay."));
    assertThat(speaker(x, statement(x, "boosting trade was a priority, and Ola Berg told Reuters he would stay"))).contains("Lena Marsh");
  }

  @Test
  void itIsTheInstitutionThatOpensASentenceNotAPossessor() {
    Extraction x = extract(article("2025-04-14",
        "The Kremlin said it would study the plan. Moscow's envoy met the mediators on Monday.",
        "\"We see progress,\" it said."));
    assertThat(speaker(x, statement(x, "We see progress,"))).contains("Kremlin");
  }

  @Test
  void aQuoteAfterAColonIsSaidByTheSubjectOfTheClauseBeforeIt() {
    Extraction x = extract(article("2025-04-14",
        "\"The talks were long,\" Ola Berg said.",
        "Foreign Minister Lena Marsh recalled her first visit to the region: \"I was much younger then.\""));
    assertThat(speaker(x, statement(x, "I was much younger then."))).contains("Lena Marsh");
  }

  @Test
  void aPronounRefersToTheSubjectNotToTheObjectOfAPreposition() {
    Extraction x = extract(article("2025-04-14",
        "After talks with Nils Lund in Oslo, Ola Berg announced a second round.",
        "\"We are close,\" he said."));
    assertThat(speaker(x, statement(x, "We are close,"))).contains("Ola Berg");
  }

  @Test
  void aPersonWhoTellsBeforeTheQuoteSaysItEvenWhenADocumentReportsIt() {
    Extraction x = extract(article("2025-04-14",
        "Lena Marsh told Nils Lund that, in troubled times, \"Norway will stand by its friends,\""
            + " according to a statement from the Foreign Ministry of Norway."));
    assertThat(speaker(x, statement(x, "Norway will stand by its friends,"))).contains("Lena Marsh");
  }
}
