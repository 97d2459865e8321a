package io.github.newsevents.json;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.newsevents.model.Dateline;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.Span;
import java.util.Optional;

/** {@link Dateline}: {@code {"place": "WASHINGTON", "agency": "Reuters", "date": "2025-04-11", "span": {...}}}. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, fieldVisibility = NONE)
@JsonPropertyOrder({"place", "agency", "date", "span"})
abstract class DatelineMixin {
  @JsonProperty("place")
  abstract Optional<String> place();

  @JsonProperty("agency")
  abstract Optional<String> agency();

  @JsonProperty("date")
  abstract Optional<PartialDate> date();

  @JsonProperty("span")
  abstract Span span();

  @JsonAutoDetect(
      setterVisibility = NONE,
      getterVisibility = NONE,
      isGetterVisibility = NONE,
      fieldVisibility = NONE,
      creatorVisibility = NONE)
  abstract static class BuilderMixin {
    @JsonProperty("place")
    abstract Dateline.Builder place(Optional<String> place);

    @JsonProperty("agency")
    abstract Dateline.Builder agency(Optional<String> agency);

    @JsonProperty("date")
    abstract Dateline.Builder date(Optional<? extends PartialDate> date);

    @JsonProperty("span")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Dateline.Builder span(Span span);
  }
}
