package io.github.newsevents.extract;

import io.github.newsevents.gazetteer.EntryKind;
import io.github.newsevents.internal.StringSet;
import io.github.newsevents.internal.Tokens;
import io.github.newsevents.internal.VocabularySet;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.Place;
import io.github.newsevents.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What the meeting and ceasefire stages share: clause bounds, modality, participants, places. */
abstract class EventStage {
  static final Set<String> NEGATIONS = StringSet.copyOf(Arrays.asList(
      "no", "not", "never", "denied", "deny", "denies", "without", "n't", "nor", "neither"));
  static final Set<String> POSSIBLE = StringSet.copyOf(Arrays.asList(
      "could", "may", "might", "possible", "possibly", "theoretically", "potential", "perhaps",
      "likely", "consider", "considering", "mulling", "proposed", "suggested", "open", "propose",
      "proposes", "proposing", "suggest", "suggests", "suggesting",
      // an offer or an invitation is one side's: "offered to host talks", "an invitation to visit"
      "offered", "offers", "offering", "invitation", "invited",
      // "left the door open for future talks": talks of some day, not held
      "future", "eventual"));
  /** Words after which a place is what was discussed ("talks focused on shipping in the Arctic"). */
  static final Set<String> TOPIC_MARKERS = StringSet.of(
      "focused", "focusing", "centred", "centered", "discuss", "discussed", "discussing", "about");

  /** Keys of {@link Doc.Para#positions}: commas and dashes; quotation marks; those and the words that end a stretch. */
  private static final Object COMMAS = new Object();
  private static final Object QUOTES = new Object();
  private static final Object CLAUSE_BREAKS = new Object();
  /** Keys of {@link Doc.Para#positions}: semicolons and colons; the word "according". */
  private static final Object CLAUSE_MARKS = new Object();
  private static final Object ACCORDING = new Object();

  /** Subject pronouns that, after "and", open a clause of their own. */
  private static final Set<String> PRONOUN_SUBJECTS = StringSet.of("he", "she", "they", "we", "it");
  /** Words that, after "and", open a clause of their own rather than continue a list. */
  static final Set<String> CLAUSE_OPENERS = StringSet.of("the", "a", "an", "it", "he", "she", "they", "we", "this", "that");

  /** Words that end a coordinated list of participants. */
  static final Set<String> STOP = StringSet.copyOf(Arrays.asList(
      "was", "were", "is", "are", "has", "had", "have", "will", "would", "could", "can", "to", "on",
      "in", "at", "for", "after", "following", "that", "which", "who", "over", "about", "last",
      "this", "next", "earlier", "but", "amid", "as", "since", "during", "when", "where"));

  final PhraseIndex index;
  /** The word lists, the user's additions included. */
  final Words words;

  EventStage(PhraseIndex index, Words words) {
    this.index = index;
    this.words = words;
  }

  /**
   * Nouns of assistance: "with the help of X", "with support from X", "under the auspices of X",
   * "through the mediation of X": X helps the event come about, it is no side of it.
   */
  static final Set<String> ASSISTANCE = StringSet.of("help", "support", "backing", "assistance", "mediation",
      "facilitation", "auspices", "aegis", "encouragement");
  /**
   * The preposition before the helpers of a phrase of assistance that opens at {@code k} ("with the
   * help of X", "with help from X", "under the auspices of X", "thanks to the mediation of X"), or -1
   * when none opens there.
   */
  static int assistanceAt(Tokens t, int k) {
    // (asked of every token of a clause: compared in place, no lower-case String made)
    if (t.type(k) != Tokens.WORD || !(t.isIgnoreCase(k, "with") || t.isIgnoreCase(k, "under")
        || t.isIgnoreCase(k, "through") || t.isIgnoreCase(k, "thanks"))) {
      return -1;
    }
    int x = k + 1;
    if (t.isIgnoreCase(k, "thanks")) {
      if (x >= t.size() || !t.is(x, "to")) {
        return -1;
      }
      x++;
    }
    if (x < t.size() && (t.is(x, "the") || t.is(x, "a"))) {
      x++; // "with the help of", "with a push from"
    }
    if (x < t.size() && t.type(x) == Tokens.WORD && !t.capitalised(x) && x + 1 < t.size() && t.type(x + 1) == Tokens.WORD
        && ASSISTANCE.contains(t.lower(x + 1))) {
      x++; // one adjective: "with the active support of", "with military backing from"
    }
    if (x + 1 >= t.size() || t.type(x) != Tokens.WORD || !ASSISTANCE.contains(t.lower(x))) {
      return -1;
    }
    return t.is(x + 1, "of") || t.is(x + 1, "from") || t.is(x + 1, "by") ? x + 1 : -1;
  }

  /** Verbs whose passive agent proposes an event rather than taking part: "a truce offered by X". */
  static final Set<String> PROPOSING_VERBS = StringSet.of("proposed", "offered", "suggested", "forward");

  /**
   * Whether "by" at {@code k} introduces the agent of a role, not the sides: "a truce brokered by
   * X", "talks facilitated by X", "a plan put forward by X".
   */
  boolean roleAgent(Tokens t, int k) {
    if (k < 1 || !t.is(k, "by") || t.type(k - 1) != Tokens.WORD) {
      return false;
    }
    String w = lower(t, k - 1);
    return PROPOSING_VERBS.contains(w) || words.all(WordList.MEDIATION).contains(w);
  }

  /** Lower-case word at i, or "" for marks. */
  static String lower(Tokens t, int i) {
    return t.type(i) == Tokens.PUNCT || t.type(i) == Tokens.QUOTE ? "" : t.lower(i);
  }

  /**
   * How far a clause reaches on either side of its trigger, in tokens: news sentences are shorter,
   * and the bound keeps every window scan of the stages constant, so extraction stays linear in
   * one huge paragraph or sentence.
   */
  static final int CLAUSE_REACH = 80;

  /**
   * The clause around token {@code i}, as {@code {from, to}}: its sentence, from after the last
   * semicolon or colon before {@code i} to the first semicolon after it, at most {@link
   * #CLAUSE_REACH} tokens either side.
   */
  static int[] clause(Doc.Para p, int i) {
    int s = p.sentenceOf(i);
    int from = Math.max(p.sentenceStart(s), i - CLAUSE_REACH);
    int to = Math.min(p.sentenceEnd(s), i + CLAUSE_REACH);
    Tokens t = p.tokens;
    // only the semicolons and colons: found once per paragraph, not read again for every trigger
    int[] marks = p.positions(CLAUSE_MARKS, k -> t.is(k, ";") || t.is(k, ":"));
    for (int j = Doc.Para.first(marks, i) - 1; j >= 0 && marks[j] > from; j--) {
      int k = marks[j];
      char c = t.firstChar(k); // (every token, the first times a paragraph is asked: one read for both marks)
      if ((c == ';' || c == ':') && (t.is(k, ";") || t.is(k, ":"))) {
        from = k + 1;
        break;
      }
    }
    for (int j = Doc.Para.first(marks, i + 1); j < marks.length && marks[j] < to; j++) {
      int k = marks[j];
      if (t.is(k, ";")) {
        to = k;
        break;
      }
    }
    return new int[] {from, to};
  }

  static boolean anyIn(Tokens t, int from, int to, Set<String> words) {
    return KnownWords.anyIn(t, from, to, words); // bits over the vocabulary for the lists known at start-up
  }

  /** Verbs that refuse what they take as object: "rejected talks", "spurned a truce". */
  private static final Set<String> REJECTING = StringSet.of("rejected", "rejects", "reject", "rejecting", "spurned",
      "spurns", "snubbed", "vetoed", "vetoes", "dismissed");
  /** The verbs of the phrasal refusals "rule out" and "turn down", before their particle. */
  private static final Set<String> RULE = StringSet.of("rule", "rules", "ruled", "ruling");
  private static final Set<String> TURN = StringSet.of("turn", "turns", "turned", "turning");
  /** Words between a verb and the event noun it takes as object: "ruled out any direct talks". */
  private static final Set<String> OBJECT_MODIFIERS = StringSet.of("a", "an", "the", "any", "further", "new", "direct",
      "formal", "such", "another", "fresh", "peace", "bilateral", "proposed", "planned", "possible", "immediate",
      "his", "her", "their", "its", "our", "face-to-face", "one-on-one", "early", "temporary", "humanitarian",
      "limited", "partial", "nationwide", "unconditional", "lasting", "permanent", "comprehensive", "general", "full");

  /** Units of time that make a compound adjective of how long an event lasted: "two-day", "three-hour". */
  private static final Set<String> LASTING_UNITS = StringSet.of("long", "day", "hour", "week", "month", "minute");

  /** Whether {@code w} says how long an event lasted: "week-long", "two-day", "12-hour", "day-long". */
  static boolean lasting(String w) {
    int dash = w.lastIndexOf('-');
    return dash > 0 && dash < w.length() - 1 && LASTING_UNITS.contains(w.substring(dash + 1));
  }


  /**
   * Whether a verb of refusal takes the event word at {@code trigger} as its object: "ruled out a
   * meeting", "rejected any talks", "turned down a truce" (the event is refused, not held or agreed).
   */
  static boolean refusedObject(Tokens t, int trigger, int from) {
    int k = trigger - 1;
    while (k >= from && k >= trigger - 4 && t.type(k) == Tokens.WORD
        && (Bits.OBJECT_MODIFIERS.containsLower(t, k) || lasting(lower(t, k)))) { // ("a ten-day truce")
      k--;
    }
    if (k < from || t.type(k) != Tokens.WORD) {
      return false;
    }
    if (k - 1 > from && (t.is(k, "for") || t.is(k, "of")) && OFFER_NOUNS.contains(lower(t, k - 1))) {
      // "turned down a Thai proposal for a ten-day truce", "rejected Chile's offer of talks": the
      // answer to the offer is the answer to what it offers; its proposer may stand before the noun
      k -= 2;
      int stop = Math.max(from, k - 4);
      while (k >= stop && (t.type(k) == Tokens.POSSESSIVE || t.type(k) == Tokens.WORD
          && (t.capitalised(k) || Bits.OBJECT_MODIFIERS.containsLower(t, k)))) {
        k--;
      }
      if (k < from || t.type(k) != Tokens.WORD) {
        return false;
      }
    }
    if (REJECTING.contains(lower(t, k))) {
      return true;
    }
    return k - 1 >= from && (t.is(k, "out") && RULE.contains(lower(t, k - 1)) || t.is(k, "down") && TURN.contains(lower(t, k - 1)));
  }

  /** Nouns of an offer whose content follows with "for" or "of": "a proposal for a truce", "an offer of talks". */
  static final Set<String> OFFER_NOUNS = StringSet.of("proposal", "proposals", "offer", "offers", "plan", "plans",
      "call", "calls", "bid", "initiative");

  /** Words after "by" that make it a measure, not an agent: "extended by 48 hours", "by a week", "by two days". */
  private static final Set<String> MEASURE_WORDS = StringSet.of("a", "an", "one", "two", "three", "four", "five", "six",
      "seven", "ten", "another", "several", "some", "up", "at", "more");

  /** Whether the "by" at {@code k} opens a measure ("by 48 hours") rather than an agent. */
  private static boolean measure(Tokens t, int k) {
    return k + 1 < t.size() && (t.type(k + 1) == Tokens.NUMBER || MEASURE_WORDS.contains(lower(t, k + 1)));
  }

  /** Participants named after the trigger: "between A and B", "with A", or "by A". */
  List<ActorRec> between(ActorStage.Result actors, Doc.Para p, int trigger, int to) {
    Tokens t = p.tokens;
    List<ActorRec> out = new ArrayList<>();
    for (int k = trigger + 1; k < to; k++) {
      char c = t.firstChar(k);
      if (c != 'b' && c != 'w' && c != 'a' && c != 'o') {
        continue; // (every word of the window: the first letters of the words below turn most away)
      }
      // ("a new round of talks between A and B": "between" may stand further off, after "of" and a noun)
      // ("with the help of X": a helper, no side; the sides may still follow: "between A and B")
      boolean near = k < trigger + 6 && (t.is(k, "between") || t.is(k, "with") && assistanceAt(t, k) < 0
          || t.is(k, "by") && !roleAgent(t, k)
          && !measure(t, k)
          || t.is(k, "among")
          // "a truce of Peru and Chile"; not "a cessation of hostilities (between A and B)"
          || t.is(k, "of") && k + 1 < t.size() && !(t.type(k + 1) == Tokens.WORD && !t.capitalised(k + 1)))
          || k < trigger + 9 && k > 2 && t.is(k, "between") && t.is(k - 2, "of") && t.type(k - 1) == Tokens.WORD;
      boolean attended = t.is(k, "by") && (t.is(k - 1, "attended") || t.is(k - 1, "joined"));
      if (near || attended) {
        return listAfter(actors, p, k, to);
      }
    }
    return out;
  }

  /** Whether a title ("chairman", "foreign minister") starts in [from, to). */
  private boolean titleIn(Tokens t, int from, int to) {
    for (int x = from; x < to; x++) {
      if (t.type(x) == Tokens.WORD && index.title(t, x) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The actors of the coordinated noun phrases after the preposition at {@code k} ("between A
   * and B", "by A, B and C"): up to the first comma or function word after a name.
   */
  List<ActorRec> listAfter(ActorStage.Result actors, Doc.Para p, int k, int to) {
    Tokens t = p.tokens;
    List<ActorRec> out = new ArrayList<>();
    int end = Math.min(to, k + 18);
    boolean seen = false;
    for (int x = k + 1; x < end; x++) {
      if (seen && t.is(x, ",") && listComma(t, x)) {
        continue; // "between Russia, Ukraine and the United States"
      }
      if (seen && (t.is(x, ",") || t.type(x) == Tokens.WORD && STOP.contains(t.get(x)))) {
        end = x;
        break;
      }
      if (!seen && (t.is(x, "in") || t.is(x, "at"))) {
        end = x; // "with mediators in Peru": the companions are unnamed; Peru is where
        break;
      }
      List<Mention> ms = actors.mentions.get(p.index);
      for (int j = Mention.first(ms, x); j < ms.size() && ms.get(j).from <= x; j++) {
        Mention m = ms.get(j); // x may grow: a mention starting at this one's last token is read too
        if (m.from == x) {
          seen = true;
          x = Math.max(x, m.to - 1); // "High Council for National Reconciliation": one name
        }
      }
    }
    boolean person = false;
    for (Mention m : Mention.starting(actors.mentions.get(p.index), k + 1, end)) {
      if (m.from > k && m.from < end && !titleInside(actors, p, m) && !possessor(t, m) && !cityOfADocument(t, m)) {
        add(out, m.actor);
        person |= m.actor.kind == ActorKind.PERSON;
      }
    }
    if (!person && end + 1 < to && t.is(end, ",") && titleIn(t, k + 1, end)) {
      // "with the chairman of the Reconciliation Council, Abdullah Abdullah": the title's holder
      // (not "talks between Peru and Chile, Garcia said": a list without a title has no holder)
      for (Mention m : Mention.starting(actors.mentions.get(p.index), end + 1, end + 2)) {
        if (m.from == end + 1 && m.actor.kind == ActorKind.PERSON) {
          out.clear();
          out.add(m.actor);
          break;
        }
      }
    }
    return out;
  }

  /** The first actor of the trigger's sentence, outside quotes, that is not a place or an object. */
  static ActorRec sentenceSubject(ActorStage.Result actors, Doc.Para p, int trigger, boolean statePossessives) {
    int sentenceStart = p.sentenceStart(p.sentenceOf(trigger));
    int start = Roles.subjectStart(p.tokens, sentenceStart, trigger);
    ActorRec a = firstActor(actors, p, start, trigger, statePossessives);
    // "Russia's negotiator said that peace talks with Ukraine ...": no one after "that", so the
    // reporter, who speaks for a side
    return a != null || start == sentenceStart ? a : firstActor(actors, p, sentenceStart, trigger, statePossessives);
  }

  private static ActorRec firstActor(ActorStage.Result actors, Doc.Para p, int start, int trigger, boolean statePossessives) {
    Tokens t = p.tokens;
    for (Mention m : Mention.starting(actors.mentions.get(p.index), start, trigger)) {
      if (m.from >= start && m.to <= trigger && !m.quoted && !titleInside(actors, p, m)
          && !((!statePossessives || m.actor.kind == ActorKind.PERSON) && m.to < t.size()
              && t.type(m.to) == Tokens.POSSESSIVE)
          && !(m.from > 0 && (Lexicon.LOCATIVE.contains(lower(t, m.from - 1)) || t.is(m.from - 1, "with")))) {
        return m.actor;
      }
    }
    return null;
  }

  /**
   * Whether every mention of {@code a} in the trigger's sentence stands in an opening adverbial
   * phrase that a comma closes before the trigger ("Following an intervention from Turkey, Armenia
   * and Azerbaijan agreed to a truce"): the phrase sets the scene; the sides are the main clause's.
   */
  static boolean onlyInOpeningPhrase(ActorStage.Result actors, Doc.Para p, ActorRec a, int trigger) {
    Tokens t = p.tokens;
    int start = p.sentenceStart(p.sentenceOf(trigger));
    if (start >= trigger) {
      return false;
    }
    int comma = Roles.openingComma(t, start, Math.min(trigger, start + 20));
    if (comma < 0) {
      return false;
    }
    boolean inside = false;
    for (Mention m : actors.of(a, p.index)) {
      if (m.from >= trigger) {
        break;
      }
      if (m.actor != a || m.from < start) {
        continue;
      }
      if (m.from > comma) {
        return false;
      }
      inside = true;
    }
    return inside;
  }

  /** "Trump's special envoy Steve Witkoff": Trump only qualifies the envoy. */
  boolean possessor(Tokens t, Mention m) {
    if (m.to >= t.size() || t.type(m.to) != Tokens.POSSESSIVE) {
      return false;
    }
    boolean title = false;
    int k = m.to + 1;
    int reach = m.to + 6;
    while (k < Math.min(t.size(), reach)) {
      PhraseIndex.Match tm = index.title(t, k);
      if (tm != null) {
        title = true;
        k = tm.to;
      } else if (Lexicon.TITLE_MODIFIERS.contains(t.get(k))) {
        k++;
      } else if (title && t.is(k, "and") && reach == m.to + 6 && k + 1 < t.size() && index.title(t, k + 1) != null) {
        // "Qatar's Deputy Prime Minister and Foreign Minister X": two titles of one holder
        k++;
        reach = k + 6;
      } else {
        break;
      }
    }
    if (title && m.from >= 2 && t.is(m.from - 1, ",") && t.type(m.from - 2) == Tokens.WORD && t.capitalised(m.from - 2)
        && (k >= t.size() || t.type(k) == Tokens.PUNCT)) {
      return true; // "Tomas Reyval, Estonia's foreign minister,": the holder named before, in apposition
    }
    if (title && k < t.size() && t.is(k, ",")) {
      k++; // "China's president, Xi Jinping"
    }
    return title && k < t.size() && t.capitalised(k);
  }

  /** Actors named in [from, to) that are not places nor parts of a person's title. */
  List<ActorRec> named(ActorStage.Result actors, Doc.Para p, int from, int to) {
    return named(actors, p, from, to, false);
  }

  /**
   * Actors named in [from, to), as {@link #named(ActorStage.Result, Doc.Para, int, int)}; with
   * {@code placesOut}, also none inside a longer locative phrase ({@link #inPlacePhrase}): where a
   * meeting takes place is not who meets.
   */
  List<ActorRec> named(ActorStage.Result actors, Doc.Para p, int from, int to, boolean placesOut) {
    List<ActorRec> out = new ArrayList<>();
    Tokens t = p.tokens;
    int[] according = p.positions(ACCORDING, k -> t.is(k, "according"));
    for (int j = Doc.Para.first(according, from); j < according.length && according[j] + 1 < to; j++) {
      int k = according[j];
      if (t.is(k, "according") && t.is(k + 1, "to")) {
        to = k; // "..., according to a draft obtained by Kyodo News": the source, not a party
        break;
      }
    }
    for (Mention m : Mention.starting(actors.mentions.get(p.index), from, to)) {
      if (m.from >= from && m.to <= to && namedParty(actors, p, m, placesOut)) {
        add(out, m.actor);
      }
    }
    return out;
  }

  /**
   * Whether {@code m} counts for {@link #named}: not a title's word, a possessor, excluded, nor a
   * place after a locative word (nor, with {@code placesOut}, inside a locative phrase). Worked out
   * once per mention ({@link Mention#named}): in a long paragraph every trigger's window asks it of
   * the same mentions.
   */
  private boolean namedParty(ActorStage.Result actors, Doc.Para p, Mention m, boolean placesOut) {
    if (m.named == 0) {
      Tokens t = p.tokens;
      int bits = Mention.NAMED_KNOWN;
      if (!titleInside(actors, p, m) && !possessor(t, m) && !excluded(t, m.from)) {
        boolean placeLike = m.actor.kind != ActorKind.PERSON && m.from > 0;
        if (!(placeLike && Lexicon.LOCATIVE.contains(lower(t, m.from - 1)) && !t.is(m.from - 1, "of")
            && !t.is(m.from - 1, "to") && !t.is(m.from - 1, "with")) && !cityOfADocument(t, m)) {
          bits |= Mention.NAMED_PARTY;
        }
        if (placeLike && inPlacePhrase(t, m.from)) {
          bits |= Mention.NAMED_IN_PLACE;
        }
      }
      m.named = (byte) bits;
    }
    return (m.named & Mention.NAMED_PARTY) != 0 && !(placesOut && (m.named & Mention.NAMED_IN_PLACE) != 0);
  }

  /**
   * Nouns of texts, processes and bodies named after the city where they were made: "the Minsk
   * agreements", "the Minsk Group", "the Lima Group".
   */
  static final Set<String> NAMED_DOCUMENTS = StringSet.of("declaration", "agreement", "agreements", "accord", "accords",
      "process", "format", "memorandum", "protocol", "protocols", "communique", "framework", "roadmap", "understanding",
      "document", "charter", "formula", "platform", "principles", "group");

  /**
   * Whether a capital's name stands right before a noun of a document, process or body it names
   * ("the Khartoum declaration", "the Minsk agreements", "the Doha process", "the Minsk Group"):
   * where the text was made or the body named after, not a side.
   */
  static boolean cityOfADocument(Tokens t, Mention m) {
    // (a bit test, not the word's String: the discourse asks this of every mention of the article)
    if (m.to >= t.size() || m.actor.entry == null || !Bits.NAMED_DOCUMENTS.containsLower(t, m.to)) {
      return false;
    }
    String name = t.span(m.from, m.to);
    return m.actor.entry.capitals().contains(name);
  }

  /** Nouns of a place's kind, between "in the" and its name: "in the Cuban capital Havana". */
  static final Set<String> PLACE_NOUNS = StringSet.of("capital", "city", "town", "port", "resort",
      "region", "province", "border", "northern", "southern", "eastern", "western", "central", "coastal",
      "neighbouring", "neighboring", "holy");

  /**
   * A name inside a locative phrase further back than the word before it: a coordinated place ("in
   * Venezuela and Mexico", "in Quito, Lima and La Paz": the later ones too) or one after a place
   * noun ("in the Cuban capital Havana"). A place where an event happens is not one of its sides.
   * The walk back passes only names, commas after a name, "and", "or", "the" and place nouns, at
   * most six tokens.
   */
  static boolean inPlacePhrase(Tokens t, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
      if (t.is(k, "in") || t.is(k, "at") || t.is(k, "In") || t.is(k, "At")) {
        return k < i - 1;
      }
      // (a comma only inside a list of places that "and" or "or" closes before the name: "in Quito,
      // Bogota and La Paz"; not "In June, Peru and Chile held talks")
      boolean passes = t.is(k, "and") || t.is(k, "or") || t.is(k, "the")
          || t.is(k, ",") && k > 0 && t.capitalised(k - 1) && orBefore(t, k, i)
          || t.type(k) == Tokens.WORD && (t.capitalised(k) || PLACE_NOUNS.contains(t.get(k)));
      if (!passes) {
        return false;
      }
    }
    return false;
  }

  /** Whether "and" or "or" stands in (comma, name): the comma is inside a list the name closes. */
  private static boolean orBefore(Tokens t, int comma, int name) {
    for (int k = comma + 1; k < name; k++) {
      if (t.is(k, "and") || t.is(k, "or")) {
        return true;
      }
    }
    return false;
  }

  /**
   * An actor left out by "without" ("without mentioning the United States"), or named as the time
   * or foe of something else ("under the former president", "against Russia"), within three words.
   */
  private static boolean excluded(Tokens t, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (t.type(k) != Tokens.WORD) {
        return false;
      }
      if (t.is(k, "without") || t.is(k, "under") || t.is(k, "against")) {
        return true;
      }
      if (t.is(k, "of") && k > 0 && SETTING_NOUNS.contains(lower(t, k - 1))) {
        return true; // "on the sidelines of the UN General Assembly": the setting, not a side
      }
    }
    return false;
  }

  /** Nouns before "of" that name the setting of an event: "the sidelines of", "the margins of". */
  private static final Set<String> SETTING_NOUNS = StringSet.of("sidelines", "sideline", "margins", "margin");

  static void add(List<ActorRec> out, ActorRec a) {
    if (!out.contains(a)) {
      out.add(a);
    }
  }

  /** A state or organisation word that only qualifies a person ("Kremlin spokesperson Dmitry Peskov"). */
  static boolean titleInside(ActorStage.Result actors, Doc.Para p, Mention m) {
    if (m.titleInside == 0) {
      m.titleInside = (byte) (titleInsideOnce(actors, p, m) ? 2 : 1);
    }
    return m.titleInside == 2;
  }

  /** {@link #titleInside}, worked out (the mentions of {@code p} are final by then). */
  private static boolean titleInsideOnce(ActorStage.Result actors, Doc.Para p, Mention m) {
    if (m.actor.kind == ActorKind.PERSON) {
      return false;
    }
    Tokens t = p.tokens;
    if (m.to < t.size() && t.type(m.to) == Tokens.POSSESSIVE) {
      return false;
    }
    for (Mention o : Mention.starting(actors.mentions.get(p.index), m.to, m.to + 5)) {
      if (o.actor.kind == ActorKind.PERSON && o.from >= m.to && o.from - m.to <= 4) {
        boolean titleWords = true;
        for (int k = m.to; k < o.from; k++) {
          if (t.type(k) != Tokens.WORD || t.is(k, "and") || t.is(k, "with")) {
            titleWords = false;
          }
        }
        // "A U.S. envoy, Morgan Ortiz, is expected": the title's holder follows in apposition
        boolean apposition = !titleWords && o.from - m.to >= 2 && t.is(o.from - 1, ",")
            && Roles.titleBeforeName(t, m.to, o.from);
        if (titleWords || apposition) {
          return true;
        }
      }
    }
    return false;
  }

  /** The place a gazetteer match names, with its country when the gazetteer knows it. */
  static Place place(Tokens t, PhraseIndex.Match m) {
    String name = t.span(m.from, m.to);
    String country = m.entry().country().orElse(null);
    return country == null ? Place.of(name) : Place.of(name, country);
  }

  /** A place named "in X" in the clause: a gazetteer place or capital used as a location. */
  Place location(ActorStage.Result actors, Doc.Para p, int from, int to) {
    for (PhraseIndex.Match m : actors.places.get(p.index)) {
      if (m.from >= from && m.to <= to && !anyIn(p.tokens, Math.max(from, m.from - 6), m.from, TOPIC_MARKERS)) {
        return place(p.tokens, m);
      }
    }
    Tokens t = p.tokens;
    for (int k = from; k + 2 < to; k++) {
      // "in the Ecuadorian city of Guayaquil": a city the gazetteer does not know, named by the phrase
      if (t.is(k, "city") && t.is(k + 1, "of") && t.capitalised(k + 2) && !Lexicon.NOT_NAMES.contains(t.get(k + 2))
          && (k > from + 1 && t.is(k - 2, "in") || k > from + 2 && t.is(k - 3, "in"))) { // "in the (Ecuadorian) city of"
        int e = k + 2;
        while (e < to && e < k + 5 && t.type(e) == Tokens.WORD && t.capitalised(e)) {
          e++;
        }
        return Place.of(t.span(k + 2, e));
      }
    }
    for (int k = from; k + 1 < to && k < from + 3; k++) {
      if (t.is(k, "in") && t.capitalised(k + 1) && !Lexicon.NOT_NAMES.contains(t.get(k + 1))
          && Dates.month(t, k + 1) == 0) {
        PhraseIndex.Match m = index.name(t, k + 1);
        if (m != null && m.entry().kind() == EntryKind.STATE) {
          return Place.of(t.span(m.from, m.to), m.entry().country().get());
        }
      }
    }
    return null;
  }

  /** Forms of "be" that make a verb after them passive: "was announced". */
  private static final Set<String> PASSIVE_AUXILIARIES = StringSet.of("was", "were", "been", "being", "is", "are", "be");

  /**
   * Whether the trigger is the object right after a date ("agreed on Monday to an immediate
   * ceasefire", "announced on Sunday a truce"): an optional "to", a determiner, at most two more
   * words, then the trigger. Not "agreed on Monday to meet" (a verb: what was agreed is to come)
   * nor "announced on Monday that talks ..." (a clause reported).
   */
  private static boolean objectAfter(Tokens t, int at, int trigger) {
    int k = at < trigger && t.is(at, "to") ? at + 1 : at;
    if (k >= trigger || !(t.is(k, "a") || t.is(k, "an") || t.is(k, "the"))) {
      return false;
    }
    return trigger - k <= 3;
  }

  /** Verbs of saying that are also the event's own verb: their date dates the event they govern. */
  private static final Set<String> EVENT_VERBS = StringSet.of("agreed", "announced", "declared", "proposed", "offered",
      "accepted", "signed");

  static PartialDate date(Doc.Para p, int from, int to, LocalDate published, boolean future) {
    return date(p, from, to, published, future, -1);
  }

  /**
   * The first date in [from, to), skipping the date of a report ("said on Friday") and one after
   * "since", "until" or "till" (when a state began or ends); with {@code trigger} at or above 0, a
   * date right after the trigger first ("agreed to meet in June"), and never a date that determines
   * another event noun ("Friday's meeting followed recent talks in Quito": Friday is not when the
   * talks were) or follows one ("a call on July 4").
   */
  static PartialDate date(Doc.Para p, int from, int to, LocalDate published, boolean future, int trigger) {
    Tokens t = p.tokens;
    // only where a date may start: found once per paragraph, not read again for every trigger
    int[] starts = p.positions(Dates.class, k -> Dates.mayStart(t, k));
    if (trigger >= from && trigger < to) {
      // a date right after the trigger is its own ("spoke on Monday and agreed to meet in June": June
      // is the meeting's, Monday the call's), before any earlier one of the clause
      for (int j = Doc.Para.first(starts, trigger + 1); j < starts.length && starts[j] < Math.min(to, trigger + 4); j++) {
        int i = starts[j];
        boolean adjacent = i == trigger + 1 || i == trigger + 2 && (t.is(trigger + 1, "in") || t.is(trigger + 1, "on")
            || t.is(trigger + 1, "next") || t.is(trigger + 1, "this") || t.is(trigger + 1, "by"));
        Dates.Found own = adjacent ? Dates.at(t, i, to, published, future) : null;
        if (own != null) {
          return own.date;
        }
      }
    }
    int next = from;
    for (int j = Doc.Para.first(starts, from); j < starts.length && starts[j] < to; j++) {
      int i = starts[j];
      if (i < next || Dates.none(t, i)) {
        continue; // (every token, the first times a paragraph is asked: most are turned away here)
      }
      Dates.Found f = Dates.at(t, i, to, published, future);
      if (f == null) {
        continue;
      }
      if (future && pastVerbBefore(t, f.from, from)) {
        // "informed him on May 10 that a truce was possible": the date of a verb in the past tense
        // is past, whatever lies ahead of the event it reports
        Dates.Found past = Dates.at(t, i, to, published, false);
        f = past == null ? f : past;
      }
      if (f.from > from && (t.is(f.from - 1, "since") || t.is(f.from - 1, "until") || t.is(f.from - 1, "till"))) {
        // "allowed only envoys since October 2021": when a state began, not the event; "extended the
        // truce until May 12 in their May 10 call": when a state ends
        next = f.to;
        continue;
      }
      if (trigger >= 0 && afterAnotherEvent(p, f.from, from, trigger)) {
        next = f.to; // "during a call on July 4, ... a possible ceasefire": the call's date
        continue;
      }
      if (trigger >= 0 && datesAnotherEvent(p, f.to, to, trigger)) {
        next = f.to; // "Friday's meeting" dates that meeting, not the trigger's event
        continue;
      }
      // "said on Friday": the date of the report, not of the event
      int before = f.from - 1;
      if (before > from && (t.is(before, "on") || t.is(before, "last"))) {
        before--;
      }
      // (but "a truce was announced on Sunday", "was agreed on Sunday": the passive's subject is the event)
      // (nor "agreed on Monday to a truce", "announced on Sunday a ceasefire": a verb of the event
      // itself, whose object comes after the date, is dated by it)
      if (before >= from && t.type(before) == Tokens.WORD && Bits.SAYING.contains(t, before)
          && !(before > from && PASSIVE_AUXILIARIES.contains(t.get(before - 1)))
          && !(EVENT_VERBS.contains(t.get(before)) && (objectAfter(t, f.to, trigger)
              // "agreed on Monday to halt strikes": a truce's own verb after "to" is what was
              // agreed that day (not "agreed on Monday to meet": a meeting is still to come)
              || trigger > 0 && f.to == trigger - 1 && t.is(f.to, "to")
                  && ((p.flags(trigger) & WordFlags.CEASEFIRE) != 0 || CeasefireStage.PAUSES.contains(lower(t, trigger)))))) {
        next = f.to;
        continue;
      }
      return f.date;
    }
    return null;
  }

  /** Participles that put a time ahead: "is expected on Friday", "scheduled on Thursday". */
  private static final Set<String> SCHEDULING = StringSet.of("expected", "scheduled", "planned", "slated", "due",
      "set", "anticipated", "penciled", "pencilled", "tipped");

  /** Modals, "to" and forms of "be" before a participle that leave its time open or ahead (as written). */
  private static final Set<String> NOT_PAST = StringSet.of("will", "would", "be", "could", "should", "shall", "may",
      "might", "to", "is", "are", "am", "been", "being");

  /** Object pronouns that may stand between a verb and its date: "told him on Friday". */
  private static final Set<String> OBJECT_PRONOUNS = StringSet.of("him", "her", "them", "us", "me", "reporters");

  /**
   * Whether the date at {@code dateFrom} follows "on" after a verb in the past tense (a regular
   * "-ed" form, or "told"), an object pronoun at most between: "informed him on May 10", "met on
   * Monday". Not "will be held on Monday" (an auxiliary of the future before the participle).
   */
  static boolean pastVerbBefore(Tokens t, int dateFrom, int from) {
    int k = dateFrom - 1;
    if (k <= from || !t.is(k, "on")) {
      return false;
    }
    k--;
    if (k > from && t.type(k) == Tokens.WORD && OBJECT_PRONOUNS.contains(t.get(k))) {
      k--;
    }
    if (t.type(k) != Tokens.WORD || t.capitalised(k) || !(t.get(k).endsWith("ed") || t.is(k, "told"))
        || SCHEDULING.contains(t.get(k))) {
      return false; // (not "expected on Friday", "scheduled on Thursday": a time ahead)
    }
    for (int j = Math.max(from, k - 3); j < k; j++) {
      if (t.type(j) == Tokens.WORD && NOT_PAST.contains(t.get(j))) {
        return false; // "will be held on Monday", "is expected to be signed on Friday", "is planned on Friday"
      }
    }
    return true;
  }

  /**
   * Whether the date at {@code dateFrom} follows a word of a meeting other than the trigger, right
   * or after "on" / "in" ("a call on July 4", "talks in May"): that event's date.
   */
  static boolean afterAnotherEvent(Doc.Para p, int dateFrom, int from, int trigger) {
    int k = dateFrom - 1;
    if (k > from && (p.tokens.is(k, "on") || p.tokens.is(k, "in"))) {
      k--;
    }
    return k >= from && k != trigger && p.tokens.type(k) == Tokens.WORD && (p.flags(k) & WordFlags.MEETING) != 0;
  }

  /**
   * Whether the date that ends at token {@code dateEnd} is the possessive of an event noun other than
   * the one at {@code trigger} ("Friday's meeting followed recent talks": Friday is the meeting's).
   */
  static boolean datesAnotherEvent(Doc.Para p, int dateEnd, int to, int trigger) {
    Tokens t = p.tokens;
    return dateEnd + 1 < to && t.type(dateEnd) == Tokens.POSSESSIVE && dateEnd + 1 != trigger
        && !(dateEnd + 2 == trigger && t.type(dateEnd + 1) == Tokens.WORD && !t.capitalised(dateEnd + 1))
        && (p.flags(dateEnd + 1) & WordFlags.MEETING) != 0;
  }

  /**
   * Whether the commas at {@code open} and {@code close} enclose a short apposition after a name
   * ("Hana Okafor, Nigeria's trade minister, called ...") and the clause of the trigger at {@code
   * i} goes on right after the closing one: with "and" (a coordinated subject) or with the trigger
   * itself, an adverb at most between.
   */
  static boolean appositionClosedAt(Tokens t, int open, int close, int i) {
    boolean plural = open > 0 && pluralPeople(t, open - 1); // "the two presidents, A of Peru and B of Chile,"
    if (close - open < 2 || close - open > (plural ? 12 : 8) || open == 0 || t.type(open - 1) != Tokens.WORD
        || !(t.capitalised(open - 1) || plural)) {
      return false;
    }
    for (int k = open + 1; k < close; k++) {
      if (t.type(k) != Tokens.WORD && t.type(k) != Tokens.POSSESSIVE) {
        return false;
      }
    }
    int next = close + 1;
    return next < t.size() && (t.is(next, "and") || next == i || next + 1 == i && !t.capitalised(next));
  }

  /** Plural heads of a subject that names the pair of sides: "the pair met", "the two leaders, A and B, met". */
  static final Set<String> PLURAL_HEADS = StringSet.of("pair", "leaders", "men", "women", "presidents", "sides", "ministers", "two");

  /**
   * Bits over the vocabulary for the lists asked about token by token (a holder class: {@link
   * KnownWords} reads this class's lists while it builds the vocabulary the bits are made over).
   */
  private static final class Bits {
    static final VocabularySet PLURAL_HEADS = KnownWords.members(EventStage.PLURAL_HEADS);
    static final VocabularySet SAYING = KnownWords.members(StatementStage.VERBS);
    static final VocabularySet OBJECT_MODIFIERS = KnownWords.members(EventStage.OBJECT_MODIFIERS);
    static final VocabularySet NAMED_DOCUMENTS = KnownWords.members(EventStage.NAMED_DOCUMENTS);
  }

  /** Whether token k is a plural head of the pair after "the", "two" or "both" ("the two leaders"). */
  static boolean pluralPeople(Tokens t, int k) {
    return k > 0 && t.type(k) == Tokens.WORD && Bits.PLURAL_HEADS.contains(t, k) && (t.is(k - 1, "the")
        || t.is(k - 1, "The") || t.is(k - 1, "two") || t.is(k - 1, "both") || t.is(k - 1, "Both"));
  }

  /**
   * The comma that opens a short apposition after a name, when the comma at {@code close} closes
   * it and the trigger at {@code i} follows ({@link #appositionClosedAt}); -1 when there is none.
   */
  static int appositionOpening(Tokens t, int close, int i) {
    for (int open = close - 2; open >= 0 && open >= close - 12; open--) {
      if (t.is(open, ",")) {
        return appositionClosedAt(t, open, close, i) ? open : -1;
      }
    }
    return -1;
  }

  /**
   * The opening mark of a scare quote inside a clause that the mark at {@code close} closes, or -1:
   * one to three words between an opening and a closing mark, a word before the opening mark that is
   * no verb of saying, and a word right after the closing one ("held a “productive” first round of
   * talks", "the ‘historic’ summit"). A quotation someone is reported saying ("said: “We met.”") is
   * none. Bounded look-behind.
   */
  static int scareQuoteOpening(Tokens t, int close) {
    if (close + 1 >= t.size() || t.type(close + 1) != Tokens.WORD || !closing(t.firstChar(close))) {
      return -1;
    }
    for (int open = close - 1; open > 0 && open >= close - 4; open--) {
      if (t.type(open) == Tokens.QUOTE) {
        return open < close - 1 && opening(t.firstChar(open)) && t.type(open - 1) == Tokens.WORD
            && !Bits.SAYING.contains(t, open - 1) ? open : -1;
      }
      if (t.type(open) != Tokens.WORD) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean opening(char c) {
    return c == '\u201c' || c == '\u2018' || c == '\u00ab' || c == '"' || c == '\'';
  }

  private static boolean closing(char c) {
    return c == '\u201d' || c == '\u2019' || c == '\u00bb' || c == '"' || c == '\'';
  }

  /** The comma-bounded stretch around token i within [from, to), at least a few words after it. */
  /**
   * Whether "and" at {@code k} joins the second side of a "between" phrase after the event word at
   * {@code i} ("talks between Peru and the Shining Dawn rebels", "a truce between the army and the
   * rebels"): the first "and" after "between", within eight tokens of it.
   */
  private static boolean secondOfBetween(Tokens t, int i, int k) {
    for (int x = k - 1; x >= Math.max(i, k - 8); x--) {
      if (t.type(x) != Tokens.WORD && t.type(x) != Tokens.POSSESSIVE) {
        return false;
      }
      if (t.is(x, "and")) {
        return false;
      }
      if (t.is(x, "between")) {
        return true;
      }
    }
    return false;
  }

  static int[] local(Doc.Para p, int i, int from, int to) {
    Tokens t = p.tokens;
    int a = from;
    // the scans visit only the marks and words that can bound the stretch, found once per paragraph
    int[] commas = p.positions(COMMAS, k -> t.is(k, ",") || t.is(k, "\u2014"));
    for (int j = Doc.Para.first(commas, i) - 1; j >= 0 && commas[j] > from; j--) {
      int k = commas[j];
      // every token, the first times a paragraph is asked: the comma or dash found once
      boolean comma = t.is(k, ",");
      if (!comma && !t.is(k, "\u2014")) {
        continue;
      }
      if (comma && listComma(t, k)) {
        continue; // "the United States, South Korea and Japan": a list, not a clause boundary
      }
      int open = comma ? appositionOpening(t, k, i) : -1;
      if (open > from) {
        // "A, Estonia's foreign minister, and B met", "A, Nigeria's trade minister, called B": the
        // apposition after the subject's name is inside the clause, not a boundary of it; the scan
        // goes on before its opening comma (positions may hold other tokens than commas)
        while (j > 0 && commas[j] > open) {
          j--;
        }
        continue;
      }
      a = k + 1;
      break;
    }
    int[] quotes = p.positions(QUOTES, k -> t.type(k) == Tokens.QUOTE);
    for (int j = Doc.Para.first(quotes, i) - 1; j >= 0 && quotes[j] >= a; j--) {
      int k = quotes[j];
      if (t.type(k) == Tokens.QUOTE && k < i) {
        int open = scareQuoteOpening(t, k);
        if (open > a) {
          // "have held a “productive” first round of talks": a scare quote is inside the clause
          while (j > 0 && quotes[j - 1] >= open) {
            j--;
          }
          continue;
        }
        a = k + 1;
        break;
      }
    }
    if (a < i && (t.is(a, "where") || t.is(a, "when")) && a > from) {
      // "flew to Moscow on Tuesday, where he met ...": the place and time of the main clause
      int k = Math.max(from, a - 2); // ("where" second in its paragraph: no token before the first)
      while (k > from && !t.is(k, ",")) {
        k--;
      }
      a = t.is(k, ",") ? k + 1 : from;
    }
    int[] breaks = p.positions(CLAUSE_BREAKS, k -> t.type(k) != Tokens.WORD ? t.is(k, ",") || t.is(k, "\u2014")
        : t.is(k, "and") || t.is(k, "which") || t.is(k, "who") || t.is(k, "whose") || t.is(k, "whom"));
    for (int j = Doc.Para.first(breaks, i) - 1; j >= 0 && breaks[j] >= a; j--) {
      int k = breaks[j];
      if (t.is(k, "and") && k + 2 < i && PRONOUN_SUBJECTS.contains(t.get(k + 1))) {
        a = k + 1; // "X met Y on Monday and they agreed to meet again in May": the second clause's own time
        break;
      }
    }
    int b = to;
    for (int j = Doc.Para.first(breaks, i + 1); j < breaks.length && breaks[j] < to; j++) {
      int k = breaks[j];
      // each test below is of one of the breaks' words or marks: every token (the first times a
      // paragraph is asked) is told from them by its first character, each test made once
      char c = t.firstChar(k);
      boolean comma = c == ',' && t.is(k, ",");
      if (!comma && c != '\u2014' && c != 'a' && c != 'w') {
        continue;
      }
      if (comma && dateComma(t, k)) {
        continue; // "on Friday, April 11, in Moscow"
      }
      if (c == 'a' && t.is(k, "and") && k + 1 < to && k > i + 1 && CLAUSE_OPENERS.contains(t.get(k + 1))
          && !secondOfBetween(t, i, k)) {
        b = k; // "he had spoken to the leaders and the ceasefire would ...": another clause
        break;
      }
      if (c == 'w' && (t.is(k, "which") || t.is(k, "who") || t.is(k, "whose") || t.is(k, "whom"))) {
        b = k; // a relative clause says something else about it ("a summit which he hoped would help")
        break;
      }
      if (comma && k + 1 < to && (t.is(k + 1, "and") || t.is(k + 1, "but") || t.is(k + 1, "while")
          || t.is(k + 1, "although") || t.is(k + 1, "though"))) {
        b = k; // ", and the Kremlin leader said it could ...": another clause
        break;
      }
      // an aside between commas inside the clause: a participle describing the noun ("Talks between A
      // and B, mediated by Qatar, resumed in Doha") or an apposition naming the object ("met her
      // Chilean counterpart, Jorge Vidal, in Lima on Monday"); the clause goes on after its closing comma
      int close = -1;
      if (comma) {
        close = k > i + 3 ? participialAside(t, k, to) : -1;
        close = close < 0 && k > i + 1 ? objectApposition(t, k, to) : close;
      }
      if (close > 0) {
        while (j + 1 < breaks.length && breaks[j + 1] <= close) {
          j++;
        }
        continue;
      }
      if ((comma || c == '\u2014' && t.is(k, "\u2014")) && k > i + 3) {
        b = k;
        break;
      }
    }
    return new int[] {a, b};
  }

  /**
   * The closing comma of a participial aside opened by the comma at {@code k} (", mediated by Qatar,",
   * ", brokered by Egypt last year,") when a lower-case word, the clause's verb, follows it; else -1.
   */
  private static int participialAside(Tokens t, int k, int to) {
    if (k + 2 >= to || t.type(k + 1) != Tokens.WORD || t.capitalised(k + 1) || !t.get(k + 1).endsWith("ed")) {
      return -1;
    }
    for (int j = k + 2; j + 1 < to && j <= k + 9; j++) {
      if (t.is(j, ",")) {
        return t.type(j + 1) == Tokens.WORD && !t.capitalised(j + 1) && !t.is(j + 1, "and") && !t.is(j + 1, "but") ? j : -1;
      }
      if (t.type(j) != Tokens.WORD && t.type(j) != Tokens.NUMBER && t.type(j) != Tokens.POSSESSIVE) {
        return -1;
      }
    }
    return -1;
  }

  /** Words that go on with the clause after an apposition's closing comma: its place, time or purpose. */
  private static final Set<String> CLAUSE_GOES_ON = StringSet.of("in", "on", "at", "last", "this", "during", "for",
      "earlier", "late", "early", "after", "before", "via", "over", "ahead", "yesterday", "today", "to");

  /**
   * The closing comma of an apposition opened by the comma at {@code k} that names a person or body
   * (", Jorge Vidal,", ", Chile's foreign minister,") when the clause goes on after it with a place,
   * a time or a purpose (", in Lima on Monday"); else -1.
   */
  private static int objectApposition(Tokens t, int k, int to) {
    boolean named = false;
    for (int j = k + 1; j + 1 < to && j <= k + 8; j++) {
      if (t.is(j, ",")) {
        return named && j > k + 1 && t.type(j + 1) == Tokens.WORD && CLAUSE_GOES_ON.contains(t.get(j + 1)) ? j : -1;
      }
      if (t.type(j) != Tokens.WORD && t.type(j) != Tokens.POSSESSIVE || t.is(j, "and") || t.is(j, "who")
          || t.is(j, "which")) {
        return -1;
      }
      named |= t.capitalised(j);
    }
    return -1;
  }

  /** A comma inside or right after a date: "Friday, April 11, in Moscow", "April 11, 2025". */
  private static boolean dateComma(Tokens t, int k) {
    if (k == 0 || k + 1 >= t.size()) {
      return false;
    }
    boolean before = Lexicon.WEEKDAYS.contains(t.get(k - 1)) || t.type(k - 1) == Tokens.NUMBER;
    boolean after = Dates.month(t, k + 1) > 0 || t.type(k + 1) == Tokens.NUMBER || t.is(k + 1, "in");
    return before && after;
  }

  /** A comma between two capitalised words, followed later by "and": a list of names. */
  private static boolean listComma(Tokens t, int k) {
    if (k == 0 || k + 1 >= t.size() || !t.capitalised(k - 1) || !t.capitalised(k + 1)) {
      return false;
    }
    for (int j = k + 1; j < Math.min(t.size(), k + 8); j++) {
      if (t.is(j, "and")) {
        return true;
      }
      if (t.type(j) != Tokens.WORD && !t.is(j, ",")) {
        return false;
      }
    }
    return false;
  }

  static Span span(Doc.Para p, int from, int to) {
    Tokens t = p.tokens;
    return Span.of(t.start(from), t.end(Math.max(from, to - 1)));
  }

  /**
   * The ids of an event's sides in a fixed order: states first, then the other actors (groups,
   * organisations, people), each in the order the text gave them. "The army and the FARC" and "the
   * FARC and the government of Colombia" list the same truce the same way.
   */
  static List<String> ids(LinkedHashSet<ActorRec> actors) {
    List<String> out = new ArrayList<>(actors.size());
    for (ActorRec a : actors) {
      if (a.kind == ActorKind.STATE) {
        out.add(a.id);
      }
    }
    for (ActorRec a : actors) {
      if (a.kind != ActorKind.STATE) {
        out.add(a.id);
      }
    }
    return out;
  }
}
