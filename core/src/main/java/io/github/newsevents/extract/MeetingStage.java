package io.github.newsevents.extract;

import io.github.newsevents.gazetteer.EntryKind;
import io.github.newsevents.gazetteer.Gazetteer;
import io.github.newsevents.internal.StringSet;
import io.github.newsevents.internal.Tokens;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds meetings, visits, talks and calls. A trigger word names the event and its kind ("met",
 * "talks", "phone call", "video call"); participants come from "between A and B" / "with A" after
 * it or the actors named in its clause; status from tense, modality and negation ("could take
 * place" is POSSIBLE, "will meet" PLANNED, "was called off" CANCELLED, "no meeting is planned"
 * nothing). A definite "the talks"/"the meeting" without participants of its own, and sentences
 * sharing participants with the same kind, add to the meeting already found. Stateless.
 */
final class MeetingStage extends EventStage {
  private static final Logger LOG = LoggerFactory.getLogger(MeetingStage.class);

  static final Set<String> IN_PERSON = Words.defaults("meeting");
  static final Set<String> TALKS = Words.defaults("talks");
  /** Words before "round" that make it a round of talks in a series: "another round", "the next round". */
  private static final Set<String> ROUND_ORDINALS = StringSet.of(
      "another", "next", "new", "fresh", "first", "second", "third", "fourth", "fifth", "latest", "previous", "final",
      "last", "further", "earlier", "two", "three", "several");
  static final Set<String> CALL = Words.defaults("call");
  static final Set<String> CANCELLED = StringSet.copyOf(Arrays.asList(
      "cancelled", "canceled", "postponed", "scrapped", "off", "cancel", "cancels", "postpone",
      "suspended", "abandoned"));

  private static final Set<String> PRONOUNS = StringSet.of("he", "she", "his", "her", "He", "She", "His", "Her");

  /**
   * Whether the meeting at {@code trigger} is what "plans for" name (at most eight words before it)
   * and a passive of calling off follows in the clause: "Tentative plans for X to visit Cuba before
   * mid-March ... have been canceled", "plans for a summit were scrapped". The plans, and so the
   * meeting, are off.
   */
  private static boolean plansCalledOff(Tokens t, int from, int trigger, int to) {
    boolean plans = false;
    for (int k = trigger - 1; k > from && k >= trigger - 8 && !plans; k--) {
      plans = t.is(k, "for") && (t.is(k - 1, "plans") || t.is(k - 1, "plan") || t.is(k - 1, "Plans"));
    }
    if (!plans) {
      return false;
    }
    for (int k = trigger + 1; k < Math.min(to, trigger + 20); k++) {
      if (t.type(k) == Tokens.WORD && CALLED_OFF.contains(t.get(k))
          && (t.is(k - 1, "been") || t.is(k - 1, "was") || t.is(k - 1, "were"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the meeting at {@code trigger} is a definite event that "during" governs ("During the
   * call, ...", "during the course of their conversation"): one that took place, as the setting of
   * its clause. Not "during the planned talks" or "during next week's summit" (still to come).
   */
  private static boolean duringTheEvent(Tokens t, int from, int trigger) {
    for (int k = trigger - 1; k >= Math.max(from, trigger - 7); k--) {
      if (t.type(k) != Tokens.WORD || t.capitalised(k) && !t.is(k, "During")
          || Bits.PLANNED_MODIFIERS.contains(t, k) || t.is(k, "next") || t.is(k, "coming")) {
        return false;
      }
      if (t.is(k, "During") || t.is(k, "during")) {
        int d = k + 1;
        if (d + 2 < trigger && t.is(d, "the") && t.is(d + 1, "course") && t.is(d + 2, "of")) {
          d += 3; // "during the course of the conversation"
        }
        return d < trigger && (t.is(d, "the") || t.is(d, "their") || t.is(d, "that") || t.is(d, "this")
            || t.is(d, "his") || t.is(d, "her"));
      }
    }
    return false;
  }

  /** Verbs whose object is a meeting that did not take place for their subject: "missed the talks". */
  private static final Set<String> MISSING = StringSet.of("missed", "missing", "misses", "miss", "skipped",
      "skipping", "skips", "skip");

  /**
   * Whether a verb of {@link #MISSING} takes the meeting at {@code trigger} as its object, over a
   * determiner and modifiers only ("missing their planned meeting", "skipped the summit"): a
   * meeting of its subject that did not take place. Not "the missing link" (no determiner after).
   */
  private static boolean missed(Tokens t, int from, int trigger) {
    for (int k = trigger - 1; k >= Math.max(from, trigger - 4); k--) {
      if (t.type(k) != Tokens.WORD || t.capitalised(k) || Bits.PHRASE_ENDS.contains(t, k)) {
        return false; // ("missed the start of talks", "skipped the G20 summit": a forum met without them)
      }
      if (Bits.MISSING.contains(t, k)) {
        return k + 1 < trigger && (t.is(k + 1, "the") || t.is(k + 1, "their") || t.is(k + 1, "his") || t.is(k + 1, "her")
            || t.is(k + 1, "a") || t.is(k + 1, "our") || t.is(k + 1, "its") || t.is(k + 1, "this"))
            && !(k > from && (t.is(k - 1, "will") || t.is(k - 1, "would") || t.is(k - 1, "to"))); // ("will skip the talks")
      }
    }
    return false;
  }

  /** Prepositions that end a noun phrase read backwards from its head: "the start of talks". */
  private static final Set<String> PHRASE_ENDS = StringSet.of("of", "after", "before", "for", "at", "during", "in",
      "on", "with", "between", "over", "from", "by", "about", "into");

  /** A denial earlier in the clause ("denied a report that they spoke") leaves the meeting disputed. */
  static final Set<String> DENIALS = StringSet.of("denied", "denies", "deny", "dismissed", "refuted", "rejected");

  static final Set<String> OFF = StringSet.of("off");
  static final Set<String> CALLED_OFF = StringSet.of("cancelled", "canceled", "postponed", "scrapped", "suspended");
  static final Set<String> PLANNED_WORDS = StringSet.of("will", "would", "planned", "plans", "plan", "scheduled",
      "upcoming", "expected", "next", "due", "tomorrow", "forthcoming", "later", "going", "set");
  /** Words of talks under way: they are held, whatever comes next. */
  static final Set<String> ONGOING = StringSet.of(
      "continue", "continues", "continued", "continuing", "ongoing", "underway", "resumed");
  /** A word of possibility in [from, to); "open" only as "open to" ("open to a meeting", not "to open talks"). */
  private static boolean possible(Doc.Para p, int from, int to) {
    Tokens t = p.tokens;
    for (int k = Math.max(0, from); k < to && k < t.size(); k++) {
      if (t.type(k) == Tokens.WORD && (p.flags(k) & WordFlags.STATUS) != 0 && POSSIBLE.contains(lower(t, k))
          && !(t.is(k, "open") && !(k + 1 < t.size() && t.is(k + 1, "to")))
          && !(t.is(k, "May") && k > from) // "by May 2021": the month
          && !((t.is(k, "invitation") || t.is(k, "invited")) && accepted(t, Math.max(from, k - 4), k))) {
        return true;
      }
    }
    return false;
  }

  /** "accepted an invitation to visit", "has accepted Xi's invitation": the invited side agreed, so it is planned. */
  private static boolean accepted(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.is(k, "accepted") || t.is(k, "accepts") || t.is(k, "accepting") || t.is(k, "accept")) {
        return true;
      }
    }
    return false;
  }

  /** "accepted an invitation to visit Lima": an invitation word in [from, to) that was accepted. */
  private static boolean acceptedInvitation(Tokens t, int from, int to) {
    for (int k = Math.max(0, from); k < to; k++) {
      if ((t.is(k, "invitation") || t.is(k, "invited")) && accepted(t, Math.max(from, k - 4), k)) {
        return true;
      }
    }
    return false;
  }

  /** Nouns of time before "later" that make it past: "days later", "a week later". */
  private static final Set<String> TIME_NOUNS = StringSet.of(
      "day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "minutes", "moments", "decades");
  static final Set<String> AGREEING = StringSet.of("agree", "agreed", "agreeing", "agrees", "proposed");

  /** How many earlier meetings a new mention is compared with. */
  private static final int MERGE_WINDOW = 24;

  MeetingStage(PhraseIndex index) {
    this(index, Words.NONE);
  }

  MeetingStage(PhraseIndex index, Words words) {
    super(index, words);
  }

  static final class Found {
    final LinkedHashSet<ActorRec> participants = new LinkedHashSet<>();
    /** A round of a series whose sides are the series' ("another round"). */
    boolean series;
    Place location;
    PartialDate date;
    MeetingKind kind;
    MeetingStatus status;
    ActorRec host;
    final List<String> topics = new ArrayList<>(1);
    final List<Span> evidence = new ArrayList<>(2);
    int para;
    boolean explicit; // participants named with "between" / "with" / "by"
    /** The sides the clause itself names after the event word (its objects or "with" list), when explicit. */
    List<ActorRec> objects = List.of();
    String trigger; // the word that names it, lower case
    boolean severalCalls; // "phone calls", "calls": perhaps one per other side
    boolean amongThemselves; // a forum's group meeting as such: "ASEAN trade ministers held a virtual meeting"
    ActorRec oneEach; // the single subject that met each other participant on its own: "X met A, B and C"
    /** The places of rounds held one in each ("earlier rounds in Oslo and Rome"), or null. */
    List<Place> eachPlace;
    /** One of rounds held one in each place: the same event only as one held at that place. */
    boolean placed;
    boolean apart; // one of the meetings of a subject with several sides one at a time: merges only with the same sides
    boolean separate; // "a separate meeting": another event than one of some of the same people told before
    int sentence;
    /** The token of an event word that is this event's own object ("host a round of talks"), or -1. */
    int objectTrigger = -1;
    /** The clause that first reports a held meeting without its own date; null once read, or for none. */
    Doc.Para clause;
    int clauseFrom;
    int clauseTo;
    int triggerAt;
    LocalDate published;
    private PartialDate sentenceDate;

    /** The date of the clause that first reports a held meeting, or null. */
    PartialDate sentenceDate() {
      if (clause != null) {
        Dates.Found d = Dates.first(clause.tokens, clauseFrom, clauseTo, published, false);
        if (d != null && d.from > 0 && clause.tokens.is(d.from - 1, "since")) {
          d = null; // "their first talks since March 2021": not when these were held
        }
        if (d != null && datesAnotherEvent(clause, d.to, clauseTo, triggerAt)) {
          d = null; // "Friday's meeting followed recent talks": Friday is the meeting's, not the talks'
        }
        sentenceDate = d == null ? null : d.date;
        clause = null;
      }
      return sentenceDate;
    }
  }

  /** Nouns that a word of talks may modify, naming no event: "the negotiation committee", "the talks process". */
  private static final Set<String> EVENT_AS_MODIFIER = StringSet.of("committee", "committees", "team", "teams", "process",
      "table", "track", "framework", "position", "positions", "strategy", "format", "mechanism", "skills", "tactics",
      "partner", "partners", "record", "delegation", "delegations", "venue");

  /** Words that make talks a process rather than a meeting: "locked in negotiations", "talks have stalled". */
  static final Set<String> PROCESS = StringSet.of("ongoing", "hampered", "stalled", "stalling", "locked", "deadlocked",
      "stalemate", "broader", "bogged", "protracted", "years-long", "long-running", "on-off", "frozen");

  /** Nouns of a position held on something: "a softening on talks", "its stance on negotiations". */
  private static final Set<String> STANCES = StringSet.of("stance", "stances", "position", "positions", "softening",
      "hardening", "approach", "attitude", "attitudes", "u-turn", "shift", "views", "view", "opposition", "skepticism",
      "scepticism");

  /**
   * Whether the event noun at {@code trigger} is the object of "on", "to" or "towards" after a noun
   * of {@link #STANCES}, over at most two modifiers: "the softening on nuclear talks", "Iran's
   * approach to negotiations". Not "talks on the stance" (the noun after the trigger) and not "the
   * position of the talks" ("of" names the talks' own).
   */
  private static boolean stanceOn(Tokens t, int from, int trigger) {
    for (int k = trigger - 1; k > from && k >= trigger - 3; k--) {
      if (t.type(k) != Tokens.WORD) {
        return false;
      }
      if (t.is(k, "on") || t.is(k, "to") || t.is(k, "towards") || t.is(k, "toward")) {
        return t.type(k - 1) == Tokens.WORD && STANCES.contains(t.lower(k - 1));
      }
      if (t.capitalised(k) || t.is(k, "the") || t.is(k, "a")) {
        return false; // "approach to the talks with X": a determiner starts a phrase of its own events
      }
    }
    return false;
  }

  /** Meals that are meetings when taken with a named side ("lunch with X", "a working dinner with his counterpart"). */
  private static final Set<String> MEALS = StringSet.of("lunch", "luncheon", "dinner", "breakfast");

  /** "sit down with", "sits down with" at {@code i}. */
  private static boolean sitsDownWith(Tokens t, int i) {
    return i + 2 < t.size() && t.is(i + 1, "down") && t.is(i + 2, "with");
  }

  /** The next meeting trigger word at or after {@code from}, or {@code to}. */
  private static int nextTrigger(Doc.Para p, int from, int to) {
    Tokens t = p.tokens;
    for (int k = from; k < to; k++) {
      if ((p.flags(k) & WordFlags.MEETING) != 0) { // no flag, no trigger: skips lower-casing most words
        String w = lower(t, k);
        if (TALKS.contains(w) && !w.equals("round") && !w.equals("rounds")
            || IN_PERSON.contains(w) && (!w.equals("sit") && !w.equals("sits") || sitsDownWith(t, k))
            || CALL.contains(w) && callKind(t, k) != null) {
          return k;
        }
      }
    }
    return to;
  }

  List<Found> run(Doc doc, ActorStage.Result actors) {
    return run(doc, actors, List.of());
  }

  /**
   * The meetings of {@code doc}. {@code said}, the statement stage's findings in text order, gives
   * the speaker of a quotation that speaks of a meeting ("our talks today", "the meeting with the
   * president").
   */
  List<Found> run(Doc doc, ActorStage.Result actors, List<StatementStage.Found> said) {
    return run(doc, actors, said, new Discourse(doc, actors, words));
  }

  List<Found> run(Doc doc, ActorStage.Result actors, List<StatementStage.Found> said, Discourse discourse) {
    LocalDate published = doc.published;
    List<Found> out = new ArrayList<>();
    for (Doc.Para p : doc.paras) {
      if (p.heading()) {
        continue; // a headline sums up what the body reports
      }
      Tokens t = p.tokens;
      int lastTrigger = -10;
      boolean added = words.addsTriggers();
      for (int i = 0; i < t.size(); i++) {
        if ((p.flags(i) & WordFlags.MEETING) == 0 && !(added && t.type(i) == Tokens.WORD)) {
          continue; // no flag, no trigger, unless the user added words of their own
        }
        String w = lower(t, i);
        MeetingKind kind = null;
        if (added && (p.flags(i) & WordFlags.MEETING) == 0) {
          kind = words.added(WordList.TALKS, w) ? MeetingKind.TALKS
              : words.added(WordList.MEETING, w) ? (virtual(t, i) ? MeetingKind.VIDEO_CALL : MeetingKind.IN_PERSON)
              : words.added(WordList.CALL, w) ? MeetingKind.PHONE_CALL : null;
        } else if (w.equals("round") || w.equals("rounds")) {
          // "another round is planned", "two previous rounds in Abu Dhabi"; "a round of talks" is the talks'
          // (plural "rounds" is a series by itself: "the talks follow rounds in Oslo and Rome")
          boolean series = (i > 0 && ROUND_ORDINALS.contains(lower(t, i - 1)) || w.equals("rounds"))
              && !(i + 1 < t.size() && t.is(i + 1, "of"));
          kind = series ? MeetingKind.TALKS : null;
        } else if (Bits.TALKS.containsLower(t, i)) {
          // not a noun modifying another: "the negotiation committee", "the talks process", "a negotiation team"
          kind = i + 1 < t.size() && t.type(i + 1) == Tokens.WORD && EVENT_AS_MODIFIER.contains(t.get(i + 1))
              ? null : MeetingKind.TALKS;
        } else if ((Bits.RECEPTIONS.containsLower(t, i) || w.equals("received")) && receivedCall(t, i)) {
          kind = null; // "received a call from X": the call is the event, read at its own word
        } else if (Bits.RECEPTIONS.containsLower(t, i)) {
          kind = namedAfter(actors, p, i, w.equals("discussed") ? 8 : 3, w.equals("discussed"))
              ? (w.equals("discussed") ? MeetingKind.TALKS : MeetingKind.IN_PERSON) : null;
        } else if (Bits.TRIPS.containsLower(t, i)) {
          // ("travelled to Quito for the negotiations": attending an event reported, read at its own word)
          kind = travelTo(t, i) && !forAnEvent(p, i) ? MeetingKind.IN_PERSON : null; // "a trip to Cuba", not "a travel ban"
        } else if (w.equals("signed")) {
          // "A and B signed an accord in Oslo": a signing ceremony of the people coordinated before it
          kind = symmetricSubject(t, i) ? MeetingKind.IN_PERSON : null;
        } else if (Bits.MEALS.containsLower(t, i)) {
          // "had lunch with X", "a working dinner with his Chilean counterpart": a meal of the sides; not
          // "a state banquet", "over dinner", "a dinner with her advisers"
          kind = i + 2 < t.size() && t.is(i + 1, "with") && (t.capitalised(i + 2) || PRONOUNS.contains(t.get(i + 2))
              && i + 3 < t.size() && t.capitalised(i + 3)) ? MeetingKind.IN_PERSON : null;
        } else if (Bits.GATHERINGS.containsLower(t, i)) {
          // "EU leaders gathered in Brussels", "the ministers convened on Monday": a meeting when
          // nothing is gathered ("gathered evidence", "gathered troops near the border")
          kind = i + 1 < t.size() && (t.type(i + 1) != Tokens.WORD || GATHERED_NEXT.contains(lower(t, i + 1)))
              ? MeetingKind.IN_PERSON : null;
        } else if (w.equals("conferred")) {
          // "A and B conferred in Oslo", "conferred with X"; not "conferred an award on X"
          kind = i + 1 < t.size() && (t.type(i + 1) != Tokens.WORD || t.is(i + 1, "with")
              || GATHERED_NEXT.contains(lower(t, i + 1)) && !t.is(i + 1, "on")) ? MeetingKind.IN_PERSON : null;
        } else if (w.equals("exchanged")) {
          // "A and B exchanged views on the war": talks; not "exchanged fire", "exchanged prisoners"
          kind = i + 1 < t.size() && EXCHANGED.contains(lower(t, i + 1)) ? byPhone(t, i) : null;
        } else if (w.equals("negotiated") && i + 1 < t.size() && !t.is(i + 1, "with")
            && (symmetricSubject(t, i) || coordinatedNamesBefore(t, i))) {
          // "A and B negotiated face to face", "the two ministers negotiated in Almaty": a symmetric verb
          // with a plural subject and no object; not "A and B negotiated a deal"
          kind = t.type(i + 1) != Tokens.WORD || t.is(i + 1, "face") || GATHERED_NEXT.contains(lower(t, i + 1))
              ? MeetingKind.TALKS : null;
        } else if (w.equals("exchange") || w.equals("exchanges") || w.equals("negotiated")) {
          // "a frank exchange with X", "negotiated with X in Riyadh"; not "a prisoner exchange", "negotiated a deal"
          kind = i + 1 < t.size() && t.is(i + 1, "with") ? byPhone(t, i) : null;
        } else if (w.equals("alongside")) {
          // "Speaking alongside X", "appeared alongside X at the White House": two who stand together
          // before the press met; not "fought alongside", "works alongside"
          kind = i > 0 && i + 1 < t.size() && t.type(i - 1) == Tokens.WORD && SIDE_BY_SIDE.contains(lower(t, i - 1))
              && t.capitalised(i + 1) ? MeetingKind.IN_PERSON : null;
        } else if (w.equals("co-chaired")) {
          kind = MeetingKind.IN_PERSON; // "A and B co-chaired the joint commission"
        } else if (w.equals("shook")) {
          kind = i + 1 < t.size() && t.is(i + 1, "hands") ? MeetingKind.IN_PERSON : null; // "A and B shook hands"
        } else if (w.equals("consulted")) {
          kind = i + 1 < t.size() && t.is(i + 1, "with") ? MeetingKind.IN_PERSON : null; // not "consulted the report"
        } else if (Bits.ENCOUNTERS.containsLower(t, i)) {
          // "held a bilateral with X", "had a face-to-face with Y", "an audience with the Pope": the noun
          // after a determiner, with its other side or its place after it
          kind = i > 0 && i + 1 < t.size() && ENCOUNTER_DETERMINERS.contains(lower(t, i - 1))
              && ENCOUNTER_NEXT.contains(lower(t, i + 1)) ? MeetingKind.IN_PERSON : null;
        } else if (w.equals("sit") || w.equals("sits")) {
          // "will sit down with X", "sits down with Y"; not "sit in parliament", "sits on the board"
          kind = sitsDownWith(t, i) ? MeetingKind.IN_PERSON : null;
        } else if (Bits.IN_PERSON.containsLower(t, i)) {
          kind = metAThing(t, i) ? null : virtual(t, i) ? MeetingKind.VIDEO_CALL : MeetingKind.IN_PERSON;
        } else if (Bits.CALL.containsLower(t, i)) {
          kind = callKind(t, i);
          if (kind == null && spokeWithTheTitled(t, i)) {
            kind = MeetingKind.PHONE_CALL; // "spoke with the President of Kenya, X"
          }
        }
        if (kind == null || i - lastTrigger < 4 && !roundsInPlaces(t, i)) {
          continue; // (not "the talks follow earlier rounds in Oslo": other events, however close)
        }
        int[] c = clause(p, i);
        if (lastTrigger >= c[0] && framing(t, lastTrigger, i)) {
          // "X met Y at the start of the NATO summit": the summit is the setting of the meeting
          // just found, neither the same event nor a source of its sides
          LOG.debug("paragraph {}: '{}' frames the meeting before it", p.index, t.get(i));
          continue;
        }
        int next = nextTrigger(p, i + 4, c[1]);
        for (int k = i + 1; k < Math.min(next, i + 4); k++) {
          if (roundsInPlaces(t, k)) {
            next = k; // "the talks follow earlier rounds in Oslo and Rome": those places are not the talks'
          }
        }
        while (next < c[1] && framing(t, i, next)) {
          next = nextTrigger(p, next + 4, c[1]); // the setting's place and date are the meeting's
        }
        Found f = meeting(doc, actors, discourse, p, i, c[0], c[1], kind, published, next, out, said);
        if (f != null) {
          f.sentence = p.sentenceOf(i);
          // "held a separate bilateral meeting" on the sidelines: not the summit's, though the same
          // people are at both
          f.separate = separateMention(t, i, c[0]);
          lastTrigger = Math.max(i, f.objectTrigger); // "hosting talks": the object's trigger is this event
          if (f.oneEach != null) {
            for (Found part : parts(f, f.oneEach)) {
              ownDate(actors, p, part, i, published);
              merge(out, part, t, i);
            }
          } else if (eachAmongThemselves(t, i, f)) {
            // "the ASEAN trade and foreign ministers met separately": each group among themselves
            for (ActorRec group : List.copyOf(f.participants)) {
              Found own = copy(f);
              own.participants.clear();
              own.participants.add(group);
              own.amongThemselves = true;
              own.apart = true; // (merges only with a meeting of the same group)
              own.explicit = true;
              merge(out, own, t, i);
            }
          } else if (f.eachPlace != null) {
            for (Place place : f.eachPlace) {
              merge(out, at(f, place), t, i);
            }
          } else {
            merge(out, f, t, i);
          }
        }
      }
      beingIn(actors, discourse, p, published, out);
    }
    List<Found> split = new ArrayList<>(0);
    for (Found f : out) {
      if (f.kind == MeetingKind.PHONE_CALL && f.participants.size() > 2) {
        // a call has two parties on the line: the two people, when the text names two
        List<ActorRec> people = new ArrayList<>();
        for (ActorRec a : f.participants) {
          if (a.kind == ActorKind.PERSON) {
            people.add(a);
          }
        }
        if (people.size() == 2) {
          f.participants.retainAll(people);
        } else if (people.size() == 1 && f.severalCalls) {
          split.add(f);
        }
      }
      if (published != null && f.status == MeetingStatus.HELD && f.date != null
          && f.date.firstDay().isAfter(published)) {
        LOG.debug("held meeting dated {} after publication: date dropped", f.date);
        f.date = null;
      }
    }
    for (Found f : split) {
      separateCalls(out, f);
    }
    out.removeIf(f -> f.participants.size() < 2 && !f.amongThemselves || oneSide(f));
    for (Found f : out) {
      governmentSide(actors, f);
      stateByItsGovernment(actors, f);
      seatByItsHead(actors, f);
      delegationHeads(doc, actors, f);
    }
    return out;
  }

  /** The press as the addressee at {@code k}: "to journalists", "to reporters", "to the media". */
  private static boolean toThePress(Tokens t, int k) {
    if (k + 1 >= t.size() || !t.is(k, "to")) {
      return false;
    }
    int n = t.is(k + 1, "the") && k + 2 < t.size() ? k + 2 : k + 1;
    return t.type(n) == Tokens.WORD && PRESS.contains(t.lower(n));
  }

  /** Nouns of the press an official speaks to. */
  private static final Set<String> PRESS = StringSet.of("journalists", "reporters", "press", "media", "correspondents",
      "newsmen", "broadcasters");

  /**
   * "Spoke with the President of Kenya", "with the Kenyan president" (a readout's conversation of
   * two): "spoke" or "talked", its adverbs, then "with the" and a title, one capitalised word before
   * it at most; not "spoke with the press" nor "with the Associated Press".
   */
  private boolean spokeWithTheTitled(Tokens t, int i) {
    if (!t.is(i, "spoke") && !t.is(i, "talked")) {
      return false;
    }
    int j = prepositionAfterAdverbs(t, i);
    // (a state's adjective may come first: "spoke with the Kenyan president")
    return j + 2 < t.size() && t.is(j, "with") && t.is(j + 1, "the") && t.capitalised(j + 2)
        && (index.title(t, j + 2) != null || j + 3 < t.size() && index.title(t, j + 3) != null);
  }

  /**
   * The kind of talks a verb of talking at {@code i} reports: a phone call when "phone" or
   * "telephone" follows within its sentence's next ten words ("exchanged views with X by phone"),
   * a video call for "video", else talks.
   */
  private static MeetingKind byPhone(Tokens t, int i) {
    for (int k = i + 1; k < Math.min(t.size(), i + 11) && !t.is(k, "."); k++) {
      if (t.is(k, "phone") || t.is(k, "telephone")) {
        return MeetingKind.PHONE_CALL;
      }
      if (t.is(k, "video")) {
        return MeetingKind.VIDEO_CALL;
      }
    }
    return MeetingKind.TALKS;
  }

  /** What two sides exchange when they talk: "exchanged views", "exchanged opinions". */
  private static final Set<String> EXCHANGED = StringSet.of("views", "opinions", "ideas", "pleasantries", "greetings");

  /** Nouns of a meeting of two that need a determiner before them and a side or place after. */
  private static final Set<String> ENCOUNTERS = StringSet.of("bilateral", "face-to-face", "one-on-one", "sit-down",
      "audience");
  private static final Set<String> ENCOUNTER_DETERMINERS = StringSet.of("a", "an", "the", "their", "his", "her");
  private static final Set<String> ENCOUNTER_NEXT = StringSet.of("with", "to", "between", "in", "at", "on");

  /** Verbs of gathering: a meeting only when used without an object. */
  private static final Set<String> GATHERINGS = StringSet.of("gathered", "gather", "gathers", "convened");
  /** Words after an intransitive "gathered": a place, a time or a purpose. */
  private static final Set<String> GATHERED_NEXT = StringSet.of("in", "at", "on", "for", "ahead", "this", "last",
      "today", "yesterday", "again", "together", "virtually", "online", "behind", "near", "outside", "inside");

  /** Participles whose agent after "by" heads a delegation: "a delegation led by X", "a team headed by Y". */
  private static final Set<String> LEADING = StringSet.of("led", "headed");
  /** Nouns of a side's envoys at talks, before "led by" / "headed by". */
  private static final Set<String> DELEGATIONS = StringSet.of("delegation", "delegations", "team", "teams",
      "negotiators", "negotiating", "envoys", "mission");
  /** How many "led by" phrases of a paragraph one meeting reads: bounds the work in a hostile text. */
  private static final int MAX_LEADS = 8;

  /**
   * The heads of the sides' delegations at talks take part in them: "Ukraine's delegation was led by
   * Defence Minister X", "Russia sent a team headed by Y", "the Chilean negotiators, led by Z", in
   * the paragraph of the meeting or the next. The delegation is a side's when a state or demonym of
   * a participant's country stands in the six words before its noun, or, with none there, when the
   * head is of that country. Not for calls (a call is between two people on the line).
   */
  private static void delegationHeads(Doc doc, ActorStage.Result actors, Found f) {
    if (f.kind == MeetingKind.PHONE_CALL) {
      return;
    }
    Set<String> countries = new java.util.HashSet<>();
    for (ActorRec a : f.participants) {
      if (a.kind != ActorKind.PERSON && a.country != null) {
        countries.add(a.country);
      }
    }
    if (countries.isEmpty()) {
      return;
    }
    for (int q = f.para; q < Math.min(doc.paras.size(), f.para + 2); q++) {
      Doc.Para p = doc.paras.get(q);
      Tokens t = p.tokens;
      // bit tests: most tokens are no word of the list, and need no String for the look-up
      int[] leads = p.positions(LEADING, k -> t.type(k) == Tokens.WORD && Bits.LEADING.contains(t, k));
      int read = 0;
      for (int j = 0; j < leads.length && leads[j] + 2 < t.size() && read < MAX_LEADS; j++) {
        int k = leads[j];
        if (t.type(k) != Tokens.WORD || !Bits.LEADING.contains(t, k)) {
          continue; // (positions may hold every token)
        }
        read++;
        if (!t.is(k + 1, "by") || !delegationBefore(t, k)) {
          continue;
        }
        ActorRec head = null;
        for (Mention m : Mention.starting(actors.mentions.get(q), k + 2, Math.min(t.size(), k + 8))) {
          if (m.actor.kind == ActorKind.PERSON && titlesOnly(t, k + 2, m.from)) {
            head = m.actor;
            break;
          }
        }
        if (head == null || f.participants.contains(head)) {
          continue;
        }
        String side = delegationCountry(actors, q, t, k);
        if (side != null ? countries.contains(side) : head.country != null && countries.contains(head.country)) {
          LOG.debug("paragraph {}: {} heads a delegation at the talks", q, head.name);
          f.participants.add(head);
        }
      }
    }
  }

  /** Whether a noun of delegation stands in the four words before the participle at {@code k}. */
  private static boolean delegationBefore(Tokens t, int k) {
    for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
      if (t.type(j) == Tokens.WORD && DELEGATIONS.contains(t.lower(j))) {
        return true;
      }
    }
    return false;
  }

  /** Whether [from, to) holds only the words of a title: capitalised words and lower-case title words ("presidential aide"). */
  private static boolean titlesOnly(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      boolean titleWord = t.type(k) == Tokens.WORD
          && (t.capitalised(k) || t.lower(k).endsWith("al") || TITLE_WORDS.contains(t.lower(k)));
      if (!titleWord) {
        return false;
      }
    }
    return true;
  }

  /** Lower-case words of a title before a name: "presidential aide", "deputy foreign minister", "the chief of staff". */
  private static final Set<String> TITLE_WORDS = StringSet.of("aide", "adviser", "advisor", "envoy", "minister",
      "chief", "of", "deputy", "foreign", "defence", "defense", "special", "the", "former", "senior", "top");

  /** The country of a state or demonym in the six words before the participle at {@code k}, or null. */
  private static String delegationCountry(ActorStage.Result actors, int q, Tokens t, int k) {
    int from = Math.max(0, k - 6);
    String country = null;
    for (Mention m : Mention.starting(actors.mentions.get(q), from, k)) {
      if (m.actor.kind == ActorKind.STATE && m.actor.country != null) {
        country = m.actor.country;
      }
    }
    List<PhraseIndex.Match> ds = actors.demonyms.get(q);
    for (int j = Clause.firstMatchAt(ds, from); j < ds.size() && ds.get(j).from < k; j++) {
      PhraseIndex.Match d = ds.get(j); // (found by binary search: a long paragraph is not read per meeting)
      if (d.to <= k && d.entry().country().isPresent()) {
        country = d.entry().country().get();
      }
    }
    return country;
  }

  /**
   * A leader of a state meeting that state's own armed group ("President X resumed talks with the
   * rebels") meets it for the government: the state the article names is a side of the meeting too,
   * beside the leader. Unchanged when a side of that state (the state itself, its government, its
   * delegation) already takes part, or the article never names the state.
   */
  private static void governmentSide(ActorStage.Result actors, Found f) {
    ActorRec group = null;
    ActorRec leader = null;
    for (ActorRec a : f.participants) {
      if (a.armedOrListedGroup()) {
        group = a;
      } else if (a.kind == ActorKind.PERSON && a.country != null) {
        leader = leader == null ? a : leader;
      }
    }
    if (group == null || leader == null || group.country != null && !group.country.equals(leader.country)) {
      return;
    }
    for (ActorRec a : f.participants) {
      if (a != group && a.kind != ActorKind.PERSON && leader.country.equals(a.country)) {
        return;
      }
    }
    List<ActorRec> states = actors.states(leader.country);
    if (!states.isEmpty()) {
      LOG.debug("{} meets {} for the government of {}", leader.name, group.name, states.get(0).name);
      f.participants.add(states.get(0));
    }
  }

  /**
   * A state that meets an armed group of its own country ("talks between Peru and the Shining Dawn
   * rebels") is there as its government: when the article names that government ("the Peruvian
   * government"), the government is the side, as the news of a civil conflict says it.
   */
  private static void stateByItsGovernment(ActorStage.Result actors, Found f) {
    ActorRec state = null;
    for (ActorRec a : f.participants) {
      if (a.kind == ActorKind.STATE && a.country != null && domesticGroup(f, a.country)) {
        state = a;
        break;
      }
    }
    ActorRec government = state == null ? null : actors.government(state.country);
    if (government == null || f.participants.contains(government) && f.participants.size() <= 2) {
      return; // (the state and its government alone are one side)
    }
    LOG.debug("{} meets a group of its own country as {}", state.name, government.name);
    replaceSide(f, state, government);
  }

  /** {@code by} in the place of side {@code side} of {@code f}; once if it was a side already. */
  private static void replaceSide(Found f, ActorRec side, ActorRec by) {
    List<ActorRec> sides = new ArrayList<>(f.participants);
    f.participants.clear();
    for (ActorRec a : sides) {
      f.participants.add(a == side ? by : a);
    }
  }

  /** Seats of a head of state ("white house", "kremlin"), lower case, as the gazetteer names them. */
  private static final Set<String> HEAD_OF_STATE_SEATS = Words.defaults("seat-of-head-of-state");
  /** Seats of a head of government ("downing street"). */
  private static final Set<String> HEAD_OF_GOVERNMENT_SEATS = Words.defaults("seat-of-head-of-government");

  /**
   * A seat of a head of state or government as a side ("Zelensky was to visit the White House") is
   * the head of that state the article names (the president, the prime minister), as the news says
   * a visit to the White House is one with the president; with no such head named, the seat stays.
   */
  private static void seatByItsHead(ActorStage.Result actors, Found f) {
    for (ActorRec seat : f.participants) {
      if (seat.kind != ActorKind.ORGANIZATION || seat.country == null) {
        continue;
      }
      String name = seat.name.toLowerCase(Locale.ROOT);
      String title = HEAD_OF_STATE_SEATS.contains(name) ? "head-of-state"
          : HEAD_OF_GOVERNMENT_SEATS.contains(name) ? "head-of-government" : null;
      ActorRec head = title == null ? null : actors.headOf(seat.country, title);
      if (head != null) {
        LOG.debug("{} as a side is {}", seat.name, head.name);
        replaceSide(f, seat, head);
        return;
      }
    }
  }

  /**
   * Whether a non-state group of {@code country} from the gazetteer's armed and political groups, or
   * one named by a noun of insurgency, is among the sides of {@code f}; not a body named a government.
   */
  private static boolean domesticGroup(Found f, String country) {
    for (ActorRec a : f.participants) {
      if (a.armedOrListedGroup() && country.equals(a.country)
          && !a.name.toLowerCase(Locale.ROOT).endsWith(" government")) {
        return true; // (a rival "National Unity Government" is no armed group)
      }
    }
    return false;
  }

  /** Words between a visitor and "in" that make the stay a visit: "X is in Lima", "X was in Moscow", "X is due in Oslo". */
  private static final Set<String> BEING = StringSet.of("is", "was", "are", "were", "due", "expected", "already", "still", "be");
  /** Of {@link #BEING}, the words of a stay to come: "is due in", "is expected in", "will be in". */
  private static final Set<String> BEING_AHEAD = StringSet.of("due", "expected", "be");

  /**
   * "X was in Moscow in January", "X is due in Lima next week": a person of one state staying in
   * another's capital (or the state itself) visits it, though no word of visiting is used. One visit
   * per such phrase, merged with what the paragraph reported already.
   */
  private void beingIn(ActorStage.Result actors, Discourse discourse, Doc.Para p, LocalDate published, List<Found> out) {
    Tokens t = p.tokens;
    List<PhraseIndex.Match> places = actors.places.get(p.index);
    for (PhraseIndex.Match m : places) {
      if (m.from < 3 || !t.is(m.from - 1, "in") || m.entry().kind() != io.github.newsevents.gazetteer.EntryKind.STATE
          || t.type(m.from - 2) != Tokens.WORD || !BEING.contains(t.get(m.from - 2))) {
        continue;
      }
      int k = m.from - 2;
      boolean ahead = false;
      while (k > 0 && t.type(k) == Tokens.WORD && BEING.contains(t.get(k)) && k > m.from - 5) {
        ahead |= BEING_AHEAD.contains(t.get(k));
        k--;
      }
      if (!(t.is(k + 1, "is") || t.is(k + 1, "was") || t.is(k + 1, "are") || t.is(k + 1, "were") || t.is(k, "will") && t.is(k + 1, "be"))) {
        continue; // "the talks in Lima", "due in part": a verb of being must open the phrase
      }
      if (t.is(k, "will")) {
        k--;
        ahead = true;
      }
      Mention visitor = null;
      for (Mention x : Mention.starting(actors.mentions.get(p.index), k - actors.longest(p.index), k + 1)) {
        if (x.to == k + 1 && x.actor.kind == ActorKind.PERSON && !x.quoted) {
          visitor = x;
        }
      }
      if (visitor == null || visitor.actor.country == null
          || visitor.actor.country.equals(m.entry().country().orElse(null))) {
        continue; // one's own capital is home, not a visit
      }
      int[] c = clause(p, m.from);
      Found f = new Found();
      f.kind = MeetingKind.IN_PERSON;
      f.para = p.index;
      f.trigger = "visit";
      f.status = ahead ? MeetingStatus.PLANNED : MeetingStatus.HELD;
      f.participants.add(visitor.actor);
      ActorRec host = hostOfPlace(discourse, p, m, f, null);
      if (host == null) {
        continue;
      }
      f.participants.add(host);
      f.date = date(p, m.to, c[1], published, ahead);
      f.sentence = p.sentenceOf(m.from);
      f.evidence.add(span(p, c[0], c[1]));
      LOG.debug("paragraph {}: {} staying in {}: a visit", p.index, visitor.actor.name, host.name);
      merge(out, f, t, m.from);
    }
  }

  /**
   * A meeting needs two sides: a person and their own state or its government ("Iran" and its
   * president, "the United States" and its secretary of state) are one, whatever the clause named.
   */
  private static boolean oneSide(Found f) {
    if (f.participants.size() != 2 || f.amongThemselves) {
      return false;
    }
    java.util.Iterator<ActorRec> it = f.participants.iterator();
    ActorRec a = it.next();
    ActorRec b = it.next();
    if (a.kind != ActorKind.PERSON) {
      ActorRec x = a;
      a = b;
      b = x;
    }
    boolean same = a.kind == ActorKind.PERSON && a.country != null && a.country.equals(b.country)
        && (b.kind == ActorKind.STATE || b.kind == ActorKind.ORGANIZATION || b.kind == ActorKind.GROUP && b.entry == null);
    if (same) {
      LOG.debug("meeting of {} and {}: one side, dropped", a.name, b.name);
    }
    return same;
  }

  /** Words that open a verb group: after "and" they start a second predicate ("and is expected to"). */
  private static final Set<String> VERB_GROUP_OPENERS = StringSet.of("is", "was", "are", "were", "will", "would", "has", "have",
      "had", "could", "may", "might", "should", "plans", "planned", "hopes", "hoped", "expects", "intends", "wants");

  /** Forms of the verb "meet" that take a thing for object: "met with criticism", "meets the criteria". */
  private static final Set<String> MEET_FORMS = StringSet.of("met", "meet", "meets", "meeting");
  /** What is "met with" that no one meets: a reaction ("the plan was met with criticism"); words.tsv "met-reaction". */
  private static final Set<String> REACTIONS = StringSet.copyOf(Words.defaults("met-reaction"));
  /** What is "met" as a target or a demand ("meets the criteria", "met the deadline"); words.tsv "met-target". */
  private static final Set<String> TARGETS = StringSet.copyOf(Words.defaults("met-target"));

  /**
   * Whether the form of "meet" at {@code i} takes a thing: "met with criticism", "was met with
   * strong resistance", "meets the criteria", "met the deadline" (a determiner or two adjectives
   * may stand between).
   */
  private static boolean metAThing(Tokens t, int i) {
    if (!MEET_FORMS.contains(t.lower(i))) {
      return false;
    }
    int k = i + 1;
    boolean with = k < t.size() && t.is(k, "with");
    if (with) {
      k++;
    }
    for (int n = 0; k < t.size() && n < 3 && t.type(k) == Tokens.WORD && !t.capitalised(k); k++, n++) {
      String x = t.lower(k);
      if (with ? REACTIONS.contains(x) && !reactionIsATitle(t, k) : TARGETS.contains(x)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word of a reaction at {@code k} opens a title before a name: "met with opposition
   * leader X" (a noun and a capitalised name after it), not "met with opposition from Congress".
   */
  private static boolean reactionIsATitle(Tokens t, int k) {
    return k + 2 < t.size() && t.type(k + 1) == Tokens.WORD && !t.capitalised(k + 1)
        && !Lexicon.LOCATIVE.contains(t.get(k + 1)) && !t.is(k + 1, "from") && !t.is(k + 1, "and") && !t.is(k + 1, "by")
        && t.capitalised(k + 2);
  }

  /** Verbs of meeting in the past tense: "met", "spoke", "visited". */
  private static final Set<String> PAST_VERBS = StringSet.of("met", "spoke", "talked", "phoned", "telephoned", "visited",
      "hosted", "conferred", "received", "welcomed", "greeted", "discussed");
  /** Light verbs in the past tense before an event noun: "held talks", "had a call". */
  private static final Set<String> PAST_LIGHT_VERBS = StringSet.of("held", "had", "conducted", "began", "opened", "started",
      "joined", "resumed", "launched", "concluded", "continued");
  /** Words before a past form that make it a participle or an infinitive's: "has met", "to have met", "was received". */
  private static final Set<String> NOT_FINITE = StringSet.of("has", "have", "had", "having", "was", "were", "been", "be",
      "is", "are", "to");

  /**
   * Whether the event at {@code trigger} is told by a finite verb in the past tense ("met", "held
   * talks", "spoke by phone"), not by a noun, an infinitive or a perfect ("could have met").
   */
  private static boolean pastFinite(Tokens t, int trigger, int from) {
    int verb = -1;
    if (PAST_VERBS.contains(lower(t, trigger))) {
      verb = trigger;
    } else {
      for (int k = trigger - 1; k >= Math.max(from, trigger - 3) && t.type(k) == Tokens.WORD; k--) {
        if (Bits.PAST_LIGHT_VERBS.contains(t, k)) {
          verb = k;
          break;
        }
      }
    }
    if (verb < 0) {
      return false;
    }
    for (int k = verb - 1; k >= Math.max(from, verb - 2) && t.type(k) == Tokens.WORD; k--) {
      if (NOT_FINITE.contains(t.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether [from, to) says something is not ruled out: "did not rule out", "has not been ruled out", "never ruled out". */
  private static boolean notRuledOut(Tokens t, int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      // (the first letter first: asked of every word of the window)
      if (t.type(k) == Tokens.WORD && t.firstChar(k) == 'r'
          && (t.is(k, "rule") || t.is(k, "ruled") || t.is(k, "ruling")) && t.is(k + 1, "out")) {
        for (int j = k - 1; j >= Math.max(from, k - 3); j--) {
          if (t.type(j) == Tokens.WORD && NEGATIONS.contains(lower(t, j))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Prepositions that open an adjunct: a negation before one does not reach the event noun after it. */
  private static final Set<String> ADJUNCT_PREPOSITIONS = StringSet.of("in", "during", "at", "after", "before", "following", "since");

  /**
   * Whether the "on" at {@code on} dates a report: "said on Monday that ...", "said on Monday, ...";
   * not "agreed on Sunday to a truce", where the verb governs what follows the date.
   */
  private static boolean reportedOn(Tokens t, int on) {
    int j = afterDateOn(t, on, t.size());
    return j > 0 && j < t.size() && (t.is(j, "that") || t.is(j, ","));
  }

  /**
   * The token after the date that the "on" at {@code on} opens (up to three capitalised words or
   * numbers before {@code limit}: "on Sunday", "on April 14"), or -1 when none follows.
   */
  private static int afterDateOn(Tokens t, int on, int limit) {
    int j = on + 1;
    while (j < limit && j <= on + 3 && (t.type(j) == Tokens.NUMBER || t.type(j) == Tokens.WORD && t.capitalised(j))) {
      j++;
    }
    return j > on + 1 ? j : -1;
  }

  /**
   * Whether "after" or "following" opens the adjunct of the trigger within [from, trigger): "agreed
   * to a truce after talks in Oslo" tells of talks held before the agreement, not agreed to.
   */
  private static boolean pastAdjunct(Tokens t, int from, int trigger) {
    for (int k = trigger - 1; k >= from; k--) {
      if (t.is(k, "after") || t.is(k, "following") || t.is(k, "during")) {
        return true; // ("agreed during a phone call to ...": the call is as past as the agreeing)
      }
      if (t.type(k) != Tokens.WORD && t.type(k) != Tokens.NUMBER) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the trigger's adjunct opens with "after" or "following" right after a reporting verb
   * and its object ("X told reporters after her meeting with Y that ...", "X said following the
   * talks that ..."): the event came before the report, whatever the reported words say of the future.
   */
  private static boolean reportedAfter(Tokens t, int trigger, int from) {
    for (int k = trigger - 1; k >= Math.max(from, trigger - 4); k--) {
      // (and the adjunct of the setting: "X said in a call with Y that ...", "agreed during a call to ...")
      if (t.is(k, "after") || t.is(k, "following") || t.is(k, "during") || t.is(k, "in") && k + 1 < trigger
          && (t.is(k + 1, "a") || t.is(k + 1, "their") || t.is(k + 1, "his") || t.is(k + 1, "her"))) {
        for (int v = k - 1; v >= Math.max(from, k - 3); v--) {
          if (t.type(v) != Tokens.WORD) {
            return false;
          }
          if (Bits.SAYING.contains(t, v)) {
            return true;
          }
        }
        return false;
      }
      if (t.type(k) != Tokens.WORD) {
        return false;
      }
    }
    return false;
  }

  /** Whether a preposition opening an adjunct stands in (from, to): the negation at {@code from} governs another verb. */
  private static boolean adjunctBetween(Tokens t, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (t.type(k) == Tokens.WORD && ADJUNCT_PREPOSITIONS.contains(t.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** "received a call", "received a phone call", "received a letter": what was received, not a guest. */
  private static boolean receivedCall(Tokens t, int i) {
    for (int k = i + 1; k < Math.min(t.size(), i + 4); k++) {
      if (t.type(k) != Tokens.WORD || t.capitalised(k)) {
        return false;
      }
      if (CALL.contains(t.lower(k)) || t.is(k, "letter") || t.is(k, "message")) {
        return true;
      }
    }
    return false;
  }

  /** Verbs that are a meeting only with someone right after: "welcomed Chancellor X", "discussed trade with X". */
  static final Set<String> RECEPTIONS = StringSet.of("welcomed", "greeted", "discussed");

  /**
   * Whether a person or state is named within {@code reach} tokens after the trigger (after "with"
   * when {@code afterWith}): "welcomed Chancellor Brandt", not "welcomed the decision".
   */
  private boolean namedAfter(ActorStage.Result actors, Doc.Para p, int trigger, int reach, boolean afterWith) {
    Tokens t = p.tokens;
    int with = -1;
    if (afterWith) {
      for (int k = trigger + 1; k < t.size() && k <= trigger + reach; k++) {
        if (t.is(k, "with")) {
          with = k;
          break;
        }
        if (t.type(k) != Tokens.WORD) {
          return false;
        }
      }
      if (with < 0) {
        return false;
      }
    }
    int from = afterWith ? with + 1 : trigger + 1;
    for (Mention m : Mention.starting(actors.mentions.get(p.index), from, from + 4)) {
      if (m.from >= from && m.from <= from + 3 && !m.quoted
          && (m.actor.kind == ActorKind.PERSON || m.actor.kind == ActorKind.STATE)
          && !anyIn(t, from, m.from, PREPOSITIONS) // "welcomed the ceasefire between A and B" welcomes no guest
          && !(m.actor.kind == ActorKind.STATE && modifiesANoun(t, m))) {
        return true;
      }
    }
    return false;
  }

  /** Lower-case words after a name that are no noun it modifies: "welcomed Chile and ...", "welcomed Chile in Lima". */
  private static final Set<String> NO_HEAD_NOUN = StringSet.of("and", "or", "on", "in", "at", "to", "for", "with", "after",
      "during");

  /**
   * Whether a state's name only modifies the noun after it: "welcomed the U.S.-Russian announcement",
   * "welcomed the U.S. decision" (a lower-case word, or a compound's hyphen, right after it); or
   * owns a thing that is no person: "welcomed Brazil's efforts" (a possessive before a lower-case
   * word that starts no title; "welcomed Brazil's president" welcomes a guest).
   */
  private boolean modifiesANoun(Tokens t, Mention m) {
    if (m.to >= t.size()) {
      return false;
    }
    if (t.type(m.to) == Tokens.WORD && !t.capitalised(m.to) && !NO_HEAD_NOUN.contains(t.get(m.to))) {
      return true;
    }
    if (t.type(m.to) == Tokens.POSSESSIVE && m.to + 1 < t.size() && t.type(m.to + 1) == Tokens.WORD
        && !t.capitalised(m.to + 1) && index.title(t, m.to + 1) == null && !Clause.COUNTERPARTS.contains(t.lower(m.to + 1))) {
      return true;
    }
    // a compound: "U.S.-Russian": the hyphen joins the name to the next word
    return t.end(m.to - 1) < t.text().length() && t.text().charAt(t.end(m.to - 1)) == '-';
  }

  /** Words before "meet"/"meets" that make it no present simple: "to meet", "will meet", "did not meet". */
  private static final Set<String> NOT_PRESENT = StringSet.of("to", "will", "would", "could", "can", "may", "might",
      "should", "must", "shall", "did", "does", "do", "not", "never", "n't", "and", "or", "cannot");

  /**
   * "X and Y meet in Brussels on Thursday", "X meets Y on Friday": a verb in the present simple with
   * a date after it that lies after publication is a scheduled meeting.
   */
  private static boolean scheduledPresent(Tokens t, int trigger, int to, LocalDate published) {
    if (published == null || !(t.is(trigger, "meet") || t.is(trigger, "meets")) || trigger == 0
        || t.type(trigger - 1) != Tokens.WORD || NOT_PRESENT.contains(lower(t, trigger - 1))) {
      return false;
    }
    Dates.Found d = Dates.first(t, trigger + 1, to, published, true);
    return d != null && d.date.firstDay().isAfter(published);
  }

  /** Nouns of a forum's own gathering: "the NATO summit", "a meeting of the Arab League". */
  private static final Set<String> FORUM_NOUNS = StringSet.of("summit", "meeting", "conference");

  /** Verbs by which a person takes part in a gathering: "attended", "told the summit", "addressed". */
  private static final Set<String> TAKING_PART = StringSet.of("attended", "attends", "attend", "attending", "addressed",
      "addresses", "address", "addressing", "told", "tells", "chaired", "chairs", "chairing", "joined", "joins",
      "opened", "opens", "participated", "participating", "hosted", "hosts", "hosting");

  /** Whether a verb of taking part stands in [from, to). */
  private static boolean takesPart(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.type(k) == Tokens.WORD && TAKING_PART.contains(t.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The intergovernmental body (a gazetteer organisation of no one state) whose gathering the
   * trigger names: right before it ("the NATO summit", "the Shanghai Cooperation Organisation
   * summit", "ASEAN's summit") or after "of" ("the summit of the African Union"); else null.
   */
  private static ActorRec forumOwning(ActorStage.Result actors, Doc.Para p, int trigger) {
    Tokens t = p.tokens;
    List<Mention> ms = actors.mentions.get(p.index);
    for (Mention m : Mention.starting(ms, trigger - 6 - actors.longest(p.index), trigger + 5)) {
      boolean before = m.to == trigger || m.to == trigger - 1 && t.type(m.to) == Tokens.POSSESSIVE;
      boolean of = m.from > trigger + 1 && t.is(trigger + 1, "of")
          && (m.from == trigger + 2 || m.from == trigger + 3 && t.is(trigger + 2, "the"));
      // "The European Council will hold a summit": the forum holds its own gathering
      boolean holds = m.to < trigger && hostingVerbBefore(t, m.to, trigger);
      if ((before || of || holds) && !m.quoted && m.actor.kind == ActorKind.ORGANIZATION && m.actor.entry != null
          && m.actor.country == null && !t.get(m.to - 1).endsWith("-") && !(m.to < t.size() && t.is(m.to, "-"))
          && !(m.from > 0 && (t.is(m.from - 1, "-") || t.get(m.from - 1).endsWith("-")))
          && t.get(m.from).indexOf('-') < 0) {
        return m.actor; // (not a compound of sides: "an ASEAN-U.S. meeting")
      }
    }
    return null;
  }

  /** Verbs by which a body holds its own gathering: "will hold a summit", "convened a meeting". */
  private static final Set<String> HOLDING = StringSet.of("hold", "holds", "held", "holding", "convene", "convenes",
      "convened", "convening");

  /** Whether [from, to) is an auxiliary or two, a verb of holding and the trigger's determiner: "will hold a". */
  private static boolean hostingVerbBefore(Tokens t, int from, int to) {
    if (to - from > 5) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (t.type(k) == Tokens.WORD && HOLDING.contains(t.get(k))) {
        for (int j = k + 1; j < to; j++) {
          if (!(t.type(j) == Tokens.WORD && !t.capitalised(j))) {
            return false; // "holds a special summit", not "held talks with X's summit"
          }
        }
        return true;
      }
      if (!(t.is(k, "will") || t.is(k, "would") || t.is(k, "is") || t.is(k, "to") || t.is(k, "has") || t.is(k, "also"))) {
        return false;
      }
    }
    return false;
  }

  /** Words before a noun: "the host", "their hosts". */
  private static final Set<String> DETERMINERS = StringSet.of("the", "a", "an", "its", "their", "his", "her", "our", "as");

  /** Phrases that make a later meeting noun the setting of an earlier one: "on the sidelines of". */
  private static final Set<String> SETTINGS = StringSet.of("sidelines", "margins", "margin", "start", "end", "eve",
      "opening", "close", "during", "ahead", "at");

  /**
   * Whether the trigger at {@code i} names the setting of the meeting triggered at {@code before} in
   * the same clause: "at the start of the summit", "on the sidelines of a conference", "during a
   * summit", "ahead of the summit", within a few words before it.
   */
  private static boolean framing(Tokens t, int before, int i) {
    for (int k = i - 1; k > before && k >= i - 8; k--) {
      if (t.type(k) == Tokens.WORD && Bits.SETTINGS.contains(t, k)) {
        if (k + 1 < i && (t.is(k + 1, "which") || t.is(k + 1, "whom"))) {
          // "a visit during which she will meet X", "a summit at which they met": a relative clause
          // tells an event of its own, set in the one before
          return false;
        }
        // "the start of", "ahead of"; "during the summit", "met at a summit in Astana"
        return t.is(k, "during") || t.is(k, "at") && settingObject(t, k, i) || k + 1 < i && t.is(k + 1, "of");
      }
      // a possessive within the noun phrase: "the ASEAN ministers' meetings" (the plural's apostrophe
      // may be read as a quotation mark)
      if (t.type(k) != Tokens.WORD && t.type(k) != Tokens.POSSESSIVE
          && !(t.type(k) == Tokens.QUOTE && io.github.newsevents.internal.Chars.isSingleQuote(t.firstChar(k))
              && k > 0 && t.get(k - 1).endsWith("s"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the trigger at {@code i} heads the object of "at" at {@code at}: "at a summit", "at the
   * NATO summit", "at last week's summit"; not "talks at the ministry today and the meeting".
   */
  private static boolean settingObject(Tokens t, int at, int i) {
    if (i - at > 5) {
      return false;
    }
    for (int k = at + 1; k < i; k++) {
      if (t.is(k, "and") || t.is(k, "or") || t.is(k, "today") || t.is(k, "yesterday") || t.type(k) != Tokens.WORD
          && t.type(k) != Tokens.POSSESSIVE) {
        return false;
      }
    }
    return true;
  }

  /** Prepositions that put a name outside the object noun phrase of the verb before them. */
  private static final Set<String> PREPOSITIONS = StringSet.of(
      "between", "of", "by", "with", "for", "to", "on", "in", "from", "at", "against", "among", "over");

  /** "to" within three words after a word of travel: "a trip to", "travel to", "his first trip abroad to". */
  private static boolean travelTo(Tokens t, int i) {
    for (int k = i + 1; k < t.size() && k <= i + 3; k++) {
      if (t.is(k, "to")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the trip at {@code i} is made "for" a definite event ("travelled to Abu Dhabi for the
   * negotiations", "flew to Geneva for the talks"): its purpose is to attend that event, which is
   * the meeting (with its own sides), not one with the state of the place. Read up to a comma or
   * a stop, at most ten words on.
   */
  private static boolean forAnEvent(Doc.Para p, int i) {
    Tokens t = p.tokens;
    for (int k = i + 1; k + 2 < t.size() && k <= i + 10; k++) {
      if (t.is(k, ",") || t.is(k, ".") || t.is(k, ";")) {
        return false;
      }
      if (t.is(k, "for") && (t.is(k + 1, "the") || t.is(k + 1, "their") || t.is(k + 1, "these") || t.is(k + 1, "those"))) {
        for (int j = k + 2; j < Math.min(t.size(), k + 5); j++) {
          if (t.type(j) != Tokens.WORD) {
            return false;
          }
          if ((p.flags(j) & WordFlags.MEETING) != 0) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /** "a virtual meeting", "an online summit", "a video summit": held by video link. */
  private static boolean virtual(Tokens t, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
      if (t.is(k, "virtual") || t.is(k, "online") || t.is(k, "video") || t.is(k, "videoconference")) {
        return true;
      }
    }
    return byVideo(t, i);
  }

  /**
   * "met virtually", "spoke with X via video link", "talked by videoconference": a means of video
   * after the verb, within its clause (eight words, up to a comma or a stop).
   */
  private static boolean byVideo(Tokens t, int i) {
    for (int k = i + 1; k < Math.min(t.size(), i + 9) && t.type(k) != Tokens.PUNCT; k++) {
      // (all three words start with a "v": one read turns the other words away)
      if (t.firstChar(k) == 'v' && (t.is(k, "virtually") || t.is(k, "videoconference") || t.is(k, "video") && k > 0
          && (t.is(k - 1, "via") || t.is(k - 1, "by") || t.is(k - 1, "over")))) {
        return true;
      }
    }
    return false;
  }

  /** Words before "called" that make it a finite verb of a subject: "Ruiz called", "she called", "also called". */
  private static final Set<String> CALLER_WORDS = StringSet.of("he", "she", "they", "also", "then", "later", "had", "has",
      "have", "personally", "reportedly", "first", "again");
  /** Words after the name that end the object of "called X": a time, a purpose, the end of the clause. */
  private static final Set<String> AFTER_CALLEE = StringSet.of(".", ",", ";", "on", "to", "and", "in", "at", "last", "this",
      "late", "early", "after", "before", "yesterday", "today", "earlier", "from", "shortly", "during", "twice", "again",
      "amid", "over", "about", "next", "tomorrow", "soon", "later");

  /**
   * "Ruiz called Chilean President Pedro Salas on Tuesday": "called" with a capitalised name right
   * after it and a time, a purpose or the clause's end after the name. Not "called for", "called on
   * Russia to", "called Salas a liar", "called Moscow's move illegal", "a group called Hamas".
   */
  private static boolean calledSomeone(Tokens t, int i) {
    if (i == 0 || i + 1 >= t.size()) {
      return false;
    }
    boolean apposition = t.is(i - 1, ",") && appositionOpening(t, i - 1, i) >= 0; // "X, Nigeria's trade minister, called Y"
    if (!apposition && t.type(i - 1) != Tokens.WORD) {
      return false;
    }
    if (!apposition && !(t.capitalised(i - 1) && !t.is(i - 1, "I")) && !CALLER_WORDS.contains(t.lower(i - 1))
        && !MODALS.contains(t.lower(i - 1))) {
      return false; // "a group called Hamas", "was called": a name given, no call
    }
    int k = i + 1;
    while (k < t.size() && k < i + 7 && t.type(k) == Tokens.WORD && t.capitalised(k)) {
      k++;
    }
    if (k == i + 1 || k >= t.size()) {
      return false;
    }
    String after = t.lower(k);
    return t.type(k) != Tokens.POSSESSIVE && (AFTER_CALLEE.contains(after) || Lexicon.WEEKDAYS.contains(t.get(k)));
  }

  /** Modal verbs before a bare "call" or "phone" that make it a verb: "would call", "will phone". */
  private static final Set<String> MODALS = StringSet.of("will", "would", "could", "may", "might", "shall", "should");

  /** A phone or video call, or null when "call" is not about one ("called for", "calls on"). */
  private static MeetingKind callKind(Tokens t, int i) {
    String w = lower(t, i);
    for (int k = Math.max(0, i - 2); k < Math.min(t.size(), i + 3); k++) {
      String x = lower(t, k);
      if (x.equals("video") || x.startsWith("videoconf") || x.startsWith("video-conf") || x.equals("virtual")
          || x.equals("virtually")) {
        return MeetingKind.VIDEO_CALL;
      }
    }
    if ((w.equals("call") || w.equals("calls")) && i > 0 && t.is(i - 1, "courtesy")) {
      return MeetingKind.IN_PERSON; // "paid a courtesy call on the president": a visit in person
    }
    if ((w.equals("call") || w.equals("phone")) && i > 0 && MODALS.contains(t.lower(i - 1)) && calledSomeone(t, i)) {
      return MeetingKind.PHONE_CALL; // "said he would call Y on Friday", "will phone Y next week": a call to come
    }
    if (w.equals("call") && i > 0 && t.is(i - 1, "to") && i + 1 < t.size() && t.type(i + 1) == Tokens.WORD
        && t.capitalised(i + 1) && !(i + 2 < t.size() && (t.is(i + 2, "a") || t.is(i + 2, "an")))) {
      return MeetingKind.PHONE_CALL; // "interrupted a meeting to call Putin", not "to call Moscow a threat"
    }
    if (w.equals("phoned") || w.equals("telephoned")) {
      return MeetingKind.PHONE_CALL;
    }
    if (w.equals("called") || w.equals("rang") || w.equals("dialled") || w.equals("dialed")) {
      return calledSomeone(t, i) ? MeetingKind.PHONE_CALL : null;
    }
    if (w.equals("spoken")) {
      // "he had spoken to Israeli and Lebanese leaders": a round of calls
      return i + 1 < t.size() && (t.is(i + 1, "to") || t.is(i + 1, "with")) ? MeetingKind.PHONE_CALL : null;
    }
    if (w.equals("spoke") || w.equals("talked")) {
      if (byVideo(t, i)) {
        return MeetingKind.VIDEO_CALL;
      }
      for (int k = i + 1; k < Math.min(t.size(), i + 5); k++) {
        if (t.is(k, "phone") || t.is(k, "telephone")) {
          return MeetingKind.PHONE_CALL;
        }
      }
      int j = prepositionAfterAdverbs(t, i); // "spoke today with", "spoke on Monday with", "spoke again to"
      if (j + 1 < t.size() && t.is(j, "with") && (t.capitalised(j + 1) || t.is(j + 1, "his")
          || t.is(j + 1, "her") || t.is(j + 1, "their"))) {
        return MeetingKind.PHONE_CALL; // "spoke with Chancellor Brandt": a conversation between two sides
      }
      if (j + 1 < t.size() && t.is(j, "to") && (t.capitalised(j + 1) && !MEDIA.contains(t.get(j + 1))
          || t.is(j + 1, "his") || t.is(j + 1, "her") || t.is(j + 1, "their"))) {
        return MeetingKind.PHONE_CALL; // "spoke to Chancellor Brandt", not "spoke to Reuters" nor "to reporters"
      }
      if (symmetricSubject(t, i)) {
        return MeetingKind.PHONE_CALL; // "Maddox and Brandt spoke for two hours": a symmetric verb, a plural subject
      }
      return null;
    }
    if (w.equals("phone") || w.equals("telephone")) {
      boolean noun = i + 1 < t.size() && (t.is(i + 1, "call") || t.is(i + 1, "conversation") || t.is(i + 1, "calls")
          || t.is(i + 1, "talks"));
      // "discussed the accord by phone", "spoke over the phone"
      // ("got off the phone with X": a call just ended)
      boolean means = i > 0 && (t.is(i - 1, "by") || t.is(i - 1, "the") && i > 1 && (t.is(i - 2, "over") || t.is(i - 2, "on")
          || t.is(i - 2, "off") && i + 1 < t.size() && t.is(i + 1, "with")));
      // ("speaking by telephone to journalists": an interview, no call of two sides)
      return (noun || means) && !toThePress(t, i + 1) ? MeetingKind.PHONE_CALL : null;
    }
    if (w.equals("conversation")) {
      return MeetingKind.PHONE_CALL;
    }
    // "call" / "calls" as a noun: "a call", "the call", "phone call", "held calls with"; not "called for", "calls on";
    // with its modifiers: "a very good call", "a 90-minute phone call", "their lengthy call"
    if ((w.equals("call") || w.equals("calls")) && i > 2 && !(i + 1 < t.size() && (t.is(i + 1, "for") || t.is(i + 1, "on")
        && !timeAfterOn(t, i + 1)))) {
      int k = i - 1;
      // (a date among them: "their May 10 call", "Monday's call" is read elsewhere)
      while (k > 0 && k >= i - 3 && (t.type(k) == Tokens.WORD && (!t.capitalised(k) || Dates.month(t, k) > 0
          || Lexicon.WEEKDAYS.contains(t.get(k))) || t.type(k) == Tokens.NUMBER)
          && !CALL_DETERMINERS.contains(t.get(k)) && !NOT_CALL_MODIFIERS.contains(t.get(k))) {
        k--;
      }
      if (k < i - 1 && t.type(k) == Tokens.WORD && CALL_DETERMINERS.contains(lower(t, k))) {
        return MeetingKind.PHONE_CALL;
      }
    }
    if (i > 0 && (t.is(i - 1, "a") || t.is(i - 1, "the") || t.is(i - 1, "phone") || t.is(i - 1, "their")
        || t.type(i - 1) == Tokens.POSSESSIVE && i + 1 < t.size() && t.is(i + 1, "with") // "Lopez's call with Vidal"
        || w.equals("calls") && (t.is(i - 1, "held") || t.is(i - 1, "had") || t.is(i - 1, "made") || t.is(i - 1, "holds")
            || RECEIVING.contains(lower(t, i - 1)) || callsWith(t, i)) // ("received calls from X")
        || t.is(i - 1, "telephone") || t.is(i - 1, "his") || t.is(i - 1, "her"))
        && !(i + 1 < t.size() && (t.is(i + 1, "for") || t.is(i + 1, "on") && !timeAfterOn(t, i + 1)))) {
      return MeetingKind.PHONE_CALL; // "a call on Monday" is a call; "a call on the allies to" an appeal
    }
    return null;
  }

  /** Verbs of appearing before the press before "alongside": "speaking alongside X", "stood alongside X". */
  private static final Set<String> SIDE_BY_SIDE = StringSet.of("speaking", "spoke", "speaks", "standing", "stood",
      "stands", "appearing", "appeared", "appears", "sitting", "sat", "seated");

  /** Verbs before a bare plural "calls" that make them calls taken: "received calls from X". */
  private static final Set<String> RECEIVING = StringSet.of("received", "receiving", "receives", "receive", "took", "taken",
      "fielded", "fielding");

  /** Determiners that open a noun phrase of "call" across its modifiers: "a very good call". */
  private static final Set<String> CALL_DETERMINERS = StringSet.of("a", "an", "the", "their", "his", "her", "its", "our", "my",
      "another", "this");
  /** Words that are no modifier of a call: "a wake-up call to", "the call of duty" are kept out by them. */
  private static final Set<String> NOT_CALL_MODIFIERS = StringSet.of("wake-up", "close", "judgement", "judgment", "roll",
      "curtain", "last", "final", "to", "of", "for", "and", "or", "that", "which", "is", "was", "be", "renewed",
      "repeated", "public", "growing", "international", "urgent");

  /** "calls this weekend with his Omani counterpart": the plural noun with "with" and a side within four words. */
  private static boolean callsWith(Tokens t, int i) {
    for (int k = i + 1; k + 1 < t.size() && k <= i + 4; k++) {
      if (t.is(k, "with")) {
        return t.capitalised(k + 1) || t.is(k + 1, "his") || t.is(k + 1, "her") || t.is(k + 1, "their");
      }
      if (t.type(k) != Tokens.WORD || t.is(k, "for") || t.is(k, "on")) {
        return false; // "calls for a truce", "calls on X to"
      }
    }
    return false;
  }

  /** Adverbs of time and manner between "spoke" and its "with": "spoke today with", "spoke separately to". */
  private static final Set<String> SPOKE_ADVERBS = StringSet.of("today", "yesterday", "again", "separately", "earlier",
      "later", "briefly", "also", "privately", "twice", "tonight", "then");

  /**
   * The token after "spoke" at {@code i} past at most three words of time or manner ("today",
   * "on Monday", "this morning"): where its "with" or "to" should stand.
   */
  private static int prepositionAfterAdverbs(Tokens t, int i) {
    int k = i + 1;
    if (k + 1 < t.size() && t.is(k, "on") && Lexicon.WEEKDAYS.contains(t.get(k + 1))) {
      return k + 2;
    }
    if (k + 1 < t.size() && t.is(k, "this") && (t.is(k + 1, "morning") || t.is(k + 1, "afternoon") || t.is(k + 1, "week"))) {
      return k + 2;
    }
    while (k < t.size() && k <= i + 2 && t.type(k) == Tokens.WORD && SPOKE_ADVERBS.contains(t.get(k))) {
      k++;
    }
    return k;
  }

  /** Whether a day or a date follows the "on" at {@code on}: "on Monday", "on 3 May", "on May 3". */
  private static boolean timeAfterOn(Tokens t, int on) {
    int k = on + 1;
    return k < t.size() && (t.type(k) == Tokens.WORD && Lexicon.WEEKDAYS.contains(t.get(k))
        || t.type(k) == Tokens.NUMBER || Dates.month(t, k) > 0);
  }

  /** Verbs of refusing whose infinitive names an event that does not happen: "declined to meet". */
  private static final Set<String> REFUSALS = StringSet.of("declined", "declines", "refused", "refuses", "refusing",
      "declining");

  /** Words between "to" and an event word in an infinitive: "to hold direct talks", "to take part in a summit". */
  private static final Set<String> INFINITIVE_WORDS = StringSet.of("hold", "have", "attend", "join", "take", "part", "in",
      "a", "an", "the", "any", "further", "direct", "new", "formal", "face-to-face");

  /**
   * Whether a verb of refusing governs the trigger's infinitive: "declined to meet", "refused to hold
   * talks", "refuses to take part in the summit" (the trigger at most four words after "to").
   */
  private static boolean refused(Tokens t, int trigger, int from) {
    for (int k = trigger - 1; k >= Math.max(from + 1, trigger - 5); k--) {
      if (t.is(k, "to")) {
        return t.type(k - 1) == Tokens.WORD && REFUSALS.contains(lower(t, k - 1));
      }
      if (t.type(k) != Tokens.WORD || !INFINITIVE_WORDS.contains(lower(t, k))) {
        return false; // "declined to comment after meeting X": another verb's infinitive
      }
    }
    return false;
  }

  /** Words between a headline's subjects and its verb: "A, B to meet", "A, B will hold talks". */
  private static final Set<String> HEADLINE_VERB_WORDS = StringSet.of("to", "will", "set", "hold", "holds", "held", "due",
      "agree", "agreed", "plan", "in", "a", "phone");

  /**
   * The subjects of a headline-style sentence that opens "A, B" and goes on to the trigger with
   * auxiliary words only ("Marsh, Vallin to meet in Oslo"); empty otherwise.
   */
  private static List<ActorRec> commaCoordinated(ActorStage.Result actors, Doc.Para p, int trigger) {
    Tokens t = p.tokens;
    int start = p.sentenceStart(p.sentenceOf(trigger));
    List<Mention> ms = actors.mentions.get(p.index);
    int i = Mention.first(ms, start);
    if (i + 1 >= ms.size()) {
      return List.of();
    }
    Mention a = ms.get(i);
    Mention b = ms.get(i + 1);
    if (a.from != start || a.quoted || b.quoted || a.actor == b.actor || a.to >= t.size() || !t.is(a.to, ",")
        || b.from != a.to + 1 || b.to > trigger || trigger - b.to > 4) {
      return List.of();
    }
    for (int k = b.to; k < trigger; k++) {
      if (t.type(k) != Tokens.WORD || !HEADLINE_VERB_WORDS.contains(lower(t, k))) {
        return List.of();
      }
    }
    return List.of(a.actor, b.actor);
  }

  /** How many mentions back the last coordinated pair of people is looked for. */
  private static final int PAIR_REACH = 40;

  /**
   * The last two people coordinated by "and" before the trigger, in its paragraph or the two before
   * ("Prime Minister A and President B", titles allowed after "and"); empty when none is found
   * within a bounded number of mentions.
   */
  private static List<ActorRec> lastPeoplePair(Doc doc, ActorStage.Result actors, Doc.Para here, int trigger) {
    int seen = 0;
    for (int q = here.index; q >= Math.max(0, here.index - 2); q--) {
      Tokens t = doc.paras.get(q).tokens;
      List<Mention> ms = actors.mentions.get(q);
      int end = q == here.index ? Mention.first(ms, trigger) : ms.size();
      Mention right = null; // the nearest person named after the one looked at
      for (int i = end - 1; i >= 0 && seen < PAIR_REACH; i--, seen++) {
        Mention left = ms.get(i);
        if (left.quoted || left.actor.kind != ActorKind.PERSON) {
          continue; // a demonym or a state inside a title: "and Chilean President B"
        }
        if (right != null && left.actor != right.actor && left.to < right.from && t.is(left.to, "and")
            && onlyTitleWords(t, left.to + 1, right.from)) {
          return List.of(left.actor, right.actor);
        }
        right = left;
      }
    }
    return List.of();
  }

  /**
   * The two people the sentence of {@code trigger} names before it, when it names exactly two
   * (outside quotation marks, at most {@value #PAIR_REACH} mentions looked at); else none.
   */
  private static List<ActorRec> twoPeopleBefore(ActorStage.Result actors, Doc.Para p, int trigger) {
    List<Mention> ms = actors.mentions.get(p.index);
    int start = p.sentenceStart(p.sentenceOf(trigger));
    ActorRec a = null;
    ActorRec b = null;
    int seen = 0;
    for (int i = Mention.first(ms, trigger) - 1; i >= 0 && ms.get(i).from >= start && seen < PAIR_REACH; i--, seen++) {
      Mention m = ms.get(i);
      if (m.quoted || m.actor.kind != ActorKind.PERSON || m.actor == a || m.actor == b) {
        continue;
      }
      if (a == null) {
        a = m.actor;
      } else if (b == null) {
        b = m.actor;
      } else {
        return List.of(); // a third person: "their" is not plainly theirs
      }
    }
    return b == null ? List.of() : List.of(b, a);
  }

  /** News outlets one speaks to in an interview, not in a conversation between sides. */
  private static final Set<String> MEDIA = StringSet.of("Reuters", "AFP", "AP", "CNN", "BBC", "Bloomberg", "Fox", "NBC",
      "CBS", "ABC", "Al", "Sky", "The", "Politico", "Axios", "Xinhua", "TASS", "Tass", "RIA", "Interfax", "NPR",
      "MSNBC", "CNBC", "Euronews", "DW", "France", "Le", "Der", "El", "La", "Haaretz", "Kyodo", "Yonhap");

  /**
   * "A and his Azerbaijani counterpart B negotiated": a name, "and", and a name with its title or
   * apposition words right before the verb at {@code i}, all within eight words and no punctuation.
   */
  private static boolean coordinatedNamesBefore(Tokens t, int i) {
    if (i < 3 || t.type(i - 1) != Tokens.WORD || !t.capitalised(i - 1)) {
      return false;
    }
    for (int j = i - 2; j >= Math.max(1, i - 8); j--) {
      if (t.type(j) != Tokens.WORD) {
        return false;
      }
      if (t.is(j, "and")) {
        return t.type(j - 1) == Tokens.WORD && t.capitalised(j - 1);
      }
    }
    return false;
  }

  /** "A and B spoke", "the two leaders talked": a coordination of names or a plural subject right before the verb. */
  private static boolean symmetricSubject(Tokens t, int i) {
    int k = i - 1;
    while (k >= 0 && (t.is(k, "also") || t.is(k, "had") || t.is(k, "have") || t.is(k, "last") || t.is(k, "then"))) {
      k--;
    }
    int open = k > 0 && t.is(k, ",") ? appositionOpening(t, k, k + 1) : -1;
    if (open > 0) {
      k = open - 1; // "the two presidents, A of Peru and B of Chile, spoke": the head before the apposition
    }
    if (k < 0 || t.type(k) != Tokens.WORD) {
      return false;
    }
    if (t.is(k, "leaders") || t.is(k, "presidents") || t.is(k, "ministers") || t.is(k, "pair") || t.is(k, "two")) {
      return k > 0 && (t.is(k - 1, "two") || t.is(k - 1, "both") || t.is(k - 1, "the") || t.is(k - 1, "The"));
    }
    if (!t.capitalised(k)) {
      return false;
    }
    for (int j = k - 1; j >= Math.max(0, k - 5); j--) {
      if (t.is(j, "and")) {
        return j > 0 && t.type(j - 1) == Tokens.WORD && t.capitalised(j - 1);
      }
      if (t.type(j) != Tokens.WORD || !t.capitalised(j)) {
        return false;
      }
    }
    return false;
  }

  private Found meeting(Doc doc, ActorStage.Result actors, Discourse discourse, Doc.Para p, int trigger, int from, int to,
      MeetingKind kind, LocalDate published, int nextTrigger, List<Found> earlier, List<StatementStage.Found> said) {
    Tokens t = p.tokens;
    // "did not rule out a meeting", "a meeting has not been ruled out": a double negation, possible
    boolean notRuledOut = notRuledOut(t, Math.max(from, trigger - 8), Math.min(to, trigger + 14));
    // negation: "no meeting is planned", "denied that talks took place"
    for (int k = Math.max(from, trigger - 6); k < Math.min(to, trigger + 4) && !notRuledOut; k++) {
      if (t.type(k) == Tokens.WORD && Bits.NEGATIONS.containsLower(t, k)
          // "without naming Norway at their meeting"; after the event, "the talks ended without
          // agreement": an outcome is lacking, not the event
          && !(t.is(k, "without") && (k < trigger - 3 || k > trigger))
          && !(k < trigger && adjunctBetween(t, k, trigger))) { // "did not discuss tariffs in a call": the call is not negated
        LOG.debug("paragraph {}: meeting trigger '{}' negated", p.index, t.get(trigger));
        return null;
      }
    }
    if (!notRuledOut && refusedObject(t, trigger, from)) {
      // "ruled out a meeting with X", "rejected talks with Y": the event is refused, not held
      LOG.debug("paragraph {}: meeting trigger '{}' the object of a refusal", p.index, t.get(trigger));
      return null;
    }
    if (refused(t, trigger, from)) {
      // "declined to meet X", "refused to hold talks with Y": no meeting took place or is planned
      LOG.debug("paragraph {}: meeting trigger '{}' refused", p.index, t.get(trigger));
      return null;
    }
    if (kind == MeetingKind.TALKS && !plainDefinite(t, trigger) && wished(t, Math.max(from, trigger - 4), trigger)) {
      // "ready for talks", "we need negotiations", "called for dialogue": a wish, no event
      LOG.debug("paragraph {}: '{}' wished for, not held", p.index, t.get(trigger));
      return null;
    }
    Found f = new Found();
    f.kind = kind;
    f.para = p.index;
    f.trigger = lower(t, trigger);
    f.severalCalls = kind == MeetingKind.PHONE_CALL && (f.trigger.equals("calls")
        || trigger + 1 < t.size() && t.is(trigger + 1, "calls"));
    // the clause's verb frame: its subject and the sides of its object or "with" list
    Clause clause = Clause.of(this, doc, actors, discourse, p, trigger, from, to);
    List<ActorRec> named = clause != null ? new ArrayList<>(clause.objects) : between(actors, p, trigger, to);
    if (named.isEmpty() && t.is(trigger, "alongside")) {
      ActorRec beside = titledPersonAfter(actors, p, trigger); // "speaking alongside NATO Secretary General X"
      if (beside != null) {
        named.add(beside);
      }
    }
    // "met several counterparts, including A and B", "calls from world leaders, including A": the
    // members a plural object that names no one is exemplified by
    List<ActorRec> included = named.isEmpty() ? included(actors, p, trigger, to) : List.of();
    named.addAll(included);
    if (clause == null && named.isEmpty() && severalApart(t, trigger, from)) {
      // "X held several bilateral meetings on the margins": meetings with sides the clause does not
      // name, each told (or not) on its own; the other names of the sentence are no side of them
      LOG.debug("paragraph {}: '{}' several meetings of one subject with sides not named", p.index, t.get(trigger));
      return null;
    }
    if (clause != null) {
      LOG.debug("paragraph {}: '{}' has subject {} and objects {}", p.index, t.get(trigger), clause.subjects, clause.objects);
    }
    // a clause with no named subject: a pronoun's, found once along the pronoun chain
    ActorRec pronoun = clause != null && clause.subjects.isEmpty()
        ? pronounSubject(doc, actors, p, trigger, Math.max(from, trigger - 6)) : null;
    if (clause != null && clause.separately && clause.subjects.isEmpty() && pronoun == null) {
      // "[someone] spoke with X on Sunday and with Y on Tuesday" with the subject not found: calls
      // of that someone, never one of X with Y
      LOG.debug("paragraph {}: '{}' has sides met one at a time and no subject", p.index, t.get(trigger));
      return null;
    }
    f.explicit = !named.isEmpty();
    f.objects = List.copyOf(named);
    int[] w = local(p, trigger, from, to);
    int wFrom = w[0];
    int wTo = Math.min(w[1], nextTrigger);
    ActorRec referred = null;
    List<ActorRec> coSubjects = new ArrayList<>(2); // coordinated with the referred subject: "A and B vowed"
    boolean pastAddress = false; // "X told Y in a call": the call is as past as "told"
    ActorRec doer = null; // the single subject of a verb that meets several sides, one at a time
    if (clause != null && clause.verbal) {
      ActorRec subject = clause.subjects.isEmpty() ? pronoun : clause.subjects.get(0);

      if (subject != null && !named.contains(subject)) {
        named.add(0, subject);
        for (int k = 1; k < clause.subjects.size(); k++) {
          add(named, clause.subjects.get(k));
        }
        referred = subject;
        doer = clause.subjects.size() <= 1 && (clause.objects.size() >= 2 && !clause.together || included.size() >= 2)
            ? subject : null;
      }
    }
    if (!included.isEmpty() && referred == null) {
      // "X confirmed receiving calls from world leaders, including A": the sentence's subject is the other side
      ActorRec subject = sentenceSubject(actors, p, trigger, true);
      if (subject != null && !named.contains(subject)) {
        named.add(0, subject);
        referred = subject;
        doer = included.size() >= 2 ? subject : null;
      }
    }
    if (clause != null && !clause.verbal && f.severalCalls && referred == null) {
      // "X has helped advance the truce, including calls this weekend with A and with B": calls
      // with a list of their own are the sentence subject's, one with each
      ActorRec caller = sentenceSubject(actors, p, trigger, false);
      if (caller != null && caller.kind == ActorKind.PERSON && !named.contains(caller)) {
        named.add(0, caller);
        referred = caller;
        doer = named.size() > 2 ? caller : null;
      }
    }
    if (named.isEmpty() && joins(t, trigger)) {
      // "Anwar, who is chairing the meeting", "X is taking part in the summit": X attends
      ActorRec subject = sentenceSubject(actors, p, trigger, false);
      if (subject != null) {
        named.add(subject);
        f.explicit = true;
      }
    }
    if (named.isEmpty()) {
      // "In a phone call on Monday, X told Y that ...": an event in an opening adjunct with no one of
      // its own is the main clause's, held by its subject and the person its verb addresses
      ActorRec subject = mainClauseSubject(actors, p, trigger, to);
      ActorRec addressee = subject == null ? null : addressee(actors, p, subject, trigger, to);
      if (addressee != null) {
        named.add(subject);
        named.add(addressee);
        referred = subject;
        f.explicit = true;
      } else if (subject != null) {
        // "At a summit in Oslo, A and B vowed ...": a coordinated subject met at the adjunct's event
        List<ActorRec> others = coordinatedAfter(actors, p, subject, trigger, to);
        if (!others.isEmpty()) {
          named.add(subject);
          for (ActorRec other : others) {
            add(named, other);
            coSubjects.add(other);
          }
          referred = subject;
          f.explicit = true;
        }
      }
    }
    if (named.isEmpty()) {
      // "X told Y in a phone call that ...": an event in a trailing adjunct of a verb of addressing
      // is held by the verb's subject and the person it addresses
      Addressed sides = addressedBefore(doc, actors, p, trigger, from);
      if (sides != null) {
        named.add(sides.subject);
        named.add(sides.object);
        referred = sides.subject;
        f.explicit = true;
        pastAddress = sides.past;
      }
    }
    if (named.size() < 2) {
      // "Putin's call with Trump", "Zelensky's upcoming visit"
      ActorRec owner = owner(actors, p, trigger);
      if (owner != null) {
        add(named, owner);
      }
      ActorRec subject = pronounSubject(doc, actors, p, trigger, wFrom);
      if (subject != null) {
        add(named, subject);
        referred = subject; // "X said he had spoken to ...": X reports and took part
      }
      int plural = pluralSubject(t, trigger, wFrom);
      if (plural == 0) {
        plural = betweenThePair(t, trigger, wTo);
      }
      if (plural != 0) {
        // "the pair met", "the two leaders spoke": the participants of the last meeting (of people,
        // when the subject's head names people: "the two presidents" are not the states of the talks
        // before); when the last mention has no two sides, the last two people the text coordinated
        // ("A and B face a busy week. The two leaders met ..."), else an earlier meeting's sides
        boolean lastHasSides = !earlier.isEmpty() && earlier.get(earlier.size() - 1).participants.size() >= 2;
        // "Y said that X regretted missing their planned meeting": "their" of the two people the
        // sentence names before it, before any earlier meeting's sides
        List<ActorRec> sentencePair = theirPlannedEvent(t, wFrom, trigger) ? twoPeopleBefore(actors, p, trigger) : List.of();
        Found last = lastHasSides && sentencePair.isEmpty() ? lastWithSides(earlier, plural == PEOPLE_HEAD) : null;
        List<ActorRec> pair = !sentencePair.isEmpty() ? sentencePair : last == null ? lastPeoplePair(doc, actors, p, trigger) : List.of();
        if (last == null && pair.isEmpty()) {
          last = lastWithSides(earlier, plural == PEOPLE_HEAD);
        }
        for (ActorRec a : last != null ? last.participants : pair) {
          add(named, a);
          coSubjects.add(a); // "X said ... that they would meet": the plural subject holds the speaker too
        }
      }
    }
    boolean quoted = doc.quoted(p.index, trigger);
    // inside quotation marks the first person is the quote's speaker; outside them, in a statement
    // or remarks, the document's narrator ("Statement by President X": "during my visit to ...")
    ActorRec speaker = quoted ? speakerAt(said, t.start(trigger)) : discourse.narratorAt(p);
    if (speaker != null && (firstPerson(t, trigger) || named.size() == 1 && f.explicit && definite(t, trigger))) {
      // a speaker's "our talks today", "my recent visit to Norway", "the meeting with the
      // president" (not "we need negotiations with Russia": no meeting in particular): the speaker took part
      add(named, speaker);
      referred = speaker;
    }
    if (named.size() == 1 && f.explicit) {
      // "a phone call with Putin": the other side is the subject of its own stretch of the
      // sentence ("... and Taliban promises to open negotiations with the government"), else the
      // sentence's subject
      ActorRec subject = nearestSubject(actors, p, wFrom, trigger);
      if (subject == null || named.contains(subject)) {
        subject = sentenceSubject(actors, p, trigger, true);
      }
      if (subject == null || named.contains(subject)) {
        // "During a phone call with Brandt, Maddox urged ...": an event in an opening adjunct; the
        // other side is the subject of the main clause after it
        subject = mainClauseSubject(actors, p, trigger, to);
        referred = subject; // the main clause's subject took part, whatever it then says
      }
      if (subject != null) {
        add(named, subject);
        // "The Armenian and Azerbaijani ministers announced ... after calls between Lavrov and
        // his counterparts": a coordinated subject is every one of them
        for (ActorRec other : coordinated(actors, p, subject, trigger)) {
          add(named, other);
          coSubjects.add(other);
        }
      }
    }
    if (named.size() < 2) {
      // "the Marsh-Vallin summit", "a Biden-Xi meeting": two people's surnames in one compound
      for (ActorRec a : surnamePair(actors, t, trigger)) {
        add(named, a);
        f.explicit = true;
      }
    }
    if (named.size() < 2) {
      // a headline's "A, B to meet in Oslo": a comma coordinates the subjects
      for (ActorRec a : commaCoordinated(actors, p, trigger)) {
        add(named, a);
      }
    }
    boolean visitWithoutHost = VISITS.contains(lower(t, trigger)) && !actorAfter(actors, p, trigger);
    if (named.size() < 2 && !f.explicit && !quoted && !visitWithoutHost) {
      // (a visit is of whom it names right after it: "visiting his family" takes no one else from the clause)
      for (ActorRec a : named(actors, p, wFrom, wTo, true)) {
        add(named, a);
      }
    }
    if (named.size() == 1 && !quoted) {
      // "Lena Marsh and her Chilean counterpart held talks": a counterpart coordinated with the
      // subject, named by its state's demonym only, is that state
      ActorRec counterpart = coordinatedCounterpart(actors, discourse, p, wFrom, trigger);
      if (counterpart != null && counterpart != named.get(0)) {
        named.add(counterpart);
      }
    }
    // the reporting subject ("the Kremlin said that ...") is not a participant
    int reportVerb = -1;
    int[] verbs = p.positions(REPORT_OR_DENIAL, k -> t.type(k) == Tokens.WORD
        && (Bits.SAYING.contains(t, k) || Bits.DENIALS.contains(t, k)));
    for (int j = Doc.Para.first(verbs, from); j < verbs.length && verbs[j] < trigger; j++) {
      int k = verbs[j];
      if (t.type(k) == Tokens.WORD
          && k + 1 < trigger && (t.is(k + 1, "that") || t.is(k + 1, "on") && reportedOn(t, k + 1) || t.is(k + 1, ",")
              || t.is(k + 1, "a"))
          && (Bits.SAYING.contains(t, k) || Bits.DENIALS.contains(t, k))) {
        reportVerb = k;
      }
    }
    // "X said that Y regretted missing their planned meeting": "their" of the two the sentence
    // names holds the reporter too
    boolean theirTwo = reportVerb >= 0 && named.size() == 2 && theirPlannedEvent(t, from, trigger);
    List<ActorRec> goBetweens = mediatingSubjects(actors, p, from, trigger, to);
    List<ActorRec> agents = null; // of "mediated by", "hosted by" in the clause: read when first asked
    for (ActorRec a : named) {
      if (reportVerb >= 0 && !f.explicit && !theirTwo && mentionedOnlyBefore(actors, p, a, reportVerb, from)) {
        continue;
      }
      boolean subjectOfMain = a == referred || coSubjects.contains(a);
      if (!f.explicit && !subjectOfMain && speakerOnly(actors, p, a, from, trigger)) {
        continue;
      }
      if (!subjectOfMain && reportsAfter(actors, p, a, trigger, to)) {
        continue; // "X and Y could meet, Kremlin spokesperson Z said": Z reports it
      }
      if (!subjectOfMain && agents == null) {
        agents = mediationAgents(actors, p, from, to);
      }
      if (!subjectOfMain && agents.contains(a)) {
        continue; // "talks mediated by X": X brings the sides together, and is not one of them
      }
      if (goBetweens.contains(a)) {
        continue; // "X facilitated negotiations between A and B": the subject is a go-between
      }
      if (a.kind == ActorKind.ORGANIZATION && affiliationOfAny(named, a)) {
        continue;
      }
      f.participants.add(a);
    }
    if (stanceOn(t, from, trigger)) {
      // "the softening on nuclear talks", "Iran's stance on negotiations": talks as the topic of a
      // position, no meeting at a time and a place (settled before its status, place and date are read)
      LOG.debug("paragraph {}: '{}' is the topic of a stance, not a meeting", p.index, t.get(trigger));
      return null;
    }

    // status from modality in the comma-bounded stretch around the trigger, up to a second
    // predicate ("held a meeting in April and said they would not retaliate")
    int statusTo = wTo;
    for (int k = trigger + 2; k + 1 < wTo; k++) {
      if (t.is(k, "and") && t.type(k + 1) == Tokens.WORD && Bits.SAYING.contains(t, k + 1)) {
        statusTo = k;
        break;
      }
    }
    boolean reportedAfter = reportedAfter(t, trigger, from);
    if (reportedAfter) {
      // "X said after the call with Y that they would meet next month": what follows "that" is reported
      for (int k = trigger + 1; k < wTo; k++) {
        if (t.is(k, "that")) {
          wTo = k;
          break;
        }
      }
    }
    if (pastAddress || pastFinite(t, trigger, from) || reportedAfter) {
      // "X met Y in Lima to negotiate ahead of a possible deal": a verb in the past tense reports
      // what happened; a modal word after it belongs to what follows (its purpose, its outcome)
      statusTo = Math.min(statusTo, trigger + 1);
    }
    // "X resumed talks with A and is expected to open talks with B": the second predicate's status
    // words start after the "and" that coordinates it; what comes before is the first one's
    int statusFrom = Math.max(0, Math.min(from, wFrom));
    for (int k = trigger - 2; k > statusFrom; k--) {
      char c = t.firstChar(k);
      if (c != 'a' && c != 'b') {
        continue; // (one read for both words below)
      }
      if (t.is(k, "and") && t.type(k + 1) == Tokens.WORD && VERB_GROUP_OPENERS.contains(t.get(k + 1))) {
        statusFrom = k + 1;
        wFrom = Math.max(wFrom, statusFrom);
        break;
      }
      if (t.is(k, "because")) {
        // "the trip had been canceled because officials were deep in negotiations": a clause of
        // cause has its own tense and status; the main clause's words are not the talks'
        statusFrom = k + 1;
        wFrom = Math.max(wFrom, statusFrom);
        break;
      }
    }
    // most meetings are simply reported: one bit test per word settles that ("was to visit" aside)
    boolean arranged = toArrange(t, trigger, wFrom); // "trying to arrange talks": still to come
    boolean modal = trigger > 0 && t.is(trigger - 1, "to") || arranged;
    for (int k = statusFrom; k < statusTo && !modal; k++) {
      modal = (p.flags(k) & WordFlags.STATUS) != 0;
    }
    // "preparations for a summit", "is being prepared", "in the works": read once, a modality of its own
    boolean preparing = inPreparation(t, trigger, wFrom, Math.min(statusTo, t.size()));
    modal |= preparing;
    boolean denied = modal && statusIn(p, from, trigger, DENIALS);
    if (notRuledOut) {
      f.status = MeetingStatus.POSSIBLE;
    } else if (duringTheEvent(t, Math.max(from, wFrom), trigger)) {
      // "During the call, X invited Y to visit": the call is the setting of what the clause reports,
      // so it took place; the clause's modality is its main verb's
      f.status = MeetingStatus.HELD;
    } else if (plansCalledOff(t, from, trigger, to)) {
      f.status = MeetingStatus.CANCELLED; // "plans for X to visit Cuba ... have been canceled"
    } else if (missed(t, Math.max(from, wFrom), trigger)) {
      f.status = MeetingStatus.CANCELLED; // "regret for missing their planned meeting": it did not take place
    } else if (cancelledAfterRelative(p, trigger, to)) {
      // "The summit, which had been scheduled for May, was called off": the relative clause tells the
      // plan, the main verb after it what became of it
      f.status = MeetingStatus.CANCELLED;
    } else if (!modal) {
      // "EU leaders meet in Brussels on Thursday": the present simple of a day to come is scheduled
      f.status = scheduledPresent(t, trigger, wTo, published) ? MeetingStatus.PLANNED : MeetingStatus.HELD;
    } else if (denied) {
      f.status = MeetingStatus.POSSIBLE; // reported by some, denied by others
    } else if (statusIn(p, wFrom, statusTo, CANCELLED)
        // ("the meeting was called off", and the active "has called off next month's meeting")
        && (calledOff(p, wFrom, statusTo) || statusIn(p, wFrom, statusTo, CALLED_OFF))) {
      f.status = MeetingStatus.CANCELLED;
    } else if (possible(p, wFrom, statusTo)) {
      f.status = MeetingStatus.POSSIBLE;
    } else if (acceptedInvitation(t, wFrom, trigger)) {
      f.status = MeetingStatus.PLANNED; // "accepted an invitation to visit": still to come
    } else if (preparing) {
      f.status = MeetingStatus.PLANNED; // "preparations for a summit are under way": still to come
    } else if (statusIn(p, wFrom, statusTo, ONGOING) && !ongoingAhead(p, wFrom, statusTo)) {
      f.status = MeetingStatus.HELD; // "talks that continued into the night" are under way
    } else if (planned(p, wFrom, statusTo)
        || statusIn(p, Math.max(wFrom, trigger - 5), trigger, AGREEING) && !pastAdjunct(t, Math.max(wFrom, trigger - 5), trigger)
        || (trigger > 0 && t.is(trigger - 1, "to") && !t.is(trigger, "talks") && !pastPurpose(t, trigger - 1, wFrom))
        || toHold(t, trigger, wFrom) || arranged) {
      f.status = MeetingStatus.PLANNED;
    } else {
      f.status = MeetingStatus.HELD;
    }
    boolean future = f.status == MeetingStatus.PLANNED || f.status == MeetingStatus.POSSIBLE;
    f.location = location(actors, p, wFrom, wTo);
    if (t.is(trigger, "rounds")) {
      // "the talks follow rounds in Oslo and Rome": a plural event in coordinated places is one
      // event in each, held where the phrase says, not where the clause's other event was
      List<Place> places = placesAfter(t, trigger + 1, wTo);
      if (places.size() >= 2) {
        f.eachPlace = places;
      }
    }
    f.date = date(p, wFrom, wTo, published, future, trigger);
    if (f.date == null && published != null && f.status == MeetingStatus.HELD && justNow(t, trigger, wFrom)) {
      f.date = PartialDate.of(published); // "I have just spoken with X": the day of the remarks
    }
    if (f.kind == MeetingKind.TALKS && f.status == MeetingStatus.HELD && f.date == null && f.location == null
        && anyIn(t, Math.max(from, trigger - 4), Math.min(to, trigger + 9), PROCESS)) {
      // "locked in negotiations with", "talks have been hampered by", "the broader talks": a process
      // spoken of, not a meeting that took place at a time and a place
      LOG.debug("paragraph {}: '{}' is a process of talks, not a meeting", p.index, t.get(trigger));
      return null;
    }
    if (f.date == null && f.status == MeetingStatus.HELD) {
      // "Today, Trump hosted ...", "The Kremlin said on Friday that the meeting ...": the sentence's
      // date, used when no mention of the meeting gives its own
      f.clause = p;
      f.triggerAt = trigger;
      f.clauseFrom = from;
      // (not the reported words' dates, nor those after another event's word: "met X this morning
      // and agreed to meet again in May")
      f.clauseTo = reportedAfter ? wTo : Math.min(to, nextTrigger);
      f.published = published; // read on demand: most meetings merge into another or have a date
    }
    ActorRec guest = t.is(trigger, "visiting") ? visitingGuest(actors, p, trigger) : null;
    if (guest != null) {
      // "X told visiting Chilean Foreign Minister Y", "Speaking alongside visiting President Y, X
      // said": the guest, and the one who receives, speaks to or stands beside the guest, met
      ActorRec receiver = sentenceSubject(actors, p, trigger, false);
      if (receiver == null || receiver == guest) {
        receiver = mainClauseSubject(actors, p, trigger, to);
      }
      if (receiver != null && receiver != guest && !(receiver.country != null && receiver.country.equals(guest.country))) {
        LOG.debug("paragraph {}: {} met the visiting {}", p.index, receiver.name, guest.name);
        f.participants.clear();
        f.participants.add(receiver);
        f.participants.add(guest);
      }
    } else if (VISITS.contains(lower(t, trigger)) || TRIPS.contains(lower(t, trigger))) {
      visit(actors, discourse, p, trigger, f, speaker);
    }
    if (f.participants.size() < 2 && !quoted && tripPurpose(t, trigger)) {
      // "X flew to Lima on Monday for talks", "X arrived in Lima for a meeting": the event the trip
      // was made for is held with the state travelled to
      visitWhereArrived(actors, discourse, p, trigger, f);
    }
    // (a quoted verb's subject may stand before the quotation: the sentence's start bounds it then)
    List<ActorRec> titled = !f.participants.isEmpty() ? null
        : theTitled(doc, actors, p, Math.max(trigger - TITLED_REACH,
            quoted ? Math.min(wFrom, p.sentenceStart(p.sentenceOf(trigger))) : wFrom), trigger);
    if (titled != null) {
      // "The foreign ministers agreed to meet again" (the verb quoted or not): a definite plural
      // title as the subject is the people of that title the article has named
      LOG.debug("paragraph {}: '{}' of the people titled so before {}", p.index, t.get(trigger), titled);
      f.participants.addAll(titled);
    }
    // (in quotation marks too, "their May 10 call" of a plural that names no actor is the pair's)
    if (f.participants.size() < 2 && (!quoted || f.participants.isEmpty() && theirEvent(t, wFrom, trigger))) {
      sidesFromDiscourse(actors, discourse, words.all(WordList.PAIR_NOUN), words.all(WordList.WAR), p, trigger, wFrom, wTo, f);
    }
    // "a third round of talks", "the next round of negotiations": the talks' word after a round of a series
    boolean roundOf = trigger >= 3 && t.is(trigger - 1, "of") && (t.is(trigger - 2, "round") || t.is(trigger - 2, "rounds"))
        && t.type(trigger - 3) == Tokens.WORD && ROUND_ORDINALS.contains(lower(t, trigger - 3));
    if (f.participants.size() < 2 && (f.trigger.equals("round") || f.trigger.equals("rounds") || roundOf)) {
      // "another round is planned", "after two previous rounds in Abu Dhabi": a round of a series
      // is held by the sides of the series, the meeting spoken of last (a call is no round)
      if (anyIn(t, Math.max(wFrom, trigger - 6), trigger, words.all(WordList.MEDIATION))) {
        f.participants.clear(); // "Norway mediated the first two rounds": the subject is a go-between
      }
      for (int k = earlier.size() - 1; k >= Math.max(0, earlier.size() - MERGE_WINDOW); k--) {
        if (earlier.get(k).kind != MeetingKind.PHONE_CALL && earlier.get(k).participants.size() >= 2) {
          f.participants.addAll(earlier.get(k).participants);
          f.series = true;
          LOG.debug("paragraph {}: '{}' of the series of talks of {}", p.index, t.get(trigger), f.participants);
          break;
        }
      }
    }
    int hostedBy = -1; // "talks hosted by Oman", "were received by the king": the host follows "by"
    for (int k = Math.max(wFrom, trigger); k + 1 < wTo; k++) {
      char c = t.firstChar(k); // (one read turns most words away)
      if ((c == 'h' && t.is(k, "hosted") || c == 'r' && t.is(k, "received")) && t.is(k + 1, "by")) {
        hostedBy = k + 1;
        break;
      }
    }
    // the verb "host" in any tense ("Oman hosted", "Xi will host"), not the noun ("the host", "its hosts")
    boolean hosts = t.is(trigger, "hosted") || (t.is(trigger, "hosts") || t.is(trigger, "host") || t.is(trigger, "hosting"))
        && trigger > 0 && !DETERMINERS.contains(lower(t, trigger - 1));
    if (hostedBy >= 0 || hosts) {
      int reach = hostedBy >= 0 ? hostedBy + 1 : trigger - 3 - actors.longest(p.index);
      for (Mention m : Mention.starting(actors.mentions.get(p.index), reach, hostedBy >= 0 ? hostedBy + 5 : trigger)) {
        if (hostedBy >= 0 && m.from > hostedBy && m.from <= hostedBy + 4) {
          f.host = m.actor;
          break;
        } else if (hostedBy < 0 && m.to <= trigger && m.to >= trigger - 3) {
          f.host = m.actor; // "Oman hosted the talks"
        }
      }
      boolean hostsTalks = false; // "South Africa is hosting peace talks": a host of others' talks, no side
      for (int k = trigger + 1; hostedBy < 0 && k < Math.min(wTo, trigger + 4) && !hostsTalks; k++) {
        hostsTalks = TALKS.contains(lower(t, k));
        if (hostsTalks) {
          // "to host a new round of talks": the talks are the object of the hosting, one event
          f.objectTrigger = k + 2 < t.size() && t.is(k + 1, "of") && TALKS.contains(lower(t, k + 2)) ? k + 2 : k;
        }
      }
      if (hostsTalks && wTo <= f.objectTrigger) {
        // the hosted talks' own place and date ("to host talks between A and B in Istanbul")
        int end = Math.min(w[1], nextTrigger(p, f.objectTrigger + 4, to));
        f.location = f.location != null ? f.location : location(actors, p, wFrom, end);
        f.date = f.date != null ? f.date : date(p, wFrom, end, published, future);
      }
      if (hostsTalks) {
        f.kind = MeetingKind.TALKS;
      } else if (f.host != null && !(hostedBy >= 0 && f.participants.size() >= 2 && !f.participants.contains(f.host))) {
        f.participants.add(f.host); // (not to "talks hosted by Oman between A and B": a host of others' talks)
      }
    }
    ActorRec owner = FORUM_NOUNS.contains(f.trigger) ? forumOwning(actors, p, trigger) : null;
    if (owner != null) {
      // "the NATO summit in Vilnius", "the summit of the African Union": the forum's own meeting, of
      // its members among themselves, with the person the clause shows taking part ("X told the SCO
      // summit", "X attended the summit of ..."); other names of the clause are what it discussed
      ActorRec subject = sentenceSubject(actors, p, trigger, false);
      f.participants.clear();
      f.participants.add(owner);
      if (subject != null && subject.kind == ActorKind.PERSON && takesPart(t, Math.max(wFrom, trigger - 8), trigger)) {
        f.participants.add(subject);
      }
      f.amongThemselves = true;
      LOG.debug("paragraph {}: '{}' of the forum {}", p.index, t.get(trigger), owner.name);
    }
    if (f.participants.size() == 1) {
      ActorRec only = f.participants.iterator().next();
      if (among(actors, p, only, wFrom, trigger) && only.affiliation != null) {
        // "ASEAN trade ministers held a virtual meeting", "EU leaders will meet in Brussels": a
        // meeting of the forum's members among themselves, with the forum when the text names it
        ActorRec forum = forumOf(actors, only);
        if (forum != null) {
          f.participants.add(forum);
        }
        f.amongThemselves = true;
      } else if (membersOf(actors, p, only, wFrom, trigger)) {
        // "Leaders of the SCO met in Tianjin", "Foreign ministers of the G7 gathered": the forum's
        // members meeting as such, as "SCO leaders met" would say
        f.amongThemselves = true;
      }
    }
    if (doer != null && f.participants.contains(doer) && f.participants.size() > 2) {
      f.oneEach = doer; // "X met A, B and C": one meeting of X with each
    }
    if (f.trigger.equals("signed") && (f.participants.size() < 2
        || f.participants.stream().anyMatch(a -> a.kind != ActorKind.PERSON))) {
      // states sign treaties by letter as well; people who sign together met to sign
      LOG.debug("paragraph {}: 'signed' by {}: no signing ceremony of people", p.index, f.participants);
      return null;
    }
    topics(p, trigger, to, f);
    f.evidence.add(span(p, from, to));
    return f;
  }

  /**
   * The actors listed after "including", "among them" or "such as" that follow the trigger's
   * object when no actor stands between ("met several of her counterparts on Monday, including
   * Brazil's A and Chile's B"): the first within six tokens (titles before a name), the next ones
   * joined by "," or "and" over capitalised words only; else an empty list.
   */
  private static List<ActorRec> included(ActorStage.Result actors, Doc.Para p, int trigger, int to) {
    Tokens t = p.tokens;
    int end = Math.min(to, trigger + 16);
    int k = trigger + 1;
    boolean people = false; // the object is a plural of people: "counterparts", "leaders", "ministers"
    for (; k < end; k++) {
      // (the first letters of the words below turn most words away at one read)
      char c = t.firstChar(k);
      if ((c == 'i' || c == 'a' || c == 's') && (t.is(k, "including") || t.is(k, "among") && k + 1 < end
          && t.is(k + 1, "them") || t.is(k, "such") && k + 1 < end && t.is(k + 1, "as"))) {
        break;
      }
      if ((c == 't' || c == 'w' || c == 'a' || c == 'o') && (t.is(k, "to") || t.is(k, "that") || t.is(k, "which")
          || t.is(k, "who") || t.is(k, "about")
          || t.is(k, "on") && k + 1 < end && t.type(k + 1) == Tokens.WORD && !t.capitalised(k + 1))) {
        return List.of(); // ("met ambassadors to discuss the region, including ...": the list is the region's)
      }
      people |= t.type(k) == Tokens.WORD && Bits.PEOPLE_PLURALS.containsLower(t, k);
    }
    if (k >= end || !people) {
      return List.of();
    }
    List<Mention> ms = actors.mentions.get(p.index);
    if (!Mention.starting(ms, trigger + 1, k).isEmpty()) {
      return List.of(); // "met Chile's president, including ...": the object names its sides itself
    }
    int listFrom = t.is(k, "including") ? k + 1 : k + 2;
    List<ActorRec> out = new ArrayList<>(2);
    int last = listFrom; // where the gap before the next member starts
    for (Mention m : Mention.starting(ms, listFrom, to)) {
      if (m.from < last) {
        continue; // (a mention inside the one just taken)
      }
      boolean joined = out.isEmpty() ? m.from - listFrom <= 6 : m.from - last <= 6;
      for (int j = last; j < m.from && joined; j++) {
        joined = t.is(j, ",") || t.is(j, "and") || t.type(j) == Tokens.POSSESSIVE
            || t.type(j) == Tokens.WORD && t.capitalised(j);
      }
      if (!joined || m.quoted) {
        break;
      }
      if (m.to < to && t.type(m.to) == Tokens.POSSESSIVE) {
        continue; // "Brazil's Mauro Teixeira": the person after the possessive is the member
      }
      if (!out.contains(m.actor)) {
        out.add(m.actor);
      }
      last = m.to;
    }
    return out;
  }

  /** Plural nouns of people an "including" list may name: "met several counterparts, including A". */
  private static final Set<String> PEOPLE_PLURALS = StringSet.of("counterparts", "leaders", "ministers", "officials",
      "envoys", "diplomats", "delegations", "presidents", "premiers", "representatives", "dignitaries",
      "ambassadors", "heads", "callers", "lawmakers", "mediators", "negotiators");

  /** Prepositions that open an adjunct before the main clause: "During a call with X, Y ...". */
  private static final Set<String> ADJUNCT_OPENERS = StringSet.of(
      "during", "after", "before", "following", "in", "at", "on", "ahead", "since", "while", "when",
      "speaking", "talking", "writing"); // "Speaking after a meeting with X, Y said": Y spoke and met

  /**
   * The subject of the main clause when the trigger sits in an opening adjunct ("During a phone
   * call with Brandt, Maddox urged restraint", "After huddling with X on the sidelines, Y said"): the
   * first actor after the comma that closes the adjunct; or null.
   */
  private static ActorRec mainClauseSubject(ActorStage.Result actors, Doc.Para p, int trigger, int to) {
    Tokens t = p.tokens;
    int start = p.sentenceStart(p.sentenceOf(trigger));
    if (start >= trigger || t.type(start) != Tokens.WORD || !ADJUNCT_OPENERS.contains(lower(t, start))) {
      return null;
    }
    int comma = -1;
    for (int k = trigger + 1; k < to && k < trigger + 30; k++) {
      if (t.is(k, ",")) {
        comma = k;
        break;
      }
    }
    if (comma < 0) {
      return null;
    }
    // the person a title introduces wins over the state of its demonym: ", Norwegian Prime Minister X"
    ActorRec first = null;
    for (Mention m : Mention.starting(actors.mentions.get(p.index), comma + 1, comma + 7)) {
      if (m.from > comma && m.from <= comma + 6 && !m.quoted) {
        if (m.actor.kind == ActorKind.PERSON) {
          return m.actor;
        }
        if (first == null && m.from <= comma + 4) {
          first = m.actor;
        }
      }
    }
    return first;
  }

  /** Verbs of speaking to someone: their object is the person spoken to ("told Y", "assured Y"). */
  private static final Set<String> ADDRESSING = StringSet.of("told", "tells", "assured", "assures", "urged", "urges", "asked",
      "asks", "informed", "informs", "thanked", "thanks", "congratulated", "congratulates", "invited", "invites",
      "briefed", "briefs", "pressed", "presses", "warned", "warns", "reassured");

  /**
   * The person or state addressed by the verb right after {@code subject}'s mention in the main
   * clause after the trigger ("X told Y that ..."), or null.
   */
  private static ActorRec addressee(ActorStage.Result actors, Doc.Para p, ActorRec subject, int trigger, int to) {
    Tokens t = p.tokens;
    for (Mention m : Mention.starting(actors.mentions.get(p.index), trigger + 1, to)) {
      if (m.actor != subject || m.from <= trigger) {
        continue;
      }
      int k = m.to;
      if (k < t.size() && t.type(k) == Tokens.WORD && (t.is(k, "also") || t.is(k, "personally"))) {
        k++;
      }
      if (k + 1 >= t.size() || t.type(k) != Tokens.WORD || !ADDRESSING.contains(t.get(k))) {
        return null;
      }
      for (Mention o : Mention.starting(actors.mentions.get(p.index), k + 1, k + 4)) {
        if (o.from >= k + 1 && o.from <= k + 3 && o.actor != subject && !o.quoted) {
          return o.actor;
        }
      }
      return null;
    }
    return null;
  }

  /** The sides of an event in a trailing adjunct of a verb of addressing, and whether that verb is past. */
  private record Addressed(ActorRec subject, ActorRec object, boolean past) {}

  /**
   * The two people of a compound of surnames right before the trigger, an adjective at most
   * between ("the Marsh-Vallin summit", "a Biden-Xi phone call"), or none.
   */
  private static List<ActorRec> surnamePair(ActorStage.Result actors, Tokens t, int trigger) {
    for (int k = trigger - 1; k >= Math.max(0, trigger - 3) && t.type(k) == Tokens.WORD; k--) {
      String w = t.get(k);
      int dash = w.indexOf('-');
      if (dash > 0 && dash < w.length() - 1 && w.indexOf('-', dash + 1) < 0 && Character.isUpperCase(w.charAt(0))
          && Character.isUpperCase(w.charAt(dash + 1))) {
        ActorRec a = actors.personBySurname(w.substring(0, dash));
        ActorRec b = actors.personBySurname(w.substring(dash + 1));
        return a != null && b != null && a != b ? List.of(a, b) : List.of();
      }
    }
    return List.of();
  }

  /** The state of "and his/her/their DEMONYM counterpart" in [from, trigger), or null. */
  private static ActorRec coordinatedCounterpart(ActorStage.Result actors, Discourse discourse, Doc.Para p, int from,
      int trigger) {
    Tokens t = p.tokens;
    for (int k = Math.max(from, trigger - 8); k + 3 < trigger; k++) {
      if (t.is(k, "and") && (t.is(k + 1, "his") || t.is(k + 1, "her") || t.is(k + 1, "their"))
          && t.type(k + 3) == Tokens.WORD && Clause.COUNTERPARTS.contains(t.lower(k + 3))) {
        PhraseIndex.Match d = Clause.demonymAt(actors, p, k + 2);
        if (d != null && d.to == k + 3) {
          return discourse.state(d.entry(), p, d.from, d.to);
        }
      }
    }
    return null;
  }

  /** Prepositions of a trailing adjunct that holds the event of a verb of addressing: "told Y in a call". */
  private static final Set<String> ADJUNCT_OF_ADDRESS = StringSet.of("in", "during", "over", "at");

  /**
   * The subject and the object of a verb of addressing right before a trailing adjunct that holds
   * the event at {@code trigger}: "X told Y in a phone call", "X assured Y during talks" (up to
   * three lower-case words, a determiner and modifiers, between the preposition and the trigger);
   * null when the sentence is not so built.
   */
  private static Addressed addressedBefore(Doc doc, ActorStage.Result actors, Doc.Para p, int trigger, int from) {
    Tokens t = p.tokens;
    int prep = -1;
    for (int k = trigger - 1; k >= Math.max(from, trigger - 4); k--) {
      if (t.type(k) != Tokens.WORD || Character.isUpperCase(t.firstChar(k))) {
        return null;
      }
      if (ADJUNCT_OF_ADDRESS.contains(t.get(k))) {
        prep = k;
        break;
      }
    }
    if (prep < 0) {
      return null;
    }
    List<Mention> ms = actors.mentions.get(p.index);
    Mention object = null;
    for (Mention m : Mention.starting(ms, Math.max(from, prep - 8), prep)) {
      if (m.to == prep && !m.quoted) {
        object = m;
      }
    }
    if (object == null) {
      return null;
    }
    int verb = Roles.governor(t, object.from, ADDRESSING); // across a title: "told Prime Minister X"
    if (verb < from) {
      return null;
    }
    int end = verb;
    // adverbs and the auxiliary of a perfect between the subject and the verb: "X also told", "he had told"
    for (int n = 0; n < 2 && end - 1 >= from && t.type(end - 1) == Tokens.WORD && (t.is(end - 1, "also")
        || t.is(end - 1, "later") || t.is(end - 1, "personally") || t.is(end - 1, "had") || t.is(end - 1, "has")); n++) {
      end--;
    }
    String v = t.get(verb);
    boolean past = v.equals("told") || pastTense(v);
    for (Mention m : Mention.starting(ms, Math.max(from, end - 8), end)) {
      if (m.to == end && !m.quoted && m.actor != object.actor) {
        return new Addressed(m.actor, object.actor, past);
      }
    }
    // "Shalev said he had told the US president in a phone call": the pronoun's referent
    ActorRec pronoun = end - 1 >= from && PRONOUNS.contains(t.get(end - 1)) ? pronounSubject(doc, actors, p, end, from) : null;
    return pronoun != null && pronoun != object.actor ? new Addressed(pronoun, object.actor, past) : null;
  }

  /** Noun phrases that refer to the pair of sides the article is about: "both sides", "the two countries". */
  static final Set<String> PAIR_NOUNS = Words.defaults("pair-noun");
  /** Plural nouns that name two sides by their relation: "the former foes". */
  static final Set<String> FOES = Words.defaults("foes");
  private static final Set<String> PAIR_DETERMINERS = StringSet.of("both", "two", "warring");
  /**
   * Words that make a mention of talks a wish, not an event: "we need negotiations", "open to talks";
   * and an inclination, had or lacked: "interested in talks", "no appetite for talks" (not "keen to
   * have talks": an intention, the talks planned).
   */
  private static final Set<String> WISHES = StringSet.of("need", "needs", "must", "should", "ready", "willing", "urged",
      "urging", "calls", "called", "demand", "demanded", "want", "wants", "hope", "hopes", "only", "calling", "seek",
      "seeks", "seeking", "sought", "pressing", "pushing", "appealed", "appealing", "urge", "urges", "interested",
      "interest", "appetite", "desire");

  /**
   * A word of wish in [from, to): "ready for talks", "open to talks", "left the door open for talks"
   * (not "to open talks": a plan), "a call for talks".
   */
  private static boolean wished(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      // ("called off talks" cancels them: no wish)
      if (t.type(k) == Tokens.WORD && (Bits.WISHES.containsLower(t, k) && !(k + 1 < to && t.is(k + 1, "off"))
          || t.is(k, "open") && k + 1 < t.size() && (t.is(k + 1, "to") || t.is(k + 1, "for"))
          // the nouns of an appeal before "for": "a renewed call for talks", "an appeal for dialogue"
          || (t.is(k, "call") || t.is(k, "appeal") || t.is(k, "appeals") || t.is(k, "push")) && k + 1 < t.size()
              && t.is(k + 1, "for"))) {
        return true;
      }
    }
    return false;
  }

  /** Words that mark an event of two as one planned between them: "their planned meeting". */
  private static final Set<String> PLANNED_MODIFIERS = StringSet.of("planned", "proposed", "scheduled", "postponed",
      "cancelled", "canceled", "upcoming", "expected", "mooted");

  /**
   * "Their" of an event the two planned ("missing their planned meeting", "their postponed summit"):
   * the two the sentence names, reporter too, are its sides. Not "criticised their summit", which
   * speaks of the summit just reported.
   */
  private static boolean theirPlannedEvent(Tokens t, int from, int trigger) {
    if (!theirEvent(t, from, trigger)) {
      return false;
    }
    for (int k = trigger - 1; k >= Math.max(from, trigger - 3) && !t.is(k, "their"); k--) {
      if (Bits.PLANNED_MODIFIERS.contains(t, k)) {
        return true;
      }
    }
    return missed(t, from, trigger);
  }

  /** Whether "their" opens the trigger's noun phrase: at most three words (a date, an ordinal) between. */
  private static boolean theirEvent(Tokens t, int from, int trigger) {
    for (int k = trigger - 1; k >= Math.max(from, trigger - 4); k--) {
      if (t.is(k, "their") || t.is(k, "Their")) {
        return true;
      }
      if (t.type(k) != Tokens.WORD && t.type(k) != Tokens.NUMBER) {
        return false;
      }
    }
    return false;
  }

  /**
   * Participants recovered from the discourse when the clause names too few: "both sides", "the two
   * countries" and "the warring parties" are the pair the article last coordinated, else its main
   * pair. Talks whose subject is the one side they name ("Kosovo held talks in Brussels") are with
   * the side the article pairs it with; a side named as the object ("talks with India", "talks
   * begun with Washington") or as a possessor ("Turkey's negotiations to join the EU") lacks the
   * subject, which is the clause's own (a speaker, "some member countries"), not the pair's other
   * side. Not for wishes ("we need negotiations with Russia") nor for a side shown brokering.
   */
  private static void sidesFromDiscourse(ActorStage.Result actors, Discourse discourse, Set<String> pairNouns, Set<String> warWords, Doc.Para p,
      int trigger, int from, int to, Found f) {
    Tokens t = p.tokens;
    if (wished(t, Math.max(from, trigger - 4), trigger)) {
      return;
    }
    if (anyIn(t, Math.max(from, trigger - 3), trigger, TRILATERAL)) {
      // "trilateral talks", "the three-way meeting": the three sides the article last listed together
      List<ActorRec> trio = discourse.trioAt(p.index, trigger);
      if (trio != null) {
        LOG.debug("paragraph {}: '{}' of the article's last three sides {}", p.index, t.get(trigger), trio);
        for (ActorRec side : trio) {
          addSide(f, side, discourse);
        }
        return;
      }
      Discourse.Pair pair = f.participants.size() == 1 ? discourse.pairAt(p.index, trigger) : null;
      ActorRec named = pair == null ? null : f.participants.iterator().next();
      ActorRec third = named == null ? null : discourse.side(named);
      if (third == null && named != null && named.kind == ActorKind.PERSON && named.country != null
          && !actors.states(named.country).isEmpty()) {
        third = actors.states(named.country).get(0); // "Trump's administration has proposed": his state
      }
      if (third != null && !pair.has(third)) {
        // "the US has proposed holding the next round of trilateral talks": the one side the clause
        // names and the article's pair make the three (no three listed together before)
        LOG.debug("paragraph {}: '{}' of {} and the article's pair {} and {}", p.index, t.get(trigger), third.name,
            pair.a.name, pair.b.name);
        addSide(f, pair.a, discourse);
        addSide(f, pair.b, discourse);
        return;
      }
    }
    boolean pairPhrase = false;
    boolean fighters = false; // "the warring parties": the sides the article shows fighting
    int pairNoun = -1;
    int[] determiners = p.positions(PAIR_DETERMINERS, k -> t.type(k) == Tokens.WORD && Bits.PAIR_DETERMINERS.containsLower(t, k));
    for (int j = Doc.Para.first(determiners, Math.max(from, 0)); j < determiners.length && determiners[j] + 1 < to && !pairPhrase; j++) {
      int k = determiners[j];
      pairPhrase = t.type(k) == Tokens.WORD && Bits.PAIR_DETERMINERS.containsLower(t, k) && t.type(k + 1) == Tokens.WORD
          && (pairNouns.contains(lower(t, k + 1))
              || k + 2 < to && t.type(k + 2) == Tokens.WORD && pairNouns.contains(lower(t, k + 2)));
      fighters = pairPhrase && (warWords.contains(lower(t, k)) || warWords.contains(lower(t, k + 1)));
      pairNoun = !pairPhrase ? -1 : pairNouns.contains(lower(t, k + 1)) ? k + 1 : k + 2;
    }
    int head = trigger - 1; // the bare subject before the verb and its auxiliaries: "Negotiators will meet"
    while (head > 0 && head >= trigger - 3 && t.type(head) == Tokens.WORD && BARE_SUBJECT_AUXILIARIES.contains(lower(t, head))) {
      head--;
    }
    // (one adjective may open the sentence before the noun: "Technical teams will meet"; or the
    // definite article: "The sides met in Kunming", "The delegations will meet again")
    boolean opening = head >= 0 && (p.sentenceInitial(head) || head > 0 && p.sentenceInitial(head - 1)
        && t.type(head - 1) == Tokens.WORD && (ENVOY_ADJECTIVES.contains(lower(t, head - 1)) || t.isIgnoreCase(head - 1, "the")));
    if (!pairPhrase && f.participants.isEmpty() && opening && t.type(head) == Tokens.WORD
        && (pairNouns.contains(lower(t, head)) || NEGOTIATORS.contains(lower(t, head)))) {
      // "Delegations met in Quito", "Negotiators will meet again": a bare plural of the pair's nouns
      // or of their envoys opening the sentence, as the verb's subject, names the sides the article pairs
      pairPhrase = true;
    }
    if (!pairPhrase && f.participants.isEmpty() && theirEvent(t, from, trigger)) {
      // "The DGMOs agreed in their May 10 call": "their" of a plural that names no actor ("the army
      // chiefs", "negotiators") is the pair the article speaks of
      pairPhrase = true;
    }
    if (!pairPhrase && f.participants.isEmpty() && f.kind == MeetingKind.TALKS && openingDefinite(p, trigger)) {
      // peace talks are held by those at war: the conflict's sides, before the pair the article names most
      fighters = trigger > 0 && (t.is(trigger - 1, "peace") || (p.flags(trigger - 1) & WordFlags.CEASEFIRE) != 0);
      // "The talks ended without agreement": a definite mention opening its sentence with no sides
      // of its own refers to the talks the article is about, those of its pair (a meeting of that
      // pair spoken of before takes it in when the two merge)
      pairPhrase = true;
    }
    if (!pairPhrase) {
      // "the former foes", "the two rivals": the pair by another name
      int[] foes = p.positions(FOES, k -> t.type(k) == Tokens.WORD && Bits.FOES.containsLower(t, k));
      for (int j = Doc.Para.first(foes, Math.max(from, 1)); j < foes.length && foes[j] < to && !pairPhrase; j++) {
        int k = foes[j];
        pairPhrase = t.type(k) == Tokens.WORD && Bits.FOES.containsLower(t, k);
      }
    }
    if (pairPhrase) {
      Discourse.Pair pair = fighters ? discourse.sidesAt(p.index, trigger) : discourse.pairAt(p.index, trigger);
      if (pair != null && p.sentenceInitial(trigger) && (discourse.mediator(pair.a) || discourse.mediator(pair.b))) {
        pair = null; // a bare "Talks ..." of a pair that mediates ("facilitated by A and B"): not the sides
      }
      List<ActorRec> goBetweens = pair == null ? List.of() : mediatingSubjects(actors, p, from, trigger, to);
      if (pair != null && (goBetweens.contains(pair.a) || goBetweens.contains(pair.b))) {
        // "the United States will keep facilitating negotiations between both sides": the sides are
        // not the go-between's pair but the war's, when the article has one without it
        Discourse.Pair war = discourse.sidesAt(p.index, trigger);
        pair = war != null && !goBetweens.contains(war.a) && !goBetweens.contains(war.b) ? war : null;
      }
      List<ActorRec> holders = pair == null || pairNoun < 0 ? null : holdersOfThePair(actors, t, pairNoun, to, pair);
      if (holders != null) {
        LOG.debug("paragraph {}: '{}' with the holders of one title in the article's pair {}", p.index, t.get(trigger), holders);
        for (ActorRec holder : holders) {
          addSide(f, holder, discourse);
        }
        return;
      }
      if (pair != null) {
        LOG.debug("paragraph {}: '{}' with the article's pair {} and {}", p.index, t.get(trigger), pair.a.name, pair.b.name);
        // in the order the article first names them, as a clause would list them
        boolean aFirst = pair.a.firstPara < pair.b.firstPara
            || pair.a.firstPara == pair.b.firstPara && pair.a.firstToken <= pair.b.firstToken;
        addSide(f, aFirst ? pair.a : pair.b, discourse);
        addSide(f, aFirst ? pair.b : pair.a, discourse);
      }
      return;
    }
    if (f.participants.size() == 1 && f.kind == MeetingKind.TALKS && subjectOfTalks(actors, p, f.participants.iterator().next(), from, trigger)) {
      ActorRec only = f.participants.iterator().next();
      ActorRec side = discourse.side(only);
      if (side != null && !discourse.mediator(side)) {
        ActorRec other = discourse.otherSide(only, p.index, trigger);
        if (other != null && !discourse.mediator(other)) {
          addSide(f, other, discourse);
        }
      }
    }
  }

  /**
   * Whether {@code side} is named in [from, trigger) as a subject would be: not the object of "with"
   * nor a possessor ("Turkey's negotiations").
   */
  private static boolean subjectOfTalks(ActorStage.Result actors, Doc.Para p, ActorRec side, int from, int trigger) {
    Tokens t = p.tokens;
    for (Mention m : actors.mentions.get(p.index)) {
      if (m.from >= trigger) {
        break;
      }
      if (m.actor == side && m.from >= from && !Roles.possessive(t, m) && !(m.from > 0 && t.is(m.from - 1, "with"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the trigger heads a definite noun phrase that opens its sentence: "The talks", "The last
   * round of talks", "The previous negotiations" (the article, then at most four lower-case words).
   */
  private static boolean openingDefinite(Doc.Para p, int trigger) {
    Tokens t = p.tokens;
    if (p.sentenceInitial(trigger) && !t.is(trigger, "Talk")) {
      // the bare plural opening a sentence, with a verb of what happened to the talks: "Talks in
      // Quito ended without agreement" (not "Negotiations are at a stalemate": a state of affairs)
      return occurrenceAfter(t, trigger);
    }
    for (int k = trigger - 1; k >= 0 && k >= trigger - 5; k--) {
      if (t.is(k, "The")) {
        return p.sentenceInitial(k);
      }
      boolean modifier = t.type(k) == Tokens.WORD && (OPENING_MODIFIERS.contains(lower(t, k)) || lasting(lower(t, k)));
      if (k == trigger - 1 && t.capitalised(k) && modifier && p.sentenceInitial(k)) {
        return true; // "Peace talks resumed in Quito", "Direct negotiations began", "Week-long talks failed"
      }
      if (t.type(k) != Tokens.WORD || t.capitalised(k) || !modifier) {
        return false;
      }
    }
    return false;
  }

  /** Verbs of what happens to talks: they begin, end, resume, break down, take place. */
  private static final Set<String> OCCURRENCES = StringSet.of("began", "begin", "begins", "ended", "end", "ends", "resumed",
      "resume", "resumes", "opened", "open", "opens", "started", "start", "starts", "collapsed", "concluded",
      "closed", "continued", "continue", "continues", "broke", "took", "take", "takes", "held", "yielded",
      "failed", "produced", "lasted", "restarted", "kicked");

  /** A verb of {@link #OCCURRENCES} within ten words after the trigger, in its sentence. */
  private static boolean occurrenceAfter(Tokens t, int trigger) {
    for (int k = trigger + 1; k < t.size() && k <= trigger + 10; k++) {
      if (t.type(k) == Tokens.PUNCT && !t.is(k, ",") && !t.is(k, "-")) {
        return false;
      }
      if (t.type(k) == Tokens.WORD && OCCURRENCES.contains(t.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** Words between "The" and the event noun of a definite mention opening its sentence. */
  private static final Set<String> OPENING_MODIFIERS = StringSet.of("last", "previous", "latest", "new", "first", "second",
      "third", "next", "round", "of", "peace", "direct", "indirect", "bilateral", "high-level", "earlier", "recent",
      "fresh", "formal");

  /**
   * Bits over the vocabulary for the lists scanned token by token (a holder class: {@link KnownWords}
   * reads this class's lists while it builds the vocabulary the bits are made over).
   */
  private static final class Bits {
    static final io.github.newsevents.internal.VocabularySet NEGATIONS = KnownWords.members(EventStage.NEGATIONS);
    static final io.github.newsevents.internal.VocabularySet PAIR_DETERMINERS = KnownWords.members(MeetingStage.PAIR_DETERMINERS);
    static final io.github.newsevents.internal.VocabularySet FOES = KnownWords.members(MeetingStage.FOES);
    static final io.github.newsevents.internal.VocabularySet LEADING = KnownWords.members(MeetingStage.LEADING);
    static final io.github.newsevents.internal.VocabularySet PEOPLE_PLURALS = KnownWords.members(MeetingStage.PEOPLE_PLURALS);
    static final io.github.newsevents.internal.VocabularySet SETTINGS = KnownWords.members(MeetingStage.SETTINGS);
    static final io.github.newsevents.internal.VocabularySet PLANNED_MODIFIERS = KnownWords.members(MeetingStage.PLANNED_MODIFIERS);
    static final io.github.newsevents.internal.VocabularySet WISHES = KnownWords.members(MeetingStage.WISHES);
    static final io.github.newsevents.internal.VocabularySet PAST_LIGHT_VERBS = KnownWords.members(MeetingStage.PAST_LIGHT_VERBS);
    static final io.github.newsevents.internal.VocabularySet LIGHT_VERBS = KnownWords.members(Clause.LIGHT_VERBS);
    static final io.github.newsevents.internal.VocabularySet PHRASE_ENDS = KnownWords.members(MeetingStage.PHRASE_ENDS);
    static final io.github.newsevents.internal.VocabularySet MISSING = KnownWords.members(MeetingStage.MISSING);
    static final io.github.newsevents.internal.VocabularySet SAYING = KnownWords.members(StatementStage.VERBS);
    static final io.github.newsevents.internal.VocabularySet DENIALS = KnownWords.members(MeetingStage.DENIALS);
    // the lists a trigger's word is told by, one after another (its lower case is each one's)
    static final io.github.newsevents.internal.VocabularySet TALKS = KnownWords.members(MeetingStage.TALKS);
    static final io.github.newsevents.internal.VocabularySet RECEPTIONS = KnownWords.members(MeetingStage.RECEPTIONS);
    static final io.github.newsevents.internal.VocabularySet TRIPS = KnownWords.members(MeetingStage.TRIPS);
    static final io.github.newsevents.internal.VocabularySet MEALS = KnownWords.members(MeetingStage.MEALS);
    static final io.github.newsevents.internal.VocabularySet GATHERINGS = KnownWords.members(MeetingStage.GATHERINGS);
    static final io.github.newsevents.internal.VocabularySet ENCOUNTERS = KnownWords.members(MeetingStage.ENCOUNTERS);
    static final io.github.newsevents.internal.VocabularySet IN_PERSON = KnownWords.members(MeetingStage.IN_PERSON);
    static final io.github.newsevents.internal.VocabularySet CALL = KnownWords.members(MeetingStage.CALL);
  }

  /** Auxiliaries between a bare plural subject and its verb of meeting: "Negotiators will meet". */
  private static final Set<String> BARE_SUBJECT_AUXILIARIES = StringSet.of("will", "would", "are", "were", "have", "had",
      "also", "again", "last", "later", "then", "held", "hold", "resumed", "resume");
  /** Plural nouns of the envoys a pair sends to talks: bare, they are the pair's. */
  private static final Set<String> NEGOTIATORS = StringSet.of("negotiators", "envoys", "mediators", "teams");
  /** Adjectives that may open a sentence before {@link #NEGOTIATORS}: "Technical teams will meet". */
  private static final Set<String> ENVOY_ADJECTIVES = StringSet.of("technical", "negotiating", "senior", "joint",
      "chief", "lead", "top", "expert", "working-level", "high-level");

  /** Words of rank that make a title another office: a deputy foreign minister is no foreign minister. */
  private static final Set<String> OTHER_RANKS = StringSet.of("deputy", "vice", "former", "acting", "assistant",
      "junior", "shadow", "opposition", "ex", "first", "under", "state");

  /**
   * "the two countries' foreign ministers", "both sides' negotiators": a plural title that the pair's
   * noun owns stands for the people who hold that title for each side of the pair, one per side,
   * wherever the article names them (often just after: "... with the two countries' foreign
   * ministers. Armenian Foreign Minister X and ..."); null when the phrase is not so built or a side
   * has not exactly one holder (then the sides stand for themselves).
   */
  private static List<ActorRec> holdersOfThePair(ActorStage.Result actors, Tokens t, int noun, int to, Discourse.Pair pair) {
    // the owner's mark: "the two countries'" (a plural's bare apostrophe) or "each side's"
    boolean owned = noun + 1 < to && (t.type(noun + 1) == Tokens.POSSESSIVE
        || t.type(noun + 1) == Tokens.QUOTE && lower(t, noun).endsWith("s") && t.end(noun) == t.start(noun + 1));
    if (noun + 2 >= to || !owned || pair.a.country == null || pair.b.country == null) {
      return null;
    }
    int end = pluralTitleEnd(t, noun + 2, to);
    if (end < 0) {
      return null;
    }
    String singular = singular(t, noun + 2, end);
    List<ActorRec> out = new ArrayList<>(2);
    for (ActorRec side : List.of(pair.a, pair.b)) {
      ActorRec holder = null;
      for (ActorRec a : actors.peopleTitled(singular)) {
        if (side.country.equals(a.country) && holdsPlainly(a, singular)) {
          if (holder != null && holder != a) {
            return null; // two holders for one side: the phrase does not say which
          }
          holder = a;
        }
      }
      if (holder == null) {
        return null;
      }
      out.add(holder);
    }
    return out;
  }

  /** How far before a trigger "the foreign ministers" is looked for: a bounded look keeps the stage linear. */
  private static final int TITLED_REACH = 24;

  /**
   * The people "the foreign ministers" / "the two presidents" in [from, trigger) speak of: a definite
   * plural title outside quotation marks, not followed by whose it is ("the ministers of ASEAN"), held (not as a deputy's
   * rank) by two to four people named before it (by exactly two after "the two"); else null.
   */
  private static List<ActorRec> theTitled(Doc doc, ActorStage.Result actors, Doc.Para p, int from, int trigger) {
    Tokens t = p.tokens;
    for (int k = Math.max(from, 0); k + 1 < trigger; k++) {
      if (!t.isIgnoreCase(k, "the") || doc.quoted(p.index, k)) {
        continue;
      }
      int s = k + 1;
      boolean two = t.is(s, "two");
      if (two) {
        s++;
      }
      int end = pluralTitleEnd(t, s, trigger);
      if (end < 0 || end < t.size() && (t.is(end, "of") || t.is(end, "from") || t.type(end) == Tokens.POSSESSIVE)) {
        continue;
      }
      String singular = singular(t, s, end);
      List<ActorRec> holders = new ArrayList<>(2);
      for (ActorRec a : actors.peopleTitled(singular)) {
        if (a.firstPara < p.index || a.firstPara == p.index && a.firstToken < k) {
          if (holdsPlainly(a, singular)) {
            holders.add(a);
          }
        }
      }
      if (holders.size() == 2 || !two && holders.size() >= 2 && holders.size() <= 4) {
        return holders;
      }
    }
    return null;
  }

  /**
   * The end of a plural title at {@code from}: up to three lower-case words, the last of them the
   * first plural ("foreign ministers", "leaders"); the token after it, or -1 when none is within
   * [from, to).
   */
  private static int pluralTitleEnd(Tokens t, int from, int to) {
    for (int end = from; end < to && end - from < 3 && t.type(end) == Tokens.WORD && !t.capitalised(end); end++) {
      String w = lower(t, end);
      if (w.length() >= 4 && w.endsWith("s") && !w.endsWith("ss")) {
        return end + 1;
      }
    }
    return -1;
  }

  /** The singular of the title in [from, to) whose last word is a plural: "foreign ministers" is "foreign minister". */
  private static String singular(Tokens t, int from, int to) {
    StringBuilder title = new StringBuilder();
    for (int k = from; k < to - 1; k++) {
      title.append(lower(t, k)).append(' ');
    }
    String last = lower(t, to - 1);
    return title.append(last.endsWith("ies") ? last.substring(0, last.length() - 3) + "y" : last.substring(0, last.length() - 1))
        .toString();
  }

  /** Whether one of {@code a}'s titles is {@code title} itself, not a rank of it ("deputy foreign minister"). */
  private static boolean holdsPlainly(ActorRec a, String title) {
    for (String held : a.titles) {
      String lower = held.toLowerCase(Locale.ROOT);
      if (lower.equals(title)) {
        return true;
      }
      if (lower.endsWith(" " + title)) {
        String before = lower.substring(0, lower.length() - title.length() - 1);
        int sp = before.lastIndexOf(' ');
        if (!OTHER_RANKS.contains(before.substring(sp + 1))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Adds a side, unless a participant already stands for it (its president, its ministry). */
  private static void addSide(Found f, ActorRec side, Discourse discourse) {
    for (ActorRec a : f.participants) {
      if (discourse.side(a) == side || side.country != null && side.country.equals(a.country)) {
        return;
      }
    }
    f.participants.add(side);
  }

  /**
   * The last actor named in [from, trigger) that is no object of a preposition, no possessor of a
   * title and no part of one ("the Kremlin's spokesman"): the subject nearest the trigger; or null.
   */
  private ActorRec nearestSubject(ActorStage.Result actors, Doc.Para p, int from, int trigger) {
    Tokens t = p.tokens;
    ActorRec found = null;
    for (Mention m : Mention.starting(actors.mentions.get(p.index), from, trigger)) {
      if (m.from >= from && m.to <= trigger && !m.quoted && !titleInside(actors, p, m) && !possessor(t, m)
          && !Roles.governed(t, m.from, Roles.EVENT)) {
        found = m.actor;
      }
    }
    return found;
  }

  /** The speaker of the direct quotation around character {@code offset}, or null. */
  private static ActorRec speakerAt(List<StatementStage.Found> said, int offset) {
    int lo = 0;
    int hi = said.size() - 1;
    while (lo <= hi) { // statements are in text order: the last one starting at or before offset
      int mid = (lo + hi) >>> 1;
      if (said.get(mid).span.start() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    for (int k = hi; k >= 0 && k >= hi - 2; k--) {
      StatementStage.Found s = said.get(k);
      if (s.kind == io.github.newsevents.model.StatementKind.DIRECT && s.span.start() <= offset && offset < s.span.end()) {
        return s.speaker;
      }
    }
    return null;
  }

  /**
   * "our talks", "my recent visit", "we met", "I held talks": the speaker's own meeting (not "we
   * need negotiations", which wants one).
   */
  private static boolean firstPerson(Tokens t, int trigger) {
    // "I have just had a very productive meeting with X": the subject of a light verb before the event noun
    for (int k = trigger - 2; k >= Math.max(1, trigger - 5) && t.type(k) == Tokens.WORD && !t.capitalised(k); k--) {
      if (Bits.LIGHT_VERBS.contains(t, k)) {
        if (firstPersonBefore(t, k + 1)) {
          return true;
        }
        break;
      }
    }
    return firstPersonBefore(t, trigger);
  }

  /** "I met", "we had already met", "our talks": a first-person subject or possessive right before {@code trigger}. */
  private static boolean firstPersonBefore(Tokens t, int trigger) {
    for (int k = trigger - 1; k >= Math.max(0, trigger - 4); k--) {
      if (t.type(k) != Tokens.WORD) {
        return false;
      }
      String w = t.get(k);
      if (w.equals("our") || w.equals("Our") || w.equals("my") || w.equals("My")) {
        return true;
      }
      if (w.equals("we") || w.equals("We") || w.equals("I")) {
        for (int j = k + 1; j < trigger; j++) {
          if (!AUXILIARIES.contains(lower(t, j))) {
            return k == trigger - 2 && pastTense(t.get(k + 1));
          }
        }
        return true; // "I met", "I have just spoken", "we had already met"
      }
    }
    return false;
  }

  /** Auxiliaries and adverbs that may stand between a first-person subject and its verb of meeting. */
  private static final Set<String> AUXILIARIES = StringSet.of(
      "have", "has", "had", "just", "already", "also", "recently", "will", "would", "then", "again", "today", "'ve",
      "'ll", "shall");

  /**
   * "Phone calls between Lavrov and his counterparts": one call per other side, each of another
   * country than the caller (his own state or government is no party on the line).
   */
  private static void separateCalls(List<Found> out, Found f) {
    ActorRec caller = null;
    for (ActorRec a : f.participants) {
      if (a.kind == ActorKind.PERSON) {
        caller = a;
      }
    }
    List<Found> parts = parts(f, caller);
    if (parts.size() < 2) {
      return;
    }
    int at = out.indexOf(f);
    out.remove(at);
    out.addAll(at, parts);
  }

  /**
   * Whether the event at {@code trigger} is "met separately" (the adverb right after the verb) of
   * two or more groups of a forum or region and no one else ("the ASEAN trade and foreign ministers
   * met separately"): one meeting of each group among themselves.
   */
  private static boolean eachAmongThemselves(Tokens t, int trigger, Found f) {
    if (f.participants.size() < 2 || !f.objects.isEmpty() && !f.objects.containsAll(f.participants)
        || !(trigger + 1 < t.size() && t.is(trigger + 1, "separately"))) {
      return false;
    }
    for (ActorRec a : f.participants) {
      if (a.kind != ActorKind.GROUP || a.affiliation == null) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code k} is "rounds in" a capitalised name: rounds held somewhere, perhaps one in each place. */
  private static boolean roundsInPlaces(Tokens t, int k) {
    return k + 2 < t.size() && t.is(k, "rounds") && t.is(k + 1, "in") && t.capitalised(k + 2);
  }

  /**
   * The places coordinated after "in" at {@code k}: "in Oslo and Rome", "in Oslo, Rome and Vienna"
   * (states or places the gazetteer knows); empty unless the list starts right there.
   */
  private List<Place> placesAfter(Tokens t, int k, int to) {
    if (k + 1 >= to || !t.is(k, "in")) {
      return List.of();
    }
    List<Place> places = new ArrayList<>(2);
    int at = k + 1;
    while (at < to && t.capitalised(at)) {
      PhraseIndex.Match m = index.name(t, at);
      if (m == null || m.to > to || m.entry().kind() != EntryKind.STATE && m.entry().kind() != EntryKind.PLACE) {
        return List.of();
      }
      places.add(place(t, m));
      if (m.to + 1 < to && (t.is(m.to, "and") || t.is(m.to, ","))) {
        at = t.is(m.to, ",") && t.is(m.to + 1, "and") ? m.to + 2 : m.to + 1;
      } else {
        break;
      }
    }
    return places;
  }

  /** A copy of {@code f} held at {@code place}: one of rounds held one in each place. */
  private static Found at(Found f, Place place) {
    Found c = copy(f);
    c.location = place;
    c.placed = true;
    return c;
  }

  /** A copy of {@code f}: its attributes, sides and evidence, for an event it reports one of several of. */
  private static Found copy(Found f) {
    Found c = new Found();
    c.kind = f.kind;
    c.status = f.status;
    c.location = f.location;
    c.date = f.date;
    c.para = f.para;
    c.sentence = f.sentence;
    c.trigger = f.trigger;
    c.series = f.series;
    c.host = f.host;
    c.explicit = f.explicit;
    c.objects = f.objects;
    c.amongThemselves = f.amongThemselves;
    c.sentenceDate = f.sentenceDate(); // (read here, on a rare path, as parts does)
    c.topics.addAll(f.topics);
    c.evidence.addAll(f.evidence);
    c.participants.addAll(f.participants);
    return c;
  }

  /**
   * "spoke with A on Sunday, and with B on Tuesday": one of the meetings of a subject with several
   * sides one at a time takes the date written right after its own side's name (after an "on"), when
   * there is one; else it keeps the clause's.
   */
  private static void ownDate(ActorStage.Result actors, Doc.Para p, Found part, int trigger, LocalDate published) {
    if (part.participants.size() != 2 || !part.apart) {
      return; // (a meeting parts left whole is no part)
    }
    java.util.Iterator<ActorRec> it = part.participants.iterator();
    it.next();
    ActorRec side = it.next(); // (the caller first, the side second: see parts)
    Tokens t = p.tokens;
    for (Mention m : actors.of(side, p.index)) {
      if (m.from <= trigger || m.to + 1 >= t.size()) {
        continue;
      }
      if (p.sentenceOf(m.from) != p.sentenceOf(trigger)) {
        return; // the side's name in the trigger's sentence only
      }
      int k = t.is(m.to, "on") ? m.to + 1 : -1;
      Dates.Found d = k < 0 ? null : Dates.at(t, k, Math.min(t.size(), k + 6), published,
          part.status == MeetingStatus.PLANNED || part.status == MeetingStatus.POSSIBLE);
      if (d != null && d.date != null) {
        part.date = d.date;
      }
      return;
    }
  }

  /**
   * One meeting of {@code caller} with each other participant of another country than the
   * caller's (its own state or government is no other side); just {@code f} when there are fewer
   * than two such sides.
   */
  private static List<Found> parts(Found f, ActorRec caller) {
    List<ActorRec> others = new ArrayList<>();
    for (ActorRec a : f.participants) {
      if (a != caller && (a.country == null || !a.country.equals(caller.country))) {
        others.add(a);
      }
    }
    if (others.size() < 2) {
      f.oneEach = null;
      return List.of(f);
    }
    List<Found> out = new ArrayList<>(others.size());
    for (ActorRec other : others) {
      Found c = new Found();
      c.kind = f.kind;
      c.status = f.status;
      c.location = f.location;
      c.date = f.date;
      c.sentenceDate = f.sentenceDate(); // read here, on a rare path, rather than copying its clause
      c.para = f.para;
      c.sentence = f.sentence;
      c.trigger = f.trigger;
      c.severalCalls = false;
      c.host = f.host == caller || f.host == other ? f.host : null;
      c.explicit = f.explicit;
      c.topics.addAll(f.topics);
      c.evidence.addAll(f.evidence);
      c.participants.add(caller);
      c.participants.add(other);
      c.apart = true;
      out.add(c);
    }
    LOG.debug("{} met {} sides one at a time: one meeting each", caller.name, others.size());
    return out;
  }

  /** The organisation a group belongs to ("ASEAN" for "ASEAN trade ministers"), when the article names it; or null. */
  private static ActorRec forumOf(ActorStage.Result actors, ActorRec group) {
    if (group.affiliation == null) {
      return null;
    }
    for (ActorRec a : actors.actors) {
      if (a.kind == ActorKind.ORGANIZATION && group.affiliation.equals(a.name)) {
        return a;
      }
    }
    return null;
  }

  /** Plural nouns of people who meet among themselves: "the ASEAN leaders met". */
  private static final Set<String> PEERS = StringSet.of("ministers", "leaders", "officials", "negotiators", "envoys", "delegates");

  /**
   * Whether {@code group} meets as such: a group of peers ("ASEAN trade ministers", "Arab
   * leaders") named as the subject just before the trigger, with no comma between ("the ASEAN
   * leaders met in Kuala Lumpur", "ASEAN trade ministers held a special virtual meeting").
   */
  private static boolean among(ActorStage.Result actors, Doc.Para p, ActorRec group, int from, int trigger) {
    if (group.kind != ActorKind.GROUP || !PEERS.contains(group.name.substring(group.name.lastIndexOf(' ') + 1))) {
      return false;
    }
    Tokens t = p.tokens;
    for (Mention m : Mention.starting(actors.mentions.get(p.index), from, trigger)) {
      if (m.actor == group && m.to <= trigger && trigger - m.to <= 5 && m.from >= from) {
        for (int k = m.to; k < trigger; k++) {
          if (t.type(k) != Tokens.WORD || t.is(k, "with") || t.is(k, "to")) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the organisation {@code forum} is named in [from, trigger) as the body whose members
   * are the subject: "Leaders of the SCO", "foreign ministers of the G7", "heads of state of the
   * African Union", right before the verb (only words between).
   */
  private static boolean membersOf(ActorStage.Result actors, Doc.Para p, ActorRec forum, int from, int trigger) {
    if (forum.kind != ActorKind.ORGANIZATION) {
      return false;
    }
    Tokens t = p.tokens;
    for (Mention m : Mention.starting(actors.mentions.get(p.index), from, trigger)) {
      if (m.actor != forum || m.from < from || m.to > trigger || trigger - m.to > 5) {
        continue;
      }
      int k = m.from - 1;
      if (k > from && t.is(k, "the")) {
        k--;
      }
      if (k <= from || !t.is(k, "of")) {
        continue;
      }
      int head = k - 1;
      if (t.is(head, "state") && head - 2 >= from && t.is(head - 1, "of")) {
        head -= 2; // "heads of state of"
      }
      if (t.type(head) == Tokens.WORD && (MEMBERS.contains(t.lower(head)) || PEERS.contains(t.lower(head)))) {
        for (int j = m.to; j < trigger; j++) {
          if (t.type(j) != Tokens.WORD || t.is(j, "with") || t.is(j, "to")) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** Nouns of a forum's members before "of": "heads of state of", "members of", "leaders of". */
  private static final Set<String> MEMBERS = StringSet.of("heads", "members", "representatives", "delegates");

  /**
   * Actors joined by "and" to {@code first}'s first mention after the trigger (the main clause after
   * an opening adjunct): "..., Prime Minister A and President B vowed". Only a title may stand
   * between "and" and the next name.
   */
  private static List<ActorRec> coordinatedAfter(ActorStage.Result actors, Doc.Para p, ActorRec first, int trigger, int to) {
    Tokens t = p.tokens;
    List<ActorRec> out = new ArrayList<>(1);
    List<Mention> ms = actors.mentions.get(p.index);
    for (int i = Mention.first(ms, trigger + 1); i < ms.size() && ms.get(i).from < to; i++) {
      Mention m = ms.get(i);
      if (m.actor != first) {
        continue;
      }
      int k = m.to;
      while (k < to && k < m.to + 8 && t.is(k, "and") && k + 1 < to) {
        // the next name, a title and its demonym before it ("and Chilean President B"): the person
        // the title introduces, else the first actor right after "and"
        Mention next = null;
        for (int j = Mention.first(ms, k + 1); j < ms.size() && ms.get(j).from <= k + 5; j++) {
          Mention o = ms.get(j);
          if (o.actor == first || o.quoted || !onlyTitleWords(t, k + 1, o.from)) {
            continue;
          }
          if (o.actor.kind == ActorKind.PERSON) {
            next = o;
            break;
          }
          if (next == null && o.from == k + 1) {
            next = o;
          }
        }
        if (next == null) {
          break;
        }
        out.add(next.actor);
        k = next.to;
      }
      break;
    }
    return out;
  }

  /** Whether only capitalised words and title modifiers stand in [from, to): "Chilean President". */
  private static boolean onlyTitleWords(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.type(k) != Tokens.WORD || !(t.capitalised(k) || Lexicon.TITLE_MODIFIERS.contains(t.get(k)))) {
        return false;
      }
    }
    return true;
  }

  /** Actors joined to {@code first}'s mention by "and" before the trigger: "A and B met". */
  private static List<ActorRec> coordinated(ActorStage.Result actors, Doc.Para p, ActorRec first, int trigger) {
    Tokens t = p.tokens;
    List<ActorRec> out = new ArrayList<>(1);
    List<Mention> ms = actors.mentions.get(p.index);
    for (Mention m : actors.of(first, p.index)) {
      if (m.actor != first || m.to >= trigger) {
        continue;
      }
      int i = Mention.first(ms, m.from);
      while (ms.get(i) != m) {
        i++;
      }
      for (int j = Math.max(0, i - 1); j < ms.size(); j++) {
        Mention o = ms.get(j);
        if (o.from >= trigger || o.from > m.to + 1) {
          break; // nothing after it is next to m
        }
        if (j == i) {
          continue;
        }
        if (o.to == m.from - 1 && m.from > 0 && t.is(m.from - 1, "and") && o.actor != first) {
          out.add(o.actor); // "Armenian and [Azerbaijani ministers]"
        } else if (o.from > m.from && o.from <= m.to + 1 && o.actor != first) {
          out.add(o.actor); // nested or right after: "Armenian and Azerbaijani ministers"
        } else if (o.from == m.to + 1 && t.is(m.to, "and")) {
          out.add(o.actor);
        }
      }
      break;
    }
    return out;
  }

  private static final Set<String> VISITS = StringSet.of("visit", "visits", "visited", "visiting");
  /** Nouns and verbs of travel that are a visit when a state follows "to": "a trip to Cuba", "will travel to Oman". */
  static final Set<String> TRIPS = StringSet.of("trip", "trips", "travel", "travels", "travelled", "traveled", "tour", "journey");

  /**
   * The visit frame: the visitor (a possessive, the speaker of "my visit", else the subject) meets
   * the state visited ("visited Mongolia", "a visit to Saudi Arabia", "will travel to Cuba", "a
   * visit to Havana"); a capital visited is the place.
   */
  private static void visit(ActorStage.Result actors, Discourse discourse, Doc.Para p, int trigger, Found f, ActorRec speaker) {
    Tokens t = p.tokens;
    int k = trigger + 1;
    boolean verb = t.is(trigger, "visited") || t.is(trigger, "visiting") || t.is(trigger, "visits")
        || t.is(trigger, "visit") && k < t.size() && !t.is(k, "to") && trigger > 0 && VERB_BEFORE.contains(lower(t, trigger - 1));
    ActorRec byVisitor = null; // "a visit by X to Y": the agent of the visit noun
    if (!verb && k < t.size() && t.is(k, "by")) {
      for (Mention m : Mention.starting(actors.mentions.get(p.index), k + 1, k + 6)) {
        if (m.actor.kind == ActorKind.PERSON || m.actor.kind == ActorKind.GROUP) {
          byVisitor = m.actor;
          k = m.to;
          break;
        }
      }
    }
    if (!verb) {
      int reach = byVisitor != null ? k + 2 : trigger + 3;
      while (k < t.size() && k <= reach && !t.is(k, "to")) {
        k++;
      }
      if (k >= t.size() || !t.is(k, "to")) {
        visitWhereArrived(actors, discourse, p, trigger, f);
        return;
      }
      k++;
    }
    if (k < t.size() && t.is(k, "the")) {
      k++;
    }
    ActorRec host = null;
    for (Mention m : Mention.starting(actors.mentions.get(p.index), k, k + 1)) {
      if (m.from == k && m.actor.kind == ActorKind.STATE) {
        host = m.actor;
      }
    }
    if (host == null) {
      List<PhraseIndex.Match> places = actors.places.get(p.index);
      for (int j = Clause.firstMatchAt(places, k); j < places.size() && places.get(j).from == k; j++) {
        host = hostOfPlace(discourse, p, places.get(j), f, host);
      }
    }
    if (host == null) {
      return;
    }
    ActorRec visitor = owner(actors, p, trigger);
    if (visitor == null) {
      visitor = byVisitor;
    }
    if (visitor != null && visitor != host) {
      // "Y cancelled X's trip to Z", "a visit by X to Z was cancelled": the possessive or the agent
      // names the visitor; whoever cancels, announces or plans someone else's trip does not travel
      f.participants.clear();
    }
    if (visitor == null && speaker != null && firstPerson(t, trigger)) {
      visitor = speaker;
    }
    if (visitor == null) {
      // "Y said X would visit Lima", "Y invited X to visit Lima": the one named just before the verb
      // and its auxiliaries visits, not the sentence's subject
      visitor = verb || t.is(trigger, "visit") ? nameBeforeVerb(actors, p, trigger) : null;
    }
    if (visitor == null) {
      visitor = sentenceSubject(actors, p, trigger, false);
    }
    if (visitor == null || visitor == host || visitor.country != null && visitor.country.equals(host.country)) {
      // (a body's or a person's trip within their own state is no visit: "Putin's visit to Russia's Far East")
      return;
    }
    LOG.debug("paragraph {}: a visit of {} to {}", p.index, visitor.name, host.name);
    f.participants.add(visitor);
    f.participants.add(host);
  }


  /** Words of a verb group between its subject and the verb: "X would visit", "X is expected to visit". */
  private static final Set<String> VERB_GROUP_WORDS = StringSet.of("will", "would", "to", "is", "was", "are", "were", "be",
      "expected", "due", "set", "plans", "planned", "plan", "also", "soon", "later", "could", "may", "might", "shall",
      "should", "scheduled", "going", "then", "not", "never", "has", "have", "had", "already");

  /**
   * The person named right before {@code trigger}'s verb group ("Soto would visit", "invited Soto to
   * visit", "Soto is expected to visit"), or null: the verb's own subject, not the sentence's.
   */
  private static ActorRec nameBeforeVerb(ActorStage.Result actors, Doc.Para p, int trigger) {
    Tokens t = p.tokens;
    int k = trigger - 1;
    while (k >= 0 && k >= trigger - 4 && t.type(k) == Tokens.WORD && VERB_GROUP_WORDS.contains(lower(t, k))) {
      k--;
    }
    if (k == trigger - 1 || k < 0) {
      return null; // the verb alone, no auxiliary: the sentence's subject is read as before
    }
    for (Mention m : Mention.starting(actors.mentions.get(p.index), Math.max(0, k - 6), k + 1)) {
      if (m.to == k + 1 && m.actor.kind == ActorKind.PERSON && !m.quoted && !governedByPreposition(t, m.from)) {
        return m.actor;
      }
    }
    return null;
  }

  /**
   * Whether the name at {@code from} is the object of a preposition ("an adviser to President X",
   * "the envoy of X"), across its title words: it is then no subject.
   */
  private static boolean governedByPreposition(Tokens t, int from) {
    for (int k = from - 1; k >= 0 && k >= from - 5; k--) {
      if (t.type(k) != Tokens.WORD) {
        return false;
      }
      if (t.is(k, "to") || t.is(k, "of") || t.is(k, "for") || t.is(k, "with") || t.is(k, "by")) {
        return true;
      }
      if (!t.capitalised(k)) {
        return false; // a lower-case word ends the title: "adviser", "said"
      }
    }
    return false;
  }

  /**
   * A visit noun with no "to" phrase, told where the visitor is: "X arrived in Lima on Tuesday for
   * a state visit", "X, in Lima on a two-day visit, ...". The host is the state of the place named
   * after "in" before the noun in its clause, and the visitor the clause's subject, a person or a
   * body of another state.
   */
  private static void visitWhereArrived(ActorStage.Result actors, Discourse discourse, Doc.Para p, int trigger, Found f) {
    Tokens t = p.tokens;
    int sentence = p.sentenceStart(p.sentenceOf(trigger));
    ActorRec host = null;
    List<PhraseIndex.Match> places = actors.places.get(p.index);
    for (int j = Clause.firstMatchAt(places, Math.max(sentence + 1, trigger - 12)); j < places.size(); j++) {
      PhraseIndex.Match m = places.get(j);
      if (m.from >= trigger) {
        break;
      }
      if (t.is(m.from - 1, "in") || t.is(m.from - 1, "to") && m.from > 1 && t.type(m.from - 2) == Tokens.WORD
          && TRAVELLING.contains(lower(t, m.from - 2))) {
        host = hostOfPlace(discourse, p, m, f, host); // "arrived in Lima", "flew to Lima"
      }
    }
    if (host == null) {
      return;
    }
    ActorRec visitor = sentenceSubject(actors, p, trigger, false);
    if (visitor == null || visitor == host || visitor.country == null || visitor.country.equals(host.country)) {
      return;
    }
    LOG.debug("paragraph {}: a visit of {} where they arrived, {}", p.index, visitor.name, host.name);
    f.participants.add(visitor);
    f.participants.add(host);
  }

  /**
   * The state of a place a visit goes to, when the place is a state or in one (a capital also
   * gives the meeting's location); else {@code host}, the one found so far.
   */
  private static ActorRec hostOfPlace(Discourse discourse, Doc.Para p, PhraseIndex.Match m, Found f, ActorRec host) {
    if (m.entry().kind() != io.github.newsevents.gazetteer.EntryKind.STATE) {
      return host;
    }
    if (f.location == null && m.role() == PhraseIndex.Role.CAPITAL) {
      f.location = place(p.tokens, m);
    }
    return discourse.state(m.entry(), p, m.from, m.to);
  }

  /** Words of talks between three sides. */
  private static final Set<String> TRILATERAL = StringSet.of("trilateral", "three-way", "tripartite", "three-party");

  /** Verbs of travelling whose "to" names where the traveller goes: "flew to Lima". */
  private static final Set<String> TRAVELLING = StringSet.of("flew", "flies", "fly", "flying", "travelled", "traveled",
      "travels", "travel", "travelling", "traveling", "headed", "heads", "head", "heading", "went", "goes", "go",
      "going", "came", "comes", "come", "coming", "returned", "returns", "return", "returning");

  /** Whether the trigger is the purpose of a trip: "for talks", "for a meeting", "for further talks". */
  private static boolean tripPurpose(Tokens t, int trigger) {
    int k = trigger - 1;
    if (k > 0 && (t.is(k, "a") || t.is(k, "further") || t.is(k, "more") || t.is(k, "direct") || t.is(k, "two-day")
        || t.is(k, "fresh") || t.is(k, "new"))) {
      k--;
    }
    return k > 0 && t.is(k, "for");
  }

  /** Words before "visit" that make it a verb ("will visit Oman"), not a noun ("a state visit."). */
  private static final Set<String> VERB_BEFORE = StringSet.of("to", "will", "would", "could", "can", "may", "might", "should",
      "must", "shall", "did", "not", "also", "n't", "'ll", "they", "we", "i", "you");

  /**
   * Words before "visiting" that make it a verb, a gerund or a progressive ("is visiting Lima",
   * "after visiting Kyiv", "while visiting"), not a participle describing the person after it.
   */
  private static final Set<String> VISITING_AS_VERB = StringSet.of("is", "was", "were", "are", "am", "be", "been",
      "being", "while", "when", "after", "before", "by", "of", "for", "on", "in", "during", "since", "from",
      "without", "about", "upon", "against", "not", "also", "'re", "still", "currently", "now");

  /**
   * The person "visiting" describes ("told visiting Chilean Foreign Minister Y", "the visiting
   * President Y"): the first person named after it over capitalised titles and demonyms only; or
   * null when "visiting" is a verb ("was visiting Chile", "after visiting Lima") or names no person.
   */
  private static ActorRec visitingGuest(ActorStage.Result actors, Doc.Para p, int trigger) {
    Tokens t = p.tokens;
    if (trigger > 0 && t.type(trigger - 1) == Tokens.WORD && VISITING_AS_VERB.contains(lower(t, trigger - 1))) {
      return null;
    }
    return titledPersonAfter(actors, p, trigger);
  }

  /**
   * The first person named after {@code trigger} over capitalised titles and demonyms only
   * ("alongside NATO Secretary General X", "visiting Chilean Foreign Minister Y"); or null.
   */
  private static ActorRec titledPersonAfter(ActorStage.Result actors, Doc.Para p, int trigger) {
    Tokens t = p.tokens;
    for (Mention m : Mention.starting(actors.mentions.get(p.index), trigger + 1, trigger + 7)) {
      if (m.actor.kind != ActorKind.PERSON || m.quoted) {
        continue;
      }
      for (int k = trigger + 1; k < m.from; k++) {
        if (t.type(k) != Tokens.WORD || !t.capitalised(k)) {
          return null; // ("visiting the border with President Y": a place is visited)
        }
      }
      return m.actor;
    }
    return null;
  }

  /** Whether an actor (not a place) is named right after the trigger: "visited Putin", "visiting the Kremlin". */
  private static boolean actorAfter(ActorStage.Result actors, Doc.Para p, int trigger) {
    Tokens t = p.tokens;
    int k = trigger + 1;
    if (k < t.size() && (t.is(k, "the") || t.is(k, "his") || t.is(k, "her") || t.is(k, "their"))) {
      k++;
    }
    for (Mention m : Mention.starting(actors.mentions.get(p.index), trigger + 1, k + 1)) {
      if (m.from == k || m.from == trigger + 1) {
        return true;
      }
    }
    return false;
  }

  /** Verbs by which someone takes part in a meeting: "chairing the meeting", "took part in the talks". */
  private static final Set<String> JOINING = StringSet.of(
      "chairing", "chaired", "chairs", "attending", "attended", "attends", "attend", "participating",
      "participated", "participate", "joined", "joining", "join", "part");

  /** Whether the trigger is the object of a verb of taking part: "is chairing the meeting". */
  private static boolean joins(Tokens t, int trigger) {
    int k = trigger - 1;
    if (k >= 0 && (t.is(k, "the") || t.type(k) == Tokens.POSSESSIVE)) {
      k--;
    } else {
      return false;
    }
    while (k >= 0 && t.type(k) == Tokens.WORD && Character.isUpperCase(t.firstChar(k))) {
      k--; // "Monday's summit"
    }
    if (k >= 0 && t.is(k, "in")) {
      k--; // "participating in", "took part in"
    }
    return k >= 0 && t.type(k) == Tokens.WORD && JOINING.contains(t.get(k));
  }

  /** Prepositions that put preparations in an adjunct of circumstance: "amid preparations for". */
  private static final Set<String> CIRCUMSTANCE = StringSet.of("amid", "after", "during", "despite", "following",
      "ahead", "before", "with", "in");

  /**
   * Whether the event at {@code trigger} is said to be in preparation: "preparations for a summit"
   * or "are preparing a visit" before it (within four words), "is being prepared" or "is in the
   * works" after it (within fifteen: "a summit between A and B is in the works"), all in [from, to). Not "amid preparations for a regional summit, A and B held
   * talks": the preparations are another event's.
   */
  private static boolean inPreparation(Tokens t, int trigger, int from, int to) {
    for (int k = Math.max(from, trigger - 5); k < trigger; k++) {
      if (t.isIgnoreCase(k, "preparations") && t.is(k + 1, "for") && !(k > 0 && CIRCUMSTANCE.contains(lower(t, k - 1)))
          || t.is(k, "preparing")) {
        return true; // (not "amid preparations for a summit, A and B held talks": an adjunct's)
      }
    }
    for (int k = trigger + 1; k < Math.min(to, trigger + 16); k++) {
      char c = t.firstChar(k); // (one read turns most words away)
      if (c == 'p' && t.is(k, "prepared") && t.is(k - 1, "being")
          || c == 'w' && k >= 2 && t.is(k, "works") && t.is(k - 1, "the") && t.is(k - 2, "in")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A word of plans in [from, to); "later" after a span of time ("days later") tells of the past,
   * and "plan" is one only as a verb ("plan to meet", not "the ceasefire plan").
   */
  private static boolean planned(Doc.Para p, int from, int to) {
    Tokens t = p.tokens;
    for (int k = Math.max(0, from); k < to && k < t.size(); k++) {
      if (t.type(k) == Tokens.WORD && (p.flags(k) & WordFlags.STATUS) != 0 && PLANNED_WORDS.contains(lower(t, k))
          && !(t.is(k, "later") && (k > 0 && TIME_NOUNS.contains(lower(t, k - 1)) || pastAfter(t, k + 1)))
          && !(t.is(k, "set") && !(k > 0 && k + 1 < t.size() && NOT_FINITE.contains(t.get(k - 1))
              && (t.is(k + 1, "for") || t.is(k + 1, "to")))) // "is set for Friday", "are set to meet"; not "set up"
          && !((t.is(k, "plan") || t.is(k, "plans")) && !(k + 1 < t.size() && t.is(k + 1, "to")))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word of {@code words}, one of the status lists that {@link WordFlags#STATUS} flags,
   * lies in [from, to): a bit test turns away the words of no status list before any set look-up.
   */
  private static boolean statusIn(Doc.Para p, int from, int to, Set<String> words) {
    Tokens t = p.tokens;
    for (int k = Math.max(0, from); k < to && k < t.size(); k++) {
      if (t.type(k) == Tokens.WORD && (p.flags(k) & WordFlags.STATUS) != 0 && words.contains(lower(t, k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A word of talks under way in [from, to) that a modal of the future governs: "the talks will
   * continue on Wednesday", "would resume", "are due to continue", "are set to resume": the next
   * session, still to come (the talks so far are a meeting of their own).
   */
  private static boolean ongoingAhead(Doc.Para p, int from, int to) {
    Tokens t = p.tokens;
    for (int k = Math.max(1, from); k < to && k < t.size(); k++) {
      if (t.type(k) == Tokens.WORD && (p.flags(k) & WordFlags.STATUS) != 0 && ONGOING.contains(lower(t, k))) {
        int v = k - 1;
        if (v > from && t.is(v, "not")) {
          v--;
        }
        boolean ahead = t.is(v, "will") || t.is(v, "would") || t.is(v, "to") && v > 0 && PLANNED_WORDS.contains(lower(t, v - 1));
        // not the talks of a relative clause ("talks that are due to continue on Thursday" are under way),
        // nor an activity that goes on ("will continue facilitating negotiations")
        for (int r = Math.max(from, k - 5); r < k && ahead; r++) {
          ahead = !t.is(r, "that") && !t.is(r, "which");
        }
        return ahead && !(k + 1 < t.size() && t.get(k + 1).endsWith("ing"));
      }
    }
    return false;
  }

  /** Verbs before "off" that cancel ("called off") or say a thing is off ("the summit is off"). */
  private static final Set<String> OFF_VERBS = StringSet.of("call", "calls", "called", "calling", "is", "was", "are", "were",
      "be", "been", "being");

  /**
   * Whether the event noun at {@code trigger} is modified by "separate" ("a separate bilateral
   * meeting", "separate talks"): another event than the one just told, even of the same people.
   */
  private static boolean separateMention(Tokens t, int trigger, int from) {
    for (int k = trigger - 1; k >= Math.max(from, trigger - 3); k--) {
      if (t.type(k) != Tokens.WORD) {
        return false;
      }
      if (t.is(k, "separate")) {
        return true;
      }
    }
    return false;
  }

  /** Words a verb group may have before its participle: "has been called off", "was abruptly cancelled". */
  private static final Set<String> AUXILIARIES_BEFORE_PARTICIPLE = StringSet.of("was", "were", "has", "have", "had",
      "been", "is", "are", "be", "now", "since", "later", "also", "abruptly", "suddenly", "then", "finally");

  /**
   * Whether the event noun at {@code trigger} is followed by a non-restrictive relative clause
   * (", which ...,") and then by a main verb of calling off ("was called off", "has been cancelled",
   * "was postponed"): the relative clause's plan ("which had been scheduled for May", "which was
   * due on Friday") is the past of an event that did not take place. Reads at most a constant
   * number of tokens.
   */
  private static boolean cancelledAfterRelative(Doc.Para p, int trigger, int to) {
    Tokens t = p.tokens;
    int end = Math.min(to, t.size());
    int open = -1;
    for (int k = trigger + 1; k + 1 < end && k < trigger + 16; k++) {
      if (t.is(k, ",")) {
        if (t.is(k + 1, "which")) {
          open = k;
        }
        break; // (only the first comma after the event noun may open its relative clause)
      }
      if (t.type(k) == Tokens.WORD && (p.flags(k) & (WordFlags.MEETING | WordFlags.STATUS)) != 0) {
        return false; // another event or a verb group of the event's own before any comma
      }
    }
    if (open < 0) {
      return false;
    }
    int close = -1;
    for (int k = open + 2; k < end && k < open + 26; k++) {
      if (t.is(k, ",")) {
        close = k;
        break;
      }
    }
    if (close < 0) {
      return false;
    }
    if (participleAfterAuxiliaries(p, open + 2, close)) {
      return true; // "an earlier round, which was cancelled at short notice, ...": the relative clause says so
    }
    return participleAfterAuxiliaries(p, close + 1, end);
  }

  /**
   * Whether a verb group of calling off opens at {@code start}, before {@code end}: one to four
   * auxiliaries and then the participle ("was cancelled", "has been called off", "was postponed").
   */
  private static boolean participleAfterAuxiliaries(Doc.Para p, int start, int end) {
    Tokens t = p.tokens;
    int k = start;
    while (k < end && k < start + 4 && t.type(k) == Tokens.WORD && AUXILIARIES_BEFORE_PARTICIPLE.contains(lower(t, k))) {
      k++;
    }
    if (k == start || k >= end || t.type(k) != Tokens.WORD) {
      return false; // no auxiliary: no verb group of the event's ("which Peru cancelled" aside)
    }
    return CALLED_OFF.contains(lower(t, k)) || calledOff(p, k, Math.min(end, k + 2));
  }

  /**
   * An "off" in [from, to) that cancels: after a form of "call" or "be" within three words ("called
   * the talks off", "the summit is off"), not "kick off talks", "set off for Oman".
   */
  private static boolean calledOff(Doc.Para p, int from, int to) {
    Tokens t = p.tokens;
    for (int k = Math.max(0, from); k < to && k < t.size(); k++) {
      if (t.type(k) == Tokens.WORD && (p.flags(k) & WordFlags.STATUS) != 0 && OFF.contains(lower(t, k))) {
        for (int j = k - 1; j >= Math.max(0, k - 3) && t.type(j) == Tokens.WORD; j--) {
          if (OFF_VERBS.contains(lower(t, j))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A verb in the past tense at {@code k}: "later spoke", "later held talks" tell of the past. */
  private static boolean pastAfter(Tokens t, int k) {
    if (k >= t.size() || t.type(k) != Tokens.WORD) {
      return false;
    }
    String w = lower(t, k);
    return PAST_VERBS.contains(w) || PAST_LIGHT_VERBS.contains(w) || pastTense(w) && !PLANNED_WORDS.contains(w);
  }

  /** A word shaped like a past tense ("interrupted", "held" aside): not "need", "red". */
  private static boolean pastTense(String w) {
    return w.length() > 4 && w.endsWith("ed");
  }

  /** Verbs after which "to meet" is an intention: "agreed to meet", "is due to visit". */
  private static final Set<String> INTENTION = StringSet.of(
      "agreed", "agree", "agrees", "plan", "plans", "planned", "planning", "expected", "due",
      "scheduled", "want", "wants", "wanted", "hope", "hopes", "hoped", "decided", "invited", "asked",
      "going", "set", "ready", "willing", "aim", "aims", "aimed", "intend", "intends", "intended",
      "proposed", "offered", "is", "are", "was", "were", "will", "would", "able", "likely", "seeks",
      "sought", "tried", "trying", "prepared", "preparing", "keen", "eager", "try", "promised",
      // nouns and verbs of effort: "stepped up efforts to arrange talks" strives for them
      "effort", "efforts", "attempt", "attempts", "bid", "working", "seeking", "striving");

  /**
   * Whether the "to" at {@code to} opens the purpose of a past action ("interrupted a meeting to call
   * Putin", "flew to Doha to meet the mediators"): a past-tense verb governs it, no verb of intention.
   */
  private static boolean pastPurpose(Tokens t, int to, int from) {
    for (int k = to - 1; k >= Math.max(from, to - 12); k--) {
      if (t.type(k) != Tokens.WORD) {
        return false;
      }
      String w = lower(t, k);
      if (INTENTION.contains(w)) {
        return false;
      }
      if (pastTense(w) && !PLANNED_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }


  /**
   * An event noun that is the object of an infinitive light verb: "agreed to hold another round of
   * talks", "decided to have a meeting", "plans to hold talks": the event is still to come, unless the
   * infinitive is the purpose of a past act ("travelled to Oslo to hold talks").
   */
  private static boolean toHold(Tokens t, int trigger, int from) {
    int light = Clause.lightVerb(t, trigger, from);
    if (light < 1 || !t.is(light - 1, "to") || !t.get(light).startsWith("h")) {
      return false; // (only "hold" and "have": "to open talks", "to join talks" are read elsewhere)
    }
    return !pastPurpose(t, light - 1, from); // ("agreed to", "decided to": an intention, not a past act)
  }

  /** Verbs that bring a meeting about without taking part in it: "arrange talks", "convene a summit". */
  private static final Set<String> ARRANGING = StringSet.of("arrange", "organise", "organize", "convene", "schedule",
      "broker", "facilitate", "set");

  /** Words of a commitment to what follows "to": "are committed to a meeting", "pledged to further talks". */
  private static final Set<String> COMMITTED = StringSet.of("committed", "commitment", "pledged", "pledge", "vowed");

  /**
   * An event noun that is the object of an infinitive of arranging, over a determiner and its
   * modifiers: "trying to arrange the first high-level talks", "efforts to set up a meeting",
   * "working to convene a summit", and one a commitment is made to ("are committed to a meeting
   * between their ministers"): the event is still to come (not "travelled to Oslo to arrange
   * talks", the purpose of a past act, read as such).
   */
  private static boolean toArrange(Tokens t, int trigger, int from) {
    for (int k = trigger - 1; k > from && k >= trigger - 7; k--) {
      if (t.is(k, "-") || t.type(k) == Tokens.NUMBER) {
        continue; // "the first high-level talks", "a 2-day summit"
      }
      if (t.type(k) != Tokens.WORD) {
        return false;
      }
      if (Bits.PHRASE_ENDS.contains(t, k)) {
        return false; // "to arrange a prisoner exchange after the talks": the talks are no object
      }
      if (t.is(k, "to") && t.type(k - 1) == Tokens.WORD && COMMITTED.contains(t.lower(k - 1))) {
        return true; // "the two are committed to a meeting between their ministers": one to come
      }
      int verb = t.is(k, "up") && t.is(k - 1, "set") ? k - 1 : k;
      if (ARRANGING.contains(t.get(verb)) && !t.is(verb, "set") || verb < k) {
        return verb > from && t.is(verb - 1, "to") && !pastPurpose(t, verb - 1, from);
      }
      if (t.capitalised(k)) {
        return false; // a name: "to arrange for Peru talks" is read elsewhere
      }
    }
    return false;
  }

  /**
   * The recent perfect: "have just spoken", "has just met", "had just returned from talks": an event
   * of the day of the report.
   */
  private static boolean justNow(Tokens t, int trigger, int from) {
    for (int k = trigger - 1; k > from && k >= trigger - 4; k--) {
      if (t.is(k, "just")) {
        return t.is(k - 1, "have") || t.is(k - 1, "has") || t.is(k - 1, "'ve");
      }
    }
    return false;
  }

  /** Plural heads that name people: "the two presidents" are people, whatever the sides of the talks before. */
  private static final Set<String> PEOPLE_HEADS = StringSet.of("leaders", "men", "women", "presidents", "ministers");
  private static final int PLURAL_HEAD = 1;
  private static final int PEOPLE_HEAD = 2;

  /**
   * "The pair met", "the two leaders last spoke", "They met": a plural subject right before the
   * trigger; {@link #PEOPLE_HEAD} when its head names people, {@link #PLURAL_HEAD} for any other, 0 for none.
   */
  private static int pluralSubject(Tokens t, int trigger, int from) {
    for (int k = trigger - 1; k >= Math.max(from, trigger - 4); k--) {
      if (t.is(k, "They") || t.is(k, "they")) {
        return PLURAL_HEAD;
      }
      if ((t.is(k, "their") || t.is(k, "Their")) && trigger - k <= 3 && lowerWordsBetween(t, k, trigger)) {
        return PLURAL_HEAD; // "their first summit", "their third call": the pair's own event
      }
      if (pluralPeople(t, k)) {
        return PEOPLE_HEADS.contains(t.get(k)) ? PEOPLE_HEAD : PLURAL_HEAD;
      }
    }
    return 0;
  }

  /**
   * "a phone call between the two", "talks between them", "the meeting between the two leaders": a
   * pair named by a plural right after "between" (as {@link #pluralSubject}); 0 for none.
   */
  private static int betweenThePair(Tokens t, int trigger, int to) {
    for (int k = trigger + 1; k + 1 < Math.min(to, trigger + 4); k++) {
      if (t.is(k, "between")) {
        if (t.is(k + 1, "them")) {
          return PLURAL_HEAD;
        }
        if (t.is(k + 1, "the") && k + 2 < to && t.is(k + 2, "two")) {
          // "between the two leaders": people; "between the two", "between the two countries": any pair
          return k + 3 < to && t.type(k + 3) == Tokens.WORD && PEOPLE_HEADS.contains(t.get(k + 3)) ? PEOPLE_HEAD : PLURAL_HEAD;
        }
        return 0;
      }
      if (t.type(k) != Tokens.WORD) {
        return 0;
      }
    }
    return 0;
  }

  /**
   * The last meeting with two sides or more, among the last {@link #MERGE_WINDOW} (a mention with one
   * side lends none); with {@code people}, the last whose sides hold two people, else (none such) the
   * last with any sides. Null for none.
   */
  private static Found lastWithSides(List<Found> earlier, boolean people) {
    Found any = null;
    for (int k = earlier.size() - 1; k >= Math.max(0, earlier.size() - MERGE_WINDOW); k--) {
      Found o = earlier.get(k);
      if (o.participants.size() < 2) {
        continue; // "X is due to meet business leaders": no sides to lend
      }
      if (!people) {
        return o;
      }
      any = any == null ? o : any;
      int persons = 0;
      for (ActorRec a : o.participants) {
        persons += a.kind == ActorKind.PERSON ? 1 : 0;
      }
      if (persons >= 2) {
        return o;
      }
    }
    return any;
  }


  /** Whether only lower-case words stand in (from, to): "their first summit". */
  private static boolean lowerWordsBetween(Tokens t, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (t.type(k) != Tokens.WORD || t.capitalised(k)) {
        return false;
      }
    }
    return true;
  }

  /** The actor whose possessive qualifies the trigger: "Putin's call", "Zelensky's upcoming visit". */
  private static ActorRec owner(ActorStage.Result actors, Doc.Para p, int trigger) {
    Tokens t = p.tokens;
    for (int k = trigger - 1; k >= Math.max(1, trigger - 3); k--) {
      if (t.type(k) == Tokens.POSSESSIVE) {
        for (Mention m : Mention.starting(actors.mentions.get(p.index), k - actors.longest(p.index), k)) {
          if (m.to == k) {
            return m.actor;
          }
        }
        return null;
      }
      if (t.type(k) != Tokens.WORD) {
        return null;
      }
    }
    return null;
  }

  /** Words in "-ing" that open a sentence and are no participle: "During the talks", "Nothing". */
  private static final Set<String> NOT_PARTICIPLES = StringSet.of("during", "nothing", "something", "everything",
      "anything", "morning", "evening", "king", "wedding", "building", "meeting", "spring", "thing", "notwithstanding");

  /**
   * The person a pronoun at {@code k} refers to ahead of it, when the pronoun stands in a participle
   * clause opening its sentence ("Describing his call with X as warm, Salas said ..."): the
   * participle's subject is the main clause's, the first person named within six words after the
   * comma that closes the opening clause; or null.
   */
  private static ActorRec participleSubject(ActorStage.Result actors, Doc.Para p, int sentenceStart, int k) {
    Tokens t = p.tokens;
    if (sentenceStart >= k || t.type(sentenceStart) != Tokens.WORD || !t.capitalised(sentenceStart)
        || !lower(t, sentenceStart).endsWith("ing") || t.end(sentenceStart) - t.start(sentenceStart) < 5
        || NOT_PARTICIPLES.contains(lower(t, sentenceStart))
        || !Mention.starting(actors.mentions.get(p.index), sentenceStart, sentenceStart + 1).isEmpty()) {
      return null; // ("Beijing praised ...", "During ...": a name, a preposition)
    }
    int end = p.sentenceEnd(p.sentenceOf(k));
    for (int c = k + 1; c < end && c < k + 30; c++) {
      if (t.is(c, ",")) {
        for (Mention m : Mention.starting(actors.mentions.get(p.index), c + 1, c + 7)) {
          if (m.actor.kind == ActorKind.PERSON && !m.quoted) {
            return m.actor;
          }
        }
        return null;
      }
    }
    return null;
  }

  /**
   * "where he met": a pronoun subject right before the trigger, resolved to the first person of its
   * sentence, else to the last person named before.
   */
  private static ActorRec pronounSubject(Doc doc, ActorStage.Result actors, Doc.Para p, int trigger, int from) {
    Tokens t = p.tokens;
    int k = trigger - 1;
    while (k >= from && k >= trigger - 3 && !PRONOUNS.contains(t.get(k))) {
      k--;
    }
    if (k < from || k < 0 || !PRONOUNS.contains(t.get(k))) {
      return null;
    }
    // "Trump said he would update Zelensky on his talks with Putin": the sentence's first person,
    // its subject, before anyone named later in it
    int sentenceStart = p.sentenceStart(p.sentenceOf(k));
    for (Mention m : Mention.starting(actors.mentions.get(p.index), sentenceStart, k)) {
      if (m.actor.kind == ActorKind.PERSON && m.from >= sentenceStart && m.from < k && !m.quoted) {
        return m.actor;
      }
    }
    ActorRec ahead = participleSubject(actors, p, sentenceStart, k);
    if (ahead != null) {
      return ahead;
    }
    ActorRec subject = earlierSubject(doc, actors, p, k);
    if (subject != null) {
      return subject;
    }
    for (int q = p.index; q >= Math.max(0, p.index - 1); q--) {
      List<Mention> ms = actors.mentions.get(q);
      for (int i = (q < p.index ? ms.size() : Mention.first(ms, k)) - 1; i >= 0; i--) {
        Mention m = ms.get(i);
        if (m.actor.kind == ActorKind.PERSON && (q < p.index || m.from < k)) {
          return m.actor;
        }
      }
    }
    return null;
  }

  /** Words a sentence's subject stands within: the first few after its start. */
  private static final int SUBJECT_REACH = 6;

  /**
   * The antecedent of a pronoun subject by grammatical role: the person who is the subject of the
   * nearest earlier sentence (of this paragraph or the one before) that names one as subject; a
   * sentence whose own subject is a pronoun continues the same chain ("Mr X held talks. He met A,
   * B and C. Earlier, he ..." is X each time, not C). Null when no sentence within reach has one.
   */
  private static ActorRec earlierSubject(Doc doc, ActorStage.Result actors, Doc.Para p, int k) {
    int looked = 0;
    for (int q = p.index; q >= Math.max(0, p.index - 3) && looked < 4; q--) {
      Doc.Para pq = doc.paras.get(q);
      if (pq.heading()) {
        return null;
      }
      List<Mention> ms = actors.mentions.get(q);
      Tokens t = pq.tokens;
      int last = q == p.index ? p.sentenceOf(k) - 1 : pq.sentenceStarts.length - 1;
      for (int s = last; s >= 0 && looked < 4; s--, looked++) {
        int a = pq.sentenceStart(s);
        int end = Math.min(pq.sentenceEnd(s), a + SUBJECT_REACH);
        int pronoun = -1;
        for (int x = a; x < end && pronoun < 0; x++) {
          pronoun = t.is(x, "he") || t.is(x, "He") || t.is(x, "she") || t.is(x, "She") ? x : -1;
        }
        int i = Mention.first(ms, a);
        if (i < ms.size() && ms.get(i).from < end && (pronoun < 0 || ms.get(i).from < pronoun) && !ms.get(i).quoted
            && ms.get(i).actor.kind == ActorKind.PERSON
            && !(ms.get(i).to < t.size() && t.type(ms.get(i).to) == Tokens.POSSESSIVE)) {
          return ms.get(i).actor;
        }
        if (pronoun < 0) {
          return null; // a sentence about someone or something else: the chain is broken
        }
      }
    }
    return null;
  }

  /** Named only after the trigger, after a comma, as the subject of a reporting verb. */
  private static boolean reportsAfter(ActorStage.Result actors, Doc.Para p, ActorRec a, int trigger, int to) {
    Tokens t = p.tokens;
    boolean reporting = false;
    for (Mention m : actors.of(a, p.index)) {
      if (m.from >= to) {
        break; // and so are all after it: it ends after the clause
      }
      if (m.actor != a || m.to > to) {
        continue;
      }
      if (m.from < trigger) {
        return false;
      }
      boolean verbAfter = m.to < t.size() && t.type(m.to) == Tokens.WORD && Bits.SAYING.contains(t, m.to);
      boolean commaBefore = false;
      for (int k = m.from - 1; k > trigger; k--) {
        if (t.is(k, ",")) {
          commaBefore = true;
          break;
        }
        if (t.type(k) != Tokens.WORD) {
          break;
        }
      }
      if (!(verbAfter && commaBefore)) {
        return false;
      }
      reporting = true;
    }
    return reporting;
  }

  /**
   * The actors named in the clause as the agents of a word of mediation ("talks mediated by X",
   * "were facilitated by the African Union and Kenya"): go-betweens, not sides. Read once per
   * meeting, not once per actor the clause names.
   */
  private List<ActorRec> mediationAgents(ActorStage.Result actors, Doc.Para p, int from, int to) {
    Tokens t = p.tokens;
    List<ActorRec> out = new ArrayList<>(0);
    // where "by" stands is found once per paragraph: most clauses have none to read
    int[] bys = p.positions(BY, k -> t.is(k, "by"));
    for (int j = Doc.Para.first(bys, from); j < bys.length && bys[j] < to; j++) {
      if (!roleAgent(t, bys[j])) {
        continue;
      }
      // (the agents end where a phrase of the sides begins: "hosted by Ecuador between Peru and
      // Chile"; looked for as far as listAfter reads, 18 tokens)
      int end = bys[j] + 1;
      while (end < Math.min(to, bys[j] + 18) && !t.is(end, "between") && !t.is(end, "among")) {
        end++;
      }
      out.addAll(listAfter(actors, p, bys[j], end < to && (t.is(end, "between") || t.is(end, "among")) ? end : to));
    }
    return out;
  }

  /** Verbs of bringing sides together, in any form: their subject is a go-between. */
  private static final Set<String> MEDIATING_VERBS = StringSet.of("mediate", "mediates", "mediated", "mediating",
      "broker", "brokers", "brokered", "brokering", "facilitate", "facilitates", "facilitated", "facilitating",
      "sponsor", "sponsors", "sponsored", "sponsoring");

  /**
   * "Brazil facilitated negotiations between Peru and Chile", "Norway will keep mediating talks
   * between the two sides": named right before a verb of mediation (and its auxiliaries) whose
   * object is the event (at most three words between, none a name), with the sides after
   * "between" or "among", the verb's subject is a go-between, not a side: those named so (none,
   * mostly), read once per clause.
   */
  private static List<ActorRec> mediatingSubjects(ActorStage.Result actors, Doc.Para p, int from, int trigger, int to) {
    Tokens t = p.tokens;
    int verb = -1;
    for (int k = trigger - 1; k >= Math.max(from, trigger - 4) && verb < 0; k--) {
      if (t.type(k) != Tokens.WORD || t.capitalised(k)) {
        return List.of();
      }
      if (MEDIATING_VERBS.contains(lower(t, k))) {
        verb = k;
      }
    }
    if (verb < 0 || trigger + 1 >= Math.min(to, t.size()) || !(t.is(trigger + 1, "between") || t.is(trigger + 1, "among"))) {
      return List.of();
    }
    // the verb's own subject: named right before it and its auxiliaries ("Brazil will continue
    // facilitating", "Norway has been mediating"), not a name further back ("Chile said Brazil brokered")
    int k = verb - 1;
    while (k >= from && k > verb - 5 && t.type(k) == Tokens.WORD && VERB_GROUP_WORDS_BEFORE_MEDIATION.contains(lower(t, k))) {
      k--;
    }
    List<ActorRec> subjects = new ArrayList<>(1);
    for (Mention m : Mention.starting(actors.mentions.get(p.index), Math.max(from, k - 8), k + 1)) {
      if (m.to == k + 1) {
        subjects.add(m.actor);
      }
    }
    return subjects;
  }

  /** Words between a go-between and its verb of mediation: "will continue facilitating", "has been mediating". */
  private static final Set<String> VERB_GROUP_WORDS_BEFORE_MEDIATION = StringSet.of("will", "would", "has", "have", "had",
      "been", "is", "was", "are", "were", "continue", "continues", "continued", "keep", "keeps", "kept", "also", "to",
      "helped", "help", "helps", "be", "successfully", "jointly", "reportedly");

  /** Key of {@link Doc.Para#positions} for the places of "by". */
  private static final Object BY = new Object();

  /** Named only as the subject of a reporting verb before the trigger ("Peskov described the meeting"). */
  private static boolean speakerOnly(ActorStage.Result actors, Doc.Para p, ActorRec a, int from, int trigger) {
    Tokens t = p.tokens;
    // a's mentions from the clause on: none after the trigger, and where the last of them ends
    List<Mention> own = actors.of(a, p.index);
    Mention latest = own.isEmpty() ? null : own.get(own.size() - 1);
    if (latest != null && latest.from >= from && latest.from > trigger) {
      return false;
    }
    int last = latest != null && latest.from >= from ? latest.to : -1;
    if (last < 0) {
      return false;
    }
    for (int k = last; k < trigger; k++) {
      if (t.type(k) == Tokens.WORD && Bits.SAYING.contains(t, k) && !commitment(t, k, trigger)
          && !settingOf(t, k, trigger)) {
        return true;
      }
    }
    return false;
  }

  /** Prepositions of an adjunct that sets a verb of saying in an event: "agreed during a call". */
  private static final Set<String> SETTING_PREPOSITIONS = StringSet.of("during", "in", "at", "over", "on");

  /**
   * Whether the event word at {@code trigger} stands in an adjunct of the verb at {@code k} that
   * says where it was said: "A and B agreed during a phone call to ...", "X said in a call", "X
   * said at the talks" (a preposition right after the verb, then at most three lower-case words):
   * the speakers took part.
   */
  private static boolean settingOf(Tokens t, int k, int trigger) {
    if (trigger - k < 2 || trigger - k > 5 || !SETTING_PREPOSITIONS.contains(lower(t, k + 1))) {
      return false;
    }
    for (int j = k + 2; j < trigger; j++) {
      if (t.type(j) != Tokens.WORD || t.capitalised(j)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the verb of saying at {@code k} is a commitment: "to" follows it, a date at most between
   * ("agreed to resume talks", "promised to meet", "agreed on Sunday to a truce after talks").
   */
  private static boolean commitment(Tokens t, int k, int trigger) {
    int j = k + 1;
    if (j < trigger && t.is(j, "on")) {
      j = afterDateOn(t, j, trigger);
    }
    return j > 0 && j < trigger && t.is(j, "to");
  }

  private static boolean affiliationOfAny(List<ActorRec> people, ActorRec org) {
    for (ActorRec a : people) {
      if (a.kind == ActorKind.PERSON && org.name.equals(a.affiliation)) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentionedOnlyBefore(ActorStage.Result actors, Doc.Para p, ActorRec a, int verb, int from) {
    List<Mention> own = actors.of(a, p.index); // sorted: the last starts latest
    return own.isEmpty() || own.get(own.size() - 1).from <= verb;
  }

  /** Keys of {@link Doc.Para#positions}: the words that can open a meeting's topic; reporting verbs and denials. */
  private static final Object TOPIC_CUES = new Object();
  private static final Object REPORT_OR_DENIAL = new Object();

  /** "focused on the war in Ukraine", "to discuss trade": what the meeting was about. */
  private static void topics(Doc.Para p, int trigger, int to, Found f) {
    Tokens t = p.tokens;
    int[] cues = p.positions(TOPIC_CUES, k -> t.is(k, "focused") || t.is(k, "focusing") || t.is(k, "centred")
        || t.is(k, "centered") || t.is(k, "discuss") || t.is(k, "discussed") || t.is(k, "on"));
    for (int j = Doc.Para.first(cues, trigger); j < cues.length && cues[j] + 2 < to; j++) {
      int k = cues[j];
      // every token, the first times a paragraph is asked: the cues' first letters turn most away
      char c = t.firstChar(k);
      if (c != 'f' && c != 'c' && c != 'd' && c != 'o') {
        continue;
      }
      boolean on = (t.is(k, "focused") || t.is(k, "focusing") || t.is(k, "centred") || t.is(k, "centered"))
          && t.is(k + 1, "on");
      boolean discuss = t.is(k, "discuss") || t.is(k, "discussed") || t.is(k, "on") && (t.is(k - 1, "talks"));
      if (on || discuss) {
        int s = on ? k + 2 : k + 1;
        if (t.is(s, "the")) {
          s++;
        }
        int e = s;
        while (e < to && e - s < 8 && t.type(e) == Tokens.WORD && !t.is(e, "and") && !t.is(e, "were")
            && !t.is(e, "was") && !t.is(e, "with")) {
          e++;
        }
        if (e > s) {
          String topic = t.span(s, e);
          if (!topic.isBlank() && !f.topics.contains(topic)) {
            f.topics.add(topic);
          }
        }
        return;
      }
    }
  }

  /**
   * Adds {@code f} to an earlier meeting it speaks of, or appends it. The same meeting: a definite
   * "the talks"/"the meeting" in the next paragraphs, or the same kind and status sharing a person.
   */
  private static void merge(List<Found> out, Found f, Tokens t, int trigger) {
    int determiner = determinerOf(t, trigger);
    boolean definite = determiner >= 0 || weekdays(t, trigger);
    // "expected the talks to lead to an exchange": a wish about what the event brings, not its status
    boolean outcome = determiner > 0 && outcomeOf(t, determiner, trigger);
    // "the (next) G7 summit", "the Doha talks" again (a capitalised word between the determiner and
    // the noun): an event named by its forum or place is the last one of that noun with the same
    // status, planned or possible too ("an invitation to attend the next G7 summit")
    boolean named = determiner >= 0 && determiner < trigger - 1 && t.capitalised(trigger - 1);
    // "the summit" speaks first of the last summit
    int same = -1;
    if (definite) {
      for (int k = out.size() - 1; k >= Math.max(0, out.size() - MERGE_WINDOW) && same < 0; k--) {
        Found o = out.get(k);
        if (noun(f.trigger).equals(noun(o.trigger)) && (o.status == f.status || outcome) && o.kind == f.kind) {
          same = k;
        }
      }
    }
    // the same meeting is spoken of nearby: looking back a bounded number keeps the stage linear
    for (int k = same >= 0 ? same : out.size() - 1; k >= Math.max(0, out.size() - MERGE_WINDOW); k--) {
      Found o = out.get(k);
      // "X discussed trade with Y in a phone call": a discussion in the sentence of a call is the call
      boolean discussion = o.para == f.para && o.sentence == f.sentence
          && (o.trigger.equals("discussed") || f.trigger.equals("discussed"));
      boolean sameKind = o.kind == f.kind || discussion || o.kind != MeetingKind.PHONE_CALL && f.kind != MeetingKind.PHONE_CALL
          && o.kind != MeetingKind.VIDEO_CALL && f.kind != MeetingKind.VIDEO_CALL;
      if (!sameKind || o.status != f.status && !definite) {
        continue; // neither the same event spoken of again nor one alike: dates, places and sides unread
      }
      boolean compatibleDate = o.date == null || f.date == null || o.date.contains(f.date) || f.date.contains(o.date);
      boolean compatiblePlace = samePlace(o.location, f.location)
          && (!f.placed && !o.placed || o.location != null && f.location != null);
      boolean sameSentence = o.para == f.para && o.sentence == f.sentence
          && o.status == f.status && compatibleDate && compatiblePlace && k == out.size() - 1;
      // "Israel and Hamas resumed the indirect talks" after Russia and Ukraine's talks, "The trilateral
      // meeting" of A, B and C after a meeting of D alone: sides of its own that share no one (read
      // last: the sides are compared only when the rest holds)
      boolean anaphora = sameSentence || definite && compatiblePlace && compatibleDate
          && (o.status == MeetingStatus.HELD && f.status == MeetingStatus.HELD || k == same && (outcome || named))
          && !(f.participants.size() >= 2 && disjointSides(f, o));
      boolean alike = o.status == f.status && compatibleDate && compatiblePlace;
      if (!anaphora && !alike) {
        continue; // nothing to merge: the participants need not be compared
      }
      if ((f.apart || o.apart) && f.explicit && !o.participants.equals(f.participants)) {
        continue; // "X met A, B and C": each meeting has its own sides
      }
      if ((f.separate || o.separate) && !o.participants.equals(f.participants)) {
        continue; // "a separate meeting" of some of the same people is another event
      }
      if (!definite && otherObjects(f, o)) {
        // "X resumed talks with A and will open talks with B": two events, one per object (a definite
        // "the talks, attended by A" refers back and adds its names)
        continue;
      }
      // the same people: every person of one is in the other (a meeting of Trump and Putin is not
      // the same as one of Trump and Zelensky)
      boolean sharePerson = samePeople(f, o) || samePeople(o, f)
          || sameSides(f, o) || sameSides(o, f);
      if (anaphora || sharePerson && sameKind && o.status == f.status && compatibleDate && compatiblePlace) {
        // "the meeting" adds no one unless it names its participants, or the earlier mention had no
        // sides of its own and this is a round of a series ("the talks in Havana follow rounds in
        // Caracas": the series' sides)
        if (!anaphora || f.explicit || sharePerson || o.participants.size() < 2 && f.series) {
          o.participants.addAll(f.participants);
        }
        if (o.location == null) {
          o.location = f.location;
        }
        if (o.date == null || f.date != null && o.date.contains(f.date)) {
          o.date = f.date; // the finer date of the same meeting
        }
        if (o.host == null) {
          o.host = f.host;
        }
        for (String topic : f.topics) {
          if (!o.topics.contains(topic)) {
            o.topics.add(topic);
          }
        }
        o.evidence.addAll(f.evidence);
        if (discussion && o.trigger.equals("discussed") && !f.trigger.equals("discussed")) {
          o.kind = f.kind; // the discussion was held as the call (or the meeting) named with it
        }
        return;
      }
    }
    out.add(f);
  }

  /**
   * Whether two places may be where one meeting was: either is unknown, they are named alike, or one
   * is the state the other lies in ("met in Cuba", then "the talks in Havana").
   */
  static boolean samePlace(io.github.newsevents.model.Place a, io.github.newsevents.model.Place b) {
    if (a == null || b == null || a.name().equals(b.name())) {
      return true;
    }
    return a.country().isPresent() && a.country().equals(b.country()) && (isState(a) || isState(b));
  }

  private static boolean isState(io.github.newsevents.model.Place place) {
    return place.country().flatMap(c -> Gazetteer.defaults().state(c))
        .map(e -> e.name().equals(place.name()) || e.aliases().contains(place.name())).orElse(false);
  }

  /**
   * Whether two mentions each name their own other side after the event word and no side of one
   * stands for a side of the other ("talks with A" and "talks with B"): two events, however close.
   */
  private static boolean otherObjects(Found f, Found o) {
    if (f.objects.isEmpty() && o.objects.isEmpty()) {
      return false;
    }
    if (o.objects.isEmpty() || f.objects.isEmpty()) {
      // "A and B met", then "A ... meeting with C": an object that is none of the sides met before
      // is another meeting of one of them
      Found withObjects = o.objects.isEmpty() ? f : o;
      Found without = withObjects == f ? o : f;
      if (without.participants.size() < 2 || f.para == o.para && f.sentence == o.sentence) {
        return false; // (in one sentence, "met officials and was received by the president": one visit)
      }
      for (ActorRec a : withObjects.objects) {
        for (ActorRec b : without.participants) {
          if (standsFor(a, b) || standsFor(b, a)) {
            return false;
          }
        }
      }
      return true;
    }
    for (ActorRec a : f.objects) {
      for (ActorRec b : o.participants) {
        if (standsFor(a, b)) {
          return false;
        }
      }
    }
    for (ActorRec a : o.objects) {
      for (ActorRec b : f.participants) {
        if (standsFor(a, b)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The same actor, or a state and an actor of that state ("Russia" and its president). */
  private static boolean standsFor(ActorRec a, ActorRec b) {
    return a == b || (a.kind == ActorKind.STATE || b.kind == ActorKind.STATE) && a.country != null
        && a.country.equals(b.country);
  }

  /**
   * "the talks", "that meeting", "Monday's summit", "the intra-Afghan negotiations": a trigger
   * the article has spoken of before (adjectives may stand between the article and the noun).
   */
  private static boolean definite(Tokens t, int trigger) {
    return weekdays(t, trigger) || determinerOf(t, trigger) >= 0;
  }

  /** "Monday's talks": a weekday's event is a definite one. */
  private static boolean weekdays(Tokens t, int trigger) {
    return trigger > 1 && t.type(trigger - 1) == Tokens.POSSESSIVE && Lexicon.WEEKDAYS.contains(t.get(trigger - 2));
  }

  /**
   * The definite determiner of the event noun at {@code trigger}, or -1: "the talks", "that truce",
   * and "the" with up to three modifiers that describe the event ("the two-day trilateral talks",
   * "the US-led peace talks", a capitalised forum or place right before the noun: "the NATO summit",
   * "the Doha talks", "the next G-20 summit"); none that tells another one of a series ("the next
   * round of talks").
   */
  private static int determinerOf(Tokens t, int trigger) {
    int k = trigger - 1;
    while (k > 0 && k >= trigger - 3 && t.type(k) == Tokens.WORD && !determiner(t, k)
        && (DESCRIBING.contains(t.lower(k)) || t.get(k).indexOf('-') > 0 && !t.lower(k).startsWith("next")
            || t.is(k, "next") && k + 1 < trigger && t.capitalised(k + 1)
            || k == trigger - 1 && t.capitalised(k))) {
      k--;
    }
    return k >= 0 && determiner(t, k) ? k : -1;
  }

  private static boolean determiner(Tokens t, int k) {
    return t.is(k, "The") || t.is(k, "the") || t.is(k, "This") || t.is(k, "that");
  }

  /** The narrow definite of a wish's object: "ready for the talks" (not "ready for the direct talks"). */
  private static boolean plainDefinite(Tokens t, int trigger) {
    return trigger > 0 && determiner(t, trigger - 1)
        || trigger > 1 && t.get(trigger - 1).indexOf('-') > 0 && (t.is(trigger - 2, "The") || t.is(trigger - 2, "the"));
  }

  /** Modifiers of an event noun that describe the event itself: "the trilateral talks", "the peace talks". */
  private static final Set<String> DESCRIBING = StringSet.of("trilateral", "bilateral", "tripartite", "peace", "direct",
      "indirect", "recent", "latest", "formal", "informal", "landmark", "historic", "closed-door");

  /** Verbs after "the talks to" that tell the event itself will happen, not what it brings. */
  private static final Set<String> HAPPENING = StringSet.of("begin", "start", "resume", "take", "be", "open",
      "happen", "convene", "go", "get", "kick", "restart", "reopen", "proceed", "commence");
  /** Verbs of expecting or wishing that take an event and an infinitive: "expected the talks to lead to". */
  private static final Set<String> EXPECTING = StringSet.of("expected", "expects", "expect", "expecting", "wants",
      "want", "wanted", "wanting", "hoped", "hopes", "hope", "hoping", "urged", "urges", "urge", "urging", "needs",
      "need", "needed", "wished", "wishes", "wish", "asked", "asks");

  /**
   * Whether the event noun at {@code trigger}, with its determiner at {@code determiner}, is the
   * object of a verb of expecting or wishing followed by an infinitive that tells what the event
   * should bring: "expected the talks to lead to an exchange", "wants the meeting to produce a
   * deal". The verb's modality is the infinitive's; the event is the one spoken of. Not "expected
   * the talks to begin on Monday" (that tells the event itself) nor "will hold the talks to discuss
   * trade" (a purpose).
   */
  private static boolean outcomeOf(Tokens t, int determiner, int trigger) {
    return trigger + 2 < t.size() && t.is(trigger + 1, "to") && t.type(trigger + 2) == Tokens.WORD
        && !t.capitalised(trigger + 2) && !HAPPENING.contains(t.lower(trigger + 2))
        && t.type(determiner - 1) == Tokens.WORD && EXPECTING.contains(t.lower(determiner - 1));
  }

  /** Quantifiers of a plural event noun that count several events: "several bilateral meetings". */
  private static final Set<String> SEVERAL = StringSet.of("several", "many", "numerous", "multiple", "various",
      "dozens", "series", "number", "string", "flurry", "round");

  /**
   * Whether the plural event noun at {@code trigger} counts several events of one subject: "X held
   * several bilateral meetings", "Y made a series of calls" (a quantifier within three words before
   * it), with no coordinated subject before the verb ("A and B held several meetings" are theirs).
   */
  private static boolean severalApart(Tokens t, int trigger, int from) {
    if (!t.is(trigger, "meetings") && !t.is(trigger, "calls") && !t.is(trigger, "visits")) {
      return false;
    }
    for (int k = trigger - 1; k >= Math.max(from, trigger - 4); k--) {
      if (t.type(k) != Tokens.WORD || t.capitalised(k)) {
        return false;
      }
      if (SEVERAL.contains(t.lower(k))) {
        int verb = k - 1;
        while (verb >= from && (t.is(verb, "a") || t.is(verb, "of"))) { // "a series of", "a number of"
          verb--;
        }
        return verb > from && t.type(verb) == Tokens.WORD && !t.capitalised(verb) && oneNamedSubject(t, verb, from);
      }
    }
    return false;
  }

  /**
   * Whether one name is the subject right before the verb at {@code verb} ("Prime Minister Ana Soto
   * held", "Mr Soto has held"): a capitalised word before it (auxiliaries skipped) and no "and" in the
   * six words before that; not "Chilean and Peruvian negotiators", "the two sides", "officials".
   */
  private static boolean oneNamedSubject(Tokens t, int verb, int from) {
    int k = verb - 1;
    while (k > from && (t.is(k, "have") || t.is(k, "has") || t.is(k, "had") || t.is(k, "also"))) {
      k--;
    }
    if (k < from || t.type(k) != Tokens.WORD || !t.capitalised(k)) {
      return false;
    }
    for (int j = k - 1; j >= Math.max(from, k - 6); j--) {
      if (t.is(j, "and") || t.is(j, "&")) {
        return false;
      }
    }
    return true;
  }

  /** The trigger as the noun a later reference uses: a summit is a meeting. */
  private static String noun(String trigger) {
    return trigger.equals("summit") || trigger.equals("meetings") ? "meeting" : trigger;
  }

  /** Whether two meetings with sides have no side in common, none standing for one of the other's or of its country. */
  private static boolean disjointSides(Found f, Found o) {
    if (o.participants.isEmpty()) {
      return false;
    }
    for (ActorRec a : f.participants) {
      for (ActorRec b : o.participants) {
        if (a == b || standsFor(a, b) || standsFor(b, a) || a.country != null && a.country.equals(b.country)) {
          return false; // (people of a state are its side: "attended by Russian officials A and B")
        }
      }
    }
    return true;
  }

  /** Talks between states or groups only, all of whose sides the other meeting has too. */
  private static boolean sameSides(Found a, Found b) {
    if (a.participants.size() < 2 && !a.amongThemselves) {
      return false;
    }
    for (ActorRec x : a.participants) {
      if (x.kind == ActorKind.PERSON || !b.participants.contains(x) && !memberOf(x, b)) {
        return false;
      }
    }
    return true;
  }

  /** "ASEAN leaders" at a meeting of ASEAN: a group of a forum that takes part. */
  private static boolean memberOf(ActorRec group, Found b) {
    if (group.kind != ActorKind.GROUP || group.affiliation == null) {
      return false;
    }
    for (ActorRec x : b.participants) {
      if (x.kind == ActorKind.ORGANIZATION && group.affiliation.equals(x.name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean samePeople(Found a, Found b) {
    if (a.participants.isEmpty()) {
      return false; // no one to compare (and no iterator for merge's look-back to make)
    }
    int people = 0;
    for (ActorRec x : a.participants) {
      if (x.kind == ActorKind.PERSON) {
        if (!b.participants.contains(x)) {
          return false;
        }
        people++;
      }
    }
    return people > 0;
  }

  static Meeting toMeeting(Found f) {
    Meeting.Builder b = new Meeting.Builder()
        .addAllParticipants(ids(f.participants))
        .kind(f.kind)
        .status(f.status)
        .addAllTopics(f.topics)
        .addAllEvidence(new java.util.LinkedHashSet<>(f.evidence));
    if (f.location != null) {
      b.location(f.location);
    }
    if (f.date != null) {
      b.date(f.date);
    } else if (f.sentenceDate() != null) {
      b.date(f.sentenceDate());
    }
    if (f.host != null) {
      b.host(f.host.id);
    }
    return b.build();
  }
}
