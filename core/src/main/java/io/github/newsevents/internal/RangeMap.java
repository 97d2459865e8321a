package io.github.newsevents.internal;

import java.util.Map;

/**
 * A read-only map from String keys, probed with a stretch of a text ({@code text[from, to)}) so
 * that looking a word up makes no String. Keys are compared exactly, or without ASCII case when
 * built {@code ignoringCase} (keys then lower case). Open addressing over the keys' String hashes;
 * immutable once built and safe to share between threads.
 */
public final class RangeMap<V> {
  private final String[] keys;
  /** Each slot's key's String hash: a probe compares these before it touches a key. */
  private final int[] hashes;
  private final Object[] values;
  private final boolean ignoreCase;
  /**
   * For each ASCII first character (lower case when ignoring case), bit {@code min(length, 63)} set
   * when some key starts with it and has that length; the same for last characters. Most probes
   * are for words that are no key, and these turn them away without hashing.
   */
  private final long[] lengthsByFirst = new long[128];
  private final long[] lengthsByLast = new long[128];
  /** Whether some key is empty or starts or ends with a non-ASCII character: then the filter is skipped. */
  private boolean nonAsciiEnds;

  /** A map of {@code entries}; with {@code ignoringCase} its keys must be lower case. */
  public RangeMap(Map<String, V> entries, boolean ignoringCase) {
    int size = Math.max(4, Integer.highestOneBit(Math.max(1, entries.size()) * 4));
    this.keys = new String[size];
    this.hashes = new int[size];
    this.values = new Object[size];
    this.ignoreCase = ignoringCase;
    for (Map.Entry<String, V> e : entries.entrySet()) {
      int slot = e.getKey().hashCode() & (size - 1);
      while (keys[slot] != null) {
        slot = (slot + 1) & (size - 1);
      }
      keys[slot] = e.getKey();
      hashes[slot] = e.getKey().hashCode();
      values[slot] = e.getValue();
      String k = e.getKey();
      if (!k.isEmpty() && k.charAt(0) < 128 && k.charAt(k.length() - 1) < 128) {
        lengthsByFirst[k.charAt(0)] |= 1L << Math.min(k.length(), 63);
        lengthsByLast[k.charAt(k.length() - 1)] |= 1L << Math.min(k.length(), 63);
      } else {
        nonAsciiEnds = true;
      }
    }
  }

  /** {@code c} as keys hold it: ASCII capitals in lower case when ignoring case. */
  private char fold(char c) {
    return ignoreCase && c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  /** The value of the key equal to {@code text[from, to)}, or null. */
  @SuppressWarnings("unchecked")
  public V get(String text, int from, int to) {
    int n = to - from;
    if (n > 0 && !nonAsciiEnds) {
      long bit = 1L << Math.min(n, 63);
      char first = fold(text.charAt(from));
      char last = fold(text.charAt(to - 1));
      if (first < 128 && (lengthsByFirst[first] & bit) == 0 || last < 128 && (lengthsByLast[last] & bit) == 0) {
        return null;
      }
    }
    int h = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (ignoreCase) {
        c = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
      }
      h = 31 * h + c;
    }
    int mask = keys.length - 1;
    for (int slot = h & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      String k = keys[slot];
      if (hashes[slot] == h && k.length() == n && text.regionMatches(ignoreCase, from, k, 0, n)) {
        return (V) values[slot];
      }
    }
    return null;
  }
}
