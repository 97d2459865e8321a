package io.github.newsevents.extract;

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

  @Override
  public String toString() {
    return actor + "@" + para + ":" + from;
  }
}
