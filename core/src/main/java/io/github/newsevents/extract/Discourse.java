package io.github.newsevents.extract;

import io.github.newsevents.internal.Chars;
import io.github.newsevents.internal.StringSet;
import io.github.newsevents.internal.Tokens;
import io.github.newsevents.internal.VocabularySet;
import io.github.newsevents.gazetteer.EntryKind;
import io.github.newsevents.gazetteer.GazetteerEntry;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the article as a whole is about, for events whose own clause names no one: its sides
 * (states and armed groups, an institution standing for its state), ranked by how often the
 * article names them outside quotations; its main pair (the two sides it names most); and the
 * pairs it coordinates ("Armenia and Azerbaijan", "between Sudan and South Sudan"), newest first.
 * "The two countries", "both sides", "the warring parties" and a bare "talks" refer to the last
 * coordinated pair, else to the main pair.
 *
 * <p>Built once per article in one pass over the actor mentions; every question is answered by a
 * bounded look-up, so the extractor stays linear in the article's length.
 */
final class Discourse {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Discourse.class);

  /** How many paragraphs back a coordinated pair is still the one "the two sides" refers to. */
  private static final int PAIR_REACH = 4;

  /** A coordinated pair of sides and where its second member was named. */
  static final class Pair {
    final ActorRec a;
    final ActorRec b;
    final int para;
    final int token;

    Pair(ActorRec a, ActorRec b, int para, int token) {
      this.a = a;
      this.b = b;
      this.para = para;
      this.token = token;
    }

    boolean has(ActorRec x) {
      return x == a || x == b;
    }
  }

  private final Map<String, ActorRec> stateOf = new HashMap<>();
  private final Map<ActorRec, Integer> weight = new HashMap<>();
  private final List<Pair> pairs = new ArrayList<>();
  /** States the article names only by their demonym ("Russian forces"): actors once an event takes them. */
  private final java.util.Set<ActorRec> created = new java.util.LinkedHashSet<>();
  /** The words at which a state of {@link #created} is named, each once. */
  private final java.util.Set<Span> createdAt = new java.util.HashSet<>();
  /** The two sides the article names most, or null when it names fewer than two. */
  final Pair main;
  /**
   * The two sides the article shows fighting: named most in sentences of war (attacks, strikes,
   * troops, fighting), never as a mediator or broker; or null. The parties a ceasefire binds
   * when its clause names none.
   */
  final Pair conflict;
  private final Map<ActorRec, Integer> war = new HashMap<>();
  /** The article's actors and the states made from its demonyms: the candidates for its pairs. */
  private final List<ActorRec> candidates;

  /**
   * The first person of the document when it is a statement or remarks of someone ("Statement by
   * President X", "Remarks by X", "Readout from X" in a headline), or null: its "I", "my" and "we"
   * outside quotation marks are that person's.
   */
  final ActorRec narrator;
  /** The words of war and of mediation as bits over the vocabulary: a bit test per token. */
  private final VocabularySet warBits;
  private final VocabularySet mediationBits;

  Discourse(Doc doc, ActorStage.Result actors) {
    this(doc, actors, Words.NONE);
  }

  /**
   * The speaker of each paragraph of a transcript, from its label ("PRESIDENT LOPEZ: Thank you. I
   * ..."): a label resolved to a person of the article holds until the next label; null where no
   * label has been read, or the last one names no one ("QUESTION:", "MODERATOR:").
   */
  private final ActorRec[] labelled;

  /** The first person outside quotation marks in paragraph {@code p}: its label's speaker, else the document's narrator. */
  ActorRec narratorAt(Doc.Para p) {
    ActorRec label = labelled == null || p.index >= labelled.length ? null : labelled[p.index];
    return label != null ? label : narrator;
  }

  Discourse(Doc doc, ActorStage.Result actors, Words words) {
    this.narrator = narrator(doc, actors);
    this.labelled = labels(doc, actors);
    if (narrator != null && !actors.actors.contains(narrator)) {
      created.add(narrator); // an actor once an event or a statement keeps it
    }
    this.warBits = KnownWords.members(words.all(WordList.WAR));
    this.mediationBits = KnownWords.members(words.all(WordList.MEDIATION));
    for (ActorRec a : actors.actors) {
      if (a.kind == ActorKind.STATE && a.country != null) {
        stateOf.putIfAbsent(a.country, a);
      }
    }
    Map<ActorRec, Integer> mediating = new HashMap<>();
    for (Doc.Para p : doc.paras) {
      byte[] warKnown = new byte[p.sentenceStarts.length]; // each sentence is read once for words of war
      // "Russian missiles", "Israeli strikes": a demonym names its state as a side too
      for (PhraseIndex.Match d : actors.demonyms.get(p.index)) {
        GazetteerEntry e = d.entry();
        if (e.kind() != EntryKind.STATE || e.country().isEmpty() || doc.quoted(p.index, d.from)) {
          continue;
        }
        ActorRec state = state(e, p, d.from, d.to);
        weight.merge(state, 1, Integer::sum);
        int sentence = p.sentenceOf(d.from);
        if (warIn(p, sentence, warKnown)) {
          war.merge(state, 1, Integer::sum);
        }
      }
      List<Mention> ms = actors.mentions.get(p.index);
      Tokens t = p.tokens;
      Mention last = null;
      int warSentence = -1;
      boolean warring = false;
      for (Mention m : ms) {
        // "the Minsk Group", "the Khartoum declaration": a capital naming a body or a text is no side named
        ActorRec side = EventStage.cityOfADocument(t, m) ? null : side(m.actor);
        if (side == null) {
          last = null;
          continue;
        }
        if (!m.quoted) {
          // a headline or a first paragraph says what the story is about
          weight.merge(side, p.index <= 1 ? 2 : 1, Integer::sum);
        }
        int sentence = p.sentenceOf(m.from);
        if (sentence != warSentence) {
          warSentence = sentence; // each sentence is read once, whatever number of mentions it has
          warring = warIn(p, sentence, warKnown);
        }
        if (warring) {
          // an actor right next to a word of war ("Israeli strikes", "Hamas fighters", "attacks on
          // Kharkiv by Russia") attacks or is attacked: a fighter, more than one merely named nearby
          int score = m.quoted || !nextToWar(t, m) ? 1 : 1 + WAR_NEIGHBOUR;
          // an armed group named in a sentence of war is there to fight: it counts double
          war.merge(side, side.kind == ActorKind.GROUP && side.entry != null ? 2 * score : score, Integer::sum);
        }
        if (mediates(t, m, mediationBits) || warring && advocates(p, m) || negotiatesForOthers(t, m)) {
          mediating.merge(side, 1, Integer::sum);
        }
        // "rounds in Venezuela and Mexico": two places coordinated are where, not a pair of sides
        if (last != null && side(last.actor) != side && coordinated(t, last, m) && !EventStage.inPlacePhrase(t, m.from)) {
          pairs.add(new Pair(side(last.actor), side, p.index, m.from));
        }
        last = m;
      }
    }
    if (selfDescribedMediators(doc)) {
      // "Joint Statement from the Leaders of A, B and C" ... "As mediators, we ...": the authors mediate
      for (ActorRec author : authorStates(doc, actors)) {
        mediating.merge(author, 2, Integer::sum);
      }
    }
    candidates = new ArrayList<>(actors.actors);
    candidates.addAll(created);
    for (ActorRec x : candidates) {
      if (side(x) == x) {
        war.put(x, war.getOrDefault(x, 0) - 2 * mediating.getOrDefault(x, 0));
      }
    }
    main = topTwo(candidates, weight);
    conflict = topTwo(candidates, war);
    if (LOG.isDebugEnabled()) {
      LOG.debug("discourse: main pair {}, conflict {}, war scores {}", main == null ? null : main.a.name + "/" + main.b.name,
          conflict == null ? null : conflict.a.name + "/" + conflict.b.name, war);
    }
  }

  /**
   * Whether sentence {@code s} of {@code p} holds a word of war; {@code known} keeps the answers for
   * the paragraph (0: not read yet, 1: no, 2: yes).
   */
  private boolean warIn(Doc.Para p, int s, byte[] known) {
    if (known[s] == 0) {
      known[s] = warOutsideTruce(p.tokens, p.sentenceStart(s), p.sentenceEnd(s)) ? (byte) 2 : (byte) 1;
    }
    return known[s] == 2;
  }

  /**
   * Whether [from, to) has a word of war that is not what a truce stops: "a pause in fighting", "an
   * end to hostilities", "a halt to the attacks" speak of a ceasefire, and whoever announces one
   * there is not shown fighting.
   */
  private boolean warOutsideTruce(Tokens t, int from, int to) {
    // one pass of bit tests: most sentences have no word of war
    for (int k = from; k < to; k++) {
      if (t.type(k) == Tokens.WORD && warBits.containsLower(t, k) && !stoppedBy(t, k, from)) {
        return true;
      }
    }
    return false;
  }

  private static boolean stoppedBy(Tokens t, int k, int from) {
    int j = k - 1;
    if (j > from && (t.is(j, "the") || t.is(j, "all"))) {
      j--;
    }
    if (j > from && (t.is(j, "in") || t.is(j, "to") || t.is(j, "of") || t.is(j, "on"))) {
      j--;
    }
    // the ceasefire stage's words: its pauses ("pause in", "end to the") and its triggers ("cessation of")
    return j >= from && t.type(j) == Tokens.WORD
        && (CeasefireStage.PAUSES.contains(t.lower(j)) || CeasefireStage.TRIGGERS.contains(t.lower(j)));
  }

  /** The article's home country once read ({@link #homeState}); {@link #NO_HOME} when it has none. */
  private String home;
  private static final String NO_HOME = "";

  /**
   * The state the article's "government", "troops" and "army" are of when it does not say: its
   * home, the country most of its states' mentions, its bodies and groups and its places are of
   * ("Malacañang", the MNLF and Zamboanga: the Philippines), when one country leads the others by
   * a margin. Made as an actor of the article at [from, to) of {@code p} when the article never
   * names it; null when no country leads.
   */
  ActorRec homeState(ActorStage.Result actors, Doc.Para p, int from, int to) {
    if (home == null) {
      home = homeCountry(actors);
    }
    if (home.isEmpty()) {
      return null;
    }
    return stateOfCountry(actors, home, p, from, to);
  }

  private String homeCountry(ActorStage.Result actors) {
    Map<String, Integer> votes = new HashMap<>();
    for (ActorRec a : candidates) {
      if (a.country == null || mediator(a)) {
        continue; // (a go-between's country is not where the war is)
      }
      if (a.kind == ActorKind.STATE) {
        votes.merge(a.country, weight.getOrDefault(a, 0), Integer::sum);
      } else if (a.kind != ActorKind.PERSON) {
        votes.merge(a.country, Math.min(3, a.mentions.size()), Integer::sum);
      }
    }
    for (List<PhraseIndex.Match> ps : actors.places) {
      for (PhraseIndex.Match m : ps) {
        m.entry().country().ifPresent(c -> votes.merge(c, 1, Integer::sum));
      }
    }
    String best = NO_HOME;
    int first = 0;
    int second = 0;
    for (Map.Entry<String, Integer> v : votes.entrySet()) {
      if (v.getValue() > first) {
        second = first;
        first = v.getValue();
        best = v.getKey();
      } else if (v.getValue() > second) {
        second = v.getValue();
      }
    }
    // a lead of a third over the next country, and three pieces of evidence at least
    return first >= HOME_EVIDENCE && 3 * first >= 4 * second ? best : NO_HOME;
  }

  /** The least evidence that makes a country the article's home. */
  private static final int HOME_EVIDENCE = 3;

  /**
   * The two sides the article shows fighting most, leaving out {@code left} (those a truce excludes:
   * "a truce that excludes the ELN" is not the ELN's); or null.
   */
  Pair conflictWithout(java.util.Collection<ActorRec> left) {
    List<ActorRec> rest = new ArrayList<>(candidates);
    rest.removeAll(left);
    return topTwo(rest, war);
  }

  /**
   * The two sides of {@code candidates} (in order of first mention: ties go to the first named) with
   * the highest positive {@code score}; null when fewer than two score above zero.
   */
  private Pair topTwo(List<ActorRec> candidates, Map<ActorRec, Integer> score) {
    ActorRec first = null;
    ActorRec second = null;
    for (ActorRec a : candidates) {
      int w = side(a) == a ? score.getOrDefault(a, 0) : 0;
      if (w <= 0) {
        continue;
      }
      if (first == null || w > score.get(first)) {
        second = first;
        first = a;
      } else if (second == null || w > score.get(second)) {
        second = a;
      }
    }
    return first != null && second != null ? new Pair(first, second, 0, 0) : null;
  }

  /** The states made from demonyms ("Israeli strikes": Israel), which are no actors of the article yet. */
  java.util.Collection<ActorRec> madeStates() {
    List<ActorRec> out = new ArrayList<>(created.size());
    for (ActorRec a : created) {
      if (a.kind == ActorKind.STATE) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * Adds to {@code all} the states named only by their demonym that {@code used} holds: the
   * events took them as sides, so they become actors of the extraction (ids unique among all).
   */
  void adopt(List<ActorRec> all, java.util.Set<ActorRec> used) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (ActorRec a : all) {
      ids.add(a.id);
    }
    for (ActorRec a : created) {
      if (used.contains(a)) {
        a.id = ActorStage.uniqueId(a.name, ids);
        all.add(a);
      }
    }
  }

  /** Words of a headline that introduce the author of a document: "Statement by", "Remarks of". */
  private static final java.util.Set<String> AUTHOR_MARKS = StringSet.of("by", "from", "of");
  private static final java.util.Set<String> DOCUMENT_NOUNS = StringSet.of(
      "statement", "remarks", "readout", "message", "letter", "address", "speech", "op-ed", "transcript");

  /**
   * The speakers of a transcript's paragraphs (see {@link #labelled}); null when no paragraph opens
   * with a label. A label is one to four words in capitals and a colon at a paragraph's start; the
   * last of its words is matched with the surname of a person of the article, in any case.
   */
  private static ActorRec[] labels(Doc doc, ActorStage.Result actors) {
    ActorRec[] out = null;
    ActorRec current = null;
    Map<String, ActorRec> bySurname = null; // made at the first label: one look-up per label keeps this linear
    for (Doc.Para p : doc.paras) {
      Tokens t = p.tokens;
      int colon = -1;
      for (int k = 0; k < Math.min(t.size(), 5); k++) {
        if (t.is(k, ":")) {
          colon = k;
          break;
        }
        if (t.type(k) != Tokens.WORD || t.end(k) - t.start(k) < 2 || !Chars.isAllCaps(t.text(), t.start(k), t.end(k))) {
          break;
        }
      }
      if (colon > 0) {
        if (out == null) {
          out = new ActorRec[doc.paras.size()];
        }
        if (bySurname == null) {
          bySurname = new HashMap<>();
          for (ActorRec a : actors.actors) {
            if (a.kind == ActorKind.PERSON && !a.unnamed) {
              bySurname.putIfAbsent(a.surname().toLowerCase(java.util.Locale.ROOT), a);
            }
          }
        }
        current = bySurname.get(t.lower(colon - 1));
      }
      if (out != null) {
        out[p.index] = current;
      }
    }
    return out;
  }

  /**
   * The states named after "Statement from"/"by" in the article's first paragraphs ("Joint
   * Statement from the Leaders of the United States, Egypt, and Qatar"): the document's authors.
   */
  private List<ActorRec> authorStates(Doc doc, ActorStage.Result actors) {
    List<ActorRec> out = new ArrayList<>(3);
    for (int i = 0; i < Math.min(2, doc.paras.size()) && out.isEmpty(); i++) {
      Doc.Para p = doc.paras.get(i);
      Tokens t = p.tokens;
      for (int k = 0; k + 1 < Math.min(t.size(), 8) && out.isEmpty(); k++) {
        if (t.type(k) != Tokens.WORD || !DOCUMENT_NOUNS.contains(EventStage.lower(t, k))
            || !AUTHOR_MARKS.contains(EventStage.lower(t, k + 1))) {
          continue;
        }
        for (Mention m : Mention.starting(actors.mentions.get(p.index), k + 2, Math.min(t.size(), k + 24))) {
          ActorRec side = side(m.actor);
          if (side != null && side.kind == ActorKind.STATE && !out.contains(side)) {
            out.add(side);
          }
        }
      }
    }
    return out;
  }

  /** Words a document's authors call themselves by when they mediate: "As mediators, we ...". */
  private static final java.util.Set<String> SELF_MEDIATORS = StringSet.of("mediators", "guarantors", "facilitators",
      "intermediaries");

  /**
   * Whether the document's first person calls itself a go-between: "As mediators, if necessary, we
   * ..." ("we" within six words after), outside quotation marks.
   */
  private static boolean selfDescribedMediators(Doc doc) {
    for (Doc.Para p : doc.paras) {
      Tokens t = p.tokens;
      for (int k = 1; k < t.size(); k++) {
        // "as" first, by its first letter: a test of every token of the article, cheaper than the bits
        char a = t.firstChar(k - 1);
        if ((a == 'a' || a == 'A') && (t.is(k - 1, "as") || t.is(k - 1, "As"))
            && t.type(k) == Tokens.WORD && Bits.SELF_MEDIATORS.containsLower(t, k)) {
          for (int j = k + 1; j < Math.min(t.size(), k + 8); j++) {
            if ((t.is(j, "we") || t.is(j, "We")) && !doc.quoted(p.index, j)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /**
   * The author named after "Statement by"/"Remarks by" in the article's first paragraphs (its
   * headline), resolved to a person of the article by name or surname; or null.
   */
  private static ActorRec narrator(Doc doc, ActorStage.Result actors) {
    for (int i = 0; i < Math.min(2, doc.paras.size()); i++) {
      Doc.Para p = doc.paras.get(i);
      Tokens t = p.tokens;
      for (int k = 0; k + 1 < Math.min(t.size(), 6); k++) {
        if (t.type(k) != Tokens.WORD || !DOCUMENT_NOUNS.contains(EventStage.lower(t, k))
            || !AUTHOR_MARKS.contains(EventStage.lower(t, k + 1))) {
          continue;
        }
        for (int j = k + 2; j < Math.min(t.size(), k + 8); j++) {
          if (t.type(j) != Tokens.WORD || !t.capitalised(j)) {
            continue;
          }
          String w = t.get(j);
          for (ActorRec a : actors.actors) {
            if (a.kind == ActorKind.PERSON && !a.unnamed && (a.name.equals(w) || a.surname().equals(w))) {
              return a;
            }
          }
        }
        // the body does not name the author: the name after its titles ("President Ruth Maddox")
        int from = k + 2;
        while (from < t.size() && t.type(from) == Tokens.WORD && (Lexicon.NOT_NAMES.contains(t.get(from))
            || t.is(from, "the"))) {
          from++;
        }
        int to = from;
        while (to < t.size() && to < from + 4 && t.type(to) == Tokens.WORD && t.capitalised(to)
            && !Lexicon.NOT_NAMES.contains(t.get(to))) {
          to++;
        }
        if (to - from >= 2) {
          ActorRec a = new ActorRec(ActorKind.PERSON, ActorStage.words(t, from, to), null);
          a.seen(p.index, from);
          a.mentions.add(Span.of(t.start(from), t.end(to - 1)));
          return a;
        }
      }
    }
    return null;
  }

  /**
   * The actor of the state of {@code entry}, named at tokens [from, to) of {@code p} (as a place:
   * "a visit to Havana"): the article's own, else one made here and adopted if an event keeps it.
   */
  ActorRec state(GazetteerEntry entry, Doc.Para p, int from, int to) {
    String code = entry.country().orElse(null);
    if (code == null) {
      return null;
    }
    ActorRec state = stateOf.get(code);
    if (state == null) {
      state = new ActorRec(ActorKind.STATE, entry.name(), entry);
      state.country = code;
      state.seen(p.index, from);
      stateOf.put(code, state);
      created.add(state);
    }
    Span at = Span.of(p.tokens.start(from), p.tokens.end(to - 1));
    if (created.contains(state) && createdAt.add(at)) { // (the words may be asked of again by another stage)
      state.mentions.add(at);
    }
    return state;
  }

  /**
   * The state of country {@code code} the discourse knows: one the article names, or one made from
   * a demonym it uses outside quotation marks ("Russian President Vladimir Putin" in its first
   * paragraph: Russia), for a person of that state named far from that title; null when there is
   * none.
   */
  ActorRec stateOfCountry(String code) {
    return code == null ? null : stateOf.get(code);
  }

  /**
   * The state of country {@code code}: the one the discourse knows ({@link #stateOfCountry}), else
   * one made from the gazetteer at tokens [from, to) of {@code p} (adopted if an event keeps it);
   * null when the gazetteer has no state of that code.
   */
  ActorRec stateOfCountry(ActorStage.Result actors, String code, Doc.Para p, int from, int to) {
    ActorRec state = stateOfCountry(code);
    if (state != null || code == null) {
      return state;
    }
    GazetteerEntry e = actors.index.state(code);
    return e == null ? null : state(e, p, from, to);
  }

  /** "Qatar-brokered", "brokered by Egypt", "the mediator Qatar", "Egypt's mediation", "hosted by Oman". */
  private static boolean mediates(Tokens t, Mention m, VocabularySet mediation) {
    if (m.to - m.from == 1) {
      String w = t.get(m.from);
      int dash = w.indexOf('-');
      if (dash > 0 && mediation.words().contains(w.substring(dash + 1).toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    for (int k = m.from - 1; k >= Math.max(0, m.from - 3); k--) {
      if (t.type(k) != Tokens.WORD || t.is(k, "between") || t.is(k, "among")) {
        break; // ("mediated between Manila and the rebels": the sides mediated between, no go-betweens)
      }
      if (mediation.containsLower(t, k)) {
        return true;
      }
    }
    int k = m.to;
    if (k < t.size() && t.type(k) == Tokens.POSSESSIVE) {
      k++;
    }
    if (k + 2 < t.size() && t.is(k, ",") && (t.is(k + 1, "which") || t.is(k + 1, "who"))) {
      // "Malaysia, which has mediated between ...", "Norway, which long facilitated ...": the relative
      // clause's verb, after at most two auxiliaries or adverbs
      for (int v = k + 2, end = Math.min(t.size(), k + 5); v < end && t.type(v) == Tokens.WORD; v++) {
        if (mediation.containsLower(t, v)) {
          return true;
        }
      }
    }
    if (k + 2 < t.size() && (t.is(k, "efforts") || t.is(k, "effort") || t.is(k, "attempts") || t.is(k, "bid"))
        && t.is(k + 1, "to") && mediation.containsLower(t, k + 2)) {
      return true; // "Kenya's efforts to broker a truce": its attempt to mediate
    }
    for (int end = Math.min(t.size(), k + 2); k < end; k++) {
      if (t.type(k) == Tokens.WORD && mediation.containsLower(t, k)) {
        // ("talks between A and B, mediated by Oman": a passive's agent follows "by"; A and B are mediated)
        return !(k + 1 < t.size() && t.is(k + 1, "by"));
      }
    }
    return false;
  }

  /** Words that open another clause inside the reach of {@link #negotiatesForOthers}. */
  private static final java.util.Set<String> CLAUSE_LINKS = StringSet.of("until", "as", "while", "after", "before",
      "and", "but", "because", "when", "if", "unless", "since", "though", "although", "whereas", "who", "which", "that");

  /** Verbs of negotiating: with an object ceasefire and no other side, the work of a go-between. */
  private static final java.util.Set<String> NEGOTIATE = StringSet.of("negotiate", "negotiating", "negotiated",
      "negotiates", "secure", "securing", "broker");

  /**
   * Whether the subject {@code m} negotiates a ceasefire with no other side of its own ("Qatar has
   * been trying to negotiate a truce deal in the conflict"): a side negotiates it "with" the other
   * ("Peru negotiated a truce with Chile"); one that negotiates it alone works for others.
   */
  private static boolean negotiatesForOthers(Tokens t, Mention m) {
    // "Along with Egypt and the United States, Qatar has been trying to negotiate ...": those the
    // subject works along with do the same work
    boolean alongWith = false;
    for (int j = m.from - 1; j >= Math.max(1, m.from - 6) && !alongWith; j--) {
      alongWith = t.is(j, "with") && (t.isIgnoreCase(j - 1, "along") || t.isIgnoreCase(j - 1, "together"));
    }
    int k = m.to;
    // (over a verb chain of words: "is also working with partners to form a committee to negotiate")
    int end = Math.min(t.size(), m.to + 12);
    // (a comma is no verb of negotiating)
    while (k < end && (t.type(k) == Tokens.WORD || alongWith && t.is(k, ","))
        && !(t.type(k) == Tokens.WORD && Bits.NEGOTIATE.containsLower(t, k))) {
      if (!alongWith && t.type(k) == Tokens.WORD && (Bits.CLAUSE_LINKS.contains(t, k) || t.capitalised(k))) {
        return false; // "... fighting until Hezbollah agreed to negotiate": another clause's subject negotiates
      }
      k++;
    }
    if (k >= end || t.type(k) != Tokens.WORD) {
      return false;
    }
    boolean truce = false;
    int stop = Math.min(t.size(), k + 4);
    for (int j = k + 1; j < stop && t.type(j) == Tokens.WORD; j++) {
      truce |= Bits.TRUCE_TRIGGERS.containsLower(t, j);
    }
    if (!truce) {
      return false;
    }
    for (int j = k + 1; j < Math.min(t.size(), k + 9); j++) {
      if (t.is(j, "with") || t.is(j, "between") || t.is(j, ".") || t.is(j, ";")) {
        return !t.is(j, "with");
      }
    }
    return true;
  }

  /**
   * Bits over the vocabulary for the lists read word by word around every mention (a holder class:
   * {@link KnownWords} reads this class's lists while it builds the vocabulary the bits are made over).
   */
  private static final class Bits {
    static final VocabularySet NEGOTIATE = KnownWords.members(Discourse.NEGOTIATE);
    static final VocabularySet CLAUSE_LINKS = KnownWords.members(Discourse.CLAUSE_LINKS);
    static final VocabularySet TRUCE_TRIGGERS = KnownWords.members(CeasefireStage.TRIGGERS);
    static final VocabularySet ADVOCACY = KnownWords.members(Discourse.ADVOCACY);
    static final VocabularySet SELF_MEDIATORS = KnownWords.members(Discourse.SELF_MEDIATORS);
  }

  /** Verbs whose subject wants or welcomes a ceasefire rather than being bound by it. */
  static final java.util.Set<String> ADVOCACY = StringSet.of(
      "urged", "urges", "urging", "pushed", "pushing", "pushes", "called", "calling", "welcomed",
      "welcomes", "proposed", "proposes", "brokered", "pressing", "pressed", "demanded", "demanding");

  /** "the US urged a truce", "Egypt has been pushing for a ceasefire": a go-between's verbs, in a ceasefire's sentence. */
  private static boolean advocates(Doc.Para p, Mention m) {
    Tokens t = p.tokens;
    int end = Math.min(t.size(), m.to + 4);
    boolean verb = false;
    for (int k = m.to; k < end && !verb && t.type(k) != Tokens.PUNCT; k++) {
      // ("Malaysia, which has mediated between Manila and the rebels, proposed": a comma closes the
      // relative clause, and the verb after it is the main subject's)
      verb = t.type(k) == Tokens.WORD && Bits.ADVOCACY.containsLower(t, k);
    }
    if (!verb) {
      return false;
    }
    int s = p.sentenceOf(m.from);
    for (int k = m.to, e = p.sentenceEnd(s); k < e; k++) {
      if ((p.flags(k) & WordFlags.CEASEFIRE) != 0) {
        return true;
      }
    }
    return false;
  }

  /** What a mention next to a word of war adds to its side's war score, beyond the sentence's one. */
  private static final int WAR_NEIGHBOUR = 2;

  /** Whether a word of war stands within two words of the mention, on either side, in its sentence. */
  private boolean nextToWar(Tokens t, Mention m) {
    for (int k = Math.max(0, m.from - 2); k < Math.min(t.size(), m.to + 2); k++) {
      if (k >= m.from && k < m.to) {
        continue;
      }
      if (t.type(k) == Tokens.WORD && warBits.containsLower(t, k)) {
        return true;
      }
      if (t.type(k) == Tokens.PUNCT && !t.is(k, "-")) {
        if (k < m.from) {
          continue;
        }
        return false;
      }
    }
    return false;
  }

  /** A side of the conflict, or one the article shows fighting more than the conflict's lesser side. */
  private boolean fighter(ActorRec side) {
    return conflict.has(side) || war.getOrDefault(side, 0) > Math.min(war.getOrDefault(conflict.a, 0), war.getOrDefault(conflict.b, 0));
  }

  /** Whether the article shows {@code side} as a go-between more than as a fighter. */
  boolean mediator(ActorRec side) {
    return war.containsKey(side) && war.get(side) < 0;
  }

  /** The conflict's pair when the article shows one, else the pair at the position. */
  Pair sidesAt(int para, int token) {
    Pair p = pairAt(para, token);
    if (conflict == null) {
      // the sides of a war are no go-betweens: a pair with one the article shows mediating or
      // hosting talks more than fighting ("South Africa is hosting peace talks") is not the war's
      return p != null && (mediator(p.a) || mediator(p.b)) ? null : p;
    }
    if (p != null && p != main && (p.has(conflict.a) || p.has(conflict.b)) && fighter(p.a) && fighter(p.b)) {
      return p; // a pair of fighters named just before: "fighting between Sudan and South Sudan"
    }
    return conflict;
  }

  /**
   * The side {@code a} stands for: a state, an armed or political group, or the state of a
   * government body ("the Kremlin" for Russia when the article names Russia); null for people and
   * for organisations of no state (the UN, which mediates rather than fights).
   */
  ActorRec side(ActorRec a) {
    if (a.kind == ActorKind.STATE) {
      return a;
    }
    if (a.kind == ActorKind.GROUP && (a.entry != null || a.country == null || a.armed)) {
      return a; // an armed or political group the gazetteer knows is a side of its own, even against its state
    }
    if (a.kind == ActorKind.ORGANIZATION && armed(a.name)) {
      return a; // "the Sudanese Armed Forces", "the Israeli military": the force that fights
    }
    if (a.kind == ActorKind.GROUP || a.kind == ActorKind.ORGANIZATION) {
      if (a.country == null) {
        return a.kind == ActorKind.ORGANIZATION && a.entry == null ? a : null;
      }
      ActorRec state = stateOf.get(a.country);
      return state != null ? state : a; // "US officials", "the Kremlin": their state
    }
    return null;
  }

  private static boolean armed(String name) {
    return name.endsWith(" Army") || name.endsWith(" Forces") || name.endsWith(" military") || name.endsWith(" Military")
        || name.endsWith(" army");
  }

  /** "A and B", "A, B and C", "A-B", "between A and B": two mentions joined by a conjunction. */
  private static boolean coordinated(Tokens t, Mention left, Mention right) {
    int gap = right.from - left.to;
    if (gap == 1) {
      return t.is(left.to, "and") || t.is(left.to, "&") || t.is(left.to, ",");
    }
    // "Armenia and neighbouring Azerbaijan", "Israel and the Hamas group"
    return gap == 2 && t.is(left.to, "and") && t.type(left.to + 1) == Tokens.WORD
        && !t.capitalised(left.to + 1);
  }

  /** The pair "the two sides" refers to at token {@code token} of paragraph {@code para}: the newest coordinated pair before it, else the main pair; or null. */
  Pair pairAt(int para, int token) {
    int hi = newestPairBefore(para, token);
    // (a pair inside a longer list, "the US, Egypt, Qatar and Turkey", is no pair: the one before it may be)
    for (int k = hi, seen = 0; k >= 0 && seen < 8 && para - pairs.get(k).para <= PAIR_REACH; k--, seen++) {
      if (!inList(k)) {
        return pairs.get(k);
      }
    }
    return main;
  }

  /**
   * Whether pair {@code k} is two neighbours of a list of three or more ("Egypt, Qatar and Turkey"):
   * the pair before it ends with its first side, or the pair after it starts with its second, in the
   * same paragraph.
   */
  private boolean inList(int k) {
    Pair q = pairs.get(k);
    if (k > 0) {
      Pair before = pairs.get(k - 1);
      if (before.para == q.para && before.b == q.a && q.token - before.token <= 8) {
        return true;
      }
    }
    if (k + 1 < pairs.size()) {
      Pair after = pairs.get(k + 1);
      return after.para == q.para && after.a == q.b && after.token - q.token <= 8;
    }
    return false;
  }

  /**
   * The three sides the article last coordinated in one list before the position ("Peru, Chile and
   * Bolivia": two pairs of one paragraph that share a side), within the reach of a pair; or null.
   */
  List<ActorRec> trioAt(int para, int token) {
    int hi = newestPairBefore(para, token);
    for (int k = hi; k >= 1 && k >= hi - 16 && para - pairs.get(k).para <= PAIR_REACH; k--) {
      Pair second = pairs.get(k);
      Pair first = pairs.get(k - 1);
      if (first.para == second.para && first.b == second.a && first.a != second.b) {
        return List.of(first.a, first.b, second.b);
      }
    }
    return null;
  }

  /** The index of the newest pair before the position, or -1: pairs are in text order, so a binary search. */
  private int newestPairBefore(int para, int token) {
    int lo = 0;
    int hi = pairs.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Pair q = pairs.get(mid);
      if (q.para < para || q.para == para && q.token < token) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return hi;
  }

  /** The side other than {@code one} that the article pairs with it most recently before the position, else the main pair's other; or null. */
  ActorRec otherSide(ActorRec one, int para, int token) {
    ActorRec s = side(one);
    if (s == null) {
      return null;
    }
    Pair p = pairAt(para, token);
    if (p != null && p.has(s)) {
      return p.a == s ? p.b : p.a;
    }
    if (main != null && main.has(s)) {
      return main.a == s ? main.b : main.a;
    }
    return null;
  }

  /** How much the article shows {@code side} fighting: war sentences naming it, less its turns as a go-between. */
  int warring(ActorRec side) {
    return war.getOrDefault(side, 0);
  }

  int weight(ActorRec side) {
    return weight.getOrDefault(side, 0);
  }
}
