package io.github.newsevents.json;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.newsevents.model.Removal;
import io.github.newsevents.model.Span;

/** {@link Removal}: {@code {"rule": "advertisement", "text": "Advertisment", "span": {...}}}. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, fieldVisibility = NONE)
@JsonPropertyOrder({"rule", "text", "span"})
abstract class RemovalMixin {
  @JsonProperty("rule")
  abstract String rule();

  @JsonProperty("text")
  abstract String text();

  @JsonProperty("span")
  abstract Span span();

  @JsonAutoDetect(
      setterVisibility = NONE,
      getterVisibility = NONE,
      isGetterVisibility = NONE,
      fieldVisibility = NONE,
      creatorVisibility = NONE)
  abstract static class BuilderMixin {
    @JsonProperty("rule")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Removal.Builder rule(String rule);

    @JsonProperty("text")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Removal.Builder text(String text);

    @JsonProperty("span")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Removal.Builder span(Span span);
  }
}
