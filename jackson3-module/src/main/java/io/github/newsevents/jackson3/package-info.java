/**
 * JSON for the newsevents model with Jackson 3 ({@code tools.jackson}): register {@link
 * io.github.newsevents.jackson3.NewsEventsModule} on a {@code JsonMapper} (or let {@code
 * findAndAddModules()} find it) and every model type, {@code Extraction} included, reads and writes
 * in the JSON contract of newsevents, byte for byte as the Jackson 2 module ({@code
 * newsevents-jackson}) does. Beside it, {@link io.github.newsevents.jackson3.Ninjs} writes and
 * reads IPTC ninjs 3.1 and {@link io.github.newsevents.jackson3.SchemaOrg} writes schema.org
 * JSON-LD, as the Jackson 2 module's classes of those names do. These three are the public types.
 * The mix-ins that name every property, the JSON Schema ({@code
 * io/github/newsevents/json/extraction.schema.json}) and the ninjs and schema.org mappings live
 * once in {@code newsevents-json-format} for both modules; the codecs and the strict reader,
 * written against Jackson 3's API, are package-private, and the model itself carries no Jackson
 * annotation.
 */
package io.github.newsevents.jackson3;
