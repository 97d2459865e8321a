package io.github.newsevents.internal;

import java.util.Objects;
import java.util.Set;

/**
 * A fixed set of words, with a bit per word of a {@link Vocabulary}: for tokens made with that
 * vocabulary, whether a token (or its lower case) is one of the words is a bit test on the index the
 * tokenizer found for it, not a hash look-up of its String. A token the bits cannot answer for
 * (another vocabulary, a word that is not ASCII, a mark) is looked up in the set itself, so every
 * answer is the set's own. Immutable and safe to share between threads, provided the set is not
 * changed after this is built.
 */
public final class VocabularySet {
  private final Set<String> words;
  private final Vocabulary vocabulary;
  /** Bit {@code x} (of element {@code x >>> 6}): the word of index {@code x} is one of the words. */
  private final long[] lower;
  /**
   * Bit {@code x}: the word of index {@code x} is the lower case of an ASCII word of the set with a
   * capital, null when no word has one: tested before {@link #capitals}, whose array is 32 times
   * the size, so that most capitalised tokens are turned away from a few cache lines.
   */
  private final long[] capitalised;
  /**
   * By the index of a lower-case word, the ASCII words of the set with a capital whose lower case it
   * is, or null: a capitalised token is one of the words only if it is one of these, compared with
   * its text in place instead of its String being made and hashed; null when no word has a capital.
   */
  private final String[][] capitals;
  /**
   * Whether the lower case of each ASCII word of the set is in the vocabulary: then a token whose
   * lower case the tokenizer found absent from it is, in any case, none of the words.
   */
  private final boolean covered;

  /** The words of {@code words} over the words of {@code vocabulary}. */
  public VocabularySet(Set<String> words, Vocabulary vocabulary) {
    this.words = Objects.requireNonNull(words, "words");
    this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
    this.lower = new long[(vocabulary.size() + 63) >>> 6];
    long[] capital = new long[lower.length];
    String[][] withCapital = null; // made at the first word with a capital: most sets have none
    boolean lowerOnly = true;
    boolean all = true;
    for (String w : words) {
      if (w.isEmpty() || !Chars.isAscii(w)) {
        continue; // never equal to an ASCII token, the only ones with an index or found absent
      }
      int slot = vocabulary.lowerSlot(w, 0, w.length());
      boolean hasCapital = !w.equals(w.toLowerCase(java.util.Locale.ROOT));
      lowerOnly &= !hasCapital;
      if (slot < 0) {
        all = false;
        continue;
      }
      int x = vocabulary.index(slot);
      if (!hasCapital) {
        lower[x >>> 6] |= 1L << x;
      } else {
        capital[x >>> 6] |= 1L << x;
        if (withCapital == null) {
          withCapital = new String[vocabulary.size()][];
        }
        String[] known = withCapital[x];
        String[] more = known == null ? new String[1] : java.util.Arrays.copyOf(known, known.length + 1);
        more[more.length - 1] = w;
        withCapital[x] = more;
      }
    }
    this.capitalised = lowerOnly ? null : capital;
    this.capitals = lowerOnly ? null : withCapital;
    this.covered = all && vocabulary.holdsLowerCases();
  }

  /** Whether {@code t.lower(i)} is one of the words. */
  public boolean containsLower(Tokens t, int i) {
    // the bit test of a token with an index first, small enough for the JIT to inline anywhere
    int x = t.index(vocabulary, i);
    return x >= 0 ? bit(lower, x) : containsLowerUnindexed(t, i);
  }

  /** {@link #containsLower} of a token without an index in the vocabulary. */
  private boolean containsLowerUnindexed(Tokens t, int i) {
    if (covered && t.absentFrom(vocabulary, i)) {
      return false;
    }
    return words.contains(t.lower(i));
  }

  /** Whether {@code t.get(i)}, the token as written, is one of the words. */
  public boolean contains(Tokens t, int i) {
    // a token in lower case with an index, the common case, first: small enough to inline anywhere
    int x = t.signedIndex(vocabulary, i);
    return x > 0 ? bit(lower, x - 1) : containsWritten(t, i, x);
  }

  /** {@link #contains} of a capitalised token or one without an index: {@code x} is its signed index. */
  private boolean containsWritten(Tokens t, int i, int x) {
    if (x < 0) {
      // an ASCII token with a capital equals only an ASCII word with a capital and the same lower case
      if (capitalised == null || !bit(capitalised, -x - 1)) {
        return false;
      }
      for (String w : capitals[-x - 1]) {
        if (t.is(i, w)) {
          return true;
        }
      }
      return false;
    }
    if (covered && t.absentFrom(vocabulary, i)) {
      return false;
    }
    return words.contains(t.get(i));
  }

  private static boolean bit(long[] bits, int x) {
    return (bits[x >>> 6] & (1L << x)) != 0;
  }

  /** The set these bits stand for. */
  public Set<String> words() {
    return words;
  }
}
