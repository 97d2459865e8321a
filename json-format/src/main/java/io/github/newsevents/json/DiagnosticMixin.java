package io.github.newsevents.json;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.Span;
import java.util.Optional;

/** {@link Diagnostic}: {@code {"code": "date.unresolved", "message": "...", "span": {...}}}. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, fieldVisibility = NONE)
@JsonPropertyOrder({"code", "message", "span"})
abstract class DiagnosticMixin {
  @JsonProperty("code")
  abstract String code();

  @JsonProperty("message")
  abstract String message();

  @JsonProperty("span")
  abstract Optional<Span> span();

  @JsonAutoDetect(
      setterVisibility = NONE,
      getterVisibility = NONE,
      isGetterVisibility = NONE,
      fieldVisibility = NONE,
      creatorVisibility = NONE)
  abstract static class BuilderMixin {
    @JsonProperty("code")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Diagnostic.Builder code(String code);

    @JsonProperty("message")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Diagnostic.Builder message(String message);

    @JsonProperty("span")
    abstract Diagnostic.Builder span(Optional<? extends Span> span);
  }
}
