package io.github.newsevents.extract;

import io.github.newsevents.gazetteer.EntryKind;
import io.github.newsevents.gazetteer.GazetteerEntry;
import io.github.newsevents.internal.Chars;
import io.github.newsevents.internal.StringSet;
import io.github.newsevents.internal.Tokens;
import io.github.newsevents.internal.VocabularySet;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the people, organisations, states and groups an article mentions and groups their mentions
 * into actors. Gazetteer phrases are found by longest match; people are recognised from the text
 * (runs of capitalised name words, their titles and appositions), not from a list of names.
 * Stateless: one instance serves many threads.
 */
final class ActorStage {
  private static final Logger LOG = LoggerFactory.getLogger(ActorStage.class);
  /** Longest run of capitalised words taken for a person's name. */
  private static final int MAX_NAME_WORDS = 4;
  /** How many of an article's last paragraphs may be a note about its writer. */
  private static final int WRITER_NOTE_PARAGRAPHS = 2;

  /** Generational suffixes that end a person's name. */
  /** Months that are also surnames ("Theresa May", "Brian March"), read as such after a given name. */
  private static final Set<String> MONTH_SURNAMES = StringSet.of("May", "March", "April", "June", "August");
  /**
   * Plural nouns of people whose possessive goes on inside an organisation's name: "the Karen
   * People's Liberation Front", "a Workers' Party", "the Martyrs' Brigades" (not "Russia's
   * President": a name's possessive ends it).
   */
  private static final Set<String> NAME_POSSESSORS = StringSet.of("People", "Peoples", "Workers", "Women", "Farmers",
      "Martyrs", "Patriots", "Citizens", "Toilers", "Peasants");

  private static final Set<String> SUFFIXES = StringSet.of("Jr.", "Jr", "Sr.", "II", "III", "IV");
  /** The suffixes that may follow a comma ("John Smith, Jr."): a numeral after one is something else. */
  private static final Set<String> COMMA_SUFFIXES = StringSet.of("Jr.", "Jr", "Sr.");

  private static int capitalisedWords(Tokens t, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      if (t.type(k) == Tokens.WORD && t.capitalised(k) && !Bits.SUFFIXES.contains(t, k)
          && !Bits.NAME_PARTICLES.contains(t, k) && !(k > from && k + 1 < to && ARABIC_ARTICLES.contains(t.get(k)))) {
        n++;
      }
    }
    return n;
  }

  /**
   * The Arabic article written apart and capitalised inside a name ("bin Jassim Al Thani"): a
   * particle there, not a name of its own (first, it is a given name: "Al Gore").
   */
  private static final Set<String> ARABIC_ARTICLES = StringSet.of("Al", "El");

  /** A surname without the Arabic article joined to it: "al-Thani", "Al-Thani", "el-Sisi" -> "Thani", "Sisi". */
  static String withoutArticle(String surname) {
    if (surname.length() > 3 && surname.charAt(2) == '-'
        && (surname.charAt(0) == 'a' || surname.charAt(0) == 'A' || surname.charAt(0) == 'e' || surname.charAt(0) == 'E')
        && (surname.charAt(1) == 'l' || surname.charAt(1) == 'L')) {
      return surname.substring(3);
    }
    return surname;
  }

  private final PhraseIndex index;

  /**
   * The word lists that tokens are tested against one by one, as bits over the vocabulary (see
   * {@link KnownWords#members}). A holder of their own, built on first use: {@link KnownWords} reads
   * this class's lists to build the vocabulary, so they cannot be built while this class is.
   */
  private static final class Bits {
    /** The armed-group nouns and adjectives in one: every token of a paragraph is tested. */
    static final VocabularySet ARMED_NOUNS_OR_ADJECTIVES = KnownWords.members(java.util.stream.Stream.of(
        ARMED_NOUNS, ARMED_GROUP_ADJECTIVES, FIGHTING_FORCES).flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet()));
    static final VocabularySet NOT_NAMES = KnownWords.members(Lexicon.NOT_NAMES);
    static final VocabularySet COMMON_WORDS = KnownWords.members(Lexicon.COMMON_WORDS);
    static final VocabularySet NAME_PARTICLES = KnownWords.members(Lexicon.NAME_PARTICLES);
    static final VocabularySet ORG_HEADS = KnownWords.members(Lexicon.ORG_HEADS);
    static final VocabularySet NON_ACTOR_HEADS = KnownWords.members(Lexicon.NON_ACTOR_HEADS);
    static final VocabularySet GROUP_NOUNS = KnownWords.members(Lexicon.GROUP_NOUNS);
    static final VocabularySet NAMED_GROUP_MODIFIERS = KnownWords.members(ActorStage.NAMED_GROUP_MODIFIERS);
    static final VocabularySet PLACE_PREPOSITIONS = KnownWords.members(ActorStage.PLACE_PREPOSITIONS);
    static final VocabularySet SUFFIXES = KnownWords.members(ActorStage.SUFFIXES);
    static final VocabularySet ENVOY_NOUNS = KnownWords.members(ActorStage.ENVOY_NOUNS);
    static final VocabularySet PLACE_OPENERS = KnownWords.members(ActorStage.PLACE_OPENERS);
    static final VocabularySet PLACE_CUES = KnownWords.members(ActorStage.PLACE_CUES);
    static final VocabularySet THING_NOUNS = KnownWords.members(ActorStage.THING_NOUNS);
    /** Asked of every capitalised word: a bit test, not a String made for each. */
    static final VocabularySet REGIONS = KnownWords.members(ActorStage.REGIONS);
    static final VocabularySet DIRECTIONS = KnownWords.members(ActorStage.DIRECTIONS);
    static final VocabularySet HEADS_FIRST = KnownWords.members(ActorStage.HEADS_FIRST);
    static final VocabularySet GROUP_NOUNS_AFTER = KnownWords.members(ActorStage.GROUP_NOUNS_AFTER);
  }

  ActorStage(PhraseIndex index) {
    this.index = index;
  }

  /** What the stage found: actors in order of first mention, and each paragraph's mentions. */
  /** A marker for a surname two people of the article share. */
  private static final ActorRec NO_ONE = new ActorRec(ActorKind.PERSON, "(surname shared)", null);

  static final class Result {
    final List<ActorRec> actors;
    /** Each paragraph's mentions, sorted by their first token (see {@link Mention#starting}). */
    final List<List<Mention>> mentions;
    final List<List<PhraseIndex.Match>> places; // locative uses of places and capitals
    final List<List<PhraseIndex.Match>> demonyms;
    /** The people an age in apposition gives ("Oskar Vallin, 61,"), by that age; an age two people share is left out. */
    final Map<String, ActorRec> ages = new HashMap<>();
    /** The genders the statement stage learns from the pronouns that refer to people of unknown gender. */
    final Map<ActorRec, Character> pronounGenders = new HashMap<>();

    /** The gazetteer's phrases: its states by code, for a state the article implies but never names. */
    final PhraseIndex index;

    Result(List<ActorRec> actors, List<List<Mention>> mentions, List<List<PhraseIndex.Match>> places,
        List<List<PhraseIndex.Match>> demonyms, PhraseIndex index) {
      this.index = index;
      this.actors = actors;
      this.mentions = mentions;
      this.places = places;
      this.demonyms = demonyms;
    }

    /** Each paragraph's mentions by actor, its longest mention in tokens, the states by country; made on first use. */
    private Map<ActorRec, List<Mention>>[] byActor;
    private int[] longest;
    private Map<String, List<ActorRec>> states;

    private Map<String, ActorRec> surnames;

    /** The one person of the article whose surname is {@code surname}, or null (none, or two). */
    ActorRec personBySurname(String surname) {
      if (surnames == null) {
        surnames = new HashMap<>();
        for (ActorRec a : actors) {
          if (a.kind == ActorKind.PERSON && !a.unnamed && a.name.indexOf(' ') > 0) {
            surnames.merge(a.surname(), a, (x, y) -> x == y ? x : NO_ONE);
          }
        }
      }
      ActorRec a = surnames.get(surname);
      return a == NO_ONE ? null : a;
    }

    private Map<String, List<ActorRec>> titled;

    /**
     * The people whose titles end in {@code title} (lower case: "general", "commander"), in the
     * order of the actors; worked out once per title, so a question asked at every trigger of a
     * long text stays linear.
     */
    List<ActorRec> peopleTitled(String title) {
      if (titled == null) {
        titled = new HashMap<>();
        // the people by the last word of each title they hold, once: a question about a title
        // reads only the holders of its last word, however many people and titles the text has
        byLastWord = new HashMap<>();
        for (ActorRec a : actors) {
          if (a.kind == ActorKind.PERSON) {
            for (String held : a.titles) {
              List<ActorRec> holders = byLastWord.computeIfAbsent(lastWord(held.toLowerCase(Locale.ROOT)), k -> new ArrayList<>(2));
              if (holders.isEmpty() || holders.get(holders.size() - 1) != a) {
                holders.add(a);
              }
            }
          }
        }
      }
      return titled.computeIfAbsent(title, x -> {
        List<ActorRec> out = new ArrayList<>(2);
        for (ActorRec a : byLastWord.getOrDefault(lastWord(x), List.of())) {
          for (String held : a.titles) {
            if (held.toLowerCase(Locale.ROOT).endsWith(x)) {
              out.add(a);
              break;
            }
          }
        }
        return out;
      });
    }

    private Map<String, List<ActorRec>> byLastWord;

    private static String lastWord(String s) {
      int sp = s.lastIndexOf(' ');
      return sp < 0 ? s : s.substring(sp + 1);
    }

    /**
     * The government of {@code country} as the article names it ("the Afghan government", "Yemen's
     * government"): the first group of that country whose name ends in the common noun "government"
     * (not a proper name such as "National Unity Government"); else null. Found once per article.
     */
    ActorRec government(String country) {
      if (governments == null) {
        governments = new HashMap<>();
        for (ActorRec a : actors) {
          if (a.kind == ActorKind.GROUP && a.country != null && a.name.endsWith(GOVERNMENT)) {
            governments.putIfAbsent(a.country, a);
          }
        }
      }
      return governments.get(country);
    }

    private Map<String, ActorRec> governments;
    private static final String GOVERNMENT = " government";

    /**
     * The person the article titles with {@code titleClass} ("head-of-state") of {@code country}:
     * the first named so, when only one is; else null.
     */
    ActorRec headOf(String country, String titleClass) {
      ActorRec head = null;
      for (ActorRec a : actors) {
        if (a.kind == ActorKind.PERSON && country.equals(a.country) && a.titleClasses.contains(titleClass)) {
          if (head != null) {
            return null; // two heads of one state (a former one too): none is sure
          }
          head = a;
        }
      }
      return head;
    }

    /** The states of {@code country} among the actors, in their order. */
    List<ActorRec> states(String country) {
      if (states == null) {
        states = new HashMap<>();
        for (ActorRec a : actors) {
          if (a.kind == ActorKind.STATE && a.country != null) {
            states.computeIfAbsent(a.country, k -> new ArrayList<>(1)).add(a);
          }
        }
      }
      return states.getOrDefault(country, List.of());
    }

    /**
     * The mentions of {@code a} in paragraph {@code para}, sorted by their first token: an index, so
     * that a question about one actor's mentions does not read the whole of a long paragraph.
     */
    List<Mention> of(ActorRec a, int para) {
      if (byActor == null) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map<ActorRec, List<Mention>>[] maps = new Map[mentions.size()];
        byActor = maps;
      }
      Map<ActorRec, List<Mention>> own = byActor[para];
      if (own == null) {
        own = new HashMap<>();
        for (Mention m : mentions.get(para)) {
          own.computeIfAbsent(m.actor, k -> new ArrayList<>(2)).add(m);
        }
        byActor[para] = own;
      }
      return own.getOrDefault(a, List.of());
    }

    /**
     * The most tokens a mention of paragraph {@code para} spans: a mention ending in [a, b) starts in
     * [a - longest, b), a window {@link Mention#starting} can find.
     */
    int longest(int para) {
      if (longest == null) {
        longest = new int[mentions.size()];
        for (int q = 0; q < longest.length; q++) {
          for (Mention m : mentions.get(q)) {
            longest[q] = Math.max(longest[q], m.to - m.from);
          }
        }
      }
      return longest[para];
    }
  }

  /** A run of capitalised words not explained by the gazetteer. */
  private static final class Run {
    final int para;
    final int from;
    final int to;
    /** The name the run stands for when its words are not it (an acronym the article defined), else null. */
    final String name;
    /** Whether the run only gives its actor a form (the acronym where it is defined), no mention. */
    final boolean formOnly;
    /** Whether a noun of a group follows the run: "the X movement". */
    final boolean group;

    Run(int para, int from, int to) {
      this(para, from, to, null, false, false);
    }

    Run(int para, int from, int to, String name, boolean formOnly) {
      this(para, from, to, name, formOnly, false);
    }

    Run(int para, int from, int to, String name, boolean formOnly, boolean group) {
      this.para = para;
      this.from = from;
      this.to = to;
      this.name = name;
      this.formOnly = formOnly;
      this.group = group;
    }
  }

  Result run(Doc doc) {
    int n = doc.paras.size();
    Map<GazetteerEntry, ActorRec> known = new LinkedHashMap<>();
    Map<String, ActorRec> groups = new LinkedHashMap<>();
    List<List<Mention>> mentions = new ArrayList<>(n);
    List<List<PhraseIndex.Match>> places = new ArrayList<>(n);
    List<List<PhraseIndex.Match>> demonyms = new ArrayList<>(n);
    List<Run> fullNames = new ArrayList<>();
    List<Run> singles = new ArrayList<>();
    List<Run> orgs = new ArrayList<>();
    Armed lastArmed = new Armed(); // the armed groups found so far, for a later "the rebels"
    // the acronyms the article defines: each to the actor (or the name of the body) it stands for
    Map<String, Object> acronyms = new HashMap<>(4);

    for (Doc.Para p : doc.paras) {
      List<Mention> ms = new ArrayList<>();
      List<PhraseIndex.Match> ps = new ArrayList<>(2);
      List<PhraseIndex.Match> ds = new ArrayList<>(2);
      mentions.add(ms);
      places.add(ps);
      demonyms.add(ds);
      if (Credits.line(p) || p.index >= n - WRITER_NOTE_PARAGRAPHS && Credits.writerNote(p)) {
        continue; // "X contributed to this report": the story's writers are none of its people
      }
      scan(p, known, groups, ms, ps, ds, lastArmed, fullNames, singles, orgs, acronyms);
    }

    List<ActorRec> people = new ArrayList<>();
    Map<String, ActorRec> ages = new HashMap<>();
    Map<String, ActorRec> byKey = new HashMap<>();
    // "the Ansar al-Sahil movement", later "Ansar al-Sahil": the bare name is the group's
    Set<String> groupNames = new HashSet<>(0);
    for (Run r : orgs) {
      if (r.group) {
        groupNames.add(doc.paras.get(r.para).tokens.span(r.from, r.to));
      }
    }
    for (Run r : fullNames) {
      Tokens t = doc.paras.get(r.para).tokens;
      if (!groupNames.isEmpty() && groupNames.contains(t.span(r.from, r.to))) {
        orgs.add(new Run(r.para, r.from, r.to, null, false, true));
        continue;
      }
      String name = words(t, r.from, r.to);
      if (capitalisedWords(t, r.from, r.to) > MAX_NAME_WORDS) {
        continue; // particles do not count: "Luiz Inacio Lula da Silva" has four names
      }
      // "Mohammed ... al-Thani" and "Mohammed ... Al Thani": the Arabic article, joined or apart, is
      // no part of the key
      String key = t.get(r.from) + " " + withoutArticle(t.get(r.to - 1));
      ActorRec a = byKey.get(key);
      if (a == null && Bits.NAME_PARTICLES.containsLower(t, r.from)) {
        // "Von der Leyen" after "Ursula von der Leyen": the surname with its particle
        String tail = " " + name.toLowerCase(Locale.ROOT);
        for (ActorRec p : people) {
          if (p.name.toLowerCase(Locale.ROOT).endsWith(tail)) {
            a = p;
            break;
          }
        }
        if (a != null) {
          addMention(doc, mentions, r.para, r.from, r.to, a);
          a.forms.add(name);
          continue;
        }
      }
      if (a == null) {
        a = new ActorRec(ActorKind.PERSON, name, null);
        byKey.put(key, a);
        people.add(a);
      } else if (r.to - r.from > a.name.split(" ").length) {
        a.forms.add(a.name);
        a.name = name;
      }
      addMention(doc, mentions, r.para, r.from, r.to, a);
      describe(doc, r.para, r.from, r.to, a, people);
      age(t, r.to, a, ages);
    }
    Map<String, List<ActorRec>> bySurname = new HashMap<>();
    // and by given name, once, rather than a scan of the people for each name alone: the people the
    // loops below add are named by one word, with no given name
    Map<String, ActorRec> byGivenName = new HashMap<>();
    for (ActorRec a : people) {
      bySurname.computeIfAbsent(a.surname(), k -> new ArrayList<>(1)).add(a);
      int sp = a.name.indexOf(' ');
      if (sp > 0) {
        byGivenName.merge(a.name.substring(0, sp), a, (x, y) -> x == y ? x : NO_ONE);
      }
    }
    Set<String> speakingBodies = new HashSet<>();
    for (Run r : singles) {
      // "Haley said": a name alone that speaks is a person's when the words around it speak of a
      // person ("I think ...," Haley said; she added); else it is a body that speaks ("Nvidia
      // said"), and so are its other mentions
      Doc.Para p = doc.paras.get(r.para);
      Tokens t = p.tokens;
      String word = t.get(r.from);
      if (!bySurname.containsKey(word) && speaks(p, r.from, r.to) && byFirstName(byGivenName, word) == null) {
        // "Mohammed ... Mohamed said": a spelling of a known surname is that person
        ActorRec a = sameSurname(people, word);
        if (a == null && !personAround(p, r.from)) {
          speakingBodies.add(word);
          continue;
        }
        if (a == null) {
          a = new ActorRec(ActorKind.PERSON, word, null);
          people.add(a);
        }
        bySurname.computeIfAbsent(word, k -> new ArrayList<>(1)).add(a);
      }
    }
    for (Run r : singles) {
      String word = doc.paras.get(r.para).tokens.get(r.from);
      if (speakingBodies.contains(word) && !bySurname.containsKey(word)) {
        orgs.add(r);
      }
    }
    for (Run r : singles) {
      Doc.Para p = doc.paras.get(r.para);
      Tokens t = p.tokens;
      String word = t.get(r.from);
      List<ActorRec> candidates = bySurname.get(word);
      ActorRec a = null;
      if (candidates != null) {
        a = candidates.size() == 1 ? candidates.get(0) : nearest(candidates, r);
      } else {
        // "Sir Keir" after "Sir Keir Starmer"; "Anwar" after "Anwar Ibrahim", where the given name is used
        a = byFirstName(byGivenName, word);
      }
      if (a == null && (Lexicon.ORG_HEADS.contains(word) || Lexicon.NON_ACTOR_HEADS.contains(word))) {
        continue;
      }
      if (a == null && r.from > 0 && personTitleBefore(t, r.from)) {
        a = new ActorRec(ActorKind.PERSON, word, null);
        people.add(a);
        bySurname.computeIfAbsent(word, k -> new ArrayList<>(1)).add(a);
      }
      if (a == null) {
        continue;
      }
      int from = r.from;
      if (from > 0 && (index.title(t, from - 1) != null || Lexicon.HONORIFICS.contains(t.get(from - 1)))
          && t.capitalised(from - 1)) {
        from--;
      }
      addMention(doc, mentions, r.para, from, r.to, a);
      if (from < r.from) {
        a.forms.add(t.span(from, r.to));
      } else if (!word.equals(a.name)) {
        a.forms.add(word);
      }
      describe(doc, r.para, r.from, r.to, a, people);
      age(t, r.to, a, ages);
    }
    titleReferences(doc, mentions, people);
    Map<String, ActorRec> orgByName = new HashMap<>();
    for (Run r : orgs) {
      Tokens t = doc.paras.get(r.para).tokens;
      String name = r.name != null ? r.name : t.span(r.from, r.to);
      List<ActorRec> named = r.to - r.from == 1 && r.name == null ? bySurname.get(name) : null;
      if (named != null && named.size() == 1) {
        // "After the talks, Zelensky said": the one person of that name, not a body named like them
        // (a mention the person's own pass already made there is not made twice)
        ActorRec person = named.get(0);
        int here = t.end(r.to - 1); // (a mention ending where this run ends: the same name, maybe with its title)
        boolean made = false;
        for (int k = person.mentions.size() - 1; k >= Math.max(0, person.mentions.size() - 4) && !made; k--) {
          made = person.mentions.get(k).end() == here;
        }
        if (!made) {
          addMention(doc, mentions, r.para, r.from, r.to, person);
        }
        continue;
      }
      ActorRec a = orgByName.computeIfAbsent(name, k -> new ActorRec(nonStateGroup(t, r) ? ActorKind.GROUP
          : ActorKind.ORGANIZATION, k, null));
      if (r.name != null) {
        a.forms.add(t.span(r.from, r.to)); // the acronym
        if (r.formOnly) {
          continue;
        }
      } else if (a.country == null) {
        PhraseIndex.Match m = index.name(t, r.from);
        // "the Cabo Delgado Liberation Movement", "the Darfur Joint Protection Force": a movement or
        // force named after a region or a city is no institution of the state (which it may fight)
        if (m != null && m.entry().country().isPresent()
            && !((m.entry().kind() == EntryKind.PLACE || m.role() == PhraseIndex.Role.CAPITAL)
                && MOVEMENT_HEADS.contains(t.get(r.to - 1)))) {
          a.country = m.entry().country().get();
        }
      }
      addMention(doc, mentions, r.para, r.from, r.to, a);
    }

    List<ActorRec> all = new ArrayList<>(people);
    all.addAll(orgByName.values());
    all.addAll(known.values());
    all.addAll(groups.values());
    all.removeIf(a -> a.mentions.isEmpty());
    all.sort(Comparator.comparingInt((ActorRec a) -> a.firstPara).thenComparingInt(a -> a.firstToken));
    assignIds(all);
    for (List<Mention> ms : mentions) {
      ms.sort(Comparator.comparingInt(m -> m.from));
      for (Mention m : ms) {
        Tokens t = doc.paras.get(m.para).tokens;
        if (m.actor.kind == ActorKind.PERSON && m.actor.gender == 0) {
          // "Mr Vallin": the honorific opens the mention, or stands right before it
          char g = Lexicon.gender(t.get(m.from));
          m.actor.gender = g != 0 || m.from == 0 ? g : Lexicon.gender(t.get(m.from - 1));
        }
      }
    }
    for (ActorRec a : all) {
      if (a.kind == ActorKind.PERSON && a.gender == 0 && !a.unnamed) {
        a.gender = Lexicon.givenNameGender(a.name); // "Maria Lund": a given name of one gender
      }
    }
    Result result = new Result(all, mentions, places, demonyms, index);
    ages.values().removeIf(a -> a == AGE_SHARED);
    result.ages.putAll(ages);
    return result;
  }

  /**
   * Reads the words of paragraph {@code p} for the stage: mentions of the gazetteer's actors and
   * groups into {@code ms}, places and demonyms into {@code ps} and {@code ds}, and the runs of
   * capitalised words left for names and bodies into {@code fullNames}, {@code singles} and
   * {@code orgs}. A method of its own, as {@link #capitalisedWord} is: the JIT compiles the loop over
   * every word with its own budget for inlining the small tests it asks, which the whole stage in
   * one method used up before the loop.
   */
  private void scan(Doc.Para p, Map<GazetteerEntry, ActorRec> known, Map<String, ActorRec> groups,
      List<Mention> ms, List<PhraseIndex.Match> ps, List<PhraseIndex.Match> ds, Armed lastArmed,
      List<Run> fullNames, List<Run> singles, List<Run> orgs, Map<String, Object> acronyms) {
    Tokens t = p.tokens;
    boolean headline = p.heading() || titleCase(t);
    boolean armedWords = false; // a word of insurgency in the paragraph: most have none, and skip the look
    for (int k = 0; k < t.size() && !armedWords; k++) {
      // bit tests on the index the tokenizer found: no String made for the token
      armedWords = t.type(k) == Tokens.WORD && Bits.ARMED_NOUNS_OR_ADJECTIVES.contains(t, k);
    }
    int i = 0;
    while (i < t.size()) {
      if (t.type(i) != Tokens.WORD) {
        // "the Kivu Patriotic Alliance (KPA)": the acronym is defined, and no second mention
        if (t.is(i, "(") && define(p, i, ms, orgs, acronyms)) {
          i += 3;
          if (i < t.size() && ARMED_NOUNS.contains(t.get(i))) {
            i++; // "the Kivu Patriotic Alliance (KPA) rebels": the noun is the group's own
          }
        } else {
          i++;
        }
        continue;
      }
      if (!acronyms.isEmpty() && t.capitalised(i) && t.end(i) - t.start(i) >= 2
          && Character.isUpperCase(t.text().charAt(t.start(i) + 1))) { // (the shape of an acronym first)
        int end = acronym(p, i, ms, orgs, acronyms);
        if (end > i) {
          i = end;
          continue;
        }
      }
      if (Credits.opensCredit(t, i) && p.sentenceInitial(i)) {
        i = p.sentenceEnd(p.sentenceOf(i)); // "Video by X.": a credit inside a caption names no one of the story
        continue;
      }
      int againEnd = lastArmed.recent.isEmpty() || !t.capitalised(i) ? -1 : armedAgain(p, i, ms, lastArmed);
      if (againEnd > i) {
        i = againEnd;
        continue;
      }
      int regionalEnd = t.capitalised(i) && Bits.REGIONS.contains(t, i) ? regionalGroup(p, i, groups, ms) : -1;
      if (regionalEnd > i) {
        i = regionalEnd;
        continue;
      }
      int armedEnd = headline || !armedWords ? -1 : armedGroup(p, i, known, groups, ms, ds, lastArmed);
      if (armedEnd > i) {
        i = armedEnd;
        continue;
      }
      PhraseIndex.Match m = index.name(t, i);
      if (m != null && m.entry().kind() == EntryKind.ORGANIZATION && m.to < t.size() && t.type(m.to) == Tokens.WORD
          && (t.capitalised(m.to) && Bits.ORG_HEADS.contains(t, m.to) || t.is(m.to, "party"))) {
        // "Sudan's National Congress Party", "the Congress Party": a known body's word inside the
        // name of another one, which the capitalised words around it make
        int from = i;
        while (from > i - 3 && from > 0 && t.type(from - 1) == Tokens.WORD && t.capitalised(from - 1)
            && !p.sentenceInitial(from - 1) && index.name(t, from - 1) == null) {
          from--;
        }
        int end = ofTail(t, m.to + 1);
        orgs.add(new Run(p.index, from, end));
        i = end;
        continue;
      }
      if (m != null) {
        handleGazetteer(p, m, known, groups, ms, ps, ds);
        i = m.to;
        continue;
      }
      int statesEnd = statesListAfter(t, i);
      if (statesEnd > 0) {
        // "foreign ministers from Britain, France and Iran said": the group of their states' envoys
        // speaks as one actor (a joint statement speaks for it); the states keep their own mentions
        int from = i > 0 && t.type(i - 1) == Tokens.WORD
            && NAMED_GROUP_MODIFIERS.contains(t.lower(i - 1)) ? i - 1 : i;
        String name = t.span(from, statesEnd);
        ActorRec g = groups.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ActorRec(ActorKind.GROUP, name, null));
        g.mentions.add(Span.of(t.start(from), t.end(statesEnd - 1)));
        g.seen(p.index, from);
        ms.add(new Mention(p.index, from, statesEnd, g));
        i++;
        continue;
      }
      if (!t.capitalised(i)) {
        i++;
        continue;
      }
      i = capitalisedWord(p, i, headline, known, ms, ps, fullNames, singles, orgs);
    }
  }

  /**
   * The capitalised word at {@code i} of paragraph {@code p}, which no gazetteer phrase or group
   * starts: a compound of two actors ("Russia-Ukraine"), one inside a compound ("US-led"), an
   * institution's run, or a run of name words, recorded as a mention or a run; returns the token to
   * read on from.
   */
  private int capitalisedWord(Doc.Para p, int i, boolean headline, Map<GazetteerEntry, ActorRec> known,
      List<Mention> ms, List<PhraseIndex.Match> ps, List<Run> fullNames, List<Run> singles, List<Run> orgs) {
    Tokens t = p.tokens;
    int pairEnd = compoundPair(p, i, known, ms);
    if (pairEnd > i) {
      return pairEnd; // "Russia-Ukraine talks", "an ASEAN-U.S. meeting": two actors in one word
    }
    GazetteerEntry prefix = compoundPrefix(t, i);
    if (prefix != null) {
      // "US-led talks", "a Russia-brokered truce": the actor inside the compound
      ActorRec a = knownActor(known, prefix);
      int dash = Chars.indexOf(t.text(), '-', t.start(i), t.end(i));
      a.mentions.add(Span.of(t.start(i), dash));
      a.seen(p.index, i);
      ms.add(new Mention(p.index, i, i + 1, a));
      return i + 1;
    }
    int headFirstEnd = headFirstName(t, i);
    if (headFirstEnd > 0) {
      // "the Movement for Democratic Change", "the Frente Popular del Catatumbo": the head word first
      orgs.add(new Run(p.index, i, headFirstEnd));
      return headFirstEnd;
    }
    int orgEnd = orgRun(t, i);
    if (orgEnd > 0) {
      orgEnd = ofTail(t, orgEnd);
      // "Defense Ministry", "State Department", "Security Council": words that are no names make an institution
      int from = namePrefix(p, i, ps, fullNames, singles);
      orgs.add(new Run(p.index, from, orgEnd));
      return orgEnd;
    }
    // "Amir Hekmati": a word that is a title ("amir", an emir) and a given name of the lists opens
    // a name when a name word follows it and no determiner or possessor comes before ("the Amir of")
    boolean givenNotTitle = index.title(t, i) != null && Lexicon.givenNameGender(t, i) != 0
        && i + 1 < t.size() && nameWord(t, i + 1) && index.title(t, i + 1) == null
        && !(i > 0 && (t.isIgnoreCase(i - 1, "the") || t.type(i - 1) == Tokens.POSSESSIVE));
    if (Bits.NOT_NAMES.contains(t, i) || index.title(t, i) != null && !givenNotTitle
        || !nameWord(t, i) && !givenNotTitle
        || p.sentenceInitial(i) && verbLike(t.lower(i)) && i + 1 < t.size() && t.capitalised(i + 1)) {
      return i + 1; // "Welcoming Marsh to Moscow, ...": a sentence-initial verb is no first name
    }
    int j = i + 1;
    while (j < t.size()) {
      if (possessiveInName(t, i, j)) {
        j += 2; // "the Gambela People's Army": the possessive of a plural noun of people inside the name
      } else if (nameWord(t, j)) {
        j++;
      } else if ((t.is(j, "[") && insertionInName(t, j) || t.is(j, "]")) && j + 1 < t.size()
          && (nameWord(t, j + 1) || t.is(j + 1, "["))) {
        j++; // an editor's insertion: "[Vladimir] Putin" (not a caption's "Bayramov [L] and ...")
      } else {
        break;
      }
    }
    // a particle or bracket may not end a name
    while (j > i + 1 && !t.capitalised(j - 1) && !prefixedSurname(t, j - 1)) {
      j--;
    }
    // a month after a given name is a surname when no day or year follows it: "Theresa May said",
    // not "Kyiv May 5" or "since Friday, May 2024"
    if (j == i + 1 && j < t.size() && t.capitalised(j) && MONTH_SURNAMES.contains(t.get(j)) && !p.sentenceInitial(i)
        && !(j + 1 < t.size() && (t.type(j + 1) == Tokens.NUMBER
            || t.is(j + 1, ",") && j + 2 < t.size() && t.type(j + 2) == Tokens.NUMBER))) {
      j++;
    }
    // a generational suffix belongs to the name: "Martin Luther King Jr.", "John Smith, Jr."
    if (j > i + 1 && j < t.size() && Bits.SUFFIXES.contains(t, j)) {
      j++;
    } else if (j > i + 1 && j + 1 < t.size() && t.is(j, ",") && COMMA_SUFFIXES.contains(t.get(j + 1))) {
      j += 2;
    }
    if (j - i >= 3 && i >= 2 && (t.is(i - 1, "for") || t.is(i - 1, "of")) && index.title(t, i - 2) != null
        && Lexicon.givenNameGender(t, i) == 0 && !Bits.ORG_HEADS.contains(t, j - 1)) {
      // "High Commissioner for Peace Orlando Cifuentes": the title's complement runs on in capitals
      // up to the person's given name, or, when no word is a given name the lists know, up to the
      // name's last two words
      int given = j - 2;
      for (int g = i + 1; g < j - 1; g++) {
        if (Lexicon.givenNameGender(t, g) != 0) {
          given = g;
          break;
        }
      }
      i = given;
    }
    int len = j - i;
    if (i > 0 && t.is(i - 1, "the") && j < t.size() && t.type(j) == Tokens.WORD && Bits.GROUP_NOUNS_AFTER.contains(t, j)
        && !Bits.ORG_HEADS.contains(t, j - 1) && !Bits.NON_ACTOR_HEADS.contains(t, j - 1)
        && Lexicon.givenNameGender(t, i) == 0) { // (not "the Khalifa Haftar faction": a person's followers)
      // "the Ansar al-Sahil movement", "the Wagner group": a name before a noun of a group in lower
      // case is a group's, not a person's
      orgs.add(new Run(p.index, i, j, null, false, true));
      return j + 1;
    }
    if (Bits.ORG_HEADS.contains(t, j - 1) && len >= 2) {
      // "Russian Direct Investment Fund", "the Cabo Delgado Liberation Movement": the name before it
      int from = namePrefix(p, i, ps, fullNames, singles);
      j = ofTail(t, j);
      orgs.add(new Run(p.index, from, j));
    } else if (Bits.NON_ACTOR_HEADS.contains(t, j - 1)) {
      // a place, an event or a thing
    } else if (len >= 2 && (len <= MAX_NAME_WORDS + 2 || len <= 2 * MAX_NAME_WORDS && capitalisedWords(t, i, j) <= MAX_NAME_WORDS)
        && !(headline && !(i > 0 && personTitleBefore(t, i))) && !allCommon(t, i, j)
        && !(i > 0 && Bits.PLACE_PREPOSITIONS.contains(t, i - 1) && !(j < t.size() && t.type(j) == Tokens.POSSESSIVE))
        && !insideLongerName(p, i) && !attributive(t, j) && !placeOrThing(t, i)) {
      // ("in Punta Cana": an unknown place, not a person)
      fullNames.add(new Run(p.index, i, j));
    } else if (len == 1 && !Bits.COMMON_WORDS.contains(t, j - 1)) {
      singles.add(new Run(p.index, i, j));
    } else if (len > MAX_NAME_WORDS) {
      LOG.debug("paragraph {}: {} capitalised words in a row, not taken as a name", p.index, len);
    }
    return j;
  }

  /** English head words that open a body's name before "of" or "for": "the Movement for Democratic Change". */
  private static final Set<String> HEADS_BEFORE_OF = StringSet.of("Movement", "Front", "Alliance", "Union", "Party",
      "Coalition", "Council", "Congress", "Organisation", "Organization", "Forces", "Army", "League", "Committee",
      "Federation");
  /** Head words of Spanish, Portuguese and French names, which open them: "Frente Popular del X", "Parti pour Y". */
  private static final Set<String> ROMANCE_HEADS = StringSet.of("Frente", "Ejército", "Ejercito", "Movimiento",
      "Movimento", "Mouvement", "Fuerzas", "Forças", "Partido", "Parti", "Alianza", "Aliança", "Unión", "União",
      "Consejo", "Conselho", "Conseil", "Comité", "Coordinadora", "Armée", "Exército", "Rassemblement", "Convergencia",
      "Front", "Forces", "Union", "Alliance", "Mouvance");
  /** Every head word a name may open with: {@link #HEADS_BEFORE_OF} and {@link #ROMANCE_HEADS}. */
  private static final Set<String> HEADS_FIRST = StringSet.copyOf(java.util.stream.Stream.concat(
      HEADS_BEFORE_OF.stream(), ROMANCE_HEADS.stream()).collect(java.util.stream.Collectors.toSet()));
  /** Of these, the heads of a movement or an armed force (the others name parties and councils). */
  private static final Set<String> GROUP_HEADS_FIRST = StringSet.of("Movement", "Front", "Alliance", "Forces", "Army",
      "Frente", "Ejército", "Ejercito", "Movimiento", "Movimento", "Mouvement", "Fuerzas", "Forças", "Alianza", "Aliança",
      "Armée", "Exército", "Rassemblement", "Mouvance");
  /** The small words of {@link #NAME_LINKS} that are no English words. */
  private static final Set<String> ROMANCE_LINKS = StringSet.of("de", "del", "la", "las", "los", "le", "les", "des", "du",
      "da", "do", "dos", "das", "pour", "para", "por");
  /** Small words inside a name whose head comes first: "of", "for", "the" and {@link #ROMANCE_LINKS}. */
  private static final Set<String> NAME_LINKS = StringSet.copyOf(java.util.stream.Stream.concat(
      java.util.stream.Stream.of("of", "for", "the"), ROMANCE_LINKS.stream()).collect(java.util.stream.Collectors.toSet()));

  /**
   * The end of a body's name whose head word comes first, or -1: an English head before "of" or
   * "for" and capitalised words ("the Movement for Democratic Change", "the Front for the Liberation
   * of the Enclave of X"), or a Spanish, Portuguese or French head before capitalised words and the
   * small words between them ("the Frente Popular del X", "the Front de libération de l'X"). The
   * name ends with its last capitalised word, within ten words.
   */
  private int headFirstName(Tokens t, int i) {
    if (!Bits.HEADS_FIRST.contains(t, i)) {
      return -1; // (a bit test: asked of every capitalised word that opens no other name)
    }
    // ("Front", "Forces", "Union", "Alliance" are English words too: Romance only before a Romance link)
    boolean romance = ROMANCE_HEADS.contains(t.get(i)) && !(HEADS_BEFORE_OF.contains(t.get(i))
        && !romanceLinkAt(t, i + 1) && !(romanceLinkAt(t, i + 2) && t.type(i + 1) == Tokens.WORD && !t.capitalised(i + 1)));
    if (!romance && !HEADS_BEFORE_OF.contains(t.get(i)) || i + 2 >= t.size()) {
      return -1;
    }
    boolean opens = romance && (t.capitalised(i + 1) || NAME_LINKS.contains(t.get(i + 1)) || romanceLinkAt(t, i + 2))
        || t.is(i + 1, "of") || t.is(i + 1, "for");
    if (!opens) {
      return -1;
    }
    int last = -1;
    int capitals = 0;
    for (int j = i + 1; j < t.size() && j <= i + 10 && t.type(j) == Tokens.WORD; j++) {
      if (t.capitalised(j) || elided(t, j)) {
        last = j;
        capitals++;
      } else if (!NAME_LINKS.contains(t.get(j)) && !(romance && t.firstChar(j) >= 'a' && t.firstChar(j) <= 'z'
          && j + 1 < t.size() && NAME_LINKS.contains(t.get(j + 1)))) {
        break; // (a French name keeps its lower-case words: "Front de libération de ...")
      }
    }
    if (capitals == 0) {
      return -1;
    }
    int k = t.is(i + 2, "the") ? i + 3 : i + 2;
    PhraseIndex.Match state = k <= last ? index.name(t, k) : null;
    if (state != null && state.to == last + 1 && state.entry().kind() == EntryKind.STATE) {
      return -1; // "the Union of Comoros", "the Federation of X": a state's official name, read as the state
    }
    return last + 1;
  }

  private static boolean romanceLinkAt(Tokens t, int k) {
    return k < t.size() && t.type(k) == Tokens.WORD && ROMANCE_LINKS.contains(t.get(k));
  }

  /** "l'Azawad", "d'Ivoire": a French article or preposition elided before a capitalised name. */
  private static boolean elided(Tokens t, int j) {
    String w = t.get(j);
    return w.length() > 2 && (w.charAt(0) == 'l' || w.charAt(0) == 'd') && (w.charAt(1) == '\'' || w.charAt(1) == '\u2019')
        && Character.isUpperCase(w.charAt(2));
  }

  /** Lower-case nouns of a group after a name: "the X movement", "the Y group", "the Z militia". */
  private static final Set<String> GROUP_NOUNS_AFTER = StringSet.of("movement", "group", "militia", "faction");
  /** Words of a cause in a force's name that make it a movement's, not a state's: "Liberation", "Freedom". */
  private static final Set<String> CAUSE_WORDS = StringSet.of("Liberation", "Freedom", "Resistance", "Revolutionary",
      "Patriotic", "Salvation", "Independence", "Mujahideen", "Jihad", "Insurgent", "Rebel");
  /** Heads of a force's or a council's name that such a word makes a group's: "Freedom Command". */
  private static final Set<String> FORCE_HEADS = StringSet.of("Command", "Force", "Forces", "Council", "Corps",
      "Organisation", "Organization", "Union", "Guard", "Guards");
  /** Head words of the name of a movement or armed group: "X Liberation Front", "Y Defence Army". */
  private static final Set<String> GROUP_HEADS = StringSet.of("Movement", "Front", "Alliance", "Army", "Brigade",
      "Brigades", "Militia");

  /**
   * Whether an institution's run names a movement or an armed group rather than a body of a state:
   * its head is a movement's or an army's ({@link #GROUP_HEADS}) and no state's name or adjective
   * opens it ("the Shan Highlands Defence Army", "the Lakeland Salvation Movement"; not "the
   * Kenyan Army" nor "the Kenya Army").
   */
  private boolean nonStateGroup(Tokens t, Run r) {
    if (r.group) {
      return true;
    }
    if (r.name != null) {
      return false;
    }
    if (!GROUP_HEADS.contains(t.get(r.to - 1)) && !GROUP_HEADS_FIRST.contains(t.get(r.from))) {
      // "the Sulu Freedom Command", "the Revolutionary Armed Forces": a force named for a cause
      boolean cause = false;
      for (int k = r.from; k < r.to - 1 && !cause; k++) {
        cause = CAUSE_WORDS.contains(t.get(k));
      }
      if (!cause || !FORCE_HEADS.contains(t.get(r.to - 1))) {
        return false;
      }
    }
    for (int k = r.from; k < r.to - 1; k++) {
      PhraseIndex.Match m = index.name(t, k);
      if (m != null && m.entry().kind() == EntryKind.STATE && m.role() != PhraseIndex.Role.CAPITAL) {
        return false; // ("the Tripoli Protection Force": a city's, not the state's)
      }
    }
    return true;
  }

  /**
   * "the Kivu Patriotic Alliance (KPA)": an acronym in brackets right after the name of a body or
   * group, whose letters are the name's initials in order (the first the first), is defined for the
   * rest of the article: it then stands for that actor, before any body of the gazetteer that goes by
   * the same letters. Asked at the opening bracket {@code open}; whether it defined one.
   */
  private boolean define(Doc.Para p, int open, List<Mention> ms, List<Run> orgs, Map<String, Object> acronyms) {
    Tokens t = p.tokens;
    int k = open + 1;
    if (open == 0 || k + 1 >= t.size() || !t.is(k + 1, ")") || !acronymShaped(t, k)) {
      return false;
    }
    String letters = t.get(k);
    if (!orgs.isEmpty() && orgs.get(orgs.size() - 1).para == p.index && orgs.get(orgs.size() - 1).to == open) {
      Run r = orgs.get(orgs.size() - 1);
      if (initialsOf(t, r.from, r.to, letters)) {
        acronyms.put(letters, r.name != null ? r.name : t.span(r.from, r.to));
        orgs.add(new Run(p.index, k, k + 1, r.name != null ? r.name : t.span(r.from, r.to), true));
        return true;
      }
      return false;
    }
    if (!ms.isEmpty() && ms.get(ms.size() - 1).to == open) {
      Mention m = ms.get(ms.size() - 1);
      PhraseIndex.Match known = index.name(t, k);
      if (known != null && known.entry() == m.actor.entry) {
        return false; // "the Rapid Support Forces (RSF)": the gazetteer's own alias, a mention as any other
      }
      if (m.actor.kind != ActorKind.PERSON && m.to - m.from > 1 && initialsOf(t, m.from, m.to, letters)) {
        acronyms.put(letters, m.actor);
        m.actor.forms.add(letters);
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code k} has an acronym's shape: two to eight capital letters. */
  private static boolean acronymShaped(Tokens t, int k) {
    int from = t.start(k);
    int to = t.end(k);
    if (t.type(k) != Tokens.WORD || to - from < 2 || to - from > 8) {
      return false;
    }
    for (int c = from; c < to; c++) {
      if (!Character.isUpperCase(t.text().charAt(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code letters} are initials of the words of [from, to), in order: the first word's
   * first, then each capitalised word's initial or a small word's ("of", "for") or none.
   */
  private static boolean initialsOf(Tokens t, int from, int to, String letters) {
    int n = 0;
    for (int w = from; w < to; w++) {
      if (t.type(w) != Tokens.WORD) {
        continue; // the possessive of "People's"
      }
      char c = Character.toUpperCase(t.firstChar(w));
      boolean capital = t.capitalised(w) || w == from;
      if (n < letters.length() && letters.charAt(n) == c) {
        n++;
      } else if (capital) {
        return false; // a capitalised word whose initial the acronym skips, or one after its last letter
      }
    }
    return n == letters.length();
  }

  /**
   * A defined acronym at {@code i} ({@link #define}): a mention of the actor it stands for, or a run
   * of the body's name; "(KPA) rebels" takes the noun of insurgency along. Returns the token after
   * it, or -1.
   */
  private static int acronym(Doc.Para p, int i, List<Mention> ms, List<Run> orgs, Map<String, Object> acronyms) {
    Tokens t = p.tokens;
    Object meant = acronyms.get(t.get(i));
    if (meant == null) {
      return -1;
    }
    int end = i + 1;
    if (meant instanceof ActorRec) {
      ActorRec a = (ActorRec) meant;
      a.forms.add(t.get(i));
      a.mentions.add(Span.of(t.start(i), t.end(i)));
      a.seen(p.index, i);
      ms.add(new Mention(p.index, i, end, a));
    } else {
      orgs.add(new Run(p.index, i, end, (String) meant, false));
    }
    if (end + 1 < t.size() && t.is(end, ")") && ARMED_NOUNS.contains(t.get(end + 1))) {
      return end + 2; // "the Kivu Patriotic Alliance (KPA) rebels": the noun is the group's own
    }
    return end;
  }

  /**
   * The first token of the name of an institution or movement whose run of words that are no names
   * starts at {@code i}. A name the gazetteer knows right before it is part of it ("Russian Direct
   * Investment Fund", "Kenya Defence Forces"), and so is the name of the place the body is of: a
   * place of the gazetteer or up to three capitalised words that are no names the gazetteer knows,
   * titles or common words ("the Cabo Delgado Liberation Movement", "the Upper Nile Democratic
   * Front"). Those words were read as a place or a name run before the institution was found: that
   * place or run is withdrawn.
   */
  private int namePrefix(Doc.Para p, int i, List<PhraseIndex.Match> ps, List<Run> fullNames, List<Run> singles) {
    Tokens t = p.tokens;
    if (i == 0) {
      return i;
    }
    PhraseIndex.Match before = index.name(t, i - 1);
    if (before != null && before.to == i) {
      return i - 1;
    }
    if (!ps.isEmpty() && ps.get(ps.size() - 1).to == i && ps.get(ps.size() - 1).entry().kind() == EntryKind.PLACE) {
      return ps.remove(ps.size() - 1).from; // "the Cabo Delgado Liberation Movement"
    }
    int from = i;
    while (from > 0 && from > i - 3 && placeWord(p, from - 1)) {
      from--;
    }
    if (from < i && from > 0 && t.capitalised(from - 1) && Bits.DIRECTIONS.contains(t, from - 1)) {
      from--; // "the Upper Nile ...", "the South Kordofan ...": a part of a place
    }
    if (from < i) {
      withdraw(fullNames, p.index, from);
      withdraw(singles, p.index, from);
    }
    return from;
  }

  /** Whether token {@code k} may be a word of a place's name that no list knows ("Equatoria", "Upper Nile"). */
  private boolean placeWord(Doc.Para p, int k) {
    Tokens t = p.tokens;
    return t.type(k) == Tokens.WORD && t.capitalised(k) && !shouting(t, k) && nameWord(t, k)
        && index.name(t, k) == null && !Bits.ORG_HEADS.contains(t, k) && !Bits.COMMON_WORDS.contains(t, k)
        && Lexicon.givenNameGender(t, k) == 0 && !(p.sentenceInitial(k) && verbLike(t.lower(k)));
  }

  /** Removes the last run of {@code runs} when it lies in paragraph {@code para} from token {@code from} on. */
  private static void withdraw(List<Run> runs, int para, int from) {
    if (!runs.isEmpty() && runs.get(runs.size() - 1).para == para && runs.get(runs.size() - 1).from >= from) {
      runs.remove(runs.size() - 1);
    }
  }

  private void handleGazetteer(Doc.Para p, PhraseIndex.Match m, Map<GazetteerEntry, ActorRec> known,
      Map<String, ActorRec> groups, List<Mention> ms, List<PhraseIndex.Match> ps, List<PhraseIndex.Match> ds) {
    GazetteerEntry e = m.entry();
    Tokens t = p.tokens;
    switch (m.role()) {
      case DEMONYM:
        ds.add(m);
        int noun = groupNounAfter(t, m.to);
        if (noun >= 0) {
          // "senior Russian officials", "the Ukrainian delegation", "Ukrainian and Russian
          // negotiators": a group that stands for its state
          boolean modified = noun == m.to + 1; // "Armenian foreign ministers"
          // "Armenian and Azerbaijani foreign ministers": both are foreign ministers
          boolean sharedModifier = noun - 1 > m.to && Bits.NAMED_GROUP_MODIFIERS.contains(t, noun - 1);
          String name = t.span(m.from, m.to) + " " + (modified || sharedModifier ? t.get(noun - 1) + " " : "") + t.get(noun);
          String key = e.country().isPresent() && (noun == m.to || modified)
              ? e.country().get() + " " + t.span(m.to, noun + 1) : name;
          ActorRec g = groups.computeIfAbsent(key, k -> {
            ActorRec r = new ActorRec(ActorKind.GROUP, name, null);
            r.country = e.country().orElse(null);
            return r;
          });
          int from = m.from > 0 && Lexicon.GROUP_MODIFIERS.contains(t.get(m.from - 1)) ? m.from - 1 : m.from;
          int to = noun == m.to || modified ? noun + 1 : m.to;
          g.mentions.add(Span.of(t.start(from), t.end(to - 1)));
          g.seen(p.index, from);
          ms.add(new Mention(p.index, from, to, g));
        }
        return;
      case CAPITAL:
        if (forceNamedAfter(t, m.to)) {
          return; // "the Tripoli Protection Force": the city names the force, which is no state's
        }
        if (m.from > 0 && (Lexicon.LOCATIVE.contains(t.lower(m.from - 1))
            || EventStage.PLACE_NOUNS.contains(t.get(m.from - 1)) && EventStage.inPlacePhrase(t, m.from))) {
          ps.add(m); // "in Astana", "in the Kazakh capital Astana": where, not who
          return;
        }
        break;
      default:
        break;
    }
    if (e.kind() == EntryKind.PLACE) {
      ps.add(m);
      return;
    }
    if (e.kind() == EntryKind.STATE && m.from > 1 && t.is(m.from - 1, ",") && !ps.isEmpty()
        && ps.get(ps.size() - 1).to == m.from - 1) {
      return; // "in Doha, Qatar": the state only places the city
    }
    if (e.kind() == EntryKind.PLATFORM || e.kind() == EntryKind.TITLE) {
      return;
    }
    int noun = e.kind() == EntryKind.STATE && m.role() != PhraseIndex.Role.CAPITAL
        || e.kind() == EntryKind.ORGANIZATION ? namedGroupNounAfter(t, m.to, e.kind()) : -1;
    if (noun < 0 && e.kind() == EntryKind.ORGANIZATION && m.to + 3 < t.size() && t.is(m.to + 1, "and")
        && t.type(m.to) == Tokens.WORD && Bits.NAMED_GROUP_MODIFIERS.contains(t, m.to)
        && t.type(m.to + 2) == Tokens.WORD && Bits.NAMED_GROUP_MODIFIERS.contains(t, m.to + 2)
        && (t.is(m.to + 3, "ministers") || t.is(m.to + 3, "leaders"))) {
      // "the ASEAN trade and foreign ministers": two groups of the body, each with its own mention
      String body = t.span(m.from, m.to);
      String head = t.get(m.to + 3);
      int from = m.from > 0 && Lexicon.GROUP_MODIFIERS.contains(t.get(m.from - 1)) ? m.from - 1 : m.from;
      // each group's mention: "the ASEAN trade" and "foreign ministers"; its modifier, the last or first word
      int[][] spans = {{from, m.to + 1, m.to}, {m.to + 2, m.to + 4, m.to + 2}};
      for (int[] span : spans) {
        String name = body + " " + t.get(span[2]) + " " + head;
        ActorRec g = groups.computeIfAbsent(name, k -> {
          ActorRec r = new ActorRec(ActorKind.GROUP, name, null);
          r.affiliation = e.name();
          return r;
        });
        g.mentions.add(Span.of(t.start(span[0]), t.end(span[1] - 1)));
        g.seen(p.index, span[0]);
        ms.add(new Mention(p.index, span[0], span[1], g));
      }
      return;
    }
    if (noun >= 0) {
      // "US officials", "the Afghanistan government", "ASEAN trade ministers": people of the state
      // or body, acting together
      String name = t.span(m.from, noun + 1);
      // "the Afghanistan government" and "the Afghan government" are one group
      String key = e.country().isPresent() && e.kind() == EntryKind.STATE
          ? e.country().get() + " " + t.span(m.to, noun + 1) : name;
      ActorRec g = groups.computeIfAbsent(key, k -> {
        ActorRec r = new ActorRec(ActorKind.GROUP, name, null);
        r.country = e.country().orElse(null);
        r.affiliation = e.kind() == EntryKind.ORGANIZATION ? e.name() : null;
        return r;
      });
      int from = m.from > 0 && Lexicon.GROUP_MODIFIERS.contains(t.get(m.from - 1)) ? m.from - 1 : m.from;
      g.mentions.add(Span.of(t.start(from), t.end(noun)));
      g.seen(p.index, from);
      ms.add(new Mention(p.index, from, noun + 1, g));
      return;
    }
    ActorRec a = knownActor(known, e);
    if (!spelt(t, m.from, m.to, a.name)) {
      a.forms.add(t.span(m.from, m.to));
    }
    a.mentions.add(Span.of(t.start(m.from), t.end(m.to - 1)));
    a.seen(p.index, m.from);
    ms.add(new Mention(p.index, m.from, m.to, a));
  }

  /**
   * Whether the text of tokens [from, to) is {@code name}: {@code t.span(from, to).equals(name)}
   * read in the text, without a String made for each mention of an actor named as the entry is.
   */
  private static boolean spelt(Tokens t, int from, int to, String name) {
    int start = t.start(from);
    return t.end(to - 1) - start == name.length() && t.text().regionMatches(start, name, 0, name.length());
  }

  /** The one actor of gazetteer entry {@code e} in this article, made on its first mention. */
  private static ActorRec knownActor(Map<GazetteerEntry, ActorRec> known, GazetteerEntry e) {
    ActorRec a = known.get(e);
    if (a == null) {
      a = new ActorRec(kindOf(e.kind()), e.name(), e);
      a.country = e.country().orElse(null);
      known.put(e, a);
    }
    return a;
  }

  private static ActorKind kindOf(EntryKind kind) {
    switch (kind) {
      case STATE:
        return ActorKind.STATE;
      case GROUP:
        return ActorKind.GROUP;
      default:
        return ActorKind.ORGANIZATION;
    }
  }

  /** Verbs after which a capitalised title with no article is its holder: "Prime Minister met X". */
  private static final Set<String> BARE_TITLE_VERBS = StringSet.of("met", "held", "joined", "received", "called",
      "spoke", "visited", "hosted");

  /**
   * "the president", "the Kremlin leader", "the Russian envoy": a definite title refers to the one
   * person who holds it (qualified by a state or institution, of that country); with two or more
   * holders, or none, it refers to no one. "The minister" is the one holder of a title of that head
   * noun; a press release's bare title before a verb of meeting ("Prime Minister met") is the holder
   * it names first.
   */
  private void titleReferences(Doc doc, List<List<Mention>> mentions, List<ActorRec> people) {
    // who holds which title, once: the scan below then costs one lookup per "the"
    Map<String, List<ActorRec>> holders = new HashMap<>();
    // the same by the title's head noun ("minister" for "foreign minister"), each person once
    Map<String, List<ActorRec>> byHead = new HashMap<>();
    List<ActorRec> heads = new ArrayList<>();
    for (ActorRec a : people) {
      for (String name : a.titleNames) {
        holders.computeIfAbsent(name, k -> new ArrayList<>(1)).add(a);
        // the head noun: the last word, or the word before "of" ("secretary of state": "the Secretary")
        int of = name.indexOf(" of ");
        String stem = of > 0 ? name.substring(0, of) : name;
        int sp = stem.lastIndexOf(' ');
        if (sp > 0 || of > 0) {
          List<ActorRec> same = byHead.computeIfAbsent(stem.substring(sp + 1), k -> new ArrayList<>(1));
          if (!same.contains(a)) {
            same.add(a);
          }
        }
      }
      if (a.titleClasses.contains("head-of-state") || a.titleClasses.contains("head-of-government")) {
        heads.add(a);
      }
    }
    if (holders.isEmpty()) {
      return;
    }
    for (Doc.Para p : doc.paras) {
      Tokens t = p.tokens;
      for (int i = 0; i + 1 < t.size(); i++) {
        // every token of the article: a "t" first, by one read (no other letter folds to it)
        char c = t.firstChar(i);
        boolean the = (c >= 128 || (c | 0x20) == 't') && t.isIgnoreCase(i, "the");
        // "On 22 November, Prime Minister met ...": a press release's title with no article, opening
        // its clause and followed by a verb of meeting, is its holder's
        boolean bare = !the && c >= 'A' && c <= 'Z' && (i == 0 || t.is(i - 1, ",") || p.sentenceInitial(i));
        if (!the && !bare) {
          continue;
        }
        int k = the ? i + 1 : i;
        String country = null;
        PhraseIndex.Match q = index.name(t, k);
        if (q != null && q.entry().country().isPresent() && q.entry().kind() != EntryKind.PLACE) {
          country = q.entry().country().get();
          k = q.to;
          if (k < t.size() && t.type(k) == Tokens.POSSESSIVE) {
            k++;
          }
        }
        PhraseIndex.Match title = k < t.size() ? index.title(t, k) : null;
        if (title == null || title.to < t.size() && (t.capitalised(title.to) || t.type(title.to) == Tokens.POSSESSIVE
            && title.to + 1 < t.size() && index.title(t, title.to + 1) != null)) {
          continue; // "the president Vladimir Putin" is a name with its title, handled already
        }
        if (bare && (country != null || title.to >= t.size() || !BARE_TITLE_VERBS.contains(t.get(title.to)))) {
          continue; // (a bare title only before a verb of meeting: "Prime Minister met")
        }
        String name = title.entry().name();
        boolean generic = name.equals("leader") || name.equals("head") || name.equals("chief");
        List<ActorRec> candidates = generic ? heads : holders.getOrDefault(name, List.of());
        if (candidates.isEmpty() && !generic && name.indexOf(' ') < 0) {
          // "the minister" after "Foreign Minister X": the head noun of the holders' titles
          candidates = byHead.getOrDefault(name, List.of());
        }
        ActorRec only = null;
        int count = 0;
        for (ActorRec a : candidates) {
          if (country == null || country.equals(a.country)) {
            if (bare && only != null && (a.firstPara > only.firstPara
                || a.firstPara == only.firstPara && a.firstToken > only.firstToken)) {
              continue; // a release's bare "Prime Minister" is its own principal: the holder it names first
            }
            only = a;
            count = bare ? 1 : count + 1;
          }
        }
        if (count == 1 && (country != null || !generic)) {
          int from = the ? i + 1 : i; // ("the Russian president": the state's name is the mention's too)
          if (LOG.isDebugEnabled()) { // (the words' String made for the log only)
            LOG.debug("paragraph {}: '{}' refers to {}", p.index, t.span(from, title.to), only.name);
          }
          addMention(doc, mentions, p.index, from, title.to, only);
        }
      }
    }
  }

  /**
   * Whether token {@code j}, after the capitalised words of a name from {@code i}, is a plural noun
   * of {@link #NAME_POSSESSORS} with its possessive mark written against it and the name going on
   * after the mark: "People's", "Workers'" (the apostrophe alone after a plural).
   */
  private boolean possessiveInName(Tokens t, int i, int j) {
    // (asked of each word that may go on a name: the mark written against the word comes first)
    if (j <= i || j + 2 >= t.size() || t.type(j) != Tokens.WORD || t.end(j) != t.start(j + 1)) {
      return false;
    }
    boolean mark = t.type(j + 1) == Tokens.POSSESSIVE
        || t.type(j + 1) == Tokens.QUOTE && (t.is(j + 1, "'") || t.is(j + 1, "\u2019")) && t.end(j + 1) < t.start(j + 2);
    return mark && NAME_POSSESSORS.contains(t.get(j)) && t.capitalised(j + 2) && nameWord(t, j + 2);
  }

  /**
   * A word that may be part of a person's name: a capitalised word or initial that is not an
   * acronym ("KUALA", "VERY"), a prefixed surname ("al-Assad"), or a particle before one ("von der").
   */
  private boolean nameWord(Tokens t, int j) {
    if (t.type(j) != Tokens.WORD) {
      return false;
    }
    if (t.capitalised(j)) {
      if (shouting(t, j)) {
        return false;
      }
      // the word's String only for a word with a dash: the test is asked of every capitalised word
      int dash = dash(t, j);
      String w = dash > 0 ? t.get(j) : "";
      if (dash > 0 && dash + 1 < w.length() && Character.isLowerCase(w.charAt(dash + 1))) {
        String head = w.substring(0, dash);
        if (Lexicon.NOT_NAMES.contains(head) || Lexicon.COMMON_WORDS.contains(head)
            || index.stateByDemonym(head)) {
          return false; // "Then-president", "Indian-administered"
        }
      }
      if (dash > 0 && dash + 1 < w.length() && Character.isUpperCase(w.charAt(dash + 1))
          && index.stateByDemonym(w.substring(0, dash))) {
        return false; // "Irish-American", "Russian-Ukrainian": adjectives of origin, no names
      }
      return !Bits.NOT_NAMES.contains(t, j) && index.name(t, j) == null && index.title(t, j) == null
          || Bits.ORG_HEADS.contains(t, j) || Bits.NON_ACTOR_HEADS.contains(t, j);
    }
    if (prefixedSurname(t, j)) {
      return true;
    }
    if (!Bits.NAME_PARTICLES.contains(t, j)) {
      return false;
    }
    int k = j + 1;
    while (k < t.size() && t.type(k) == Tokens.WORD && Bits.NAME_PARTICLES.contains(t, k)) {
      k++;
    }
    return k < t.size() && t.capitalised(k);
  }

  /**
   * The end of a run of two to five capitalised words starting at {@code i} that ends with an
   * institution's head word ("Defense Ministry", "Foreign Affairs Committee"), or -1.
   */
  private int orgRun(Tokens t, int i) {
    if (t.is(i, "The") || t.is(i, "A") || t.is(i, "An") || !Bits.NOT_NAMES.contains(t, i)) {
      return -1; // the first word's test holds for every end: asked once, before the run is read
    }
    int j = i;
    while (j < t.size() && j - i < 5 && t.capitalised(j) && !shouting(t, j) && index.name(t, j) == null) {
      j++;
    }
    if (j < i + 2) {
      return -1;
    }
    for (int end = j; end >= i + 2; end--) {
      if (Bits.ORG_HEADS.contains(t, end - 1)) {
        return end;
      }
    }
    return -1;
  }

  /**
   * The end of an institution's name that goes on after its head word with "of" or "for" and
   * capitalised words ("Ministry of Foreign Affairs", "Commission of Inquiry"); {@code end} itself
   * when it does not.
   */
  private static int ofTail(Tokens t, int end) {
    if (end + 1 >= t.size() || !(t.is(end, "of") || t.is(end, "for")) || !t.capitalised(end + 1)
        || t.is(end + 1, "The")) {
      return end;
    }
    int j = end + 1;
    while (j < t.size() && j - end <= 4 && (t.capitalised(j)
        || t.is(j, "and") && j + 1 < t.size() && t.capitalised(j + 1))) {
      j++;
    }
    return t.is(j - 1, "and") ? j - 1 : j;
  }

  /**
   * A word made of two names joined by a hyphen ("Russia-Ukraine", "U.S.-Taliban", "ASEAN-U.S."),
   * or of states' demonyms (one or both) right before a word of a meeting or a ceasefire
   * ("Thai-Cambodian ceasefire", "US-Chinese summit"),
   * which may run over a few adjacent tokens: a mention of each is added to {@code ms}, and the
   * index of the token after the word is returned; {@code i} itself when the word is no such pair.
   */
  private int compoundPair(Doc.Para p, int i, Map<GazetteerEntry, ActorRec> known, List<Mention> ms) {
    Tokens t = p.tokens;
    int para = p.index;
    if (!t.capitalised(i)) {
      return i;
    }
    String text = t.text();
    int start = t.start(i);
    int dash = Chars.indexOf(text, '-', start, t.end(i)); // within the word: a search to the text's end is quadratic
    if (dash < 0 || dash >= t.end(i) - 1 || !Character.isUpperCase(text.charAt(dash + 1))) {
      return i;
    }
    GazetteerEntry first = actorEntry(index.nameAt(text, start, dash));
    boolean demonym = false;
    if (first == null) {
      // "Thai-Cambodian ceasefire", "Russian-Ukrainian talks": two states, when an event follows
      first = index.demonymAt(text, start, dash);
      demonym = true;
    }
    if (first == null) {
      return i;
    }
    // "ASEAN-U.S." is read as "ASEAN-U", ".", "S.": the second name may end in a later, adjacent token
    for (int j = i; j < t.size() && j <= i + 2 && (j == i || t.start(j) == t.end(j - 1)); j++) {
      GazetteerEntry second = actorEntry(index.nameAt(text, dash + 1, t.end(j)));
      boolean secondDemonym = false;
      if (second == null) {
        second = index.demonymAt(text, dash + 1, t.end(j));
        secondDemonym = true;
      }
      if (second != null && (demonym || secondDemonym) && !eventAfter(p, j + 1)) {
        return i; // "Israeli-Palestinian peace efforts", "the Thai-Cambodian border": an adjective, no sides
      }
      if (second != null && second != first) {
        int to = j + 1;
        for (GazetteerEntry e : List.of(first, second)) {
          ActorRec a = knownActor(known, e);
          a.mentions.add(e == first ? Span.of(start, dash) : Span.of(dash + 1, t.end(j)));
          a.seen(para, i);
          ms.add(new Mention(para, i, to, a));
        }
        return to;
      }
    }
    return i;
  }

  /**
   * Whether the bracket opened at {@code open} closes within four tokens and a name word follows it:
   * an editor's insertion inside a name ("[Vladimir] Putin", "Jeyhun [Bayramov]" ends it), not a
   * caption's position marker after one ("Bayramov [L] and Pompeo [R]").
   */
  private boolean insertionInName(Tokens t, int open) {
    for (int c = open + 1; c < Math.min(t.size(), open + 5); c++) {
      if (t.is(c, "]")) {
        return c + 1 < t.size() && nameWord(t, c + 1) || c - open > 2; // (a one-letter marker ends the name)
      }
    }
    return false;
  }

  /** Whether a word of a meeting or a ceasefire stands within the three tokens from {@code k}. */
  private static boolean eventAfter(Doc.Para p, int k) {
    for (int j = k; j < Math.min(p.tokens.size(), k + 3); j++) {
      if (p.tokens.type(j) == Tokens.WORD && (p.flags(j) & (WordFlags.MEETING | WordFlags.CEASEFIRE | WordFlags.PAUSE)) != 0) {
        return true;
      }
    }
    return false;
  }

  private static GazetteerEntry actorEntry(GazetteerEntry e) {
    return e != null && (e.kind() == EntryKind.STATE || e.kind() == EntryKind.ORGANIZATION
        || e.kind() == EntryKind.GROUP) ? e : null;
  }

  /** The state, organisation or group named before the hyphen of "US-led", "Russia-brokered", or null. */
  private GazetteerEntry compoundPrefix(Tokens t, int i) {
    if (!t.capitalised(i)) {
      return null;
    }
    int start = t.start(i);
    int end = t.end(i);
    int dash = Chars.indexOf(t.text(), '-', start, end); // within the word: a search to the text's end is quadratic
    if (dash < 0 || dash >= end - 1 || !Character.isLowerCase(t.text().charAt(dash + 1))) {
      return null;
    }
    return actorEntry(index.nameAt(t.text(), start, dash));
  }

  /**
   * The group noun a demonym qualifies: right after it ("Russian officials") or after a list of
   * further demonyms or state names ("Ukrainian and Russian negotiators", "the US, Russian and
   * Ukrainian delegations"); -1 when there is none.
   */
  private int groupNounAfter(Tokens t, int k) {
    for (int steps = 0; k < t.size() && steps < 8; steps++) {
      if (t.type(k) == Tokens.WORD && Bits.GROUP_NOUNS.contains(t, k)) {
        return k;
      }
      if (t.type(k) == Tokens.WORD && Bits.NAMED_GROUP_MODIFIERS.contains(t, k) && k + 1 < t.size()
          && t.type(k + 1) == Tokens.WORD && Bits.GROUP_NOUNS.contains(t, k + 1)) {
        return k + 1; // "Armenian and Azerbaijani foreign ministers"
      }
      if (t.is(k, ",") || t.is(k, "and")) {
        k++;
        continue;
      }
      PhraseIndex.Match next = t.type(k) == Tokens.WORD ? index.name(t, k) : null;
      if (next == null || next.entry().kind() != EntryKind.STATE) {
        return -1;
      }
      k = next.to;
    }
    return -1;
  }

  /** The armed groups an article has named so far: the last one, and a bounded few to compare names with. */
  private static final class Armed {
    /** How many recent groups a new name is compared with: an article names a handful; a hostile text stays linear. */
    static final int RECENT = 16;
    ActorRec last;
    final java.util.ArrayDeque<ActorRec> recent = new java.util.ArrayDeque<>(RECENT);
    /** The {@link #stems} of each recent group's name, worked out once. */
    final Map<ActorRec, String[]> stems = new java.util.IdentityHashMap<>();
    int knownSize = -1;
    boolean knownGroup;
  }

  /** Plural nouns of insurgency: with a name, a demonym or a modifier before them they name an armed group. */
  static final Set<String> ARMED_NOUNS = StringSet.of(
      "rebels", "insurgents", "militants", "guerrillas", "separatists", "militias", "jihadists", "paramilitaries");
  /** Words before "group" (or "movement") that say the name after it is an armed group's: "the rebel group X". */
  private static final Set<String> ARMED_GROUP_ADJECTIVES = StringSet.of(
      "rebel", "armed", "militant", "insurgent", "guerrilla", "separatist", "jihadist", "paramilitary", "militia");
  private static final Set<String> ARMED_GROUP_HEADS = StringSet.of("group", "movement", "alliance", "faction", "organisation",
      "organization");
  /** Lower-case modifiers that name an armed group together with its noun: "leftist rebels". */
  private static final Set<String> ARMED_MODIFIERS = StringSet.of(
      "leftist", "rightist", "armed", "separatist", "opposition", "islamist", "communist", "maoist", "marxist",
      "ethnic", "tribal", "jihadist", "insurgent", "rebel", "secessionist", "anti-government");
  /** Nouns of fighting men that name an armed group after an unknown adjective of a people: "Tigrayan forces". */
  private static final Set<String> FIGHTING_FORCES = StringSet.of("forces", "fighters");
  /** Adjectives of the shape of a people's that name no armed group's side: "European forces", "Western forces". */
  private static final Set<String> NO_PEOPLE = StringSet.of("European", "African", "Asian", "American", "Western",
      "Eastern", "Northern", "Southern", "Christian", "Muslim", "Arab", "Allied", "Coalition", "Russian", "Indian",
      "Iranian");

  /**
   * Whether a capitalised word has the shape of an adjective of a people ("Tigrayan", "Kurdish",
   * "Sunni", "Congolese"): it ends in "-an", "-ish", "-ese" or "-i" and is no continent's or
   * creed's (those of states the gazetteer knows are read as its demonyms before this).
   */
  private static boolean demonymShaped(String w) {
    if (w.length() < 4 || NO_PEOPLE.contains(w) || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    return w.endsWith("an") || w.endsWith("ish") || w.endsWith("ese") || w.endsWith("i");
  }

  /** Capitalised words that open a sentence or a noun phrase but name no group: "The rebels", "Some militants". */
  private static final Set<String> NO_GROUP_NAME = StringSet.of(
      "The", "A", "An", "Some", "Many", "Other", "Several", "These", "Those", "Both", "Two", "All", "Most", "Armed",
      "Rebel", "Leftist", "Islamist", "Local", "Former", "Foreign", "Government", "Opposition");

  /**
   * A non-state armed group at token {@code i}, added as a mention; returns the token after it, or
   * -1. News English names such a group four ways: a capitalised name before a noun of insurgency
   * ("the Shining Dawn rebels": the group "Shining Dawn"), a demonym before it ("Peruvian rebels":
   * a group of Peru's, fighting Peru), a noun of insurgency's group before a name ("the rebel group
   * Shining Dawn"), and a lower-case modifier before the noun ("leftist rebels"). A later bare "the
   * rebels" is the last such group of the article; after a group the gazetteer knows (Hamas, the
   * Houthis) it adds none. Every look is within five tokens of {@code i}.
   */
  private int armedGroup(Doc.Para p, int i, Map<GazetteerEntry, ActorRec> known, Map<String, ActorRec> groups,
      List<Mention> ms, List<PhraseIndex.Match> ds, Armed lastArmed) {
    Tokens t = p.tokens;
    if (!t.capitalised(i) && !Bits.ARMED_NOUNS_OR_ADJECTIVES.containsLower(t, i)) {
      // a word in lower case starts a group only as an adjective or noun of insurgency (all in
      // lower case): a bit test turns the others away, asked of every word of the paragraph
      return -1;
    }
    String w = t.get(i);
    if (t.capitalised(i)) {
      if (NO_GROUP_NAME.contains(w)) {
        return -1;
      }
      PhraseIndex.Match m = index.name(t, i);
      if (m != null) {
        if (m.role() != PhraseIndex.Role.DEMONYM || m.entry().kind() != EntryKind.STATE || m.to >= t.size()
            || !ARMED_NOUNS.contains(t.get(m.to))) {
          return -1;
        }
        // "Peruvian rebels": of Peru, against Peru (the demonym still tells the discourse of Peru's war)
        ds.add(m);
        String country = m.entry().country().orElse(null);
        return addArmed(p, i, m.to + 1, t.span(i, m.to + 1), country, groups, ms, lastArmed);
      }
      int e = i;
      while (e < t.size() && e < i + 4 && t.type(e) == Tokens.WORD && t.capitalised(e) && (e == i || index.name(t, e) == null)) {
        e++;
      }
      if (e >= t.size() || e == i || e == i + 1 && Lexicon.COMMON_WORDS.contains(w)) {
        return -1;
      }
      if (t.is(e, ",") && appositiveArmedGroup(t, e + 1)) {
        // "Shining Dawn, a Maoist rebel group, said": the name before the apposition
        return addArmed(p, i, e, t.span(i, e), null, groups, ms, lastArmed);
      }
      if (!ARMED_NOUNS.contains(t.get(e)) && !t.is(e, "militia")) {
        if (e == i + 1 && FIGHTING_FORCES.contains(t.get(e)) && demonymShaped(w)) {
          // "Tigrayan forces", "Kurdish fighters": an adjective of a people the gazetteer does not know
          // before a noun of fighting men names an armed group, the phrase its name
          return addArmed(p, i, e + 1, t.span(i, e + 1), null, groups, ms, lastArmed);
        }
        return -1;
      }
      // "the Shining Dawn rebels": the group is "Shining Dawn"; one word ("Kachin rebels", "Maoist
      // rebels") may be an adjective: the phrase is the name, the word an alias
      int next = addArmed(p, i, e + 1, e == i + 1 ? t.span(i, e + 1) : t.span(i, e), null, groups, ms, lastArmed);
      lastArmed.last.forms.add(e == i + 1 ? w : t.span(i, e + 1));
      return next;
    }
    String lower = t.lower(i);
    if (ARMED_GROUP_ADJECTIVES.contains(lower) && i + 2 < t.size() && ARMED_GROUP_HEADS.contains(t.get(i + 1))
        && t.type(i + 2) == Tokens.WORD && t.capitalised(i + 2) && !NO_GROUP_NAME.contains(t.get(i + 2))
        && index.name(t, i + 2) == null) {
      // "the rebel group Shining Dawn": the name follows
      int e = i + 2;
      while (e < t.size() && e < i + 6 && t.type(e) == Tokens.WORD && t.capitalised(e)) {
        e++;
      }
      return addArmed(p, i, e, t.span(i + 2, e), null, groups, ms, lastArmed);
    }
    if (ARMED_GROUP_ADJECTIVES.contains(lower) && !lower.equals("armed") && i + 1 < t.size()
        && t.type(i + 1) == Tokens.WORD && t.capitalised(i + 1) && !NO_GROUP_NAME.contains(t.get(i + 1))
        && index.name(t, i + 1) == null) {
      // "the rebel Liberation Tigers of Tamil Eelam": a name after the adjective, "of" inside it
      int e = i + 1;
      while (e < t.size() && e < i + 8 && t.type(e) == Tokens.WORD
          && (t.capitalised(e) || t.is(e, "of") && e + 1 < t.size() && t.capitalised(e + 1))) {
        e++;
      }
      if (e > i + 2 || ARMED_NOUNS.contains(t.get(e < t.size() ? e : i))) {
        return addArmed(p, i + 1, e, t.span(i + 1, e), null, groups, ms, lastArmed);
      }
    }
    if (!ARMED_NOUNS.contains(w) || !ms.isEmpty() && ms.get(ms.size() - 1).to == i) {
      return -1; // (after a mention the noun is its own: "Houthi rebels", "M23 rebels")
    }
    if (lastArmed.last != null) {
      ActorRec a = lastArmed.last; // "the rebels": the group named before
      a.mentions.add(Span.of(t.start(i), t.end(i)));
      a.seen(p.index, i);
      ms.add(new Mention(p.index, i, i + 1, a));
      return i + 1;
    }
    if (lastArmed.knownSize != known.size()) {
      // (read again only when the gazetteer found a new actor: a long paragraph of "rebels" stays linear)
      lastArmed.knownSize = known.size();
      lastArmed.knownGroup = known.values().stream().anyMatch(k -> k.kind == ActorKind.GROUP);
    }
    if (lastArmed.knownGroup) {
      return -1; // "the militants" after Hamas: the gazetteer's group, not a new one
    }
    boolean modified = i > 0 && t.type(i - 1) == Tokens.WORD && ARMED_MODIFIERS.contains(t.lower(i - 1));
    int from = modified ? i - 1 : i;
    return addArmed(p, from, i + 1, t.span(from, i + 1), null, groups, ms, lastArmed);
  }

  /**
   * "the rebel group Sendero Rojo", later "talks with Sendero Rojo": the bare name of an armed group
   * named before (its name, or "the" and the plural word of its name: "the Tigers" for the Liberation
   * Tigers of Tamil Eelam) is a mention of it, not a new person or organisation; returns the token
   * after it, or -1.
   */
  private static int armedAgain(Doc.Para p, int i, List<Mention> ms, Armed armed) {
    Tokens t = p.tokens;
    // "the Tigers" after "the Liberation Tigers of Tamil Eelam": the plural word of its name, its
    // stem made once for all the groups compared
    String stem = i > 0 && t.is(i - 1, "the") && (i + 1 >= t.size() || !t.capitalised(i + 1))
        && t.get(i).length() > 4 && t.get(i).endsWith("s") ? t.get(i).substring(0, t.get(i).length() - 1) : null;
    for (ActorRec g : armed.recent) {
      int end = nameAt(t, i, g.name);
      if (end < 0 && stem != null) {
        for (String own : armed.stems.get(g)) {
          if (stem.equals(own)) {
            end = i + 1;
            break;
          }
        }
      }
      if (end > i) {
        g.mentions.add(Span.of(t.start(i), t.end(end - 1)));
        g.seen(p.index, i);
        ms.add(new Mention(p.index, i, end, g));
        armed.last = g;
        return end;
      }
    }
    return -1;
  }

  /** The token after {@code name} when its words stand at {@code i}, else -1. */
  private static int nameAt(Tokens t, int i, String name) {
    int k = i;
    int from = 0;
    while (from <= name.length()) {
      int sp = name.indexOf(' ', from);
      int to = sp < 0 ? name.length() : sp;
      if (k >= t.size() || t.type(k) != Tokens.WORD) {
        return -1;
      }
      String w = t.get(k);
      if (w.length() != to - from || !name.regionMatches(from, w, 0, w.length())) {
        return -1;
      }
      k++;
      if (sp < 0) {
        return k;
      }
      from = sp + 1;
    }
    return -1;
  }

  /**
   * An armed group found before whose name shares a capitalised word with {@code name} (a final
   * "s" aside: "Tiger" and "Tigers"), or null. Only the article's last {@value Armed#RECENT} armed
   * groups are compared.
   */
  private static ActorRec sameArmed(Armed armed, String[] stems) {
    for (ActorRec g : armed.recent) {
      for (String a : armed.stems.get(g)) {
        for (String b : stems) {
          if (a != null && a.equals(b)) {
            return g;
          }
        }
      }
    }
    return null;
  }

  /**
   * The words of an armed group's name that may tell it again, once: capitalised words of more
   * than three letters, a final "s" dropped ("Tigers" as "Tiger"); null for the others.
   */
  private static String[] stems(String name) {
    String[] words = name.split(" ");
    for (int k = 0; k < words.length; k++) {
      String w = words[k];
      words[k] = w.length() > 3 && Character.isUpperCase(w.charAt(0)) ? (w.endsWith("s") ? w.substring(0, w.length() - 1) : w)
          : null;
    }
    return words;
  }

  /** "a Maoist rebel group", "an armed group": an apposition that says a name is an armed group's. */
  private static boolean appositiveArmedGroup(Tokens t, int k) {
    if (k >= t.size() || !(t.is(k, "a") || t.is(k, "an") || t.is(k, "the"))) {
      return false;
    }
    for (int j = k + 1; j < t.size() && j <= k + 4 && t.type(j) == Tokens.WORD; j++) {
      boolean head = j + 1 >= t.size() || t.type(j + 1) != Tokens.WORD; // "a militia leader" is a person
      if (head && (ARMED_GROUP_HEADS.contains(t.get(j)) && ARMED_GROUP_ADJECTIVES.contains(t.lower(j - 1))
          || t.is(j, "militia"))) {
        return true;
      }
    }
    return false;
  }

  private static int addArmed(Doc.Para p, int from, int to, String name, String country, Map<String, ActorRec> groups,
      List<Mention> ms, Armed lastArmed) {
    Tokens t = p.tokens;
    String[] stems = stems(name);
    ActorRec same = sameArmed(lastArmed, stems);
    if (same != null) {
      // "Tamil Tiger rebels", later "the Liberation Tigers of Tamil Eelam": one group, named in full
      if (stems.length > lastArmed.stems.get(same).length) {
        same.forms.add(same.name);
        same.name = name;
        lastArmed.stems.put(same, stems);
      } else {
        same.forms.add(name);
      }
    }
    ActorRec g = same != null ? same : groups.computeIfAbsent("armed " + name.toLowerCase(Locale.ROOT), k -> {
      ActorRec r = new ActorRec(ActorKind.GROUP, name, null);
      r.country = country;
      r.armed = true;
      return r;
    });
    if (!spelt(t, from, to, name)) {
      g.forms.add(t.span(from, to));
    }
    g.mentions.add(Span.of(t.start(from), t.end(to - 1)));
    g.seen(p.index, from);
    ms.add(new Mention(p.index, from, to, g));
    lastArmed.last = g;
    if (same == null && !lastArmed.recent.contains(g)) {
      if (lastArmed.recent.size() == Armed.RECENT) {
        lastArmed.stems.remove(lastArmed.recent.removeFirst());
      }
      lastArmed.recent.addLast(g);
      lastArmed.stems.put(g, stems);
    }
    LOG.debug("paragraph {}: armed group {}", p.index, name);
    return to;
  }

  /** Nouns that make "US officials" or "ASEAN leaders" a group of the state or body named before. */
  private static final Set<String> NAMED_GROUP_NOUNS = StringSet.of(
      "officials", "delegation", "negotiators", "diplomats", "authorities", "government", "leaders",
      "ministers", "lawmakers", "envoys", "representatives", "team", "military", "junta", "regime", "army");

  /** Plural nouns of people that, with "from" or "of" and a list of states, make a group of their envoys. */
  private static final Set<String> ENVOY_NOUNS = StringSet.of(
      "ministers", "officials", "leaders", "chiefs", "diplomats", "negotiators", "envoys", "delegations",
      "representatives", "heads", "presidents", "governments", "mediators");

  /**
   * The end of a list of two or more states after a plural noun of envoys at {@code i} and "from" or
   * "of" ("ministers from Britain, France and Iran", "the leaders of the United States and Japan"),
   * or -1.
   */
  private int statesListAfter(Tokens t, int i) {
    // the noun's bit test first: asked of almost every word
    if (t.type(i) != Tokens.WORD || !Bits.ENVOY_NOUNS.containsLower(t, i) || i + 2 >= t.size()
        || !(t.is(i + 1, "from") || t.is(i + 1, "of"))) {
      return -1;
    }
    int k = i + 2;
    int states = 0;
    int end = -1;
    for (int steps = 0; k < t.size() && steps < 12; steps++) {
      if (t.isIgnoreCase(k, "the")) {
        k++;
      }
      PhraseIndex.Match m = k < t.size() && t.type(k) == Tokens.WORD ? index.name(t, k) : null;
      if (m == null || m.entry().kind() != EntryKind.STATE) {
        break;
      }
      states++;
      end = m.to;
      k = m.to;
      if (k < t.size() && t.is(k, ",")) {
        k++;
      }
      if (k < t.size() && t.is(k, "and")) {
        k++;
      } else if (k >= t.size() || t.type(k) != Tokens.WORD) {
        break;
      }
    }
    return states >= 2 && speaksAfter(t, end) ? end : -1;
  }

  /** How many tokens may stand between a subject and its verb of saying: "on Monday", "also". */
  private static final int SUBJECT_VERB_GAP = 4;

  /**
   * Whether a verb of saying follows token {@code end} closely ("... and Iran said in a joint
   * statement"): the group is made only where it speaks, since the event stages read such envoys
   * as their states (a side of talks is the state its negotiators come from).
   */
  private static boolean speaksAfter(Tokens t, int end) {
    for (int k = end; k < t.size() && k <= end + SUBJECT_VERB_GAP; k++) {
      if (t.type(k) != Tokens.WORD) {
        return false;
      }
      if (SPEECH_VERBS.contains(t.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether capitalised words from {@code k} on, up to four, end with the head of a movement's or a
   * force's name after one word or more ("Protection Force", "Lions Brigade"): the name before them is
   * part of its name. A head right after the name ("the Tripoli Brigade") is left to the name's own reading.
   */
  private static boolean forceNamedAfter(Tokens t, int k) {
    for (int e = k; e < t.size() && e < k + 4 && t.type(e) == Tokens.WORD && t.capitalised(e); e++) {
      if (MOVEMENT_HEADS.contains(t.get(e)) && !(e + 1 < t.size() && t.type(e + 1) == Tokens.WORD && t.capitalised(e + 1))) {
        return e > k;
      }
    }
    return false;
  }

  /** Head words of a movement's or a force's name: "Liberation Movement", "Protection Force". */
  private static final Set<String> MOVEMENT_HEADS = StringSet.copyOf(java.util.stream.Stream.concat(
      GROUP_HEADS.stream(), java.util.stream.Stream.of("Force", "Forces")).collect(java.util.stream.Collectors.toSet()));
  /** Words that name a part of a place before its name: "Upper Nile", "North Kivu", "Western Equatoria". */
  private static final Set<String> DIRECTIONS = StringSet.of("North", "South", "East", "West", "Northern", "Southern",
      "Eastern", "Western", "Central", "Upper", "Lower", "Greater", "Blue", "White");
  /** Adjectives of a region of many states: "European leaders", "Arab foreign ministers". */
  private static final Set<String> REGIONS = StringSet.of("European", "African", "Arab", "Asian", "Gulf", "Nordic",
      "Baltic", "Balkan", "Caribbean", "Pacific", "Andean", "Scandinavian", "Mediterranean", "Latin", "South",
      "Southeast", "Central", "Middle");
  /** Of {@link #REGIONS}, those that need a second word to name a region: "Latin American", "Middle Eastern". */
  private static final Set<String> REGION_FIRSTS = StringSet.of("Latin", "South", "Southeast", "Central", "Middle");
  private static final Set<String> REGION_SECONDS = StringSet.of("American", "Asian", "Eastern", "Island");

  /**
   * "European leaders", "Arab foreign ministers", "Latin American leaders": the leaders or ministers
   * of a region's states, acting together as one group of no state (its affiliation the region), as
   * "ASEAN leaders" are a forum's; returns the token after the group, or -1.
   */
  private static int regionalGroup(Doc.Para p, int i, Map<String, ActorRec> groups, List<Mention> ms) {
    Tokens t = p.tokens;
    int k = i + 1;
    if (k < t.size() && t.type(k) == Tokens.WORD && REGION_SECONDS.contains(t.get(k))) {
      k++;
    } else if (REGION_FIRSTS.contains(t.get(i))) {
      return -1;
    }
    String region = t.span(i, k);
    if (k < t.size() && t.type(k) == Tokens.WORD && Bits.NAMED_GROUP_MODIFIERS.contains(t, k)) {
      k++;
    }
    if (k >= t.size() || !(t.is(k, "leaders") || t.is(k, "ministers"))) {
      return -1;
    }
    String name = t.span(i, k + 1);
    ActorRec g = groups.computeIfAbsent("region " + name.toLowerCase(Locale.ROOT), x -> {
      ActorRec r = new ActorRec(ActorKind.GROUP, name, null);
      r.affiliation = region;
      return r;
    });
    g.mentions.add(Span.of(t.start(i), t.end(k)));
    g.seen(p.index, i);
    ms.add(new Mention(p.index, i, k + 1, g));
    return k + 1;
  }

  /** Words that may stand between the name and such a noun: "ASEAN trade ministers". */
  private static final Set<String> NAMED_GROUP_MODIFIERS = StringSet.of(
      "trade", "foreign", "defence", "defense", "finance", "economy", "energy", "health",
      "interior", "senior", "top", "military", "security", "negotiating");

  /**
   * The group noun right after a state's or body's name (one modifier may come between), or -1.
   * After an organisation's name only "ministers" and "leaders" make a group: they are its
   * members' envoys meeting as a forum ("ASEAN leaders"), where "EU officials" speak for the body.
   */
  private static int namedGroupNounAfter(Tokens t, int k, EntryKind kind) {
    if (k < t.size() && t.type(k) == Tokens.WORD && Bits.NAMED_GROUP_MODIFIERS.contains(t, k)) {
      k++;
    }
    if (k >= t.size() || t.type(k) != Tokens.WORD || !NAMED_GROUP_NOUNS.contains(t.get(k))) {
      return -1;
    }
    if (kind == EntryKind.STATE && k + 1 < t.size() && (t.is(k, "military") || t.is(k, "army"))
        && (t.is(k + 1, "junta") || t.is(k + 1, "regime") || t.is(k + 1, "government"))) {
      k++; // "the Myanmar military junta": one group
    }
    return kind == EntryKind.STATE || t.is(k, "ministers") || t.is(k, "leaders") ? k : -1;
  }

  /**
   * Nouns a capitalised phrase may modify as an adjective ("Tamil Tiger rebels", "the Liberal
   * Democrat coalition", "the Harry S Truman carrier group"): such a phrase names no person there.
   */
  private static final Set<String> ATTRIBUTIVE_NOUNS = StringSet.of(
      "rebels", "fighters", "militants", "insurgents", "militia", "militias", "guerrillas",
      "separatists", "coalition", "bloc", "faction", "factions", "movement", "camp", "party",
      "carrier", "warship", "vessel", "ship", "era", "doctrine", "agreement", "accord", "deal",
      "plan", "process", "talks", "summit", "forum", "corridor", "region", "line",
      // places: "the Tal al-Sultan district", "Beit Lahiya residents"
      "district", "neighbourhood", "neighborhood", "area", "governorate", "province", "crossing",
      "residents", "refugee", "border", "airport", "frontline", "enclave", "suburb");

  /** Lower-case words that open a place's name ("Beit Lahiya", "Wadi Gaza", "Port Sudan"): no given names. */
  static final Set<String> PLACE_OPENERS = Words.defaults("place-opener");
  /** Words right before a name, or before "of" right before it, that make it a place ("northern X", "residents of X"). */
  static final Set<String> PLACE_CUES = Words.defaults("place-cue");
  /** Class nouns right before a name that make it a thing's ("the carrier Gerald R. Ford", "the daily Asahi Shimbun"). */
  static final Set<String> THING_NOUNS = Words.defaults("thing-noun");

  /**
   * Whether the capitalised run starting at {@code i} names a place or a thing by the words around
   * it: a word that opens place names ("Beit Lahiya"), a word of direction or settlement before it
   * ("northern Beit Hanoun", "residents of Deir al-Balah"), a class noun of things before it ("the
   * carrier Gerald R. Ford"), or "the" right before it: a person's name takes no article ("the Asahi
   * Shimbun"; a title between them, "the Russian President Vladimir Putin", is no run of its own).
   */
  private static boolean placeOrThing(Tokens t, int i) {
    if (Bits.PLACE_OPENERS.containsLower(t, i)) {
      return true;
    }
    if (i == 0 || t.type(i - 1) != Tokens.WORD) {
      return false;
    }
    if (t.isIgnoreCase(i - 1, "the")) {
      return true;
    }
    if (Bits.PLACE_CUES.containsLower(t, i - 1) || Bits.THING_NOUNS.containsLower(t, i - 1)) {
      return true;
    }
    return t.is(i - 1, "of") && i >= 2 && t.type(i - 2) == Tokens.WORD && Bits.PLACE_CUES.containsLower(t, i - 2);
  }

  /** Words of four letters or more a line needs before its capitals can say it is a headline. */
  private static final int TITLE_CASE_WORDS = 3;

  /**
   * Whether a paragraph is written in title case, as headlines and the lists of other stories on a
   * page are ("Markets Rally As Fed Holds Rates"): four in five of its words of four letters or more
   * are capitalised, and it ends in no period. Its capitalised runs are no names by themselves (a
   * title or honorific before one is a cue); a person it names is found where the story's sentences
   * name them.
   */
  static boolean titleCase(Tokens t) {
    int n = t.size();
    if (n == 0 || t.is(n - 1, ".")) {
      return false;
    }
    int words = 0;
    int capitals = 0;
    for (int k = 0; k < n; k++) {
      if (t.type(k) == Tokens.WORD && t.end(k) - t.start(k) >= 4) {
        words++;
        if (t.capitalised(k)) {
          capitals++;
        }
      }
    }
    return words >= TITLE_CASE_WORDS && capitals * 5 >= words * 4;
  }

  /** Whether token {@code end} is a noun the capitalised words before it modify ("Tamil Tiger rebels"). */
  private static boolean attributive(Tokens t, int end) {
    return end < t.size() && t.type(end) == Tokens.WORD && ATTRIBUTIVE_NOUNS.contains(t.get(end));
  }

  /**
   * Whether the capitalised words at {@code i} continue a longer proper name through "of"
   * ("Organization of Turkic States", "Line of Actual Control", "Liberation Tigers of Tamil
   * Eelam"): a part of a name is no person's name. (A person's place after "of" is no run:
   * "Lena Marsh of Norway" names a state the gazetteer knows.)
   */
  private static boolean insideLongerName(Doc.Para p, int i) {
    Tokens t = p.tokens;
    return i >= 2 && t.is(i - 1, "of") && t.type(i - 2) == Tokens.WORD && t.capitalised(i - 2)
        && !p.sentenceInitial(i - 2);
  }

  /** Verbs of saying that make the one capitalised word before them a person's name ("Haley said"). */
  private static final Set<String> SPEECH_VERBS = StringSet.of(
      "said", "says", "told", "tells", "added", "stated", "wrote", "writes", "tweeted", "insisted",
      "argued", "noted", "warned", "stressed", "explained", "replied");

  /**
   * Whether the one capitalised word [from, to) is the subject of a verb of saying right after it,
   * as a person's surname is in the place of attribution, after a comma or a quote (`," Haley
   * said`); not an organisation's or a thing's head word. A sentence's first word before "said" is
   * as often a plural noun or an agency ("Analysts said", "Interfax said") as a name.
   */
  private static boolean speaks(Doc.Para p, int from, int to) {
    Tokens t = p.tokens;
    String w = t.get(from);
    if (to >= t.size() || t.type(to) != Tokens.WORD || !SPEECH_VERBS.contains(t.get(to)) || w.length() < 3
        || Lexicon.ORG_HEADS.contains(w) || Lexicon.NON_ACTOR_HEADS.contains(w) || Lexicon.NOT_NAMES.contains(w)
        || Descriptions.GROUP_HEADS.contains(w.toLowerCase(Locale.ROOT))) {
      return false;
    }
    // the place of attribution: after a quote or a comma (`," Haley said`, `..., Haley said`), where
    // organisations and agencies are rarer than at a sentence's start ("Interfax said ...")
    return from > 0 && (t.is(from - 1, ",") || t.type(from - 1) == Tokens.QUOTE);
  }

  /** Words by which a quotation speaks of its speaker as one person: an organisation says "we". */
  private static final Set<String> FIRST_PERSON = StringSet.of("I", "I'm", "I've", "I'll", "I'd", "I\u2019m",
      "I\u2019ve", "I\u2019ll", "I\u2019d", "me", "my", "My", "myself");

  /** Pronouns that speak of a person, not a body ("it", "its"). */
  private static final Set<String> GENDERED = StringSet.of("he", "He", "she", "She", "his", "His", "her", "Her", "him");

  /** How far around a speaking name {@link #personAround} looks, in tokens. */
  private static final int PERSON_CUE_WINDOW = 60;

  /**
   * Whether the words around a name that speaks show a person: a quotation before it in the first
   * person singular (`"I think so," Haley said`), or a gendered pronoun after it in its sentence or
   * the next ("Haley said she ..."). Bounded to a window of tokens: cheap for a long paragraph.
   */
  private static boolean personAround(Doc.Para p, int at) {
    Tokens t = p.tokens;
    for (int k = Math.max(0, at - PERSON_CUE_WINDOW); k < at; k++) {
      if (t.type(k) == Tokens.WORD && FIRST_PERSON.contains(t.get(k))) {
        return true;
      }
    }
    int s = p.sentenceOf(at) + 1;
    int end = Math.min(s < p.sentenceStarts.length ? p.sentenceEnd(s) : t.size(), at + PERSON_CUE_WINDOW);
    for (int k = at + 1; k < end; k++) {
      if (t.type(k) == Tokens.WORD && GENDERED.contains(t.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The one person whose surname {@code word} spells with one letter added, dropped or changed
   * ("Mohamed" for "Mohammed", "Zelenskyy" for "Zelensky"), the first letter kept; or null.
   */
  private static ActorRec sameSurname(List<ActorRec> people, String word) {
    if (word.length() < 5) {
      return null;
    }
    ActorRec found = null;
    // bounded: an article names a few dozen people; a huge text of names stays linear
    for (ActorRec a : people.size() <= MAX_SPELLING_CANDIDATES ? people : people.subList(0, MAX_SPELLING_CANDIDATES)) {
      String s = a.surname();
      if (s.length() >= 5 && s.charAt(0) == word.charAt(0) && oneEditApart(s, word)) {
        if (found != null && found != a) {
          return null;
        }
        found = a;
      }
    }
    return found;
  }

  /** How many people a spelling of a surname is compared with: the first ones named. */
  private static final int MAX_SPELLING_CANDIDATES = 200;

  /** Whether {@code a} and {@code b} differ by one inserted, deleted or replaced character. */
  static boolean oneEditApart(String a, String b) {
    if (a.length() < b.length()) {
      String x = a;
      a = b;
      b = x;
    }
    if (a.length() - b.length() > 1 || a.equals(b)) {
      return false;
    }
    int i = 0;
    while (i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    // the rest after one edit: a deletion from the longer, or one replaced character
    return a.length() != b.length() ? a.regionMatches(i + 1, b, i, b.length() - i)
        : a.regionMatches(i + 1, b, i + 1, b.length() - i - 1);
  }

  /** Prepositions after which capitalised words name a place ("in Punta Cana"), not a person. */
  private static final java.util.Set<String> PLACE_PREPOSITIONS = StringSet.of(
      "in", "at", "near", "into", "outside", "across", "via");

  /** A word shaped like a participle ("Welcoming", "Speaking"): no given name ends so. */
  private static boolean verbLike(String lower) {
    return lower.length() > 5 && lower.endsWith("ing");
  }

  /** al-Assad, el-Sisi, bin-Salman. */
  private static boolean prefixedSurname(String w) {
    int dash = w.indexOf('-');
    return dash > 0 && dash <= 3 && Character.isLowerCase(w.charAt(0)) && dash + 1 < w.length()
        && Character.isUpperCase(w.charAt(dash + 1));
  }

  /** {@link #prefixedSurname(String)} of token {@code j}: its String made only when it has a dash. */
  private static boolean prefixedSurname(Tokens t, int j) {
    return dash(t, j) > 0 && prefixedSurname(t.get(j));
  }

  /** The index of the first dash in token {@code j}, from its start; -1 when it has none. */
  private static int dash(Tokens t, int j) {
    int at = Chars.indexOf(t.text(), '-', t.start(j), t.end(j));
    return at < 0 ? -1 : at - t.start(j);
  }

  /**
   * Whether token {@code j} is an all-capitals word of three letters or more: an acronym or a
   * shouted headline, no name. Read in the text: asked of every capitalised word, it makes no String.
   */
  private static boolean shouting(Tokens t, int j) {
    int from = t.start(j);
    int to = t.end(j);
    if (to - from < 3) {
      return false;
    }
    String text = t.text();
    for (int i = from; i < to; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean allCommon(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.type(k) == Tokens.WORD && !Bits.COMMON_WORDS.contains(t, k)
          && !Bits.NAME_PARTICLES.contains(t, k)) {
        return false;
      }
    }
    return true;
  }

  /** The words of tokens [from, to) joined by single spaces, brackets left out. */
  static String words(Tokens t, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (t.type(k) != Tokens.WORD) {
        continue;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(t.text(), t.start(k), t.end(k));
    }
    return b.toString();
  }

  /** The one person whose name of two words or more starts with the word {@code first}, or null (none, or two). */
  private static ActorRec byFirstName(Map<String, ActorRec> byGivenName, String first) {
    ActorRec a = byGivenName.get(first);
    return a == NO_ONE ? null : a;
  }

  private boolean personTitleBefore(Tokens t, int i) {
    String prev = t.get(i - 1);
    if (Lexicon.HONORIFICS.contains(prev)) {
      return true;
    }
    PhraseIndex.Match title = titleEndingAt(t, i);
    return title != null && t.capitalised(i - 1);
  }

  /** The title phrase that ends just before token {@code end}, or null. */
  private PhraseIndex.Match titleEndingAt(Tokens t, int end) {
    for (int from = Math.max(0, end - 4); from < end; from++) {
      PhraseIndex.Match m = index.title(t, from);
      if (m != null && m.to == end) {
        return m;
      }
    }
    return null;
  }

  private static ActorRec nearest(List<ActorRec> candidates, Run r) {
    ActorRec best = null;
    for (ActorRec a : candidates) {
      if (a.firstPara < r.para || a.firstPara == r.para && a.firstToken < r.from) {
        if (best == null || a.firstPara > best.firstPara
            || a.firstPara == best.firstPara && a.firstToken > best.firstToken) {
          best = a;
        }
      }
    }
    return best;
  }

  private static void addMention(Doc doc, List<List<Mention>> mentions, int para, int from, int to, ActorRec a) {
    Tokens t = doc.paras.get(para).tokens;
    a.mentions.add(Span.of(t.start(from), t.end(to - 1)));
    a.seen(para, from);
    mentions.get(para).add(new Mention(para, from, to, a));
  }

  /**
   * Collects a person's titles, country and affiliation from the words around one mention: a title
   * phrase before the name ("Russian President", "Kremlin spokesperson") and an apposition after it
   * (", who heads the Russian Direct Investment Fund", ", Russia's foreign minister,").
   */
  private void describe(Doc doc, int para, int from, int to, ActorRec a, List<ActorRec> people) {
    Tokens t = doc.paras.get(para).tokens;
    // title phrase before the name
    int k = from;
    int titleStart = -1;
    String country = null;
    GazetteerEntry titleEntry = null;
    while (k > 0) {
      int prev = k - 1;
      PhraseIndex.Match title = titleEndingAt(t, k);
      if (title != null) {
        titleStart = title.from;
        titleEntry = title.entry();
        k = title.from;
        continue;
      }
      String w = t.get(prev);
      PhraseIndex.Match nm = nameEndingAt(t, k);
      if (nm != null && nm.entry().kind() != EntryKind.PLACE && nm.entry().kind() != EntryKind.PLATFORM) {
        if (country == null) {
          country = nm.entry().country().orElse(null);
        }
        if (titleStart >= 0) {
          titleStart = nm.from;
        }
        k = nm.from;
        continue;
      }
      if (Lexicon.TITLE_MODIFIERS.contains(w) && titleStart >= 0 && !w.equals("the")) {
        titleStart = prev;
        k = prev;
        continue;
      }
      break;
    }
    while (titleStart >= 0 && titleStart < from && (t.is(titleStart, "of") || t.is(titleStart, "for"))) {
      titleStart++; // "the government of President X": a title starts with no preposition
    }
    if (titleStart >= 0 && titleEntry != null) {
      // "Trump's special envoy": the possessor's country
      if (country == null && titleStart >= 2 && t.type(titleStart - 1) == Tokens.POSSESSIVE) {
        country = possessorCountry(doc, para, titleStart - 1, people);
      }
      // "Minister of Foreign Affairs Sheikh Abdullah", "Taliban leader Mullah Baradar": the honorific
      // before the name is no part of the title
      int titleEnd = from - 1 > titleStart && Lexicon.HONORIFICS.contains(t.get(from - 1)) ? from - 1 : from;
      a.titles.add(t.span(titleStart, titleEnd));
      titleEntry.titleClass().ifPresent(a.titleClasses::add);
      a.titleNames.add(titleEntry.name());
      if (a.country == null && country != null) {
        a.country = country;
      }
    }
    // apposition before: "the Kremlin's spokesman, Dmitri S. Peskov,"
    if (titleStart < 0 && from >= 2 && t.is(from - 1, ",")) {
      int end = from - 1;
      PhraseIndex.Match title = titleEndingAt(t, end);
      if (title != null) {
        int s = title.from;
        while (s > 0 && !t.is(s - 1, ",") && !t.isIgnoreCase(s - 1, "the") && s > title.from - 5
            && t.type(s - 1) != Tokens.QUOTE) {
          s--;
        }
        a.titles.add(t.span(s, end));
        title.entry().titleClass().ifPresent(a.titleClasses::add);
        a.titleNames.add(title.entry().name());
        if (a.country == null) {
          a.country = index.countryIn(t, s, end);
        }
      }
    }
    // "his Chilean counterpart, Tomas Vera", "her Chilean counterpart Tomas Vera": a counterpart's
    // title is relational; the demonym before it gives the state
    if (titleStart < 0 && a.country == null) {
      int end = from >= 2 && t.is(from - 1, ",") ? from - 1 : from;
      if (end >= 2 && (t.is(end - 1, "counterpart") || t.is(end - 1, "Counterpart"))) {
        int s = end - 1;
        while (s > 0 && s > end - 4 && t.type(s - 1) == Tokens.WORD && t.capitalised(s - 1)) {
          s--;
        }
        String state = s < end - 1 ? index.countryIn(t, s, end - 1) : null;
        if (state != null) {
          a.titles.add(t.span(s, end));
          a.country = state;
        }
      }
    }
    // "Lena Marsh of Norway": the state she belongs to
    if (a.country == null && to + 1 < t.size() && t.is(to, "of")) {
      PhraseIndex.Match of = index.name(t, to + 1);
      if (of != null && of.entry().kind() == EntryKind.STATE) {
        a.country = of.entry().country().orElse(null);
      }
    }
    // apposition after: ", who heads the X" / ", the X's foreign minister"
    if (to + 2 < t.size() && t.is(to, ",")) {
      int s = to + 1;
      int e = s;
      while (e < t.size() && e - s < 12 && !t.is(e, ",") && !t.is(e, ".") && !t.is(e, "and")
          && !t.is(e, ";") && t.type(e) != Tokens.QUOTE) {
        e++;
      }
      int orgFrom = s + 2 < e && t.isIgnoreCase(s + 2, "the") ? s + 3 : s + 2;
      if (t.is(s, "who") && s + 1 < e && orgFrom < e // "who heads" with nothing after it names no body
          && (t.is(s + 1, "heads") || t.is(s + 1, "leads") || t.is(s + 1, "chairs"))) {
        String org = t.span(orgFrom, e);
        a.titles.add("head of " + (t.isIgnoreCase(s + 2, "the") ? "the " : "") + org);
        a.titleClasses.add("head");
        if (a.affiliation == null) {
          a.affiliation = org;
        }
        if (a.country == null) {
          a.country = index.countryIn(t, s + 2, e);
        }
      } else if (e > s && !t.is(s, "who") && !t.is(s, "which")) {
        boolean hasTitle = false;
        GazetteerEntry te = null;
        for (int x = s; x < e && !hasTitle; x++) {
          PhraseIndex.Match m = index.title(t, x);
          if (m != null) {
            hasTitle = true;
            te = m.entry();
          }
        }
        if (hasTitle && lowerOrTitleWords(t, s, e)) {
          a.titles.add(t.span(s, e));
          te.titleClass().ifPresent(a.titleClasses::add);
          a.titleNames.add(te.name());
          if (a.country == null) {
            a.country = index.countryIn(t, s, e);
          }
        }
      }
    }
  }

  /** Marks an age that two people share in {@code ages}: it refers to neither. */
  private static final ActorRec AGE_SHARED = new ActorRec(ActorKind.PERSON, "(age shared)", null);

  /** The oldest age taken from an apposition: a number beyond it is something else. */
  private static final int MAX_AGE = 120;

  /**
   * Records the age an apposition right after a person's name gives ("Oskar Vallin, 61, said"), so
   * that "the 61-year-old" can refer to them later.
   */
  private static void age(Tokens t, int to, ActorRec a, Map<String, ActorRec> ages) {
    if (to + 2 >= t.size() || !t.is(to, ",") || t.type(to + 1) != Tokens.NUMBER || !t.is(to + 2, ",")) {
      return;
    }
    String n = t.get(to + 1);
    if (n.length() > 3 || !n.chars().allMatch(Character::isDigit) || Integer.parseInt(n) > MAX_AGE) {
      return;
    }
    ActorRec before = ages.putIfAbsent(n, a);
    if (before != null && before != a) {
      ages.put(n, AGE_SHARED);
    }
  }

  /** The country of the actor whose possessive ends at token {@code possessive}. */
  private String possessorCountry(Doc doc, int para, int possessive, List<ActorRec> people) {
    Tokens t = doc.paras.get(para).tokens;
    PhraseIndex.Match m = nameEndingAt(t, possessive + 1);
    if (m != null) {
      return m.entry().country().orElse(null);
    }
    String word = t.get(possessive - 1);
    for (ActorRec person : people) {
      if (person.surname().equals(word) && person.country != null) {
        return person.country;
      }
    }
    return null;
  }

  private boolean lowerOrTitleWords(Tokens t, int s, int e) {
    for (int x = s; x < e; x++) {
      if (t.type(x) == Tokens.WORD && Lexicon.WEEKDAYS.contains(t.get(x))) {
        return false;
      }
    }
    return true;
  }

  private PhraseIndex.Match nameEndingAt(Tokens t, int end) {
    int k = end;
    if (k > 0 && t.type(k - 1) == Tokens.POSSESSIVE) {
      k--;
    }
    for (int from = Math.max(0, k - 4); from < k; from++) {
      PhraseIndex.Match m = index.name(t, from);
      if (m != null && m.to == k) {
        return new PhraseIndex.Match(m.phrase, m.from, end);
      }
    }
    return null;
  }

  private static void assignIds(List<ActorRec> actors) {
    Map<String, Integer> used = new HashMap<>();
    for (ActorRec a : actors) {
      String base = slug(a.name);
      int count = used.merge(base, 1, Integer::sum);
      a.id = count == 1 ? base : base + "-" + count;
    }
  }

  /** The slug of {@code name}, made unique among {@code ids} with "-2", "-3"...; added to {@code ids}. */
  static String uniqueId(String name, java.util.Set<String> ids) {
    String base = slug(name);
    String id = base;
    for (int n = 2; !ids.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  /** A readable id: lower-case letters and digits joined by single hyphens. */
  static String slug(String name) {
    // ASCII is its own NFKD form: most names need no normalizing
    String folded = Chars.isAscii(name) ? name : java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(folded.length());
    boolean hyphen = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c < 128) {
        // the same as below for ASCII, without the Unicode tables: letters and digits are kept
        boolean upper = c >= 'A' && c <= 'Z';
        if (upper || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
          if (hyphen && b.length() > 0) {
            b.append('-');
          }
          hyphen = false;
          b.append(upper ? (char) (c + 32) : c);
        } else if (c != '\'' && c != '.') {
          hyphen = true;
        }
        continue;
      }
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      char lower = Character.toLowerCase(c);
      int type = Character.getType(lower);
      if (type == Character.LOWERCASE_LETTER || type == Character.OTHER_LETTER || c >= '0' && c <= '9') {
        if (hyphen && b.length() > 0) {
          b.append('-');
        }
        hyphen = false;
        b.append(lower);
      } else if (c != '\'' && c != '\u2019' && c != '.') {
        hyphen = true;
      }
    }
    return b.length() == 0 ? "actor" : b.toString();
  }
}
