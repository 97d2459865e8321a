package io.github.newsevents.jackson3;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.util.AccessPattern;

/**
 * The values of the contract read exactly as the contract writes them, whatever the mapper's
 * coercion settings: a string only from a JSON string, an offset only from a JSON integer that fits
 * an {@code int}, a flag only from {@code true} or {@code false}, a period only from an ISO-8601
 * string, a list only from a JSON array. Jackson 3's own deserializers coerce some of these by
 * default ({@code 5} to {@code "5"}, {@code "21"} to 21) and more when the mapper says so; the README
 * promises a {@code MismatchedInputException} instead. {@link StrictReading} puts these in place
 * of Jackson's for the properties of newsevents types only, so the rest of a mapper keeps its own
 * settings. The Jackson 3 twin of the Jackson 2 module's class of the same name.
 */
final class StrictValues {
  private StrictValues() {}

  /** A JSON string, at most {@code maxLength} characters long. */
  static final class Text extends StdScalarDeserializer<String> {
    /** Any string the parser accepts (its own {@code StreamReadConstraints} still apply). */
    static final Text ANY = new Text(Integer.MAX_VALUE, null);

    private final int maxLength;
    private final String limitName;

    /**
     * @param maxLength the longest string accepted
     * @param limitName how the message names the limit and where to raise it
     */
    Text(int maxLength, String limitName) {
      super(String.class);
      this.maxLength = maxLength;
      this.limitName = limitName;
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (String) ctxt.handleUnexpectedToken(String.class, p);
      }
      String text = p.getString();
      if (text.length() > maxLength) {
        // reported as Jackson reports its own read limits; the bean deserializer adds the path
        throw new StreamConstraintsException(
            "String value length (" + text.length() + ") exceeds the maximum allowed ("
                + maxLength + ", from " + limitName + ")",
            p.currentLocation());
      }
      return text;
    }

    @Override
    public AccessPattern getNullAccessPattern() {
      return AccessPattern.CONSTANT;
    }
  }

  /** A JSON integer that fits an {@code int}: not {@code 21.9}, not {@code "21"}, not 2^31. */
  static final class Int extends StdScalarDeserializer<Integer> {
    static final Int INSTANCE = new Int();

    private Int() {
      super(Integer.class);
    }

    @Override
    public Integer deserialize(JsonParser p, DeserializationContext ctxt) {
      return read(p, ctxt);
    }

    /** The offset at the parser's current token; for codecs that read one in place. */
    static int read(JsonParser p, DeserializationContext ctxt) {
      if (!p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
        return (Integer) ctxt.handleUnexpectedToken(int.class, p);
      }
      if (p.getNumberType() != JsonParser.NumberType.INT) {
        return (Integer) ctxt.handleWeirdNumberValue(
            int.class, p.getNumberValue(), "out of the range of `int` (%d to %d)",
            Integer.MIN_VALUE, Integer.MAX_VALUE);
      }
      return p.getIntValue();
    }
  }

  /** {@code true} or {@code false}: not {@code "true"}, not {@code 1}. */
  static final class Bool extends StdScalarDeserializer<Boolean> {
    static final Bool INSTANCE = new Bool();

    private Bool() {
      super(Boolean.class);
    }

    @Override
    public Boolean deserialize(JsonParser p, DeserializationContext ctxt) {
      return read(p, ctxt);
    }

    /** The flag at the parser's current token; for codecs that read one in place. */
    static boolean read(JsonParser p, DeserializationContext ctxt) {
      if (p.hasToken(JsonToken.VALUE_TRUE)) {
        return true;
      }
      if (p.hasToken(JsonToken.VALUE_FALSE)) {
        return false;
      }
      return (Boolean) ctxt.handleUnexpectedToken(boolean.class, p);
    }
  }

  /** An ISO-8601 period as a JSON string ({@code "P30D"}); not a number, not an array. */
  static final class IsoPeriod extends StdScalarDeserializer<Period> {
    static final IsoPeriod INSTANCE = new IsoPeriod();

    private IsoPeriod() {
      super(Period.class);
    }

    @Override
    public Period deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (Period) ctxt.handleUnexpectedToken(Period.class, p);
      }
      String text = p.getString();
      try {
        return Period.parse(text);
      } catch (DateTimeParseException e) {
        return (Period) ctxt.handleWeirdStringValue(
            Period.class, text, "not an ISO-8601 period such as \"P30D\" (%s)", e.getMessage());
      }
    }
  }

  /**
   * {@code Optional} of a strict value: {@code null} is empty (a property's own null policy is
   * applied before this is asked).
   */
  static final class Optionally<T> extends StdDeserializer<Optional<T>> {
    private final ValueDeserializer<T> value;

    Optionally(JavaType type, ValueDeserializer<T> value) {
      super(type);
      this.value = value;
    }

    @Override
    public Optional<T> deserialize(JsonParser p, DeserializationContext ctxt) {
      return Optional.of(value.deserialize(p, ctxt));
    }

    @Override
    public Optional<T> getNullValue(DeserializationContext ctxt) {
      return Optional.empty();
    }

    @Override
    public Object getEmptyValue(DeserializationContext ctxt) {
      return Optional.empty();
    }

    @Override
    public AccessPattern getNullAccessPattern() {
      return AccessPattern.CONSTANT;
    }
  }

  /**
   * A JSON array of non-null elements, each read by the element type's deserializer (a strict one
   * for strings). Not a single value standing for a list, whatever {@code
   * ACCEPT_SINGLE_VALUE_AS_ARRAY} says; {@code null} for the whole list is an empty list, and
   * {@code null} for an element an {@link InvalidNullException} at the element's index.
   */
  static final class ListOf extends StdDeserializer<List<Object>> {
    private final JavaType elementType;
    private final String propertyName;
    private final ValueDeserializer<Object> element;

    ListOf(JavaType listType, JavaType elementType, String propertyName, ValueDeserializer<?> element) {
      super(listType);
      this.elementType = elementType;
      this.propertyName = propertyName;
      @SuppressWarnings("unchecked")
      ValueDeserializer<Object> e = (ValueDeserializer<Object>) element;
      this.element = e;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
      if (element != null) {
        return this;
      }
      return new ListOf(_valueType, elementType, propertyName,
          ctxt.findContextualValueDeserializer(elementType, property));
    }

    @Override
    public List<Object> deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!p.isExpectedStartArrayToken()) {
        @SuppressWarnings("unchecked")
        List<Object> none = (List<Object>) ctxt.handleUnexpectedToken(_valueType, p);
        return none;
      }
      List<Object> out = new ArrayList<>();
      while (true) {
        try {
          // inside the try, so that a parse error between elements gets the element's index too
          JsonToken t = p.nextToken();
          if (t == JsonToken.END_ARRAY) {
            return out;
          }
          if (t == JsonToken.VALUE_NULL) {
            throw InvalidNullException.from(
                ctxt, PropertyName.construct(propertyName), elementType);
          }
          out.add(element.deserialize(p, ctxt));
        } catch (Exception e) {
          throw JacksonException.wrapWithPath(e, out, out.size());
        }
      }
    }

    @Override
    public List<Object> getNullValue(DeserializationContext ctxt) {
      return new ArrayList<>(0);
    }

    @Override
    public Object getEmptyValue(DeserializationContext ctxt) {
      return new ArrayList<>(0);
    }

    @Override
    public AccessPattern getNullAccessPattern() {
      return AccessPattern.DYNAMIC;
    }

    @Override
    public AccessPattern getEmptyAccessPattern() {
      return AccessPattern.DYNAMIC;
    }
  }
}
