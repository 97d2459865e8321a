package io.github.newsevents.json;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Dateline;
import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.Paragraph;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.Removal;
import java.util.List;
import java.util.Optional;

/**
 * {@link Article}: the contract's {@code headline, source, published, dateline, paragraphs,
 * removed}, then {@code url, authors, language, diagnostics}, and last the input {@code text} that
 * every span points into (last because it is by far the longest).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, fieldVisibility = NONE)
@JsonPropertyOrder({
  "headline", "source", "published", "dateline", "paragraphs", "removed",
  "url", "authors", "language", "diagnostics", "text"
})
abstract class ArticleMixin {
  @JsonProperty("text")
  abstract String text();

  @JsonProperty("published")
  abstract Optional<PartialDate> published();

  @JsonProperty("headline")
  abstract Optional<String> headline();

  @JsonProperty("source")
  abstract Optional<String> source();

  @JsonProperty("url")
  abstract Optional<String> url();

  @JsonProperty("authors")
  abstract List<String> authors();

  @JsonProperty("language")
  abstract String language();

  @JsonProperty("dateline")
  abstract Optional<Dateline> dateline();

  @JsonProperty("paragraphs")
  abstract List<Paragraph> paragraphs();

  @JsonProperty("removed")
  abstract List<Removal> removed();

  @JsonProperty("diagnostics")
  abstract List<Diagnostic> diagnostics();

  @JsonAutoDetect(
      setterVisibility = NONE,
      getterVisibility = NONE,
      isGetterVisibility = NONE,
      fieldVisibility = NONE,
      creatorVisibility = NONE)
  abstract static class BuilderMixin {
    @JsonProperty("text")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Article.Builder text(String text);

    @JsonProperty("published")
    abstract Article.Builder published(Optional<? extends PartialDate> published);

    @JsonProperty("headline")
    abstract Article.Builder headline(Optional<String> headline);

    @JsonProperty("source")
    abstract Article.Builder source(Optional<String> source);

    @JsonProperty("url")
    abstract Article.Builder url(Optional<String> url);

    @JsonProperty("authors")
    @JsonSetter(nulls = Nulls.AS_EMPTY, contentNulls = Nulls.FAIL)
    abstract Article.Builder addAllAuthors(Iterable<String> authors);

    /** A default: {@code null} or missing means {@code "en"}. */
    @JsonProperty("language")
    @JsonSetter(nulls = Nulls.SKIP)
    abstract Article.Builder language(String language);

    @JsonProperty("dateline")
    abstract Article.Builder dateline(Optional<? extends Dateline> dateline);

    @JsonProperty("paragraphs")
    @JsonSetter(nulls = Nulls.AS_EMPTY, contentNulls = Nulls.FAIL)
    abstract Article.Builder addAllParagraphs(Iterable<? extends Paragraph> paragraphs);

    @JsonProperty("removed")
    @JsonSetter(nulls = Nulls.AS_EMPTY, contentNulls = Nulls.FAIL)
    abstract Article.Builder addAllRemoved(Iterable<? extends Removal> removed);

    @JsonProperty("diagnostics")
    @JsonSetter(nulls = Nulls.AS_EMPTY, contentNulls = Nulls.FAIL)
    abstract Article.Builder addAllDiagnostics(Iterable<? extends Diagnostic> diagnostics);
  }
}
