package io.github.newsevents.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A person, organisation, state or group that an article mentions. Statements, meetings and
 * ceasefires refer to actors by {@link #id()}, a readable slug unique within one {@link
 * Extraction} ({@code vladimir-putin}). Immutable.
 */
@Value.Immutable
public interface Actor {
  /** Lower-case letters, digits and single hyphens: {@code dmitry-peskov}, {@code un-2}. */
  Pattern ID = Pattern.compile("[\\p{Ll}\\p{Lo}0-9]++(?:-[\\p{Ll}\\p{Lo}0-9]++)*+");

  String id();

  /** The canonical name: the fullest form the article uses ("Vladimir Putin"). */
  String name();

  ActorKind kind();

  /** Titles and roles as written ("Russian President", "Kremlin spokesperson"). */
  List<String> titles();

  /** ISO 3166-1 alpha-3 code of the state the actor belongs to or is. */
  Optional<String> country();

  /** The organisation the actor belongs to or heads, as named ("Russian Direct Investment Fund"). */
  Optional<String> affiliation();

  /** Every other form the article uses for this actor ("Putin", "President Putin"). */
  List<String> aliases();

  /** Where the article mentions this actor. */
  List<Span> mentions();

  /**
   * Whether the article leaves the actor unnamed ("an Israeli official said"); {@link #name()} then
   * holds the description.
   */
  @Value.Default
  default boolean unnamed() {
    return false;
  }

  @Value.Check
  default void check() {
    Checks.notBlank(id(), "Actor", "id");
    if (!Checks.slug(id())) {
      throw new IllegalStateException(
          "Actor.id must be a slug of lower-case letters, digits and single hyphens, got '" + id() + "'");
    }
    Checks.notBlank(name(), "Actor", "name");
    Checks.notBlank(titles(), "Actor", "titles");
    Checks.notBlank(aliases(), "Actor", "aliases");
    country().ifPresent(c -> Checks.countryCode(c, "Actor", "country"));
    affiliation().ifPresent(a -> Checks.notBlank(a, "Actor", "affiliation"));
  }

  final class Builder extends ImmutableActor.Builder {}
}
