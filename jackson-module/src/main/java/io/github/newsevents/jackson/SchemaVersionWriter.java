package io.github.newsevents.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.ser.VirtualBeanPropertyWriter;
import com.fasterxml.jackson.databind.util.Annotations;

/** Writes {@code "schemaVersion": "1"} into every extraction (see {@link ExtractionMixin}). */
final class SchemaVersionWriter extends VirtualBeanPropertyWriter {
  private static final long serialVersionUID = 1L;

  /** For Jackson, which instantiates the writer named by {@code @JsonAppend.Prop}. */
  SchemaVersionWriter() {}

  private SchemaVersionWriter(BeanPropertyDefinition property, Annotations annotations, JavaType type) {
    super(property, annotations, type);
  }

  @Override
  protected Object value(Object bean, JsonGenerator gen, SerializerProvider prov) {
    return NewsEventsModule.SCHEMA_VERSION;
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
