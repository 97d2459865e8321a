package io.github.newsevents.json;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Span;
import java.util.List;
import java.util.Optional;

/**
 * {@link Actor}: {@code {"id", "name", "kind", "titles", "country", "affiliation", "aliases",
 * "mentions", "unnamed"}}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, fieldVisibility = NONE)
@JsonPropertyOrder({
  "id", "name", "kind", "titles", "country", "affiliation", "aliases", "mentions", "unnamed"
})
abstract class ActorMixin {
  @JsonProperty("id")
  abstract String id();

  @JsonProperty("name")
  abstract String name();

  @JsonProperty("kind")
  abstract ActorKind kind();

  @JsonProperty("titles")
  abstract List<String> titles();

  @JsonProperty("country")
  abstract Optional<String> country();

  @JsonProperty("affiliation")
  abstract Optional<String> affiliation();

  @JsonProperty("aliases")
  abstract List<String> aliases();

  @JsonProperty("mentions")
  abstract List<Span> mentions();

  @JsonProperty("unnamed")
  abstract boolean unnamed();

  @JsonAutoDetect(
      setterVisibility = NONE,
      getterVisibility = NONE,
      isGetterVisibility = NONE,
      fieldVisibility = NONE,
      creatorVisibility = NONE)
  abstract static class BuilderMixin {
    @JsonProperty("id")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Actor.Builder id(String id);

    @JsonProperty("name")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Actor.Builder name(String name);

    @JsonProperty("kind")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Actor.Builder kind(ActorKind kind);

    @JsonProperty("titles")
    @JsonSetter(nulls = Nulls.AS_EMPTY, contentNulls = Nulls.FAIL)
    abstract Actor.Builder addAllTitles(Iterable<String> titles);

    @JsonProperty("country")
    abstract Actor.Builder country(Optional<String> country);

    @JsonProperty("affiliation")
    abstract Actor.Builder affiliation(Optional<String> affiliation);

    @JsonProperty("aliases")
    @JsonSetter(nulls = Nulls.AS_EMPTY, contentNulls = Nulls.FAIL)
    abstract Actor.Builder addAllAliases(Iterable<String> aliases);

    @JsonProperty("mentions")
    @JsonSetter(nulls = Nulls.AS_EMPTY, contentNulls = Nulls.FAIL)
    abstract Actor.Builder addAllMentions(Iterable<? extends Span> mentions);

    /** A default: {@code null} or missing means {@code false}. */
    @JsonProperty("unnamed")
    @JsonSetter(nulls = Nulls.SKIP)
    abstract Actor.Builder unnamed(boolean unnamed);
  }
}
