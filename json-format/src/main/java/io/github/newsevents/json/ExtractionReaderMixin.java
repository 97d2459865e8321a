package io.github.newsevents.json;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.Statement;
import java.util.List;

/**
 * The JSON properties of an extraction as a module's reader takes them (see {@link
 * WireFormat#extractionReaderMixIn()}): {@code schemaVersion} and {@code article} may not be
 * {@code null}, the lists may be {@code null} or missing (empty) but hold no {@code null}. Jackson
 * matches these methods to the reader's by name and parameter types; what they return does not
 * matter.
 */
@JsonAutoDetect(
    setterVisibility = NONE,
    getterVisibility = NONE,
    isGetterVisibility = NONE,
    fieldVisibility = NONE,
    creatorVisibility = NONE)
abstract class ExtractionReaderMixin {
  @JsonProperty(WireFormat.SCHEMA_VERSION_PROPERTY)
  @JsonSetter(nulls = Nulls.FAIL)
  abstract Object schemaVersion(String version);

  @JsonProperty("article")
  @JsonSetter(nulls = Nulls.FAIL)
  abstract Object article(Article article);

  @JsonProperty("actors")
  @JsonSetter(nulls = Nulls.AS_EMPTY, contentNulls = Nulls.FAIL)
  abstract Object actors(List<Actor> actors);

  @JsonProperty("statements")
  @JsonSetter(nulls = Nulls.AS_EMPTY, contentNulls = Nulls.FAIL)
  abstract Object statements(List<Statement> statements);

  @JsonProperty("meetings")
  @JsonSetter(nulls = Nulls.AS_EMPTY, contentNulls = Nulls.FAIL)
  abstract Object meetings(List<Meeting> meetings);

  @JsonProperty("ceasefires")
  @JsonSetter(nulls = Nulls.AS_EMPTY, contentNulls = Nulls.FAIL)
  abstract Object ceasefires(List<Ceasefire> ceasefires);

  @JsonProperty("diagnostics")
  @JsonSetter(nulls = Nulls.AS_EMPTY, contentNulls = Nulls.FAIL)
  abstract Object diagnostics(List<Diagnostic> diagnostics);
}
