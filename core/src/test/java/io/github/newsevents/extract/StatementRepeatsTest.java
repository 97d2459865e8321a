package io.github.newsevents.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Extractor.Repeats} compares the statements' texts without folding them into copies: it must
 * answer as the folded copies (white space runs made one space, lower case) compared would.
 */
class StatementRepeatsTest {
  /** Characters that fold in interesting ways: spaces of each kind, capitals, letters that are not ASCII. */
  private static final char[] ALPHABET = {'a', 'A', 'b', 'B', 'k', 'K', 'i', 'I', ' ', ' ', '\t', '\n', '\r', '.',
      '\u212A', '\u0130', '\u03A3', '\u03C3', '\u03C2', '\u00E9', '\u00C9', '\u2019'};

  private static String random(Random r, int max) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      // mostly ASCII, as quotes are
      b.append(r.nextInt(4) == 0 ? ALPHABET[r.nextInt(ALPHABET.length)] : ALPHABET[r.nextInt(10)]);
    }
    return b.toString();
  }

  @Test
  void comparesAsTheFoldedTextsWould() {
    Random r = new Random(7);
    for (int k = 0; k < 200_000; k++) {
      String a = random(r, 6);
      String b = r.nextInt(3) == 0 ? a.toUpperCase(java.util.Locale.ROOT) : random(r, 6);
      boolean same = Extractor.Repeats.folded(a).equals(Extractor.Repeats.folded(b));
      assertThat(Extractor.Repeats.sameFolded(a, b)).as("'%s' and '%s'", a, b).isEqualTo(same);
      assertThat(Extractor.Repeats.foldedHash(a)).as("'%s'", a).isEqualTo(Extractor.Repeats.folded(a).hashCode());
    }
  }

  @Test
  void spacingAndCaseAside() {
    assertThat(Extractor.Repeats.sameFolded("We  met\ttoday.", "we met TODAY.")).isTrue();
    assertThat(Extractor.Repeats.sameFolded("We met", "We met.")).isFalse();
    assertThat(Extractor.Repeats.sameFolded("We met ", "We met")).isFalse();
    assertThat(Extractor.Repeats.sameFolded("", "")).isTrue();
    assertThat(Extractor.Repeats.sameFolded("\u212Aey", "key")).isTrue(); // the Kelvin sign folds to k
  }
}
