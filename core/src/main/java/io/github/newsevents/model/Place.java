package io.github.newsevents.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A named place, such as a meeting's location, with the ISO 3166-1 alpha-3 code of its country when known. */
@Value.Immutable
public interface Place {
  String name();

  /** ISO 3166-1 alpha-3 code, such as {@code RUS}. */
  Optional<String> country();

  static Place of(String name) {
    return new Builder().name(name).build();
  }

  static Place of(String name, String country) {
    return new Builder().name(name).country(country).build();
  }

  @Value.Check
  default void check() {
    Checks.notBlank(name(), "Place", "name");
    country().ifPresent(c -> Checks.countryCode(c, "Place", "country"));
  }

  final class Builder extends ImmutablePlace.Builder {}
}
