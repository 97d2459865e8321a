package io.github.newsevents.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreYourParserTest {
  @Test
  void printsTheToolsLinesThenTheMisses() throws Exception {
    String out = StandardOutput.of(() -> ScoreYourParser.main(new String[0]));

    // the seed has five quotations that count (a sixth is optional); the naive parser finds all
    // five in their curly marks, but gives the right speaker to two only, and finds no meeting
    assertThat(out).isEqualTo(String.join("\n",
        "statements               P=1.000 R=1.000 F1=1.000 (gold 5, predicted 5, matched 5) speaker_accuracy=0.4",
        "statements_with_speaker  P=0.400 R=0.400 F1=0.400 (gold 5, predicted 5, matched 2) ",
        "person_actors            P=1.000 R=0.167 F1=0.286 (gold 6, predicted 1, matched 1) ",
        "meetings                 P=0.000 R=0.000 F1=0.000 (gold 4, predicted 0, matched 0) ",
        "ceasefires               P=0.000 R=0.000 F1=0.000 (gold 2, predicted 0, matched 0) ",
        "statements: precision 1.000, recall 1.000",
        ""));
  }

  @Test
  void theNaiveParserFindsEveryCurlyQuote() {
    var e = ScoreYourParser.naiveQuoteParser("date 2025-01-01\n\nAnna Berg said: \u201cYes.\u201d Then \u201cno\u201d.");

    assertThat(e.statements()).extracting(s -> s.text()).containsExactly("Yes.", "no");
    assertThat(e.statements().get(0).speaker()).contains("anna-berg");
  }
}
