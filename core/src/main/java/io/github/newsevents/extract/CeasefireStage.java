package io.github.newsevents.extract;

import io.github.newsevents.internal.StringSet;
import io.github.newsevents.internal.Tokens;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.CeasefireScope;
import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.PartyRole;
import io.github.newsevents.model.Span;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds ceasefires, truces, cessations of hostilities and pauses in strikes: parties (the states
 * and groups of the clause, or "between A and B"), scope (PARTIAL when a qualifier limits it:
 * "energy truce", "Black Sea ceasefire", "local ceasefire"), duration ("30-day", "one-week"),
 * status from the verbs around it ("was reached" AGREED, "failed to respect" VIOLATED, "took
 * effect" IN_FORCE, "rejected" REJECTED, "expired" EXPIRED, "called for" PROPOSED), date and
 * mediator ("brokered by"). Mentions of the same ceasefire merge. Stateless.
 */
final class CeasefireStage extends EventStage {
  private static final Logger LOG = LoggerFactory.getLogger(CeasefireStage.class);

  static final Set<String> TRIGGERS = Words.defaults("ceasefire");
  /** "halt strikes", "a pause in attacks", "a moratorium on strikes": a ceasefire by another name. */
  static final Set<String> PAUSES = StringSet.of("halt", "pause", "ban", "moratorium", "suspension", "freeze", "stop", "end",
      "cease");
  private static final Set<String> HOSTILITIES = StringSet.of(
      "strikes", "attacks", "hostilities", "fighting", "bombing", "bombardment", "shelling", "airstrikes", "strike",
      // "agreed to stop all firing", "to cease fire", "halt the offensive"
      "firing", "fire", "offensive", "offensives", "clashes", "shooting",
      // the gerunds: "agreed to stop attacking energy facilities", "halt striking"
      "attacking", "striking", "targeting", "targetting");
  /** After "military", what a pause stops: "all military action", "military operations". */
  private static final Set<String> MILITARY_ACTION = StringSet.of("action", "actions", "operations", "activity", "activities");
  /** Verbs whose subject calls for a ceasefire rather than being bound by it. */
  private static final Set<String> ADVOCACY = StringSet.of(
      "urged", "urges", "urging", "called", "calls", "calling", "pushed", "pushes", "pushing", "demanded",
      "demands", "welcomed", "welcomes", "hailed", "praised", "brokered", "mediated", "proposed", "proposes");
  /** Verbs of negotiating a truce: their subject is a side, or, outside the article's war, a mediator. */
  private static final Set<String> NEGOTIATING = StringSet.of("negotiate", "negotiates", "negotiating", "negotiated",
      "secure", "securing", "arrange", "arranging", "facilitate", "facilitating");

  /** Verbs whose subject (even a person) commits its state to the ceasefire. */
  private static final Set<String> COMMITMENT = StringSet.of(
      "agreed", "agrees", "accepted", "accepts", "signed", "declared", "announced", "announces", "reached", "ordered",
      "committed", "pledged");

  private static boolean pauseOfStrikes(Tokens t, int i) {
    if (i > 0 && t.is(i, "pause") && t.is(i - 1, "humanitarian")) {
      return true; // "a humanitarian pause" is one in the fighting (a "90-day pause" may be of tariffs)
    }
    // "end hostilities", "end the fighting", "cease attacks": the verb right before the hostilities
    // (its noun, "the end of", says when fighting stopped, not that the sides agreed to stop it)
    boolean verbOnly = t.is(i, "end") || t.is(i, "cease");
    int before = i - 1;
    while (verbOnly && before > 0 && before > i - 3 && t.type(before) == Tokens.WORD && t.get(before).endsWith("ly")) {
      before--; // "to immediately cease hostilities"
    }
    if (verbOnly && !(before >= 0 && (t.is(before, "to") || t.is(before, "will") || t.is(before, "would")))) {
      return false;
    }
    for (int k = i + 1; k < Math.min(t.size(), verbOnly ? i + 3 : i + 4); k++) {
      if (t.type(k) == Tokens.WORD && (HOSTILITIES.contains(lower(t, k))
          // "stop all military action", "halt military operations" (not "halt military aid")
          || t.is(k, "military") && k + 1 < t.size() && MILITARY_ACTION.contains(lower(t, k + 1)))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> PARTIAL_WORDS = StringSet.copyOf(Arrays.asList(
      "energy", "limited", "partial", "local", "localised", "localized", "maritime", "sea",
      "naval", "humanitarian-corridor", "infrastructure", "air", "aerial", "regional"));
  static final Map<String, CeasefireStatus> STATUS_WORDS = new LinkedHashMap<>();

  static {
    for (String w : List.of("abide", "honour", "honor", "uphold")) { // read by KEEPING: agreed, or broken when negated
      STATUS_WORDS.put(w, CeasefireStatus.AGREED);
    }
    for (String w : List.of("violated", "violating", "violation", "violations", "violate", "violates", "breached",
        "breach", "breaches", "breaching", "breaking", "broke", "broken", "respect", "collapsed", "undermined",
        "flouted", "ignored", "exploiting",
        "exploited")) {
      STATUS_WORDS.put(w, CeasefireStatus.VIOLATED);
    }
    for (String w : List.of("rejected", "rejects", "rejecting", "refused", "refuses", "dismissed", "spurned")) {
      STATUS_WORDS.put(w, CeasefireStatus.REJECTED);
    }
    for (String w : List.of("expired", "ended", "lapsed", "expires", "ending",
        "suspended", "suspends", "terminated", "scrapped", "revoked")) { // "suspended a ceasefire": it ended
      STATUS_WORDS.put(w, CeasefireStatus.EXPIRED);
    }
    for (String w : List.of("effect", "holding", "held", "holds", "hold", "force", "in-force", "observed", "began", "place",
        "started", "extended", "extension", "continuing")) {
      STATUS_WORDS.put(w, CeasefireStatus.IN_FORCE);
    }
    for (String w : List.of("agreed", "reached", "signed", "announced", "accepted", "brokered", "ordered",
        "struck", "approved", "agreement", "deal", "declared", "sealed", "endorsed",
        // what resulted in a truce: "secured a ceasefire", "talks that led to a ceasefire"
        "secured", "clinched", "achieved", "produced", "yielded", "led",
        // a commitment: "committed to a ceasefire", "pledged to observe a truce"
        "committed", "pledged",
        "welcomed", "welcomes", "hailed", "praised")) { // one welcomes a truce that exists
      STATUS_WORDS.put(w, CeasefireStatus.AGREED);
    }
    for (String w : List.of("proposed", "proposal", "push", "pushed", "pushing", "urged", "urging",
        "called", "calls", "calling", "demanded", "demanding", "seeking", "sought", "plan", "offer",
        "offered", "want", "wants", "hopes", "possible", "could", "would", "negotiating", "proposes")) {
      STATUS_WORDS.put(w, CeasefireStatus.PROPOSED);
    }
  }

  private static final Set<String> FAILED = StringSet.of("failed", "not", "fail", "refused");

  /** Verbs of attack that, "despite" a truce, break it. */
  private static final Set<String> ATTACKS = StringSet.of(
      "launched", "launching", "struck", "attacked", "attacking", "shelled", "shelling", "pounded",
      "pounding", "fired", "firing", "bombed", "bombing", "hit", "hitting", "stormed", "raided", "fighting", "fought",
      "clashes", "clashed", "killed", "fire", "gunfire", "exchanged", "strikes", "airstrikes", "attacks", "attack",
      "missiles", "drones", "artillery", "assault", "assaults", "offensive", "raid", "raids", "airstrike");

  /**
   * Attacks made in spite of the truce in the next sentence of the paragraph, which opens "Despite
   * this, Russia launched ..." (in its own sentence: {@link #attackedDespiteIt}).
   */
  private static boolean attackedDespiteNext(Doc.Para p, int trigger) {
    Tokens t = p.tokens;
    int s = p.sentenceOf(trigger);
    if (s + 1 < p.sentenceStarts.length) {
      int next = p.sentenceStart(s + 1);
      if (next + 1 < t.size() && t.isIgnoreCase(next, "despite") && (t.is(next + 1, "this") || t.is(next + 1, "that"))
          && anyIn(t, next, Math.min(p.sentenceEnd(s + 1), next + StatementStage.SENTENCE_REACH), ATTACKS)) {
        return true;
      }
    }
    return false;
  }

  /** Attacks in the trigger's own sentence "despite" it: "shelled the grid despite an apparent ceasefire". */
  private static boolean attackedDespiteIt(Doc.Para p, int trigger) {
    Tokens t = p.tokens;
    int s = p.sentenceOf(trigger);
    int from = p.sentenceStart(s);
    boolean despite = false;
    for (int k = Math.max(from, trigger - 4); k < trigger; k++) {
      despite |= t.isIgnoreCase(k, "despite");
    }
    // (within SENTENCE_REACH of the trigger: one huge sentence stays linear)
    return despite && anyIn(t, Math.max(from, trigger - StatementStage.SENTENCE_REACH),
        Math.min(p.sentenceEnd(s), trigger + StatementStage.SENTENCE_REACH), ATTACKS);
  }

  /** How many earlier ceasefires a new mention is compared with. */
  private static final int MERGE_WINDOW = 24;

  CeasefireStage(PhraseIndex index) {
    this(index, Words.NONE);
  }

  CeasefireStage(PhraseIndex index, Words words) {
    super(index, words);
  }

  static final class Found {
    final LinkedHashSet<ActorRec> parties = new LinkedHashSet<>();
    CeasefireScope scope = CeasefireScope.FULL;
    String scopeNote;
    Period duration;
    /** A length in hours that is no whole number of days ("a 30-hour truce"), else 0. */
    int hours;
    PartialDate date;
    PartialDate start;
    PartialDate end;
    CeasefireStatus status;
    final Map<ActorRec, PartyRole> roles = new LinkedHashMap<>();
    final List<Span> evidence = new ArrayList<>(2);
    int para;
    int token; // the trigger's
    boolean definite; // "the truce", "this ceasefire": refers back
    /** Actors that called for, reported or brokered it: never taken as the other side. */
    final List<ActorRec> outsiders = new ArrayList<>(1);
    /** Actors the text leaves out of it ("a truce that excludes X"): no side of any truce of the article. */
    final Set<ActorRec> excluded = new LinkedHashSet<>(0);
    /** Outsiders that only report the truce ("..., Norway said"): the other side may still be one. */
    final List<ActorRec> reporters = new ArrayList<>(1);
    boolean explicit; // parties named with "between"
    /** Parties were none of its own: the article's sides, given after the mentions merged. */
    boolean sidesFromDiscourse;
    /** "an earlier truce", "a new ceasefire", "another truce": set apart from the one spoken of before. */
    boolean another;
    /** The state a truce naming no side is "in" ("a truce in Sudan", "in eastern Congo"), else null. */
    ActorRec placeState;
    /** The occasion that names it ("easter" for "the Easter truce"), else null. */
    String occasion;
    /** The word that set it apart ("first", "second", "new"), when {@link #another}. */
    String otherWord;
    /**
     * A renewal of a truce spoken of before ("an extension of the truce", "agreed to extend the
     * ceasefire until May 18", "the ceasefire was extended"): an agreement of its own, whose sides
     * are those of the truce it extends.
     */
    boolean extension;
    /** "a unilateral ceasefire", "declared a truce unilaterally": binding its one side only. */
    boolean unilateral;
    /**
     * Attacks in its own sentence were made "despite" it ("shelled the grid despite a ceasefire"):
     * the mention presupposes a truce already in place, so it names the one spoken of before.
     */
    boolean despite;
  }

  /** Words of a truce one side declares alone: "a unilateral ceasefire", "halted fire unilaterally". */
  private static final Set<String> UNILATERAL = StringSet.of("unilateral", "unilaterally", "one-sided");

  /** Verbs that renew a truce: "extend the ceasefire", "the truce was prolonged". */
  private static final Set<String> EXTENDING = StringSet.of("extend", "extends", "extended", "extending", "prolong",
      "prolongs", "prolonged", "prolonging", "renew", "renews", "renewed", "renewing");

  /**
   * Verbs that renew a truce only when they move its end to a date: "pushed the ceasefire further
   * to May 18" (not "pushed the ceasefire plan", "pushed for a truce").
   */
  private static final Set<String> MOVING = StringSet.of("push", "pushes", "pushed", "pushing");

  /** Whether "to" or "until" and a date follow the truce at {@code trigger}, over "further" or "back". */
  private static boolean movedToADate(Tokens t, int trigger, int to) {
    for (int k = trigger + 1; k < Math.min(to - 1, trigger + 4); k++) {
      if (t.is(k, "to") || t.is(k, "until")) {
        return Dates.at(t, k + 1, to, null, false) != null;
      }
      if (!t.is(k, "further") && !t.is(k, "back")) {
        return false;
      }
    }
    return false;
  }

  /** Nouns of a truce's renewal: "an extension of the truce". */
  private static final Set<String> EXTENSIONS = StringSet.of("extension", "extensions", "prolongation", "renewal");

  /** Words before a passive of renewal that make it no event: "could be extended", "has not been extended". */
  private static final Set<String> NOT_RENEWED = StringSet.of("could", "might", "may", "would", "can", "should", "not",
      "never", "n't");

  /**
   * Whether [from, to) holds a word of {@link #NOT_RENEWED} as written: "may" is a modal, "May" a
   * month ("the truce of May 2 has been extended" is renewed).
   */
  private static boolean notRenewed(Tokens t, int from, int to) {
    for (int j = from; j < to; j++) {
      if (t.type(j) == Tokens.WORD && NOT_RENEWED.contains(t.get(j))) {
        return true;
      }
    }
    return false;
  }

  /** Participles of renewal after the truce: "the ceasefire was extended", "has been prolonged". */
  private static final Set<String> EXTENDED = StringSet.of("extended", "prolonged", "renewed");

  /** Auxiliaries right before such a participle: a passive of fact or of plan, not of a hypothesis. */
  private static final Set<String> EXTENDED_AUXILIARIES = StringSet.of("been", "was", "were", "is", "are", "be", "being",
      "get", "got");

  /**
   * Words that may stand between a verb or noun of renewal and the truce it renews: determiners and
   * the truce's own modifiers ("extend the 12-hour humanitarian truce", "an extension of this
   * fragile ceasefire"). Another noun there is the renewed thing ("renewed calls for a ceasefire").
   */
  private static final Set<String> RENEWED_MODIFIERS = StringSet.of("the", "a", "an", "this", "that", "its", "their",
      "current", "existing", "humanitarian", "fragile", "temporary", "partial", "nationwide", "initial", "truce",
      "ceasefire", "cease-fire", "agreement", "deal");

  /**
   * Whether the ceasefire at {@code trigger} is renewed in its clause [from, to): a verb or noun of
   * renewal before it over its modifiers only ("to extend the truce", "an extension of that
   * ceasefire"), or a passive participle of renewal after it ("the ceasefire has been extended").
   * A renewal that is only possible ("could be extended") is no event of its own.
   */
  private static boolean extension(Tokens t, int trigger, int from, int to) {
    // (a word before it that renews nothing ends the look back only: "confirmed that the ceasefire
    // has been extended" is still renewed after it)
    for (int k = trigger - 1; k >= Math.max(from, trigger - 6); k--) {
      String w = t.type(k) == Tokens.WORD ? t.lower(k) : null;
      if (w == null) {
        if (t.type(k) == Tokens.NUMBER || t.is(k, "-")) {
          continue; // "the 12 - hour truce"
        }
        break;
      }
      if (Bits.EXTENDING.containsLower(t, k) || Bits.MOVING.containsLower(t, k) && movedToADate(t, trigger, to)) {
        return true;
      }
      if (w.equals("of")) {
        if (k > from && t.type(k - 1) == Tokens.WORD && EXTENSIONS.contains(t.lower(k - 1))) {
          return true;
        }
        break;
      }
      if (!Bits.RENEWED_MODIFIERS.containsLower(t, k) && !t.capitalised(k) && w.indexOf('-') < 0) {
        break; // ("renewed calls for a ceasefire": calls are renewed)
      }
    }
    for (int k = trigger + 2; k < Math.min(to, trigger + 12); k++) {
      if (t.is(k, ",") || t.is(k, ";") || (t.is(k, "and") || t.is(k, "but")) && k + 1 < to
          && t.type(k + 1) == Tokens.WORD && !t.capitalised(k + 1)) {
        return false; // ("the truce held, and the talks were extended": another clause's subject)
      }
      if (t.type(k) == Tokens.WORD && Bits.EXTENDED.containsLower(t, k)
          && t.type(k - 1) == Tokens.WORD && Bits.EXTENDED_AUXILIARIES.containsLower(t, k - 1)) {
        // ("could be extended", "has not been extended": a renewal only possible, or denied)
        return !notRenewed(t, Math.max(trigger + 1, k - 4), k - 1);
      }
    }
    return false;
  }

  /** Words before a ceasefire that set it apart from one spoken of before ("an earlier truce"). */
  static final Set<String> OTHER_ONE = StringSet.of(
      "another", "new", "earlier", "previous", "prior", "former", "second", "third", "fresh", "separate", "first");

  private static final Set<String> ORDINALS = StringSet.of("first", "second", "third");

  /**
   * Whether a mention set apart by {@code word} ("a second truce") may be the one set apart by
   * {@code before}: the same word, or a definite mention ("the new truce") unless both are
   * ordinals that differ ("the second truce" is not the first).
   */
  private static boolean sameOtherOne(String before, String word, boolean definite) {
    if (word.equals(before)) {
      return true;
    }
    return definite && !(ORDINALS.contains(word) && ORDINALS.contains(before));
  }

  /**
   * A mention that names no side of its own ("a ceasefire deal", "ceasefire negotiations"), once
   * the article's sides are given to it, speaks of the ceasefire between those sides the article
   * reported before, however far back: joined to it, when scope, length and date do not tell them
   * apart. A record before that names one of those sides only ("Qatar is trying to negotiate a
   * truce", then "Israel ..." in the next paragraph) is that ceasefire too, and takes the other side.
   * Each record is compared with at most {@value #MERGE_WINDOW} kept before it.
   */
  private static void joinDiscourseMentions(List<Found> out) {
    List<Found> kept = new ArrayList<>(out.size());
    for (Found f : out) {
      Found into = null;
      if (f.sidesFromDiscourse && !f.another) {
        for (int k = kept.size() - 1; k >= Math.max(0, kept.size() - MERGE_WINDOW) && into == null; k--) {
          Found o = kept.get(k);
          // (or one side of them: the one-party record before gets its other side later, after this join)
          if (o.extension == f.extension && (!f.extension || sameEnd(o, f))
              && (o.parties.equals(f.parties) || o.parties.size() == 1 && f.parties.containsAll(o.parties)) && alike(o, f)
              && (o.date == null || f.date == null || o.date.contains(f.date) || f.date.contains(o.date))) {
            into = o;
          }
        }
      }
      if (into == null) {
        kept.add(f);
      } else {
        LOG.debug("ceasefire mention naming no side in paragraph {}: the one of the same sides before", f.para);
        into.parties.addAll(f.parties); // (the one side it named, and now the other)
        absorb(into, f);
      }
    }
    out.clear();
    out.addAll(kept);
  }

  List<Found> run(Doc doc, ActorStage.Result actors) {
    return run(doc, actors, new Discourse(doc, actors, words));
  }

  List<Found> run(Doc doc, ActorStage.Result actors, Discourse discourse) {
    LocalDate published = doc.published;
    List<Found> out = new ArrayList<>();
    for (Doc.Para p : doc.paras) {
      if (p.heading()) {
        continue; // a headline sums up what the body reports
      }
      Tokens t = p.tokens;
      boolean added = words.addsTriggers();
      // "the proposal", "that plan" after a proposed ceasefire of the last paragraphs speak of it: a
      // rejection or an acceptance of the proposal is one of the truce
      Found lastProposed = out.isEmpty() ? null : out.get(out.size() - 1);
      if (lastProposed != null && (lastProposed.status != CeasefireStatus.PROPOSED || p.index - lastProposed.para > 3)) {
        lastProposed = null;
      }
      int nounTrigger = -1; // the paragraph's last ceasefire word, not a pause
      for (int i = 0; i < t.size(); i++) {
        // "... would observe it": the truce just told, of this paragraph or the last, when no party of
        // it is named yet
        Found lastTruce = out.isEmpty() || t.type(i) != Tokens.WORD || !complianceAnaphor(t, i) ? null
            : out.get(out.size() - 1);
        if (lastTruce != null && lastTruce.parties.isEmpty() && p.index - lastTruce.para <= 1) {
          List<ActorRec> sides = compliantSubjects(actors, discourse, p, i);
          if (sides.size() >= 2) {
            LOG.debug("paragraph {}: the sides that would observe 'it' are the parties of the truce before", p.index);
            lastTruce.parties.addAll(sides);
            if (lastTruce.status == CeasefireStatus.PROPOSED) {
              lastTruce.status = CeasefireStatus.AGREED; // the sides undertake to keep it
            }
          }
        }
        if ((p.flags(i) & (WordFlags.CEASEFIRE | WordFlags.PAUSE)) == 0 && !(added && t.type(i) == Tokens.WORD)) {
          if (lastProposed != null && proposalAnaphor(t, i)) {
            CeasefireStatus answer = answer(t, i);
            int[] c = answer == null ? null : clause(p, i);
            Found f = c == null ? null : ceasefire(actors, discourse, p, i, c[0], c[1], published);
            if (f != null && answeredBySides(discourse, lastProposed, f, answer)) {
              f.status = answer;
              LOG.debug("paragraph {}: '{}' speaks of the proposed ceasefire before it", p.index, t.get(i));
              f.parties.clear();
              f.parties.addAll(lastProposed.parties);
              f.date = null; // (the date of the answer, not of the truce)
              absorb(lastProposed, f);
            }
          }
          continue;
        }
        String w = lower(t, i);
        boolean pause = PAUSES.contains(w) && pauseOfStrikes(t, i);
        boolean mine = added && words.added(WordList.CEASEFIRE, w);
        // ("cessation" only of fighting: "a cessation of hostilities", "of attacks", "of all military action")
        if (!pause && !mine && (!TRIGGERS.contains(w) || w.equals("cessation") && !cessationOfFighting(t, i))) {
          continue;
        }
        if (pause && nounTrigger >= 0 && p.sentenceOf(nounTrigger) == p.sentenceOf(i)) {
          // "a truce under which both sides would stop striking ships": the pause is what the truce
          // named before it in the sentence stops, not another one
          continue;
        }
        if (!pause) {
          nounTrigger = i;
        }
        if (i + 1 < t.size() && (t.is(i + 1, "line") || t.is(i + 1, "lines"))) {
          continue; // "along the ceasefire line": a frontier's name, no truce spoken of
        }
        if (i > 0 && t.type(i - 1) == Tokens.WORD && NOT_FIGHTING.contains(lower(t, i - 1))) {
          continue; // "a price truce", "the trade truce": a truce of another contest than war
        }
        if (question(p, i)) {
          // "Has the ceasefire been broken?", "Is an extension of the truce being discussed?": a
          // question asserts nothing about the truce; the answer does
          LOG.debug("paragraph {}: '{}' in a question", p.index, t.get(i));
          continue;
        }
        int[] c = clause(p, i);
        Found f = ceasefire(actors, discourse, p, i, c[0], c[1], published);
        if (f != null) {
          merge(out, f);
        }
      }
    }
    for (Found f : out) {
      if (published != null && f.status != CeasefireStatus.PROPOSED && f.date != null
          && f.date.firstDay().isAfter(published)) {
        // resolved while the mention still looked like a proposal; a ceasefire in force has a past date
        LOG.debug("{} ceasefire dated {} after publication: date dropped", f.status, f.date);
        f.date = null;
      }
    }
    Set<ActorRec> leftOut = new LinkedHashSet<>(0); // excluded from a truce: no side given by the discourse
    for (Found f : out) {
      leftOut.addAll(f.excluded);
    }
    // the war's sides other than those a truce leaves out, when it leaves any out (once per article)
    Discourse.Pair withoutLeftOut = leftOut.isEmpty() ? null : discourse.conflictWithout(leftOut);
    for (Found f : out) {
      if (f.parties.isEmpty()) {
        // "a truce was announced", "the warring parties agreed a ceasefire": the sides the article
        // last paired, else the two it names most
        Discourse.Pair pair = discourse.sidesAt(f.para, f.token);
        if (pair != null && (leftOut.contains(pair.a) || leftOut.contains(pair.b))) {
          pair = withoutLeftOut;
        }
        if (pair != null && !f.roles.containsKey(pair.a) && !f.roles.containsKey(pair.b)
            && !outsider(f, pair.a) && !outsider(f, pair.b)) {
          LOG.debug("ceasefire naming no party: the article's sides {} and {}", pair.a.name, pair.b.name);
          f.parties.add(pair.a);
          f.parties.add(pair.b);
          f.sidesFromDiscourse = true;
        }
      }
    }
    Map<String, List<ActorRec>> fighting = null; // armed groups by country, most fighting first: made once
    for (Found f : out) {
      if (f.parties.isEmpty() && f.placeState != null && f.placeState.country != null) {
        // "a truce in Sudan" in an article that names no pair: a civil war's truce binds the state and
        // the armed group of that state the article shows fighting
        if (fighting == null) {
          fighting = fightingGroups(actors, discourse);
        }
        ActorRec group = insurgentOf(fighting.getOrDefault(f.placeState.country, List.of()), f);
        if (group != null) {
          LOG.debug("ceasefire in {} naming no party: the state and its armed group {}", f.placeState.name, group.name);
          f.parties.add(f.placeState);
          f.parties.add(group);
          f.sidesFromDiscourse = true;
        }
      }
    }
    out.removeIf(f -> f.parties.isEmpty());
    joinDiscourseMentions(out);
    if (published != null) {
      lifeFromEnds(out, published);
    }
    List<ActorRec> ranked = null; // the article's sides, named most first: made once, when first needed
    for (Found f : out) {
      // "Russia" and "the Kremlin" are one side: a state stands for its institutions (not for an
      // armed group of the same country, which may be the other side)
      f.parties.removeIf(a -> a.kind == ActorKind.ORGANIZATION && a.country != null && f.parties.stream()
          .anyMatch(o -> o.kind == ActorKind.STATE && a.country.equals(o.country)));
      stateForInstitution(discourse, doc, actors, f);
      if (f.parties.size() == 1 && f.unilateral) {
        LOG.debug("unilateral ceasefire of {}: no other side", f.parties.iterator().next().name);
      } else if (f.parties.size() == 1) {
        ActorRec only = f.parties.iterator().next();
        Discourse.Pair sides = discourse.sidesAt(f.para, f.token);
        ActorRec side = discourse.side(only);
        ActorRec other = sides != null && sides.has(side) ? (sides.a == side ? sides.b : sides.a)
            : discourse.otherSide(only, f.para, f.token);
        // "Chile violated the truce, Norway said": the side of the pair that reports the other's
        // breach is the truce's other party, when the article shows it at war (a pair that is only the
        // article's two names, "the SDF agreed to a truce, a US official said", is no pair of sides)
        boolean reportsOnly = other != null && reports(discourse, f, other) && sides != null && sides.has(side)
            && discourse.conflict != null && discourse.conflict.has(other);
        // "Chile proposed a truce, which Peru rejected": a proposer that the article shows fighting
        // (a side of its conflict) is still the truce's other party; one that is not may mediate
        boolean proposer = other != null && f.roles.get(other) == PartyRole.PROPOSING && discourse.conflict != null
            && discourse.conflict.has(other) && discourse.conflict.has(side);
        // (not a go-between the article shows mediating more than fighting: "Malaysia, which has
        // facilitated contacts between Manila and the group", is no side of the group's truce)
        if (other != null && other != only && !leftOut.contains(other) && (!f.roles.containsKey(other) || proposer)
            && (!outsider(f, other) || reportsOnly) && !(discourse.mediator(other) && !proposer)) {
          LOG.debug("ceasefire with one named party {}: the other side, from the discourse, {}", only.name, other.name);
          f.parties.add(other);
        } else {
          if (ranked == null) {
            ranked = rankedSides(actors, discourse);
          }
          otherSide(ranked, leftOut, f);
        }
      }
    }
    return out;
  }

  /** Nouns of a state's forces or rulers that name no state: "the government", "troops", "the army". */
  private static final Set<String> STATE_FORCES = StringSet.of("government", "troops", "soldiers", "army", "military",
      "junta");

  /**
   * The first of [from, to) that is a state's forces or government named without the state: "the
   * government", "government forces", "troops", "the army"; not "Sudan's army", "Russian troops",
   * "rebel troops", "the government of X". -1 when there is none.
   */
  private static int stateForces(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      // (a sentence may open with it: "Government forces and the ELN agreed")
      if (t.type(k) != Tokens.WORD || !STATE_FORCES.contains(t.get(k)) && !(k == from && STATE_FORCES.contains(t.lower(k)))) {
        continue;
      }
      // only after a determiner, "government", "and" or punctuation: not "rebel troops", "peacekeeping troops"
      boolean bare = k == from || t.is(k - 1, "the") || t.is(k - 1, "The") || t.isIgnoreCase(k - 1, "government")
          || t.is(k - 1, "and") || t.is(k - 1, "between") || t.is(k - 1, "with")
          || t.type(k - 1) == Tokens.PUNCT && !t.is(k - 1, "-");
      if (bare && !(k + 1 < to && t.is(k + 1, "of"))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether the tokens [a, b) join two names of a list: "and", "or" or a comma, with at most an
   * article after it ("Egypt and the UAE", "Qatar, Egypt").
   */
  private static boolean coordinatedNames(Tokens t, int a, int b) {
    if (b - a < 1 || b - a > 2 || !(t.is(a, "and") || t.is(a, "or") || t.is(a, ","))) {
      return false;
    }
    return b - a == 1 || t.is(a + 1, "the");
  }

  /** Occasions that name a truce: "the Easter truce", "a Christmas ceasefire" (words.tsv, "occasion"). */
  static final Set<String> OCCASIONS = StringSet.copyOf(Words.defaults("occasion"));

  /** The occasion after "for" or "over" right after the trigger: "a truce for (the) Easter (holiday)". */
  private static String occasionAfter(Tokens t, int trigger, int to) {
    int k = trigger + 1;
    if (k >= to || !(t.is(k, "for") || t.is(k, "over"))) {
      return null;
    }
    k++;
    if (k < to && t.is(k, "the")) {
      k++;
    }
    return k < to && t.type(k) == Tokens.WORD && t.capitalised(k) && OCCASIONS.contains(lower(t, k)) ? lower(t, k) : null;
  }

  /**
   * The number of words at {@code k} that bound an amount ("at least", "up to", "more than",
   * "nearly", "about", "around", "some", "roughly"): 0 when there are none.
   */
  private static int boundWords(Tokens t, int k, int to) {
    if (k + 1 < to && (t.is(k, "at") && (t.is(k + 1, "least") || t.is(k + 1, "most")) || t.is(k, "up") && t.is(k + 1, "to")
        || (t.is(k, "more") || t.is(k, "less") || t.is(k, "fewer")) && t.is(k + 1, "than"))) {
      return 2;
    }
    return k < to && (t.is(k, "nearly") || t.is(k, "about") || t.is(k, "around") || t.is(k, "some")
        || t.is(k, "roughly") || t.is(k, "almost") || t.is(k, "approximately")) ? 1 : 0;
  }

  /**
   * Whether the later mention {@code b} may speak of {@code a} by their occasions: the same, or
   * either absent; but an indefinite mention with none ("a full ceasefire") is not a truce named by
   * its occasion ("the Victory Day truce") before it.
   */
  private static boolean sameOccasion(Found a, Found b) {
    if (a.occasion != null && b.occasion == null) {
      return b.definite;
    }
    return a.occasion == null || b.occasion == null || a.occasion.equals(b.occasion);
  }

  /** The first state named in a locative phrase of [from, to): "in Sudan", "in eastern Congo". */
  private static ActorRec placeState(ActorStage.Result actors, Doc.Para p, int from, int to) {
    Tokens t = p.tokens;
    for (Mention m : Mention.starting(actors.mentions.get(p.index), from, to)) {
      if (m.to > to) {
        break;
      }
      if (m.actor.kind == ActorKind.STATE && m.from > from && !m.quoted
          && (t.is(m.from - 1, "in") || EventStage.inPlacePhrase(t, m.from))) {
        return m.actor;
      }
    }
    return null;
  }

  /**
   * The article's groups with a war score above nought, by country, each list most fighting first
   * (ties in order of the actors): read once per article, not once per truce.
   */
  private static Map<String, List<ActorRec>> fightingGroups(ActorStage.Result actors, Discourse discourse) {
    Map<String, List<ActorRec>> out = new java.util.HashMap<>();
    for (ActorRec a : actors.actors) {
      if (a.kind == ActorKind.GROUP && a.country != null && discourse.warring(a) > 0) {
        out.computeIfAbsent(a.country, c -> new ArrayList<>(2)).add(a);
      }
    }
    for (List<ActorRec> l : out.values()) {
      l.sort(java.util.Comparator.comparingInt((ActorRec a) -> -discourse.warring(a)));
    }
    return out;
  }

  /**
   * Of the armed groups of a state's country, most fighting first ({@link #fightingGroups}), the
   * first that is no role or outsider of the truce; null when there is none.
   */
  private static ActorRec insurgentOf(List<ActorRec> groups, Found f) {
    for (ActorRec a : groups) {
      if (!f.roles.containsKey(a) && !outsider(f, a)) {
        return a;
      }
    }
    return null;
  }

  /** The last word of a name, in lower case ("mediators" of "Egyptian mediators"). */
  private static String lastWord(String name) {
    return name.substring(name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Whether a verb of {@link #NEGOTIATING} stands between a mention of {@code a} before the trigger
   * and the trigger, with no other actor named between ("the US is working with partners to form a
   * committee to negotiate a permanent ceasefire"): the actor works towards the truce of others.
   */
  private static boolean negotiatesTowards(ActorStage.Result actors, Doc.Para p, ActorRec a, int from, int trigger) {
    Tokens t = p.tokens;
    List<Mention> ms = actors.mentions.get(p.index);
    int last = -1;
    for (int i = Mention.first(ms, from); i < ms.size() && ms.get(i).from < trigger; i++) {
      last = ms.get(i).actor == a ? ms.get(i).to : -1; // (another actor after it: not its verb)
    }
    if (last < 0 || trigger - last > 16) {
      return false;
    }
    for (int k = last; k < trigger; k++) {
      if (t.type(k) == Tokens.WORD && NEGOTIATING.contains(t.lower(k))) {
        return true;
      }
      if (t.type(k) == Tokens.PUNCT && !t.is(k, "-")) {
        return false;
      }
    }
    return false;
  }

  /** "cessation of" before a word of fighting, an article or "all" between: "a cessation of all attacks". */
  private static boolean cessationOfFighting(Tokens t, int i) {
    if (!(i + 2 < t.size() && t.is(i + 1, "of"))) {
      return false;
    }
    int k = i + 2;
    if (k + 1 < t.size() && (t.is(k, "the") || t.is(k, "all"))) {
      k++;
    }
    return t.type(k) == Tokens.WORD && (HOSTILITIES.contains(t.lower(k)) || t.is(k, "violence")
        || t.is(k, "military") && k + 1 < t.size() && MILITARY_ACTION.contains(t.lower(k + 1)));
  }

  /** Whether {@code side} or its officials ("Chilean officials said") only report the truce. */
  private static boolean reports(Discourse discourse, Found f, ActorRec side) {
    for (ActorRec r : f.reporters) {
      if (r == side || discourse.side(r) == side) {
        return true;
      }
    }
    return false;
  }

  /**
   * The article's states and groups, named most first (ties in order of the actors), with the states
   * named only by a demonym ("Israeli strikes": Israel): made once per article for {@link #otherSide}.
   */
  private static List<ActorRec> rankedSides(ActorStage.Result actors, Discourse discourse) {
    List<ActorRec> out = new ArrayList<>();
    for (ActorRec a : actors.actors) {
      if (a.kind == ActorKind.STATE || a.kind == ActorKind.GROUP) {
        out.add(a);
      }
    }
    out.addAll(discourse.madeStates());
    out.removeIf(discourse::mediator); // (a go-between the article shows mediating more than fighting is no side)
    out.sort(java.util.Comparator.comparingInt((ActorRec a) -> -a.mentions.size())); // (stable: ties keep their order)
    return out;
  }

  /** Words that leave who follows out of a truce: "excludes the ELN", "except Hamas". */
  private static final Set<String> EXCLUDING = StringSet.of("exclude", "excludes", "excluded", "excluding", "except",
      "excepting", "exempting", "exempt");

  /** Words between an excluding word and the name it excludes: "exclude groups such as X". */
  private static final Set<String> EXCLUDED_LEAD = StringSet.of("the", "groups", "group", "such", "as", "militants",
      "militant", "factions", "like", "for");

  /**
   * The actors a clause [from, to) leaves out of a truce: named right after an excluding word over
   * a lead ("a truce that excludes the Shining Path", "exclude groups such as X and Y"), with those
   * coordinated after them, or the subject of a passive "excluded" ("the ELN was excluded from it").
   */
  private static List<ActorRec> excluded(ActorStage.Result actors, Doc.Para p, int from, int to) {
    Tokens t = p.tokens;
    if (!anyIn(t, from, to, EXCLUDING)) {
      return List.of(); // most clauses: one test of bits
    }
    List<ActorRec> out = new ArrayList<>(1);
    Mention previous = null;
    for (Mention m : Mention.starting(actors.mentions.get(p.index), from, to)) {
      boolean after = false;
      for (int k = m.from - 1; k >= Math.max(from, m.from - 5) && !after; k--) {
        if (t.type(k) != Tokens.WORD) {
          break;
        }
        String w = lower(t, k);
        after = EXCLUDING.contains(w);
        if (!after && !EXCLUDED_LEAD.contains(w)) {
          break;
        }
      }
      // ("X and Y", "X, Y"; "al Qaeda's Nusra Front": the one the possessive qualifies)
      boolean listed = previous != null && out.contains(previous.actor) && (coordinatedNames(t, previous.to, m.from)
          || m.from == previous.to + 1 && t.type(previous.to) == Tokens.POSSESSIVE);
      boolean passive = m.to + 1 < to && PASSIVE.contains(lower(t, m.to)) && t.is(m.to + 1, "excluded");
      if (after || listed || passive) {
        out.add(m.actor);
      }
      previous = m;
    }
    return out;
  }

  /**
   * A ceasefire binds two sides; when the text names one ("Russia failed to respect the truce"),
   * the other is the state or group the article speaks of most, other than that one.
   */
  private static void otherSide(List<ActorRec> ranked, Set<ActorRec> leftOut, Found f) {
    ActorRec only = f.parties.iterator().next();
    ActorRec best = null;
    for (ActorRec a : ranked) {
      if (a != only && (a.country == null || !a.country.equals(only.country))
          && !f.roles.containsKey(a) && !outsider(f, a) && !leftOut.contains(a)) {
        best = a;
        break;
      }
    }
    if (best != null) {
      LOG.debug("ceasefire with one named party {}: the other side taken as {}", only.name, best.name);
      f.parties.add(best);
    }
  }

  /** Whether token {@code q} is "the", "a" or "an", or one of them capitalised: by its first letter first. */
  private static boolean article(Tokens t, int q) {
    char c = t.firstChar(q);
    return (c == 't' || c == 'a' || c == 'T' || c == 'A') && (t.is(q, "the") || t.is(q, "a") || t.is(q, "an")
        || t.is(q, "The") || t.is(q, "A") || t.is(q, "An"));
  }

  private Found ceasefire(ActorStage.Result actors, Discourse discourse, Doc.Para p, int trigger, int from, int to,
      LocalDate published) {
    Tokens t = p.tokens;
    if (trigger > 0 && (t.is(trigger - 1, "no") || t.is(trigger - 1, "No"))) {
      LOG.debug("paragraph {}: 'no {}' is not a ceasefire", p.index, t.get(trigger));
      return null;
    }
    if (otherTruces(t, trigger, from)) {
      // "Previous truces have been violated", "several earlier ceasefires collapsed": other ceasefires,
      // spoken of together; neither this one nor one to record
      LOG.debug("paragraph {}: '{}' speaks of other ceasefires", p.index, t.get(trigger));
      return null;
    }
    Found f = new Found();
    f.para = p.index;
    f.token = trigger;
    // qualifiers before the trigger: "30-day", "limited energy", "Black Sea"
    int q = trigger - 1;
    int qualifierStart = trigger;
    while (q >= from && q >= trigger - 5 && (t.type(q) == Tokens.WORD || t.type(q) == Tokens.NUMBER
        || t.is(q, "-") || t.type(q) == Tokens.QUOTE) && !article(t, q)) {
      qualifierStart = q;
      q--;
    }
    int det = qualifierStart - 1;
    while (det >= from && t.type(det) == Tokens.QUOTE) {
      det--;
    }
    f.definite = det >= from && (t.is(det, "the") || t.is(det, "The") || t.is(det, "this") || t.is(det, "This")
        || t.is(det, "that") || t.is(det, "its") || t.type(det) == Tokens.POSSESSIVE);
    f.extension = extension(t, trigger, from, to);
    f.unilateral = anyIn(t, Math.max(from, trigger - 5), Math.min(to, trigger + 6), UNILATERAL);
    for (int k = Math.max(from, qualifierStart - 1); k < trigger && !f.another; k++) {
      f.another = t.type(k) == Tokens.WORD && OTHER_ONE.contains(lower(t, k));
      f.otherWord = f.another ? lower(t, k) : null;
    }
    List<String> partial = new ArrayList<>();
    for (int k = qualifierStart; k < trigger; k++) {
      String w = lower(t, k);
      Period d = duration(t, k);
      if (d != null) {
        f.duration = d;
        continue;
      }
      if (w.endsWith("-hour") && w.indexOf('-') > 0 && amount(w.substring(0, w.indexOf('-'))) > 0) {
        f.hours = amount(w.substring(0, w.indexOf('-'))); // "a 30-hour truce": no whole number of days
        continue;
      }
      if (t.capitalised(k) && OCCASIONS.contains(w)) {
        f.occasion = w; // "a 30-hour Easter truce"
        continue;
      }
      if (PARTIAL_WORDS.contains(w) || (t.capitalised(k) && (t.is(k, "Sea") || k + 1 < trigger && t.is(k + 1, "Sea")))) {
        partial.add(t.get(k));
      }
    }
    if (f.occasion == null) {
      f.occasion = occasionAfter(t, trigger, to); // "a ceasefire for the Victory Day holiday"
    }
    // "on energy infrastructure", "around the plant"
    boolean pause = trigger + 2 < Math.min(to, trigger + 6) && PAUSES.contains(lower(t, trigger)); // (asked once)
    for (int k = trigger + 1; k + 1 < Math.min(to, trigger + 6); k++) {
      // "halt attacks on oil pipelines": the target of the hostilities a pause stops is its scope
      boolean pausedTarget = pause && HOSTILITIES.contains(lower(t, k - 1));
      // "stop attacking energy facilities": the object of a gerund of hostilities is their target
      boolean gerundObject = pausedTarget && k == trigger + 2 && lower(t, k - 1).endsWith("ing") && t.type(k) == Tokens.WORD
          && !t.is(k, "on") && !t.is(k, "against") && !t.is(k, "for") && !t.is(k, "and");
      if (((t.is(k, "on") || t.is(k, "against")) && (t.is(k + 1, "energy") || t.is(k + 1, "strikes") || pausedTarget)
          || gerundObject)
          && !(t.is(k, "on") && Dates.at(t, k + 1, to, null, false) != null)) { // (not "halt hostilities on Monday": a time)
        int b = gerundObject ? k : k + 1 < to && t.type(k + 1) == Tokens.QUOTE ? k + 2 : k + 1; // on "energy facilities"
        int e = b;
        while (e < to && e < b + 4 && t.type(e) == Tokens.WORD && !t.is(e, "was") && !t.is(e, "and")
            && !(e > b && STOP.contains(t.get(e)))) {
          e++;
        }
        String target = e > b ? t.span(b, e) : "";
        if (!target.isBlank()) { // (no word after "on": no scope to name)
          partial.clear();
          partial.add(target);
        }
        break;
      }
    }
    if (!partial.isEmpty()) {
      f.scope = CeasefireScope.PARTIAL;
      f.scopeNote = String.join(" ", partial);
    }
    if (f.duration == null) {
      for (int k = trigger + 1; k < Math.min(to, trigger + 8); k++) {
        // "for 60 days", "lasting ten days", "meant to last 60 days", "a truce of 72 hours"
        char c = t.firstChar(k); // (one read turns most words away)
        if ((c == 'f' || c == 'l' || c == 'o')
            && (t.is(k, "for") || t.is(k, "lasting") || t.is(k, "last") || t.is(k, "of") && k == trigger + 1)) {
          // (a bound before the number leaves the length: "for at least 30 days", "lasting up to 60 days")
          int n = k + 1 + boundWords(t, k + 1, to);
          Period d = durationPhrase(t, n, to);
          if (d != null) {
            f.duration = d;
            break;
          }
        }
      }
    }
    f.status = status(p, from, to, trigger, f.extension);
    f.despite = attackedDespiteIt(p, trigger);
    if (f.despite || attackedDespiteNext(p, trigger)) {
      f.status = CeasefireStatus.VIOLATED;
    }
    // parties
    // ("a truce between the two sides": the article's sides, given below, not the clause's other names)
    boolean thePair = betweenThePair(t, trigger, to);
    List<ActorRec> parties = thePair ? new ArrayList<>(0) : between(actors, p, trigger, to);
    f.explicit = !parties.isEmpty();
    if (parties.isEmpty() && !thePair) {
      parties = named(actors, p, from, to, true); // ("a truce in northern Syria": where, not who)
    }
    f.placeState = placeState(actors, p, from, to); // (read only if no party is left at the end)
    for (ActorRec a : excluded(actors, p, from, to)) {
      // "a truce that excludes the Shining Path", "the ELN was excluded from the truce": left out of it
      LOG.debug("paragraph {}: {} excluded from the ceasefire", p.index, a.name);
      parties.remove(a);
      f.excluded.add(a);
    }
    if (f.explicit && parties.size() == 1) {
      // "a truce with the army": the other side is the sentence's subject
      ActorRec subject = sentenceSubject(actors, p, trigger, false);
      ActorRec adversary = adversaryBefore(actors, discourse, p, parties.get(0), trigger);
      if (adversary != null && subject != adversary) {
        // "The US and Norway agreed on a proposal for a truce with Chile": of the subjects, the one
        // at war with Chile is the other side; the rest propose or mediate
        LOG.debug("ceasefire with {}: its adversary {} named before, not the subject {}", parties.get(0).name,
            adversary.name, subject == null ? null : subject.name);
        subject = adversary;
      }
      if (subject != null && !parties.contains(subject)) {
        parties.add(0, subject);
      }
    }
    // "a truce under which A and B would stop striking ships": the subjects of the truce's content
    // are the sides it binds, whoever else the article shows at war
    Set<ActorRec> bound = boundByContent(actors, p, trigger, to);
    for (ActorRec a : bound) {
      if (!parties.contains(a)) {
        parties.add(a);
      }
    }
    for (ActorRec a : parties) {
      // (bound by the terms: no outsider, reporter, advocate or go-between, as if named explicitly)
      boolean explicit = f.explicit || bound.contains(a);
      if (explicit && !f.explicit) {
        LOG.debug("paragraph {}: {} bound by the truce's terms", p.index, a.name);
      }
      if (!explicit && onlyInOpeningPhrase(actors, p, a, trigger)) {
        f.outsiders.add(a); // "Following an intervention from Turkey, A and B agreed to a truce"
        continue;
      }
      boolean advocate = !explicit && advocate(actors, p, a, from, trigger); // (read once: asked twice below)
      if (!explicit && (advocate || reporter(actors, p, a, trigger, to)
          || reportsBefore(actors, p, a, from, trigger))) {
        // "the US urged a truce", "..., the State Department said": it calls for or reports the
        // ceasefire, it is not bound by it
        f.outsiders.add(a);
        if (!advocate) {
          f.reporters.add(a);
        }
        continue;
      }
      ActorRec side = discourse.side(a);
      if (!explicit && side != null && discourse.conflict != null && !discourse.conflict.has(side)
          && (verbAfterMention(actors, p, a, from, trigger, NEGOTIATING) || negotiatesTowards(actors, p, a, from, trigger))) {
        // "Qatar has been trying to negotiate a truce" in an article of another pair's war: it negotiates
        // between them
        f.roles.put(a, PartyRole.MEDIATING);
        continue;
      }
      if (!explicit && side != null && discourse.mediator(side) && !committed(actors, p, a, from, to)) {
        f.roles.put(a, PartyRole.MEDIATING); // the article shows it brokering, not fighting
        continue;
      }
      if (!explicit && discourse.conflict != null && side != null && !discourse.conflict.has(side)
          && discourse.warring(side) < discourse.warring(discourse.conflict.b) && !committed(actors, p, a, from, to)) {
        // named near the truce but neither a side of the article's conflict nor committed by a verb
        // of its own ("Qatar said the ceasefire ...", "the US position on a truce")
        f.outsiders.add(a);
        continue;
      }
      if (a.kind == ActorKind.GROUP && a.entry == null && !a.armed && a.country != null && civilWar(discourse, a.country)) {
        // "Yemeni government forces" against the Houthis, Yemen's own rebels: the government's side is
        // the party, not the state both sides are of
        f.parties.add(a);
        continue;
      }
      if (a.kind == ActorKind.GROUP && a.entry == null && !a.armed && a.country != null) {
        // "Norwegian forces", "Chilean troops", "the Chilean army": a group named by its state's demonym
        // fights for it (the state made from the demonym when the article does not name it)
        List<ActorRec> states = actors.states(a.country);
        ActorRec made = states.isEmpty() ? stateOfDemonym(actors, discourse, p, a, from, to, 0) : null;
        if (!states.isEmpty() || made != null) {
          if (words.all(WordList.MEDIATION).contains(lastWord(a.name))) {
            // "Egyptian mediators secured a truce": the state's go-betweens, not a side
            for (ActorRec st : made != null ? List.of(made) : states) {
              f.roles.put(st, PartyRole.MEDIATING);
              f.parties.remove(st);
            }
            continue;
          }
          f.parties.addAll(made != null ? List.of(made) : states);
          continue;
        }
      }
      if (a.kind == ActorKind.PERSON) {
        // people announce and broker ceasefires; a leader who agrees commits the state
        if (a.country != null && committed(actors, p, a, from, to)) {
          List<ActorRec> states = actors.states(a.country);
          ActorRec titled = states.isEmpty() ? stateOfDemonym(actors, discourse, p, a, from, to, 7) : null;
          if (states.isEmpty() && titled == null) {
            // "Putin agreed", his title ("Russian President") paragraphs before: the state of that title
            titled = discourse.stateOfCountry(a.country);
          }
          f.parties.addAll(titled != null ? List.of(titled) : states);
        }
        continue;
      }
      if (a.kind == ActorKind.ORGANIZATION && a.country == null && a.entry != null) {
        f.roles.put(a, PartyRole.MEDIATING); // the UN, the IAEA: intergovernmental bodies mediate or monitor
        continue;
      }
      f.parties.add(a);
    }
    if (f.parties.size() == 1 && f.parties.stream().noneMatch(a -> a.kind == ActorKind.STATE)) {
      // "a ceasefire between government forces and the X Command", "the army agreed to a truce":
      // the forces of a state the clause does not name are the article's home state's
      int k = stateForces(t, from, to);
      ActorRec home = k < 0 ? null : discourse.homeState(actors, p, k, k + 1);
      ActorRec only = f.parties.iterator().next();
      if (home == null && k >= 0 && only.kind == ActorKind.GROUP && only.entry != null && only.country != null) {
        // "the army ... in the fighting with the RSF" with no home the article shows: the forces
        // fighting a state's own insurgents are that state's
        home = discourse.stateOfCountry(actors, only.country, p, k, k + 1);
      }
      if (home != null && !f.parties.contains(home) && !f.roles.containsKey(home) && !outsider(f, home)
          && !f.excluded.contains(home)) {
        LOG.debug("paragraph {}: '{}' of the article's home state {}", p.index, t.get(k), home.name);
        f.parties.add(home);
      }
    }
    if (f.parties.isEmpty()) {
      // "called on the two generals to cease hostilities": the two people who hold that title
      List<ActorRec> pair = titledPair(actors, p, from, to);
      if (pair != null) {
        LOG.debug("ceasefire of the two holders of a title: {} and {}", pair.get(0).name, pair.get(1).name);
        f.parties.addAll(pair);
        f.explicit = true;
      }
    }
    // "a Russia-brokered truce", "US-mediated": the actor in the compound mediates
    for (Mention m : Mention.starting(actors.mentions.get(p.index), from, to)) {
      if (m.from >= from && m.to <= to && m.to - m.from == 1 && mediatingCompound(t.get(m.from))) {
        f.parties.remove(m.actor);
        f.roles.put(m.actor, PartyRole.MEDIATING);
      }
    }
    // roles by verb frame: the agent of "brokered"/"mediated"/"hosted" mediates, of "proposed"
    // proposes, whether active ("Egypt brokered a truce") or passive ("a truce proposed by Turkey")
    // "with the help of Brazil", "under the auspices of the UN": who helps a truce about mediates it
    for (int k = from; k + 2 < to; k++) {
      char c = t.firstChar(k); // (the openers' first letters turn most tokens away)
      int of = c == 'w' || c == 'u' || c == 't' || c == 'W' || c == 'U' || c == 'T' ? assistanceAt(t, k) : -1;
      if (of > 0) {
        int end = agentPhraseEnd(t, of + 1, to);
        if (k == p.sentenceStart(p.sentenceOf(k))) {
          // "With the help of Brazil, Peru and Chile agreed": the phrase opens the sentence and ends
          // at its comma; the names after it are the clause's subject
          for (int x = of + 1; x < end; x++) {
            if (t.is(x, ",")) {
              end = x;
              break;
            }
          }
        }
        for (ActorRec helper : listAfter(actors, p, of, end)) {
          LOG.debug("paragraph {}: {} helps the ceasefire about: mediates", p.index, helper.name);
          f.roles.put(helper, PartyRole.MEDIATING);
          f.parties.remove(helper);
          f.outsiders.remove(helper);
        }
        k = of;
      }
    }
    int[] roleVerbs = p.positions(ROLE_VERBS, k -> t.type(k) == Tokens.WORD && Bits.ROLE_VERBS.containsLower(t, k));
    for (int j = Doc.Para.first(roleVerbs, from); j < roleVerbs.length && roleVerbs[j] < to; j++) {
      int k = roleVerbs[j];
      if (t.type(k) != Tokens.WORD) {
        continue;
      }
      PartyRole role = Bits.ROLE_VERBS.containsLower(t, k) ? ROLE_VERBS.get(lower(t, k)) : null;
      if (role == null && k > from && t.is(k, "forward") && t.is(k - 1, "put")) {
        role = PartyRole.PROPOSING; // "a proposal put forward by Egypt"
      }
      if (role == null) {
        continue;
      }
      boolean passive = k + 1 < to && t.is(k + 1, "by");
      if (!passive && PASSIVE_ROLE_VERBS.contains(lower(t, k))) {
        continue;
      }
      List<ActorRec> agents = new ArrayList<>(2);
      if (passive) {
        // "brokered by Qatar, Egypt and the United States"; the agent phrase ends at the next
        // preposition ("brokered by Peru between A and B": A and B are the parties)
        int end = agentPhraseEnd(t, k + 2, to);
        // "Under a deal brokered by Norway, Peru and Chile agreed ...": the agent phrase ends with the
        // opening adverbial phrase it stands in; the names after its comma are the clause's subject
        int opening = Roles.openingComma(t, p.sentenceStart(p.sentenceOf(k)), trigger);
        if (opening > k) {
          end = Math.min(end, opening);
        }
        agents.addAll(listAfter(actors, p, k + 1, end));
      } else {
        List<Mention> before = Mention.starting(actors.mentions.get(p.index), k - 16 - actors.longest(p.index), k);
        for (int b = 0; b < before.size(); b++) {
          Mention m = before.get(b);
          if (m.to <= k && k - m.to <= 3 && k < trigger && (auxiliariesOnly(t, m.to, k) || relativeSubject(t, m.to, k))) {
            agents.add(m.actor);
            // "Egypt and Qatar, which mediated the truce": the coordinated names before share the verb
            // (a list of any length: "the US, Saudi Arabia, Egypt and the UAE proposed")
            for (int c = b - 1; c >= 0 && coordinatedNames(t, before.get(c).to, before.get(c + 1).from); c--) {
              agents.add(before.get(c).actor);
            }
          }
        }
        if (!agents.isEmpty()) {
          // "Egypt mediated the truce along with the United States": a co-agent in the same role
          for (int j2 = k + 1; j2 + 2 < to && j2 < k + 10; j2++) {
            if ((t.is(j2, "along") || t.is(j2, "together")) && t.is(j2 + 1, "with")) {
              agents.addAll(listAfter(actors, p, j2 + 1, agentPhraseEnd(t, j2 + 2, to)));
              break;
            }
          }
        }
      }
      for (ActorRec agent : agents) {
        f.roles.put(agent, role);
        f.outsiders.remove(agent);
        // (not a proposer the article shows outside its war: "Qatar proposed a truce with Chile" in an
        // article of Peru's war with Chile is Qatar's proposal for Peru and Chile)
        boolean outsideTheWar = discourse.conflict != null && discourse.side(agent) != null
            && !discourse.conflict.has(discourse.side(agent));
        if (role == PartyRole.PROPOSING && !outsideTheWar && (withOtherSide(t, trigger, to)
            || !passive && (recipientBetween(actors, p, k, trigger, agent) || answeredBy(actors, p, trigger, to, agent)))) {
          // "Russia proposed a ceasefire with Ukraine", "Peru offered Chile a truce": a side that
          // proposes to the other
          f.parties.add(agent);
        } else {
          f.parties.remove(agent);
        }
      }
    }
    // "the truce was welcomed by Brazil and Ecuador", "violations condemned by the UN": the agent of a
    // passive verb of reaction comments on the truce from outside it, as the subject of the active does
    int[] reactions = p.positions(REACTIONS, k -> t.type(k) == Tokens.WORD && Bits.REACTIONS.containsLower(t, k));
    for (int j = Doc.Para.first(reactions, from); j < reactions.length && reactions[j] + 2 < to; j++) {
      int k = reactions[j];
      if (t.type(k) != Tokens.WORD || !t.is(k + 1, "by") || !Bits.REACTIONS.containsLower(t, k)) {
        continue; // (positions may hold other tokens)
      }
      for (ActorRec agent : listAfter(actors, p, k + 1, agentPhraseEnd(t, k + 2, to))) {
        f.parties.remove(agent);
      }
    }
    // "a ceasefire proposal from Egypt and Qatar", "a truce plan by France": the nouns of a proposal
    // name their proposer after "from" or "by", as the passive of "proposed" does, or before them
    // ("a Chinese proposal for a 15-day truce", "Qatar's plan for a ceasefire")
    int[] proposals = p.positions(PROPOSAL_NOUNS, k -> t.type(k) == Tokens.WORD && Bits.PROPOSAL_NOUNS.containsLower(t, k));
    for (int j = Doc.Para.first(proposals, Math.max(from, trigger - 6)); j < proposals.length && proposals[j] < to
        && proposals[j] <= trigger + 3; j++) {
      int k = proposals[j];
      if (t.type(k) != Tokens.WORD || !Bits.PROPOSAL_NOUNS.containsLower(t, k) // (positions may hold other tokens)
          || k < trigger - 3 && !t.is(k + 1, "for")) { // (further before the truce only as "a proposal for a ... truce")
        continue;
      }
      boolean after = k + 2 < to && (t.is(k + 1, "from") || t.is(k + 1, "by"));
      List<ActorRec> proposers = after ? listAfter(actors, p, k + 1, agentPhraseEnd(t, k + 2, to))
          : possessorOf(actors, discourse, p, from, k);
      for (ActorRec agent : proposers) {
        f.roles.put(agent, PartyRole.PROPOSING);
        f.outsiders.remove(agent);
        if (after ? !answeredByTheOtherSide(discourse, p, f, agent, trigger)
            // "Russia rejected Ukraine's proposal" is the other side's; "the rebels rejected China's
            // proposal for a truce with the army", or of a state the article shows outside its war, a go-between's
            : withOtherSide(t, trigger, to) || discourse.conflict != null && !discourse.conflict.has(discourse.side(agent))) {
          f.parties.remove(agent);
          if (!after) {
            f.outsiders.add(agent); // nor the other side the discourse would give a lone party
          }
        }
      }
    }
    // the tense of the truce's own clause: a relative clause after it tells something else ("signed a
    // truce on Saturday that will take effect on Monday": signed in the past)
    int relative = to;
    for (int k = trigger + 1; k < to; k++) {
      if (t.is(k, "that") || t.is(k, "which")) {
        relative = k;
        break;
      }
    }
    boolean future = f.status == CeasefireStatus.PROPOSED || anyIn(t, from, to, FUTURE_WORDS);
    int periodFrom = period(t, from, to, published, future, f); // ("that will run from 1 May": the relative's own tense)
    // a proposal made in the past is dated when it was made ("Brazil proposed a truce on Friday": last
    // Friday); a proposed truce still to begin is not ("a truce that would begin on Friday")
    boolean proposedAhead = f.status == CeasefireStatus.PROPOSED && !pastProposal(t, from, relative);
    f.date = date(p, from, periodFrom, published, proposedAhead || anyIn(t, from, relative, FUTURE_WORDS), trigger);
    f.evidence.add(span(p, from, to));
    return f;
  }

  /**
   * The state a demonym of {@code a}'s country names, standing in a mention of {@code a} in [from,
   * to) or within {@code reach} tokens before it: "the Chilean army" (reach 0), "Chilean Foreign
   * Minister X", "his Chilean counterpart, X" (reach 7); made by the discourse when the article
   * does not name the state itself. Null when no such demonym stands there.
   */
  private static ActorRec stateOfDemonym(ActorStage.Result actors, Discourse discourse, Doc.Para p, ActorRec a,
      int from, int to, int reach) {
    List<PhraseIndex.Match> ds = actors.demonyms.get(p.index);
    for (Mention m : actors.of(a, p.index)) {
      if (m.from < from || m.to > to) {
        continue;
      }
      for (int i = Clause.firstMatchAt(ds, Math.max(from, m.from - reach)); i < ds.size() && ds.get(i).from < m.to; i++) {
        PhraseIndex.Match d = ds.get(i);
        if (d.entry().country().map(c -> c.equals(a.country)).orElse(false)) {
          return discourse.state(d.entry(), p, d.from, d.to);
        }
      }
    }
    return null;
  }

  /** Nouns and verbs of an attempt: "efforts to broker", "a bid to secure", "trying to reach". */
  private static final Set<String> ATTEMPTS = StringSet.of("effort", "efforts", "attempt", "attempts", "bid", "bids",
      "trying", "tried", "tries", "push", "drive");
  /** Verbs of bringing a truce about, after an attempt and "to". */
  private static final Set<String> BRINGING_ABOUT = StringSet.of("broker", "secure", "reach", "negotiate", "agree",
      "mediate", "achieve", "win", "forge", "clinch", "arrange", "restore", "revive", "salvage");

  /**
   * Whether the truce at {@code trigger} is the object of an attempt to bring it about, within six
   * words before it ("Kenya's efforts to broker a humanitarian truce", "a bid to secure a
   * ceasefire"): it is sought, not yet agreed, whatever welcomes the attempt.
   */
  private static boolean attemptedObject(Tokens t, int from, int trigger) {
    for (int k = Math.max(from, trigger - 6); k + 2 < trigger; k++) {
      if (t.type(k) == Tokens.WORD && ATTEMPTS.contains(lower(t, k)) && t.is(k + 1, "to")
          && t.type(k + 2) == Tokens.WORD && BRINGING_ABOUT.contains(lower(t, k + 2))) {
        return true;
      }
    }
    return false;
  }

  /** Nouns before a truce word that make it a truce of a contest other than war: "a price truce". */
  private static final Set<String> NOT_FIGHTING = StringSet.of("price", "prices", "trade", "tariff", "tariffs", "pay",
      "wage", "labour", "labor", "political", "media", "budget", "commercial", "customs", "tax", "currency",
      "market", "legislative", "partisan");

  /** Words before a plural trigger that make it other, earlier ceasefires: "previous truces". */
  private static final Set<String> OTHER_TRUCES = StringSet.of("previous", "earlier", "past", "prior", "several", "other",
      "many", "numerous", "multiple", "repeated", "similar", "successive", "failed", "former");

  /** Whether the trigger is a plural ("truces", "ceasefires") qualified as other ceasefires within three words. */
  private static boolean otherTruces(Tokens t, int trigger, int from) {
    String w = t.get(trigger);
    if (!w.endsWith("s") || w.equals("hostilities")) {
      return false;
    }
    for (int k = trigger - 1; k >= Math.max(from, trigger - 3) && t.type(k) == Tokens.WORD; k--) {
      if (OTHER_TRUCES.contains(lower(t, k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Bits over the vocabulary for the lists scanned token by token (a holder class: {@link KnownWords}
   * reads this class's lists while it builds the vocabulary the bits are made over).
   */
  private static final class Bits {
    static final io.github.newsevents.internal.VocabularySet REACTIONS = KnownWords.members(CeasefireStage.REACTIONS);
    // the lists extension() asks of each word before a truce: a bit test each, no hash look-up
    static final io.github.newsevents.internal.VocabularySet EXTENDING = KnownWords.members(CeasefireStage.EXTENDING);
    static final io.github.newsevents.internal.VocabularySet MOVING = KnownWords.members(CeasefireStage.MOVING);
    static final io.github.newsevents.internal.VocabularySet RENEWED_MODIFIERS
        = KnownWords.members(CeasefireStage.RENEWED_MODIFIERS);
    static final io.github.newsevents.internal.VocabularySet PROPOSAL_NOUNS = KnownWords.members(CeasefireStage.PROPOSAL_NOUNS);
    static final io.github.newsevents.internal.VocabularySet ROLE_VERBS = KnownWords.members(CeasefireStage.ROLE_VERBS.keySet());
    static final io.github.newsevents.internal.VocabularySet PAST_PROPOSING = KnownWords.members(CeasefireStage.PAST_PROPOSING);
    static final io.github.newsevents.internal.VocabularySet SAYING = KnownWords.members(StatementStage.VERBS);
    static final io.github.newsevents.internal.VocabularySet EXTENDED = KnownWords.members(CeasefireStage.EXTENDED);
    static final io.github.newsevents.internal.VocabularySet EXTENDED_AUXILIARIES = KnownWords.members(CeasefireStage.EXTENDED_AUXILIARIES);
    static final io.github.newsevents.internal.VocabularySet EFFORTS = KnownWords.members(CeasefireStage.EFFORTS);
  }

  /** Verbs of reacting to a truce from outside it; passive, their agent follows "by". */
  private static final Set<String> REACTIONS = StringSet.of("welcomed", "hailed", "praised", "condemned", "criticised",
      "criticized", "denounced", "applauded", "backed", "supported", "endorsed", "urged", "demanded", "sought");

  /** Nouns of a proposal, whose proposer follows "from" or "by": "a truce proposal from Egypt". */
  private static final Set<String> PROPOSAL_NOUNS = StringSet.of("proposal", "proposals", "plan", "offer", "initiative");

  /** Verbs that accept a proposal: its truce is agreed. */
  private static final Set<String> ACCEPTING = StringSet.of("accepted", "accepts", "approved", "signed", "embraced");
  /** Verbs that refuse a proposal: its truce is rejected. */
  private static final Set<String> REFUSING = StringSet.of("rejected", "rejects", "refused", "refuses", "dismissed",
      "spurned", "rebuffed", "turned");

  /** Whether the article's conflict is a war of {@code country} with an armed group of its own. */
  private static boolean civilWar(Discourse discourse, String country) {
    Discourse.Pair c = discourse.conflict;
    return c != null && (domesticArmed(c.a, country) || domesticArmed(c.b, country));
  }

  /**
   * An armed group of {@code country}: one the gazetteer places there, or one the article names
   * without a state of its own (rebels the gazetteer does not know fight their own government; a
   * foreign force, Hamas against Israel, is known with its own state).
   */
  private static boolean domesticArmed(ActorRec x, String country) {
    return x.armedOrListedGroup()
        && (country.equals(x.country) || x.country == null && x.entry == null);
  }

  /**
   * Whether the answer in {@code f} comes from the sides of the proposed truce: one side's rejection
   * is a rejection, an acceptance only when every side accepts; a proposal that names no side yet
   * (it takes the article's sides later) is answered by sides of the article's conflict.
   */
  private static boolean answeredBySides(Discourse discourse, Found proposed, Found f, CeasefireStatus answer) {
    if (f.parties.size() < (answer == CeasefireStatus.AGREED ? 2 : 1)) {
      return false;
    }
    return proposed.parties.isEmpty() ? sidesOfTheWar(discourse, f.parties) : proposed.parties.containsAll(f.parties);
  }

  /**
   * The proposer a proposal noun at {@code noun} names before it: a possessor or an adjective of a
   * state, right before it or before one word more ("a Chinese proposal", "Qatar's plan", "an
   * Egyptian peace proposal"); none otherwise.
   */
  private static List<ActorRec> possessorOf(ActorStage.Result actors, Discourse discourse, Doc.Para p, int from,
      int noun) {
    Tokens t = p.tokens;
    for (int end = noun; end >= noun - 1 && end > from; end--) {
      int to = t.type(end - 1) == Tokens.POSSESSIVE ? end - 1 : end;
      for (Mention m : Mention.starting(actors.mentions.get(p.index), Math.max(from, to - 4), to)) {
        if (m.to == to && m.actor.kind != ActorKind.PERSON) {
          return List.of(m.actor);
        }
      }
      List<PhraseIndex.Match> ds = actors.demonyms.get(p.index);
      for (int i = Clause.firstMatchAt(ds, Math.max(from, to - 3)); i < ds.size() && ds.get(i).from < to; i++) {
        PhraseIndex.Match d = ds.get(i);
        if (d.to == to && d.entry().kind() == io.github.newsevents.gazetteer.EntryKind.STATE) {
          ActorRec state = discourse.state(d.entry(), p, d.from, d.to);
          return state != null ? List.of(state) : List.of();
        }
      }
      if (end - 1 <= from || t.type(end - 1) != Tokens.WORD || t.capitalised(end - 1)) {
        break; // one lower-case word ("peace", "new") may stand between
      }
    }
    return List.of();
  }

  /**
   * "Peru rejected a ceasefire proposal by Chile": a proposal that a party answers ("accepted",
   * "rejected" right before it) and whose proposer is that party's foe (the two are the article's
   * war, or its pair when it shows no war) is the proposer's truce too: it proposes to the other side.
   */
  private static boolean answeredByTheOtherSide(Discourse discourse, Doc.Para p, Found f, ActorRec proposer, int trigger) {
    if (answer(p.tokens, trigger) == null) {
      return false;
    }
    Discourse.Pair war = discourse.conflict != null ? discourse.conflict : discourse.pairAt(p.index, trigger);
    ActorRec side = discourse.side(proposer);
    if (war == null || side == null || !war.has(side)) {
      return false;
    }
    for (ActorRec a : f.parties) {
      ActorRec other = discourse.side(a);
      if (other != null && other != side && war.has(other)) {
        return true;
      }
    }
    return false;
  }

  /** Whether every one of {@code answering} is a side of the article's conflict. */
  private static boolean sidesOfTheWar(Discourse discourse, Collection<ActorRec> answering) {
    for (ActorRec a : answering) {
      if (discourse.conflict == null || !discourse.conflict.has(discourse.side(a))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The answer a verb right before a proposal noun gives it ("accepted the plan": AGREED, "rejected
   * the Brazilian proposal", "turned down the offer": REJECTED); null for any other verb, or a negated one.
   */
  private static CeasefireStatus answer(Tokens t, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
      if (t.type(k) != Tokens.WORD) {
        return null;
      }
      boolean negated = k > 0 && (t.is(k - 1, "not") || t.is(k - 1, "never") || t.is(k - 1, "n't"));
      if (ACCEPTING.contains(t.get(k))) {
        return negated ? null : CeasefireStatus.AGREED;
      }
      if (REFUSING.contains(t.get(k)) && (!t.is(k, "turned") || t.is(k + 1, "down"))) {
        return negated ? null : CeasefireStatus.REJECTED;
      }
    }
    return null;
  }

  /** "the proposal", "this plan", "that offer", "the Brazilian proposal": a definite proposal noun. */
  private static boolean proposalAnaphor(Tokens t, int i) {
    if (t.type(i) != Tokens.WORD || !Bits.PROPOSAL_NOUNS.containsLower(t, i) || i == 0) {
      return false;
    }
    int d = i - 1;
    if (d > 0 && t.type(d) == Tokens.WORD && t.capitalised(d) && !t.is(d, "The")) {
      d--; // "the Brazilian proposal"
    }
    return t.is(d, "the") || t.is(d, "The") || t.is(d, "this") || t.is(d, "This") || t.is(d, "that");
  }

  /** The end of an agent phrase starting at {@code from}: the next of {@link #AGENT_ENDS}, else {@code to}. */
  private static int agentPhraseEnd(Tokens t, int from, int to) {
    int end = from;
    while (end < to && !AGENT_ENDS.contains(lower(t, end))) {
      end++;
    }
    return end;
  }

  /** Prepositions that end the agent phrase of a passive role verb. */
  private static final Set<String> AGENT_ENDS = StringSet.of("between", "with", "among", "for", "to", "in", "on", "that",
      "which", "after");

  /** Verbs whose agent plays a role in a ceasefire other than a party's. */
  private static final Map<String, PartyRole> ROLE_VERBS = Map.ofEntries(
      Map.entry("brokered", PartyRole.MEDIATING), Map.entry("mediated", PartyRole.MEDIATING),
      Map.entry("facilitated", PartyRole.MEDIATING), Map.entry("hosted", PartyRole.MEDIATING),
      Map.entry("sponsored", PartyRole.MEDIATING), Map.entry("led", PartyRole.MEDIATING),
      Map.entry("chaired", PartyRole.MEDIATING), Map.entry("convened", PartyRole.MEDIATING),
      Map.entry("proposed", PartyRole.PROPOSING), Map.entry("proposes", PartyRole.PROPOSING),
      Map.entry("offered", PartyRole.PROPOSING), Map.entry("suggested", PartyRole.PROPOSING));
  /**
   * Role verbs whose active subject may be a side ("Russia led an assault", "Peru chaired the
   * session"): only their passive agent has the role ("talks on a truce led by Qatar").
   */
  private static final Set<String> PASSIVE_ROLE_VERBS = StringSet.of("led", "chaired", "convened");

  /**
   * "a ceasefire with Ukraine", "a truce on power plants with Ukraine": the trigger names the other
   * side with "with" (after a short phrase of lower-case words, its scope), so its proposer is a side.
   */
  private static boolean withOtherSide(Tokens t, int trigger, int to) {
    for (int k = trigger + 1; k < Math.min(to, trigger + 7); k++) {
      if (t.is(k, "with")) {
        return true;
      }
      if (t.type(k) != Tokens.WORD || t.capitalised(k)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The recipient of a ditransitive verb of offering between it and the trigger ("offered Chile a
   * truce", "offered the rebels a ceasefire"): a side other than the agent, named right after the
   * verb, then the trigger's noun phrase.
   */
  private static boolean recipientBetween(ActorStage.Result actors, Doc.Para p, int verb, int trigger, ActorRec agent) {
    Tokens t = p.tokens;
    if (trigger - verb > 9) {
      return false;
    }
    for (Mention m : Mention.starting(actors.mentions.get(p.index), verb + 1, trigger)) {
      boolean rightAfter = m.from == verb + 1 || m.from == verb + 2 && t.is(verb + 1, "the");
      if (rightAfter && m.actor != agent && m.to < trigger && (t.is(m.to, "a") || t.is(m.to, "an") || t.is(m.to, "the"))) {
        return true;
      }
    }
    return false;
  }

  /** Verbs by which the other side answers a proposal. */
  private static final Set<String> ANSWERS = StringSet.of("rejected", "rejects", "accepted", "accepts", "refused", "refuses",
      "dismissed", "dismisses", "spurned", "ignored", "welcomed", "accept", "reject");

  /**
   * "Kyiv proposed a ceasefire, which Moscow rejected": the subject of a relative clause on the
   * proposed truce that answers it (rejects, accepts, has not accepted) is the side it was proposed
   * to, so the proposer is the other side, not a mediator.
   */
  private static boolean answeredBy(ActorStage.Result actors, Doc.Para p, int trigger, int to, ActorRec proposer) {
    Tokens t = p.tokens;
    for (int k = trigger + 1; k + 1 < to && k <= trigger + 10; k++) {
      if (!(t.is(k, "which") || t.is(k, "that"))) {
        continue;
      }
      List<Mention> ms = actors.mentions.get(p.index);
      int i = Mention.first(ms, k + 1);
      if (i >= ms.size() || ms.get(i).from != k + 1 || ms.get(i).actor == proposer) {
        return false;
      }
      for (int v = ms.get(i).to; v < Math.min(to, ms.get(i).to + 4); v++) {
        if (t.type(v) == Tokens.WORD && ANSWERS.contains(t.get(v))) {
          return true;
        }
      }
      return false;
    }
    return false;
  }

  /** Auxiliaries and short adverbs of a verb group: "has also", "had first", "has again". */
  private static final Set<String> VERB_GROUP_WORDS = StringSet.of("has", "had", "have", "also", "first", "already",
      "again", "once", "earlier", "now", "then", "since");

  /** Whether [from, to) is a relative pronoun after a comma, then auxiliaries: ", which had mediated", ", who brokered". */
  private static boolean relativeSubject(Tokens t, int from, int to) {
    return from + 1 < to && t.is(from, ",") && (t.is(from + 1, "which") || t.is(from + 1, "who"))
        && auxiliariesOnly(t, from + 2, to);
  }

  /**
   * Whether [from, to) holds only auxiliaries and adverbs: "Egypt has also brokered", "Kyiv has
   * previously proposed" (any lower-case adverb in "-ly": "jointly", "successfully", "repeatedly").
   */
  private static boolean auxiliariesOnly(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = t.get(k);
      if (!(t.type(k) == Tokens.WORD && (VERB_GROUP_WORDS.contains(w) || w.length() > 4 && w.endsWith("ly")
          && !t.capitalised(k)))) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> FUTURE_WORDS = StringSet.of("will", "would", "shall");

  private static final Set<String> ADJECTIVE_DETERMINERS = StringSet.of("the", "a", "an", "its", "their", "this", "that");

  /** Verbs of proposing in the past tense: "proposed", "called for", "urged", "offered". */
  private static final Set<String> PAST_PROPOSING = StringSet.of("proposed", "called", "urged", "offered", "suggested",
      "demanded", "floated", "presented", "tabled", "sought", "pressed", "unveiled", "pushed", "appealed");

  /**
   * Whether [from, to) has a verb of proposing in the past tense ("Brazil proposed", "a truce was
   * proposed", "called for a truce"), not the adjective of the noun ("the proposed truce").
   */
  private static boolean pastProposal(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.type(k) == Tokens.WORD && Bits.PAST_PROPOSING.contains(t, k)
          && !(k > 0 && ADJECTIVE_DETERMINERS.contains(lower(t, k - 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads "from 1 May to 7 May", "until 7 May", "starting 1 May" into the ceasefire's start and
   * end; returns the token where that period begins (the clause end when there is none), so the
   * agreed date is not taken from it.
   */
  private static int period(Tokens t, int from, int to, java.time.LocalDate published, boolean future, Found f) {
    for (int k = from; k + 1 < to; k++) {
      char c = t.firstChar(k);
      if (c != 'f' && c != 's' && c != 'b' && c != 'u' && c != 't') {
        continue; // (asked of every token of the clause: the first letters of the words below)
      }
      boolean starts = t.is(k, "from") || t.is(k, "starting") || t.is(k, "beginning");
      // (of a renewal, "to" a date is its new end too: "extended the truce to May 31")
      boolean ends = t.is(k, "until") || t.is(k, "till") || t.is(k, "through") || f.extension && t.is(k, "to");
      if (!starts && !ends) {
        continue;
      }
      Dates.Found first = Dates.at(t, k + 1, to, published, future);
      if (first == null || first.date == null) {
        continue;
      }
      if (ends) {
        // "extended until May 18": an end lies on either side of publication, whichever is nearer
        Dates.Found other = published == null ? null : Dates.at(t, k + 1, to, published, !future);
        f.end = other == null || other.date == null || nearer(first.date, other.date, published) ? first.date : other.date;
        return k;
      }
      f.start = first.date;
      int j = first.to;
      if (j + 1 < to && (t.is(j, "to") || t.is(j, "until") || t.is(j, "through") || t.is(j, "-"))) {
        Dates.Found second = Dates.at(t, j + 1, to, published, future);
        if (second != null && second.date != null && !second.date.lastDay().isBefore(first.date.firstDay())) {
          f.end = second.date;
        }
      }
      return k;
    }
    return to;
  }

  /** Whether {@code a} lies at least as near to {@code day} as {@code b}. */
  private static boolean nearer(PartialDate a, PartialDate b, java.time.LocalDate day) {
    return Math.abs(a.firstDay().toEpochDay() - day.toEpochDay()) <= Math.abs(b.firstDay().toEpochDay() - day.toEpochDay());
  }

  /**
   * The other side of {@code party} in the article's pair at war (or its main pair), when the
   * sentence names it before the trigger; else null.
   */
  private static ActorRec adversaryBefore(ActorStage.Result actors, Discourse discourse, Doc.Para p, ActorRec party,
      int trigger) {
    ActorRec side = discourse.side(party);
    Discourse.Pair pair = discourse.conflict != null && discourse.conflict.has(side) ? discourse.conflict
        : discourse.sidesAt(p.index, trigger);
    if (side == null || pair == null || !pair.has(side)) {
      return null;
    }
    ActorRec other = pair.a == side ? pair.b : pair.a;
    int start = Math.max(p.sentenceStart(p.sentenceOf(trigger)), trigger - CLAUSE_REACH); // bounded: linear time
    for (Mention m : Mention.starting(actors.mentions.get(p.index), start, trigger)) {
      if (m.from >= start && m.to <= trigger && !m.quoted && discourse.side(m.actor) == other) {
        return m.actor;
      }
    }
    return null;
  }

  /** An outsider, or a state whose institution or people are outsiders. */
  private static boolean outsider(Found f, ActorRec a) {
    for (ActorRec o : f.outsiders) {
      if (o == a || a.kind == ActorKind.STATE && a.country != null && a.country.equals(o.country)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a reporting verb follows the mention, right after it or after the others of a list it
   * opens ("..., the United States and Saudi Arabia said").
   */
  private static boolean reportingVerbAfter(ActorStage.Result actors, Doc.Para p, Mention m, int to) {
    Tokens t = p.tokens;
    List<Mention> ms = actors.mentions.get(p.index);
    int k = m.to;
    while (k < to && k < m.to + 12) {
      if (t.type(k) == Tokens.WORD && Bits.SAYING.contains(t, k)) {
        return true;
      }
      int i = Mention.first(ms, k);
      if (i < ms.size() && ms.get(i).from == k) {
        k = ms.get(i).to;
      } else if (t.is(k, "and") || t.is(k, ",") || t.is(k, "the")) {
        k++;
      } else if (t.type(k) == Tokens.POSSESSIVE || k == m.to && t.type(k) == Tokens.WORD && !t.capitalised(k)) {
        // "Norway's foreign ministry said": the state's institution or official reports; so does the
        // state's name used as an adjective ("a US official said", "Turkish diplomats told reporters")
        int words = 0;
        if (t.type(k) == Tokens.POSSESSIVE) {
          k++;
        }
        while (k < to && words < 3 && t.type(k) == Tokens.WORD && !t.capitalised(k) && !Bits.SAYING.contains(t, k)) {
          k++;
          words++;
        }
        if (words == 0) {
          return false;
        }
      } else {
        return false;
      }
    }
    return false;
  }

  /** Named after a comma after the trigger, right before a reporting verb: "..., the Kremlin said". */
  private static boolean reporter(ActorStage.Result actors, Doc.Para p, ActorRec a, int trigger, int to) {
    Tokens t = p.tokens;
    List<Mention> own = actors.of(a, p.index);
    for (Mention m : own.subList(Mention.first(own, trigger + 1), own.size())) {
      if (m.from >= to) {
        break; // and so are all after it
      }
      if (m.actor == a && m.from > trigger && m.to < to && reportingVerbAfter(actors, p, m, to)) {
        for (int k = m.from - 1; k > trigger; k--) {
          if (t.is(k, ",")) {
            return true;
          }
          if (t.type(k) != Tokens.WORD) {
            break;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code a} is named only in the subject of a verb of saying before the trigger whose
   * complement names two other actors before it ("Brazil's president said Peru and Chile had agreed
   * to a truce"): the reporter of the sides' truce. With one actor in the complement ("Russia said
   * Ukraine broke the truce") the reporter may be the other side, and stays.
   */
  private static boolean reportsBefore(ActorStage.Result actors, Doc.Para p, ActorRec a, int from, int trigger) {
    Tokens t = p.tokens;
    int sentence = Math.max(from, p.sentenceStart(p.sentenceOf(trigger)));
    int verb = -1;
    int[] verbs = p.positions(SAYING, k -> t.type(k) == Tokens.WORD && Bits.SAYING.contains(t, k));
    for (int j = Doc.Para.first(verbs, sentence); j < verbs.length && verbs[j] < trigger; j++) {
      int k = verbs[j]; // (the first few questions of a paragraph are answered with every token)
      if (t.type(k) == Tokens.WORD && Bits.SAYING.contains(t, k)) {
        verb = k;
        break; // the first verb of saying: the reporter's
      }
    }
    if (verb < 0) {
      return false;
    }
    List<ActorRec> others = new ArrayList<>(2);
    boolean before = false;
    for (Mention m : Mention.starting(actors.mentions.get(p.index), sentence, trigger)) {
      if (m.from < sentence || m.to > trigger || m.quoted) {
        continue;
      }
      if (m.actor == a) {
        if (m.from > verb) {
          return false; // named in the complement too
        }
        before = true;
      } else if (m.from > verb && !others.contains(m.actor)) {
        others.add(m.actor);
      }
    }
    return before && others.size() >= 2;
  }

  /** Key of the verbs of saying in a paragraph's index of positions. */
  private static final Object SAYING = new Object();

  private static boolean mediatingCompound(String word) {
    int dash = word.indexOf('-');
    if (dash < 0) {
      return false;
    }
    String suffix = word.substring(dash + 1);
    return suffix.equals("brokered") || suffix.equals("mediated") || suffix.equals("led")
        || suffix.equals("backed") || suffix.equals("sponsored") || suffix.equals("proposed");
  }

  private static boolean advocate(ActorStage.Result actors, Doc.Para p, ActorRec a, int from, int trigger) {
    return verbAfterMention(actors, p, a, from, trigger, ADVOCACY);
  }

  /**
   * Whether "between" right after the trigger (a word of the truce between) goes on with a pair
   * named by a noun of the pair ("a truce between the two sides", "between both countries", "between
   * the warring parties"): the sides are the article's, and the clause's other names are not them.
   */
  private boolean betweenThePair(Tokens t, int trigger, int to) {
    int k = trigger + 1;
    if (k < to && t.type(k) == Tokens.WORD && !t.is(k, "between") && !t.capitalised(k)) {
      k++; // "a truce deal between", "a ceasefire agreement between"
    }
    if (k + 2 >= to || !t.is(k, "between")) {
      return false;
    }
    Set<String> pairNouns = words.all(WordList.PAIR_NOUN);
    for (int j = k + 1; j < Math.min(to, k + 4); j++) {
      if (t.type(j) != Tokens.WORD || t.capitalised(j)) {
        return false;
      }
      if (pairNouns.contains(t.lower(j))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The Kremlin rejected calls for a truce", "the IDF agreed to a pause": a state's institution
   * from the gazetteer (its seat, army or ministry) that is a party alone for its country stands for
   * its state, as the state stands for it beside it; the state the article names, else one made
   * from the gazetteer at the institution's mention.
   */
  private void stateForInstitution(Discourse discourse, Doc doc, ActorStage.Result actors, Found f) {
    ActorRec institution = null;
    for (ActorRec a : f.parties) {
      if (a.kind == ActorKind.ORGANIZATION && a.country != null && a.entry != null
          && a.entry.kind() == io.github.newsevents.gazetteer.EntryKind.ORGANIZATION) {
        institution = a;
        break;
      }
    }
    if (institution == null) {
      return;
    }
    ActorRec state = discourse.stateOfCountry(institution.country);
    if (state == null) {
      for (Mention m : actors.mentions.get(f.para)) {
        if (m.actor == institution) { // (made at the institution's mention in the truce's paragraph)
          state = discourse.stateOfCountry(actors, institution.country, doc.paras.get(f.para), m.from, m.to);
          break;
        }
      }
    }
    if (state == null || f.parties.contains(state) || f.roles.containsKey(state)) {
      return;
    }
    LOG.debug("{} as a party is {}", institution.name, state.name);
    List<ActorRec> sides = new ArrayList<>(f.parties);
    f.parties.clear();
    for (ActorRec a : sides) {
      f.parties.add(a == institution ? state : a);
    }
  }

  /** Verbs of keeping to a truce before "it": "would observe it", "vowed to respect it". */
  private static final Set<String> COMPLYING = StringSet.of("observe", "observes", "observed", "observing", "respect",
      "respects", "respected", "respecting", "honour", "honor", "honoured", "honored", "uphold", "upheld");
  /** The same with a preposition before "it": "abide by it", "adhere to it", "comply with it". */
  private static final Set<String> COMPLYING_WITH = StringSet.of("abide", "abides", "abided", "adhere", "adhered",
      "comply", "complied", "stick", "stuck");

  /** Whether "it" at {@code i} is the object of a verb of keeping to a truce: "would observe it", "abide by it". */
  private static boolean complianceAnaphor(Tokens t, int i) {
    if (i < 1 || !t.is(i, "it") || t.type(i - 1) != Tokens.WORD) {
      return false;
    }
    if (COMPLYING.contains(t.lower(i - 1))) {
      return true;
    }
    return i >= 2 && (t.is(i - 1, "by") || t.is(i - 1, "to") || t.is(i - 1, "with")) && t.type(i - 2) == Tokens.WORD
        && COMPLYING_WITH.contains(t.lower(i - 2));
  }

  /**
   * The sides named as the subject of the sentence of a compliance anaphor at {@code it} ("Both the
   * army and the RSF announced that they would observe it"): the states, bodies and groups named
   * before it in its sentence, coordinated, none a possessor ("Hafez's army") or a person; empty
   * unless there are two or more.
   */
  private List<ActorRec> compliantSubjects(ActorStage.Result actors, Discourse discourse, Doc.Para p, int it) {
    Tokens t = p.tokens;
    int start = Math.max(p.sentenceStart(p.sentenceOf(it)), it - CLAUSE_REACH); // bounded: linear time
    List<ActorRec> sides = new ArrayList<>(2);
    Mention last = null;
    for (Mention m : Mention.starting(actors.mentions.get(p.index), start, it)) {
      if (m.from < start || m.to > it || m.quoted || m.actor.kind == ActorKind.PERSON || possessor(t, m)) {
        continue;
      }
      // ("the Libyan National Army (LNA) and the GNA": an acronym in brackets is the same side's)
      int gap = last == null ? -1 : last.to;
      if (last != null && gap < it && t.is(gap, ")")) {
        gap++;
      } else if (last != null && gap + 2 < it && t.is(gap, "(") && t.is(gap + 2, ")")) {
        gap += 3;
      }
      if (last != null && m.actor != last.actor && !coordinatedNames(t, gap, m.from)) {
        break; // the subject's list is over
      }
      ActorRec side = m.actor;
      if (side.kind == ActorKind.GROUP && side.entry == null && !side.armed && side.country != null) {
        // "the Bolivian army": a group named by its state's demonym fights for the state (as in a clause)
        ActorRec state = discourse.stateOfCountry(actors, side.country, p, m.from, m.to);
        side = state != null ? state : side;
      }
      if (!sides.contains(side)) {
        sides.add(side);
      }
      last = m;
    }
    return sides.size() >= 2 ? sides : List.of();
  }

  /** Words that open a clause of a deal's terms: "a truce under which", "whereby", "by which", "for six months, during which". */
  private static final Set<String> TERMS_OPENERS = StringSet.of("under", "whereby", "by", "during", "in");
  /** What the subjects of a deal's terms do next: a modal or a verb of undertaking. */
  private static final Set<String> TERMS_VERBS = StringSet.of("would", "will", "should", "shall", "must", "are",
      "were", "agree", "agreed", "pledge", "pledged", "commit", "committed", "undertake", "undertook", "promised");

  /**
   * The actors coordinated as the subject of a clause of the truce's terms right after the trigger
   * ("a truce proposed by X last month, under which A and B would refrain from ...", "a deal
   * whereby A and B will withdraw"): the sides the terms bind. Empty when there is none.
   */
  private static Set<ActorRec> boundByContent(ActorStage.Result actors, Doc.Para p, int trigger, int to) {
    Tokens t = p.tokens;
    int end = Math.min(to, trigger + 14); // (bounded: linear time)
    int at = -1;
    for (int k = trigger + 1; k < end && at < 0; k++) {
      if (t.is(k, ".") || t.is(k, ";") || t.type(k) == Tokens.QUOTE) {
        break;
      }
      if (t.is(k, "whereby")) {
        at = k + 1;
      } else if (k + 1 < end && t.is(k + 1, "which") && TERMS_OPENERS.contains(t.lower(k))) {
        at = k + 2;
      }
    }
    if (at < 0) {
      return Set.of();
    }
    List<Mention> ms = actors.mentions.get(p.index);
    Set<ActorRec> subjects = new LinkedHashSet<>(2);
    int k = at;
    int i = Mention.first(ms, k);
    while (k < to && k < at + 16) {
      if (t.is(k, "the") || t.is(k, "both") || t.is(k, "and") || t.is(k, ",") && !subjects.isEmpty()) {
        k++;
        continue;
      }
      while (i < ms.size() && ms.get(i).from < k) {
        i++;
      }
      if (i < ms.size() && ms.get(i).from == k && ms.get(i).actor.kind != ActorKind.PERSON) {
        subjects.add(ms.get(i).actor);
        k = ms.get(i).to;
        continue;
      }
      break;
    }
    return subjects.size() >= 2 && k < to && t.type(k) == Tokens.WORD && TERMS_VERBS.contains(t.lower(k))
        ? subjects : Set.of();
  }

  private static boolean committed(ActorStage.Result actors, Doc.Para p, ActorRec a, int from, int to) {
    return verbAfterMention(actors, p, a, from, to, COMMITMENT);
  }

  /** Whether a mention of {@code a} in [from, to) is followed within four words by one of {@code verbs}. */
  private static boolean verbAfterMention(ActorStage.Result actors, Doc.Para p, ActorRec a, int from, int to,
      Set<String> verbs) {
    Tokens t = p.tokens;
    List<Mention> ms = actors.mentions.get(p.index);
    for (int i = Mention.first(ms, from); i < ms.size() && ms.get(i).from < to; i++) {
      Mention m = ms.get(i);
      if (m.actor != a || m.from < from || m.to > to) {
        continue;
      }
      // a coordinated subject shares its verb: "the army and the Rapid Support Forces agreed"
      int end = m.to;
      for (int j = i + 1; j < ms.size() && j <= i + 4; j++) {
        Mention next = ms.get(j);
        int gap = next.from - end;
        boolean joined = gap >= 1 && gap <= 2 && (t.is(end, "and") || t.is(end, ","))
            && (gap == 1 || t.is(end + 1, "the"))
            // "A and Chilean Foreign Minister B", "A and her Chilean counterpart, B, agreed"
            || next.actor.kind == ActorKind.PERSON && gap > 1 && t.is(end, "and")
                && Roles.titleBeforeName(t, end + 1, next.from);
        if (!joined) {
          break;
        }
        end = next.to;
        if (end + 1 < to && t.is(end, ",") && t.type(end + 1) == Tokens.WORD && !t.capitalised(end + 1)
            && next.actor.kind == ActorKind.PERSON && t.is(next.from - 1, ",")) {
          end++; // the apposition's closing comma: "her counterpart, B, agreed"
        }
      }
      for (int k = end; k < Math.min(to, end + 5); k++) {
        if (t.is(k, ",") && insideRelative(t, from, m.from)) {
          break; // "Malaysia, which has mediated between Manila and the rebels, proposed": the antecedent's verb
        }
        if (k > end && t.type(k - 1) == Tokens.WORD && Bits.SAYING.contains(t, k - 1)
            && !verbs.contains(lower(t, k - 1))) {
          break; // "Brazil said both sides had agreed": the verb after a verb of saying is the reported clause's
        }
        if (t.type(k) == Tokens.WORD && verbs.contains(lower(t, k)) && !(verbs == COMMITMENT && reportsThat(t, k, to))
            // "Peru rejected calls for a ceasefire": the calls are others', Peru refuses the truce
            && !(verbs == ADVOCACY && k > 0 && STATUS_WORDS.get(lower(t, k - 1)) == CeasefireStatus.REJECTED)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether token {@code k} stands in a relative clause opened by ", which" or ", who" after
   * {@code from} and not yet closed by a comma.
   */
  static boolean insideRelative(Tokens t, int from, int k) {
    for (int j = k - 1; j > from && j >= k - 16; j--) {
      if (t.is(j, ",")) {
        return false;
      }
      if ((t.is(j, "which") || t.is(j, "who")) && t.is(j - 1, ",")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "X announced (on Monday) that the parties agreed a truce": a verb of commitment with a "that"
   * clause reports what others agreed; X is bound by nothing.
   */
  private static boolean reportsThat(Tokens t, int verb, int to) {
    for (int k = verb + 1; k < Math.min(to, verb + 7); k++) {
      if (t.is(k, "that")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the rejection word at {@code k} is about the ceasefire: it is the object ("rejected the
   * truce", "refused to accept a ceasefire") or the subject of a passive ("the truce was rejected").
   */
  private static boolean rejectsTheCeasefire(Tokens t, int k, int trigger) {
    if (trigger > k) {
      // "rejected a truce"; "rejected a Chilean proposal for a truce": the proposal is the truce's
      return trigger - k <= 5 || trigger - k <= 8 && anyIn(t, k + 1, trigger, OFFERS);
    }
    // "the truce was rejected", "a truce proposed by Brazil was rejected by the rebels"; the object
    // of a relative clause on the truce: "a truce, which Peru rejected"
    return k - trigger <= 7 && (anyIn(t, Math.max(trigger + 1, k - 3), k, PASSIVE)
        || anyIn(t, trigger + 1, Math.min(k, trigger + 3), RELATIVES));
  }

  private static final Set<String> PASSIVE = StringSet.of("was", "were", "been", "is", "are", "be");
  private static final Set<String> RELATIVES = StringSet.of("which", "that");

  /**
   * Whether "effect" or "force" at {@code k} ends a verb of starting in the base form after a
   * marker of the future: "will take effect", "is to take effect", "set to come into force" (agreed,
   * not yet in force), not "took effect", "has come into force".
   */
  private static boolean toTakeEffect(Tokens t, int k) {
    if (!t.is(k, "effect") && !t.is(k, "force")) {
      return false;
    }
    int v = k - 1;
    if (v >= 0 && t.is(v, "into")) {
      v--; // "come into force"
    }
    if (v < 1 || !(t.is(v, "take") || t.is(v, "come"))) {
      return false;
    }
    int m = v - 1;
    if (m >= 1 && (t.is(m, "not") || t.is(m, "only"))) {
      m--;
    }
    return t.is(m, "will") || t.is(m, "to") || t.is(m, "would") || t.is(m, "shall") || t.is(m, "'ll");
  }

  /**
   * Whether token {@code i} is in a direct question: its sentence ends with a question mark (before
   * any closing quotation mark) and the token is outside quotation marks of a statement reported
   * ("'Will the truce hold?' he asked" is still a question).
   */
  private static boolean question(Doc.Para p, int i) {
    Tokens t = p.tokens;
    int end = p.sentenceEnd(p.sentenceOf(i));
    for (int k = end - 1; k > i && k >= end - 3; k--) {
      if (t.is(k, "?")) {
        return true;
      }
      if (t.type(k) != Tokens.QUOTE && t.type(k) != Tokens.PUNCT) {
        return false;
      }
    }
    return false;
  }

  /** Objects of "ended" that say what a truce ended: "ended the war", "ended weeks of fighting". */
  private static final Set<String> ENDED_OBJECTS = StringSet.of("war", "wars", "fighting", "hostilities", "conflict",
      "clashes", "violence", "bloodshed", "offensive", "siege");

  /**
   * Whether the word of ending at {@code k} has a war for its object within eight words ("ended the 12-day war",
   * "ending more than a year of fighting") or for its subject right before it ("the fighting ended
   * in a truce").
   */
  private static boolean endsTheWar(Tokens t, int k) {
    if (!t.is(k, "ended") && !t.is(k, "ending")) {
      return false; // "expired", "lapsed" take no object: the truce itself ran out
    }
    if (k + 1 < t.size() && (t.is(k + 1, "it") || t.is(k + 1, "them") || t.is(k + 1, "this"))) {
      return true; // "the truce that ended it": a pronoun for the war the truce ended
    }
    for (int j = k - 1; j >= Math.max(0, k - 4) && t.type(j) == Tokens.WORD; j--) {
      if (ENDED_OBJECTS.contains(t.lower(j))) {
        return true; // "the war ended with a ceasefire", "the fighting ended in a truce": the war is what ended
      }
    }
    for (int j = k + 1; j < Math.min(t.size(), k + 9); j++) {
      if (t.type(j) == Tokens.WORD && ENDED_OBJECTS.contains(t.lower(j))) {
        return true;
      }
      if (t.type(j) == Tokens.PUNCT && !t.is(j, "-") || OBJECT_ENDS.contains(t.lower(j))) {
        return false; // "ended on Sunday and fighting resumed": the object slot is over
      }
    }
    return false;
  }

  /** Words after which "ended" has no object left: "ended on Sunday", "ended and ...". */
  private static final Set<String> OBJECT_ENDS = StringSet.of("and", "on", "in", "at", "after", "when", "as", "but");
  /** Nouns whose content is a ceasefire: "a proposal for a truce", "an offer of a ceasefire". */
  private static final Set<String> OFFERS = StringSet.copyOf(java.util.stream.Stream.concat(
      OFFER_NOUNS.stream(), java.util.stream.Stream.of("demand", "demands")).collect(java.util.stream.Collectors.toSet()));

  private static CeasefireStatus status(Doc.Para p, int from, int to, int trigger, boolean renewal) {
    Tokens t = p.tokens;
    if (refusedObject(t, trigger, from) && !anyIn(t, Math.max(from, trigger - 8), trigger, NEGATIONS)) {
      return CeasefireStatus.REJECTED; // "ruled out a truce", "turned down a ceasefire" (not "did not rule out")
    }
    if (attemptedObject(t, from, trigger)) {
      return CeasefireStatus.PROPOSED; // "Kenya's efforts to broker a truce", "a bid to secure a ceasefire"
    }
    CeasefireStatus best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int k = from; k < to; k++) {
      if (t.type(k) != Tokens.WORD || (p.flags(k) & WordFlags.STATUS) == 0) {
        continue; // a bit test spares the lower-casing and the look-up of most words
      }
      CeasefireStatus s = STATUS_WORDS.get(lower(t, k));
      if (s == null) {
        continue;
      }
      if ((t.is(k, "deal") || t.is(k, "agreement")) && k > trigger && k - trigger <= 3 && compound(t, trigger, k)) {
        continue; // "a ceasefire deal", "a ceasefire and hostage deal": a name for it, not its agreement
      }
      if (s == CeasefireStatus.IN_FORCE && k < trigger && (t.is(k, "held") || t.is(k, "hold") || t.is(k, "holds")
          || t.is(k, "holding"))) {
        continue; // "held ceasefire talks", "will hold a truce meeting": a truce holds after it, as its subject
      }
      if (s == CeasefireStatus.IN_FORCE && (t.is(k, "force") || t.is(k, "held") || t.is(k, "place"))
          && !(k > 0 && (t.is(k - 1, "in") || t.is(k - 1, "into"))) && !t.is(k, "held")) {
        continue; // "in force", "came into force", "remained in place"; not "by force", "took place"
      }
      if (renewal && s == CeasefireStatus.IN_FORCE && (t.is(k, "extended") || t.is(k, "extension"))) {
        // of a renewal, "extended" is its agreement ("the truce was extended"), and one that must
        // be is asked for ("there must be an extension")
        s = anyIn(t, Math.max(from, k - 4), k, OBLIGATION) ? CeasefireStatus.PROPOSED : CeasefireStatus.AGREED;
      }
      if (KEEPING.contains(lower(t, k))) {
        // "would respect the truce", "vowed to abide by it": a commitment; "failed to respect", "did
        // not honour": a breach
        if (anyIn(t, Math.max(from, k - 4), k, FAILED) || anyIn(t, Math.max(from, k - 3), k, NEGATIONS)) {
          s = CeasefireStatus.VIOLATED;
        } else if (k < trigger && trigger - k <= 4 && !anyIn(t, Math.max(from, k - 3), k, OBLIGATION)) {
          s = CeasefireStatus.AGREED; // the truce is what is kept (not "must honour their commitments")
        } else {
          continue;
        }
      } else if (anyIn(t, Math.max(from, k - 3), k, NEGATIONS) && s != CeasefireStatus.VIOLATED) {
        continue; // "has not agreed to a ceasefire"
      }
      if ((t.is(k, "pledged") || t.is(k, "committed")) && !pledgedToTheTruce(t, k, trigger)) {
        continue; // "pledged to work toward a ceasefire": a goal, not a truce kept
      }
      if (t.is(k, "led") && !(k + 1 < to && t.is(k + 1, "to"))) {
        continue; // "talks that led to a ceasefire"; not "talks led by Qatar"
      }
      if (t.is(k, "hold") && !(k > 0 && (t.is(k - 1, "took") || t.is(k - 1, "take") || t.is(k - 1, "takes")
          || t.is(k - 1, "taking")))) {
        continue; // "took hold": in force; not "will hold talks on a truce"
      }
      if (s == CeasefireStatus.IN_FORCE && toTakeEffect(t, k)) {
        s = CeasefireStatus.AGREED; // "is to take effect at midnight", "will come into force on Friday": not yet
      }
      if (s == CeasefireStatus.EXPIRED && endsTheWar(t, k)) {
        continue; // "the ceasefire that ended the war": the truce ended the fighting, not itself
      }
      if (s == CeasefireStatus.VIOLATED && anyQuantified(t, from, k)) {
        continue; // "would answer any breach", "stands firm against any violation": none reported
      }
      if (s == CeasefireStatus.REJECTED && !rejectsTheCeasefire(t, k, trigger)) {
        continue; // "has so far refused full cooperation": something else is refused
      }
      if (s == CeasefireStatus.AGREED && (k > 0 && t.is(k - 1, "be") || aimedAt(t, from, k))) {
        // "is expected to be announced", "will be signed", "could be agreed": an agreement to come;
        // "trying to seal the deal", "efforts to secure an agreement": one striven for
        s = CeasefireStatus.PROPOSED;
      }
      int distance = Math.abs(k - trigger);
      if (k < trigger && anyIn(t, k + 1, trigger, BUT)) {
        distance += 20; // "accused each other of violations, but the truce appeared to be holding": its own clause says
      }
      // violation and rejection outrank agreement words in the same clause
      int rank = s == CeasefireStatus.VIOLATED || s == CeasefireStatus.REJECTED || s == CeasefireStatus.EXPIRED ? 0 : 10;
      if (k > trigger && k + 1 < to && t.is(k + 1, "by") && (t.get(k).endsWith("ed") || t.is(k, "struck"))) {
        // "a truce agreed by A and B took effect": the participle only describes the noun; the
        // clause's own verb, further on, says where the truce stands
        rank += 10;
      }
      if (distance + rank < bestDistance) {
        best = s;
        bestDistance = distance + rank;
      }
    }
    if ((best == null || best == CeasefireStatus.PROPOSED) && renewal && pastRenewal(t, from, trigger, to)) {
      // "talks on Monday prolonged the truce", "pushed the ceasefire to May 18": the renewal is done
      // (the talks that did it name no proposal)
      return CeasefireStatus.AGREED;
    }
    return best == null ? CeasefireStatus.PROPOSED : best;
  }

  /** Whether a verb of renewal in the past tense stands before the truce: "prolonged the truce". */
  private static boolean pastRenewal(Tokens t, int from, int trigger, int to) {
    for (int k = trigger - 1; k >= Math.max(from, trigger - 6); k--) {
      if (t.is(k, "for")) {
        return false; // "pushed for the truce to be extended": a renewal asked for
      }
      if (t.type(k) == Tokens.WORD && t.get(k).endsWith("ed")
          && (EXTENDING.contains(t.lower(k)) || MOVING.contains(t.lower(k)) && movedToADate(t, trigger, to))) {
        return !notRenewed(t, Math.max(from, k - 3), k); // (not "would have prolonged")
      }
    }
    return false;
  }

  /**
   * Whether the noun of violation at {@code k} is quantified over all that may come ("any breach",
   * "every further violation"): a threat or a warning about breaches, no breach reported.
   */
  private static boolean anyQuantified(Tokens t, int from, int k) {
    if (!(t.is(k, "violation") || t.is(k, "violations") || t.is(k, "breach") || t.is(k, "breaches"))) {
      return false;
    }
    for (int j = k - 1; j >= Math.max(from, k - 2); j--) {
      if (t.isIgnoreCase(j, "any") || t.isIgnoreCase(j, "every")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Nouns and verbs of effort or intent whose infinitive names a goal: "trying to", "efforts to",
   * "working to", "wants to", "a bid to".
   */
  private static final Set<String> EFFORTS = StringSet.of("try", "tries", "trying", "tried", "effort", "efforts",
      "attempt", "attempts", "attempting", "bid", "push", "pushing", "work", "works", "working", "seek", "seeks",
      "seeking", "sought", "aim", "aims", "aiming", "want", "wants", "hope", "hopes", "hoping", "race", "racing",
      "scramble", "scrambling", "strive", "striving", "struggle", "struggling", "bids", "drive", "intends");

  /**
   * Whether the word of agreement at {@code k} is the goal of an effort: a word of {@link #EFFORTS}
   * before it, then "to" (one adverb may stand between), with no comma or other clause between the
   * two: "officials were trying to land the deal", "efforts to secure an agreement on a truce", "the
   * US wants to get the deal signed". The agreement is striven for, not reached.
   */
  private static boolean aimedAt(Tokens t, int from, int k) {
    for (int j = k - 1; j >= Math.max(from, k - 7); j--) {
      if (t.type(j) != Tokens.WORD) {
        return false; // a comma, a quotation mark: another clause
      }
      if (Bits.EFFORTS.containsLower(t, j) && (j + 1 < k && t.is(j + 1, "to")
          || j + 2 < k && t.is(j + 2, "to") && t.lower(j + 1).endsWith("ly"))) {
        return true;
      }
    }
    return false;
  }

  /** Plural titles that "the two" / "both" put before the holders of a war's sides: "the two generals". */
  private static final Map<String, String> PLURAL_TITLES = Map.of("generals", "general", "commanders", "commander",
      "warlords", "warlord", "presidents", "president", "leaders", "leader");

  /**
   * The two people "the two generals" / "both commanders" in [from, to) speak of: the only two of
   * the article, named before the phrase, whose titles hold that title ("General X", "RSF commander
   * Y"); null when the phrase is absent or the holders are not exactly two.
   */
  private static List<ActorRec> titledPair(ActorStage.Result actors, Doc.Para p, int from, int to) {
    Tokens t = p.tokens;
    String title = null;
    int at = -1;
    for (int k = from + 1; k < to && title == null; k++) {
      if (t.type(k) == Tokens.WORD && (t.is(k - 1, "two") || t.isIgnoreCase(k - 1, "both"))) {
        title = PLURAL_TITLES.get(t.lower(k));
        at = k;
      }
    }
    if (title == null) {
      return null;
    }
    List<ActorRec> holders = new ArrayList<>(2);
    for (ActorRec a : actors.peopleTitled(title)) { // (in order of first mention: the walk stops at the phrase)
      if (a.firstPara > p.index || a.firstPara == p.index && a.firstToken >= at) {
        break;
      }
      holders.add(a);
      if (holders.size() > 2) {
        return null;
      }
    }
    return holders.size() == 2 ? holders : null;
  }

  /** Words between "pledged" / "committed" and the truce they bind to: "committed to a", "pledged to observe the". */
  private static final Set<String> PLEDGE_WORDS = StringSet.of("to", "a", "an", "the", "observe", "respect", "honour",
      "honor", "abide", "by", "uphold", "implement", "keep", "themselves", "itself", "fully");

  /** Whether only {@link #PLEDGE_WORDS} stand between the pledge at {@code k} and the truce after it. */
  private static boolean pledgedToTheTruce(Tokens t, int k, int trigger) {
    if (trigger <= k || trigger - k > 6) {
      return false;
    }
    for (int j = k + 1; j < trigger; j++) {
      if (t.type(j) != Tokens.WORD || !PLEDGE_WORDS.contains(t.lower(j))) {
        return false;
      }
    }
    return true;
  }

  /** Words of obligation before a verb of keeping: "must respect", "urged to abide by": not yet kept. */
  private static final Set<String> OBLIGATION = StringSet.of("must", "should", "need", "needs", "urged", "urge", "urges",
      "called", "calls", "asked");

  /** Verbs of keeping a truce: their subject commits to it, or, negated, breaks it. */
  private static final Set<String> KEEPING = StringSet.of("respect", "abide", "honour", "honor", "uphold");

  /** "but" before the trigger: a contrast opens another clause. */
  private static final Set<String> BUT = StringSet.of("but");

  /** Whether the words after the trigger up to {@code head} only extend one noun compound. */
  private static boolean compound(Tokens t, int trigger, int head) {
    for (int k = trigger + 1; k < head; k++) {
      if (t.type(k) != Tokens.WORD || t.capitalised(k) || NOT_IN_COMPOUND.contains(t.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** Words that end a noun compound: "a truce that the deal ..." is no compound. */
  private static final Set<String> NOT_IN_COMPOUND = StringSet.of("that", "which", "the", "a", "an", "is", "was", "has",
      "had", "to", "of", "in", "on", "for", "with", "by", "as", "but", "or");

  /** "30-day", "one-week", "three-month", "72-hour". */
  private static Period duration(Tokens t, int k) {
    String w = lower(t, k);
    int dash = w.indexOf('-');
    if (dash <= 0) {
      return null;
    }
    if (w.endsWith("-long")) {
      return unit(w.substring(0, dash), 1); // "a week-long truce", "a month-long ceasefire"
    }
    int n = amount(w.substring(0, dash));
    return n > 0 ? unit(w.substring(dash + 1), n) : null;
  }

  private static Period durationPhrase(Tokens t, int k, int to) {
    if (k + 1 >= to) {
      return null;
    }
    int n = amount(lower(t, k));
    return n > 0 ? unit(lower(t, k + 1), n) : null;
  }

  private static int amount(String s) {
    switch (s) {
      case "one": case "a": return 1;
      case "two": return 2;
      case "three": return 3;
      case "four": return 4;
      case "five": return 5;
      case "six": return 6;
      case "seven": return 7;
      case "eight": return 8;
      case "nine": return 9;
      case "ten": return 10;
      case "twelve": return 12;
      case "fourteen": return 14;
      case "fifteen": return 15;
      case "twenty": return 20;
      case "thirty": return 30;
      case "sixty": return 60;
      case "ninety": return 90;
      default:
        if (s.isEmpty() || s.length() > 4) {
          return -1;
        }
        for (int i = 0; i < s.length(); i++) {
          if (s.charAt(i) < '0' || s.charAt(i) > '9') {
            return -1;
          }
        }
        return Integer.parseInt(s);
    }
  }

  private static Period unit(String u, int n) {
    if (u.startsWith("day")) {
      return Period.ofDays(n);
    }
    if (u.startsWith("week")) {
      return Period.ofDays(7 * n);
    }
    if (u.startsWith("month")) {
      return Period.ofDays(30 * n);
    }
    if (u.startsWith("hour")) {
      return n % 24 == 0 ? Period.ofDays(n / 24) : null;
    }
    return null;
  }

  /** Whether a length in hours of {@code a} leaves {@code b} unlengthed or of the same hours. */
  private static boolean hoursAgree(Found a, Found b) {
    return a.hours == 0 || b.duration == null && (b.hours == 0 || b.hours == a.hours);
  }

  /** The same ceasefire: the same parties (or none of its own) and the same scope. */
  private static void merge(List<Found> out, Found f) {
    if (f.extension) {
      mergeExtension(out, f);
      return;
    }
    if (f.another) {
      // "an earlier truce", "a new ceasefire": not the one just spoken of; "the new truce" is the new one
      for (int k = out.size() - 1; k >= Math.max(0, out.size() - MERGE_WINDOW); k--) {
        Found o = out.get(k);
        // ("a first truce", then "a second ceasefire": two; "a new truce", then "the new truce": one)
        if (!o.extension && o.another && o.scope == f.scope && sameOtherOne(o.otherWord, f.otherWord, f.definite)
            && (f.definite || f.parties.isEmpty() || o.parties.containsAll(f.parties))) {
          absorb(o, f);
          return;
        }
      }
      out.add(f);
      return;
    }
    if (f.occasion != null && !f.explicit) {
      // "the Easter truce" after "a 30-hour Easter truce": the truce of that occasion, whatever came between
      for (int k = out.size() - 1; k >= Math.max(0, out.size() - MERGE_WINDOW); k--) {
        Found o = out.get(k);
        if (!o.extension && f.occasion.equals(o.occasion) && (o.scope == f.scope || f.scope == CeasefireScope.FULL)
            && (f.parties.isEmpty() || o.parties.containsAll(f.parties) || f.parties.containsAll(o.parties))) {
          o.parties.addAll(f.parties);
          absorb(o, f);
          return;
        }
      }
    }
    if (f.despite && !f.explicit && !f.another && f.scope == CeasefireScope.FULL && f.scopeNote == null
        && f.duration == null && f.hours == 0 && f.occasion == null) {
      // "shelled the grid despite a ceasefire": a truce in place, so the one spoken of before, of
      // whatever scope ("an energy truce", then "despite an apparent ceasefire"), when the sides of
      // one hold those of the other
      // (a mention naming no side crosses scopes only to the one truce reported: with several, the
      // latest of its own scope, as any other mention)
      boolean only = out.size() == 1;
      for (int k = out.size() - 1; k >= Math.max(0, out.size() - MERGE_WINDOW); k--) {
        Found o = out.get(k);
        if (!o.extension && !o.another && (f.parties.isEmpty() ? only || o.scope == f.scope
            : o.parties.containsAll(f.parties) || f.parties.containsAll(o.parties))) {
          o.parties.addAll(f.parties);
          LOG.debug("paragraph {}: a truce attacked despite is the one spoken of before", f.para);
          absorb(o, f);
          return;
        }
      }
    }
    if (f.definite && !f.explicit) {
      // "the ceasefire" speaks of the last one of its scope (or of any scope, when it gives none of
      // its own), and names no new party
      for (int k = out.size() - 1; k >= Math.max(0, out.size() - MERGE_WINDOW); k--) {
        Found o = out.get(k);
        if (o.extension) {
          continue; // "the ceasefire" after its extension is the truce extended, not the renewal
        }
        if (sameConflict(o, f)) {
          break; // "the truce" of the two forces, after "Sudan's warring parties": they name its sides
        }
        if (!sameOccasion(o, f)) {
          continue; // "the Easter truce" is not the Victory Day one before it
        }
        if (o.parties.isEmpty() && !f.parties.isEmpty() && f.status == CeasefireStatus.VIOLATED) {
          // "accused X and Y of violating the truce" after a truce that names no side: those who
          // break a truce are bound by it, so this clause gives its sides
          break;
        }
        if (o.scope == f.scope || f.scope == CeasefireScope.FULL) {
          f.parties.clear();
          f.parties.addAll(o.parties);
          if (f.scope == CeasefireScope.FULL && o.scope != f.scope && f.scopeNote == null) {
            absorb(o, f);
            return;
          }
          break;
        }
      }
    }
    // the same ceasefire is spoken of nearby: looking back a bounded number keeps the stage linear (a
    // definite mention, "the ceasefire", looks from the newest back: the truce last spoken of)
    int first = Math.max(0, out.size() - MERGE_WINDOW);
    for (int n = first; n < out.size(); n++) {
      int k = f.definite ? out.size() - 1 - (n - first) : n;
      Found o = out.get(k);
      // the parties last, only when the rest agrees: comparing them walks both sets
      boolean sameParties = !o.extension && alike(o, f)
          && (f.parties.isEmpty() || o.parties.containsAll(f.parties) || f.parties.containsAll(o.parties)
              || sameConflict(o, f) || sameConflict(f, o));
      if (sameParties && (f.para - o.para <= 3 || !f.parties.isEmpty())) {
        if (sameConflict(o, f)) {
          o.parties.clear(); // "Sudan's warring parties", then the two forces by name: the forces
        }
        if (!sameConflict(f, o)) {
          o.parties.addAll(f.parties);
        }
        absorb(o, f);
        return;
      }
    }
    out.add(f);
  }

  /**
   * Where a truce stands by its end and its renewals at publication: an agreed truce or renewal whose
   * end lies before the day of publication has expired ("agreed to extend the truce until May 12",
   * published on May 15), and an agreed truce that a renewal still running carries on is in force
   * ("the ceasefire has been extended until May 18"). Violated, rejected and proposed ones keep
   * their status.
   */
  private static void lifeFromEnds(List<Found> out, LocalDate published) {
    // the scope and sides of each renewal still running (a set: one pass over the records, not two)
    Set<List<Object>> renewed = new java.util.HashSet<>(0);
    for (Found e : out) {
      if (e.extension && (e.status == CeasefireStatus.AGREED || e.status == CeasefireStatus.IN_FORCE)
          && (e.end == null || !e.end.lastDay().isBefore(published))) {
        renewed.add(List.of(e.scope, Set.copyOf(e.parties)));
      }
    }
    for (Found f : out) {
      if (f.status != CeasefireStatus.AGREED && f.status != CeasefireStatus.IN_FORCE) {
        continue;
      }
      if (!f.extension && !renewed.isEmpty() && renewed.contains(List.of(f.scope, Set.copyOf(f.parties)))) {
        LOG.debug("ceasefire renewed since its agreement: in force");
        f.status = CeasefireStatus.IN_FORCE; // (its own first end passed, a renewal carries it on)
      } else if (f.end != null && f.end.lastDay().isBefore(published)) {
        LOG.debug("ceasefire ended {} before publication: expired", f.end);
        f.status = CeasefireStatus.EXPIRED;
      }
    }
  }

  /**
   * A renewal of a truce ("an extension of that ceasefire") is an agreement of its own: it takes the
   * sides of the truce last spoken of when it names none, and joins only a renewal before it of the
   * same sides, scope and end ("extended until May 12" and "until May 18" are two renewals).
   */
  private static void mergeExtension(List<Found> out, Found f) {
    int first = Math.max(0, out.size() - MERGE_WINDOW);
    if (f.parties.isEmpty()) {
      for (int k = out.size() - 1; k >= first; k--) {
        Found o = out.get(k);
        if (!o.extension && (o.scope == f.scope || f.scope == CeasefireScope.FULL)) {
          f.parties.addAll(o.parties);
          break;
        }
      }
    }
    for (int k = out.size() - 1; k >= first; k--) {
      Found o = out.get(k);
      if (o.extension && alike(o, f) && sameEnd(o, f)
          && (f.parties.isEmpty() || o.parties.containsAll(f.parties) || f.parties.containsAll(o.parties))) {
        o.parties.addAll(f.parties);
        absorb(o, f);
        return;
      }
    }
    LOG.debug("ceasefire renewed in paragraph {}: a record of its own", f.para);
    out.add(f);
  }

  /** Whether two renewals may be one: the same end, or one of them gives none ("until May 12" and "until May 18" are two). */
  private static boolean sameEnd(Found o, Found f) {
    return o.end == null || f.end == null || o.end.equals(f.end);
  }

  /**
   * Whether the later mention {@code f} may be the truce {@code o} by all but its sides and date: the
   * same scope and scope note, no other occasion, and no other length ("a 30-day proposal" is no
   * "30-hour truce").
   */
  private static boolean alike(Found o, Found f) {
    return o.scope == f.scope && sameNote(o.scopeNote, f.scopeNote) && sameOccasion(o, f)
        && (o.duration == null || f.duration == null || o.duration.equals(f.duration))
        && hoursAgree(o, f) && hoursAgree(f, o);
  }

  /**
   * Whether two scope notes may name one truce's scope: either is absent, or one holds the other
   * ("energy" and "Ukrainian energy infrastructure").
   */
  private static boolean sameNote(String a, String b) {
    if (a == null || b == null || a.equals(b)) {
      return true;
    }
    String x = a.toLowerCase(java.util.Locale.ROOT);
    String y = b.toLowerCase(java.util.Locale.ROOT);
    return x.contains(y) || y.contains(x);
  }

  /**
   * Whether {@code a}'s one party is a state whose armed groups or forces are all of {@code b}'s
   * parties: "Sudan's warring parties" and "the Sudanese army and the Rapid Support Forces".
   */
  private static boolean sameConflict(Found a, Found b) {
    if (a.parties.size() != 1 || b.parties.isEmpty()) {
      return false;
    }
    ActorRec state = a.parties.iterator().next();
    if (state.kind != ActorKind.STATE || state.country == null) {
      return false;
    }
    for (ActorRec x : b.parties) {
      if (x.kind == ActorKind.STATE || !state.country.equals(x.country)) {
        return false;
      }
    }
    return true;
  }

  /** Adds what mention {@code f} says of a ceasefire to {@code o}, found before. */
  private static void absorb(Found o, Found f) {
    o.unilateral |= f.unilateral;
    for (ActorRec a : f.excluded) {
      // "The ceasefire excludes the ELN", said of a truce reported before: left out of it too
      o.excluded.add(a);
      o.parties.remove(a);
    }
    if (o.occasion == null) {
      o.occasion = f.occasion;
    }
    if (o.duration == null) {
      o.duration = f.duration;
    }
    if (o.hours == 0) {
      o.hours = f.hours;
    }
    if (o.date == null) {
      o.date = f.date;
    }
    if (o.start == null) {
      o.start = f.start;
    }
    if (o.end == null) {
      o.end = f.end;
    }
    if (rank(f.status) > rank(o.status)) {
      o.status = f.status;
    }
    o.roles.putAll(f.roles);
    o.outsiders.addAll(f.outsiders);
    o.reporters.addAll(f.reporters);
    o.evidence.addAll(f.evidence);
  }

  /** Later stages of a ceasefire's life win when mentions disagree. */
  private static int rank(CeasefireStatus s) {
    switch (s) {
      case PROPOSED: return 0;
      case REJECTED: return 1;
      case AGREED: return 2;
      case IN_FORCE: return 3;
      case VIOLATED: return 4;
      default: return 5;
    }
  }

  static Ceasefire toCeasefire(Found f) {
    Ceasefire.Builder b = new Ceasefire.Builder()
        .addAllParties(ids(f.parties))
        .scope(f.scope)
        .status(f.status)
        .addAllEvidence(new java.util.LinkedHashSet<>(f.evidence));
    if (f.scopeNote != null) {
      b.scopeNote(f.scopeNote);
    }
    if (f.duration != null) {
      b.duration(f.duration);
    }
    if (f.date != null) {
      b.date(f.date);
    }
    if (f.start != null) {
      b.start(f.start);
    }
    if (f.end != null && (f.start == null || !f.end.lastDay().isBefore(f.start.firstDay()))) {
      b.end(f.end);
    }
    for (Map.Entry<ActorRec, PartyRole> e : f.roles.entrySet()) {
      b.putRole(e.getKey().id, e.getValue());
    }
    return b.build();
  }
}
