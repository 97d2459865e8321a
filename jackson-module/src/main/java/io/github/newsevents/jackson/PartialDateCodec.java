package io.github.newsevents.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.github.newsevents.model.PartialDate;
import java.io.IOException;

/**
 * {@link PartialDate} as its ISO 8601 text, whose length gives the precision: {@code "2025"},
 * {@code "2025-03"}, {@code "2025-03-13"}. Only a JSON string is read; a number such as {@code 2025}
 * is a wrong type, not a year.
 */
final class PartialDateCodec {
  private PartialDateCodec() {}

  static final class Serializer extends StdScalarSerializer<PartialDate> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(PartialDate.class);
    }

    @Override
    public void serialize(PartialDate value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.toString());
    }
  }

  static final class Deserializer extends StdScalarDeserializer<PartialDate> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(PartialDate.class);
    }

    @Override
    public PartialDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (PartialDate) ctxt.handleUnexpectedToken(PartialDate.class, p);
      }
      String text = p.getText();
      try {
        return PartialDate.parse(text);
      } catch (IllegalArgumentException e) {
        // InvalidFormatException naming the text and why ("day 30 does not exist in that month")
        return (PartialDate) ctxt.handleWeirdStringValue(PartialDate.class, text, "%s", e.getMessage());
      }
    }
  }
}
