package io.github.newsevents.testkit.gold;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.CeasefireScope;
import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.StatementKind;
import io.github.newsevents.testkit.internal.PyJson;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Reads and writes gold annotations ({@link Gold}) in the format of the development corpus
 * ({@code corpus/README.md}):
 *
 * <pre>{@code
 * Gold gold = GoldFormat.standard().read(Path.of("corpus/dev/gold/000.json"));
 * String json = GoldFormat.standard().write(gold);
 * }</pre>
 *
 * <p><b>Writing</b> is canonical: Python's {@code json.dumps(gold, indent=1)} layout (the
 * corpus's), fields in the corpus's order, no final line break. Fields the corpus always carries
 * ({@code title}, {@code affiliation}, {@code location}, {@code date}, {@code date_precision},
 * {@code scope}, {@code scope_note}, {@code duration_days} ...) are written as {@code null} when
 * empty; the others ({@code optional}, {@code fragment}, {@code note}, {@code mediators}, {@code
 * proposer}, {@code date_end} ...) only when set. {@code date_precision} is derived from {@code
 * date}. Characters outside ASCII are written as they are, or as {@code \\uXXXX} escapes by
 * {@link #escapingNonAscii()}; the text ends without a line break, or with one by {@link
 * #endingWithNewline()} (the corpus has files of each kind; {@link #withLayoutOf(String)} picks
 * both from a file's text). So every corpus file, and every file this class wrote, reads and
 * writes back byte for byte in its own layout, and equal as JSON in any.
 *
 * <p><b>Reading</b> accepts {@code null} or a missing field for anything optional (the two are the
 * same), and {@code DIRECT} for a statement without {@code kind}. Fields the format does not know
 * are kept, in order, in the {@code unknownFields()} of the object that holds them and written
 * back after the known fields; {@link #rejectingUnknownFields()} refuses them instead. A file that
 * is not JSON, or whose JSON has the wrong shape (a missing name, an unknown status, a {@code
 * date_precision} that disagrees with its {@code date}, a duplicate key), is a {@link
 * GoldFormatException} naming the file and the JSON path.
 *
 * <p>Immutable and thread-safe.
 */
public final class GoldFormat {
  private static final GoldFormat STANDARD = new GoldFormat(false, false, false);

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  private static final List<String> TOP = List.of(
      "article", "actors", "statements", "meetings", "ceasefires", "notes");
  private static final List<String> ARTICLE = List.of("date", "headline", "source");
  private static final List<String> ACTOR = List.of(
      "name", "kind", "title", "affiliation", "aliases", "optional", "note");
  private static final List<String> STATEMENT = List.of(
      "speaker", "quote", "kind", "fragment", "speaker_unnamed", "optional", "paragraph_segments",
      "note");
  private static final List<String> MEETING = List.of(
      "participants", "location", "date", "date_precision", "kind", "status", "date_end",
      "mediators", "delegates", "optional", "note");
  private static final List<String> CEASEFIRE = List.of(
      "parties", "scope", "scope_note", "duration_days", "date", "date_precision", "status",
      "date_end", "mediators", "proposer", "optional", "note");

  private final boolean rejectUnknown;
  private final boolean asciiOnly;
  private final boolean finalNewline;

  private GoldFormat(boolean rejectUnknown, boolean asciiOnly, boolean finalNewline) {
    this.rejectUnknown = rejectUnknown;
    this.asciiOnly = asciiOnly;
    this.finalNewline = finalNewline;
  }

  /** Keeps unknown fields; writes characters outside ASCII as they are. */
  public static GoldFormat standard() {
    return STANDARD;
  }

  /** This format, refusing any field it does not know with a {@link GoldFormatException}. */
  public GoldFormat rejectingUnknownFields() {
    return new GoldFormat(true, asciiOnly, finalNewline);
  }

  /** This format, writing every character outside ASCII as a {@code \\uXXXX} escape. */
  public GoldFormat escapingNonAscii() {
    return new GoldFormat(rejectUnknown, true, finalNewline);
  }

  /** This format, ending what it writes with a line break (as editors do; Python does not). */
  public GoldFormat endingWithNewline() {
    return new GoldFormat(rejectUnknown, asciiOnly, true);
  }

  /**
   * This format, writing in the layout of {@code json}: escaping non-ASCII characters when it is
   * ASCII text with {@code \\u} escapes, ending with a line break when it does. Rewriting a file
   * in its own layout keeps its bytes:
   *
   * <pre>{@code
   * String text = Files.readString(file);
   * GoldFormat format = GoldFormat.standard().withLayoutOf(text);
   * assert format.write(format.parse(text)).equals(text); // for a file in the canonical layout
   * }</pre>
   */
  public GoldFormat withLayoutOf(String json) {
    boolean escaped = json.contains("\\u") && json.chars().allMatch(c -> c < 0x80);
    return new GoldFormat(rejectUnknown, escaped, json.endsWith("\n"));
  }

  // --- reading

  /**
   * Reads one gold file (UTF-8).
   *
   * @throws GoldFormatException if it is not UTF-8 JSON of the gold shape
   * @throws IOException if it cannot be read
   */
  public Gold read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      throw new GoldFormatException(file.toString(), -1, -1, "not UTF-8 text", e);
    }
    return parse(text, file.toString());
  }

  /** Reads gold JSON from a string; errors name the source {@code <string>}. */
  public Gold parse(String json) {
    return parse(json, "<string>");
  }

  /** Reads gold JSON from a string; errors name {@code source}. */
  public Gold parse(String json, String source) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(source, "source");
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new GoldFormatException(source, at == null ? -1 : at.getLineNr(),
          at == null ? -1 : at.getColumnNr(), e.getOriginalMessage(), e);
    }
    if (root == null || root.isMissingNode()) {
      throw new GoldFormatException(source, -1, -1, "no JSON value", null);
    }
    return new Reading(source).gold(root);
  }

  /**
   * Reads every {@code *.json} file of {@code directory}, by file name without {@code .json}
   * ({@code "000"}), in name order.
   *
   * @throws GoldFormatException for the first bad file
   */
  public SortedMap<String, Gold> readDirectory(Path directory) throws IOException {
    SortedMap<String, Gold> golds = new TreeMap<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.json")) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        golds.put(name.substring(0, name.length() - ".json".length()), read(f));
      }
    }
    return golds;
  }

  private final class Reading {
    private final String source;

    Reading(String source) {
      this.source = source;
    }

    Gold gold(JsonNode root) {
      String path = "$";
      object(root, path);
      Gold.Builder b = new Gold.Builder();
      JsonNode article = root.get("article");
      if (article != null && !article.isNull()) {
        b.article(article(article, path + ".article"));
      }
      b.addAllActors(list(root, path, "actors", this::actor));
      b.addAllStatements(list(root, path, "statements", this::statement));
      b.addAllMeetings(list(root, path, "meetings", this::meeting));
      b.addAllCeasefires(list(root, path, "ceasefires", this::ceasefire));
      text(root, path, "notes").ifPresent(b::notes);
      unknown(root, path, TOP, b::putUnknownField);
      return b.build();
    }

    GoldArticle article(JsonNode n, String path) {
      object(n, path);
      GoldArticle.Builder b = new GoldArticle.Builder();
      date(n, path, "date").ifPresent(b::date);
      text(n, path, "headline").ifPresent(b::headline);
      text(n, path, "source").ifPresent(b::source);
      unknown(n, path, ARTICLE, b::putUnknownField);
      return b.build();
    }

    GoldActor actor(JsonNode n, String path) {
      object(n, path);
      GoldActor.Builder b = new GoldActor.Builder()
          .name(required(n, path, "name"))
          .kind(requiredEnum(n, path, "kind", ActorKind.class));
      text(n, path, "title").ifPresent(b::title);
      text(n, path, "affiliation").ifPresent(b::affiliation);
      b.addAllAliases(strings(n, path, "aliases"));
      bool(n, path, "optional").ifPresent(b::optional);
      text(n, path, "note").ifPresent(b::note);
      unknown(n, path, ACTOR, b::putUnknownField);
      return build(b::build, path);
    }

    GoldStatement statement(JsonNode n, String path) {
      object(n, path);
      GoldStatement.Builder b = new GoldStatement.Builder()
          .speaker(required(n, path, "speaker"))
          .quote(required(n, path, "quote"))
          .kind(optionalEnum(n, path, "kind", StatementKind.class).orElse(StatementKind.DIRECT));
      bool(n, path, "fragment").ifPresent(b::fragment);
      bool(n, path, "speaker_unnamed").ifPresent(b::speakerUnnamed);
      bool(n, path, "optional").ifPresent(b::optional);
      b.addAllParagraphSegments(strings(n, path, "paragraph_segments"));
      text(n, path, "note").ifPresent(b::note);
      unknown(n, path, STATEMENT, b::putUnknownField);
      return build(b::build, path);
    }

    GoldMeeting meeting(JsonNode n, String path) {
      object(n, path);
      GoldMeeting.Builder b = new GoldMeeting.Builder()
          .addAllParticipants(strings(n, path, "participants"))
          .kind(requiredEnum(n, path, "kind", MeetingKind.class))
          .status(requiredEnum(n, path, "status", MeetingStatus.class));
      text(n, path, "location").ifPresent(b::location);
      Optional<PartialDate> date = date(n, path, "date");
      precision(n, path, date);
      date.ifPresent(b::date);
      date(n, path, "date_end").ifPresent(b::dateEnd);
      b.addAllMediators(strings(n, path, "mediators"));
      b.addAllDelegates(strings(n, path, "delegates"));
      bool(n, path, "optional").ifPresent(b::optional);
      text(n, path, "note").ifPresent(b::note);
      unknown(n, path, MEETING, b::putUnknownField);
      return build(b::build, path);
    }

    GoldCeasefire ceasefire(JsonNode n, String path) {
      object(n, path);
      GoldCeasefire.Builder b = new GoldCeasefire.Builder()
          .addAllParties(strings(n, path, "parties"))
          .status(requiredEnum(n, path, "status", CeasefireStatus.class));
      optionalEnum(n, path, "scope", CeasefireScope.class).ifPresent(b::scope);
      text(n, path, "scope_note").ifPresent(b::scopeNote);
      JsonNode days = n.get("duration_days");
      if (days != null && !days.isNull()) {
        if (!days.isIntegralNumber() || !days.canConvertToInt() || days.intValue() <= 0) {
          throw shape(path + ".duration_days", "expected a positive whole number of days or null, got "
              + days);
        }
        b.durationDays(days.intValue());
      }
      Optional<PartialDate> date = date(n, path, "date");
      precision(n, path, date);
      date.ifPresent(b::date);
      date(n, path, "date_end").ifPresent(b::dateEnd);
      b.addAllMediators(strings(n, path, "mediators"));
      text(n, path, "proposer").ifPresent(b::proposer);
      bool(n, path, "optional").ifPresent(b::optional);
      text(n, path, "note").ifPresent(b::note);
      unknown(n, path, CEASEFIRE, b::putUnknownField);
      return build(b::build, path);
    }

    // --- field readers; each names the path of what it rejects

    private void object(JsonNode n, String path) {
      if (!n.isObject()) {
        throw shape(path, "expected an object, got " + describe(n));
      }
    }

    private <T> List<T> list(
        JsonNode n, String path, String field, BiFunction<JsonNode, String, T> item) {
      JsonNode a = n.get(field);
      if (a == null || a.isNull()) {
        return List.of();
      }
      String p = path + "." + field;
      if (!a.isArray()) {
        throw shape(p, "expected an array, got " + describe(a));
      }
      List<T> out = new ArrayList<>(a.size());
      for (int i = 0; i < a.size(); i++) {
        out.add(item.apply(a.get(i), p + "[" + i + "]"));
      }
      return out;
    }

    private List<String> strings(JsonNode n, String path, String field) {
      return list(n, path, field, (e, p) -> {
        if (!e.isTextual() || e.textValue().isBlank()) {
          throw shape(p, "expected a non-blank string, got " + describe(e));
        }
        return e.textValue();
      });
    }

    private Optional<String> text(JsonNode n, String path, String field) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        return Optional.empty();
      }
      if (!v.isTextual()) {
        throw shape(path + "." + field, "expected a string or null, got " + describe(v));
      }
      return Optional.of(v.textValue());
    }

    private String required(JsonNode n, String path, String field) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        throw shape(path + "." + field, "is required");
      }
      if (!v.isTextual() || v.textValue().isBlank()) {
        throw shape(path + "." + field, "expected a non-blank string, got " + describe(v));
      }
      return v.textValue();
    }

    private Optional<Boolean> bool(JsonNode n, String path, String field) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        return Optional.empty();
      }
      if (!v.isBoolean()) {
        throw shape(path + "." + field, "expected true, false or null, got " + describe(v));
      }
      return Optional.of(v.booleanValue());
    }

    private <E extends Enum<E>> E requiredEnum(JsonNode n, String path, String field, Class<E> type) {
      return optionalEnum(n, path, field, type)
          .orElseThrow(() -> shape(path + "." + field, "is required (one of " + names(type) + ")"));
    }

    private <E extends Enum<E>> Optional<E> optionalEnum(
        JsonNode n, String path, String field, Class<E> type) {
      Optional<String> name = text(n, path, field);
      if (name.isEmpty()) {
        return Optional.empty();
      }
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(name.get())) {
          return Optional.of(e);
        }
      }
      throw shape(path + "." + field,
          "expected one of " + names(type) + ", got \"" + name.get() + "\"");
    }

    private Optional<PartialDate> date(JsonNode n, String path, String field) {
      Optional<String> text = text(n, path, field);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(PartialDate.parse(text.get()));
      } catch (IllegalArgumentException e) {
        throw shape(path + "." + field, "expected YYYY, YYYY-MM or YYYY-MM-DD, got \""
            + text.get() + "\"");
      }
    }

    /** The file's date_precision must be what the date's length says. */
    private void precision(JsonNode n, String path, Optional<PartialDate> date) {
      Optional<PartialDate.Precision> stated =
          optionalEnum(n, path, "date_precision", PartialDate.Precision.class);
      Optional<PartialDate.Precision> actual = date.map(PartialDate::precision);
      if (stated.isPresent() && !stated.equals(actual)) {
        throw shape(path + ".date_precision", "is " + stated.get() + " but date is "
            + date.map(d -> "\"" + d + "\" (" + d.precision() + ")").orElse("null"));
      }
    }

    private void unknown(JsonNode n, String path, List<String> known, BiConsumer<String, String> keep) {
      for (Map.Entry<String, JsonNode> f : n.properties()) {
        if (known.contains(f.getKey())) {
          continue;
        }
        if (rejectUnknown) {
          throw shape(path + "." + f.getKey(), "unknown field (known: " + String.join(", ", known) + ")");
        }
        keep.accept(f.getKey(), f.getValue().toString());
      }
    }

    private <T> T build(java.util.function.Supplier<T> build, String path) {
      try {
        return build.get();
      } catch (IllegalStateException e) {
        throw shape(path, e.getMessage());
      }
    }

    private GoldFormatException shape(String path, String problem) {
      return new GoldFormatException(source, path, problem);
    }
  }

  @FunctionalInterface
  private interface BiFunction<A, B, R> {
    R apply(A a, B b);
  }

  private static String describe(JsonNode n) {
    String s = n.toString();
    return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " "
        + (s.length() > 60 ? s.substring(0, 57) + "..." : s);
  }

  private static <E extends Enum<E>> String names(Class<E> type) {
    return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
  }

  // --- writing

  /** {@code gold} as canonical gold JSON (see the class comment). */
  public String write(Gold gold) {
    Objects.requireNonNull(gold, "gold");
    return PyJson.write(tree(gold), 1, asciiOnly) + (finalNewline ? "\n" : "");
  }

  /** Writes {@link #write(Gold)} to {@code file} as UTF-8. */
  public void write(Gold gold, Path file) throws IOException {
    Files.writeString(file, write(gold), StandardCharsets.UTF_8);
  }

  /** {@code gold} as a Jackson tree in the canonical field order. */
  public static ObjectNode tree(Gold gold) {
    ObjectNode o = MAPPER.createObjectNode();
    gold.article().ifPresent(a -> {
      ObjectNode n = o.putObject("article");
      n.put("date", a.date().map(Object::toString).orElse(null));
      n.put("headline", a.headline().orElse(null));
      n.put("source", a.source().orElse(null));
      unknown(n, a.unknownFields());
    });
    ArrayNode actors = o.putArray("actors");
    for (GoldActor a : gold.actors()) {
      ObjectNode n = actors.addObject();
      n.put("name", a.name());
      n.put("kind", a.kind().name());
      n.put("title", a.title().orElse(null));
      n.put("affiliation", a.affiliation().orElse(null));
      strings(n.putArray("aliases"), a.aliases());
      a.optional().ifPresent(v -> n.put("optional", v));
      a.note().ifPresent(v -> n.put("note", v));
      unknown(n, a.unknownFields());
    }
    ArrayNode statements = o.putArray("statements");
    for (GoldStatement s : gold.statements()) {
      ObjectNode n = statements.addObject();
      n.put("speaker", s.speaker());
      n.put("quote", s.quote());
      n.put("kind", s.kind().name());
      s.fragment().ifPresent(v -> n.put("fragment", v));
      s.speakerUnnamed().ifPresent(v -> n.put("speaker_unnamed", v));
      s.optional().ifPresent(v -> n.put("optional", v));
      if (!s.paragraphSegments().isEmpty()) {
        strings(n.putArray("paragraph_segments"), s.paragraphSegments());
      }
      s.note().ifPresent(v -> n.put("note", v));
      unknown(n, s.unknownFields());
    }
    ArrayNode meetings = o.putArray("meetings");
    for (GoldMeeting m : gold.meetings()) {
      ObjectNode n = meetings.addObject();
      strings(n.putArray("participants"), m.participants());
      n.put("location", m.location().orElse(null));
      n.put("date", m.date().map(Object::toString).orElse(null));
      n.put("date_precision", m.datePrecision().map(Enum::name).orElse(null));
      n.put("kind", m.kind().name());
      n.put("status", m.status().name());
      m.dateEnd().ifPresent(v -> n.put("date_end", v.toString()));
      if (!m.mediators().isEmpty()) {
        strings(n.putArray("mediators"), m.mediators());
      }
      if (!m.delegates().isEmpty()) {
        strings(n.putArray("delegates"), m.delegates());
      }
      m.optional().ifPresent(v -> n.put("optional", v));
      m.note().ifPresent(v -> n.put("note", v));
      unknown(n, m.unknownFields());
    }
    ArrayNode ceasefires = o.putArray("ceasefires");
    for (GoldCeasefire c : gold.ceasefires()) {
      ObjectNode n = ceasefires.addObject();
      strings(n.putArray("parties"), c.parties());
      n.put("scope", c.scope().map(Enum::name).orElse(null));
      n.put("scope_note", c.scopeNote().orElse(null));
      n.put("duration_days", c.durationDays().orElse(null));
      n.put("date", c.date().map(Object::toString).orElse(null));
      n.put("date_precision", c.datePrecision().map(Enum::name).orElse(null));
      n.put("status", c.status().name());
      c.dateEnd().ifPresent(v -> n.put("date_end", v.toString()));
      if (!c.mediators().isEmpty()) {
        strings(n.putArray("mediators"), c.mediators());
      }
      c.proposer().ifPresent(v -> n.put("proposer", v));
      c.optional().ifPresent(v -> n.put("optional", v));
      c.note().ifPresent(v -> n.put("note", v));
      unknown(n, c.unknownFields());
    }
    gold.notes().ifPresent(v -> o.put("notes", v));
    unknown(o, gold.unknownFields());
    return o;
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }

  private static void unknown(ObjectNode n, Map<String, String> fields) {
    for (Map.Entry<String, String> f : fields.entrySet()) {
      if (n.has(f.getKey())) {
        throw new IllegalArgumentException("unknown field '" + f.getKey()
            + "' has the name of a known field; it cannot be written");
      }
      try {
        n.set(f.getKey(), MAPPER.readTree(f.getValue()));
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("unknown field '" + f.getKey()
            + "' does not hold JSON text: " + e.getOriginalMessage(), e);
      }
    }
  }
}
