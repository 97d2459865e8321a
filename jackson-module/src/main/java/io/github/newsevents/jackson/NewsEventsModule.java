package io.github.newsevents.jackson;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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

/**
 * Makes an {@link com.fasterxml.jackson.databind.ObjectMapper} read and write every newsevents model
 * type, {@link Extraction} included, in the JSON contract of newsevents.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new NewsEventsModule());
 * String json = mapper.writeValueAsString(extraction);
 * Extraction back = mapper.readValue(json, Extraction.class);
 * }</pre>
 *
 * <p>{@code ObjectMapper.findAndRegisterModules()} finds it too (it is listed in {@code
 * META-INF/services/com.fasterxml.jackson.databind.Module}). Registering it is enough: it brings
 * {@link Jdk8Module} (for {@code Optional}) and {@link JavaTimeModule} (for {@code Period}) as
 * {@linkplain #getDependencies() dependencies}, which Jackson registers first unless they already
 * are.
 *
 * <p><b>The format.</b> camelCase names; {@link PartialDate} as {@code "2025"}, {@code "2025-03"}
 * or {@code "2025-03-13"}; durations as ISO-8601 periods ({@code "P30D"}); enums by name; {@link
 * Span} as {@code {"start": 17, "end": 290}} and {@link Sentence} flattened to {@code {"start",
 * "end", "insideQuote"}}; statements, meetings and ceasefires refer to actors by id; an extraction
 * carries {@code "schemaVersion": "1"} first. The module owns this format: its types are written
 * the same way whatever the mapper's enum, inclusion or naming settings. The JSON Schema (draft
 * 2020-12) of an extraction is {@link #extractionSchema()}.
 *
 * <p><b>Policies.</b>
 *
 * <ul>
 *   <li>Absent optionals are written as {@code null}, empty lists as {@code []}, defaults ({@code
 *       "heading": false}, {@code "language": "en"}) as their value: every property is always
 *       present. Reading accepts {@code null} or a missing property for an optional, a missing
 *       property or {@code null} for a list (empty) or a default (the default); {@code null} for a
 *       required property or a list element is an error.
 *   <li>Unknown properties follow the mapper's {@link
 *       DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}, as the Jackson ecosystem does: Jackson
 *       enables it by default, so a plain mapper rejects them, naming the property and the known
 *       ones. To accept documents from newer writers, disable that feature or build the module with
 *       {@code NewsEventsModule.builder().ignoreUnknownProperties(true).build()}, which ignores
 *       them for the newsevents types only.
 *   <li>{@code schemaVersion} {@code "1"} or none is read; any other value is refused.
 *   <li>Reading an extraction whose statements, meetings or ceasefires name an actor id that none
 *       of its actors has is an error naming the id and its path. (The model itself leaves that to
 *       validation; the JSON reader refuses dangling references.)
 *   <li>Every error is a Jackson exception that says where (the JSON path, {@code
 *       JsonMappingException.getPath()}, also in the message; line and column for malformed JSON)
 *       and what: malformed JSON a {@code JsonParseException} (met inside a value, Jackson wraps
 *       it in a {@code JsonMappingException} that adds the path), a wrong type a {@code
 *       MismatchedInputException}, an unknown enum name, a date like {@code "2025-02-30"}, an
 *       unsupported {@code schemaVersion} or an unknown actor id an {@code
 *       InvalidFormatException}, a forbidden {@code null} an {@code InvalidNullException}, a
 *       missing required property or a value that breaks a model invariant a {@code
 *       ValueInstantiationException} quoting the model's message.
 *   <li>Types are strict, whatever the mapper's coercion settings: a string is read only from a
 *       JSON string, an offset only from a JSON integer that fits an {@code int}, a flag only from
 *       {@code true}/{@code false}, a list only from a JSON array, an object only from a JSON
 *       object ({@code 21.9} or {@code "21"} for an offset, {@code 5} for a text, {@code "true"}
 *       for a flag are each a {@code MismatchedInputException}).
 *   <li>A key repeated within one object is refused (a {@code JsonParseException}, {@code
 *       Duplicate field 'participants'}, wrapped with the path when inside a value); so is a root
 *       {@code null} (a {@code MismatchedInputException}), where Jackson would return {@code
 *       null}.
 *   <li>A document is one JSON value: registering the module turns on the mapper's {@link
 *       DeserializationFeature#FAIL_ON_TRAILING_TOKENS} (Jackson 3's default), so {@code
 *       readValue} refuses a second document or stray content after the first ({@code
 *       readValues} still reads JSON lines). Disable the feature after registering to go back.
 *   <li>{@code article.text} is at most {@link Builder#maxArticleLength(int)} characters, by
 *       default the article parser's limit ({@link ParseOptions#DEFAULT_MAX_LENGTH}); a longer one
 *       is refused like a string over Jackson's own limits ({@code StreamConstraintsException}).
 *   <li>No default typing and no class names in the JSON; the mapper's read limits ({@code
 *       StreamReadConstraints}: nesting depth, string and number length) stay in force.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; a mapper configured with one is as thread-safe as
 * Jackson makes it. Registering the module twice with the same settings does nothing; once any
 * registered NewsEventsModule ignores unknown properties, the mapper does (see {@link
 * #getTypeId()}).
 */
public final class NewsEventsModule extends Module {
  /** The {@code schemaVersion} that extractions are written with and that readers accept. */
  public static final String SCHEMA_VERSION = WireFormat.SCHEMA_VERSION;

  /** Classpath resource of the JSON Schema of an extraction, for {@link ClassLoader#getResource}. */
  public static final String SCHEMA_RESOURCE = WireFormat.SCHEMA_RESOURCE;

  static final Version VERSION = readVersion();

  /** Every type the module reads, and the builder each is read through (Sentence has none). */
  private static final Set<Class<?>> READ_TYPES = readTypes();

  private final boolean ignoreUnknownProperties;
  private final int maxArticleLength;

  /** The module with the default policies; what {@code findAndRegisterModules()} registers. */
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
   * Jackson registers a module once per type id. A module with settings other than the default
   * has its own id, so that registering it after the default one (which {@code
   * findAndRegisterModules()} may have registered) still takes effect; registering the same
   * settings twice does nothing.
   */
  @Override
  public Object getTypeId() {
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

  /** {@link Jdk8Module} and {@link JavaTimeModule}, registered by Jackson before this module. */
  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module(), new JavaTimeModule());
  }

  @Override
  public void setupModule(SetupContext context) {
    // the format, shared with the Jackson 3 module: property names, order, inclusion, nulls
    WireFormat.mixIns().forEach(context::setMixInAnnotations);
    context.setMixInAnnotations(ExtractionReader.class, WireFormat.extractionReaderMixIn());
    // and what Jackson 2 spells in jackson-databind: builders, the model types, schemaVersion
    context.insertAnnotationIntrospector(new WireIntrospector());

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
    context.addBeanDeserializerModifier(new StrictReading(READ_TYPES, maxArticleLength));

    // a document is one JSON value: Jackson 3's default, which Jackson 2 leaves off; a module
    // cannot refuse trailing content itself (it must not read past its value, or readValues over
    // JSON lines would break), so it turns the mapper's check on
    Object owner = context.getOwner();
    if (owner instanceof ObjectMapper) {
      ((ObjectMapper) owner).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

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
        properties.getProperty("version"), "io.github.newsevents", "newsevents-jackson");
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
     * false}: the mapper decides, and a plain mapper rejects them.
     */
    public Builder ignoreUnknownProperties(boolean ignore) {
      this.ignoreUnknownProperties = ignore;
      return this;
    }

    /**
     * The longest {@code article.text} to read, in UTF-16 units ({@code String.length()}); a longer
     * one is refused as Jackson refuses a string over its own read limits, with a {@code
     * StreamConstraintsException} (wrapped with the path {@code article.text}). Default {@link
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
