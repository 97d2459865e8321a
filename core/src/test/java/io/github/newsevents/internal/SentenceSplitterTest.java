package io.github.newsevents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.internal.SentenceSplitter.QuoteState;
import io.github.newsevents.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceSplitterTest {

  /** The sentences of one paragraph. */
  private static List<String> split(String paragraph) {
    return sentences(paragraph, new QuoteState()).stream()
        .map(s -> s.span().of(paragraph))
        .collect(Collectors.toList());
  }

  private static List<Sentence> sentences(String paragraph, QuoteState q) {
    List<Sentence> out = new ArrayList<>();
    SentenceSplitter.split(paragraph, 0, paragraph.length(), q, out);
    return out;
  }

  private static List<Boolean> inside(String paragraph) {
    return sentences(paragraph, new QuoteState()).stream()
        .map(Sentence::insideQuote)
        .collect(Collectors.toList());
  }

  @Test
  void splitsAfterTerminalPunctuationBeforeACapital() {
    assertThat(split("The envoy arrived. Talks began! Will they last? Nobody knows."))
        .containsExactly("The envoy arrived.", "Talks began!", "Will they last?", "Nobody knows.");
  }

  /** Text copied from a web page that lost a line break glues two sentences into one word. */
  @Test
  void aSentenceGluedToTheWordBeforeItSplitsAtItsCapital() {
    assertThat(split("The envoy thanked the Andean CouncilHe met the ministers on Monday."))
        .containsExactly("The envoy thanked the Andean Council", "He met the ministers on Monday.");
    assertThat(split("Fighting went on in the northThe talks resumed later."))
        .containsExactly("Fighting went on in the north", "The talks resumed later.");
  }

  @Test
  void namesWithAnInnerCapitalDoNotSplit() {
    assertThat(split("Governor DeWine met McDonald and LinkedIn staff. He left."))
        .containsExactly("Governor DeWine met McDonald and LinkedIn staff.", "He left.");
    assertThat(split("The band ShoutIt Loud played. She saw SeaThe Band too."))
        .containsExactly("The band ShoutIt Loud played.", "She saw SeaThe Band too.");
    assertThat(split("The app FixIt is popular.")).containsExactly("The app FixIt is popular.");
  }

  @Test
  void countryAbbreviationsInsideASentenceDoNotSplit() {
    assertThat(split("U.S. officials met U.N. envoys and U.K. diplomats on Monday. The talks ended."))
        .containsExactly(
            "U.S. officials met U.N. envoys and U.K. diplomats on Monday.", "The talks ended.");
    assertThat(split("The U.S. President met the U.N. Secretary-General."))
        .containsExactly("The U.S. President met the U.N. Secretary-General.");
  }

  @Test
  void aQuotedLowerCaseWordAfterAnAbbreviationGoesOnTheSentence() {
    assertThat(split("Goods subject to the U.S. \"protective\" levy were spared. Nobody knew why."))
        .containsExactly("Goods subject to the U.S. \"protective\" levy were spared.", "Nobody knew why.");
    assertThat(split("The fund pays in the U.K. \u2018soft\u2019 loans. It grew."))
        .containsExactly("The fund pays in the U.K. \u2018soft\u2019 loans.", "It grew.");
    assertThat(split("The envoy left the U.S. \"We will return,\" he said."))
        .containsExactly("The envoy left the U.S.", "\"We will return,\" he said.");
  }

  @Test
  void aDottedAbbreviationEndingASentenceSplitsBeforeACommonOpener() {
    assertThat(split("The talks were held in the U.S. The envoy then flew home."))
        .containsExactly("The talks were held in the U.S.", "The envoy then flew home.");
  }

  @Test
  void titlesAndSaintsNeverEndASentence() {
    assertThat(
            split(
                "Gen. Ann Poe met Mr. Roe, Mrs. Doe, Dr. Lee and Sen. Moe in St. Petersburg. They"
                    + " talked."))
        .containsExactly(
            "Gen. Ann Poe met Mr. Roe, Mrs. Doe, Dr. Lee and Sen. Moe in St. Petersburg.",
            "They talked.");
  }

  @Test
  void monthAbbreviationsAndNumberLabelsBeforeANumber() {
    assertThat(split("The accord was signed on Jan. 5 and took effect on Sept. 1. No. 10 agreed."))
        .containsExactly("The accord was signed on Jan. 5 and took effect on Sept. 1.", "No. 10 agreed.");
  }

  @Test
  void aCompanySuffixSplitsOnlyBeforeANewSentence() {
    assertThat(split("Acme Inc. said it would comply. Rivals did not."))
        .containsExactly("Acme Inc. said it would comply.", "Rivals did not.");
  }

  @Test
  void initialsDoNotSplit() {
    assertThat(split("Foreign Minister S. Jaishankar met Vladimir V. Putin in Moscow. They spoke."))
        .containsExactly(
            "Foreign Minister S. Jaishankar met Vladimir V. Putin in Moscow.", "They spoke.");
  }

  @Test
  void decimalsAndJoinedTokensDoNotSplit() {
    assertThat(split("The economy grew 3.5 percent after the U.S.-led talks. Exports rose 0.8%."))
        .containsExactly("The economy grew 3.5 percent after the U.S.-led talks.", "Exports rose 0.8%.");
  }

  @Test
  void timesOfDayFollowTheSameRule() {
    assertThat(split("The vote began at 9 a.m. Friday and ended at noon."))
        .containsExactly("The vote began at 9 a.m. Friday and ended at noon.");
    assertThat(split("The vote ended at 9 p.m. The results follow."))
        .containsExactly("The vote ended at 9 p.m.", "The results follow.");
  }

  @Test
  void latinAndVersusDoNotSplit() {
    assertThat(split("Some states, e.g. Chad, abstained in the U.N. vote vs. Russia's draft."))
        .hasSize(1);
  }

  @Test
  void quotesEndingWithAFullStopSplitAfterTheMark() {
    assertThat(split("He said, \"We are ready.\" Then he left."))
        .containsExactly("He said, \"We are ready.\"", "Then he left.");
    assertThat(split("She said: \u201CWe are ready.\u201D The room fell silent."))
        .containsExactly("She said: \u201CWe are ready.\u201D", "The room fell silent.");
  }

  @Test
  void aCommaInsideAClosingQuoteDoesNotSplit() {
    assertThat(split("\"We are ready,\" he said. \"Talks resume Monday.\""))
        .containsExactly("\"We are ready,\" he said.", "\"Talks resume Monday.\"");
    assertThat(inside("\"We are ready,\" he said. \"Talks resume Monday.\""))
        .containsExactly(false, false);
  }

  @Test
  void aFullStopBeforeALowerCaseAttributionDoesNotSplit() {
    assertThat(split("\u201CWe will not give up.\u201D he said on Monday."))
        .containsExactly("\u201CWe will not give up.\u201D he said on Monday.");
  }

  @Test
  void anExclamationInAQuoteFollowedByItsAttributionIsOneSentence() {
    assertThat(split("\u201CStop the war now!!!\u201D Trump posted on Friday. He left."))
        .containsExactly("\u201CStop the war now!!!\u201D Trump posted on Friday.", "He left.");
    assertThat(split("\u201CStop the war!\u201D The crowd dispersed."))
        .containsExactly("\u201CStop the war!\u201D", "The crowd dispersed.");
  }

  @Test
  void ellipses() {
    assertThat(split("We will see... I may go.")).containsExactly("We will see...", "I may go.");
    assertThat(split("The talks stalled\u2026 Then they resumed."))
        .containsExactly("The talks stalled\u2026", "Then they resumed.");
    assertThat(split("We hope ... to finish soon.")).containsExactly("We hope ... to finish soon.");
    assertThat(split("It backed a truce...notwithstanding the strikes."))
        .containsExactly("It backed a truce...notwithstanding the strikes.");
  }

  @Test
  void repeatedTerminalsAndBrackets() {
    assertThat(split("Is this peace?! Nobody knows. The deal was signed (in Doha). It was brief."))
        .containsExactly("Is this peace?!", "Nobody knows.", "The deal was signed (in Doha).", "It was brief.");
  }

  @Test
  void aQuotationRunningOverSentencesMarksTheLaterOnesInside() {
    String p = "\u201CWe are ready. We want peace. We will wait,\u201D she said. It was late.";
    assertThat(split(p)).hasSize(4);
    assertThat(inside(p)).containsExactly(false, true, true, false);
  }

  @Test
  void straightAndSingleQuotesAreTrackedToo() {
    assertThat(inside("\"We came. We stayed,\" he said. They left.")).containsExactly(false, true, false);
    assertThat(inside("'The talks went well. We agreed,' he said. Both left."))
        .containsExactly(false, true, false);
  }

  @Test
  void apostrophesAreNotQuotes() {
    assertThat(inside("Russia's envoy met Ukraine's. The ministers' aides waited. It rained."))
        .containsExactly(false, false, false);
    assertThat(inside("Trump\u2019s envoy met the Kremlin\u2019s aide. Both left."))
        .containsExactly(false, false);
  }

  @Test
  void aQuotationRunningOverParagraphsContinuesWhenTheNextOpensWithAMark() {
    QuoteState q = new QuoteState();
    String first = "\u201CWe are ready to talk. The door is open.";
    List<Sentence> one = sentences(first, q);
    assertThat(one).extracting(Sentence::insideQuote).containsExactly(false, true);
    assertThat(q.doubleOpen()).isTrue();

    String second = "\u201CWe will wait for their answer,\u201D he said. It was dark.";
    assertThat(SentenceSplitter.continues(second, 0, q)).isTrue();
    List<Sentence> two = new ArrayList<>();
    assertThat(SentenceSplitter.split(second, 0, second.length(), q, two)).isEqualTo(-1);
    assertThat(two).extracting(Sentence::insideQuote).containsExactly(true, false);
    assertThat(q.open()).isFalse();
  }

  @Test
  void anUnclosedQuotationEndsAtAParagraphThatDoesNotContinueIt() {
    QuoteState q = new QuoteState();
    sentences("He said \"we are ready to talk.", q);
    String next = "The talks began.";
    List<Sentence> out = new ArrayList<>();
    assertThat(SentenceSplitter.split(next, 0, next.length(), q, out)).isEqualTo(8);
    assertThat(out.get(0).insideQuote()).isFalse();
    assertThat(q.open()).isFalse();
  }

  @Test
  void aParagraphInAnArrayGivesSpansOfTheTextAndIgnoresWhatFollowsIt() {
    String text = "Intro.\n\nTalks began in the U.S. They ended.";
    int from = text.indexOf("Talks");
    int to = text.length();
    // a reused array: characters past the paragraph's length are left from an earlier one
    char[] chars = (text.substring(from) + " Later text").toCharArray();
    List<Sentence> fromArray = new ArrayList<>();
    SentenceSplitter.split(chars, to - from, from, new QuoteState(), fromArray);
    List<Sentence> fromText = new ArrayList<>();
    SentenceSplitter.split(text, from, to, new QuoteState(), fromText);
    assertThat(fromArray).isEqualTo(fromText);
    assertThat(fromArray).extracting(s -> s.span().of(text))
        .containsExactly("Talks began in the U.S.", "They ended.");
  }

  @Test
  void lineBreaksInsideAParagraphAreSpaces() {
    assertThat(split("The minister said\nthe talks were over. Both\r\nsides left."))
        .containsExactly("The minister said\nthe talks were over.", "Both\r\nsides left.");
  }

  @Test
  void sentencesAreTrimmedAndCoverAParagraphRegion() {
    String text = "xx  One. Two.  yy";
    List<Sentence> out = new ArrayList<>();
    SentenceSplitter.split(text, 4, 13, new QuoteState(), out);
    assertThat(out).extracting(s -> s.span().of(text)).containsExactly("One.", "Two.");
    assertThat(out.get(0).span().start()).isEqualTo(4);
  }

  @ParameterizedTest
  @ValueSource(strings = {"No punctuation at all", "A", "...", "\"\"\"", "Mr.", "U.S."})
  void anyParagraphGivesAtLeastOneSentence(String paragraph) {
    assertThat(split(paragraph)).isNotEmpty();
  }
}
