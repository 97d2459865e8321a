package io.github.newsevents.testkit.score;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of what went right or wrong: a hit (with the attributes judged on it), a miss, a false
 * alarm, or an optional gold item. Immutable.
 */
@Value.Immutable
public interface Finding {
  /** {@link Category#STATEMENTS}, {@link Category#PERSON_ACTORS}, MEETINGS or CEASEFIRES. */
  Category category();

  Outcome outcome();

  /** The gold item: present for hits, misses and neutral findings. */
  Optional<Item> gold();

  /** The predicted item: present for hits, false alarms and optional gold items that were found. */
  Optional<Item> predicted();

  /** For a hit: each attribute judged, and whether the prediction agreed with the gold. */
  Map<String, Boolean> attributes();

  /** Whether this is a hit with an attribute (speaker, status ...) that disagrees. */
  default boolean hasWrongAttribute() {
    return attributes().containsValue(false);
  }

  final class Builder extends ImmutableFinding.Builder {}
}
