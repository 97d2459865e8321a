package io.github.newsevents.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.Paragraph;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.Statement;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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
 */
public final class Ninjs {
  /** The ninjs version written. */
  public static final String VERSION = "3.1";

  /** The {@code $id} of the ninjs 3.1 JSON Schema, written in {@code standard.schema}. */
  public static final String SCHEMA_ID = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> READ = Set.of(
      "uri", "type", "headlines", "bodies", "by", "language", "altIds", "firstCreated",
      "contentCreated", "versionCreated", "infoSources", "standard", "representationType");

  private Ninjs() {}

  /** The ninjs document of an article. */
  public static ObjectNode write(Article article) {
    Objects.requireNonNull(article, "article");
    ObjectNode doc = NODES.objectNode();
    doc.put("uri", uri(article));
    ObjectNode standard = doc.putObject("standard");
    standard.put("name", "ninjs").put("version", VERSION).put("schema", SCHEMA_ID);
    doc.put("type", "text");
    doc.put("representationType", "full");
    doc.put("language", article.language());
    article.headline().ifPresent(h -> doc.putArray("headlines").addObject()
        .put("role", "main").put("value", h));
    if (!article.authors().isEmpty()) {
      doc.put("by", String.join(", ", article.authors()));
    }
    article.dateline().flatMap(d -> d.place()).ifPresent(p -> doc.put("located", p));
    ArrayNode sources = NODES.arrayNode();
    article.source().ifPresent(s -> sources.addObject().put("name", s).put("role", "publisher"));
    article.dateline().flatMap(d -> d.agency()).ifPresent(a -> sources.addObject().put("name", a).put("role", "agency"));
    if (!sources.isEmpty()) {
      doc.set("infoSources", sources);
    }
    article.published().ifPresent(p -> doc.putArray("altIds").addObject()
        .put("role", "published").put("value", p.toString()));
    StringBuilder body = new StringBuilder();
    for (Paragraph p : article.paragraphs()) {
      if (body.length() > 0) {
        body.append("\n\n");
      }
      body.append(p.text());
    }
    doc.putArray("bodies").addObject()
        .put("role", "main").put("contentType", "text/plain").put("value", body.toString());
    return doc;
  }

  /** The ninjs document of an extraction's article, with its actors as people, organisations and places. */
  public static ObjectNode write(Extraction extraction) {
    Objects.requireNonNull(extraction, "extraction");
    ObjectNode doc = write(extraction.article());
    Set<String> about = takingPart(extraction);
    ArrayNode people = NODES.arrayNode();
    ArrayNode organisations = NODES.arrayNode();
    ArrayNode places = NODES.arrayNode();
    Set<String> placeNames = new LinkedHashSet<>();
    for (Actor a : extraction.actors()) {
      ArrayNode target = a.kind() == ActorKind.PERSON ? people
          : a.kind() == ActorKind.STATE ? places : organisations;
      target.addObject().put("name", a.name())
          .put("rel", about.contains(a.id()) ? "about" : "mentions").put("literal", a.id());
      if (a.kind() == ActorKind.STATE) {
        placeNames.add(a.name());
      }
    }
    for (Meeting m : extraction.meetings()) {
      m.location().ifPresent(p -> {
        if (placeNames.add(p.name())) {
          places.addObject().put("name", p.name()).put("rel", "mentions");
        }
      });
    }
    putIfAny(doc, "people", people);
    putIfAny(doc, "organisations", organisations);
    putIfAny(doc, "places", places);
    return doc;
  }

  /**
   * Reads a ninjs document (any 1.x to 3.x document whose properties are those of 3.1) as an
   * article.
   *
   * @throws JsonProcessingException when {@code json} is not JSON
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
    Objects.requireNonNull(document, "document");
    if (!document.isObject()) {
      throw new IllegalArgumentException(
          "not a ninjs document: the root is " + document.getNodeType().name().toLowerCase(Locale.ROOT) + ", not an object");
    }
    List<Diagnostic> notes = new ArrayList<>();
    StringBuilder header = new StringBuilder();
    text(document, "headlines", notes).ifPresent(h -> headerLine(header, "headline", h));
    String uri = document.path("uri").asText("");
    if (uri.startsWith("http://") || uri.startsWith("https://")) {
      headerLine(header, "url", uri);
    }
    publication(document, notes).ifPresent(d -> headerLine(header, "date", d.toString()));
    for (JsonNode source : document.path("infoSources")) {
      if (source.path("role").asText("").equals("publisher") && source.path("name").isTextual()) {
        headerLine(header, "source", source.get("name").asText());
        break;
      }
    }
    if (document.path("by").isTextual()) {
      headerLine(header, "author", document.get("by").asText());
    }
    if (document.path("language").isTextual()) {
      headerLine(header, "language", document.get("language").asText());
    }
    if (document.has("type") && !document.path("type").asText("").equals("text")) {
      notes.add(Diagnostic.of("ninjs.ignored",
          "read a ninjs item of type '" + document.path("type").asText() + "' as text"));
    }
    String body = body(document, notes);
    for (Iterator<String> names = document.fieldNames(); names.hasNext();) {
      String name = names.next();
      if (!READ.contains(name)) {
        notes.add(Diagnostic.of("ninjs.ignored", "ignored the ninjs property '" + name
            + "', which has no place in an article"));
      }
    }
    String text = header.length() == 0 ? body : header + "\n" + body;
    Article parsed = NewsEvents.parseArticle(text);
    Article.Builder b = new Article.Builder();
    b.text(parsed.text())
        .published(parsed.published())
        .headline(parsed.headline())
        .source(parsed.source())
        .url(parsed.url())
        .addAllAuthors(parsed.authors())
        .language(parsed.language())
        .dateline(parsed.dateline())
        .addAllParagraphs(parsed.paragraphs())
        .addAllRemoved(parsed.removed())
        .addAllDiagnostics(parsed.diagnostics())
        .addAllDiagnostics(notes);
    return b.build();
  }

  private static String uri(Article article) {
    if (article.url().isPresent()) {
      String url = article.url().get();
      try {
        URI u = new URI(url);
        if (u.isAbsolute() && ("http".equals(u.getScheme()) || "https".equals(u.getScheme()))
            && u.getHost() != null) {
          return u.toASCIIString(); // RFC 3986: characters outside ASCII percent-encoded
        }
      } catch (URISyntaxException e) {
        // not a URI: the article gets a name-based one below
      }
    }
    return "urn:uuid:" + UUID.nameUUIDFromBytes(article.text().getBytes(StandardCharsets.UTF_8));
  }

  /** Actor ids that speak, meet, host, or are party to or play a role in a ceasefire. */
  private static Set<String> takingPart(Extraction extraction) {
    Set<String> ids = new LinkedHashSet<>();
    for (Statement s : extraction.statements()) {
      s.speaker().ifPresent(ids::add);
    }
    for (Meeting m : extraction.meetings()) {
      ids.addAll(m.participants());
      m.host().ifPresent(ids::add);
    }
    for (Ceasefire c : extraction.ceasefires()) {
      ids.addAll(c.parties());
      ids.addAll(c.roles().keySet());
    }
    return ids;
  }

  private static void putIfAny(ObjectNode doc, String name, ArrayNode items) {
    if (!items.isEmpty()) {
      doc.set(name, items);
    }
  }

  /** One header line; a line break inside a value would end the header. */
  private static void headerLine(StringBuilder header, String key, String value) {
    String v = value.replaceAll("[\\r\\n\\u2028\\u2029]++", " ").strip();
    if (!v.isEmpty()) {
      header.append(key).append(": ").append(v).append('\n');
    }
  }

  /** The main (else first) value of an array of {role, value} objects, noting the others. */
  private static Optional<String> text(JsonNode document, String name, List<Diagnostic> notes) {
    JsonNode items = document.path(name);
    JsonNode chosen = null;
    for (JsonNode item : items) {
      if (item.path("value").isTextual() && (chosen == null
          || item.path("role").asText("").equals("main") && !chosen.path("role").asText("").equals("main"))) {
        chosen = item;
      }
    }
    if (items.size() > 1) {
      notes.add(Diagnostic.of("ninjs.ignored", "kept one of the " + items.size() + " " + name));
    }
    return chosen == null ? Optional.empty() : Optional.of(chosen.get("value").asText());
  }

  private static String body(JsonNode document, List<Diagnostic> notes) {
    JsonNode chosen = null;
    int others = 0;
    for (JsonNode b : document.path("bodies")) {
      String type = b.path("contentType").asText("text/plain");
      boolean plain = type.equals("text/plain") || type.startsWith("text/plain;");
      if (!plain || !b.path("value").isTextual()) {
        others++;
        continue;
      }
      if (chosen == null) {
        chosen = b;
      } else {
        others++;
        if (b.path("role").asText("").equals("main") && !chosen.path("role").asText("").equals("main")) {
          chosen = b;
        }
      }
    }
    if (others > 0) {
      notes.add(Diagnostic.of("ninjs.ignored",
          "ignored " + others + " of the bodies: one plain-text body is the article's"));
    }
    if (chosen == null) {
      notes.add(Diagnostic.of("ninjs.no-body", "the ninjs document has no plain-text body: the article has no text"));
      return "";
    }
    return chosen.get("value").asText();
  }

  private static Optional<PartialDate> publication(JsonNode document, List<Diagnostic> notes) {
    for (JsonNode id : document.path("altIds")) {
      if (id.path("role").asText("").equals("published")) {
        Optional<PartialDate> d = PartialDate.tryParse(id.path("value").asText(""));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    for (String name : List.of("firstCreated", "contentCreated", "versionCreated")) {
      String value = document.path(name).asText("");
      if (value.isEmpty()) {
        continue;
      }
      try {
        PartialDate date = PartialDate.of(OffsetDateTime.parse(value).toLocalDate());
        notes.add(Diagnostic.of("ninjs.time-dropped",
            "the publication date is the date of " + name + " '" + value + "', in its own offset"));
        return Optional.of(date);
      } catch (DateTimeParseException | IllegalArgumentException e) {
        notes.add(Diagnostic.of("ninjs.ignored", "ignored " + name + " '" + value + "': not a date-time"));
      }
    }
    return Optional.empty();
  }
}
