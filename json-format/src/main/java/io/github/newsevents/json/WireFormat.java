package io.github.newsevents.json;

import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.Dateline;
import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.Paragraph;
import io.github.newsevents.model.Place;
import io.github.newsevents.model.Removal;
import io.github.newsevents.model.Span;
import io.github.newsevents.model.Statement;
import java.net.URL;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parts of the JSON contract that do not depend on the Jackson line, for the two modules that
 * implement it ({@code io.github.newsevents.jackson.NewsEventsModule} for Jackson 2, {@code
 * io.github.newsevents.jackson3.NewsEventsModule} for Jackson 3). Applications register one of
 * those; this class is what keeps them writing the same JSON.
 *
 * <p>What lives here, once: the mix-ins (names, order, inclusion, null policies of every
 * property), which model type is read through which builder, the schema version, the JSON Schema
 * and the rule that every actor id an extraction names is the id of one of its actors. What each
 * module adds in its own line's API: that a type is read through its builder and written as its
 * model interface (annotations of {@code jackson-databind}, which differ between the lines), the
 * codecs of dates, enums and sentences, the {@code schemaVersion} property, and strict reading.
 *
 * <p>Stateless; every method is thread-safe and returns unmodifiable values.
 */
public final class WireFormat {
  /** The {@code schemaVersion} that extractions are written with and that readers accept. */
  public static final String SCHEMA_VERSION = "1";

  /** The name of the property that carries {@link #SCHEMA_VERSION}, first in every extraction. */
  public static final String SCHEMA_VERSION_PROPERTY = "schemaVersion";

  /** Classpath resource of the JSON Schema of an extraction, for {@link ClassLoader#getResource}. */
  public static final String SCHEMA_RESOURCE = "io/github/newsevents/json/extraction.schema.json";

  /** The prefix of the builders' methods that the mix-ins name: none ({@code text(..)}). */
  public static final String BUILDER_METHOD_PREFIX = "";

  /** The method that builds a value from its builder. */
  public static final String BUILD_METHOD = "build";

  private static final Map<Class<?>, Class<?>> MIX_INS;
  private static final Map<Class<?>, Class<?>> BUILDERS;

  static {
    Map<Class<?>, Class<?>> mixIns = new LinkedHashMap<>();
    Map<Class<?>, Class<?>> builders = new LinkedHashMap<>();
    add(mixIns, builders, Article.class, ArticleMixin.class, Article.Builder.class, ArticleMixin.BuilderMixin.class);
    add(mixIns, builders, Paragraph.class, ParagraphMixin.class, Paragraph.Builder.class, ParagraphMixin.BuilderMixin.class);
    add(mixIns, builders, Dateline.class, DatelineMixin.class, Dateline.Builder.class, DatelineMixin.BuilderMixin.class);
    add(mixIns, builders, Removal.class, RemovalMixin.class, Removal.Builder.class, RemovalMixin.BuilderMixin.class);
    add(mixIns, builders, Diagnostic.class, DiagnosticMixin.class, Diagnostic.Builder.class, DiagnosticMixin.BuilderMixin.class);
    add(mixIns, builders, Actor.class, ActorMixin.class, Actor.Builder.class, ActorMixin.BuilderMixin.class);
    add(mixIns, builders, Statement.class, StatementMixin.class, Statement.Builder.class, StatementMixin.BuilderMixin.class);
    add(mixIns, builders, Meeting.class, MeetingMixin.class, Meeting.Builder.class, MeetingMixin.BuilderMixin.class);
    add(mixIns, builders, Ceasefire.class, CeasefireMixin.class, Ceasefire.Builder.class, CeasefireMixin.BuilderMixin.class);
    add(mixIns, builders, Place.class, PlaceMixin.class, Place.Builder.class, PlaceMixin.BuilderMixin.class);
    add(mixIns, builders, Span.class, SpanMixin.class, Span.Builder.class, SpanMixin.BuilderMixin.class);
    mixIns.put(Extraction.class, ExtractionMixin.class);
    MIX_INS = Collections.unmodifiableMap(mixIns);
    BUILDERS = Collections.unmodifiableMap(builders);
  }

  private WireFormat() {}

  private static void add(Map<Class<?>, Class<?>> mixIns, Map<Class<?>, Class<?>> builders,
      Class<?> type, Class<?> mixIn, Class<?> builder, Class<?> builderMixIn) {
    mixIns.put(type, mixIn);
    mixIns.put(builder, builderMixIn);
    builders.put(type, builder);
  }

  /**
   * Each model type and each of their builders, with the mix-in that gives its JSON properties
   * (register each with {@code setMixIn(target, mixIn)}). {@link io.github.newsevents.model.Sentence}
   * has none: each module writes it with a codec, flattened. Neither has the module's reader of an
   * extraction, whose mix-in is {@link #extractionReaderMixIn()}.
   */
  public static Map<Class<?>, Class<?>> mixIns() {
    return MIX_INS;
  }

  /**
   * Each model type that is read through its builder, with that builder, whose methods have no
   * prefix ({@link #BUILDER_METHOD_PREFIX}) and which builds with {@link #BUILD_METHOD}. An
   * {@link Extraction} is not among them: each module reads it through a reader of its own.
   */
  public static Map<Class<?>, Class<?>> builders() {
    return BUILDERS;
  }

  /**
   * The mix-in of a module's reader of an extraction: a class with a no-argument constructor and
   * the methods {@code schemaVersion(String)}, {@code article(Article)}, {@code actors(List)},
   * {@code statements(List)}, {@code meetings(List)}, {@code ceasefires(List)} and {@code
   * diagnostics(List)}, whatever they return, and a {@code build()}.
   */
  public static Class<?> extractionReaderMixIn() {
    return ExtractionReaderMixin.class;
  }

  /** The JSON Schema (draft 2020-12) of an extraction, {@link #SCHEMA_RESOURCE}. */
  public static URL extractionSchema() {
    URL url = WireFormat.class.getResource("/" + SCHEMA_RESOURCE);
    if (url == null) {
      throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE + " in newsevents-json-format");
    }
    return url;
  }

  /**
   * The first actor id that a statement (speaker), a meeting (participants, host) or a ceasefire
   * (parties, keys of roles) of {@code extraction} names and that none of its actors has; empty if
   * every reference is known. A reader refuses the document with it (the model itself leaves
   * dangling references to validation).
   */
  public static Optional<UnknownActor> firstUnknownActor(Extraction extraction) {
    Set<String> ids = new HashSet<>();
    for (Actor actor : extraction.actors()) {
      ids.add(actor.id());
    }
    List<Statement> statements = extraction.statements();
    for (int i = 0; i < statements.size(); i++) {
      Optional<String> speaker = statements.get(i).speaker();
      if (speaker.isPresent() && !ids.contains(speaker.get())) {
        return Optional.of(new UnknownActor(speaker.get(), "statements", i, Statement.class, "speaker", -1, null));
      }
    }
    List<Meeting> meetings = extraction.meetings();
    for (int i = 0; i < meetings.size(); i++) {
      Meeting meeting = meetings.get(i);
      List<String> participants = meeting.participants();
      for (int j = 0; j < participants.size(); j++) {
        if (!ids.contains(participants.get(j))) {
          return Optional.of(new UnknownActor(participants.get(j), "meetings", i, Meeting.class, "participants", j, null));
        }
      }
      if (meeting.host().isPresent() && !ids.contains(meeting.host().get())) {
        return Optional.of(new UnknownActor(meeting.host().get(), "meetings", i, Meeting.class, "host", -1, null));
      }
    }
    List<Ceasefire> ceasefires = extraction.ceasefires();
    for (int i = 0; i < ceasefires.size(); i++) {
      Ceasefire ceasefire = ceasefires.get(i);
      List<String> parties = ceasefire.parties();
      for (int j = 0; j < parties.size(); j++) {
        if (!ids.contains(parties.get(j))) {
          return Optional.of(new UnknownActor(parties.get(j), "ceasefires", i, Ceasefire.class, "parties", j, null));
        }
      }
      for (Map.Entry<String, ?> role : ceasefire.roles().entrySet()) {
        if (!ids.contains(role.getKey())) {
          return Optional.of(new UnknownActor(role.getKey(), "ceasefires", i, Ceasefire.class, "roles", -1, role.getKey()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * An actor id named at {@code list[index].field}, and there at {@code [element]} (a list) or
   * {@code ['key']} (a map), that no actor of the extraction has.
   *
   * @param id the unknown id
   * @param list the extraction's property: {@code statements}, {@code meetings} or {@code ceasefires}
   * @param index the position in that list
   * @param type the type of the item there
   * @param field the item's property that names the id
   * @param element the position in that property when it is a list, else -1
   * @param key the key in that property when it is a map, else null
   */
  public record UnknownActor(
      String id, String list, int index, Class<?> type, String field, int element, String key) {
    /** Where, written as the validators write paths: {@code meetings[0].participants[1]}. */
    public String path() {
      StringBuilder path = new StringBuilder(list).append('[').append(index).append("].").append(field);
      if (element >= 0) {
        path.append('[').append(element).append(']');
      } else if (key != null) {
        path.append("['").append(key).append("']");
      }
      return path.toString();
    }

    /** The message of the reader's error. */
    public String message() {
      return "Unknown actor id '" + id + "' at " + path() + ": no actor of the extraction has this id";
    }
  }
}
