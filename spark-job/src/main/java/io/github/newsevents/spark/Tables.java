package io.github.newsevents.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import io.github.newsevents.gazetteer.Gazetteer;
import io.github.newsevents.interop.ActorCode;
import io.github.newsevents.interop.ActorCodes;
import io.github.newsevents.interop.EventCode;
import io.github.newsevents.interop.EventCodes;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.Place;
import io.github.newsevents.model.Span;
import io.github.newsevents.model.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * The columns of the four item tables. Every table also starts with {@code article_id} and {@code
 * index} (the item's place in its article's list), added when the per-article arrays are exploded.
 * Events carry their CAMEO code, Goldstein score and PLOVER event and mode ({@link EventCodes};
 * a ceasefire's are null where it has none), actors their CAMEO actor code ({@link ActorCodes},
 * null where none). Names are snake_case; values are as in the JSON contract: enums by name, dates as ISO strings
 * whose length gives their precision ({@code "2025"}, {@code "2025-03"}, {@code "2025-03-13"}),
 * durations as ISO-8601 periods, actors by id, spans as {@code struct<start, end>}.
 *
 * <p>To add a column, add one line to the table's spec: a function of the item, or of the item and
 * its extraction (the CAMEO code of a meeting depends on its actors, say: {@code
 * .required("cameo", StringType, (m, x) -> EventCodes.of(m, x).cameoCode())}).
 */
final class Tables {
  private Tables() {}

  static final DataType STRINGS = DataTypes.createArrayType(StringType, false);

  /** A span, {@code struct<start int, end int>}. */
  static final DataType SPAN =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("start", IntegerType, false),
              DataTypes.createStructField("end", IntegerType, false)));

  static final DataType SPANS = DataTypes.createArrayType(SPAN, false);

  static final TableSpec<Statement> STATEMENTS =
      new TableSpec<Statement>()
          .optional("speaker", StringType, s -> s.speaker().orElse(null))
          .required("text", StringType, Statement::text)
          .required("kind", StringType, s -> s.kind().name())
          .optional("verb", StringType, s -> s.verb().orElse(null))
          .optional("channel", StringType, s -> s.channel().orElse(null))
          .optional("date", StringType, s -> date(s.date()))
          .optional("span", SPAN, s -> s.span().map(Tables::span).orElse(null))
          .required("cameo", StringType, s -> EventCodes.of(s).cameoCode())
          .required("goldstein", DoubleType, s -> EventCodes.of(s).goldstein())
          .optional("plover_event", StringType, s -> EventCodes.of(s).ploverEvent().orElse(null))
          .optional("plover_mode", StringType, s -> EventCodes.of(s).ploverMode().orElse(null));

  static final TableSpec<Meeting> MEETINGS =
      new TableSpec<Meeting>()
          .required("participants", STRINGS, Meeting::participants)
          .optional("host", StringType, m -> m.host().orElse(null))
          .optional("location", StringType, m -> m.location().map(Place::name).orElse(null))
          .optional("location_country", StringType,
              m -> m.location().flatMap(Place::country).orElse(null))
          .optional("date", StringType, m -> date(m.date()))
          .required("kind", StringType, m -> m.kind().name())
          .required("status", StringType, m -> m.status().name())
          .required("topics", STRINGS, Meeting::topics)
          .required("evidence", SPANS, m -> spans(m.evidence()))
          .required("cameo", StringType, (m, x) -> EventCodes.of(m, x).cameoCode())
          .required("goldstein", DoubleType, (m, x) -> EventCodes.of(m, x).goldstein())
          .optional("plover_event", StringType,
              (m, x) -> EventCodes.of(m, x).ploverEvent().orElse(null))
          .optional("plover_mode", StringType,
              (m, x) -> EventCodes.of(m, x).ploverMode().orElse(null));

  static final TableSpec<Ceasefire> CEASEFIRES =
      new TableSpec<Ceasefire>()
          .required("parties", STRINGS, Ceasefire::parties)
          .required("scope", StringType, c -> c.scope().name())
          .optional("scope_note", StringType, c -> c.scopeNote().orElse(null))
          .optional("duration", StringType, c -> c.duration().map(Object::toString).orElse(null))
          .optional("date", StringType, c -> date(c.date()))
          .optional("start", StringType, c -> date(c.start()))
          .optional("end", StringType, c -> date(c.end()))
          .required("status", StringType, c -> c.status().name())
          .required("roles", DataTypes.createMapType(StringType, StringType, false), Tables::roles)
          .required("evidence", SPANS, c -> spans(c.evidence()))
          .optional("cameo", StringType, c -> EventCodes.of(c).map(EventCode::cameoCode).orElse(null))
          .optional("goldstein", DoubleType,
              c -> EventCodes.of(c).map(EventCode::goldstein).orElse(null))
          .optional("plover_event", StringType,
              c -> EventCodes.of(c).flatMap(EventCode::ploverEvent).orElse(null))
          .optional("plover_mode", StringType,
              c -> EventCodes.of(c).flatMap(EventCode::ploverMode).orElse(null));

  static final TableSpec<Actor> ACTORS =
      new TableSpec<Actor>()
          .required("id", StringType, Actor::id)
          .required("name", StringType, Actor::name)
          .required("kind", StringType, a -> a.kind().name())
          .required("titles", STRINGS, Actor::titles)
          .optional("country", StringType, a -> a.country().orElse(null))
          .optional("affiliation", StringType, a -> a.affiliation().orElse(null))
          .required("aliases", STRINGS, Actor::aliases)
          .required("unnamed", BooleanType, Actor::unnamed)
          .required("mentions", SPANS, a -> spans(a.mentions()))
          .optional("cameo", StringType,
              a -> ActorCodes.of(a, Gazetteer.defaults()).map(ActorCode::code).orElse(null));

  /** The columns of the errors table after {@code article_id}. */
  static final TableSpec<Problem> ERRORS =
      new TableSpec<Problem>()
          .required("code", StringType, Problem::code)
          .required("reason", StringType, Problem::reason)
          .required("kept", BooleanType, Problem::kept);

  private static String date(Optional<PartialDate> date) {
    return date.map(PartialDate::toString).orElse(null);
  }

  private static Row span(Span span) {
    return RowFactory.create(span.start(), span.end());
  }

  private static List<Row> spans(List<Span> spans) {
    List<Row> rows = new ArrayList<>(spans.size());
    for (Span s : spans) {
      rows.add(span(s));
    }
    return rows;
  }

  private static Map<String, String> roles(Ceasefire c) {
    Map<String, String> roles = new LinkedHashMap<>();
    c.roles().forEach((actor, role) -> roles.put(actor, role.name()));
    return roles;
  }
}
