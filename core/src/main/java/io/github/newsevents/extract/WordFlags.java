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
}
