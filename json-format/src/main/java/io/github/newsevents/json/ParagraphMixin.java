package io.github.newsevents.json;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.newsevents.model.Paragraph;
import io.github.newsevents.model.Sentence;
import io.github.newsevents.model.Span;
import java.util.List;

/**
 * {@link Paragraph}: {@code {"text": "...", "span": {...}, "heading": false, "sentences": [...]}}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, fieldVisibility = NONE)
@JsonPropertyOrder({"text", "span", "heading", "sentences"})
abstract class ParagraphMixin {
  @JsonProperty("text")
  abstract String text();

  @JsonProperty("span")
  abstract Span span();

  @JsonProperty("heading")
  abstract boolean heading();

  @JsonProperty("sentences")
  abstract List<Sentence> sentences();

  @JsonAutoDetect(
      setterVisibility = NONE,
      getterVisibility = NONE,
      isGetterVisibility = NONE,
      fieldVisibility = NONE,
      creatorVisibility = NONE)
  abstract static class BuilderMixin {
    @JsonProperty("text")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Paragraph.Builder text(String text);

    @JsonProperty("span")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Paragraph.Builder span(Span span);

    /** A default: {@code null} or missing means {@code false}. */
    @JsonProperty("heading")
    @JsonSetter(nulls = Nulls.SKIP)
    abstract Paragraph.Builder heading(boolean heading);

    @JsonProperty("sentences")
    @JsonSetter(nulls = Nulls.AS_EMPTY, contentNulls = Nulls.FAIL)
    abstract Paragraph.Builder addAllSentences(Iterable<? extends Sentence> sentences);
  }
}
