package io.github.newsevents.internal;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * An immutable set of Strings for the stages' word lists, which they ask about nearly every token.
 * Open addressing over a power-of-two table with each slot's hash beside it: a miss, the common
 * answer, costs a mask and an int compare instead of {@code Set.of}'s {@code floorMod} and a
 * {@code String.equals} on another word, and a hit on the very instance (the tokenizer hands out the
 * lists' own Strings) is found by identity. Otherwise it behaves as {@code Set.of}: null elements
 * and null queries are rejected, and every mutator throws. Safe to share between threads.
 */
public final class StringSet extends AbstractSet<String> {
  private final String[] table;
  private final int[] hashes;
  private final int size;

  private StringSet(Collection<String> words, boolean duplicates) {
    int capacity = Integer.highestOneBit(Math.max(1, words.size()) * 2) * 2; // at most half full
    this.table = new String[capacity];
    this.hashes = new int[capacity];
    int n = 0;
    for (String w : words) {
      int h = Objects.requireNonNull(w, "element").hashCode();
      int slot = spread(h) & (capacity - 1);
      while (table[slot] != null && !table[slot].equals(w)) {
        slot = (slot + 1) & (capacity - 1);
      }
      if (table[slot] != null) {
        if (!duplicates) {
          throw new IllegalArgumentException("duplicate element: " + w);
        }
        continue;
      }
      table[slot] = w;
      hashes[slot] = h;
      n++;
    }
    this.size = n;
  }

  /** The set of {@code words}, as {@code Set.of(words)}: no null, no word twice. */
  public static StringSet of(String... words) {
    return new StringSet(Arrays.asList(words), false);
  }

  /** The set of {@code words}, as {@code Set.copyOf(words)}: no null; a word given twice is kept once. */
  public static StringSet copyOf(Collection<String> words) {
    return words instanceof StringSet ? (StringSet) words : new StringSet(words, true);
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  @Override
  public boolean contains(Object o) {
    // small enough for the JIT to inline at every call site; the probe is a method of its own
    if (o instanceof String) {
      return containsString((String) o);
    }
    Objects.requireNonNull(o);
    return false;
  }

  private boolean containsString(String s) {
    int h = s.hashCode();
    int mask = table.length - 1;
    for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
      String w = table[slot];
      if (w == null) {
        return false;
      }
      if (w == s || hashes[slot] == h && w.equals(s)) {
        return true;
      }
    }
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Iterator<String> iterator() {
    return new Iterator<>() {
      private int slot = next(0);

      private int next(int from) {
        int k = from;
        while (k < table.length && table[k] == null) {
          k++;
        }
        return k;
      }

      @Override
      public boolean hasNext() {
        return slot < table.length;
      }

      @Override
      public String next() {
        if (slot >= table.length) {
          throw new NoSuchElementException();
        }
        String w = table[slot];
        slot = next(slot + 1);
        return w;
      }
    };
  }
}
