package io.github.newsevents.interop;

import io.github.newsevents.gazetteer.EntryKind;
import io.github.newsevents.gazetteer.Gazetteer;
import io.github.newsevents.gazetteer.GazetteerEntry;
import io.github.newsevents.internal.TsvLines;
import io.github.newsevents.model.Actor;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * CAMEO actor codes ({@code RUSGOV}, {@code ISRMIL}, {@code IGOUNO}) of actors the gazetteer knows,
 * from the table {@code io/github/newsevents/interop/actor-types.tsv} (its header documents the
 * format). Immutable and thread-safe; {@link #defaults()} reads the bundled table once.
 *
 * <p>How an actor's code is found:
 *
 * <ul>
 *   <li>A state: its country ({@link Actor#country()}, else its gazetteer entry's), no type.
 *   <li>An organisation or group: its gazetteer entry (by name, then by alias) gives the country
 *       and the table the types: the entry's own line, else the default of its kind ({@code GOV}
 *       for an institution of a state, {@code IGO} for an organisation without a country, {@code
 *       REB} for a group). Not in the gazetteer: its country alone, when it has one.
 *   <li>A person: the type of the class of its first title the gazetteer knows ("Kremlin
 *       spokesperson" is a spokesperson: {@code GOV}); the country of the actor, else of the
 *       organisation it belongs to ({@link Actor#affiliation()}, else named before the title: the
 *       Kremlin), else of a demonym before the title ("Russian President"). A person of an
 *       international body takes the body's code ("UN Secretary-General": {@code IGOUNO}).
 * </ul>
 *
 * <p>An actor of which none of this is known has no code.
 */
public final class ActorCodes {
  static final String RESOURCE = "/io/github/newsevents/interop/actor-types.tsv";

  private static final class Default {
    static final ActorCodes INSTANCE = Tables.load(RESOURCE, ActorCodes::read);
  }

  private final Map<String, List<String>> titleTypes;
  private final Map<String, List<String>> defaults;
  private final Map<String, List<String>> entries;

  private ActorCodes(
      Map<String, List<String>> titleTypes, Map<String, List<String>> defaults,
      Map<String, List<String>> entries) {
    this.titleTypes = Map.copyOf(titleTypes);
    this.defaults = Map.copyOf(defaults);
    this.entries = Map.copyOf(entries);
  }

  /** The bundled table, read once. */
  public static ActorCodes defaults() {
    return Default.INSTANCE;
  }

  /**
   * Reads a table of one's own in the format of the bundled {@code actor-types.tsv}.
   *
   * @throws IllegalArgumentException naming the line of a malformed rule
   * @throws IOException when the reader fails
   */
  public static ActorCodes parse(Reader table) throws IOException {
    Objects.requireNonNull(table, "table");
    return read(table);
  }

  /** The code of {@code actor} by the bundled table, or empty when nothing of it is known. */
  public static Optional<ActorCode> of(Actor actor, Gazetteer gazetteer) {
    return defaults().code(actor, gazetteer);
  }

  /** Like {@link #of(Actor, Gazetteer)}, by this table. */
  public Optional<ActorCode> code(Actor actor, Gazetteer gazetteer) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(gazetteer, "gazetteer");
    switch (actor.kind()) {
      case STATE:
        return build(actor.country().or(() -> gazetteer.find(actor.name())
            .filter(e -> e.kind() == EntryKind.STATE).flatMap(GazetteerEntry::country)), List.of());
      case PERSON:
        return person(actor, gazetteer);
      default:
        Optional<GazetteerEntry> entry = entry(actor, gazetteer);
        if (entry.isEmpty()) {
          return build(actor.country(), List.of());
        }
        return build(entry.get().country().or(actor::country), types(entry.get()));
    }
  }

  private Optional<ActorCode> person(Actor actor, Gazetteer gazetteer) {
    List<String> types = null;
    GazetteerEntry organisation = actor.affiliation().flatMap(a -> body(gazetteer, a)).orElse(null);
    String demonymCountry = null;
    for (String title : actor.titles()) {
      String[] words = title.strip().split(" ", 20);
      // the longest known title at the end ("Kremlin spokesperson"), else at the start
      for (int i = 0; i < words.length && types == null; i++) {
        Optional<GazetteerEntry> t = gazetteer.title(String.join(" ", Arrays.copyOfRange(words, i, words.length)));
        if (t.isPresent()) {
          types = t.get().titleClass().map(titleTypes::get).orElse(null);
          final String before = String.join(" ", Arrays.copyOfRange(words, 0, i));
          if (organisation == null && !before.isEmpty()) {
            organisation = body(gazetteer, before).orElse(null);
          }
          if (demonymCountry == null && !before.isEmpty()) {
            demonymCountry = gazetteer.stateByDemonym(words[i - 1])
                .or(() -> gazetteer.find(before).filter(e -> e.kind() == EntryKind.STATE))
                .flatMap(GazetteerEntry::country).orElse(null);
          }
        }
      }
      for (int j = words.length - 1; j > 0 && types == null; j--) {
        Optional<GazetteerEntry> t = gazetteer.title(String.join(" ", Arrays.copyOfRange(words, 0, j)));
        if (t.isPresent()) {
          types = t.get().titleClass().map(titleTypes::get).orElse(null);
        }
      }
    }
    if (organisation != null && organisation.country().isEmpty()) {
      return build(Optional.empty(), types(organisation)); // a person of an international body
    }
    Optional<String> country = actor.country();
    if (country.isEmpty() && organisation != null) {
      country = organisation.country();
    }
    if (country.isEmpty()) {
      country = Optional.ofNullable(demonymCountry);
    }
    if (types == null) {
      types = organisation == null ? List.of() : types(organisation);
    }
    return build(country, types);
  }

  /** The organisation or group entry of an actor: by its name, else by its aliases. */
  private static Optional<GazetteerEntry> entry(Actor actor, Gazetteer gazetteer) {
    Optional<GazetteerEntry> e = body(gazetteer, actor.name());
    for (int i = 0; e.isEmpty() && i < actor.aliases().size(); i++) {
      e = body(gazetteer, actor.aliases().get(i));
    }
    return e;
  }

  private static Optional<GazetteerEntry> body(Gazetteer gazetteer, String name) {
    Optional<GazetteerEntry> e = gazetteer.find(name);
    if (e.isEmpty() && name.startsWith("the ")) {
      e = gazetteer.find(name.substring(4));
    }
    return e.filter(x -> x.kind() == EntryKind.ORGANIZATION || x.kind() == EntryKind.GROUP);
  }

  private List<String> types(GazetteerEntry entry) {
    List<String> own = entries.get(entry.name());
    if (own != null) {
      return own;
    }
    String what = entry.kind() == EntryKind.GROUP ? "GROUP"
        : entry.country().isPresent() ? "ORGANIZATION" : "IGO";
    return defaults.getOrDefault(what, List.of());
  }

  private static Optional<ActorCode> build(Optional<String> country, List<String> types) {
    if (country.isEmpty() && types.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ActorCode.Builder().country(country).addAllTypes(types).build());
  }

  private static ActorCodes read(Reader reader) throws IOException {
    Map<String, List<String>> titles = new HashMap<>();
    Map<String, List<String>> defaults = new HashMap<>();
    Map<String, List<String>> entries = new HashMap<>();
    for (TsvLines.Line line : TsvLines.read(reader)) {
      String[] c = line.cells;
      if (c.length != 3 || c[1].isBlank()) {
        throw line.error("actor-types.tsv", "expected rule<TAB>key<TAB>types");
      }
      List<String> types = new ArrayList<>();
      if (!c[2].equals("-")) {
        for (String t : c[2].split("\\|")) {
          if (!t.matches("[A-Z]{3}")) {
            throw line.error("actor-types.tsv", "a type is three capital letters, got '" + t + "'");
          }
          types.add(t);
        }
      }
      if (types.size() > 3) {
        throw line.error("actor-types.tsv", "at most three types, got " + types.size());
      }
      Map<String, List<String>> target;
      switch (c[0]) {
        case "title":
          target = titles;
          break;
        case "default":
          if (!List.of("ORGANIZATION", "IGO", "GROUP").contains(c[1])) {
            throw line.error("actor-types.tsv", "a default is for ORGANIZATION, IGO or GROUP, got '" + c[1] + "'");
          }
          target = defaults;
          break;
        case "entry":
          target = entries;
          break;
        default:
          throw line.error("actor-types.tsv", "a rule is title, default or entry, got '" + c[0] + "'");
      }
      if (target.putIfAbsent(c[1], List.copyOf(types)) != null) {
        throw line.error("actor-types.tsv", "a second " + c[0] + " rule for '" + c[1] + "'");
      }
    }
    return new ActorCodes(titles, defaults, entries);
  }
}
