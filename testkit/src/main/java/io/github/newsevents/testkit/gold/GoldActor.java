package io.github.newsevents.testkit.gold;

import io.github.newsevents.model.ActorKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person, organisation, state or group the article names. A person the article leaves unnamed
 * carries {@code (unnamed)} in its name ("defence official (unnamed)"); scorers treat it as
 * optional. Immutable.
 */
@Value.Immutable
public interface GoldActor {
  /** The full name as first introduced. */
  String name();

  ActorKind kind();

  Optional<String> title();

  Optional<String> affiliation();

  /** Every other form the article uses ("Putin", "President Putin", "Moscow"). */
  List<String> aliases();

  /** {@code true} when including the actor is debatable; absent when the file does not say. */
  Optional<Boolean> optional();

  Optional<String> note();

  /** Fields this format does not know, as compact JSON text in file order. */
  Map<String, String> unknownFields();

  /** Whether the actor is marked optional, or is an unnamed person. */
  default boolean isOptional() {
    return optional().orElse(false) || name().contains("(unnamed)");
  }

  @Value.Check
  default void check() {
    GoldChecks.notBlank(name(), "GoldActor.name");
  }

  final class Builder extends ImmutableGoldActor.Builder {}
}
