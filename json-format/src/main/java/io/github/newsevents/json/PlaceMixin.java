package io.github.newsevents.json;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.newsevents.model.Place;
import java.util.Optional;

/** {@link Place}: {@code {"name": "St. Petersburg", "country": "RUS"}}. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, fieldVisibility = NONE)
@JsonPropertyOrder({"name", "country"})
abstract class PlaceMixin {
  @JsonProperty("name")
  abstract String name();

  @JsonProperty("country")
  abstract Optional<String> country();

  @JsonAutoDetect(
      setterVisibility = NONE,
      getterVisibility = NONE,
      isGetterVisibility = NONE,
      fieldVisibility = NONE,
      creatorVisibility = NONE)
  abstract static class BuilderMixin {
    @JsonProperty("name")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Place.Builder name(String name);

    @JsonProperty("country")
    abstract Place.Builder country(Optional<String> country);
  }
}
