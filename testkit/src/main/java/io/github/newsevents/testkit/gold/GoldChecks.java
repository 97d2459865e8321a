package io.github.newsevents.testkit.gold;

/** Invariant checks of the gold values; each message names the attribute. */
final class GoldChecks {
  private GoldChecks() {}

  static void notBlank(String value, String attribute) {
    if (value.isBlank()) {
      throw new IllegalStateException(attribute + " must not be blank");
    }
  }
}
