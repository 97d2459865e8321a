package io.github.newsevents.testkit.gold;

import io.github.newsevents.model.PartialDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The article a gold file annotates: publication date, headline and source. Immutable. */
@Value.Immutable
public interface GoldArticle {
  Optional<PartialDate> date();

  Optional<String> headline();

  Optional<String> source();

  /** Fields this format does not know, as compact JSON text in file order. */
  Map<String, String> unknownFields();

  final class Builder extends ImmutableGoldArticle.Builder {}
}
