package io.github.newsevents.validate;

import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Rules about the actors: unique ids and names, known countries, and references to them. */
final class ActorRules {
  private ActorRules() {}

  static final Rule ID_DUPLICATE = Rule.of(
      "actor.id.duplicate",
      Severity.ERROR,
      "No two actors share an id.",
      ActorRules::idDuplicate);

  static final Rule NAME_DUPLICATE = Rule.of(
      "actor.name.duplicate",
      Severity.ERROR,
      "No two named actors share a canonical name, ignoring case and spacing (unnamed actors,"
          + " whose name is a description, are exempt).",
      ActorRules::nameDuplicate);

  static final Rule COUNTRY_UNKNOWN = Rule.of(
      "country.unknown",
      Severity.ERROR,
      "Every actor's and meeting location's country, when set, is an ISO 3166-1 alpha-3 code"
          + " (the 249 assigned ones, and XKX for Kosovo).",
      ActorRules::countryUnknown);

  static final Rule REFERENCE_UNKNOWN = Rule.of(
      "reference.actor.unknown",
      Severity.ERROR,
      "Every actor id a statement (speaker), meeting (participants, host) or ceasefire (parties,"
          + " role keys) refers to is the id of an actor of the extraction.",
      ActorRules::referenceUnknown);

  private static void idDuplicate(Extraction extraction, Rule.Context context) {
    List<Actor> actors = extraction.actors();
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < actors.size(); i++) {
      String id = actors.get(i).id();
      Integer earlier = first.putIfAbsent(id, i);
      if (earlier != null) {
        context.report(
            "actors[" + i + "].id",
            "id '" + id + "' is already the id of actors[" + earlier + "] ("
                + Texts.excerpt(actors.get(earlier).name())
                + "); give each actor its own id, or merge the two into one actor");
      }
    }
  }

  private static void nameDuplicate(Extraction extraction, Rule.Context context) {
    List<Actor> actors = extraction.actors();
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < actors.size(); i++) {
      Actor actor = actors.get(i);
      if (actor.unnamed()) {
        continue; // two different "senior officials" may share a description
      }
      Integer earlier = first.putIfAbsent(Texts.normalizeName(actor.name()), i);
      if (earlier != null) {
        Actor other = actors.get(earlier);
        context.report(
            "actors[" + i + "].name",
            "name " + Texts.excerpt(actor.name()) + " is already the name of actors[" + earlier
                + "] (id '" + other.id() + "'); merge the two into one actor, keeping the other"
                + " forms as aliases");
      }
    }
  }

  private static void countryUnknown(Extraction extraction, Rule.Context context) {
    List<Actor> actors = extraction.actors();
    for (int i = 0; i < actors.size(); i++) {
      Optional<String> country = actors.get(i).country();
      if (country.isPresent() && !IsoCountries.isKnown(country.get())) {
        context.report("actors[" + i + "].country", unknownCountry(country.get()));
      }
    }
    List<Meeting> meetings = extraction.meetings();
    for (int i = 0; i < meetings.size(); i++) {
      Optional<String> country = meetings.get(i).location().flatMap(p -> p.country());
      if (country.isPresent() && !IsoCountries.isKnown(country.get())) {
        context.report("meetings[" + i + "].location.country", unknownCountry(country.get()));
      }
    }
  }

  private static String unknownCountry(String code) {
    String message = "'" + code + "' is not an ISO 3166-1 alpha-3 country code";
    return IsoCountries.probablyMeant(code)
        .map(iso -> message + "; did you mean '" + iso + "'?")
        .orElse(message + " (such as RUS, UKR, USA, PSE; XKX for Kosovo)");
  }

  private static void referenceUnknown(Extraction extraction, Rule.Context context) {
    Set<String> ids = context.actorIds();
    Hints hints = new Hints(extraction.actors());
    List<Statement> statements = extraction.statements();
    for (int i = 0; i < statements.size(); i++) {
      Optional<String> speaker = statements.get(i).speaker();
      if (speaker.isPresent() && !ids.contains(speaker.get())) {
        context.report("statements[" + i + "].speaker", hints.unknown("speaker", speaker.get()));
      }
    }
    List<Meeting> meetings = extraction.meetings();
    for (int i = 0; i < meetings.size(); i++) {
      Meeting meeting = meetings.get(i);
      List<String> participants = meeting.participants();
      for (int j = 0; j < participants.size(); j++) {
        if (!ids.contains(participants.get(j))) {
          context.report(
              "meetings[" + i + "].participants[" + j + "]",
              hints.unknown("participant", participants.get(j)));
        }
      }
      Optional<String> host = meeting.host();
      if (host.isPresent() && !ids.contains(host.get())) {
        context.report("meetings[" + i + "].host", hints.unknown("host", host.get()));
      }
    }
    List<Ceasefire> ceasefires = extraction.ceasefires();
    for (int i = 0; i < ceasefires.size(); i++) {
      Ceasefire ceasefire = ceasefires.get(i);
      List<String> parties = ceasefire.parties();
      for (int j = 0; j < parties.size(); j++) {
        if (!ids.contains(parties.get(j))) {
          context.report(
              "ceasefires[" + i + "].parties[" + j + "]", hints.unknown("party", parties.get(j)));
        }
      }
      for (String key : ceasefire.roles().keySet()) {
        if (!ids.contains(key)) {
          context.report(
              "ceasefires[" + i + "].roles['" + key + "']", hints.unknown("role holder", key));
        }
      }
    }
  }

  /** Messages for unknown ids; finds an actor whose name was used instead of its id. */
  private static final class Hints {
    private final List<Actor> actors;
    private Map<String, String> idByName; // built on the first unknown id only

    Hints(List<Actor> actors) {
      this.actors = actors;
    }

    String unknown(String role, String id) {
      String message = role + " '" + id + "' is not the id of any actor of the extraction";
      String named = idsByName().get(Texts.normalizeName(id));
      if (named != null) {
        return message + "; it is a name of actor '" + named + "': refer to actors by id";
      }
      return message + "; add the actor to actors, or correct the id";
    }

    private Map<String, String> idsByName() {
      if (idByName == null) {
        idByName = new HashMap<>();
        for (Actor a : actors) {
          idByName.putIfAbsent(Texts.normalizeName(a.name()), a.id());
          for (String alias : a.aliases()) {
            idByName.putIfAbsent(Texts.normalizeName(alias), a.id());
          }
        }
      }
      return idByName;
    }
  }
}
