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
  private final Object[] values;
  private final boolean ignoreCase;

  /** A map of {@code entries}; with {@code ignoringCase} its keys must be lower case. */
  public RangeMap(Map<String, V> entries, boolean ignoringCase) {
    int size = Math.max(4, Integer.highestOneBit(Math.max(1, entries.size()) * 4));
    this.keys = new String[size];
    this.values = new Object[size];
    this.ignoreCase = ignoringCase;
    for (Map.Entry<String, V> e : entries.entrySet()) {
      int slot = e.getKey().hashCode() & (size - 1);
      while (keys[slot] != null) {
        slot = (slot + 1) & (size - 1);
      }
      keys[slot] = e.getKey();
      values[slot] = e.getValue();
    }
  }

  /** The value of the key equal to {@code text[from, to)}, or null. */
  @SuppressWarnings("unchecked")
  public V get(String text, int from, int to) {
    int n = to - from;
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
      if (k.length() == n && text.regionMatches(ignoreCase, from, k, 0, n)) {
        return (V) values[slot];
      }
    }
    return null;
  }
}
