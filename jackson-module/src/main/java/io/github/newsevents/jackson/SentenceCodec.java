package io.github.newsevents.jackson;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.newsevents.model.Sentence;
import io.github.newsevents.model.Span;
import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * {@link Sentence} flattened, its span's offsets beside its flag: {@code {"start": 17, "end": 290,
 * "insideQuote": false}}.
 *
 * <p>Why a codec and not a mix-in: {@code @JsonUnwrapped} on a builder buffers every sentence
 * through a {@code TokenBuffer} and cannot reject unknown properties, and sentences are the most
 * numerous objects of an article. Reading follows the same rules as the mix-ins: {@code null} or a
 * missing {@code start}/{@code end} is an error, a {@code null} or missing {@code insideQuote} means
 * {@code false}, offsets only from JSON integers and the flag only from {@code true} or {@code
 * false} (as {@link StrictValues} reads them), a repeated property is an error, unknown properties follow the mapper's {@code
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
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(Sentence.class);
    }

    @Override
    public void serialize(Sentence value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject(value);
      gen.writeNumberField(START, value.span().start());
      gen.writeNumberField(END, value.span().end());
      gen.writeBooleanField(INSIDE_QUOTE, value.insideQuote());
      gen.writeEndObject();
    }
  }

  static final class Deserializer extends StdDeserializer<Sentence> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Sentence.class);
    }

    @Override
    public Sentence deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.START_OBJECT) {
        t = p.nextToken();
      } else if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
        return (Sentence) ctxt.handleUnexpectedToken(Sentence.class, p);
      }
      Span.Builder span = new Span.Builder();
      Sentence.Builder sentence = new Sentence.Builder();
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
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
        } catch (IllegalStateException | JsonMappingException e) {
          // a wrong value, or the strict builders' "attribute is already set"
          throw JsonMappingException.wrapWithPath(e, Sentence.class, name);
        }
      }
      try {
        return sentence.span(span.build()).build();
      } catch (IllegalStateException e) {
        // a missing offset or an end before the start, worded as for the builder-based types
        return (Sentence) ctxt.handleInstantiationProblem(Sentence.class, null, e);
      }
    }

    private int offset(JsonParser p, DeserializationContext ctxt, String name) throws IOException {
      if (p.hasToken(JsonToken.VALUE_NULL)) {
        throw InvalidNullException.from(ctxt, PropertyName.construct(name), ctxt.constructType(int.class));
      }
      return StrictValues.Int.read(p, ctxt);
    }

    private void unknown(JsonParser p, DeserializationContext ctxt, String name) throws IOException {
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
