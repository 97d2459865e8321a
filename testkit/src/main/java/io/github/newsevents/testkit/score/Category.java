package io.github.newsevents.testkit.score;

/** What a line of a score counts; {@link #key()} is its name in the corpus tool's output. */
public enum Category {
  /** Direct quotations, matched by their words whoever said them. */
  STATEMENTS("statements"),
  /** Direct quotations matched by their words and attributed to the right speaker. */
  STATEMENTS_WITH_SPEAKER("statements_with_speaker"),
  /** People, by name. */
  PERSON_ACTORS("person_actors"),
  MEETINGS("meetings"),
  CEASEFIRES("ceasefires");

  private final String key;

  Category(String key) {
    this.key = key;
  }

  /** {@code statements}, {@code statements_with_speaker}, {@code person_actors} ... */
  public String key() {
    return key;
  }
}
