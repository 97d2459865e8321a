package io.github.newsevents.jackson;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.PropertyMetadata;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.introspect.VirtualAnnotatedMember;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.util.SimpleBeanPropertyDefinition;
import io.github.newsevents.json.WireFormat;
import io.github.newsevents.model.Extraction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the shared mix-ins ({@link WireFormat#mixIns()}) cannot say with {@code
 * com.fasterxml.jackson.annotation} alone, said in Jackson 2's terms for the newsevents types only:
 * each type is read through its builder (as {@code @JsonDeserialize(builder = ..)} and {@code
 * @JsonPOJOBuilder(withPrefix = "")} would say), written as its model interface rather than its
 * generated class ({@code @JsonSerialize(as = ..)}), and an extraction is written with {@code
 * "schemaVersion": "1"} first ({@code @JsonAppend(prepend = true)}). Inserted before the mapper's
 * own introspector; it answers nothing about other types.
 */
final class WireIntrospector extends NopAnnotationIntrospector {
  private static final long serialVersionUID = 1L;

  private static final JsonPOJOBuilder.Value BUILDER_CONFIG =
      new JsonPOJOBuilder.Value(WireFormat.BUILD_METHOD, WireFormat.BUILDER_METHOD_PREFIX);

  /** Type to builder: the shared table, and an extraction through this module's reader. */
  private final Map<Class<?>, Class<?>> builders;

  WireIntrospector() {
    Map<Class<?>, Class<?>> b = new HashMap<>(WireFormat.builders());
    b.put(Extraction.class, ExtractionReader.class);
    this.builders = Map.copyOf(b);
  }

  @Override
  public Version version() {
    return NewsEventsModule.VERSION;
  }

  @Override
  public Class<?> findPOJOBuilder(AnnotatedClass ac) {
    return builders.get(ac.getRawType());
  }

  @Override
  public JsonPOJOBuilder.Value findPOJOBuilderConfig(AnnotatedClass ac) {
    return builders.containsValue(ac.getRawType()) ? BUILDER_CONFIG : null;
  }

  /** An {@code ImmutableMeeting} is written as a {@code Meeting}, through the mix-in's view. */
  @Override
  public JavaType refineSerializationType(MapperConfig<?> config, Annotated a, JavaType baseType) {
    if (!(a instanceof AnnotatedClass)) {
      return baseType;
    }
    Class<?> raw = baseType.getRawClass();
    for (Class<?> type : builders.keySet()) {
      if (type != raw && type.isAssignableFrom(raw)) {
        return config.getTypeFactory().constructGeneralizedType(baseType, type);
      }
    }
    return baseType;
  }

  @Override
  public void findAndAddVirtualProperties(
      MapperConfig<?> config, AnnotatedClass ac, List<BeanPropertyWriter> properties) {
    if (ac.getRawType() != Extraction.class) {
      return;
    }
    JavaType type = config.constructType(String.class);
    PropertyName name = PropertyName.construct(WireFormat.SCHEMA_VERSION_PROPERTY);
    VirtualAnnotatedMember member = new VirtualAnnotatedMember(ac, ac.getRawType(), name.getSimpleName(), type);
    SimpleBeanPropertyDefinition property = SimpleBeanPropertyDefinition.construct(
        config, member, name, PropertyMetadata.STD_REQUIRED, JsonInclude.Include.ALWAYS);
    properties.add(0, new SchemaVersionWriter().withConfig(config, ac, property, type));
  }
}
