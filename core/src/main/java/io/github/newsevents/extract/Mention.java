package io.github.newsevents.extract;

/** A stretch of tokens in one paragraph that names an actor. */
final class Mention {
  final int para;
  final int from;
  final int to;
  final ActorRec actor;

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
