package io.github.newsevents.jackson3;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.newsevents.json.WireFormat;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.CeasefireScope;
import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.PartyRole;
import io.github.newsevents.model.Sentence;
import io.github.newsevents.model.Span;
import io.github.newsevents.model.StatementKind;
import io.github.newsevents.parse.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * Makes a Jackson 3 {@code JsonMapper} read and write every newsevents model type, {@link
 * Extraction} included, in the JSON contract of newsevents: the same JSON, byte for byte, as the
 * Jackson 2 module ({@code io.github.newsevents.jackson.NewsEventsModule}) writes, from the same
 * mix-ins ({@code newsevents-json-format}).
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new NewsEventsModule()).build();
 * String json = mapper.writeValueAsString(extraction);
 * Extraction back = mapper.readValue(json, Extraction.class);
 * }</pre>
 *
 * <p>{@code JsonMapper.builder().findAndAddModules()} finds it too (it is listed in {@code
 * META-INF/services/tools.jackson.databind.JacksonModule}), and so does Spring Boot 4's
 * auto-configured {@code JsonMapper}. It needs no other module: Jackson 3 reads {@code Optional}
 * and {@code java.time} itself.
 *
 * <p><b>The format</b> is the Jackson 2 module's: camelCase names; {@link PartialDate} as {@code
 * "2025"}, {@code "2025-03"} or {@code "2025-03-13"}; durations as ISO-8601 periods ({@code
 * "P30D"}); enums by name; {@link Span} as {@code {"start": 17, "end": 290}} and {@link Sentence}
 * flattened to {@code {"start", "end", "insideQuote"}}; statements, meetings and ceasefires refer
 * to actors by id; an extraction carries {@code "schemaVersion": "1"} first. The module owns this
 * format: its types are written the same way whatever the mapper's enum, inclusion, naming or
 * property-sorting settings, and their strings are escaped as Jackson 2 escapes them: never
 * {@code /} (whatever {@code JsonWriteFeature.ESCAPE_FORWARD_SLASHES} says), and in UTF-8 a
 * character beyond the Basic Multilingual Plane as the escapes of its two UTF-16 halves, where
 * Jackson 3 would write its four bytes. The JSON Schema (draft 2020-12) of an extraction is {@link
 * #extractionSchema()}.
 *
 * <p><b>Policies</b>, as in the Jackson 2 module:
 *
 * <ul>
 *   <li>Absent optionals are written as {@code null}, empty lists as {@code []}, defaults as their
 *       value: every property is always present. Reading accepts {@code null} or a missing
 *       property for an optional, a list (empty) or a default; {@code null} for a required
 *       property or a list element is an error.
 *   <li>Unknown properties follow the mapper's {@link
 *       DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}, as the Jackson ecosystem does. Jackson 3
 *       disables it by default (Jackson 2 enables it), so a plain {@code JsonMapper} ignores them;
 *       enable the feature to refuse them, naming the property and the known ones. {@code
 *       NewsEventsModule.builder().ignoreUnknownProperties(true)} ignores them for the newsevents
 *       types whatever the mapper says.
 *   <li>{@code schemaVersion} {@code "1"} or none is read; any other value is refused. An actor id
 *       that none of the extraction's actors has is an error naming the id and its path.
 *   <li>Every error is a Jackson exception ({@code JacksonException}, unchecked) that says where
 *       ({@code getPath()}, also in the message; line and column for malformed JSON) and what:
 *       malformed JSON a {@code StreamReadException} (with the path when met inside a value), a
 *       wrong type a {@code MismatchedInputException}, an unknown enum name, an impossible date, an
 *       unsupported {@code schemaVersion} or an unknown actor id an {@code InvalidFormatException},
 *       a forbidden {@code null} an {@code InvalidNullException}, a missing required property or a
 *       value that breaks a model invariant a {@code ValueInstantiationException}.
 *   <li>Types are strict, whatever the mapper's coercion settings: a string only from a JSON
 *       string, an offset only from a JSON integer that fits an {@code int}, a flag only from
 *       {@code true}/{@code false}, a list only from a JSON array, an object only from a JSON
 *       object.
 *   <li>A key repeated within one newsevents object is refused ({@code StreamReadException}, {@code
 *       Duplicate Object property "participants"}), whatever the mapper's {@code
 *       STRICT_DUPLICATE_DETECTION}; so is a root {@code null} ({@code MismatchedInputException}),
 *       where Jackson would return {@code null}.
 *   <li>A document is one JSON value: Jackson 3 enables {@link
 *       DeserializationFeature#FAIL_ON_TRAILING_TOKENS} by default, so {@code readValue} refuses a
 *       second document or stray content after the first ({@code readValues} still reads JSON
 *       lines). A module cannot change a Jackson 3 mapper's features: a mapper built with the
 *       feature disabled accepts trailing content.
 *   <li>{@code article.text} is at most {@link Builder#maxArticleLength(int)} characters, by
 *       default the article parser's limit ({@link ParseOptions#DEFAULT_MAX_LENGTH}); a longer one
 *       is refused like a string over Jackson's own limits ({@code StreamConstraintsException}).
 *   <li>No default typing and no class names in the JSON. The mapper's read limits ({@code
 *       StreamReadConstraints}) stay in force; the module neither raises nor lowers them. Jackson
 *       3's defaults differ from Jackson 2's: nesting depth 500 (Jackson 2: 1,000), a string
 *       100,000,000 characters (Jackson 2: 20,000,000), a number 1,000 digits and a property name
 *       50,000 characters (as Jackson 2). Set them on the {@code JsonFactory} a mapper is built
 *       with ({@code JsonMapper.builder(JsonFactory.builder().streamReadConstraints(..).build())}).
 * </ul>
 *
 * <p>Instances are immutable and thread-safe, as the mappers Jackson 3 builds are. A mapper
 * registers a module once per {@linkplain #getRegistrationId() registration id}: registering the
 * same settings twice does nothing, and a module with other settings replaces none but adds to
 * the default one.
 */
public final class NewsEventsModule extends JacksonModule {
  /** The {@code schemaVersion} that extractions are written with and that readers accept. */
  public static final String SCHEMA_VERSION = WireFormat.SCHEMA_VERSION;

  /** Classpath resource of the JSON Schema of an extraction, for {@link ClassLoader#getResource}. */
  public static final String SCHEMA_RESOURCE = WireFormat.SCHEMA_RESOURCE;

  static final Version VERSION = readVersion();

  /** Every type the module reads, and the builder each is read through (Sentence has none). */
  private static final Set<Class<?>> READ_TYPES = readTypes();

  private final boolean ignoreUnknownProperties;
  private final int maxArticleLength;

  /** The module with the default policies; what {@code findAndAddModules()} registers. */
  public NewsEventsModule() {
    this(new Builder());
  }

  private NewsEventsModule(Builder builder) {
    this.ignoreUnknownProperties = builder.ignoreUnknownProperties;
    this.maxArticleLength = builder.maxArticleLength;
  }

  /** A builder for a module with other policies than the default. */
  public static Builder builder() {
    return new Builder();
  }

  /** The JSON Schema (draft 2020-12) of an extraction as written by this module. */
  public static URL extractionSchema() {
    return WireFormat.extractionSchema();
  }

  /** Whether this module ignores unknown properties of newsevents types whatever the mapper says. */
  public boolean ignoresUnknownProperties() {
    return ignoreUnknownProperties;
  }

  /** The longest {@code article.text} this module reads, in UTF-16 units. */
  public int maxArticleLength() {
    return maxArticleLength;
  }

  /**
   * Jackson registers a module once per registration id. A module with settings other than the
   * default has its own id, so that registering it after the default one (which {@code
   * findAndAddModules()} may have registered) still takes effect; registering the same settings
   * twice does nothing.
   */
  @Override
  public Object getRegistrationId() {
    String id = NewsEventsModule.class.getName();
    if (ignoreUnknownProperties) {
      id += "+ignoreUnknownProperties";
    }
    if (maxArticleLength != ParseOptions.DEFAULT_MAX_LENGTH) {
      id += "+maxArticleLength=" + maxArticleLength;
    }
    return id;
  }

  @Override
  public String getModuleName() {
    return "newsevents";
  }

  @Override
  public Version version() {
    return VERSION;
  }

  @Override
  public void setupModule(SetupContext context) {
    // the format, shared with the Jackson 2 module: property names, order, inclusion, nulls
    WireFormat.mixIns().forEach(context::setMixIn);
    context.setMixIn(ExtractionReader.class, WireFormat.extractionReaderMixIn());
    // and what Jackson 3 spells in jackson-databind: builders, the model types, schemaVersion
    context.insertAnnotationIntrospector(new WireIntrospector());
    context.addSerializerModifier(new Jackson2Escapes(WireFormat.mixIns().keySet()));

    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    serializers.addSerializer(PartialDate.class, new PartialDateCodec.Serializer());
    deserializers.addDeserializer(PartialDate.class, new PartialDateCodec.Deserializer());
    serializers.addSerializer(Sentence.class, new SentenceCodec.Serializer());
    deserializers.addDeserializer(Sentence.class, new SentenceCodec.Deserializer());
    addEnum(serializers, deserializers, ActorKind.class);
    addEnum(serializers, deserializers, StatementKind.class);
    addEnum(serializers, deserializers, MeetingKind.class);
    addEnum(serializers, deserializers, MeetingStatus.class);
    addEnum(serializers, deserializers, CeasefireScope.class);
    addEnum(serializers, deserializers, CeasefireStatus.class);
    addEnum(serializers, deserializers, PartyRole.class);
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
    context.addDeserializerModifier(new StrictReading(READ_TYPES, maxArticleLength));

    if (ignoreUnknownProperties) {
      // per type, so that the rest of the mapper keeps its own policy; builder-based
      // deserializers look the setting up on the builder class
      JsonIgnoreProperties.Value ignore = JsonIgnoreProperties.Value.forIgnoreUnknown(true);
      for (Class<?> type : READ_TYPES) {
        context.configOverride(type).setIgnorals(ignore);
      }
    }
  }

  private static <E extends Enum<E>> void addEnum(
      SimpleSerializers serializers, SimpleDeserializers deserializers, Class<E> type) {
    serializers.addSerializer(type, new EnumCodec.Serializer<>(type));
    deserializers.addDeserializer(type, new EnumCodec.Deserializer<>(type));
  }

  private static Set<Class<?>> readTypes() {
    Set<Class<?>> types = new HashSet<>();
    WireFormat.builders().forEach((type, builder) -> {
      types.add(type);
      types.add(builder);
    });
    types.addAll(List.of(Sentence.class, Extraction.class, ExtractionReader.class));
    return Set.copyOf(types);
  }

  private static Version readVersion() {
    Properties properties = new Properties();
    try (InputStream in = NewsEventsModule.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(
        properties.getProperty("version"), "io.github.newsevents", "newsevents-jackson3");
  }

  /**
   * Policies for a {@link NewsEventsModule} other than the default. Not thread-safe; the module it
   * builds is.
   */
  public static final class Builder {
    private boolean ignoreUnknownProperties;
    private int maxArticleLength = ParseOptions.DEFAULT_MAX_LENGTH;

    private Builder() {}

    /**
     * Whether to ignore unknown properties of newsevents types whatever the mapper's {@link
     * DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} (for forward compatibility: documents
     * written by a newer version may carry properties this one does not know). Default {@code
     * false}: the mapper decides.
     */
    public Builder ignoreUnknownProperties(boolean ignore) {
      this.ignoreUnknownProperties = ignore;
      return this;
    }

    /**
     * The longest {@code article.text} to read, in UTF-16 units ({@code String.length()}); a longer
     * one is refused as Jackson refuses a string over its own read limits, with a {@code
     * StreamConstraintsException} (with the path {@code article.text}). Default {@link
     * ParseOptions#DEFAULT_MAX_LENGTH}, the article parser's default limit, so that what the
     * reader accepts the parser would have accepted; set it to the {@code maxLength} of your
     * {@link ParseOptions} when you raise that.
     *
     * @throws IllegalArgumentException if {@code maxLength} is negative
     */
    public Builder maxArticleLength(int maxLength) {
      if (maxLength < 0) {
        throw new IllegalArgumentException("maxArticleLength must not be negative, got " + maxLength);
      }
      this.maxArticleLength = maxLength;
      return this;
    }

    public NewsEventsModule build() {
      return new NewsEventsModule(this);
    }
  }
}
