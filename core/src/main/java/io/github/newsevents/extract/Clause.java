package io.github.newsevents.extract;

import io.github.newsevents.internal.StringSet;
import io.github.newsevents.internal.Tokens;
import io.github.newsevents.internal.VocabularySet;
import io.github.newsevents.model.ActorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The arguments of an event word's clause: who does it (the subject before the verb group) and with
 * whom (the items of the object or "with" list after it).
 *
 * <p>It reads the verb frames of news English:
 *
 * <ul>
 *   <li>a transitive verb and its objects: "X met Y", "X met separately on Friday with Y and Z";
 *   <li>a light verb and an event noun with "with": "X held talks with Y", "X had a call with Y";
 *   <li>an intransitive verb with "with" or "to": "X spoke by phone with Y on Sunday and with Z on Tuesday".
 * </ul>
 *
 * <p>An item of the list is one side: a person ("Chancellor Eva Brandt"); a title whose holder
 * follows in apposition ("his Danish counterpart, Lars Holm" is Holm); or, with no name given, the
 * state the title belongs to ("his Kenyan counterpart" is Kenya, "Mongolia's president" Mongolia).
 * A title after a named person ("Lars Holm, the Danish prime minister,") describes that person and
 * is no item of its own.
 *
 * <p>A single subject meeting a list of two or more sides with a verb of its own ("X met A, B and
 * C", "X held talks with A and B") reports one meeting per side, as news reads it, unless the clause
 * says they met together ("together", "jointly", "trilateral", "three-way").
 */
final class Clause {
  /** The subject's actors: one, or those of a coordinated subject ("Russia and Ukraine met"). */
  final List<ActorRec> subjects = new ArrayList<>(2);
  /** One actor per item of the object list, in text order. */
  final List<ActorRec> objects = new ArrayList<>(3);
  /** The token after the object list. */
  private int end;
  /** The event is a verb or a light verb's noun ("met", "held talks"), not a bare noun phrase. */
  boolean verbal;
  /** The clause says the sides met together: one meeting, not one per side. */
  boolean together;
  /**
   * The preposition is said again for each side ("spoke with X on Sunday and with Y on Tuesday"):
   * the subject met each of them, and they did not meet one another.
   */
  boolean separately;

  /** Verbs whose objects follow them: "met X", "telephoned X". */
  static final Set<String> TRANSITIVE = StringSet.of("met", "meet", "meets", "phoned", "telephoned", "hosted", "hosts",
      "received", "receives");
  /** Conjunctions before a participle adjunct: "after meeting X", "while meeting X". */
  private static final Set<String> PARTICIPLE_OPENERS = StringSet.of("after", "before", "while", "since", "when");
  /** Verbs of hosting: their guests are received together. */
  private static final Set<String> HOSTING = StringSet.of("hosted", "hosts", "received", "receives");
  /** Auxiliaries of the progressive: "is meeting X". */
  private static final Set<String> PROGRESSIVE = StringSet.of("is", "are", "was", "were", "be", "been", "am");
  /** Verbs whose other side follows "with" or "to": "spoke with X", "talked to X". */
  static final Set<String> WITH_VERBS = StringSet.of("spoke", "speak", "speaks", "talked", "talk", "talks", "conferred");
  /** Verbs that make an event noun a predicate: "held talks with", "had a call with". */
  static final Set<String> LIGHT_VERBS = StringSet.of("held", "hold", "holds", "holding", "had", "have", "has",
      "conducted", "began", "begun", "opened", "started", "join", "joined");
  /** Words between a verb and its objects: "met separately on Friday with", "spoke by phone with". */
  private static final Set<String> BRIDGE = StringSet.of("separately", "again", "briefly", "privately", "also", "later",
      "earlier", "on", "last", "by", "phone", "telephone", "the", "with", "to", "both", "today", "yesterday",
      "virtually", "online", "individually");
  /** Words that say the sides met as one: "met together", "a three-way meeting". */
  static final Set<String> TOGETHER = StringSet.of("together", "jointly", "joint", "trilateral", "three-way", "four-way",
      "all", "summit", "collectively");

  /**
   * {@link #LIGHT_VERBS} and {@link #TOGETHER} as bits over the vocabulary, for the words around
   * every trigger (a holder class: {@link KnownWords} reads this class's lists while it builds the
   * vocabulary the bits are made over).
   */
  private static final class Bits {
    static final VocabularySet LIGHT_VERBS = KnownWords.members(Clause.LIGHT_VERBS);
    static final VocabularySet TOGETHER = KnownWords.members(Clause.TOGETHER);
  }

  /** Nouns that stand for a person of another state: "his Kenyan counterpart". */
  static final Set<String> COUNTERPARTS = StringSet.of("counterpart", "counterparts", "opposite", "homologue");
  /** Words that end the object list. */
  private static final Set<String> END = StringSet.of("to", "on", "in", "at", "for", "after", "before", "following", "that",
      "which", "who", "whom", "where", "when", "during", "amid", "over", "about", "last", "this", "next", "but",
      "while", "as", "since", "said", "says", "told", "ahead", "under", "earlier", "later");

  /** The article, for the quotations: a side quoted from outside its quotation is no side of this clause. */
  private final Doc doc;
  private final int trigger;

  private Clause(Doc doc, int trigger) {
    this.doc = doc;
    this.trigger = trigger;
  }

  /**
   * The clause of the event word at {@code trigger} in [from, to), or null when the trigger has no
   * verb frame this analysis reads (a bare noun: "the talks", "a meeting between A and B").
   */
  static Clause of(EventStage stage, Doc doc, ActorStage.Result actors, Discourse discourse, Doc.Para p, int trigger,
      int from, int to) {
    Tokens t = p.tokens;
    String w = EventStage.lower(t, trigger);
    int objectsAt = -1;
    int verb = trigger;
    boolean verbal = false;
    // "is meeting X", "after meeting X": the progressive and the participle of "meet" take their
    // objects like "met"; the subject is the clause's ("X told reporters after meeting Y")
    boolean transitive = TRANSITIVE.contains(w) || w.equals("meeting") && trigger > 0
        && (PROGRESSIVE.contains(EventStage.lower(t, trigger - 1)) || PARTICIPLE_OPENERS.contains(EventStage.lower(t, trigger - 1)));
    int light = transitive ? -1 : lightVerb(t, trigger, from);
    if (transitive) {
      objectsAt = trigger + 1;
      verbal = true;
    } else if (light >= 0) {
      verb = light; // "held talks with", "had a phone call with"
      verbal = true;
      objectsAt = withAfter(t, trigger, to);
    } else {
      objectsAt = withAfter(t, trigger, to);
      verbal = objectsAt >= 0 && WITH_VERBS.contains(w) && !w.equals("talks"); // "spoke with", not "the talks with"
    }
    if (objectsAt < 0) {
      return null;
    }
    while (objectsAt < to && objectsAt < trigger + 8 && t.type(objectsAt) == Tokens.WORD
        && (BRIDGE.contains(t.lower(objectsAt)) || Lexicon.WEEKDAYS.contains(t.get(objectsAt)))
        && !(t.is(objectsAt, "the") && !t.is(objectsAt - 1, "with"))) {
      objectsAt++;
    }
    Clause c = new Clause(doc, trigger);
    c.verbal = verbal;
    c.objects(stage, actors, discourse, p, objectsAt, Math.min(to, objectsAt + 40));
    if (c.objects.isEmpty()) {
      return null;
    }
    c.subjects(stage, actors, discourse, p, verb, from);
    // a host receives its guests together: "X hosted A and B at the palace" is one meeting
    c.together = HOSTING.contains(w);
    for (int k = Math.max(from, trigger - 4); k < Math.min(to, c.end + 3); k++) {
      c.together |= t.type(k) == Tokens.WORD && Bits.TOGETHER.containsLower(t, k);
    }
    return c;
  }

  /** Whether the clause reports one meeting per side: a single subject, two or more sides, a verb. */
  boolean oneEach() {
    return verbal && !together && subjects.size() == 1 && objects.size() >= 2;
  }

  /**
   * The token after "with" (or "to" after a verb of speaking) within four words after the trigger,
   * or within seven when only adverbials of time and manner stand between ("spoke this morning on
   * telephone with X", "talked late on Sunday by video link with Y"); -1 when there is none.
   */
  private static int withAfter(Tokens t, int trigger, int to) {
    boolean adverbials = true; // every word so far says when or how
    for (int k = trigger + 1; k < to && k <= trigger + 7; k++) {
      if (t.is(k, "with") || t.is(k, "to") && k == trigger + 1 && WITH_VERBS.contains(t.lower(trigger))) {
        return k + 1;
      }
      if (t.type(k) != Tokens.WORD) {
        return -1;
      }
      adverbials &= TIME_AND_MANNER.contains(t.lower(k)) || Lexicon.WEEKDAYS.contains(t.get(k));
      if (k >= trigger + 4 && !adverbials) {
        return -1;
      }
    }
    return -1;
  }

  /** Words of adverbials of time and manner between a verb and its "with" phrase. */
  private static final Set<String> TIME_AND_MANNER = StringSet.of("this", "that", "morning", "afternoon", "evening",
      "night", "tonight", "today", "yesterday", "earlier", "later", "late", "early", "on", "by", "over", "via", "the",
      "a", "phone", "telephone", "video", "videoconference", "link", "briefly", "separately", "again", "also",
      "privately", "virtually", "online", "last", "week", "weekend");

  /** A light verb within three words before an event noun ("held talks", "had a phone call"), or -1. */
  static int lightVerb(Tokens t, int trigger, int from) {
    for (int k = trigger - 1; k >= Math.max(from, trigger - 4); k--) {
      if (t.type(k) != Tokens.WORD) {
        return -1;
      }
      if (Bits.LIGHT_VERBS.contains(t, k)) {
        return k;
      }
    }
    return -1;
  }

  /** Reads the list [at, to): items separated by commas and "and", appositions folded into their item. */
  private void objects(EventStage stage, ActorStage.Result actors, Discourse discourse, Doc.Para p, int at, int to) {
    Tokens t = p.tokens;
    List<Mention> ms = actors.mentions.get(p.index);
    ActorRec person = null;
    ActorRec side = null; // a state or body named in the item, or the state of a title
    boolean titleOnly = false; // the item so far is a title without its holder's name
    boolean apposition = false; // the item follows a named person after a comma alone
    boolean lastWasPerson = false;
    boolean any = false; // the item has any word of a name or title
    boolean titled = false; // the item has a title before any name ("the chairman of ...")
    boolean byTitle = false; // the item's person is named by a title alone
    int k = at;
    int m = Mention.first(ms, at);
    while (k < to) {
      while (m < ms.size() && ms.get(m).from < k) {
        m++;
      }
      if (m < ms.size() && ms.get(m).from == k) {
        Mention x = ms.get(m);
        if (doc.quotedApart(x, trigger)) {
          break;
        }
        if (x.actor.kind == ActorKind.PERSON) {
          person = x.actor;
          // "the President" taken for the president named before: a guess that a name in
          // apposition overrides ("the President of Peru, Ana Lopez")
          byTitle = !x.actor.name.contains(t.get(x.to - 1));
        } else if (EventStage.titleInside(actors, p, x)) {
          // "Vanuatu Prime Minister, Jotham Napat": a title whose holder follows in apposition
          titleOnly |= person == null && side == null;
        } else if (side == null && !EventStage.cityOfADocument(t, x)) { // (not "the Minsk Group")
          side = x.actor;
          // "Mongolia's president", "the Kenyan counterpart"; "the chairman of the Andean Council":
          // a title whose holder may follow in apposition
          titleOnly = x.to < t.size() && (t.type(x.to) == Tokens.POSSESSIVE || stage.index.title(t, x.to) != null
              || t.type(x.to) == Tokens.WORD && COUNTERPARTS.contains(t.lower(x.to)))
              || titled && ofBefore(t, x.from);
        }
        any = true;
        k = x.to;
        continue;
      }
      if (t.type(k) == Tokens.WORD && !t.is(k, "and") && END.contains(t.lower(k)) && !asWellAs(t, k, to)) {
        int again = andWith(t, k, to);
        if (again < 0 || !any) {
          break;
        }
        // "with X on Sunday and with Y on Tuesday": the adjunct ends the item, not the list
        separately = true;
        close(person, side, false);
        person = null;
        side = null;
        titleOnly = false;
        byTitle = false;
        titled = false;
        any = false;
        apposition = false;
        k = again;
        continue;
      }
      // "A, B and C, as well as D": "as well as" adds an item like "and"
      boolean asWell = asWellAs(t, k, to);
      if (t.is(k, ",") || t.is(k, "and") || t.is(k, "&") || asWell) {
        boolean comma = t.is(k, ",");
        int next = asWell ? k + 3 : k + 1;
        if (comma && next < to && t.is(next, "and")) {
          next++;
          comma = false;
        }
        if (comma && asWellAs(t, next, to)) {
          next += 3; // "A and B, as well as C"
          comma = false;
        }
        if (next < to && t.is(next, "with")) {
          next++; // "with X on Sunday and with Y on Tuesday"
          separately = true;
        }
        if (!comma && !asWell && person == null && titleOnly && next < to && t.is(k, "and")) {
          // "Qatar's Deputy Prime Minister and Foreign Minister X": two titles of one holder
          PhraseIndex.Match second = stage.index.title(t, next);
          int n = second == null ? ms.size() : Mention.first(ms, second.to);
          if (n < ms.size() && ms.get(n).from <= second.to + 1 && ms.get(n).actor.kind == ActorKind.PERSON) {
            k = next;
            continue;
          }
        }
        if (comma && (person == null && titleOnly || person != null && byTitle) && next < to) {
          // "his Danish counterpart, Lars Holm": the holder of the title; a readout's style of
          // address may stand before the name ("the President of Chile, H.E. Mr. Ana Lopez")
          int n = Mention.first(ms, next);
          int named = n < ms.size() && ms.get(n).from == next ? next : addressed(stage, t, next, to);
          n = named == next ? n : Mention.first(ms, named);
          if (n < ms.size() && ms.get(n).from == named && ms.get(n).actor.kind == ActorKind.PERSON) {
            k = named;
            continue;
          }
        }
        if (!any) {
          break; // two separators in a row, or a list that never started
        }
        if (comma && !listGoesOn(stage, t, next, to)) {
          break; // "During a call with X, Y urged ...": the comma closes the phrase, not a list item
        }
        boolean added = close(person, side, apposition && person == null);
        lastWasPerson = added && person != null;
        apposition = comma && lastWasPerson;
        person = null;
        side = null;
        titleOnly = false;
        byTitle = false;
        titled = false;
        any = false;
        k = next;
        continue;
      }
      if (t.type(k) == Tokens.POSSESSIVE) {
        k++; // "Mongolia's president"
        continue;
      }
      if (person != null && byTitle && (t.is(k, "[") || t.is(k, "(")) && k + 1 < to) {
        k++; // "the President [of Armenia Vaagn Khachaturyan]": an editor names the title's holder
        continue;
      }
      if (t.type(k) != Tokens.WORD) {
        break;
      }
      PhraseIndex.Match d = demonymAt(actors, p, k);
      if (d != null && side == null && person == null) {
        int after = d.to;
        boolean title = after < t.size() && (stage.index.title(t, after) != null
            || t.type(after) == Tokens.WORD && COUNTERPARTS.contains(t.lower(after)));
        if (title) {
          side = discourse.state(d.entry(), p, d.from, d.to);
          titleOnly = side != null;
          any = true;
          k = after;
          continue;
        }
      }
      if (stage.index.title(t, k) != null || COUNTERPARTS.contains(t.lower(k))) {
        any = true;
        titled |= person == null && side == null;
      } else if (!any && !Lexicon.TITLE_MODIFIERS.contains(t.get(k)) && !t.is(k, "his") && !t.is(k, "her")
          && !t.is(k, "their") && !t.is(k, "the") && !t.is(k, "both") && !t.is(k, "its")
          && t.type(k) == Tokens.WORD && !t.capitalised(k)) {
        int named = k == at ? describedPerson(t, ms, m, k, to) : -1; // (the list's first item only)
        if (named < 0) {
          break; // a word that starts no name and no title: the list is over
        }
        k = named; // "met government panel chair X", "met rebel commander Y": a description before a name
        continue;
      }
      k++;
    }
    if (any) {
      close(person, side, apposition && person == null);
    }
    end = k;
  }

  /**
   * The token after the style of address, rank or title that stands before a name in apposition,
   * starting at {@code k}: a readout's "H.E.", "H.H.", "His Excellency", "Her Majesty"; the
   * honorifics ("Mr.", "Dr.", "Sheikh"); a capitalised rank or title ("Colonel", "General",
   * "Prime Minister"); {@code k} itself when there is none.
   */
  private static int addressed(EventStage stage, Tokens t, int k, int to) {
    int j = k;
    while (j < to && j < k + 6 && t.type(j) == Tokens.WORD) {
      PhraseIndex.Match title;
      if (STYLES.contains(t.get(j)) || Lexicon.HONORIFICS.contains(t.get(j)) || RANKS.contains(t.get(j))) {
        j++;
      } else if (j + 1 < to && (t.is(j, "His") || t.is(j, "Her")) && STYLES.contains(t.get(j + 1))) {
        j += 2;
      } else if (t.capitalised(j) && (title = stage.index.title(t, j)) != null && title.to > j) {
        j = title.to;
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * The token after the abbreviated ranks, titles and honorifics from {@code k} ("Gen.", "Lt. Gen.",
   * "Sen.", "Mr."): words a name's mention used to take in before titles were read with their period.
   */
  private static int abbreviated(EventStage stage, Tokens t, int k, int to) {
    int j = k;
    while (j < to && j < k + 3 && t.type(j) == Tokens.WORD && t.get(j).endsWith(".")
        && (Lexicon.HONORIFICS.contains(t.get(j)) || RANKS.contains(t.get(j)) || stage.index.title(t, j) != null)) {
      j++;
    }
    return j;
  }

  /** Military ranks before a name, written out and abbreviated: "Colonel X", "Lt. Gen. Y". */
  private static final Set<String> RANKS = StringSet.of("Colonel", "General", "Lieutenant", "Major", "Admiral",
      "Captain", "Brigadier", "Marshal", "Commander", "Col.", "Gen.", "Lt.", "Maj.", "Adm.", "Capt.", "Brig.", "Cmdr.");

  /** Styles of address before a name or after "His" / "Her": "H.E. Mr. X", "His Excellency X". */
  private static final Set<String> STYLES = StringSet.of("H.E.", "H.H.", "H.M.", "H.R.H.", "H.E", "H.H", "Excellency",
      "Majesty", "Highness", "Eminence", "Holiness");

  /**
   * The start of a person's mention after a short description in lower case that opens an object
   * ("government panel chair X", "rebel commander Y", "opposition leader Z"): up to three lower-case
   * words, none a word that ends a list; -1 when no person's name follows them.
   */
  private static int describedPerson(Tokens t, List<Mention> ms, int m, int k, int to) {
    int j = k;
    while (j < to && j < k + 3 && t.type(j) == Tokens.WORD && !t.capitalised(j) && !END.contains(t.lower(j))
        && !t.is(j, "and") && !t.is(j, "with")) {
      j++;
    }
    if (j == k || j >= to) {
      return -1;
    }
    int n = m;
    while (n < ms.size() && ms.get(n).from <= k) {
      n++;
    }
    // (the mention may take in the title: "leader Tomas Vera")
    // (a named person: not "met with high-ranking Russian officials")
    return n < ms.size() && ms.get(n).from <= j && ms.get(n).actor.kind == ActorKind.PERSON && !ms.get(n).actor.unnamed
        ? ms.get(n).from : -1;
  }

  /** Whether "as well as" starts at token {@code k}. */
  private static boolean asWellAs(Tokens t, int k, int to) {
    return k + 3 < to && t.is(k, "as") && t.is(k + 1, "well") && t.is(k + 2, "as");
  }

  /** Whether "of" or "of the" comes right before token {@code k}: "the chairman of (the) X". */
  private static boolean ofBefore(Tokens t, int k) {
    return k > 0 && t.is(k - 1, "of") || k > 1 && t.is(k - 1, "the") && t.is(k - 2, "of");
  }

  /**
   * Whether a list goes on after a comma: an "and" comes before the list could have ended (an end
   * word, a mark, a lower-case word that is no part of a title: "A, B and C", not "with A, Y urged").
   */
  private static boolean listGoesOn(EventStage stage, Tokens t, int from, int to) {
    for (int j = from; j < to && j < from + 16; j++) {
      if (t.is(j, "and") || t.is(j, "&")) {
        return true;
      }
      if (t.is(j, ",") || t.type(j) == Tokens.POSSESSIVE) {
        continue;
      }
      if (t.type(j) != Tokens.WORD || END.contains(t.lower(j))) {
        return false;
      }
      if (!t.capitalised(j) && !ITEM_WORDS.contains(t.get(j)) && !COUNTERPARTS.contains(t.get(j))
          && !Lexicon.TITLE_MODIFIERS.contains(t.get(j)) && stage.index.title(t, j) == null) {
        return false;
      }
    }
    return false;
  }

  /** Lower-case words inside an item of a list of people: "the prime minister of", "his". */
  private static final Set<String> ITEM_WORDS = StringSet.of("the", "his", "her", "their", "its", "of", "prime", "minister",
      "president", "foreign", "defence", "defense", "secretary", "chancellor", "king", "emir", "leader");

  /** The token after an "and with" within eight words of an adjunct at k ("on Sunday and with"), or -1. */
  private static int andWith(Tokens t, int k, int to) {
    for (int j = k + 1; j + 1 < to && j <= k + 8; j++) {
      if (t.is(j, "and") && t.is(j + 1, "with")) {
        return j + 2;
      }
      if (t.type(j) == Tokens.QUOTE || t.is(j, ";")) {
        return -1;
      }
    }
    return -1;
  }

  /** Adds the item's actor: its person, else its side; a title describing the person before adds nothing. */
  private boolean close(ActorRec person, ActorRec side, boolean describesPrevious) {
    ActorRec a = person != null ? person : describesPrevious ? null : side;
    if (a == null || objects.contains(a)) {
      return false;
    }
    objects.add(a);
    return true;
  }

  /** The subject before the verb group at {@code verb}: its first person, or the first actor, with those coordinated with it. */
  private void subjects(EventStage stage, ActorStage.Result actors, Discourse discourse, Doc.Para p, int verb,
      int from) {
    Tokens t = p.tokens;
    int sentence = p.sentenceStart(p.sentenceOf(verb));
    int start = Roles.subjectStart(t, Math.max(from, sentence), verb);
    List<Mention> ms = actors.mentions.get(p.index);
    ActorRec first = null;
    ActorRec firstPerson = null;
    int firstAt = -1;
    for (int i = Mention.first(ms, start); i < ms.size() && ms.get(i).from < verb; i++) {
      Mention x = ms.get(i);
      if (doc.quotedApart(x, trigger) || objects.contains(x.actor) || EventStage.titleInside(actors, p, x) || stage.possessor(t, x)
          || Roles.governed(t, x.from, Roles.EVENT)) {
        continue;
      }
      if (first == null) {
        first = x.actor;
        firstAt = x.to;
      }
      if (firstPerson == null && x.actor.kind == ActorKind.PERSON) {
        firstPerson = x.actor;
      }
    }
    if (first == null) {
      // "The Chinese foreign minister, who arrived on Thursday, will meet ...": a title of a state
      // with no name stands for the state
      List<PhraseIndex.Match> ds = actors.demonyms.get(p.index);
      for (int x = firstMatchAt(ds, start); x < ds.size(); x++) {
        PhraseIndex.Match d = ds.get(x);
        if (d.from >= start && d.from < verb && d.to < verb && (stage.index.title(t, d.to) != null
            || t.type(d.to) == Tokens.WORD && COUNTERPARTS.contains(t.lower(d.to)))) {
          ActorRec state = discourse.state(d.entry(), p, d.from, d.to);
          if (state != null && !objects.contains(state)) {
            subjects.add(state);
          }
          return;
        }
        if (d.from >= verb) {
          break;
        }
      }
      ActorRec government = governmentOfTheGroup(actors, t, start, verb);
      if (government != null) {
        subjects.add(government);
      }
      return;
    }
    ActorRec head = firstPerson != null ? firstPerson : first;
    subjects.add(head);
    // "Russia and Ukraine met": a subject coordinated with "and" right after the first, or after
    // an abbreviated rank or honorific ("A and Gen. B met C", "A and Mr. B")
    if (head == first && firstAt + 1 < verb && t.is(firstAt, "and")) {
      int i = Mention.first(ms, firstAt + 1);
      int at = i < ms.size() && ms.get(i).from == firstAt + 1 ? firstAt + 1 : abbreviated(stage, t, firstAt + 1, verb);
      i = at == firstAt + 1 ? i : Mention.first(ms, at);
      if (i < ms.size() && ms.get(i).from == at && ms.get(i).to <= verb && !objects.contains(ms.get(i).actor)
          && ms.get(i).actor != head) {
        subjects.add(ms.get(i).actor);
      }
    }
  }

  /**
   * "The government held talks with the rebels": a bare "the government" as subject, across from an
   * armed group of a known country among the objects, is that country's government (the group the
   * article names so, else the state); null when there is no such subject or group.
   */
  private ActorRec governmentOfTheGroup(ActorStage.Result actors, Tokens t, int start, int verb) {
    boolean bare = false;
    for (int k = Math.max(start + 1, verb - 4); k < verb && !bare; k++) {
      bare = t.is(k, "government") && (t.is(k - 1, "the") || t.is(k - 1, "The")) && !(k + 1 < verb && t.is(k + 1, "of"));
    }
    if (!bare) {
      return null;
    }
    for (ActorRec o : objects) {
      if (o.armedOrListedGroup() && o.country != null) {
        ActorRec government = actors.government(o.country);
        List<ActorRec> states = actors.states(o.country);
        ActorRec side = government != null ? government : states.isEmpty() ? null : states.get(0);
        return side == null || objects.contains(side) ? null : side;
      }
    }
    return null;
  }

  /** The demonym the actor stage found at token k ("Kenyan"), or null (the demonyms are in text order). */
  static PhraseIndex.Match demonymAt(ActorStage.Result actors, Doc.Para p, int k) {
    List<PhraseIndex.Match> ds = actors.demonyms.get(p.index);
    int lo = firstMatchAt(ds, k);
    return lo < ds.size() && ds.get(lo).from == k ? ds.get(lo) : null;
  }

  /** The index of the first of {@code ds} (phrase matches in text order) starting at or after token k. */
  static int firstMatchAt(List<PhraseIndex.Match> ds, int k) {
    int lo = 0;
    int hi = ds.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ds.get(mid).from < k) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
