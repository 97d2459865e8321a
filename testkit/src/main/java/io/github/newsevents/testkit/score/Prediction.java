package io.github.newsevents.testkit.score;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.Span;
import io.github.newsevents.model.Statement;
import io.github.newsevents.model.StatementKind;
import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the scorer reads of a prediction, whether it came as an {@link Extraction} or as JSON in the
 * loose shape the corpus tool accepts. Values are kept in the form the tool compares them in
 * ({@code str(value).upper()} for a status or kind, {@code ""} for an absent one, {@code "NONE"}
 * for a null one), so that both sources score alike.
 */
final class Prediction {
  private static final Pattern PERIOD =
      Pattern.compile("P(?:(\\d{1,9})Y)?+(?:(\\d{1,9})M)?+(?:(\\d{1,9})W)?+(?:(\\d{1,9})D)?+");

  /** An actor: its id as a comparable value (null without one), names, kind as upper case. */
  record PActor(Object id, String name, String kind, List<String> aliases, String country) {}

  /** A reference to an actor: by id (a string) or an object with name, id and aliases. */
  record Ref(List<String> names, Object id, String shown) {}

  record PStatement(Ref speaker, String text, boolean direct, List<Span> spans) {}

  /** A meeting or ceasefire. {@code durationDays} is null when absent, NaN when not a number. */
  record PEvent(
      List<Ref> refs, String status, String date, String kind, String location, String scope,
      Double durationDays, List<Span> spans) {}

  final List<PActor> actors;
  final List<PStatement> statements;
  final List<PEvent> meetings;
  final List<PEvent> ceasefires;

  private Prediction(
      List<PActor> actors, List<PStatement> statements, List<PEvent> meetings, List<PEvent> ceasefires) {
    this.actors = actors;
    this.statements = statements;
    this.meetings = meetings;
    this.ceasefires = ceasefires;
  }

  static Prediction empty() {
    return new Prediction(List.of(), List.of(), List.of(), List.of());
  }

  // --- from the model

  static Prediction of(Extraction e) {
    List<PActor> actors = new ArrayList<>();
    for (Actor a : e.actors()) {
      actors.add(new PActor(a.id(), a.name(), a.kind().name(), a.aliases(), a.country().orElse(null)));
    }
    List<PStatement> statements = new ArrayList<>();
    for (Statement s : e.statements()) {
      Ref speaker = s.speaker().map(Prediction::idRef).orElse(new Ref(List.of(), null, ""));
      statements.add(new PStatement(speaker, s.text(), s.kind() == StatementKind.DIRECT,
          s.span().map(List::of).orElse(List.of())));
    }
    List<PEvent> meetings = new ArrayList<>();
    for (Meeting m : e.meetings()) {
      meetings.add(new PEvent(refs(m.participants()), m.status().name(),
          m.date().map(Object::toString).orElse(""), m.kind().name(),
          m.location().map(p -> p.name()).orElse(""), "", null, m.evidence()));
    }
    List<PEvent> ceasefires = new ArrayList<>();
    for (Ceasefire c : e.ceasefires()) {
      ceasefires.add(new PEvent(refs(c.parties()), c.status().name(),
          c.date().map(Object::toString).orElse(""), "", "", c.scope().name(),
          c.duration().map(Prediction::days).orElse(null), c.evidence()));
    }
    return new Prediction(actors, statements, meetings, ceasefires);
  }

  private static Ref idRef(String id) {
    return new Ref(List.of(id), id, id);
  }

  private static List<Ref> refs(List<String> ids) {
    return ids.stream().map(Prediction::idRef).toList();
  }

  /** The tool's reading of a period: a year is 365 days, a month 30. */
  private static Double days(Period p) {
    return (double) (p.getYears() * 365L + p.getMonths() * 30L + p.getDays());
  }

  // --- from JSON

  /**
   * Reads the loose JSON shape of the corpus tool: top-level {@code actors}, {@code statements},
   * {@code meetings}, {@code ceasefires} (a missing or null list is empty; other keys are ignored).
   *
   * @throws PredictionFormatException naming the JSON path of a value of the wrong shape
   */
  static Prediction of(JsonNode root, String source) {
    if (!root.isObject()) {
      throw new PredictionFormatException(source, "$", "expected an object");
    }
    List<PActor> actors = new ArrayList<>();
    forEach(root, "actors", source, (a, path) -> actors.add(new PActor(
        id(a.get("id")), a.hasNonNull("name") && a.get("name").isTextual() ? a.get("name").textValue() : null,
        upper(a, "kind"), strings(a.get("aliases")), text(a.get("country")))));
    List<PStatement> statements = new ArrayList<>();
    forEach(root, "statements", source, (s, path) -> {
      String text = nonEmpty(s.get("text")).orElse(nonEmpty(s.get("quote")).orElse(""));
      JsonNode kind = s.get("kind");
      boolean direct = kind == null || upper(s, "kind").startsWith("DIRECT");
      statements.add(new PStatement(ref(s.get("speaker")), text, direct, spans(s.get("span"))));
    });
    List<PEvent> meetings = new ArrayList<>();
    forEach(root, "meetings", source, (m, path) -> meetings.add(event(m, "participants", path, source)));
    List<PEvent> ceasefires = new ArrayList<>();
    forEach(root, "ceasefires", source, (c, path) -> ceasefires.add(event(c, "parties", path, source)));
    return new Prediction(actors, statements, meetings, ceasefires);
  }

  private interface ItemReader {
    void read(JsonNode item, String path);
  }

  private static void forEach(JsonNode root, String key, String source, ItemReader reader) {
    JsonNode list = root.get(key);
    if (list == null || list.isNull()) {
      return;
    }
    if (!list.isArray()) {
      throw new PredictionFormatException(source, "$." + key, "expected an array");
    }
    for (int i = 0; i < list.size(); i++) {
      String path = "$." + key + "[" + i + "]";
      if (!list.get(i).isObject()) {
        throw new PredictionFormatException(source, path, "expected an object");
      }
      reader.read(list.get(i), path);
    }
  }

  private static PEvent event(JsonNode n, String refsKey, String path, String source) {
    JsonNode refsNode = n.get(refsKey);
    List<Ref> refs = new ArrayList<>();
    if (refsNode != null && !refsNode.isNull()) {
      if (!refsNode.isArray()) {
        throw new PredictionFormatException(source, path + "." + refsKey, "expected an array");
      }
      refsNode.forEach(r -> refs.add(ref(r)));
    }
    return new PEvent(refs, upper(n, "status"), dateText(n.get("date")), upper(n, "kind"),
        locationName(n.get("location")), upper(n, "scope"), durationDays(n), spans(n.get("evidence")));
  }

  /** {@code pred_ref_names}'s reading of a reference. */
  private static Ref ref(JsonNode r) {
    if (r == null || r.isNull()) {
      return new Ref(List.of(), null, "");
    }
    if (r.isObject()) {
      List<String> names = new ArrayList<>();
      addText(names, r.get("name"));
      addText(names, r.get("id"));
      names.addAll(strings(r.get("aliases")));
      String shown = names.isEmpty() ? r.toString() : names.get(0);
      return new Ref(names, id(r.get("id")), shown);
    }
    List<String> names = new ArrayList<>();
    addText(names, r);
    return new Ref(names, id(r), r.isTextual() ? r.textValue() : r.toString());
  }

  /** An id as Python compares it: strings by text, numbers by value; null when absent. */
  private static Object id(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isTextual()) {
      return v.textValue();
    }
    if (v.isNumber()) {
      return new NumberId(v.decimalValue());
    }
    return List.of(v.toString());
  }

  /** A numeric id; 5 and 5.0 are the same id. */
  private record NumberId(BigDecimal value) {
    @Override
    public boolean equals(Object o) {
      return o instanceof NumberId && ((NumberId) o).value.compareTo(value) == 0;
    }

    @Override
    public int hashCode() {
      return value.stripTrailingZeros().hashCode();
    }
  }

  private static void addText(List<String> names, JsonNode v) {
    if (v != null && v.isTextual()) {
      names.add(v.textValue());
    }
  }

  private static List<String> strings(JsonNode v) {
    List<String> out = new ArrayList<>();
    if (v != null && v.isArray()) {
      v.forEach(e -> addText(out, e));
    }
    return out;
  }

  private static String text(JsonNode v) {
    return v != null && v.isTextual() ? v.textValue() : null;
  }

  private static Optional<String> nonEmpty(JsonNode v) {
    return v != null && v.isTextual() && !v.textValue().isEmpty()
        ? Optional.of(v.textValue()) : Optional.empty();
  }

  /** {@code str(n.get(key, "")).upper()}: "" when absent, "NONE" when null. */
  private static String upper(JsonNode n, String key) {
    JsonNode v = n.get(key);
    if (v == null) {
      return "";
    }
    if (v.isNull()) {
      return "NONE";
    }
    if (v.isBoolean()) {
      return v.booleanValue() ? "TRUE" : "FALSE";
    }
    return (v.isTextual() ? v.textValue() : v.toString()).toUpperCase(Locale.ROOT);
  }

  /** {@code date_str}: an object's value, date or iso; "" for anything empty. */
  private static String dateText(JsonNode v) {
    if (v != null && v.isObject()) {
      JsonNode inner = v.get("value");
      if (falsy(inner)) {
        inner = v.get("date");
      }
      if (falsy(inner)) {
        inner = v.get("iso");
      }
      v = inner;
    }
    if (falsy(v)) {
      return "";
    }
    return v.isTextual() ? v.textValue() : v.toString();
  }

  private static boolean falsy(JsonNode v) {
    return v == null || v.isNull() || (v.isTextual() && v.textValue().isEmpty())
        || (v.isBoolean() && !v.booleanValue()) || (v.isNumber() && v.decimalValue().signum() == 0)
        || (v.isContainerNode() && v.isEmpty());
  }

  /** {@code loc_name}: an object's name or place, or a string. */
  private static String locationName(JsonNode v) {
    if (v != null && v.isObject()) {
      Optional<String> name = nonEmpty(v.get("name"));
      return name.isPresent() ? name.get() : nonEmpty(v.get("place")).orElse("");
    }
    return nonEmpty(v).orElse("");
  }

  /** {@code duration_days}: duration_days, durationDays, or an ISO period. */
  private static Double durationDays(JsonNode c) {
    for (String key : new String[] {"duration_days", "durationDays"}) {
      JsonNode v = c.get(key);
      if (v != null && !v.isNull()) {
        return v.isNumber() ? v.doubleValue() : Double.NaN;
      }
    }
    JsonNode d = c.get("duration");
    if (d != null && d.isTextual()) {
      Matcher m = PERIOD.matcher(d.textValue());
      if (m.matches()) {
        long total = part(m, 1) * 365 + part(m, 2) * 30 + part(m, 3) * 7 + part(m, 4);
        return (double) total;
      }
    }
    return null;
  }

  private static long part(Matcher m, int group) {
    return m.group(group) == null ? 0 : Long.parseLong(m.group(group));
  }

  private static List<Span> spans(JsonNode v) {
    List<Span> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    Iterator<JsonNode> items = v.isArray() ? v.elements() : List.of(v).iterator();
    while (items.hasNext()) {
      JsonNode s = items.next();
      if (s.isObject() && s.path("start").canConvertToInt() && s.path("end").canConvertToInt()
          && s.path("start").isIntegralNumber() && s.path("end").isIntegralNumber()) {
        int start = s.get("start").intValue();
        int end = s.get("end").intValue();
        if (0 <= start && start <= end) {
          out.add(Span.of(start, end));
        }
      }
    }
    return out;
  }

  /** The name a report shows for {@code ref}: the name of the actor its id names, if any. */
  String shown(Ref ref) {
    if (ref.id() != null) {
      for (PActor a : actors) {
        if (Objects.equals(a.id(), ref.id()) && a.name() != null) {
          return a.name();
        }
      }
    }
    return ref.shown();
  }
}
