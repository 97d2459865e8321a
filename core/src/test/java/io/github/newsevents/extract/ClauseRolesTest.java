package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static io.github.newsevents.extract.News.speaker;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.internal.Tokens;
import io.github.newsevents.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * The roles every stage reads from one place ({@link Roles}): a preposition governs a name across a
 * determiner, a title and a possessor, so the name is an object and no subject. Made-up texts.
 */
class ClauseRolesTest {

  private static int at(Tokens t, String word) {
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).equals(word)) {
        return i;
      }
    }
    throw new AssertionError(word + " not in the tokens");
  }

  private static Tokens tokens(String text) {
    return Tokens.of(text, 0, text.length());
  }

  @Test
  void aPrepositionGovernsANameAcrossATitleAndAPossessor() {
    Tokens t = tokens("The plan was backed by Norway's former leader Oskar Vallin on Monday.");
    assertThat(Roles.governed(t, at(t, "Oskar"), Roles.SAYING)).isTrue();
    assertThat(Roles.governed(t, at(t, "Oskar"), Roles.EVENT)).isTrue();
    assertThat(t.get(Roles.governor(t, at(t, "Oskar"), Roles.SAYING))).isEqualTo("by");
  }

  @Test
  void aCommaOrAVerbEndsThePhrase() {
    Tokens t = tokens("Talks with the Danish premier, Lars Holm, went on. Envoys met Lena Marsh.");
    assertThat(Roles.governed(t, at(t, "Lars"), Roles.EVENT)).isFalse();
    assertThat(Roles.governed(t, at(t, "Lena"), Roles.EVENT)).isFalse();
  }

  @Test
  void ofGovernsOnlyTheNameRightAfterIt() {
    // "of" also joins a title: "Minister of Foreign Affairs Lena Marsh" is the subject
    Tokens t = tokens("Minister of Foreign Affairs Lena Marsh said so, and so did the president of Chile.");
    assertThat(Roles.governed(t, at(t, "Lena"), Roles.SAYING)).isFalse();
    assertThat(Roles.governed(t, at(t, "Chile"), Roles.SAYING)).isTrue();
  }

  @Test
  void theSourceOfAccordingToIsNoObjectOfSaying() {
    Tokens t = tokens("According to the Kremlin, the talks went well.");
    assertThat(Roles.governed(t, at(t, "Kremlin"), Roles.SAYING)).isFalse();
    assertThat(Roles.governed(t, at(t, "Kremlin"), Roles.EVENT)).isTrue();
  }

  @Test
  void theStatementStageAndTheEventStagesReadTheSameRole() {
    // the governed name is neither the speaker of "he said" nor a side that meets
    Extraction x = extract(article("2025-04-14",
        "Envoy Tamsin Rowe said the talks were supported by Norway's former leader Mr Oskar Vallin.",
        "\"The talks will go well,\" he said."));
    assertThat(speaker(x, x.statements().get(0))).contains("Tamsin Rowe");
  }

  @Test
  void aParticipleOfSayingTakesTheSubjectAfterAnOpeningAdverbialPhrase() {
    // the same opening-phrase rule the event stages use to find a clause's subject
    Extraction x = extract(article("2025-04-14",
        "With Norway watching, the Kremlin denied the report, calling it \"a fabrication from start to end\"."));
    assertThat(speaker(x, x.statements().get(0))).contains("Kremlin");
  }
}
