package io.github.newsevents.jackson3;

import io.github.newsevents.json.interop.NinjsMapping;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Extraction;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * IPTC ninjs 3.1 ("news in JSON") for articles and extractions: {@link #write(Article)} and {@link
 * #write(Extraction)} export a document that validates against the official ninjs 3.1 schema;
 * {@link #read(JsonNode)} imports one as an {@link Article}. Stateless and thread-safe.
 *
 * <pre>{@code
 * ObjectNode ninjs = Ninjs.write(extraction);             // people, organisations, places too
 * Article back = Ninjs.read(ninjs);                       // what maps, with diagnostics
 * }</pre>
 *
 * <p><b>Export.</b> {@code uri}: the article's url when it is an absolute http(s) URI (characters
 * outside ASCII percent-encoded, as RFC 3986 wants them), else {@code urn:uuid:} and a name-based
 * UUID of the article's text (the same text, the same uri); {@code type} {@code text}; {@code language}; {@code headlines} (role {@code main}); {@code bodies}: the
 * paragraphs, noise removed, separated by a blank line, as {@code text/plain} (role {@code main});
 * {@code by}: the authors, separated by commas; {@code located}: the dateline's place; {@code
 * infoSources}: the source (role {@code publisher}) and the dateline's agency (role {@code
 * agency}). ninjs's dates ({@code firstCreated}, {@code versionCreated}, {@code contentCreated})
 * are full date-times, and a publication date is known to the day at best: it is written, to the
 * precision known, as an alternative id {@code {"role": "published", "value": "2025-04-12"}},
 * and no date-time is invented. An extraction adds its actors: persons to {@code people},
 * organisations and groups to {@code organisations}, states and meeting places to {@code places},
 * each with its actor id as {@code literal} and {@code rel} {@code about} when it takes part in a
 * statement, meeting or ceasefire, else {@code mentions}.
 *
 * <p><b>Import.</b> A document becomes the text the article parser reads, a header block (headline,
 * url, date, source, author, language) and the body, so that every span of the article points into
 * {@link Article#text()}. What maps: the {@code uri} when http(s) (the url), the main (else first)
 * headline, the main (else first) {@code text/plain} body (a body without a content type counts as
 * plain text), {@code by}, {@code language}, the {@code published} alternative id or else the date
 * of {@code firstCreated}, {@code contentCreated} or {@code versionCreated} (its time dropped), and
 * the publisher among {@code infoSources}. Everything else is ignored with a diagnostic in {@link
 * Article#diagnostics()}: code {@code ninjs.ignored} naming the property, {@code ninjs.no-body}
 * when no plain-text body is there, {@code ninjs.time-dropped} when a date-time gave the date.
 *
 * <p>This is {@code io.github.newsevents.jackson.Ninjs} for Jackson 3: the mapping is decided once
 * for both Jackson lines, and the two write the same documents and read them with the same
 * diagnostics. {@code writeValueAsString} gives the text that Jackson 2 gives. In UTF-8 ({@code
 * writeValueAsBytes}, an {@code OutputStream}) a Jackson 3 mapper writes a character beyond the
 * Basic Multilingual Plane as its four bytes where Jackson 2 writes the escapes of its
 * two UTF-16 halves, the same JSON in other bytes; with {@code
 * JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8} disabled the bytes are Jackson 2's too. (The
 * document is a plain {@code ObjectNode}, written under the application's mapper's settings.)
 * {@link #read(String)} takes one JSON value, and refuses content after it.
 */
public final class Ninjs {
  /** The ninjs version written. */
  public static final String VERSION = NinjsMapping.VERSION;

  /** The {@code $id} of the ninjs 3.1 JSON Schema, written in {@code standard.schema}. */
  public static final String SCHEMA_ID = NinjsMapping.SCHEMA_ID;

  // Jackson 3 refuses trailing content by default, as the Jackson 2 module is set to
  static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private Ninjs() {}

  /** The ninjs document of an article. */
  public static ObjectNode write(Article article) {
    return MAPPER.valueToTree(NinjsMapping.write(article));
  }

  /** The ninjs document of an extraction's article, with its actors as people, organisations and places. */
  public static ObjectNode write(Extraction extraction) {
    return MAPPER.valueToTree(NinjsMapping.write(extraction));
  }

  /**
   * Reads a ninjs document (any 1.x to 3.x document whose properties are those of 3.1) as an
   * article.
   *
   * @throws JacksonException when {@code json} is not one JSON value
   * @throws IllegalArgumentException when it is JSON but not an object
   */
  public static Article read(String json) {
    Objects.requireNonNull(json, "json");
    return read(MAPPER.readTree(json));
  }

  /**
   * Reads a ninjs document as an article: what maps is kept, the rest is reported in {@link
   * Article#diagnostics()} (see the class comment).
   *
   * @throws IllegalArgumentException when {@code document} is not a JSON object
   */
  public static Article read(JsonNode document) {
    if (!Objects.requireNonNull(document, "document").isObject()) {
      throw NinjsMapping.notAnObject(document.getNodeType().name());
    }
    return NinjsMapping.read(MAPPER.convertValue(document, Map.class));
  }
}
