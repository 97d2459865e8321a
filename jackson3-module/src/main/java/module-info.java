import io.github.newsevents.jackson3.NewsEventsModule;

/**
 * JSON for the newsevents model with Jackson 3: {@link NewsEventsModule}, found by {@code
 * JsonMapper.builder().findAndAddModules()} through the service it provides; {@code Ninjs} and
 * {@code SchemaOrg} for IPTC ninjs and schema.org JSON-LD. It writes the same JSON, ninjs and
 * JSON-LD as the Jackson 2 module, {@code io.github.newsevents.jackson}.
 */
@SuppressWarnings("module") // "jackson3" ends in a digit, as Jackson 3's own names do
module io.github.newsevents.jackson3 {
  requires transitive io.github.newsevents.core;
  requires transitive tools.jackson.databind;
  // the mix-ins, the JSON Schema and the ninjs and schema.org mappings, shared with the Jackson 2 module
  requires io.github.newsevents.json;
  requires static org.immutables.value.annotations;

  exports io.github.newsevents.jackson3;
  // the reader and the codecs are read by Jackson
  opens io.github.newsevents.jackson3;

  provides tools.jackson.databind.JacksonModule with NewsEventsModule;
}
