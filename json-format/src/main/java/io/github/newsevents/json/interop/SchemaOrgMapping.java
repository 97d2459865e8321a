package io.github.newsevents.json.interop;

import static io.github.newsevents.json.interop.PlainJson.add;

import io.github.newsevents.json.interop.PlainJson.Obj;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.Statement;
import io.github.newsevents.model.StatementKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Set;

/**
 * schema.org JSON-LD for an extraction, as a plain Java tree (see {@link PlainJson}'s
 * conventions): the mapping that {@code SchemaOrg} of the Jackson 2 module and of the Jackson 3
 * module document and both apply. Stateless and thread-safe; the trees returned are new and the
 * caller's.
 */
public final class SchemaOrgMapping {
  private static final String SCHEMA = "https://schema.org/";
  private static final Map<String, String> ALPHA2 = alpha2();

  private SchemaOrgMapping() {}

  /** The JSON-LD document of an extraction: a {@code NewsArticle} whose {@code mentions} are its actors, meetings and statements. */
  public static Map<String, Object> write(Extraction extraction) {
    Objects.requireNonNull(extraction, "extraction");
    Article article = extraction.article();
    String base = NinjsMapping.uri(article);
    Obj doc = new Obj();
    doc.with("@context", "https://schema.org");
    doc.with("@type", "NewsArticle");
    doc.with("@id", base);
    article.url().ifPresent(u -> doc.with("url", u));
    article.headline().ifPresent(h -> doc.with("headline", h));
    article.published().ifPresent(d -> doc.with("datePublished", d.toString()));
    doc.with("inLanguage", article.language());
    if (!article.authors().isEmpty()) {
      List<Object> authors = doc.array("author");
      article.authors().forEach(a -> add(authors).with("@type", "Person").with("name", a));
    }
    article.source().ifPresent(s -> doc.object("publisher").with("@type", "Organization").with("name", s));
    article.dateline().flatMap(d -> d.place()).ifPresent(p -> doc.with("dateline", p));
    doc.with("articleBody", NinjsMapping.body(article));

    Set<String> agents = new HashSet<>();
    for (Meeting m : extraction.meetings()) {
      agents.addAll(m.participants());
      m.host().ifPresent(agents::add);
    }
    for (Statement s : extraction.statements()) {
      s.speaker().ifPresent(agents::add);
    }
    Map<String, String> ids = new HashMap<>();
    List<Object> mentions = doc.array("mentions");
    for (Actor a : extraction.actors()) {
      ids.put(a.id(), base + "#actor-" + a.id());
      mentions.add(actor(a, base + "#actor-" + a.id(), agents.contains(a.id())));
    }
    for (int i = 0; i < extraction.meetings().size(); i++) {
      mentions.add(meeting(extraction, extraction.meetings().get(i), base + "#meeting-" + (i + 1), ids));
    }
    for (int i = 0; i < extraction.statements().size(); i++) {
      Statement s = extraction.statements().get(i);
      Obj q = add(mentions);
      q.with("@type", "Quotation").with("@id", base + "#statement-" + (i + 1)).with("text", s.text());
      s.speaker().map(ids::get).ifPresent(id -> q.object("creator").with("@id", id));
      s.date().ifPresent(d -> q.with("dateCreated", d.toString()));
      if (s.kind() == StatementKind.INDIRECT) {
        q.with("description", "reported speech: the article's words for what was said");
      }
    }
    return doc;
  }

  private static Obj actor(Actor a, String id, boolean agent) {
    Obj n = new Obj();
    switch (a.kind()) {
      case PERSON:
        n.with("@type", "Person").with("@id", id).with("name", a.name());
        if (!a.titles().isEmpty()) {
          n.put("jobTitle", new ArrayList<Object>(a.titles()));
        }
        a.country().ifPresent(c -> n.put("nationality", country(c, null)));
        a.affiliation().ifPresent(o -> n.object("affiliation").with("@type", "Organization").with("name", o));
        break;
      case STATE:
        if (agent) {
          n.with("@type", "GovernmentOrganization").with("@id", id).with("name", a.name());
          a.country().ifPresent(c -> n.put("areaServed", country(c, a.name())));
        } else {
          n.putAll(country(a.country().orElse(null), a.name()));
          n.with("@id", id);
        }
        break;
      default:
        n.with("@type", "Organization").with("@id", id).with("name", a.name());
        break;
    }
    if (!a.aliases().isEmpty()) {
      n.put("alternateName", new ArrayList<Object>(a.aliases()));
    }
    return n;
  }

  private static Obj country(String iso3, String name) {
    Obj c = new Obj().with("@type", "Country");
    if (name != null) {
      c.with("name", name);
    }
    if (iso3 != null) {
      c.with("identifier", iso3);
    }
    return c;
  }

  private static Obj meeting(Extraction e, Meeting m, String id, Map<String, String> ids) {
    Obj n = new Obj();
    n.with("@type", "Event").with("@id", id).with("name", name(e, m));
    m.date().ifPresent(d -> n.with("startDate", d.toString()));
    if (m.status() == MeetingStatus.HELD || m.status() == MeetingStatus.PLANNED) {
      n.with("eventStatus", SCHEMA + "EventScheduled");
    } else if (m.status() == MeetingStatus.CANCELLED) {
      n.with("eventStatus", SCHEMA + "EventCancelled");
    } else {
      n.with("description", "a possible meeting, not yet planned");
    }
    if (m.kind() == MeetingKind.PHONE_CALL || m.kind() == MeetingKind.VIDEO_CALL) {
      n.with("eventAttendanceMode", SCHEMA + "OnlineEventAttendanceMode");
    } else if (m.kind() == MeetingKind.IN_PERSON) {
      n.with("eventAttendanceMode", SCHEMA + "OfflineEventAttendanceMode");
    }
    m.location().ifPresent(p -> {
      Obj place = n.object("location").with("@type", "Place").with("name", p.name());
      p.country().ifPresent(c -> place.object("address").with("@type", "PostalAddress")
          .with("addressCountry", ALPHA2.getOrDefault(c, c)));
    });
    List<Object> attendees = n.array("attendee");
    for (String p : m.participants()) {
      String ref = ids.get(p);
      if (ref != null) {
        add(attendees).with("@id", ref);
      }
    }
    m.host().map(ids::get).ifPresent(ref -> n.object("organizer").with("@id", ref));
    if (!m.topics().isEmpty()) {
      List<Object> about = n.array("about");
      m.topics().forEach(t -> add(about).with("@type", "Thing").with("name", t));
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

  /** ISO 3166-1 alpha-3 to alpha-2, as the JDK knows them. */
  private static Map<String, String> alpha2() {
    Map<String, String> map = new HashMap<>();
    for (String a2 : Locale.getISOCountries()) {
      try {
        map.put(new Locale("", a2).getISO3Country(), a2);
      } catch (MissingResourceException e) {
        // a code without an alpha-3 form: addressCountry keeps the alpha-3 code given
      }
    }
    return Map.copyOf(map);
  }
}
