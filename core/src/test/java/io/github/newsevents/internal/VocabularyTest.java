package io.github.newsevents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  private final String said = "said";
  private final Vocabulary vocabulary = new Vocabulary(List.of(said, "Kremlin", "kremlin", "tête-à-tête", "\u2019s"));

  @Test
  void returnsTheSharedInstanceOfAWord() {
    String text = "Peskov said on Friday";
    assertThat(vocabulary.get(text, 7, 11)).isSameAs(said);
    assertThat(vocabulary.get(text, 0, 6)).isNull();
    assertThat(vocabulary.get(text, 7, 10)).isNull();
    assertThat(vocabulary.get("The Kremlin\u2019s", 11, 13)).isEqualTo("\u2019s");
  }

  @Test
  void lowerCaseOfAsciiWordsOnly() {
    assertThat(vocabulary.lower("SAID", 0, 4)).isSameAs(said);
    assertThat(vocabulary.lower("The KREMLIN", 4, 11)).isEqualTo("kremlin");
    assertThat(vocabulary.get("The KREMLIN", 4, 11)).isNull();
    // not ASCII: Locale.ROOT lower-casing may differ from a character's own, so the caller decides
    assertThat(vocabulary.lower("T\u00CAte-\u00C0-t\u00EAte", 0, 11)).isNull();
    assertThat(vocabulary.get("tête-à-tête", 0, 11)).isEqualTo("tête-à-tête");
  }

  @Test
  void wordsCarryTheirPayload() {
    Vocabulary flagged = new Vocabulary(List.of("talks", "truce", "Kremlin"), w -> w.equals("talks") ? 3 : 0);
    int slot = flagged.lowerSlot("TALKS", 0, 5);
    assertThat(slot).isNotNegative();
    assertThat(flagged.word(slot)).isEqualTo("talks");
    assertThat(flagged.payload(slot)).isEqualTo(3);
    assertThat(flagged.lowerSlot("TALKS", 0, 5, "talks".hashCode())).isEqualTo(slot);
    assertThat(flagged.lowerSlot("TALKY", 0, 5, "talky".hashCode())).isEqualTo(-1);
    assertThat(flagged.payload(flagged.lowerSlot("Truce", 0, 5))).isZero();
    assertThat(flagged.lowerSlot("Kremlin", 0, 7)).isEqualTo(-1); // only its lower case is looked up
    assertThat(flagged.lowerSlot("t\u00E2lks", 0, 5)).isEqualTo(-1);
  }

  @Test
  void payloadsAreBytes() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new Vocabulary(List.of("talks"), w -> 128))
        .withMessageContaining("'talks'");
  }

  @Test
  void tokensKnowTheirPayloadAndWhetherTheVocabularyLacksThem() {
    Vocabulary flagged = new Vocabulary(List.of("talks", "said"), w -> w.equals("talks") ? 5 : 0);
    String text = "Talks resumed, Dvo\u0159\u00E1k said.";
    Tokens t = Tokens.of(text, 0, text.length(), flagged);
    assertThat(t.payload(0)).isEqualTo(5);
    assertThat(t.absentFrom(flagged, 0)).isFalse();
    assertThat(t.payload(1)).isZero(); // "resumed": no word of the vocabulary
    assertThat(t.absentFrom(flagged, 1)).isTrue();
    assertThat(t.absentFrom(Vocabulary.EMPTY, 1)).isFalse(); // not what these tokens were made with
    assertThat(t.payload(2)).isZero(); // ","
    assertThat(t.absentFrom(flagged, 2)).isFalse();
    assertThat(t.payload(3)).isEqualTo(Tokens.NOT_LOOKED_UP); // not ASCII
    assertThat(t.absentFrom(flagged, 3)).isFalse();
    assertThat(t.lower(4)).isSameAs(t.get(4)).isEqualTo("said");
    assertThat(Tokens.of(text, 0, text.length()).absentFrom(Vocabulary.EMPTY, 1)).isFalse();
  }

  @Test
  void aWordTooLongForItsEntryIsStillFound() {
    String longWord = "counter" + "-counter".repeat(10); // 87 characters: compared with the String
    Vocabulary v = new Vocabulary(List.of("said", longWord, "x"));
    String text = "He SAID " + longWord.toUpperCase(Locale.ROOT) + " and " + longWord;
    int upper = 8;
    int lower = upper + longWord.length() + 5;
    assertThat(v.get(text, lower, lower + longWord.length())).isSameAs(longWord);
    assertThat(v.lower(text, upper, upper + longWord.length())).isSameAs(longWord);
    assertThat(v.get(text, upper, upper + longWord.length())).isNull();
    assertThat(v.lower(text, 3, 7)).isEqualTo("said");
    assertThat(v.get(text, lower, lower + longWord.length() - 1)).isNull();
  }

  @Test
  void aWordGivenTwiceKeepsItsPayload() {
    Vocabulary v = new Vocabulary(List.of("truce", "talks", new String("truce")), w -> w.length());
    assertThat(v.payload(v.lowerSlot("Truce", 0, 5))).isEqualTo(5);
    assertThat(v.get("truce", 0, 5)).isEqualTo("truce");
  }

  @Test
  void knowsWhetherItHoldsTheLowerCaseOfEachWord() {
    assertThat(vocabulary.holdsLowerCases()).isTrue(); // "Kremlin" and "kremlin"; "tête-à-tête" is no ASCII
    assertThat(new Vocabulary(List.of("Kremlin", "said")).holdsLowerCases()).isFalse();
    assertThat(Vocabulary.EMPTY.holdsLowerCases()).isTrue();
    // so tokens need not look up a word as written whose lower case is absent
    Vocabulary closed = new Vocabulary(List.of("Kremlin", "kremlin", "said"));
    String text = "KREMLIN aides said";
    Tokens t = Tokens.of(text, 0, text.length(), closed);
    assertThat(t.get(0)).isEqualTo("KREMLIN");
    assertThat(t.get(1)).isEqualTo("aides");
    assertThat(t.absentFrom(closed, 1)).isTrue();
    assertThat(t.get(2)).isSameAs(closed.get(text, 14, 18)).isEqualTo("said");
  }

  @Test
  void emptyVocabularyFindsNothing() {
    assertThat(Vocabulary.EMPTY.get("said", 0, 4)).isNull();
    assertThat(Vocabulary.EMPTY.lower("said", 0, 4)).isNull();
  }

  @Test
  void tokensGiveTheSameTextWithOrWithoutAVocabulary() {
    String text = "The KREMLIN said Peskov\u2019s \u0130stanbul trip, said the Kremlin, was off.";
    Tokens plain = Tokens.of(text, 0, text.length());
    Tokens shared = Tokens.of(text, 0, text.length(), vocabulary);
    assertThat(shared.size()).isEqualTo(plain.size());
    for (int i = 0; i < plain.size(); i++) {
      // lower() first for every other token, get() first for the rest: both orders share instances
      if (i % 2 == 0) {
        assertThat(shared.lower(i)).isEqualTo(plain.get(i).toLowerCase(Locale.ROOT));
        assertThat(shared.get(i)).isEqualTo(plain.get(i));
      } else {
        assertThat(shared.get(i)).isEqualTo(plain.get(i));
        assertThat(shared.lower(i)).isEqualTo(plain.get(i).toLowerCase(Locale.ROOT));
      }
      assertThat(shared.get(i)).isSameAs(shared.get(i));
      assertThat(shared.lower(i)).isSameAs(shared.lower(i));
    }
    assertThat(shared.get(2)).isSameAs(said);
  }

  @Test
  void marksBelongToOneOwner() {
    Tokens t = Tokens.of("a b c", 0, 5);
    Object owner = new Object();
    assertThat(t.marked(owner, 1, 0)).isFalse();
    t.mark(owner, 1, 0);
    assertThat(t.marked(owner, 1, 0)).isTrue();
    assertThat(t.marked(owner, 1, 1)).isFalse();
    assertThat(t.marked(owner, 2, 0)).isFalse();
    assertThat(t.marked(new Object(), 1, 0)).isFalse();
  }
}
