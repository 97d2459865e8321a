/**
 * The JSON contract of newsevents, shared by the Jackson 2 module ({@code
 * io.github.newsevents.jackson}) and the Jackson 3 module ({@code io.github.newsevents.jackson3}):
 * mix-ins annotated with {@code com.fasterxml.jackson.annotation} only, which both Jackson lines
 * read, the JSON Schema of an extraction, and the ninjs and schema.org mappings as plain Java
 * trees. Applications use one of those two modules, not this.
 */
module io.github.newsevents.json {
  requires transitive io.github.newsevents.core;
  requires transitive com.fasterxml.jackson.annotation;
  requires static org.immutables.value.annotations;

  exports io.github.newsevents.json;
  // the ninjs and schema.org mappings, for the two modules' Ninjs and SchemaOrg
  exports io.github.newsevents.json.interop;
  // the mix-ins are read by Jackson, the JSON Schema through ClassLoader.getResource
  opens io.github.newsevents.json;
}
