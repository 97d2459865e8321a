package io.github.newsevents.jackson3;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.newsevents.model.Sentence;
import io.github.newsevents.model.Span;
import java.util.Collection;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * {@link Sentence} flattened, its span's offsets beside its flag: {@code {"start": 17, "end": 290,
 * "insideQuote": false}}; the Jackson 3 twin of the Jackson 2 module's codec (a mix-in with {@code
 * @JsonUnwrapped} would buffer every sentence and could not refuse unknown properties). Reading
 * follows the rules of the mix-ins: {@code null} or a missing {@code start}/{@code end} is an
 * error, a {@code null} or missing {@code insideQuote} means {@code false}, offsets only from JSON
 * integers and the flag only from {@code true} or {@code false} (as {@link StrictValues} reads
 * them), a repeated property is an error, unknown properties follow the mapper's {@code
 * FAIL_ON_UNKNOWN_PROPERTIES} unless ignored for {@code Sentence} by configuration (as {@link
 * NewsEventsModule.Builder#ignoreUnknownProperties(boolean)} does).
 */
final class SentenceCodec {
  static final String START = "start";
  static final String END = "end";
  static final String INSIDE_QUOTE = "insideQuote";
  private static final List<Object> KNOWN = List.of(START, END, INSIDE_QUOTE);

  private SentenceCodec() {}

  static final class Serializer extends StdSerializer<Sentence> {
    Serializer() {
      super(Sentence.class);
    }

    @Override
    public void serialize(Sentence value, JsonGenerator gen, SerializationContext provider) {
      gen.writeStartObject(value);
      gen.writeNumberProperty(START, value.span().start());
      gen.writeNumberProperty(END, value.span().end());
      gen.writeBooleanProperty(INSIDE_QUOTE, value.insideQuote());
      gen.writeEndObject();
    }
  }

  static final class Deserializer extends StdDeserializer<Sentence> {
    Deserializer() {
      super(Sentence.class);
    }

    @Override
    public Sentence deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken t = p.currentToken();
      if (t == JsonToken.START_OBJECT) {
        t = p.nextToken();
      } else if (t != JsonToken.PROPERTY_NAME && t != JsonToken.END_OBJECT) {
        return (Sentence) ctxt.handleUnexpectedToken(Sentence.class, p);
      }
      Span.Builder span = new Span.Builder();
      Sentence.Builder sentence = new Sentence.Builder();
      for (; t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        try {
          if (START.equals(name)) {
            span.start(offset(p, ctxt, START));
          } else if (END.equals(name)) {
            span.end(offset(p, ctxt, END));
          } else if (INSIDE_QUOTE.equals(name)) {
            if (!p.hasToken(JsonToken.VALUE_NULL)) {
              sentence.insideQuote(StrictValues.Bool.read(p, ctxt));
            }
          } else {
            unknown(p, ctxt, name);
          }
        } catch (UnrecognizedPropertyException e) {
          throw e; // Jackson gave it the path already
        } catch (IllegalStateException | JacksonException e) {
          // a wrong value, or the strict builders' "attribute is already set"
          throw JacksonException.wrapWithPath(e, Sentence.class, name);
        }
      }
      try {
        return sentence.span(span.build()).build();
      } catch (IllegalStateException e) {
        // a missing offset or an end before the start, worded as for the builder-based types
        return (Sentence) ctxt.handleInstantiationProblem(Sentence.class, null, e);
      }
    }

    private int offset(JsonParser p, DeserializationContext ctxt, String name) {
      if (p.hasToken(JsonToken.VALUE_NULL)) {
        throw InvalidNullException.from(ctxt, PropertyName.construct(name), ctxt.constructType(int.class));
      }
      return StrictValues.Int.read(p, ctxt);
    }

    private void unknown(JsonParser p, DeserializationContext ctxt, String name) {
      // null unless configured for Sentence (as NewsEventsModule does when asked to ignore)
      JsonIgnoreProperties.Value ignorals = ctxt.getConfig().getDefaultPropertyIgnorals(Sentence.class);
      if (ignorals != null && ignorals.getIgnoreUnknown()) {
        p.skipChildren();
      } else {
        ctxt.handleUnknownProperty(p, this, Sentence.class, name);
      }
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
      return KNOWN;
    }
  }
}
