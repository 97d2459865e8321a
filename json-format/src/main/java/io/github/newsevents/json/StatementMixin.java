package io.github.newsevents.json;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.Span;
import io.github.newsevents.model.Statement;
import io.github.newsevents.model.StatementKind;
import java.util.Optional;

/**
 * {@link Statement}: {@code {"speaker", "text", "kind", "verb", "channel", "date", "span"}}; the
 * speaker is an actor id.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, fieldVisibility = NONE)
@JsonPropertyOrder({"speaker", "text", "kind", "verb", "channel", "date", "span"})
abstract class StatementMixin {
  @JsonProperty("speaker")
  abstract Optional<String> speaker();

  @JsonProperty("text")
  abstract String text();

  @JsonProperty("kind")
  abstract StatementKind kind();

  @JsonProperty("verb")
  abstract Optional<String> verb();

  @JsonProperty("channel")
  abstract Optional<String> channel();

  @JsonProperty("date")
  abstract Optional<PartialDate> date();

  @JsonProperty("span")
  abstract Optional<Span> span();

  @JsonAutoDetect(
      setterVisibility = NONE,
      getterVisibility = NONE,
      isGetterVisibility = NONE,
      fieldVisibility = NONE,
      creatorVisibility = NONE)
  abstract static class BuilderMixin {
    @JsonProperty("speaker")
    abstract Statement.Builder speaker(Optional<String> speaker);

    @JsonProperty("text")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Statement.Builder text(String text);

    @JsonProperty("kind")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Statement.Builder kind(StatementKind kind);

    @JsonProperty("verb")
    abstract Statement.Builder verb(Optional<String> verb);

    @JsonProperty("channel")
    abstract Statement.Builder channel(Optional<String> channel);

    @JsonProperty("date")
    abstract Statement.Builder date(Optional<? extends PartialDate> date);

    @JsonProperty("span")
    abstract Statement.Builder span(Optional<? extends Span> span);
  }
}
