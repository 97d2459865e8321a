package io.github.newsevents.json;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.newsevents.model.Span;

/** {@link Span}: {@code {"start": 17, "end": 290}}. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, fieldVisibility = NONE)
@JsonPropertyOrder({"start", "end"})
abstract class SpanMixin {
  @JsonProperty("start")
  abstract int start();

  @JsonProperty("end")
  abstract int end();

  @JsonAutoDetect(
      setterVisibility = NONE,
      getterVisibility = NONE,
      isGetterVisibility = NONE,
      fieldVisibility = NONE,
      creatorVisibility = NONE)
  abstract static class BuilderMixin {
    @JsonProperty("start")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Span.Builder start(int start);

    @JsonProperty("end")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Span.Builder end(int end);
  }
}
