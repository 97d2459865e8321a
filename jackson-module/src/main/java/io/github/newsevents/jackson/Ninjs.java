package io.github.newsevents.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newsevents.json.interop.NinjsMapping;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Extraction;
import java.util.Map;
import java.util.Objects;

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
 * <p>The mapping is decided once for both Jackson lines: {@code io.github.newsevents.jackson3.Ninjs}
 * writes the same documents (the same text from {@code writeValueAsString}) and reads them with
 * the same diagnostics. {@link #read(String)} takes one JSON value, and refuses content after it.
 */
public final class Ninjs {
  /** The ninjs version written. */
  public static final String VERSION = NinjsMapping.VERSION;

  /** The {@code $id} of the ninjs 3.1 JSON Schema, written in {@code standard.schema}. */
  public static final String SCHEMA_ID = NinjsMapping.SCHEMA_ID;

  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

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
   * @throws JsonProcessingException when {@code json} is not one JSON value
   * @throws IllegalArgumentException when it is JSON but not an object
   */
  public static Article read(String json) throws JsonProcessingException {
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
