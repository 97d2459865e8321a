package io.github.newsevents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VocabularySetTest {
  /** A closed vocabulary, as the extractor's is: the lower case of each ASCII word is a word too. */
  private final Vocabulary vocabulary = closed(List.of("talks", "truce", "rebels", "He", "she", "Kremlin", ",",
      "t\u00EAte"));

  private static Vocabulary closed(List<String> words) {
    Set<String> all = new LinkedHashSet<>(words);
    for (String w : words) {
      if (Chars.isAscii(w)) {
        all.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return new Vocabulary(all);
  }

  @Test
  void wordsAreNumberedDenselyFromZero() {
    Vocabulary v = new Vocabulary(List.of("talks", "truce", "talks"));
    assertThat(v.size()).isEqualTo(2);
    assertThat(List.of(v.index(v.lowerSlot("Talks", 0, 5)), v.index(v.lowerSlot("TRUCE", 0, 5))))
        .containsExactlyInAnyOrder(0, 1);
  }

  @Test
  void lowerCaseOfATokenIsABitTest() {
    VocabularySet set = new VocabularySet(Set.of("talks", "rebels"), vocabulary);
    String text = "Talks with REBELS, truce talks";
    Tokens t = Tokens.of(text, 0, text.length(), vocabulary);
    assertThat(t.index(vocabulary, 0)).isNotNegative();
    assertThat(t.index(Vocabulary.EMPTY, 0)).isEqualTo(-1);
    assertThat(set.containsLower(t, 0)).isTrue(); // "Talks"
    assertThat(set.containsLower(t, 1)).isFalse(); // "with": absent from the vocabulary
    assertThat(set.containsLower(t, 2)).isTrue(); // "REBELS"
    assertThat(set.containsLower(t, 3)).isFalse(); // ","
    assertThat(set.containsLower(t, 4)).isFalse(); // "truce"
    assertThat(set.containsLower(t, 5)).isTrue();
  }

  @Test
  void aTokenAsWrittenKeepsItsCase() {
    VocabularySet lowerOnly = new VocabularySet(Set.of("talks"), vocabulary);
    VocabularySet mixed = new VocabularySet(Set.of("He", "she", "Kremlin"), vocabulary);
    String text = "Talks talks he He she She Kremlin KREMLIN";
    Tokens t = Tokens.of(text, 0, text.length(), vocabulary);
    assertThat(lowerOnly.contains(t, 0)).isFalse();
    assertThat(lowerOnly.contains(t, 1)).isTrue();
    assertThat(mixed.contains(t, 2)).isFalse();
    assertThat(mixed.contains(t, 3)).isTrue();
    assertThat(mixed.contains(t, 4)).isTrue();
    assertThat(mixed.contains(t, 5)).isFalse();
    assertThat(mixed.contains(t, 6)).isTrue();
    assertThat(mixed.contains(t, 7)).isFalse();
  }

  @Test
  void tokensTheBitsCannotAnswerForAreLookedUpInTheSet() {
    // a word the vocabulary lacks, a word that is not ASCII, a mark, tokens of another vocabulary
    VocabularySet set = new VocabularySet(Set.of("ceasefire", "t\u00EAte", ",", "talks"), vocabulary);
    String text = "Ceasefire T\u00EAte , talks";
    Tokens t = Tokens.of(text, 0, text.length(), vocabulary);
    assertThat(set.containsLower(t, 0)).isTrue();
    assertThat(set.contains(t, 0)).isFalse();
    assertThat(set.containsLower(t, 1)).isTrue();
    assertThat(set.contains(t, 2)).isTrue();
    Tokens plain = Tokens.of(text, 0, text.length());
    assertThat(set.containsLower(plain, 3)).isTrue();
    assertThat(set.contains(plain, 0)).isFalse();
  }

  @Test
  void answersAsTheSetDoesForEveryToken() {
    List<Set<String>> sets = List.of(Set.of("talks", "truce"), Set.of("He", "she", "Kremlin", "kremlin"),
        Set.of("rebels", "insurgents"), Set.of("t\u00EAte", ",", "Truce"), Set.of(),
        // several capitalised words of one lower case, some of them absent from the vocabulary
        Set.of("Kremlin", "KREMLIN", "TALKS", "Truce", "tRUCE", "SHE"));
    String text = "TALKS Talks talks, he HE He hE She she sHe KREMLIN Kremlin kremlin rebels Rebels "
        + "insurgents Insurgents T\u00EAte t\u00EAte truce Truce TRUCE tRUCE TRUC Trucex SHE Sh \u2019s it's U.S. "
        + "10,000 talks-based";
    for (Vocabulary v : List.of(vocabulary, Vocabulary.EMPTY)) {
      Tokens t = Tokens.of(text, 0, text.length(), v);
      for (Set<String> words : sets) {
        VocabularySet set = new VocabularySet(words, vocabulary);
        for (int i = 0; i < t.size(); i++) {
          assertThat(set.contains(t, i)).as("%s contains %s", words, t.get(i)).isEqualTo(words.contains(t.get(i)));
          assertThat(set.containsLower(t, i)).as("%s contains lower %s", words, t.get(i))
              .isEqualTo(words.contains(t.lower(i)));
        }
      }
    }
  }
}
