package io.github.newsevents.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One lookup per token instead of one per word list: each lower-case word maps to the bits of the
 * lists it belongs to, so the stages can scan every token of an article with a bit test.
 */
final class WordFlags {
  static final int TALKS = 1;
  static final int IN_PERSON = 1 << 1;
  static final int CALL = 1 << 2;
  static final int CEASEFIRE = 1 << 3;
  static final int PAUSE = 1 << 4;
  static final int INDIRECT_VERB = 1 << 5;
  static final int MEETING = TALKS | IN_PERSON | CALL;

  private static final Map<String, Integer> FLAGS = new HashMap<>();

  static {
    add(MeetingStage.TALKS, TALKS);
    add(MeetingStage.IN_PERSON, IN_PERSON);
    add(MeetingStage.CALL, CALL);
    add(CeasefireStage.TRIGGERS, CEASEFIRE);
    add(CeasefireStage.PAUSES, PAUSE);
    add(StatementStage.INDIRECT_VERBS, INDIRECT_VERB);
  }

  private WordFlags() {}

  private static void add(Set<String> words, int flag) {
    for (String w : words) {
      FLAGS.merge(w, flag, (a, b) -> a | b);
    }
  }

  /** The bits of a lower-case word; 0 for a word in none of the lists. */
  static int of(String lower) {
    Integer f = FLAGS.get(lower);
    return f == null ? 0 : f;
  }

  // The same words in an open-addressing table probed with text[from, to) lower-cased on the fly,
  // so that flagging a token makes no String. Every listed word is ASCII.
  private static final String[] KEYS;
  private static final int[] BITS;
  private static final int MAX_LENGTH;

  static {
    int size = Integer.highestOneBit(FLAGS.size() * 4);
    KEYS = new String[size];
    BITS = new int[size];
    int max = 0;
    for (Map.Entry<String, Integer> e : FLAGS.entrySet()) {
      String w = e.getKey();
      int slot = w.hashCode() & (size - 1);
      while (KEYS[slot] != null) {
        slot = (slot + 1) & (size - 1);
      }
      KEYS[slot] = w;
      BITS[slot] = e.getValue();
      max = Math.max(max, w.length());
    }
    MAX_LENGTH = max;
  }

  /** The bits of the word text[from, to), compared without case; 0 for none. */
  static int of(String text, int from, int to) {
    int n = to - from;
    if (n > MAX_LENGTH) {
      return 0;
    }
    int h = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        return 0; // no listed word has a non-ASCII letter
      }
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      h = 31 * h + c; // String.hashCode of the lower-case word
    }
    int mask = KEYS.length - 1;
    for (int slot = h & mask; KEYS[slot] != null; slot = (slot + 1) & mask) {
      String k = KEYS[slot];
      if (k.length() == n && text.regionMatches(true, from, k, 0, n)) {
        return BITS[slot];
      }
    }
    return 0;
  }
}
