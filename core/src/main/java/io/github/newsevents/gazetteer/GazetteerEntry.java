package io.github.newsevents.gazetteer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry of the {@link Gazetteer}: a kind, a canonical name, an optional code and the other
 * names it goes by. Immutable. For a {@link EntryKind#TITLE} the code is the title's class
 * ({@code minister}, {@code spokesperson}); for every other kind it is an ISO 3166-1 alpha-3
 * country code.
 */
public final class GazetteerEntry {
  private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");

  private final EntryKind kind;
  private final String name;
  private final String code;
  private final List<String> aliases;
  private final List<String> demonyms;
  private final List<String> capitals;
  /** Computed once: the extractor keys its actors by entry, several times per article. */
  private final int hash;
  /** Made once: the extractor asks for them at every mention. */
  private final Optional<String> country;
  private final Optional<String> titleClass;

  private GazetteerEntry(
      EntryKind kind, String name, String code, List<String> aliases, List<String> demonyms,
      List<String> capitals) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.name = Objects.requireNonNull(name, "name").strip();
    this.code = code == null || code.isBlank() ? null : code.strip();
    this.aliases = clean(aliases, "aliases");
    this.demonyms = clean(demonyms, "demonyms");
    this.capitals = clean(capitals, "capitals");
    if (this.name.isEmpty()) {
      throw new IllegalArgumentException("GazetteerEntry.name must not be blank");
    }
    if (this.code != null && kind != EntryKind.TITLE && !ALPHA3.matcher(this.code).matches()) {
      throw new IllegalArgumentException(
          "GazetteerEntry.country of '" + name + "' must be an ISO 3166-1 alpha-3 code, got '" + code + "'");
    }
    if (kind == EntryKind.STATE && this.code == null) {
      throw new IllegalArgumentException("GazetteerEntry.country of state '" + name + "' is required");
    }
    if (kind != EntryKind.STATE && (!this.demonyms.isEmpty() || !this.capitals.isEmpty())) {
      throw new IllegalArgumentException(
          "GazetteerEntry '" + name + "': only a STATE has demonyms and capitals");
    }
    this.country = kind == EntryKind.TITLE ? Optional.empty() : Optional.ofNullable(this.code);
    this.titleClass = kind == EntryKind.TITLE ? Optional.ofNullable(this.code) : Optional.empty();
    this.hash = Objects.hash(kind, this.name, this.code, this.aliases, this.demonyms, this.capitals);
  }

  private static List<String> clean(List<String> values, String what) {
    Objects.requireNonNull(values, what);
    return values.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** A state with its ISO alpha-3 code, other names, demonyms and capitals. */
  public static GazetteerEntry state(
      String name, String iso3, List<String> aliases, List<String> demonyms, List<String> capitals) {
    return new GazetteerEntry(EntryKind.STATE, name, iso3, aliases, demonyms, capitals);
  }

  /**
   * An entry of any kind but {@link EntryKind#STATE}; {@code code} is a country code (or the title
   * class for a title), {@code null} when none.
   */
  public static GazetteerEntry of(EntryKind kind, String name, String code, List<String> aliases) {
    return new GazetteerEntry(kind, name, code, aliases, List.of(), List.of());
  }

  public EntryKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  /** The ISO 3166-1 alpha-3 country code, for every kind but {@link EntryKind#TITLE}. */
  public Optional<String> country() {
    return country;
  }

  /** A title's class ({@code minister}, {@code envoy}), for {@link EntryKind#TITLE} only. */
  public Optional<String> titleClass() {
    return titleClass;
  }

  public List<String> aliases() {
    return aliases;
  }

  public List<String> demonyms() {
    return demonyms;
  }

  public List<String> capitals() {
    return capitals;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof GazetteerEntry)) {
      return false;
    }
    GazetteerEntry e = (GazetteerEntry) o;
    return kind == e.kind && name.equals(e.name) && Objects.equals(code, e.code)
        && aliases.equals(e.aliases) && demonyms.equals(e.demonyms) && capitals.equals(e.capitals);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return kind + " " + name + (code == null ? "" : " (" + code + ")");
  }
}
