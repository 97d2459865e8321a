package io.github.newsevents.gazetteer;

import io.github.newsevents.internal.TsvLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The dictionary of states, institutions, organisations, groups, places, platforms and titles that
 * the extractors use. Immutable and thread-safe; {@link #defaults()} is loaded once.
 *
 * <h2>Resource format</h2>
 *
 * <p>UTF-8 text, one entry per line, cells separated by a tab; lines starting with {@code #} and
 * blank lines are ignored; lists inside a cell are separated by {@code |}. The cells are:
 *
 * <ol>
 *   <li>kind: {@code STATE}, {@code ORGANIZATION}, {@code GROUP}, {@code TITLE}, {@code PLACE} or
 *       {@code PLATFORM} (see {@link EntryKind});
 *   <li>the canonical name ({@code Russia}; a title in lower case: {@code foreign minister});
 *   <li>an ISO 3166-1 alpha-3 country code, or for a title its class ({@code minister});
 *   <li>aliases, written as in running text ({@code US|U.S.|America});
 *   <li>demonyms, for a state ({@code Russian|Russians});
 *   <li>capitals, for a state ({@code Kyiv|Kiev}): in news they stand for its government.
 * </ol>
 *
 * <p>Example: to teach the extractor a new organisation, or to give an existing name another
 * meaning, add an entry; an entry with the kind and name of an existing one replaces it:
 *
 * <pre>{@code
 * Gazetteer gazetteer = Gazetteer.defaults().toBuilder()
 *     .add(GazetteerEntry.of(EntryKind.ORGANIZATION, "Arctic Council", null, List.of()))
 *     .build();
 * }</pre>
 */
public final class Gazetteer {
  private static final String RESOURCE = "/io/github/newsevents/gazetteer/gazetteer.tsv";

  private static final class Default {
    static final Gazetteer INSTANCE = load();

    private static Gazetteer load() {
      try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  private final List<GazetteerEntry> entries;
  private final Map<String, GazetteerEntry> byName; // names and aliases of non-title entries
  private final Map<String, GazetteerEntry> byCapital;
  private final Map<String, GazetteerEntry> byDemonym;
  private final Map<String, GazetteerEntry> byTitle; // lower-case title forms
  private final Map<String, GazetteerEntry> stateByCode; // the first state of each ISO3 code

  private Gazetteer(Collection<GazetteerEntry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, GazetteerEntry> names = new HashMap<>();
    Map<String, GazetteerEntry> capitals = new HashMap<>();
    Map<String, GazetteerEntry> demonyms = new HashMap<>();
    Map<String, GazetteerEntry> titles = new HashMap<>();
    Map<String, GazetteerEntry> states = new HashMap<>();
    // later entries win, so a user's entry overrides a default one that shares a name
    for (GazetteerEntry e : this.entries) {
      if (e.kind() == EntryKind.TITLE) {
        titles.put(e.name().toLowerCase(Locale.ROOT), e);
        for (String a : e.aliases()) {
          titles.put(a.toLowerCase(Locale.ROOT), e);
        }
        continue;
      }
      if (e.kind() == EntryKind.STATE) {
        states.putIfAbsent(e.country().orElse(""), e); // the first, as a scan of the entries finds it
      }
      names.put(e.name(), e);
      for (String a : e.aliases()) {
        names.put(a, e);
      }
      for (String c : e.capitals()) {
        capitals.put(c, e);
      }
      for (String d : e.demonyms()) {
        demonyms.put(d, e);
      }
    }
    this.byName = Collections.unmodifiableMap(names);
    this.byCapital = Collections.unmodifiableMap(capitals);
    this.byDemonym = Collections.unmodifiableMap(demonyms);
    this.byTitle = Collections.unmodifiableMap(titles);
    this.stateByCode = Collections.unmodifiableMap(states);
  }

  /** The embedded gazetteer, loaded once from the library's resource. */
  public static Gazetteer defaults() {
    return Default.INSTANCE;
  }

  /** A gazetteer of exactly these entries (later ones win where names collide). */
  public static Gazetteer of(Collection<GazetteerEntry> entries) {
    Objects.requireNonNull(entries, "entries");
    return new Gazetteer(entries);
  }

  /**
   * Reads a gazetteer in the resource format above.
   *
   * @throws IllegalArgumentException naming the line of a malformed entry
   */
  public static Gazetteer parse(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader");
    List<GazetteerEntry> out = new ArrayList<>();
    for (TsvLines.Line line : TsvLines.read(reader)) {
      String[] cells = Arrays.copyOf(line.cells, 6);
      try {
        EntryKind kind = EntryKind.valueOf(cells[0].strip());
        if (cells[1] == null) {
          throw new IllegalArgumentException("no name");
        }
        out.add(kind == EntryKind.STATE
            ? GazetteerEntry.state(cells[1], cells[2], list(cells[3]), list(cells[4]), list(cells[5]))
            : GazetteerEntry.of(kind, cells[1], cells[2], list(cells[3])));
      } catch (IllegalArgumentException e) {
        IllegalArgumentException error = line.error("gazetteer", e.getMessage());
        error.initCause(e);
        throw error;
      }
    }
    return new Gazetteer(out);
  }

  private static List<String> list(String cell) {
    return cell == null || cell.isBlank() ? List.of() : Arrays.asList(cell.split("\\|"));
  }

  /** Every entry, in order. */
  public List<GazetteerEntry> entries() {
    return entries;
  }

  /** The entry (not a title) that has {@code name} as its name or an alias; case-sensitive. */
  public Optional<GazetteerEntry> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The state whose capital (or seat of government) is {@code name}. */
  public Optional<GazetteerEntry> stateByCapital(String name) {
    return Optional.ofNullable(byCapital.get(name));
  }

  /** The state whose demonym is {@code word} ("Russian"). */
  public Optional<GazetteerEntry> stateByDemonym(String word) {
    return Optional.ofNullable(byDemonym.get(word));
  }

  /** The title entry for {@code title}, compared without case ("Foreign Minister"). */
  public Optional<GazetteerEntry> title(String title) {
    return Optional.ofNullable(byTitle.get(title.toLowerCase(Locale.ROOT)));
  }

  /** The state with ISO 3166-1 alpha-3 code {@code iso3}. */
  public Optional<GazetteerEntry> state(String iso3) {
    return Optional.ofNullable(stateByCode.get(iso3));
  }

  /** A builder that starts with this gazetteer's entries. */
  public Builder toBuilder() {
    return new Builder(entries);
  }

  /** Collects entries; an entry replaces an earlier one of the same kind and name. Not thread-safe. */
  public static final class Builder {
    private final LinkedHashMap<String, GazetteerEntry> entries = new LinkedHashMap<>();

    private Builder(List<GazetteerEntry> start) {
      start.forEach(this::add);
    }

    /**
     * Adds an entry, replacing an earlier one of the same kind and name.
     *
     * @param entry the entry to add
     * @return this builder
     * @throws NullPointerException if {@code entry} is null
     */
    public Builder add(GazetteerEntry entry) {
      Objects.requireNonNull(entry, "entry");
      entries.remove(key(entry.kind(), entry.name()));
      entries.put(key(entry.kind(), entry.name()), entry);
      return this;
    }

    /**
     * Removes the entry of this kind and name, if there is one (a title's name in any case).
     *
     * @param kind the kind of the entry
     * @param name the name of the entry
     * @return this builder
     * @throws NullPointerException if {@code kind} or {@code name} is null
     */
    public Builder remove(EntryKind kind, String name) {
      entries.remove(key(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(name, "name")));
      return this;
    }

    /**
     * Builds a gazetteer of the entries collected so far; the builder stays usable.
     *
     * @return a new, immutable gazetteer
     */
    public Gazetteer build() {
      return new Gazetteer(entries.values());
    }

    private static String key(EntryKind kind, String name) {
      return kind + "\t" + (kind == EntryKind.TITLE ? name.toLowerCase(Locale.ROOT) : name);
    }
  }
}
