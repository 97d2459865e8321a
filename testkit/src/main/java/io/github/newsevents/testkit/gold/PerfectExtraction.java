package io.github.newsevents.testkit.gold;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.CeasefireScope;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.PartyRole;
import io.github.newsevents.model.Place;
import io.github.newsevents.model.Span;
import io.github.newsevents.model.Statement;
import java.text.Normalizer;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import java.util.Set;

/**
 * The {@link Extraction} a perfect extractor would return for an article: its gold annotation as
 * model values. Each gold actor becomes an actor with a slug id made from its name ({@code
 * "Dmitry Peskov"} is {@code dmitry-peskov}, a second one {@code dmitry-peskov-2}); a speaker,
 * participant, party or mediator that names no gold actor (by name or alias) becomes an actor
 * of its own, of kind GROUP (so that it does not count among the people, which the gold did not
 * list it with). Statements are direct, with the span of their words in the text when the text
 * holds them verbatim (after an opening quotation mark, where the words stand there too); meetings keep their kind, status, date and place; ceasefires their scope
 * (FULL when the gold leaves it open), duration in days, date, status and mediators (as {@link
 * PartyRole#MEDIATING} roles). The article is {@link NewsEvents#parseArticle(String)} of the text.
 *
 * <p>Scoring it against its own gold gives 1.0 everywhere: a check of a scorer, and the upper
 * bound a parser's figures are read against. Stateless and thread-safe.
 */
public final class PerfectExtraction {
  private PerfectExtraction() {}

  /** The perfect extraction of {@code text}, whose annotation is {@code gold}. */
  public static Extraction of(Gold gold, String text) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(text, "text");
    Ids ids = new Ids();
    Map<String, Actor.Builder> actors = new LinkedHashMap<>();
    Map<String, String> byName = new LinkedHashMap<>();
    for (GoldActor a : gold.actors()) {
      String id = ids.next(a.name());
      Actor.Builder b = new Actor.Builder().id(id).name(a.name()).kind(a.kind())
          .addAllAliases(a.aliases().stream().filter(x -> !x.equals(a.name())).distinct().toList())
          .unnamed(a.name().contains("(unnamed)"));
      a.title().ifPresent(b::addTitles);
      a.affiliation().ifPresent(b::affiliation);
      actors.put(id, b);
      byName.putIfAbsent(a.name(), id);
      a.aliases().forEach(x -> byName.putIfAbsent(x, id));
    }
    Resolver resolve = name -> byName.computeIfAbsent(name, n -> {
      String id = ids.next(n);
      // the gold does not count it among its actors, so it must not count as a person either
      actors.put(id, new Actor.Builder().id(id).name(n).kind(ActorKind.GROUP)
          .unnamed(n.contains("(unnamed)")));
      return id;
    });
    Extraction.Builder e = new Extraction.Builder().article(NewsEvents.parseArticle(text));
    for (GoldStatement s : gold.statements()) {
      Statement.Builder b = new Statement.Builder().speaker(resolve.id(s.speaker())).text(s.quote())
          .kind(s.kind());
      int at = quoted(text, s.quote());
      if (at >= 0) {
        b.span(Span.of(at, at + s.quote().length()));
      }
      e.addStatement(b.build());
    }
    for (GoldMeeting m : gold.meetings()) {
      Meeting.Builder b = new Meeting.Builder()
          .addAllParticipants(distinctIds(m.participants(), resolve))
          .kind(m.kind()).status(m.status());
      m.date().ifPresent(b::date);
      m.location().ifPresent(l -> b.location(Place.of(l)));
      e.addMeeting(b.build());
    }
    for (GoldCeasefire c : gold.ceasefires()) {
      Ceasefire.Builder b = new Ceasefire.Builder()
          .addAllParties(distinctIds(c.parties(), resolve))
          .scope(c.scope().orElse(CeasefireScope.FULL))
          .status(c.status());
      c.scopeNote().ifPresent(b::scopeNote);
      c.durationDays().ifPresent(d -> b.duration(Period.ofDays(d)));
      c.date().ifPresent(b::date);
      for (String mediator : c.mediators()) {
        b.putRole(resolve.id(mediator), PartyRole.MEDIATING);
      }
      e.addCeasefire(b.build());
    }
    actors.values().forEach(a -> e.addActor(a.build()));
    return e.build();
  }

  /** Where {@code quote} stands in {@code text}, after an opening quotation mark if it is anywhere. */
  private static int quoted(String text, String quote) {
    int first = text.indexOf(quote);
    for (int i = first; i > 0; i = text.indexOf(quote, i + 1)) {
      if ("\"'\u201c\u2018\u00ab\u201e".indexOf(text.charAt(i - 1)) >= 0) {
        return i;
      }
    }
    return first;
  }

  private interface Resolver {
    String id(String name);
  }

  private static List<String> distinctIds(List<String> names, Resolver resolve) {
    Set<String> seen = new HashSet<>();
    List<String> ids = new ArrayList<>();
    for (String n : names) {
      String id = resolve.id(n);
      if (seen.add(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  /** Slugs made from names, unique within one extraction. */
  private static final class Ids {
    private final Set<String> used = new HashSet<>();

    String next(String name) {
      String base = slug(name);
      String id = base;
      for (int n = 2; !used.add(id); n++) {
        id = base + "-" + n;
      }
      return id;
    }

    static String slug(String name) {
      String d = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < d.length(); ) {
        int c = d.codePointAt(i);
        i += Character.charCount(c);
        int type = Character.getType(c);
        if ((c >= '0' && c <= '9') || type == Character.LOWERCASE_LETTER || type == Character.OTHER_LETTER) {
          b.appendCodePoint(c);
        } else if (type != Character.NON_SPACING_MARK && b.length() > 0 && b.charAt(b.length() - 1) != '-') {
          b.append('-');
        }
      }
      while (b.length() > 0 && b.charAt(b.length() - 1) == '-') {
        b.setLength(b.length() - 1);
      }
      return b.length() == 0 ? "actor" : b.toString();
    }
  }

}
