package io.github.newsevents.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.ser.VirtualBeanPropertyWriter;
import com.fasterxml.jackson.databind.util.Annotations;
import io.github.newsevents.json.WireFormat;

/** Writes {@code "schemaVersion": "1"} first into every extraction (see {@link WireIntrospector}). */
final class SchemaVersionWriter extends VirtualBeanPropertyWriter {
  private static final long serialVersionUID = 1L;

  /** A template, configured by {@link #withConfig}. */
  SchemaVersionWriter() {}

  private SchemaVersionWriter(BeanPropertyDefinition property, Annotations annotations, JavaType type) {
    super(property, annotations, type);
  }

  @Override
  protected Object value(Object bean, JsonGenerator gen, SerializerProvider prov) {
    return WireFormat.SCHEMA_VERSION;
  }

  @Override
  public VirtualBeanPropertyWriter withConfig(
      MapperConfig<?> config,
      AnnotatedClass declaringClass,
      BeanPropertyDefinition property,
      JavaType type) {
    return new SchemaVersionWriter(property, declaringClass.getAnnotations(), type);
  }
}
