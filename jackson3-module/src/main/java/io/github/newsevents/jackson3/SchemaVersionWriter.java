package io.github.newsevents.jackson3;

import io.github.newsevents.json.WireFormat;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.BeanPropertyDefinition;
import tools.jackson.databind.ser.VirtualBeanPropertyWriter;
import tools.jackson.databind.util.Annotations;

/** Writes {@code "schemaVersion": "1"} first into every extraction (see {@link WireIntrospector}). */
final class SchemaVersionWriter extends VirtualBeanPropertyWriter {
  private static final long serialVersionUID = 1L;

  /** A template, configured by {@link #withConfig}. */
  SchemaVersionWriter() {}

  private SchemaVersionWriter(BeanPropertyDefinition property, Annotations annotations, JavaType type) {
    super(property, annotations, type);
  }

  @Override
  protected Object value(Object bean, JsonGenerator gen, SerializationContext prov) {
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
