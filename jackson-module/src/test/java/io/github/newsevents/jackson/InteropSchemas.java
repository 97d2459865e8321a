package io.github.newsevents.jackson;

import static io.github.newsevents.jackson.JsonTesting.resource;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;

/** The official ninjs 3.1 schema, its GeoJSON reference mapped to a local copy, formats asserted. */
final class InteropSchemas {
  static final String GEOJSON_ID = "https://geojson.org/schema/GeoJSON.json";

  static final Schema NINJS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      b -> b.schemas(Map.of(GEOJSON_ID, resource("interop/geojson-1.0.5-GeoJSON.json")))
          .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
      .getSchema(resource("interop/ninjs-3.1-schema.json"), InputFormat.JSON);

  private InteropSchemas() {}

  static List<Error> ninjs(String json) {
    return NINJS.validate(json, InputFormat.JSON);
  }
}
