/**
 * The ninjs and schema.org mappings, decided once for both Jackson lines: which property of a
 * ninjs document or of a schema.org {@code NewsArticle} each part of an article or extraction
 * becomes, and what a ninjs document's properties become when it is read back, with the
 * diagnostics. The documents are plain Java trees ({@code Map}, {@code List}, {@code String}), so
 * that nothing here depends on Jackson; {@code io.github.newsevents.jackson.Ninjs} and {@code
 * .SchemaOrg}, and their namesakes in {@code io.github.newsevents.jackson3}, turn them into their
 * line's {@code ObjectNode} and back. Public for those two modules only: applications use theirs,
 * and this package carries no API promise.
 */
package io.github.newsevents.json.interop;
