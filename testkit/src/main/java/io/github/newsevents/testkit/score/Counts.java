package io.github.newsevents.testkit.score;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The tallies of one {@link Category}: gold items (optional ones left out), predicted items
 * (those matching an optional gold item left out), matched pairs, and per attribute ({@code
 * speaker}, {@code status}, {@code date}, {@code kind}, {@code location}, {@code scope}, {@code
 * duration}) how many matched pairs were judged on it and how many agreed. Immutable.
 */
@Value.Immutable
public interface Counts {
  /** No items anywhere. */
  static Counts zero() {
    return new Builder().build();
  }

  @Value.Default
  default int gold() {
    return 0;
  }

  @Value.Default
  default int predicted() {
    return 0;
  }

  @Value.Default
  default int matched() {
    return 0;
  }

  /** Matched pairs whose attribute was judged, by attribute name. */
  Map<String, Integer> judged();

  /** Matched pairs whose attribute agreed, by attribute name. */
  Map<String, Integer> agreed();

  /** Matched over predicted; 1 with nothing predicted and nothing to find, else 0 with nothing predicted. */
  default double precision() {
    return predicted() > 0 ? (double) matched() / predicted() : gold() == 0 ? 1.0 : 0.0;
  }

  /** Matched over gold; 1 with nothing to find and nothing predicted, else 0 with nothing to find. */
  default double recall() {
    return gold() > 0 ? (double) matched() / gold() : predicted() == 0 ? 1.0 : 0.0;
  }

  default double f1() {
    double p = precision();
    double r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }

  /** The share of judged pairs whose {@code attribute} agreed; empty when none was judged. */
  default Optional<Double> accuracy(String attribute) {
    int judged = judged().getOrDefault(attribute, 0);
    return judged == 0 ? Optional.empty()
        : Optional.of((double) agreed().getOrDefault(attribute, 0) / judged);
  }

  /** These tallies and {@code other}'s, added. */
  default Counts plus(Counts other) {
    Map<String, Integer> judged = new TreeMap<>(judged());
    other.judged().forEach((k, v) -> judged.merge(k, v, Integer::sum));
    Map<String, Integer> agreed = new TreeMap<>(agreed());
    other.agreed().forEach((k, v) -> agreed.merge(k, v, Integer::sum));
    return new Builder()
        .gold(gold() + other.gold())
        .predicted(predicted() + other.predicted())
        .matched(matched() + other.matched())
        .putAllJudged(judged)
        .putAllAgreed(agreed)
        .build();
  }

  @Value.Check
  default void check() {
    if (gold() < 0 || predicted() < 0 || matched() < 0) {
      throw new IllegalStateException("Counts must not be negative: " + this);
    }
    for (Map.Entry<String, Integer> a : agreed().entrySet()) {
      if (a.getValue() > judged().getOrDefault(a.getKey(), 0)) {
        throw new IllegalStateException("Counts.agreed." + a.getKey() + " exceeds Counts.judged");
      }
    }
  }

  final class Builder extends ImmutableCounts.Builder {}
}
