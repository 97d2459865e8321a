package io.github.newsevents.jackson;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.Statement;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON-side builder of {@link Extraction}: the model's builder plus what only the JSON has. It
 * accepts {@code schemaVersion} {@code "1"} or no {@code schemaVersion} at all, and refuses any
 * other; and once the extraction is built it requires every actor id that a statement (speaker), a
 * meeting (participants, host) or a ceasefire (parties, keys of roles) names to be the id of one of
 * its actors, throwing an {@link InvalidFormatException} that names the id and its path otherwise.
 */
@JsonPOJOBuilder(withPrefix = "")
@JsonAutoDetect(
    setterVisibility = NONE,
    getterVisibility = NONE,
    isGetterVisibility = NONE,
    fieldVisibility = NONE,
    creatorVisibility = NONE)
final class ExtractionReader {
  static final String SCHEMA_VERSION_PROPERTY = "schemaVersion";

  private final Extraction.Builder builder = new Extraction.Builder();

  /** For Jackson, one per document. */
  ExtractionReader() {}

  /** Only records that the version is supported: {@link SchemaVersionDeserializer} checks it. */
  @JsonProperty(SCHEMA_VERSION_PROPERTY)
  @JsonSetter(nulls = Nulls.FAIL)
  @JsonDeserialize(using = SchemaVersionDeserializer.class)
  ExtractionReader schemaVersion(String version) {
    return this;
  }

  @JsonProperty("article")
  @JsonSetter(nulls = Nulls.FAIL)
  ExtractionReader article(Article article) {
    builder.article(article);
    return this;
  }

  @JsonProperty("actors")
  @JsonSetter(nulls = Nulls.AS_EMPTY, contentNulls = Nulls.FAIL)
  ExtractionReader actors(List<Actor> actors) {
    builder.addAllActors(actors);
    return this;
  }

  @JsonProperty("statements")
  @JsonSetter(nulls = Nulls.AS_EMPTY, contentNulls = Nulls.FAIL)
  ExtractionReader statements(List<Statement> statements) {
    builder.addAllStatements(statements);
    return this;
  }

  @JsonProperty("meetings")
  @JsonSetter(nulls = Nulls.AS_EMPTY, contentNulls = Nulls.FAIL)
  ExtractionReader meetings(List<Meeting> meetings) {
    builder.addAllMeetings(meetings);
    return this;
  }

  @JsonProperty("ceasefires")
  @JsonSetter(nulls = Nulls.AS_EMPTY, contentNulls = Nulls.FAIL)
  ExtractionReader ceasefires(List<Ceasefire> ceasefires) {
    builder.addAllCeasefires(ceasefires);
    return this;
  }

  @JsonProperty("diagnostics")
  @JsonSetter(nulls = Nulls.AS_EMPTY, contentNulls = Nulls.FAIL)
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
    requireKnownActors(extraction);
    return extraction;
  }

  private static void requireKnownActors(Extraction extraction) throws JsonMappingException {
    Set<String> ids = new HashSet<>();
    for (Actor actor : extraction.actors()) {
      ids.add(actor.id());
    }
    List<Statement> statements = extraction.statements();
    for (int i = 0; i < statements.size(); i++) {
      Optional<String> speaker = statements.get(i).speaker();
      if (speaker.isPresent() && !ids.contains(speaker.get())) {
        throw unknownActor(speaker.get(), "statements", i, Statement.class, "speaker", -1, null);
      }
    }
    List<Meeting> meetings = extraction.meetings();
    for (int i = 0; i < meetings.size(); i++) {
      Meeting meeting = meetings.get(i);
      List<String> participants = meeting.participants();
      for (int j = 0; j < participants.size(); j++) {
        if (!ids.contains(participants.get(j))) {
          throw unknownActor(participants.get(j), "meetings", i, Meeting.class, "participants", j, null);
        }
      }
      if (meeting.host().isPresent() && !ids.contains(meeting.host().get())) {
        throw unknownActor(meeting.host().get(), "meetings", i, Meeting.class, "host", -1, null);
      }
    }
    List<Ceasefire> ceasefires = extraction.ceasefires();
    for (int i = 0; i < ceasefires.size(); i++) {
      Ceasefire ceasefire = ceasefires.get(i);
      List<String> parties = ceasefire.parties();
      for (int j = 0; j < parties.size(); j++) {
        if (!ids.contains(parties.get(j))) {
          throw unknownActor(parties.get(j), "ceasefires", i, Ceasefire.class, "parties", j, null);
        }
      }
      for (Map.Entry<String, ?> role : ceasefire.roles().entrySet()) {
        if (!ids.contains(role.getKey())) {
          throw unknownActor(role.getKey(), "ceasefires", i, Ceasefire.class, "roles", -1, role.getKey());
        }
      }
    }
  }

  /**
   * An error at {@code list[index].field}, then at {@code [element]} or {@code ['key']} within the
   * field when given: in the message written as the validators write paths ({@code
   * meetings[0].participants[1]}), and in {@link JsonMappingException#getPath()} as references.
   */
  private static InvalidFormatException unknownActor(
      String id, String list, int index, Class<?> type, String field, int element, String key) {
    StringBuilder path = new StringBuilder(list).append('[').append(index).append("].").append(field);
    if (element >= 0) {
      path.append('[').append(element).append(']');
    } else if (key != null) {
      path.append("['").append(key).append("']");
    }
    InvalidFormatException e = new InvalidFormatException(
        null,
        "Unknown actor id '" + id + "' at " + path + ": no actor of the extraction has this id",
        id,
        Actor.class);
    if (element >= 0) {
      e.prependPath(List.class, element);
    } else if (key != null) {
      e.prependPath(Map.class, key);
    }
    e.prependPath(type, field);
    e.prependPath(List.class, index);
    e.prependPath(Extraction.class, list);
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
      if (NewsEventsModule.SCHEMA_VERSION.equals(version)) {
        return version;
      }
      throw ctxt.weirdStringException(
          version,
          String.class,
          "unsupported schemaVersion; this reader reads schemaVersion \""
              + NewsEventsModule.SCHEMA_VERSION + "\" (or none)");
    }
  }
}
