import io.github.newsevents.jackson.NewsEventsModule;

/**
 * JSON for the newsevents model with Jackson 2: {@link NewsEventsModule}, found by {@code
 * ObjectMapper.findAndRegisterModules()} through the service it provides.
 */
module io.github.newsevents.jackson {
  requires transitive io.github.newsevents.core;
  // the mix-ins, the JSON Schema and the ninjs and schema.org mappings, shared with the Jackson 3 module
  requires io.github.newsevents.json;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires static org.immutables.value.annotations;

  exports io.github.newsevents.jackson;
  // the reader and the codecs are read by Jackson
  opens io.github.newsevents.jackson;

  provides com.fasterxml.jackson.databind.Module with NewsEventsModule;
}
