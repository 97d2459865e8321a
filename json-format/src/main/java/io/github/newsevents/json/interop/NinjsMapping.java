package io.github.newsevents.json.interop;

import static io.github.newsevents.json.interop.PlainJson.add;
import static io.github.newsevents.json.interop.PlainJson.elements;
import static io.github.newsevents.json.interop.PlainJson.has;
import static io.github.newsevents.json.interop.PlainJson.isText;
import static io.github.newsevents.json.interop.PlainJson.path;
import static io.github.newsevents.json.interop.PlainJson.text;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.json.interop.PlainJson.Obj;
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
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * IPTC ninjs 3.1 for articles and extractions, as plain Java trees (see {@link PlainJson}'s
 * conventions): the mapping that {@code Ninjs} of the Jackson 2 module and of the Jackson 3 module
 * document and both apply, so that they write the same documents and read them with the same
 * diagnostics. Stateless and thread-safe; the trees returned are new and the caller's.
 */
public final class NinjsMapping {
  /** The ninjs version written. */
  public static final String VERSION = "3.1";

  /** The {@code $id} of the ninjs 3.1 JSON Schema, written in {@code standard.schema}. */
  public static final String SCHEMA_ID = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#";

  /** The top-level properties that import reads; any other is reported as ignored. */
  private static final Set<String> READ = Set.of(
      "uri", "type", "headlines", "bodies", "by", "language", "altIds", "firstCreated",
      "contentCreated", "versionCreated", "infoSources", "standard", "representationType");

  private NinjsMapping() {}

  /** The ninjs document of an article. */
  public static Map<String, Object> write(Article article) {
    return article(Objects.requireNonNull(article, "article"));
  }

  private static Obj article(Article article) {
    Obj doc = new Obj();
    doc.with("uri", uri(article));
    doc.object("standard").with("name", "ninjs").with("version", VERSION).with("schema", SCHEMA_ID);
    doc.with("type", "text");
    doc.with("representationType", "full");
    doc.with("language", article.language());
    article.headline().ifPresent(h -> add(doc.array("headlines")).with("role", "main").with("value", h));
    if (!article.authors().isEmpty()) {
      doc.with("by", String.join(", ", article.authors()));
    }
    article.dateline().flatMap(d -> d.place()).ifPresent(p -> doc.with("located", p));
    List<Object> sources = new ArrayList<>();
    article.source().ifPresent(s -> add(sources).with("name", s).with("role", "publisher"));
    article.dateline().flatMap(d -> d.agency()).ifPresent(a -> add(sources).with("name", a).with("role", "agency"));
    putIfAny(doc, "infoSources", sources);
    article.published().ifPresent(p -> add(doc.array("altIds")).with("role", "published").with("value", p.toString()));
    add(doc.array("bodies")).with("role", "main").with("contentType", "text/plain").with("value", body(article));
    return doc;
  }

  /** The ninjs document of an extraction's article, with its actors as people, organisations and places. */
  public static Map<String, Object> write(Extraction extraction) {
    Objects.requireNonNull(extraction, "extraction");
    Obj doc = article(extraction.article());
    Set<String> about = takingPart(extraction);
    List<Object> people = new ArrayList<>();
    List<Object> organisations = new ArrayList<>();
    List<Object> places = new ArrayList<>();
    Set<String> placeNames = new LinkedHashSet<>();
    for (Actor a : extraction.actors()) {
      List<Object> target = a.kind() == ActorKind.PERSON ? people
          : a.kind() == ActorKind.STATE ? places : organisations;
      add(target).with("name", a.name())
          .with("rel", about.contains(a.id()) ? "about" : "mentions").with("literal", a.id());
      if (a.kind() == ActorKind.STATE) {
        placeNames.add(a.name());
      }
    }
    for (Meeting m : extraction.meetings()) {
      m.location().ifPresent(p -> {
        if (placeNames.add(p.name())) {
          add(places).with("name", p.name()).with("rel", "mentions");
        }
      });
    }
    putIfAny(doc, "people", people);
    putIfAny(doc, "organisations", organisations);
    putIfAny(doc, "places", places);
    return doc;
  }

  /**
   * Reads a ninjs document, given as a plain tree whose root is an object, as an article: what
   * maps is kept, the rest is reported in {@link Article#diagnostics()}.
   */
  public static Article read(Map<?, ?> document) {
    Objects.requireNonNull(document, "document");
    List<Diagnostic> notes = new ArrayList<>();
    StringBuilder header = new StringBuilder();
    chosenText(document, "headlines", notes).ifPresent(h -> headerLine(header, "headline", h));
    String uri = text(path(document, "uri"), "");
    if (uri.startsWith("http://") || uri.startsWith("https://")) {
      headerLine(header, "url", uri);
    }
    publication(document, notes).ifPresent(d -> headerLine(header, "date", d.toString()));
    for (Object source : elements(path(document, "infoSources"))) {
      if (text(path(source, "role"), "").equals("publisher") && isText(path(source, "name"))) {
        headerLine(header, "source", text(path(source, "name")));
        break;
      }
    }
    if (isText(path(document, "by"))) {
      headerLine(header, "author", text(path(document, "by")));
    }
    if (isText(path(document, "language"))) {
      headerLine(header, "language", text(path(document, "language")));
    }
    if (has(document, "type") && !text(path(document, "type"), "").equals("text")) {
      notes.add(Diagnostic.of("ninjs.ignored",
          "read a ninjs item of type '" + text(path(document, "type")) + "' as text"));
    }
    String body = body(document, notes);
    for (Object name : document.keySet()) {
      if (!READ.contains(name)) {
        notes.add(Diagnostic.of("ninjs.ignored", "ignored the ninjs property '" + name
            + "', which has no place in an article"));
      }
    }
    String text = header.length() == 0 ? body : header + "\n" + body;
    Article parsed = NewsEvents.parseArticle(text);
    return new Article.Builder()
        .text(parsed.text())
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
        .addAllDiagnostics(notes)
        .build();
  }

  /**
   * The error for a document whose root is no object, in the words of both lines.
   *
   * @param rootType the root's JSON type, as Jackson names it ({@code ARRAY}, {@code STRING},
   *     {@code MISSING} for no value at all)
   */
  public static IllegalArgumentException notAnObject(String rootType) {
    return new IllegalArgumentException(
        "not a ninjs document: the root is " + rootType.toLowerCase(Locale.ROOT) + ", not an object");
  }

  /**
   * The article's {@code uri}: its url when that is an absolute http(s) URI (characters outside
   * ASCII percent-encoded), else {@code urn:uuid:} and a name-based UUID of its text.
   */
  public static String uri(Article article) {
    if (article.url().isPresent()) {
      try {
        URI u = new URI(article.url().get());
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

  /** The paragraphs, noise removed, separated by a blank line. */
  static String body(Article article) {
    StringBuilder body = new StringBuilder();
    for (Paragraph p : article.paragraphs()) {
      if (body.length() > 0) {
        body.append("\n\n");
      }
      body.append(p.text());
    }
    return body.toString();
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

  private static void putIfAny(Obj doc, String name, List<Object> items) {
    if (!items.isEmpty()) {
      doc.put(name, items);
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
  private static Optional<String> chosenText(Map<?, ?> document, String name, List<Diagnostic> notes) {
    Collection<?> items = elements(path(document, name));
    Object chosen = null;
    for (Object item : items) {
      if (isText(path(item, "value")) && (chosen == null
          || isMain(item) && !isMain(chosen))) {
        chosen = item;
      }
    }
    if (items.size() > 1) {
      notes.add(Diagnostic.of("ninjs.ignored", "kept one of the " + items.size() + " " + name));
    }
    return chosen == null ? Optional.empty() : Optional.of(text(path(chosen, "value")));
  }

  private static boolean isMain(Object item) {
    return text(path(item, "role"), "").equals("main");
  }

  private static String body(Map<?, ?> document, List<Diagnostic> notes) {
    Object chosen = null;
    int others = 0;
    for (Object b : elements(path(document, "bodies"))) {
      String type = text(path(b, "contentType"), "text/plain");
      boolean plain = type.equals("text/plain") || type.startsWith("text/plain;");
      if (!plain || !isText(path(b, "value"))) {
        others++;
        continue;
      }
      if (chosen == null) {
        chosen = b;
      } else {
        others++;
        if (isMain(b) && !isMain(chosen)) {
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
    return text(path(chosen, "value"));
  }

  private static Optional<PartialDate> publication(Map<?, ?> document, List<Diagnostic> notes) {
    for (Object id : elements(path(document, "altIds"))) {
      if (text(path(id, "role"), "").equals("published")) {
        Optional<PartialDate> d = PartialDate.tryParse(text(path(id, "value"), ""));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    for (String name : List.of("firstCreated", "contentCreated", "versionCreated")) {
      String value = text(path(document, name), "");
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
