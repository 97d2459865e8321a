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
