package io.github.newsevents.testkit;

import io.github.newsevents.model.Extraction;
import io.github.newsevents.testkit.gold.Gold;
import io.github.newsevents.testkit.gold.PerfectExtraction;
import org.immutables.value.Value;

/**
 * An article with its gold annotation: the text a parser reads and what a careful reader finds in
 * it. Immutable.
 */
@Value.Immutable
public interface Fixture {
  /** A short name ("seed"). */
  String name();

  /** The article as a parser receives it. */
  String text();

  /** What a careful reader finds in it. */
  Gold gold();

  /** {@link #gold()} as the extraction a perfect extractor would return ({@link PerfectExtraction}). */
  @Value.Lazy
  default Extraction expectedExtraction() {
    return PerfectExtraction.of(gold(), text());
  }

  final class Builder extends ImmutableFixture.Builder {}
}
