/**
 * The JSON contract of newsevents, written down once for both Jackson lines: one mix-in per model
 * type and one per builder (property names, order, inclusion and null policies, with {@code
 * com.fasterxml.jackson.annotation} only, the annotations package that Jackson 2 and Jackson 3
 * share), the JSON Schema of an extraction ({@code io/github/newsevents/json/extraction.schema.json})
 * and the check of references to actor ids. {@link io.github.newsevents.json.WireFormat} hands
 * them to the two modules, {@code newsevents-jackson} and {@code newsevents-jackson3}, which add
 * what their Jackson line spells in its own API (builders, codecs, strict reading). It is the only
 * public type, and it is for those modules: applications register one of them instead. The ninjs
 * and schema.org mappings, shared likewise, are in {@code io.github.newsevents.json.interop}.
 */
package io.github.newsevents.json;
