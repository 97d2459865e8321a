package io.github.newsevents.extract;

import java.util.List;

/** A stretch of tokens in one paragraph that names an actor. */
final class Mention {
  final int para;
  final int from;
  final int to;
  final ActorRec actor;
  /** Inside a quotation: the quoted speaker's words, not the reporting clause. */
  boolean quoted;
  /**
   * {@link EventStage#titleInside} of this mention once asked (0: not yet, 1: no, 2: yes): a
   * window of a long paragraph asks it of the same mention once per trigger.
   */
  byte titleInside;
  /** What {@code EventStage.named} asks of this mention, once worked out: {@code NAMED_*} bits, 0 before. */
  byte named;

  static final int NAMED_KNOWN = 1;
  static final int NAMED_PARTY = 2;
  static final int NAMED_IN_PLACE = 4;

  Mention(int para, int from, int to, ActorRec actor) {
    this.para = para;
    this.from = from;
    this.to = to;
    this.actor = actor;
  }

  /**
   * The mentions of {@code ms} that start at a token in [{@code from}, {@code to}), in their order:
   * a view found by binary search, since a paragraph's mentions are sorted by {@code from} (the actor
   * stage leaves them so). A stage that looks at a window visits only the mentions inside it, and
   * stays linear in one huge paragraph.
   */
  static List<Mention> starting(List<Mention> ms, int from, int to) {
    int a = first(ms, from);
    return ms.subList(a, Math.max(a, first(ms, to)));
  }

  /** The index of the first of {@code ms} (sorted by {@code from}) that starts at or after {@code from}. */
  static int first(List<Mention> ms, int from) {
    int lo = 0;
    int hi = ms.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ms.get(mid).from < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public String toString() {
    return actor + "@" + para + ":" + from;
  }
}
