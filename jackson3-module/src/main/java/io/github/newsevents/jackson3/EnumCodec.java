package io.github.newsevents.jackson3;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * The enums of the closed vocabularies by {@link Enum#name()}, exactly. Registered for our enums
 * only, so that a mapper configured to write enums by index or {@code toString()}, or to read
 * ordinals, unknown values as {@code null}, or names case-insensitively, still speaks the contract.
 */
final class EnumCodec {
  private EnumCodec() {}

  static final class Serializer<E extends Enum<E>> extends StdScalarSerializer<E> {
    Serializer(Class<E> type) {
      super(type);
    }

    @Override
    public void serialize(E value, JsonGenerator gen, SerializationContext provider) {
      gen.writeString(value.name());
    }
  }

  static final class Deserializer<E extends Enum<E>> extends StdScalarDeserializer<E> {
    private final Class<E> type;
    private final Map<String, E> byName;
    private final String accepted;

    Deserializer(Class<E> type) {
      super(type);
      this.type = type;
      E[] constants = type.getEnumConstants();
      this.byName = new HashMap<>();
      for (E e : constants) {
        byName.put(e.name(), e);
      }
      this.accepted = Arrays.toString(constants);
    }

    @Override
    public E deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return type.cast(ctxt.handleUnexpectedToken(type, p));
      }
      String text = p.getString();
      E value = byName.get(text);
      if (value != null) {
        return value;
      }
      return type.cast(ctxt.handleWeirdStringValue(
          type, text, "not one of the values accepted for %s: %s", type.getSimpleName(), accepted));
    }
  }
}
