package io.github.newsevents.extract;

import io.github.newsevents.gazetteer.EntryKind;
import io.github.newsevents.gazetteer.Gazetteer;
import io.github.newsevents.gazetteer.GazetteerEntry;
import io.github.newsevents.internal.Chars;
import io.github.newsevents.internal.RangeMap;
import io.github.newsevents.internal.Tokens;
import io.github.newsevents.internal.Vocabulary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The gazetteer's phrases indexed by first token, for longest-match lookup over {@link Tokens}
 * without building strings. Built once per {@link Extractor}; immutable afterwards.
 */
final class PhraseIndex {
  /** What a matched phrase is. */
  enum Role {
    NAME,
    CAPITAL,
    DEMONYM,
    TITLE
  }

  static final class Phrase {
    final String[] words;
    final GazetteerEntry entry;
    final Role role;

    Phrase(String[] words, GazetteerEntry entry, Role role) {
      this.words = words;
      this.entry = entry;
      this.role = role;
    }
  }

  static final class Match {
    final Phrase phrase;
    final int from;
    final int to;

    Match(Phrase phrase, int from, int to) {
      this.phrase = phrase;
      this.from = from;
      this.to = to;
    }

    GazetteerEntry entry() {
      return phrase.entry;
    }

    Role role() {
      return phrase.role;
    }
  }

  private final Map<String, List<Phrase>> exact = new HashMap<>();
  private final RangeMap<List<Phrase>> exactByRange;
  private final RangeMap<List<Phrase>> titlesByRange;
  /** ASCII letters that some name's first word starts with in lower case ("al-Qaeda"). */
  private final boolean[] lowerInitials = new boolean[128];
  private final Map<String, List<Phrase>> titles = new HashMap<>(); // lower-case first word
  /**
   * Whether the lower case of every ASCII first word of a name is a word of {@link
   * KnownWords#VOCABULARY} (true for the embedded gazetteer): then an ASCII token whose lower case
   * is none of its words, as the tokenizer found, starts no name. The same for titles, which are
   * compared without case: there, no other first word may have a character that case folds to
   * ASCII (the dotless i).
   */
  private final boolean namesKnown;
  private final boolean titlesKnown;
  /**
   * The phrases of {@link #exact} by the lower case of their first word, longest first: a known
   * word's lower case is the vocabulary's own instance, with its hash cached, so this look-up reads
   * no character of the text. Used when {@link #namesKnown}.
   */
  private final Map<String, List<Phrase>> byLowerFirst = new HashMap<>();
  /**
   * The phrases of {@link #byLowerFirst} whose first word starts with a lower-case letter
   * ("al-Qaeda"), in the same order: the only ones a word in lower case can start, and most words
   * are in lower case.
   */
  private final Map<String, List<Phrase>> lowerByLowerFirst = new HashMap<>();
  /**
   * {@link #byLowerFirst}, {@link #lowerByLowerFirst} and {@link #titles} by the {@linkplain
   * Tokens#index vocabulary index} of their key: a known word's phrases without a hash look-up.
   */
  private final List<Phrase>[] byIndex;
  private final List<Phrase>[] lowerByIndex;
  private final List<Phrase>[] titlesByIndex;
  /**
   * The long candidate lists ("minister", "Republic", "United") by the lower case of their
   * phrases' second word (see {@link #narrow}): a title or name is tried against the phrases the
   * next token can continue, not against dozens of them.
   */
  private final Map<List<Phrase>, Narrowed> narrowed = new IdentityHashMap<>();
  /** How many phrases a candidate list has before it is narrowed by the next token. */
  private static final int NARROW = 6;

  /** The gazetteer's states by ISO code. */
  private final Map<String, GazetteerEntry> states = new java.util.HashMap<>();

  /** The gazetteer's state of ISO code {@code code}, or null. */
  GazetteerEntry state(String code) {
    return code == null ? null : states.get(code);
  }

  PhraseIndex(Gazetteer gazetteer) {
    for (GazetteerEntry e : gazetteer.entries()) {
      if (e.kind() == EntryKind.STATE && e.country().isPresent()) {
        states.putIfAbsent(e.country().get(), e);
      }
      if (e.kind() == EntryKind.TITLE) {
        add(titles, asWritten(e.name()), e, Role.TITLE, true);
        for (String a : e.aliases()) {
          add(titles, asWritten(a), e, Role.TITLE, true);
        }
        continue;
      }
      add(exact, e.name(), e, Role.NAME, false);
      for (String a : e.aliases()) {
        add(exact, a, e, Role.NAME, false);
      }
      for (String c : e.capitals()) {
        add(exact, c, e, Role.CAPITAL, false);
      }
      for (String d : e.demonyms()) {
        add(exact, d, e, Role.DEMONYM, false);
      }
    }
    for (String first : exact.keySet()) {
      char c = first.charAt(0);
      if (c < 128 && Character.isLowerCase(c)) {
        lowerInitials[c] = true;
      }
    }
    // longest phrases first, so the first match is the longest
    exact.values().forEach(l -> l.sort((a, b) -> b.words.length - a.words.length));
    titles.values().forEach(l -> l.sort((a, b) -> b.words.length - a.words.length));
    exactByRange = new RangeMap<>(exact, false);
    titlesByRange = new RangeMap<>(titles, true);
    namesKnown = allKnown(exact.keySet(), false);
    titlesKnown = allKnown(titles.keySet(), true);
    for (List<Phrase> phrases : exact.values()) {
      for (Phrase p : phrases) {
        byLowerFirst.computeIfAbsent(p.words[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>(2)).add(p);
      }
    }
    byLowerFirst.values().forEach(l -> l.sort((a, b) -> b.words.length - a.words.length));
    byLowerFirst.forEach((k, phrases) -> {
      for (Phrase p : phrases) {
        if (Character.isLowerCase(p.words[0].charAt(0))) {
          lowerByLowerFirst.computeIfAbsent(k, x -> new ArrayList<>(1)).add(p);
        }
      }
    });
    byIndex = byIndex(byLowerFirst);
    lowerByIndex = byIndex(lowerByLowerFirst);
    titlesByIndex = byIndex(titles);
    for (Map<String, List<Phrase>> map : List.of(exact, titles, byLowerFirst, lowerByLowerFirst)) {
      for (List<Phrase> phrases : map.values()) {
        Narrowed n = phrases.size() >= NARROW ? Narrowed.of(phrases) : null;
        if (n != null) {
          narrowed.put(phrases, n);
        }
      }
    }
  }

  /**
   * A candidate list split by the lower case of its phrases' second word, each part in the list's
   * order: the phrases of one word, and those whose second word is not ASCII, are in every part.
   */
  private static final class Narrowed {
    final Map<String, List<Phrase>> bySecond = new HashMap<>();
    /** The phrases that a next token whose lower case is no part's key can continue. */
    final List<Phrase> rest = new ArrayList<>();

    /**
     * The parts of {@code phrases}, or null when an ASCII second word is none of the vocabulary's
     * words (a gazetteer of one's own): then a token the tokenizer found absent might still be it.
     */
    static Narrowed of(List<Phrase> phrases) {
      Narrowed n = new Narrowed();
      List<String> keys = new ArrayList<>();
      for (Phrase p : phrases) {
        if (p.words.length > 1 && Chars.isAscii(p.words[1])) {
          String key = p.words[1].toLowerCase(Locale.ROOT);
          if (KnownWords.VOCABULARY.lower(key, 0, key.length()) == null) {
            return null;
          }
          if (!n.bySecond.containsKey(key)) {
            n.bySecond.put(key, new ArrayList<>());
            keys.add(key);
          }
        }
      }
      for (Phrase p : phrases) {
        boolean any = p.words.length == 1 || !Chars.isAscii(p.words[1]);
        String key = any ? null : p.words[1].toLowerCase(Locale.ROOT);
        for (String k : keys) {
          if (any || k.equals(key)) {
            n.bySecond.get(k).add(p);
          }
        }
        if (any) {
          n.rest.add(p);
        }
      }
      return n;
    }
  }

  /**
   * The phrases of {@code candidates} (for token {@code i}) that token {@code i + 1} may continue, in
   * the same order: for an ASCII token there (a word the tokenizer found in the vocabulary or absent
   * from it, a number, a mark), matching any ASCII second word exactly or ignoring case means having
   * its lower case. Otherwise all of them.
   */
  private List<Phrase> narrow(Tokens t, int i, List<Phrase> candidates) {
    if (candidates.size() < NARROW || i + 1 >= t.size()) {
      return candidates;
    }
    Narrowed n = narrowed.get(candidates);
    if (n == null) {
      return candidates;
    }
    if (t.absentFrom(KnownWords.VOCABULARY, i + 1)) {
      return n.rest;
    }
    if (t.index(KnownWords.VOCABULARY, i + 1) < 0 && !Chars.isAscii(t.text(), t.start(i + 1), t.end(i + 1))) {
      return candidates;
    }
    // (a mark is ASCII too: "the foreign minister, ..." tries the titles of one word only)
    List<Phrase> part = n.bySecond.get(t.lower(i + 1));
    return part != null ? part : n.rest;
  }

  /**
   * The lists of {@code map}, keyed by lower-case words, at the vocabulary index of their key; a key
   * that is none of the vocabulary's words is the lower case of no token with an index either.
   */
  @SuppressWarnings("unchecked")
  private static List<Phrase>[] byIndex(Map<String, List<Phrase>> map) {
    Vocabulary v = KnownWords.VOCABULARY;
    List<Phrase>[] lists = new List[v.size()];
    map.forEach((k, phrases) -> {
      int slot = v.lowerSlot(k, 0, k.length());
      if (slot >= 0 && v.word(slot).equals(k)) {
        lists[v.index(slot)] = phrases;
      }
    });
    return lists;
  }

  private static boolean allKnown(Set<String> firstWords, boolean ignoringCase) {
    for (String w : firstWords) {
      if (!w.chars().allMatch(c -> c < 128)) {
        // never equal to an ASCII token ("charg\u00e9"), unless case folds a character of it to ASCII
        boolean folds = w.chars().anyMatch(c -> c >= 128
            && (Character.toUpperCase(c) < 128 || Character.toLowerCase(Character.toUpperCase(c)) < 128));
        if (ignoringCase && folds) {
          return false;
        }
        continue;
      }
      if (KnownWords.VOCABULARY.lower(w, 0, w.length()) == null) {
        return false;
      }
    }
    return true;
  }

  /**
   * A lower-case title as running text writes it before a name, for the tokenizer to split it as
   * it splits the text: each word capitalised and a dotted initial in capitals ("lt. gen." as
   * "Lt. Gen.", "u.n. ambassador" as "U.N. Ambassador"), so that an abbreviation keeps its period
   * ("Gen." is one token in "Gen. X said", and "gen." would be two).
   */
  static String asWritten(String title) {
    char[] cs = title.toLowerCase(Locale.ROOT).toCharArray();
    for (int i = 0; i < cs.length; i++) {
      // (not after a hyphen: "secretary-general" is one word)
      boolean wordStart = i == 0 || cs[i - 1] == ' ' || cs[i - 1] == '.';
      boolean initial = i + 1 < cs.length && cs[i + 1] == '.' && (i == 0 || !Character.isLetter(cs[i - 1]));
      if (wordStart || initial) {
        cs[i] = Character.toUpperCase(cs[i]);
      }
    }
    return new String(cs);
  }

  private static void add(Map<String, List<Phrase>> map, String phrase, GazetteerEntry e, Role role, boolean lower) {
    Tokens t = Tokens.of(phrase, 0, phrase.length());
    if (t.size() == 0) {
      return;
    }
    String[] words = new String[t.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = lower ? t.get(i).toLowerCase(Locale.ROOT) : t.get(i);
    }
    map.computeIfAbsent(words[0], k -> new ArrayList<>(2)).add(new Phrase(words, e, role));
  }

  /** The entry a one-word name, alias or capital in text[from, to) stands for, or null. */
  GazetteerEntry nameAt(String text, int from, int to) {
    List<Phrase> candidates = exactByRange.get(text, from, to);
    if (candidates != null) {
      for (Phrase p : candidates) {
        if (p.words.length == 1 && p.role != Role.DEMONYM) {
          return p.entry;
        }
      }
    }
    return null;
  }

  /** The state a one-word demonym in text[from, to) is of ("Thai" in "Thai-Cambodian"), or null. */
  GazetteerEntry demonymAt(String text, int from, int to) {
    List<Phrase> candidates = exactByRange.get(text, from, to);
    if (candidates != null) {
      for (Phrase p : candidates) {
        if (p.words.length == 1 && p.role == Role.DEMONYM && p.entry.kind() == EntryKind.STATE) {
          return p.entry;
        }
      }
    }
    return null;
  }

  /** Whether {@code word} is a demonym of some state ("Indian"). */
  boolean stateByDemonym(String word) {
    List<Phrase> candidates = exact.get(word);
    if (candidates != null) {
      for (Phrase p : candidates) {
        if (p.role == Role.DEMONYM && p.words.length == 1) {
          return true;
        }
      }
    }
    return false;
  }

  /** Token marks and kept values (see {@link Tokens#marked}, {@link Tokens#kept}): the name or title that starts at the token, or that none does. */
  private static final int NAME_MARK = 0;
  private static final int TITLE_MARK = 1;

  /** The longest name, capital or demonym starting at token {@code i}, or null. */
  Match name(Tokens t, int i) {
    char first = t.firstChar(i);
    boolean lowerFirst = Chars.isLowerCase(first); // (asked once)
    if (lowerFirst && (first >= 128 || !lowerInitials[first])) {
      return null; // most words are lower case, and almost no name is: no String for them
    }
    if (namesKnown && t.absentFrom(KnownWords.VOCABULARY, i)) {
      return null; // a word the tokenizer found in no list, so in no name
    }
    int index = namesKnown ? t.index(KnownWords.VOCABULARY, i) : -1;
    if (index >= 0 && (lowerFirst ? lowerByIndex : byIndex)[index] == null) {
      return null; // a known word that starts no name: an array read, cheaper than the marks
    }
    if (t.marked(this, i, NAME_MARK)) {
      return null; // the stages ask about the same words again and again
    }
    Object found = t.kept(this, i, NAME_MARK);
    if (found != null) {
      return (Match) found; // (a Match is immutable, and none is told from another by identity)
    }
    boolean known = namesKnown && t.payload(i) != Tokens.NOT_LOOKED_UP;
    int x = known ? t.index(KnownWords.VOCABULARY, i) : -1;
    List<Phrase> candidates = !known ? exactByRange.get(t.text(), t.start(i), t.end(i))
        : x >= 0 ? (lowerFirst ? lowerByIndex : byIndex)[x]
        : (lowerFirst ? lowerByLowerFirst : byLowerFirst).get(t.lower(i));
    if (candidates == null) {
      t.mark(this, i, NAME_MARK);
      return null;
    }
    List<Phrase> tried = narrow(t, i, candidates);
    for (int k = 0; k < tried.size(); k++) { // (by index: no iterator for each word looked up)
      Phrase p = tried.get(k);
      if ((!known || t.is(i, p.words[0])) && matches(t, i, p, false)) {
        Match m = new Match(p, i, i + p.words.length);
        t.keep(this, i, NAME_MARK, m);
        return m;
      }
    }
    t.mark(this, i, NAME_MARK);
    return null;
  }

  /**
   * The country of the first state, organisation or demonym named wholly inside tokens [from, to)
   * ("senior Norwegian official": NOR), places aside; or null.
   */
  String countryIn(Tokens t, int from, int to) {
    for (int x = from; x < to; x++) {
      if (t.type(x) != Tokens.WORD) {
        continue;
      }
      Match m = name(t, x);
      if (m != null && m.to <= to && m.entry().country().isPresent() && m.entry().kind() != EntryKind.PLACE) {
        return m.entry().country().get();
      }
    }
    return null;
  }

  /** The longest title starting at token {@code i} (case-insensitive), or null. */
  Match title(Tokens t, int i) {
    if (titlesKnown && t.absentFrom(KnownWords.VOCABULARY, i)) {
      return null;
    }
    int index = titlesKnown && t.type(i) == Tokens.WORD ? t.index(KnownWords.VOCABULARY, i) : -1;
    if (index >= 0 && titlesByIndex[index] == null) {
      return null; // a known word that starts no title
    }
    if (t.marked(this, i, TITLE_MARK)) {
      return null;
    }
    Object found = t.kept(this, i, TITLE_MARK);
    if (found != null) {
      return (Match) found;
    }
    // a known ASCII word's lower case is what the case-folding look-up compares: the same phrases
    int x = t.index(KnownWords.VOCABULARY, i);
    List<Phrase> candidates = titlesKnown && t.payload(i) != Tokens.NOT_LOOKED_UP && t.type(i) == Tokens.WORD
        ? (x >= 0 ? titlesByIndex[x] : titles.get(t.lower(i))) : titlesByRange.get(t.text(), t.start(i), t.end(i));
    if (candidates == null) {
      t.mark(this, i, TITLE_MARK);
      return null;
    }
    List<Phrase> tried = narrow(t, i, candidates);
    for (int k = 0; k < tried.size(); k++) {
      Phrase p = tried.get(k);
      if (matches(t, i, p, true)) {
        Match m = new Match(p, i, i + p.words.length);
        t.keep(this, i, TITLE_MARK, m);
        return m;
      }
    }
    t.mark(this, i, TITLE_MARK);
    return null;
  }

  private static boolean matches(Tokens t, int i, Phrase p, boolean ignoreCase) {
    if (i + p.words.length > t.size()) {
      return false;
    }
    for (int k = 1; k < p.words.length; k++) {
      if (ignoreCase ? !t.isIgnoreCase(i + k, p.words[k]) : !t.is(i + k, p.words[k])) {
        return false;
      }
    }
    return true;
  }
}
