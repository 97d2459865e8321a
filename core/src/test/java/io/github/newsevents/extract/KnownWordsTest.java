package io.github.newsevents.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.internal.Tokens;
import io.github.newsevents.internal.VocabularySet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KnownWordsTest {
  private static final String TEXT = "The Rebels said rebels and REBELS met. The rebel group, armed militias and the "
      + "U.S. envoy held talks in Caf\u00E9 Geneva on Friday; Jr. said \u201Cno\u201D. Parley, parley!";

  private static final List<Set<String>> SETS = List.of(ActorStage.ARMED_NOUNS, Lexicon.NOT_NAMES,
      Lexicon.COMMON_WORDS, Lexicon.HONORIFICS, Documents.NOUNS, Words.defaults("war"),
      Set.of("parley", "Geneva", "caf\u00E9", ";", "U.S."));

  @Test
  void membersAnswerAsTheirSetForEveryToken() {
    Tokens t = Tokens.of(TEXT, 0, TEXT.length(), KnownWords.VOCABULARY);
    for (Set<String> words : SETS) {
      VocabularySet bits = KnownWords.members(words);
      for (int i = 0; i < t.size(); i++) {
        assertThat(bits.contains(t, i)).as("%s as written", t.get(i)).isEqualTo(words.contains(t.get(i)));
        assertThat(bits.containsLower(t, i)).as("%s in lower case", t.get(i)).isEqualTo(words.contains(t.lower(i)));
      }
    }
  }

  @Test
  void anyInLooksAtTheWordsOfTheStretchInLowerCase() {
    Tokens t = Tokens.of(TEXT, 0, TEXT.length(), KnownWords.VOCABULARY);
    for (Set<String> words : SETS) {
      for (int from = -1; from <= t.size(); from += 3) {
        for (int to = from; to <= t.size() + 2; to += 4) {
          boolean expected = false;
          for (int k = Math.max(0, from); k < to && k < t.size(); k++) {
            expected |= t.type(k) == Tokens.WORD && words.contains(t.lower(k));
          }
          assertThat(KnownWords.anyIn(t, from, to, words)).as("%s in [%d, %d)", words, from, to).isEqualTo(expected);
        }
      }
    }
  }
}
