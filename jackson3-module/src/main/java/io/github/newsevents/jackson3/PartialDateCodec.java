package io.github.newsevents.jackson3;

import io.github.newsevents.model.PartialDate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * {@link PartialDate} as its ISO 8601 text, whose length gives the precision: {@code "2025"},
 * {@code "2025-03"}, {@code "2025-03-13"}. Only a JSON string is read; a number such as {@code 2025}
 * is a wrong type, not a year.
 */
final class PartialDateCodec {
  private PartialDateCodec() {}

  static final class Serializer extends StdScalarSerializer<PartialDate> {
    Serializer() {
      super(PartialDate.class);
    }

    @Override
    public void serialize(PartialDate value, JsonGenerator gen, SerializationContext provider) {
      gen.writeString(value.toString());
    }
  }

  static final class Deserializer extends StdScalarDeserializer<PartialDate> {
    Deserializer() {
      super(PartialDate.class);
    }

    @Override
    public PartialDate deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (PartialDate) ctxt.handleUnexpectedToken(PartialDate.class, p);
      }
      String text = p.getString();
      try {
        return PartialDate.parse(text);
      } catch (IllegalArgumentException e) {
        // InvalidFormatException naming the text and why ("day 30 does not exist in that month")
        return (PartialDate) ctxt.handleWeirdStringValue(PartialDate.class, text, "%s", e.getMessage());
      }
    }
  }
}
