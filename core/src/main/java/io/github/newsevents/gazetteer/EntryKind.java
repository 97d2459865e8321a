package io.github.newsevents.gazetteer;

/** What a {@link GazetteerEntry} names. */
public enum EntryKind {
  /** A sovereign or widely recognised state; its capitals stand for its government. */
  STATE,
  /** An institution or intergovernmental organisation ("the Kremlin", "NATO"). */
  ORGANIZATION,
  /** An armed or political non-state group ("Hamas"). */
  GROUP,
  /** A title or office ("foreign minister"); names are lower case. */
  TITLE,
  /** A city, region or venue: a location, never an actor. */
  PLACE,
  /** A social network or publication channel ("Truth Social"): never an actor. */
  PLATFORM
}
