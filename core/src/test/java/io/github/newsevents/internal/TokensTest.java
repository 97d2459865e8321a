package io.github.newsevents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokensTest {
  private final String text = "The envoy met Ana \u00C9lise in \u00C9vian; the talks ended.";
  private final Tokens t = Tokens.of(text, 0, text.length());

  @Test
  void isComparesTheWholeTokenExactly() {
    assertThat(t.is(0, "The")).isTrue();
    assertThat(t.is(0, "the")).isFalse();
    assertThat(t.is(0, "Th")).isFalse();
    assertThat(t.is(0, "Then")).isFalse();
    assertThat(t.is(0, "")).isFalse();
    assertThat(t.is(7, ";")).isTrue();
    assertThat(t.is(8, "the")).isTrue();
  }

  /** A sentence glued to the word before it (a lost line break) starts a token of its own. */
  @Test
  void aSentenceGluedToAWordStartsATokenOfItsOwn() {
    String s = "the Andean CouncilHe spoke with LinkedIn";
    Tokens g = Tokens.of(s, 0, s.length());
    java.util.List<String> words = new java.util.ArrayList<>();
    for (int k = 0; k < g.size(); k++) {
      words.add(g.get(k));
    }
    assertThat(words).containsExactly("the", "Andean", "Council", "He", "spoke", "with", "LinkedIn");
  }

  @Test
  void isIgnoreCaseFoldsCaseOnly() {
    assertThat(t.isIgnoreCase(0, "the")).isTrue();
    assertThat(t.isIgnoreCase(0, "THE")).isTrue();
    assertThat(t.isIgnoreCase(0, "tha")).isFalse();
    assertThat(t.isIgnoreCase(0, "she")).isFalse();
    assertThat(t.isIgnoreCase(4, "\u00E9lise")).isTrue(); // a first letter that is not ASCII
    assertThat(t.isIgnoreCase(4, "elise")).isFalse();
    assertThat(t.isIgnoreCase(6, "\u00E9VIAN")).isTrue();
    assertThat(t.isIgnoreCase(7, ";")).isTrue();
    assertThat(t.isIgnoreCase(7, "{")).isFalse();
  }

  @Test
  void aSourceTokenizesItsStretchesAsOfDoes() {
    // one source for every paragraph shares the text's copy and the scratch arrays: the tokens are
    // those of each stretch tokenized alone
    Vocabulary v = new Vocabulary(java.util.List.of("the", "talks", "envoy", "said", "ended"), w -> w.length());
    String article = "The envoy said talks ended.\n\nTALKS, talks and Talks\u2019s end \u201Cnow\u201D.\n\n"
        + "word ".repeat(300) + "the end";
    Tokens.Source source = new Tokens.Source(article);
    int[][] stretches = {{0, 27}, {29, 67}, {69, article.length()}, {3, 9}, {0, 0}};
    for (int[] s : stretches) {
      Tokens a = source.tokens(s[0], s[1], v);
      Tokens b = Tokens.of(article, s[0], s[1], v);
      assertThat(a.size()).isEqualTo(b.size());
      for (int i = 0; i < a.size(); i++) {
        assertThat(a.get(i)).isEqualTo(b.get(i));
        assertThat(a.lower(i)).isEqualTo(b.lower(i));
        assertThat(a.start(i)).isEqualTo(b.start(i));
        assertThat(a.type(i)).isEqualTo(b.type(i));
        assertThat(a.payload(i)).isEqualTo(b.payload(i));
        assertThat(a.index(v, i)).isEqualTo(b.index(v, i));
        assertThat(a.absentFrom(v, i)).isEqualTo(b.absentFrom(v, i));
      }
    }
  }
}
