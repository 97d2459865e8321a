package io.github.newsevents.jackson3;

import java.util.Iterator;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.UTF8JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.PropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;

/**
 * Writes the strings of newsevents values escaped as Jackson 2 escapes them, so that the two
 * modules write the same bytes. Jackson 3 differs in two ways, each the same JSON value in other
 * bytes: in UTF-8 it writes a character beyond the Basic Multilingual Plane as its four bytes
 * ({@code JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8}, on by default) where Jackson 2
 * writes the escapes of its two UTF-16 halves (a backslash, {@code u} and four hex digits for
 * each, {@code D83D} then {@code DD4A} for a dove); and a mapper may have it escape {@code /}
 * ({@code JsonWriteFeature.ESCAPE_FORWARD_SLASHES}, off by default in Jackson 3.1, on in some of
 * its pre-releases), which would write a URL as {@code "https:\/\/example.org"}. Text output
 * ({@code writeValueAsString}, a {@code Writer}) keeps such characters as they are in both lines.
 *
 * <p>The outermost newsevents value sets the generator's {@link CharacterEscapes} for as long as it
 * is written, and puts the mapper's back after it; a generator with escapes of its own (set by the
 * application) is left alone.
 */
final class Jackson2Escapes extends ValueSerializerModifier {
  private static final long serialVersionUID = 1L;

  /** JSON's standard escapes: {@code "}, {@code \\} and the controls; not {@code /}. */
  static final CharacterEscapes TEXT = new Escapes(false);

  /** The same, and in UTF-8 the halves of a surrogate pair escaped, as Jackson 2's UTF-8 writer does. */
  static final CharacterEscapes UTF8 = new Escapes(true);

  private static final class Escapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();
    private final boolean surrogates;

    Escapes(boolean surrogates) {
      this.surrogates = surrogates;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return surrogates && Character.isSurrogate((char) ch)
          ? new SerializedString(String.format("\\u%04X", ch))
          : null;
    }
  }

  private final Set<Class<?>> types;

  /** @param types the newsevents types written as beans */
  Jackson2Escapes(Set<Class<?>> types) {
    this.types = Set.copyOf(types);
  }

  @Override
  public ValueSerializer<?> modifySerializer(
      SerializationConfig config, BeanDescription.Supplier description, ValueSerializer<?> serializer) {
    for (Class<?> type : types) {
      if (type.isAssignableFrom(description.getBeanClass())) {
        @SuppressWarnings("unchecked")
        ValueSerializer<Object> s = (ValueSerializer<Object>) serializer;
        return new Outermost(s);
      }
    }
    return serializer;
  }

  /** The serializer of a newsevents type, with the standard escapes while it writes. */
  static final class Outermost extends ValueSerializer<Object> {
    private final ValueSerializer<Object> delegate;

    Outermost(ValueSerializer<Object> delegate) {
      this.delegate = delegate;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
      if (gen.getCharacterEscapes() != null) {
        delegate.serialize(value, gen, ctxt);
        return;
      }
      gen.setCharacterEscapes(gen instanceof UTF8JsonGenerator ? UTF8 : TEXT);
      try {
        delegate.serialize(value, gen, ctxt);
      } finally {
        gen.setCharacterEscapes(null);
      }
    }

    @Override
    public void serializeWithType(Object value, JsonGenerator gen, SerializationContext ctxt, TypeSerializer typeSer) {
      if (gen.getCharacterEscapes() != null) {
        delegate.serializeWithType(value, gen, ctxt, typeSer);
        return;
      }
      gen.setCharacterEscapes(gen instanceof UTF8JsonGenerator ? UTF8 : TEXT);
      try {
        delegate.serializeWithType(value, gen, ctxt, typeSer);
      } finally {
        gen.setCharacterEscapes(null);
      }
    }

    @Override
    public void resolve(SerializationContext ctxt) {
      delegate.resolve(ctxt);
    }

    @Override
    public ValueSerializer<?> createContextual(SerializationContext ctxt, BeanProperty property) {
      @SuppressWarnings("unchecked")
      ValueSerializer<Object> c = (ValueSerializer<Object>) delegate.createContextual(ctxt, property);
      return c == delegate ? this : new Outermost(c);
    }

    @Override
    public Class<?> handledType() {
      return delegate.handledType();
    }

    @Override
    public boolean isEmpty(SerializationContext ctxt, Object value) {
      return delegate.isEmpty(ctxt, value);
    }

    @Override
    public boolean usesObjectId() {
      return delegate.usesObjectId();
    }

    @Override
    public ValueSerializer<?> getDelegatee() {
      return delegate;
    }

    @Override
    public Iterator<PropertyWriter> properties() {
      return delegate.properties();
    }

    @Override
    public void acceptJsonFormatVisitor(JsonFormatVisitorWrapper visitor, JavaType type) {
      delegate.acceptJsonFormatVisitor(visitor, type);
    }
  }
}
