package io.github.newsevents.internal;

import java.util.Collection;

/**
 * Canonical {@code String} instances for a fixed set of words, probed with a stretch of a text
 * ({@code text[from, to)}): a token that is one of these words is returned as the shared instance
 * instead of a fresh substring. That saves an allocation per token, and the shared instance is
 * usually the very element of the word lists it is looked up in, so its hash is cached and
 * {@code equals} succeeds on identity. Open addressing over the words' String hashes; immutable
 * once built and safe to share between threads.
 */
public final class Vocabulary {
  /** The empty vocabulary: every look-up misses. */
  public static final Vocabulary EMPTY = new Vocabulary(java.util.List.of());

  private final String[] slots;
  /**
   * Each slot's word's String hash, payload and characters' place in {@link #chars}, packed in one
   * long (see {@link #entry}), 0 for an empty slot: a probe reads one array and the characters it
   * compares lie together, instead of reaching into a String object and its array per probe.
   */
  private final long[] entries;
  /** The characters of the words, one after another: {@link #entries} say where each one's are. */
  private final char[] chars;
  /**
   * For each ASCII first character, bit {@code min(length, 63)} set when some word starts with it
   * and has that length; the same for last characters. Most misses end there, without hashing.
   */
  private final long[] lengthsByFirst = new long[128];
  private final long[] lengthsByLast = new long[128];
  /** Whether some word starts or ends with a non-ASCII character. */
  private boolean nonAsciiEnds;
  /** Whether the lower case of every ASCII word is a word too (see {@link #holdsLowerCases}). */
  private final boolean holdsLowerCases;
  /** The one-character words by their ASCII character: marks ("," "(") are asked for again and again. */
  private final String[] singles = new String[128];
  /** Each slot's word's {@link #index}, -1 for an empty slot. */
  private final int[] indexes;
  /** The words by {@link #index}. */
  private final String[] indexed;
  /**
   * By the {@link #index} of a lower-case word, the other ASCII words with that lower case ("May",
   * "MAY" for "may"), or null: a token with a capital whose lower case has an index is one of them
   * or no word at all, found without hashing it again (see {@link #variant}).
   */
  private final String[][] variants;
  private final int size;

  /** An entry's fields: bit 0 set (taken), payload in bits 1-7, length in 8-13, place in 14-31, hash in 32-63. */
  private static final int MAX_LENGTH = 63;
  private static final int MAX_PLACE = (1 << 18) - 1;

  /** A vocabulary of {@code words} (duplicates and empty strings are ignored). */
  public Vocabulary(Collection<String> words) {
    this(words, w -> 0);
  }

  /**
   * A vocabulary of {@code words} (duplicates and empty strings are ignored) where each word carries
   * {@code payload.applyAsInt(word)}, a value from 0 to 127 (for instance bits of the word lists
   * it is on), read back with {@link #payload}.
   *
   * @throws IllegalArgumentException when a payload is outside 0 to 127
   */
  public Vocabulary(Collection<String> words, java.util.function.ToIntFunction<String> payload) {
    int capacity = Math.max(4, Integer.highestOneBit(Math.max(1, words.size()) * 4));
    this.slots = new String[capacity];
    this.entries = new long[capacity];
    StringBuilder all = new StringBuilder();
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      int slot = w.hashCode() & (capacity - 1);
      while (slots[slot] != null && !slots[slot].equals(w)) {
        slot = (slot + 1) & (capacity - 1);
      }
      int value = payload.applyAsInt(w);
      if (value < 0 || value > Byte.MAX_VALUE) {
        throw new IllegalArgumentException("payload of '" + w + "' is " + value + ", not from 0 to 127");
      }
      int place = 0;
      int length = 0; // 0: a long word, or a huge vocabulary; probes compare with the String
      if (slots[slot] != null) {
        place = (int) (entries[slot] >>> 14) & MAX_PLACE; // the same word again: its characters are there
        length = (int) (entries[slot] >>> 8) & MAX_LENGTH;
      } else if (w.length() <= MAX_LENGTH && all.length() + w.length() <= MAX_PLACE) {
        place = all.length();
        length = w.length();
        all.append(w);
      }
      slots[slot] = w;
      entries[slot] = entry(w.hashCode(), value, length, place);
      if (w.length() == 1 && w.charAt(0) < 128) {
        singles[w.charAt(0)] = w;
      }
      char first = w.charAt(0);
      char last = w.charAt(w.length() - 1);
      if (first < 128 && last < 128) {
        lengthsByFirst[first] |= 1L << Math.min(w.length(), 63);
        lengthsByLast[last] |= 1L << Math.min(w.length(), 63);
      } else {
        nonAsciiEnds = true;
      }
    }
    this.chars = all.toString().toCharArray();
    this.indexes = new int[slots.length];
    int n = 0;
    for (int slot = 0; slot < slots.length; slot++) {
      indexes[slot] = slots[slot] == null ? -1 : n++;
    }
    this.size = n;
    this.indexed = new String[n];
    for (int slot = 0; slot < slots.length; slot++) {
      if (slots[slot] != null) {
        indexed[indexes[slot]] = slots[slot];
      }
    }
    boolean closed = true;
    for (String w : slots) {
      if (w != null && closed && Chars.isAscii(w)) {
        closed = lowerSlot(w, 0, w.length()) >= 0;
      }
    }
    this.holdsLowerCases = closed;
    this.variants = new String[n][];
    for (String w : indexed) {
      if (Chars.isAscii(w)) {
        int slot = lowerSlot(w, 0, w.length());
        if (slot >= 0 && slots[slot] != w) {
          String[] known = variants[indexes[slot]];
          String[] more = known == null ? new String[1] : java.util.Arrays.copyOf(known, known.length + 1);
          more[more.length - 1] = w;
          variants[indexes[slot]] = more;
        }
      }
    }
  }

  /**
   * {@link #get} for an ASCII stretch {@code text[from, to)} whose lower case is the word of index
   * {@code index}: the word equal to it, or null.
   */
  public String variant(int index, String text, int from, int to) {
    String[] ws = variants[index];
    if (ws != null) {
      for (String w : ws) {
        if (w.length() == to - from && text.regionMatches(from, w, 0, to - from)) {
          return w;
        }
      }
    }
    return null;
  }

  private static long entry(int hash, int payload, int length, int place) {
    return (long) hash << 32 | (long) place << 14 | length << 8 | payload << 1 | 1;
  }

  /** The word equal to {@code text[from, to)}, or null when it is not one of these words. */
  public String get(String text, int from, int to) {
    if (to - from == 1 && text.charAt(from) < 128) {
      return singles[text.charAt(from)];
    }
    if (from < to && !mayHold(text.charAt(from), text.charAt(to - 1), to - from)) {
      return null;
    }
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + text.charAt(i);
    }
    int n = to - from;
    int mask = entries.length - 1;
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      long e = entries[slot];
      if (e == 0) {
        return null;
      }
      if ((int) (e >>> 32) == h && same(e, slot, text, from, n, false)) {
        return slots[slot];
      }
    }
  }

  /**
   * The word equal to {@code text[from, to)} in lower case, when that stretch is ASCII (where
   * lower-casing is per character, as {@code toLowerCase(Locale.ROOT)} does it); null when it is
   * not ASCII or its lower case is not one of these words.
   */
  public String lower(String text, int from, int to) {
    int slot = lowerSlot(text, from, to);
    return slot >= 0 ? slots[slot] : null;
  }

  /**
   * The slot that holds the word {@link #lower} returns for {@code text[from, to)}, to pass to
   * {@link #word} and {@link #payload}; -1 when {@link #lower} returns null.
   */
  public int lowerSlot(String text, int from, int to) {
    if (from < to && !mayHold(asciiLower(text.charAt(from)), asciiLower(text.charAt(to - 1)), to - from)) {
      return -1;
    }
    int h = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        return -1;
      }
      h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return probeLower(text, from, to, h);
  }

  /**
   * {@link #lowerSlot(String, int, int)} for an ASCII stretch whose lower case has the String hash
   * {@code hash}, as a tokenizer that has just read its characters knows: no second pass over them.
   */
  public int lowerSlot(String text, int from, int to, int hash) {
    if (from < to && !mayHold(asciiLower(text.charAt(from)), asciiLower(text.charAt(to - 1)), to - from)) {
      return -1;
    }
    return probeLower(text, from, to, hash);
  }

  /** The slot of the word equal to the ASCII lower case of {@code text[from, to)}, whose hash is {@code hash}; or -1. */
  private int probeLower(String text, int from, int to, int hash) {
    int mask = entries.length - 1;
    return probeLower(text, from, to, hash, hash & mask, entries[hash & mask]);
  }

  /** {@link #probeLower(String, int, int, int)} with the entry of its first slot read already. */
  private int probeLower(String text, int from, int to, int hash, int slot, long e) {
    int n = to - from;
    int mask = entries.length - 1;
    while (e != 0) {
      if ((int) (e >>> 32) == hash && same(e, slot, text, from, n, true)) {
        return slot;
      }
      slot = (slot + 1) & mask;
      e = entries[slot];
    }
    return -1;
  }

  /**
   * {@link #lowerSlot(String, int, int, int)} for many stretches at once: {@code slots[k]} becomes
   * the slot of the characters {@code chars[starts[tokens[k]] - base, ends[tokens[k]] - base)}
   * (a copy of the text from offset {@code base} on), whose lower case has the hash
   * {@code hashes[k]}, for each {@code k} below {@code n}. A tokenizer asks this once per paragraph:
   * the first entry of every stretch is read in one tight loop, where the processor fetches many
   * from memory at a time, rather than one at a time between the scanning of words. {@code first},
   * of {@code n} entries at least, is scratch space for that loop, which the caller may reuse.
   */
  public void lowerSlots(char[] chars, int base, int[] tokens, int[] starts, int[] ends, int[] hashes, int n, int[] slots,
      long[] first) {
    int mask = entries.length - 1;
    for (int k = 0; k < n; k++) {
      int from = starts[tokens[k]] - base;
      int to = ends[tokens[k]] - base;
      // 0, an empty slot, for a stretch that mayHold turns away: both give -1
      first[k] = from < to && !mayHold(asciiLower(chars[from]), asciiLower(chars[to - 1]), to - from)
          ? 0 : entries[hashes[k] & mask];
    }
    for (int k = 0; k < n; k++) {
      int from = starts[tokens[k]] - base;
      int length = ends[tokens[k]] - base - from;
      int slot = hashes[k] & mask;
      long e = first[k];
      while (e != 0 && ((int) (e >>> 32) != hashes[k] || !sameLower(e, slot, chars, from, length))) {
        slot = (slot + 1) & mask;
        e = entries[slot];
      }
      slots[k] = e != 0 ? slot : -1;
    }
  }

  /** Whether the word of {@code slot} (entry {@code e}) is {@code chars[from, from + n)} in lower case. */
  private boolean sameLower(long e, int slot, char[] chars, int from, int n) {
    int length = (int) (e >>> 8) & MAX_LENGTH;
    if (length == 0) {
      String w = slots[slot]; // a word whose characters are not in the array
      if (w.length() != n) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        if (asciiLower(chars[from + i]) != w.charAt(i)) {
          return false;
        }
      }
      return true;
    }
    if (length != n) {
      return false;
    }
    int place = (int) (e >>> 14) & MAX_PLACE;
    for (int i = 0; i < n; i++) {
      if (asciiLower(chars[from + i]) != this.chars[place + i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether the word of {@code slot} (entry {@code e}) is {@code text[from, from + n)}, lower-cased when {@code lower}. */
  private boolean same(long e, int slot, String text, int from, int n, boolean lower) {
    int length = (int) (e >>> 8) & MAX_LENGTH;
    if (length == 0) {
      String w = slots[slot]; // a word whose characters are not in the array
      return w.length() == n && (lower ? sameLower(text, from, w) : text.regionMatches(from, w, 0, n));
    }
    if (length != n) {
      return false;
    }
    int place = (int) (e >>> 14) & MAX_PLACE;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(from + i);
      if (lower && c >= 'A' && c <= 'Z') {
        c = (char) (c + 32);
      }
      if (c != chars[place + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the lower case of each ASCII word is one of the words too: then an ASCII stretch whose
   * lower case {@link #lower} does not find is no word in any case either.
   */
  public boolean holdsLowerCases() {
    return holdsLowerCases;
  }

  /** The word at {@code slot}, a slot {@link #lowerSlot} returned. */
  public String word(int slot) {
    return slots[slot];
  }

  /** How many words there are: their {@link #index indexes} run from 0 to this less one. */
  public int size() {
    return size;
  }

  /**
   * The number of the word at {@code slot}, a slot {@link #lowerSlot} returned: the words are
   * numbered densely from 0, so that a set of them is a small bit set (see {@link VocabularySet}).
   */
  public int index(int slot) {
    return indexes[slot];
  }

  /** The word of index {@code index} (see {@link #index}). */
  public String wordAt(int index) {
    return indexed[index];
  }

  /** The payload of the word at {@code slot}, a slot {@link #lowerSlot} returned. */
  public int payload(int slot) {
    return (int) (entries[slot] >>> 1) & Byte.MAX_VALUE;
  }

  /** False when no word of length {@code n} starts with {@code first} and ends with {@code last}. */
  private boolean mayHold(char first, char last, int n) {
    if (first >= 128 || last >= 128) {
      return nonAsciiEnds;
    }
    long bit = 1L << Math.min(n, 63);
    return (lengthsByFirst[first] & bit) != 0 && (lengthsByLast[last] & bit) != 0;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  private static boolean sameLower(String text, int from, String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = text.charAt(from + i);
      if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != w.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
