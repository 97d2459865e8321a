package io.github.newsevents.extract;

import io.github.newsevents.internal.RangeMap;
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
  /**
   * A word of the meeting or ceasefire stage's status lists: denial, cancellation, possibility,
   * plans, progress, agreement, violation.
   */
  static final int STATUS = 1 << 6;
  static final int MEETING = TALKS | IN_PERSON | CALL;

  private static final Map<String, Integer> FLAGS = new HashMap<>();

  static {
    add(MeetingStage.TALKS, TALKS);
    add(MeetingStage.IN_PERSON, IN_PERSON);
    add(MeetingStage.CALL, CALL);
    add(CeasefireStage.TRIGGERS, CEASEFIRE);
    add(CeasefireStage.PAUSES, PAUSE);
    add(StatementStage.INDIRECT_VERBS, INDIRECT_VERB);
    for (Set<String> words : java.util.List.of(MeetingStage.DENIALS, MeetingStage.CANCELLED, MeetingStage.OFF,
        MeetingStage.CALLED_OFF, EventStage.POSSIBLE, MeetingStage.ONGOING, MeetingStage.PLANNED_WORDS,
        MeetingStage.AGREEING)) {
      add(words, STATUS);
    }
    add(CeasefireStage.STATUS_WORDS.keySet(), STATUS);
  }

  private WordFlags() {}

  static {
    // the look-up folds case, so a capitalised word would never be found: the lists hold lower case only
    for (String w : FLAGS.keySet()) {
      if (!w.equals(w.toLowerCase(java.util.Locale.ROOT))) {
        throw new AssertionError("WordFlags: '" + w + "' is not lower case");
      }
    }
    // Doc keeps each token's flags in a byte
    for (int f : FLAGS.values()) {
      if (f > Byte.MAX_VALUE) {
        throw new AssertionError("WordFlags: flag " + f + " does not fit the byte Doc keeps per token");
      }
    }
  }

  private static void add(Set<String> words, int flag) {
    for (String w : words) {
      FLAGS.merge(w, flag, (a, b) -> a | b);
    }
  }

  /** The same words, probed with text[from, to) without case: flagging a token makes no String. */
  private static final RangeMap<Integer> BY_RANGE = new RangeMap<>(FLAGS, true);

  /** The words that have flags, all lower case. */
  static java.util.Set<String> words() {
    return java.util.Collections.unmodifiableSet(FLAGS.keySet());
  }

  /** The bits of {@code word} as it is (no case folding); 0 for none. */
  static int exactly(String word) {
    Integer f = FLAGS.get(word);
    return f == null ? 0 : f;
  }

  /** The bits of the word text[from, to), compared without case; 0 for none. */
  static int of(String text, int from, int to) {
    Integer f = BY_RANGE.get(text, from, to);
    return f == null ? 0 : f;
  }
}
