package io.github.newsevents.extract;

import io.github.newsevents.internal.StringSet;
import io.github.newsevents.internal.Tokens;
import java.util.Set;

/**
 * The part a name plays in its clause, read the same way by every stage: whether a preposition
 * governs it (then it is an object, never the subject of the verb), whether it is a possessor
 * ("Moscow's envoy"), and where the subject of a verb may start. The statement stage asks it for
 * the subject of a verb of saying, the meeting and ceasefire stages (through {@link Clause} and
 * {@link EventStage}) for the sides of an event; a rule about where a name stands in its clause is
 * written once, here. (The roles a verb frame gives, mediator, proposer and host, are read by the
 * event stages: {@code EventStage.roleAgent}, {@code CeasefireStage}'s role verbs and {@code
 * MeetingStage}'s hosts.)
 *
 * <p>A preposition governs a name across what news English puts between them: a determiner, a
 * title and its modifiers, a possessor ("supported by Kenya's former leader X", "talks with the
 * Chinese foreign minister, X" stops at the comma). "Of" governs only the name right after it,
 * since it also joins a title ("Minister of Foreign Affairs X"). Every walk is bounded, so each
 * question costs a constant number of tokens.
 */
final class Roles {
  /** How many tokens a preposition may stand before the name it governs. */
  private static final int REACH = 7;

  /** Prepositions whose object is no subject of the clause's verb of saying. */
  static final Set<String> SAYING = StringSet.of(
      "with", "to", "by", "for", "against", "about", "from", "on", "between", "than", "of");

  /** Prepositions whose object is no subject of an event's clause: places, "with", "by", "between", "for". */
  static final Set<String> EVENT;

  static {
    java.util.HashSet<String> event = new java.util.HashSet<>(Lexicon.LOCATIVE);
    event.add("with");
    event.add("by");
    event.add("between");
    event.add("for");
    EVENT = Set.copyOf(event);
  }

  /** Role nouns that may stand, lower case, between a preposition and the name it governs. */
  private static final Set<String> ROLE_NOUNS = StringSet.of(
      "leader", "president", "minister", "premier", "envoy", "counterpart", "spokesman", "spokeswoman",
      "spokesperson", "chancellor", "king", "queen", "commander", "ambassador", "secretary", "negotiator");

  private Roles() {}

  /**
   * The index of the preposition of {@code prepositions} that governs the name starting at token
   * {@code k}, across a determiner, a title and a possessor; or -1.
   */
  static int governor(Tokens t, int k, Set<String> prepositions) {
    for (int j = k - 1; j >= 0 && j >= k - REACH; j--) {
      if (t.type(j) == Tokens.WORD) {
        String w = t.lower(j);
        if (prepositions.contains(w) && (j == k - 1 || !w.equals("of"))) {
          return j;
        }
        if (!(t.capitalised(j) || Lexicon.TITLE_MODIFIERS.contains(t.get(j)) || ROLE_NOUNS.contains(w)
            || w.equals("the") || w.equals("a") || w.equals("an"))) {
          return -1;
        }
      } else if (t.type(j) != Tokens.POSSESSIVE && !t.is(j, "-")) {
        return -1; // a comma, a quotation mark: the phrase ends
      }
    }
    return -1;
  }

  /**
   * Whether a preposition of {@code prepositions} governs the name starting at {@code k}. For
   * {@link #SAYING}, "according to" is no object: its object is the source that speaks.
   */
  static boolean governed(Tokens t, int k, Set<String> prepositions) {
    int j = governor(t, k, prepositions);
    return j >= 0 && !(prepositions == SAYING && j > 0 && t.is(j, "to") && t.isIgnoreCase(j - 1, "according"));
  }

  /** Whether the mention is a possessor: "Moscow's envoy", "the ministry's statement". */
  static boolean possessive(Tokens t, Mention m) {
    return m.to < t.size() && t.type(m.to) == Tokens.POSSESSIVE;
  }

  /** Words that open an adverbial phrase before a sentence's subject: "In line with ..., the US ...". */
  private static final Set<String> OPENERS = StringSet.of(
      "In", "After", "Following", "During", "Amid", "Despite", "Before", "Ahead", "Under", "As",
      "According", "Since", "Earlier", "Later", "On", "At", "Last", "With", "From", "For", "Besides");

  /**
   * Where the subject of the trigger's clause may start: after an opening adverbial phrase ("In
   * line with talks between A and B, the US ..."), and after the last "that" of a report ("the
   * Kremlin denied a report that Putin held a call with Trump").
   */
  static int subjectStart(Tokens t, int start, int trigger) {
    int comma = start < trigger ? openingComma(t, start, trigger) : -1;
    int s = comma >= 0 ? comma + 1 : start;
    for (int k = trigger - 1; k > s; k--) {
      if (t.is(k, "that") && k + 1 < trigger) {
        return k + 1;
      }
    }
    return s;
  }

  /**
   * The comma before {@code to} that closes an adverbial phrase opening the sentence at {@code start}
   * ("In line with ..., the US ..."), or -1 when the sentence opens otherwise or no comma comes.
   */
  static int openingComma(Tokens t, int start, int to) {
    if (t.type(start) != Tokens.WORD || !OPENERS.contains(t.get(start))) {
      return -1;
    }
    for (int k = start + 1; k < to; k++) {
      if (t.is(k, ",")) {
        return k;
      }
    }
    return -1;
  }

  /** Possessive determiners that open a coordinated title: "and his Chilean counterpart". */
  private static final Set<String> TITLE_DETERMINERS = StringSet.of("his", "her", "their", "its", "the");

  /**
   * Whether [from, to) is only the title of a coordinated person before their name: capitalised
   * words, title modifiers, role nouns, a possessive determiner ("and his Chilean counterpart, X";
   * "and Chilean Foreign Minister X"), and at most a comma as its last token (the apposition's).
   */
  static boolean titleBeforeName(Tokens t, int from, int to) {
    if (to - from > 7) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (t.is(k, ",") && k == to - 1 && k > from) {
        continue;
      }
      if (t.type(k) != Tokens.WORD || !(t.capitalised(k) || Lexicon.TITLE_MODIFIERS.contains(t.get(k))
          || ROLE_NOUNS.contains(t.get(k)) || TITLE_DETERMINERS.contains(t.get(k)))) {
        return false;
      }
    }
    return true;
  }
}
