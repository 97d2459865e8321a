package io.github.newsevents.json;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.Statement;
import java.util.List;

/**
 * {@link Extraction}: {@code {"schemaVersion": "1", "article", "actors", "statements", "meetings",
 * "ceasefires", "diagnostics"}}. The model has no schema version: each Jackson module writes it
 * first, as a virtual property, and reads an extraction through a reader of its own (whose JSON
 * properties {@link ExtractionReaderMixin} names), which checks the version and the references to
 * actor ids that the model's builder does not.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, fieldVisibility = NONE)
@JsonPropertyOrder({"article", "actors", "statements", "meetings", "ceasefires", "diagnostics"})
abstract class ExtractionMixin {
  @JsonProperty("article")
  abstract Article article();

  @JsonProperty("actors")
  abstract List<Actor> actors();

  @JsonProperty("statements")
  abstract List<Statement> statements();

  @JsonProperty("meetings")
  abstract List<Meeting> meetings();

  @JsonProperty("ceasefires")
  abstract List<Ceasefire> ceasefires();

  @JsonProperty("diagnostics")
  abstract List<Diagnostic> diagnostics();
}
