package io.github.newsevents.jackson3;

import io.github.newsevents.model.Article;
import java.time.Period;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.BeanDeserializerBuilder;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.util.AccessPattern;

/**
 * What makes the reader strict, for the newsevents types only (the rest of the mapper keeps its own
 * settings); the Jackson 3 twin of the Jackson 2 module's class of the same name:
 *
 * <ul>
 *   <li>every string, offset, flag, period and list property is read by {@link StrictValues}, so a
 *       value of the wrong JSON type is a {@code MismatchedInputException}, never coerced;
 *   <li>a newsevents object must be a JSON object (no one-element array standing for it, whatever
 *       {@code UNWRAP_SINGLE_VALUE_ARRAYS} says), and a root {@code null} is refused rather than
 *       read as a {@code null} value;
 *   <li>a key repeated within a newsevents object, or any object inside it, is refused with a
 *       {@code StreamReadException} ({@code Duplicate Object property "x"}, as Jackson 3's own
 *       {@code STRICT_DUPLICATE_DETECTION} says it). Jackson 3 parsers cannot switch that feature
 *       on for one value, as Jackson 2's can, so the object is read through {@link UniqueKeys},
 *       unless the mapper has the feature on already;
 *   <li>{@code article.text} is at most the configured number of characters, the article parser's
 *       own limit by default.
 * </ul>
 */
final class StrictReading extends ValueDeserializerModifier {
  private static final long serialVersionUID = 1L;

  private final Set<Class<?>> types;
  private final int maxArticleLength;

  /**
   * @param types the newsevents value types and the builders they are read through
   * @param maxArticleLength the longest {@code article.text} accepted
   */
  StrictReading(Set<Class<?>> types, int maxArticleLength) {
    this.types = Set.copyOf(types);
    this.maxArticleLength = maxArticleLength;
  }

  @Override
  public BeanDeserializerBuilder updateBuilder(
      DeserializationConfig config, BeanDescription.Supplier description, BeanDeserializerBuilder builder) {
    Class<?> type = description.getBeanClass();
    if (!types.contains(type)) {
      return builder;
    }
    List<SettableBeanProperty> properties = new ArrayList<>();
    builder.getProperties().forEachRemaining(properties::add);
    for (SettableBeanProperty property : properties) {
      if (property.hasValueDeserializer()) {
        continue; // a codec of its own (schemaVersion), already strict
      }
      ValueDeserializer<?> strict = strictFor(config, type, property);
      if (strict != null) {
        builder.addOrReplaceProperty(property.withValueDeserializer(strict), true);
      }
    }
    return builder;
  }

  @Override
  public ValueDeserializer<?> modifyDeserializer(
      DeserializationConfig config, BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
    return types.contains(description.getBeanClass())
        ? new ObjectsOnly(deserializer)
        : deserializer;
  }

  /** The strict deserializer for {@code property} of {@code type}, or null to keep Jackson's. */
  private ValueDeserializer<?> strictFor(
      DeserializationConfig config, Class<?> type, SettableBeanProperty property) {
    JavaType t = property.getType();
    ValueDeserializer<?> scalar = scalar(t.getRawClass());
    if (scalar == StrictValues.Text.ANY && type == Article.Builder.class && "text".equals(property.getName())) {
      return new StrictValues.Text(
          maxArticleLength, "NewsEventsModule.Builder.maxArticleLength, the article parser's limit by default");
    }
    if (scalar != null) {
      return scalar;
    }
    if (t.getRawClass() == Optional.class) {
      JavaType value = t.containedTypeOrUnknown(0);
      @SuppressWarnings("unchecked")
      ValueDeserializer<Object> inner = (ValueDeserializer<Object>) scalar(value.getRawClass());
      return inner == null ? null : new StrictValues.Optionally<>(t, inner);
    }
    if (t.isTypeOrSubTypeOf(Iterable.class)) {
      JavaType element = t.getContentType() != null ? t.getContentType() : t.containedTypeOrUnknown(0);
      // named as a List in messages, whatever the builder method takes (an Iterable)
      JavaType list = config.getTypeFactory().constructCollectionType(List.class, element);
      return new StrictValues.ListOf(list, element, property.getName(), scalar(element.getRawClass()));
    }
    return null; // maps (roles), objects (read by their own strict deserializers), codecs
  }

  private static ValueDeserializer<?> scalar(Class<?> raw) {
    if (raw == String.class) {
      return StrictValues.Text.ANY;
    }
    if (raw == int.class || raw == Integer.class) {
      return StrictValues.Int.INSTANCE;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return StrictValues.Bool.INSTANCE;
    }
    if (raw == Period.class) {
      return StrictValues.IsoPeriod.INSTANCE;
    }
    return null;
  }

  /**
   * A newsevents object read from a JSON object only, with duplicate keys refused inside it, and
   * never from a root {@code null}.
   */
  static final class ObjectsOnly extends DelegatingDeserializer {
    ObjectsOnly(ValueDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
      return new ObjectsOnly(delegate);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken t = p.currentToken();
      if (t == JsonToken.START_OBJECT) {
        if (p instanceof UniqueKeys || p.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)) {
          return _delegatee.deserialize(p, ctxt);
        }
        // for this object and everything in it
        return _delegatee.deserialize(new UniqueKeys(p), ctxt);
      }
      if (t == JsonToken.PROPERTY_NAME || t == JsonToken.END_OBJECT) {
        return _delegatee.deserialize(p, ctxt); // an object whose start someone else has read
      }
      return ctxt.handleUnexpectedToken(handledType(), p);
    }

    /**
     * A {@code null} where a newsevents object belongs: refused at the root of a document ({@code
     * readValue("null", Extraction.class)}), where Jackson would return {@code null}; elsewhere
     * the property's or list's own null policy has already spoken, and an optional is empty.
     */
    @Override
    public Object getNullValue(DeserializationContext ctxt) {
      JsonParser p = ctxt.getParser();
      if (p != null && p.streamReadContext() != null && p.streamReadContext().inRoot()) {
        return ctxt.reportInputMismatch(
            this, "Cannot read `%s` from a root `null`: the document holds no %s",
            handledType().getName(), handledType().getSimpleName());
      }
      return super.getNullValue(ctxt);
    }

    @Override
    public AccessPattern getNullAccessPattern() {
      return AccessPattern.DYNAMIC;
    }
  }

  /**
   * A parser that refuses a key repeated within one object: the current {@code START_OBJECT}'s
   * object and every object in it. Every way of advancing goes through {@link #nextToken()}, which
   * keeps the keys of each open object.
   */
  static final class UniqueKeys extends JsonParserDelegate {
    private final Deque<Set<String>> open = new ArrayDeque<>();

    /** @param p a parser at the {@code START_OBJECT} of the object to check */
    UniqueKeys(JsonParser p) {
      super(p);
      open.push(new HashSet<>());
    }

    @Override
    public JsonToken nextToken() {
      JsonToken t = delegate.nextToken();
      if (t == JsonToken.START_OBJECT) {
        open.push(new HashSet<>());
      } else if (t == JsonToken.END_OBJECT) {
        open.poll();
      } else if (t == JsonToken.PROPERTY_NAME && !open.isEmpty()) {
        String name = delegate.currentName();
        if (!open.peek().add(name)) {
          throw new StreamReadException(this, "Duplicate Object property \"" + name + "\"");
        }
      }
      return t;
    }

    @Override
    public JsonToken nextValue() {
      JsonToken t = nextToken();
      return t == JsonToken.PROPERTY_NAME ? nextToken() : t;
    }

    @Override
    public String nextName() {
      return nextToken() == JsonToken.PROPERTY_NAME ? currentName() : null;
    }

    @Override
    public boolean nextName(SerializableString name) {
      return nextToken() == JsonToken.PROPERTY_NAME && name.getValue().equals(currentName());
    }

    @Override
    public int nextNameMatch(PropertyNameMatcher matcher) {
      JsonToken t = nextToken();
      if (t == JsonToken.PROPERTY_NAME) {
        return matcher.matchName(currentName());
      }
      return t == JsonToken.END_OBJECT ? PropertyNameMatcher.MATCH_END_OBJECT : PropertyNameMatcher.MATCH_ODD_TOKEN;
    }

    @Override
    public JsonParser skipChildren() {
      JsonToken t = currentToken();
      if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
        return this;
      }
      for (int depth = 1; depth > 0; ) {
        t = nextToken();
        if (t == null) {
          return this; // the end of the input: the caller's next read reports it
        }
        if (t.isStructStart()) {
          depth++;
        } else if (t.isStructEnd()) {
          depth--;
        }
      }
      return this;
    }
  }
}
