package io.github.newsevents.interop;

import io.github.newsevents.internal.TsvLines;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.PartyRole;
import io.github.newsevents.model.Statement;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * CAMEO and PLOVER codes of meetings, ceasefires and statements, from the table {@code
 * io/github/newsevents/interop/event-codes.tsv} (its header documents the format) and the reporting
 * verb classes of {@code verb-classes.tsv}. Immutable and thread-safe; {@link #defaults()} reads the
 * bundled tables once.
 *
 * <pre>{@code
 * EventCode code = EventCodes.of(meeting, extraction);
 * String cameo = code.cameoCode();                         // "042"
 * String plover = code.ploverEvent().orElse("");           // "CONSULT"
 * }</pre>
 *
 * <h2>Which row applies</h2>
 *
 * <p>A record's type, kind (a ceasefire's scope, a statement's verb class) and status select rows;
 * when several share them, the record's <em>case</em> picks one, and the first row that matches
 * all four applies:
 *
 * <ul>
 *   <li>A meeting held in person: {@code mediation} (045) when, in the extraction given, a
 *       ceasefire names one participant {@link PartyRole#MEDIATING} and another participant one of
 *       its parties; else {@code visit} (042, the visitor's row) when the meeting has a {@link
 *       Meeting#host()}, or when its location's country is that of some participants but not all;
 *       else {@code third-place} (044) when every participant's country is known and none is the
 *       location's; else {@code multilateral} (040, PLOVER multilateral) with three participants or
 *       more or an inter-governmental organisation among them (an organisation actor without a
 *       country); else {@code unspecified} (040). Without the extraction, participants' countries
 *       are unknown: only the host can make a visit.
 *   <li>A possible meeting: {@code intent} (036). A cancelled one: the row of its kind (161, or
 *       164 for talks).
 *   <li>A proposed ceasefire: {@code appeal} (0256) when an actor that is not a party proposes it
 *       ({@link PartyRole#PROPOSING}), else {@code intent} (0356). An expired one has no CAMEO act:
 *       its code is empty.
 *   <li>A statement: the class of its reporting verb ({@link #verbClass(Statement)}); an unknown
 *       verb or none is {@code say} (010, CAMEO's residual statement).
 * </ul>
 *
 * <p>The table keeps rows that the records cannot tell apart today (a meeting only considered,
 * appealed for or demanded; a refusal to meet; a signed agreement; an accusation of violation; a
 * rejected written plan): {@link #lookup} finds them by case name.
 */
public final class EventCodes {
  static final String CODES_RESOURCE = "/io/github/newsevents/interop/event-codes.tsv";
  static final String VERBS_RESOURCE = "/io/github/newsevents/interop/verb-classes.tsv";

  private static final List<String> COLUMNS = List.of(
      "our_type", "our_kind", "our_status", "case", "cameo_code", "cameo_label", "goldstein",
      "plover_event", "plover_mode", "note");

  /** The verb class of a statement whose verb no class lists. */
  public static final String DEFAULT_VERB_CLASS = "say";

  /** The case name of the default row of a type, kind and status. */
  public static final String DEFAULT_CASE = "-";

  private static final class Default {
    static final EventCodes INSTANCE = new EventCodes(
        Tables.load(CODES_RESOURCE, EventCodes::rows), Tables.load(VERBS_RESOURCE, EventCodes::verbs));
  }

  /** One line of the table; {@code code} is null for a row of no CAMEO act. */
  private static final class Row {
    final String type;
    final Set<String> kinds; // empty: any
    final String status; // "*": any
    final String caseName;
    final EventCode code;

    Row(String type, Set<String> kinds, String status, String caseName, EventCode code) {
      this.type = type;
      this.kinds = kinds;
      this.status = status;
      this.caseName = caseName;
      this.code = code;
    }

    boolean matches(String type, String kind, String status, String caseName) {
      return this.type.equals(type) && (kinds.isEmpty() || kinds.contains(kind))
          && (this.status.equals("*") || this.status.equals(status)) && this.caseName.equals(caseName);
    }
  }

  private final List<Row> rows;
  private final Map<String, String> verbClasses;

  private EventCodes(List<Row> rows, Map<String, String> verbClasses) {
    this.rows = List.copyOf(rows);
    this.verbClasses = Map.copyOf(verbClasses);
  }

  /** The bundled tables, read once. */
  public static EventCodes defaults() {
    return Default.INSTANCE;
  }

  /**
   * Reads tables of one's own, in the formats of the bundled {@code event-codes.tsv} and {@code
   * verb-classes.tsv}.
   *
   * @throws IllegalArgumentException naming the table and line of a malformed row
   * @throws IOException when a reader fails
   */
  public static EventCodes parse(Reader codes, Reader verbClasses) throws IOException {
    Objects.requireNonNull(codes, "codes");
    Objects.requireNonNull(verbClasses, "verbClasses");
    return new EventCodes(rows(codes), verbs(verbClasses));
  }

  /** The code of a meeting by itself: without its extraction, only its host can make a visit. */
  public static EventCode of(Meeting meeting) {
    return defaults().code(meeting);
  }

  /** The code of a meeting of {@code context}, whose actors and ceasefires tell visits apart. */
  public static EventCode of(Meeting meeting, Extraction context) {
    return defaults().code(meeting, context);
  }

  /** The code of a ceasefire; empty for an expired one, which is no CAMEO act. */
  public static Optional<EventCode> of(Ceasefire ceasefire) {
    return defaults().code(ceasefire);
  }

  /** The code of a statement, by the class of its reporting verb. */
  public static EventCode of(Statement statement) {
    return defaults().code(statement);
  }

  /** Like {@link #of(Meeting)}, from these tables. */
  public EventCode code(Meeting meeting) {
    Objects.requireNonNull(meeting, "meeting");
    return meetingCode(meeting, null);
  }

  /** Like {@link #of(Meeting, Extraction)}, from these tables. */
  public EventCode code(Meeting meeting, Extraction context) {
    Objects.requireNonNull(meeting, "meeting");
    Objects.requireNonNull(context, "context");
    return meetingCode(meeting, context);
  }

  /** Like {@link #of(Ceasefire)}, from these tables. */
  public Optional<EventCode> code(Ceasefire ceasefire) {
    Objects.requireNonNull(ceasefire, "ceasefire");
    Row row = find("Ceasefire", ceasefire.scope().name(), ceasefire.status().name(), ceasefireCase(ceasefire));
    return Optional.ofNullable(row.code);
  }

  /** Like {@link #of(Statement)}, from these tables. */
  public EventCode code(Statement statement) {
    Objects.requireNonNull(statement, "statement");
    Row row = find("Statement", "verb:" + verbClass(statement), "-", DEFAULT_CASE);
    if (row.code == null) {
      throw new IllegalStateException("the event code table gives a statement no CAMEO act");
    }
    return row.code;
  }

  /**
   * The row of a type ({@code Meeting}, {@code Ceasefire}, {@code Statement}), kind, status and
   * case, as the table writes them ({@code lookup("Meeting", "IN_PERSON", "POSSIBLE", "demand")}).
   * Empty when no row matches or the row is of no CAMEO act.
   */
  public Optional<EventCode> lookup(String type, String kind, String status, String caseName) {
    for (Row r : rows) {
      if (r.matches(type, kind, status, caseName)) {
        return Optional.ofNullable(r.code);
      }
    }
    return Optional.empty();
  }

  /**
   * The class of a statement's reporting verb ({@code deny}, {@code praise}): its whole verb in lower
   * case, else its first word, as {@code verb-classes.tsv} lists it; else {@value
   * #DEFAULT_VERB_CLASS}.
   */
  public String verbClass(Statement statement) {
    Objects.requireNonNull(statement, "statement");
    if (statement.verb().isEmpty()) {
      return DEFAULT_VERB_CLASS;
    }
    String verb = statement.verb().get().strip().toLowerCase(Locale.ROOT).replaceAll("\\s{1,100}+", " ");
    String whole = verbClasses.get(verb);
    if (whole != null) {
      return whole;
    }
    int space = verb.indexOf(' ');
    String first = verbClasses.get(space < 0 ? verb : verb.substring(0, space));
    return first != null ? first : DEFAULT_VERB_CLASS;
  }

  /**
   * The host of a meeting held in person as far as it can be told: its {@link Meeting#host()}, else
   * the first participant of the location's country when some participants are not of it.
   */
  Optional<String> host(Meeting meeting, Extraction context) {
    if (meeting.host().isPresent()) {
      return meeting.host();
    }
    if (context == null || meeting.location().flatMap(p -> p.country()).isEmpty()) {
      return Optional.empty();
    }
    String venue = meeting.location().get().country().get();
    String host = null;
    boolean guest = false;
    for (String p : meeting.participants()) {
      Optional<String> country = context.actor(p).flatMap(Actor::country);
      if (country.isPresent() && country.get().equals(venue)) {
        host = host == null ? p : host;
      } else {
        guest = true;
      }
    }
    return guest ? Optional.ofNullable(host) : Optional.empty();
  }

  private EventCode meetingCode(Meeting meeting, Extraction context) {
    Row row = find("Meeting", meeting.kind().name(), meeting.status().name(), meetingCase(meeting, context));
    if (row.code == null) {
      throw new IllegalStateException("the event code table gives a meeting no CAMEO act");
    }
    return row.code;
  }

  private String meetingCase(Meeting meeting, Extraction context) {
    if (meeting.status() == MeetingStatus.POSSIBLE) {
      return "intent";
    }
    if (meeting.status() != MeetingStatus.HELD || meeting.kind() != MeetingKind.IN_PERSON) {
      return DEFAULT_CASE;
    }
    if (context != null && mediated(meeting, context)) {
      return "mediation";
    }
    if (host(meeting, context).isPresent()) {
      return "visit";
    }
    if (context != null && meeting.location().flatMap(p -> p.country()).isPresent()) {
      String venue = meeting.location().get().country().get();
      boolean allKnown = true;
      for (String p : meeting.participants()) {
        Optional<String> country = context.actor(p).flatMap(Actor::country);
        allKnown &= country.isPresent() && !country.get().equals(venue);
      }
      if (allKnown && meeting.participants().size() > 1) {
        return "third-place";
      }
    }
    if (meeting.participants().size() > 2 || (context != null && meeting.participants().stream()
        .map(context::actor).flatMap(Optional::stream)
        .anyMatch(a -> a.kind() == ActorKind.ORGANIZATION && a.country().isEmpty()))) {
      return "multilateral";
    }
    return "unspecified";
  }

  private static boolean mediated(Meeting meeting, Extraction context) {
    for (Ceasefire c : context.ceasefires()) {
      for (String p : meeting.participants()) {
        if (c.roles().get(p) == PartyRole.MEDIATING) {
          for (String q : meeting.participants()) {
            if (!q.equals(p) && c.parties().contains(q)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private static String ceasefireCase(Ceasefire ceasefire) {
    if (ceasefire.status() != CeasefireStatus.PROPOSED) {
      return DEFAULT_CASE;
    }
    for (Map.Entry<String, PartyRole> e : ceasefire.roles().entrySet()) {
      if (e.getValue() == PartyRole.PROPOSING && !ceasefire.parties().contains(e.getKey())) {
        return "appeal";
      }
    }
    return "intent";
  }

  private Row find(String type, String kind, String status, String caseName) {
    for (Row r : rows) {
      if (r.matches(type, kind, status, caseName)) {
        return r;
      }
    }
    throw new IllegalStateException("the event code table has no row for " + type + " " + kind + " "
        + status + " case " + caseName);
  }

  private static List<Row> rows(Reader reader) throws IOException {
    List<Row> out = new ArrayList<>();
    boolean header = true;
    for (TsvLines.Line line : TsvLines.read(reader)) {
      if (header) {
        if (!List.of(line.cells).equals(COLUMNS)) {
          throw line.error("event-codes.tsv", "expected the header " + String.join(" ", COLUMNS));
        }
        header = false;
        continue;
      }
      String[] c = line.cells;
      if (c.length != COLUMNS.size()) {
        throw line.error("event-codes.tsv", "expected " + COLUMNS.size() + " cells, got " + c.length);
      }
      if (!Set.of("Meeting", "Ceasefire", "Statement").contains(c[0])) {
        throw line.error("event-codes.tsv", "our_type must be Meeting, Ceasefire or Statement, got '" + c[0] + "'");
      }
      Set<String> kinds = c[1].equals("*") ? Set.of() : Set.of(c[1].split("\\|"));
      EventCode code = null;
      if (!c[4].equals("-")) {
        try {
          code = new EventCode.Builder()
              .cameoCode(c[4])
              .cameoLabel(c[5])
              .goldstein(Double.parseDouble(c[6]))
              .ploverEvent(none(c[7]))
              .ploverMode(none(c[8]))
              .caseName(c[3])
              .note(c[9])
              .build();
        } catch (IllegalStateException | NumberFormatException e) {
          throw line.error("event-codes.tsv", e.getMessage());
        }
      }
      out.add(new Row(c[0], kinds, c[2], c[3], code));
    }
    if (header) {
      throw new IllegalArgumentException("event-codes.tsv: no header line");
    }
    return out;
  }

  private static Optional<String> none(String cell) {
    return cell.equals("-") || cell.isBlank() ? Optional.empty() : Optional.of(cell);
  }

  private static Map<String, String> verbs(Reader reader) throws IOException {
    Map<String, String> out = new HashMap<>();
    for (TsvLines.Line line : TsvLines.read(reader)) {
      if (line.cells.length != 2 || line.cells[0].isBlank() || line.cells[1].isBlank()) {
        throw line.error("verb-classes.tsv", "expected class<TAB>verb");
      }
      String verb = line.cells[1].strip();
      if (!verb.equals(verb.toLowerCase(Locale.ROOT))) {
        throw line.error("verb-classes.tsv", "verbs are lower case, got '" + verb + "'");
      }
      String earlier = out.putIfAbsent(verb, line.cells[0].strip());
      if (earlier != null) {
        throw line.error("verb-classes.tsv", "'" + verb + "' is already of class " + earlier);
      }
    }
    return out;
  }
}
