package io.github.newsevents.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.github.newsevents.json.WireFormat;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.Statement;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON-side builder of {@link Extraction}: the model's builder plus what only the JSON has. Its
 * properties are named by the shared {@link WireFormat#extractionReaderMixIn()}. It accepts {@code
 * schemaVersion} {@code "1"} or no {@code schemaVersion} at all, and refuses any other; and once
 * the extraction is built it requires every actor id that a statement (speaker), a meeting
 * (participants, host) or a ceasefire (parties, keys of roles) names to be the id of one of its
 * actors ({@link WireFormat#firstUnknownActor}), throwing an {@link InvalidFormatException} that
 * names the id and its path otherwise.
 */
@JsonPOJOBuilder(withPrefix = WireFormat.BUILDER_METHOD_PREFIX, buildMethodName = WireFormat.BUILD_METHOD)
final class ExtractionReader {
  private final Extraction.Builder builder = new Extraction.Builder();

  /** For Jackson, one per document. */
  ExtractionReader() {}

  /** Only records that the version is supported: {@link SchemaVersionDeserializer} checks it. */
  @JsonDeserialize(using = SchemaVersionDeserializer.class)
  ExtractionReader schemaVersion(String version) {
    return this;
  }

  ExtractionReader article(Article article) {
    builder.article(article);
    return this;
  }

  ExtractionReader actors(List<Actor> actors) {
    builder.addAllActors(actors);
    return this;
  }

  ExtractionReader statements(List<Statement> statements) {
    builder.addAllStatements(statements);
    return this;
  }

  ExtractionReader meetings(List<Meeting> meetings) {
    builder.addAllMeetings(meetings);
    return this;
  }

  ExtractionReader ceasefires(List<Ceasefire> ceasefires) {
    builder.addAllCeasefires(ceasefires);
    return this;
  }

  ExtractionReader diagnostics(List<Diagnostic> diagnostics) {
    builder.addAllDiagnostics(diagnostics);
    return this;
  }

  /**
   * Builds the extraction (a missing {@code article} fails here, wrapped by Jackson with the path)
   * and checks its references to actors.
   */
  Extraction build() throws JsonMappingException {
    Extraction extraction = builder.build();
    Optional<WireFormat.UnknownActor> unknown = WireFormat.firstUnknownActor(extraction);
    if (unknown.isPresent()) {
      throw unknownActor(unknown.get());
    }
    return extraction;
  }

  /**
   * The error at the unknown id: its message names the path as the validators write paths ({@code
   * meetings[0].participants[1]}), its {@link JsonMappingException#getPath()} holds it as
   * references.
   */
  private static InvalidFormatException unknownActor(WireFormat.UnknownActor u) {
    InvalidFormatException e = new InvalidFormatException(null, u.message(), u.id(), Actor.class);
    if (u.element() >= 0) {
      e.prependPath(List.class, u.element());
    } else if (u.key() != null) {
      e.prependPath(Map.class, u.key());
    }
    e.prependPath(u.type(), u.field());
    e.prependPath(List.class, u.index());
    e.prependPath(Extraction.class, u.list());
    return e;
  }

  /** {@code "1"}, and nothing else: not {@code 1}, not {@code "2"}. */
  static final class SchemaVersionDeserializer extends StdScalarDeserializer<String> {
    private static final long serialVersionUID = 1L;

    SchemaVersionDeserializer() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (String) ctxt.handleUnexpectedToken(String.class, p);
      }
      String version = p.getText();
      if (WireFormat.SCHEMA_VERSION.equals(version)) {
        return version;
      }
      throw ctxt.weirdStringException(
          version,
          String.class,
          "unsupported schemaVersion; this reader reads schemaVersion \""
              + WireFormat.SCHEMA_VERSION + "\" (or none)");
    }
  }
}
