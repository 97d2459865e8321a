package io.github.newsevents.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.util.AccessPattern;
import io.github.newsevents.model.Article;
import java.io.IOException;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What makes the reader strict, for the newsevents types only (the rest of the mapper keeps its own
 * settings):
 *
 * <ul>
 *   <li>every string, offset, flag, period and list property is read by {@link StrictValues}, so a
 *       value of the wrong JSON type is a {@code MismatchedInputException}, never coerced;
 *   <li>a newsevents object must be a JSON object (no one-element array standing for it, whatever
 *       {@code UNWRAP_SINGLE_VALUE_ARRAYS} says), and a root {@code null} is refused rather than
 *       read as a {@code null} value;
 *   <li>a key repeated within a newsevents object, or any object inside it, is refused: the parser's
 *       {@code STRICT_DUPLICATE_DETECTION} is switched on while it is read (for JSON text; a tree
 *       has already kept one of the two values), and Jackson reports {@code Duplicate field 'x'};
 *   <li>{@code article.text} is at most the configured number of characters, the article parser's
 *       own limit by default.
 * </ul>
 */
final class StrictReading extends BeanDeserializerModifier {
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
      DeserializationConfig config, BeanDescription description, BeanDeserializerBuilder builder) {
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
      JsonDeserializer<?> strict = strictFor(config, type, property);
      if (strict != null) {
        builder.addOrReplaceProperty(property.withValueDeserializer(strict), true);
      }
    }
    return builder;
  }

  @Override
  public JsonDeserializer<?> modifyDeserializer(
      DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
    return types.contains(description.getBeanClass())
        ? new ObjectsOnly(deserializer)
        : deserializer;
  }

  /** The strict deserializer for {@code property} of {@code type}, or null to keep Jackson's. */
  private JsonDeserializer<?> strictFor(
      DeserializationConfig config, Class<?> type, SettableBeanProperty property) {
    JavaType t = property.getType();
    JsonDeserializer<?> scalar = scalar(t.getRawClass());
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
      JsonDeserializer<Object> inner = (JsonDeserializer<Object>) scalar(value.getRawClass());
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

  private static JsonDeserializer<?> scalar(Class<?> raw) {
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
    private static final long serialVersionUID = 1L;

    ObjectsOnly(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new ObjectsOnly(delegate);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.START_OBJECT) {
        if (p.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)) {
          return _delegatee.deserialize(p, ctxt);
        }
        // on for this object and everything in it (the parser gives each nested object a child
        // of this object's detector), and off again after it
        p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        try {
          return _delegatee.deserialize(p, ctxt);
        } finally {
          p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        }
      }
      if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT) {
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
    public Object getNullValue(DeserializationContext ctxt) throws JsonMappingException {
      JsonParser p = ctxt.getParser();
      if (p != null && p.getParsingContext() != null && p.getParsingContext().inRoot()) {
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
}
