package io.github.newsevents.testkit.score;

/** What became of a gold or predicted item. */
public enum Outcome {
  /** A gold item and a predicted one matched (its attributes may still disagree). */
  HIT,
  /** A gold item no prediction matched. */
  MISS,
  /** A predicted item that matched no gold item. */
  FALSE_ALARM,
  /** An optional gold item, found or not: neither a hit nor a miss. */
  NEUTRAL
}
