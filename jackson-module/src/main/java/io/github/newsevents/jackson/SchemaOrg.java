package io.github.newsevents.jackson;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.Paragraph;
import io.github.newsevents.model.Statement;
import io.github.newsevents.model.StatementKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * schema.org JSON-LD for an extraction, to publish on a web page: a {@code NewsArticle} whose
 * {@code mentions} are its actors, its meetings as {@code Event}s and its statements as {@code
 * Quotation}s. Stateless and thread-safe.
 *
 * <pre>{@code
 * String jsonLd = mapper.writeValueAsString(SchemaOrg.write(extraction));
 * // <script type="application/ld+json"> ... </script>
 * }</pre>
 *
 * <p>The mapping: the article's headline, url, {@code datePublished} (ISO 8601 at the precision
 * known), {@code inLanguage}, {@code author}s ({@code Person}), its source as {@code publisher}
 * ({@code Organization}), its dateline's place as {@code dateline}, its paragraphs as {@code
 * articleBody}. Actors: a person is a {@code Person} (titles as {@code jobTitle}, its country as
 * {@code nationality}, its organisation as {@code affiliation}); an organisation or group an
 * {@code Organization}; a state a {@code Country}, or a {@code GovernmentOrganization} serving
 * that country when it attends a meeting, hosts one or speaks, since {@code attendee}, {@code
 * organizer} and {@code creator} take no {@code Country}. A meeting is an {@code Event}: a name
 * made of its kind and participants, {@code startDate}, {@code eventStatus} ({@code
 * EventScheduled} when held or planned, {@code EventCancelled}; none when only possible), {@code
 * eventAttendanceMode} (online for calls, offline in person), {@code location} with its country as
 * an ISO 3166-1 alpha-2 {@code addressCountry}, {@code attendee}s, its host as {@code organizer},
 * its topics as {@code about}. A statement is a {@code Quotation}: {@code text}, its speaker as
 * {@code creator}, {@code dateCreated}, and for reported speech a {@code description} saying so.
 * Every node has an {@code @id}: the article's url (else a name-based {@code urn:uuid:} of its
 * text, as {@link Ninjs} writes) with a fragment ({@code #actor-vladimir-putin}, {@code
 * #meeting-1}, {@code #statement-1}); references between nodes are by {@code @id}. Ceasefires
 * have no schema.org type and are left out.
 */
public final class SchemaOrg {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String SCHEMA = "https://schema.org/";
  private static final Map<String, String> ALPHA2 = alpha2();

  private SchemaOrg() {}

  /** The JSON-LD document of an extraction. */
  public static ObjectNode write(Extraction extraction) {
    Objects.requireNonNull(extraction, "extraction");
    Article article = extraction.article();
    String base = Ninjs.write(article).get("uri").asText();
    ObjectNode doc = NODES.objectNode();
    doc.put("@context", "https://schema.org");
    doc.put("@type", "NewsArticle");
    doc.put("@id", base);
    article.url().ifPresent(u -> doc.put("url", u));
    article.headline().ifPresent(h -> doc.put("headline", h));
    article.published().ifPresent(d -> doc.put("datePublished", d.toString()));
    doc.put("inLanguage", article.language());
    if (!article.authors().isEmpty()) {
      ArrayNode authors = doc.putArray("author");
      article.authors().forEach(a -> authors.addObject().put("@type", "Person").put("name", a));
    }
    article.source().ifPresent(s -> doc.putObject("publisher").put("@type", "Organization").put("name", s));
    article.dateline().flatMap(d -> d.place()).ifPresent(p -> doc.put("dateline", p));
    List<String> body = new ArrayList<>();
    for (Paragraph p : article.paragraphs()) {
      body.add(p.text());
    }
    doc.put("articleBody", String.join("\n\n", body));

    Set<String> agents = new HashSet<>();
    for (Meeting m : extraction.meetings()) {
      agents.addAll(m.participants());
      m.host().ifPresent(agents::add);
    }
    for (Statement s : extraction.statements()) {
      s.speaker().ifPresent(agents::add);
    }
    Map<String, String> ids = new HashMap<>();
    ArrayNode mentions = doc.putArray("mentions");
    for (Actor a : extraction.actors()) {
      ids.put(a.id(), base + "#actor-" + a.id());
      mentions.add(actor(a, base + "#actor-" + a.id(), agents.contains(a.id())));
    }
    for (int i = 0; i < extraction.meetings().size(); i++) {
      mentions.add(meeting(extraction, extraction.meetings().get(i), base + "#meeting-" + (i + 1), ids));
    }
    for (int i = 0; i < extraction.statements().size(); i++) {
      Statement s = extraction.statements().get(i);
      ObjectNode q = mentions.addObject();
      q.put("@type", "Quotation").put("@id", base + "#statement-" + (i + 1)).put("text", s.text());
      s.speaker().map(ids::get).ifPresent(id -> q.putObject("creator").put("@id", id));
      s.date().ifPresent(d -> q.put("dateCreated", d.toString()));
      if (s.kind() == StatementKind.INDIRECT) {
        q.put("description", "reported speech: the article's words for what was said");
      }
    }
    return doc;
  }

  private static ObjectNode actor(Actor a, String id, boolean agent) {
    ObjectNode n = NODES.objectNode();
    switch (a.kind()) {
      case PERSON:
        n.put("@type", "Person").put("@id", id).put("name", a.name());
        if (!a.titles().isEmpty()) {
          ArrayNode titles = n.putArray("jobTitle");
          a.titles().forEach(titles::add);
        }
        a.country().ifPresent(c -> n.set("nationality", country(c, null)));
        a.affiliation().ifPresent(o -> n.putObject("affiliation").put("@type", "Organization").put("name", o));
        break;
      case STATE:
        if (agent) {
          n.put("@type", "GovernmentOrganization").put("@id", id).put("name", a.name());
          a.country().ifPresent(c -> n.set("areaServed", country(c, a.name())));
        } else {
          n.setAll(country(a.country().orElse(null), a.name()));
          n.put("@id", id);
        }
        break;
      default:
        n.put("@type", "Organization").put("@id", id).put("name", a.name());
        break;
    }
    if (!a.aliases().isEmpty()) {
      ArrayNode names = n.putArray("alternateName");
      a.aliases().forEach(names::add);
    }
    return n;
  }

  private static ObjectNode country(String iso3, String name) {
    ObjectNode c = NODES.objectNode().put("@type", "Country");
    if (name != null) {
      c.put("name", name);
    }
    if (iso3 != null) {
      c.put("identifier", iso3);
    }
    return c;
  }

  private static ObjectNode meeting(Extraction e, Meeting m, String id, Map<String, String> ids) {
    ObjectNode n = NODES.objectNode();
    n.put("@type", "Event").put("@id", id).put("name", name(e, m));
    m.date().ifPresent(d -> n.put("startDate", d.toString()));
    if (m.status() == MeetingStatus.HELD || m.status() == MeetingStatus.PLANNED) {
      n.put("eventStatus", SCHEMA + "EventScheduled");
    } else if (m.status() == MeetingStatus.CANCELLED) {
      n.put("eventStatus", SCHEMA + "EventCancelled");
    } else {
      n.put("description", "a possible meeting, not yet planned");
    }
    if (m.kind() == MeetingKind.PHONE_CALL || m.kind() == MeetingKind.VIDEO_CALL) {
      n.put("eventAttendanceMode", SCHEMA + "OnlineEventAttendanceMode");
    } else if (m.kind() == MeetingKind.IN_PERSON) {
      n.put("eventAttendanceMode", SCHEMA + "OfflineEventAttendanceMode");
    }
    m.location().ifPresent(p -> {
      ObjectNode place = n.putObject("location").put("@type", "Place").put("name", p.name());
      p.country().ifPresent(c -> place.putObject("address").put("@type", "PostalAddress")
          .put("addressCountry", ALPHA2.getOrDefault(c, c)));
    });
    ArrayNode attendees = n.putArray("attendee");
    for (String p : m.participants()) {
      String ref = ids.get(p);
      if (ref != null) {
        attendees.addObject().put("@id", ref);
      }
    }
    m.host().map(ids::get).ifPresent(ref -> n.putObject("organizer").put("@id", ref));
    if (!m.topics().isEmpty()) {
      ArrayNode about = n.putArray("about");
      m.topics().forEach(t -> about.addObject().put("@type", "Thing").put("name", t));
    }
    return n;
  }

  /** "Phone call of Vladimir Putin and Donald Trump", "Talks of Russia, Ukraine and the United States". */
  private static String name(Extraction e, Meeting m) {
    List<String> names = new ArrayList<>();
    for (String p : m.participants()) {
      names.add(e.actor(p).map(Actor::name).orElse(p));
    }
    String what = m.kind() == MeetingKind.PHONE_CALL ? "Phone call"
        : m.kind() == MeetingKind.VIDEO_CALL ? "Video call"
        : m.kind() == MeetingKind.TALKS ? "Talks" : "Meeting";
    if (names.isEmpty()) {
      return what;
    }
    String who = names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    return what + " of " + who;
  }

  private static Map<String, String> alpha2() {
    Map<String, String> map = new HashMap<>();
    for (String a2 : Locale.getISOCountries()) {
      try {
        map.put(new Locale("", a2).getISO3Country(), a2);
      } catch (java.util.MissingResourceException e) {
        // a code without an alpha-3 form: addressCountry keeps the alpha-3 code given
      }
    }
    return Map.copyOf(map);
  }
}
