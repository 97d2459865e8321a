package io.github.newsevents.extract;

import io.github.newsevents.gazetteer.GazetteerEntry;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An actor while the stages still build it up; becomes an {@code Actor} at the end. */
final class ActorRec {
  final ActorKind kind;
  String name;
  final GazetteerEntry entry; // null for people and unknown organisations
  final Set<String> titles = new LinkedHashSet<>();
  final Set<String> titleClasses = new LinkedHashSet<>();
  /** Canonical names of the gazetteer titles held ("president", "spokesperson"). */
  final Set<String> titleNames = new LinkedHashSet<>();
  final Set<String> forms = new LinkedHashSet<>();
  final List<Span> mentions = new ArrayList<>();
  String country;
  String affiliation;
  boolean unnamed;
  /**
   * A non-state armed group named by a noun of insurgency ("Peruvian rebels", "the Shining Dawn
   * guerrillas"): a side of its own, which fights its state and never stands for it.
   */
  boolean armed;
  /** 'M' or 'F' when an honorific says so ("Mr", "Ms"), else 0; for resolving he and she. */
  char gender;
  String id;
  /** Position of the first mention, for stable ordering. */
  int firstPara = Integer.MAX_VALUE;
  int firstToken;

  ActorRec(ActorKind kind, String name, GazetteerEntry entry) {
    this.kind = kind;
    this.name = name;
    this.entry = entry;
  }

  String surname() {
    int sp = name.lastIndexOf(' ');
    return sp < 0 ? name : name.substring(sp + 1);
  }

  String firstName() {
    int sp = name.indexOf(' ');
    return sp < 0 ? null : name.substring(0, sp);
  }

  /**
   * Whether this is a non-state group that fights or takes sides: one the article names by a noun of
   * insurgency, or one of the gazetteer's armed and political groups.
   */
  boolean armedOrListedGroup() {
    return kind == ActorKind.GROUP && (armed || entry != null);
  }

  void seen(int para, int token) {
    if (para < firstPara || (para == firstPara && token < firstToken)) {
      firstPara = para;
      firstToken = token;
    }
  }

  @Override
  public String toString() {
    return kind + ":" + name;
  }
}
