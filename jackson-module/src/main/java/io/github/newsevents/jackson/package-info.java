/**
 * JSON for the newsevents model with Jackson 2: register {@link
 * io.github.newsevents.jackson.NewsEventsModule} on an {@code ObjectMapper} (or let {@code
 * findAndRegisterModules()} find it) and every model type, {@code Extraction} included, reads and
 * writes in the JSON contract of newsevents, whose JSON Schema ships beside it as {@code
 * io/github/newsevents/json/extraction.schema.json}. Beside it, {@link
 * io.github.newsevents.jackson.Ninjs} writes and reads IPTC ninjs 3.1 and {@link
 * io.github.newsevents.jackson.SchemaOrg} writes schema.org JSON-LD. These three are the public
 * types. The mix-ins that name every property, the schema, and the ninjs and schema.org mappings
 * live once in {@code newsevents-json-format} for this module and the Jackson 3 one ({@code
 * newsevents-jackson3}), which write the same JSON, ninjs and JSON-LD; the codecs and the strict reader here are package-private, and the
 * model itself carries no Jackson annotation.
 */
package io.github.newsevents.jackson;
