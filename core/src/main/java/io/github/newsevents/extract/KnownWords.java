package io.github.newsevents.extract;

import io.github.newsevents.gazetteer.Gazetteer;
import io.github.newsevents.gazetteer.GazetteerEntry;
import io.github.newsevents.internal.Chars;
import io.github.newsevents.internal.StringSet;
import io.github.newsevents.internal.Tokens;
import io.github.newsevents.internal.Vocabulary;
import io.github.newsevents.internal.VocabularySet;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words the stages look tokens up by, as one {@link Vocabulary}: {@link Doc} tokenizes with it,
 * so that a token that is one of them is never copied into a String of its own (see
 * {@link Tokens#get}). Interning only saves work: a word missing here is still found in every list,
 * at the price of a substring.
 */
final class KnownWords {
  private KnownWords() {}

  /** The classes whose static word lists (sets, and maps keyed by words) are gathered. */
  private static final List<Class<?>> LISTS = List.of(
      Lexicon.class, EventStage.class, ActorStage.class, StatementStage.class, MeetingStage.class,
      CeasefireStage.class, Dates.class, WordFlags.class, Documents.class, Roles.class, Discourse.class,
      Clause.class, Credits.class, Descriptions.class);

  /** Marks that the stages compare tokens with. */
  private static final List<String> MARKS = List.of(
      ",", ".", ";", ":", "!", "?", "(", ")", "[", "]", "-", "\u2013", "\u2014", "\"", "'", "\u2018",
      "\u2019", "\u201C", "\u201D", "'s", "\u2019s", "/", "&");

  /**
   * For each immutable word set of those classes, the ASCII letters its words start with, as a
   * 128-bit mask (two longs); a set with a word that starts otherwise has none. Filled once, when
   * the class is initialised, and only read afterwards.
   */
  private static final Map<Object, long[]> INITIALS = new IdentityHashMap<>();
  /** The immutable word sets of those classes and of words.tsv, for {@link #MEMBERS}. */
  private static final List<Set<String>> FIXED = new ArrayList<>();

  static final Vocabulary VOCABULARY = build();

  /**
   * Each set of {@link #FIXED} as bits over the vocabulary, by identity: built once here, because
   * the stages that test tokens against these sets are the classes the vocabulary is read from.
   */
  private static final Map<Object, VocabularySet> MEMBERS = new IdentityHashMap<>();

  static {
    for (Set<String> words : FIXED) {
      if (!MEMBERS.containsKey(words)) { // (a set two fields hold is read twice)
        MEMBERS.put(words, new VocabularySet(words, VOCABULARY));
      }
    }
    FIXED.clear();
  }

  private static Vocabulary build() {
    Set<String> words = new LinkedHashSet<>(MARKS);
    // every list, read from the fields that hold it, so that a list added to a stage is interned too
    for (Class<?> c : LISTS) {
      for (Field f : c.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers()) || !Modifier.isFinal(f.getModifiers())) {
          continue;
        }
        Object value;
        try {
          f.setAccessible(true);
          value = f.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
          continue; // a field we may not read only costs speed
        }
        if (value instanceof Collection<?>) {
          addStrings((Collection<?>) value, words);
          if (value instanceof StringSet || value instanceof Set<?> && Set.copyOf((Set<?>) value) == value) {
            addInitials((Set<?>) value); // immutable, so the mask stays right
          }
        } else if (value instanceof Map<?, ?>) {
          addStrings(((Map<?, ?>) value).keySet(), words);
        }
      }
    }
    // the lists of words.tsv, held by no field (the words of war) or by one of a class not read above
    for (Set<String> list : Words.defaultLists()) {
      addStrings(list, words);
      addInitials(list);
    }
    // the words of the embedded gazetteer's names, as written and in lower case (titles are matched so)
    for (GazetteerEntry e : Gazetteer.defaults().entries()) {
      List<String> phrases = new ArrayList<>(e.aliases());
      phrases.add(e.name());
      phrases.addAll(e.capitals());
      phrases.addAll(e.demonyms());
      for (String phrase : phrases) {
        Tokens t = Tokens.of(phrase, 0, phrase.length());
        for (int i = 0; i < t.size(); i++) {
          words.add(t.get(i));
          words.add(t.get(i).toLowerCase(Locale.ROOT));
        }
      }
    }
    words.addAll(WordFlags.words()); // each with its flags, which Doc reads from the tokens
    // the lower case of each word too: then a word whose lower case is absent is absent as written
    // (Vocabulary#holdsLowerCases), and Tokens#get need not look it up
    for (String w : new ArrayList<>(words)) {
      if (Chars.isAscii(w)) {
        words.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return new Vocabulary(words, WordFlags::exactly);
  }

  /**
   * The mask of the ASCII characters the words of {@code words} start with (bit {@code c} of
   * element {@code c >>> 6}), or null when it is not known: a word whose lower case is in the set
   * starts with one of them.
   */
  static long[] initials(Set<String> words) {
    return INITIALS.get(words);
  }

  /**
   * Whether a word starting with {@code c} may be in the set whose {@link #initials} are given:
   * false only when the mask is known and no word of the set starts with {@code c} in any case.
   */
  static boolean mayStart(long[] initials, char c) {
    if (initials == null || c >= 128) {
      return true;
    }
    char l = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    return (initials[l >>> 6] & (1L << l)) != 0;
  }

  /**
   * {@code words} as bits over the vocabulary, to test tokens of a {@link Doc} against with a bit
   * test (see {@link VocabularySet}): the bits built once for a word list of the stages or of
   * {@code words.tsv}; for any other set (a list a user extended) new bits, so call this once per
   * extractor or per article rather than per token. The set must not change afterwards. Not from a
   * static initialiser of a class of {@link #LISTS}: those are read while the vocabulary is built.
   */
  static VocabularySet members(Set<String> words) {
    if (MEMBERS == null) {
      // asked from the static initialiser of a class this one reads while it builds the vocabulary
      throw new IllegalStateException("KnownWords.members called while the vocabulary is built: hold the bits "
          + "in a nested holder class or an instance field, not in a static field of a class of LISTS");
    }
    VocabularySet known = MEMBERS.get(words);
    return known != null ? known : new VocabularySet(words, VOCABULARY);
  }

  /**
   * Whether a word among tokens [{@code from}, {@code to}) of {@code t} is in {@code words} in lower
   * case (marks are not looked at): a bit test per token for a set of {@link #members}, the set's own
   * look-up for another one.
   */
  static boolean anyIn(Tokens t, int from, int to, Set<String> words) {
    VocabularySet bits = MEMBERS.get(words);
    if (bits == null) {
      // the letters the set's words start with turn most words away before they are lower-cased
      long[] initials = initials(words);
      for (int k = Math.max(0, from); k < to && k < t.size(); k++) {
        if (t.type(k) == Tokens.WORD && mayStart(initials, t.firstChar(k)) && words.contains(t.lower(k))) {
          return true;
        }
      }
      return false;
    }
    for (int k = Math.max(0, from); k < to && k < t.size(); k++) {
      if (t.type(k) == Tokens.WORD && bits.containsLower(t, k)) {
        return true;
      }
    }
    return false;
  }

  @SuppressWarnings("unchecked")
  private static void addInitials(Set<?> words) {
    long[] mask = new long[2];
    boolean strings = true;
    for (Object o : words) {
      if (!(o instanceof String)) {
        return;
      }
      strings &= !((String) o).isEmpty() && ((String) o).charAt(0) < 128;
      if (strings) {
        char c = ((String) o).charAt(0);
        mask[c >>> 6] |= 1L << c;
      }
    }
    if (strings) {
      INITIALS.put(words, mask);
    }
    FIXED.add((Set<String>) words);
  }

  private static void addStrings(Collection<?> values, Set<String> words) {
    for (Object o : values) {
      if (o instanceof String) {
        words.add((String) o);
      }
    }
  }
}
