package io.github.newsevents.extract;

import io.github.newsevents.internal.StringSet;
import io.github.newsevents.internal.TsvLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The stages' word lists: the defaults read once from {@code words.tsv}, and an extractor's own
 * additions on top of them. Immutable once built; shared by every thread of an extractor.
 */
final class Words {
  private static final String RESOURCE = "words.tsv";
  private static final Map<String, Set<String>> DEFAULTS = load();

  /** No additions: what {@link Extractor#defaults()} reads with. */
  static final Words NONE = new Words(new EnumMap<>(WordList.class));

  private final Map<WordList, Set<String>> added;
  private final Map<WordList, Set<String>> all;

  Words(Map<WordList, Set<String>> added) {
    this.added = new EnumMap<>(WordList.class);
    this.all = new EnumMap<>(WordList.class);
    for (WordList list : WordList.values()) {
      Set<String> mine = added.getOrDefault(list, Set.of());
      this.added.put(list, Set.copyOf(mine));
      if (mine.isEmpty()) {
        all.put(list, defaults(list.resourceName())); // the very set the stages' bit tests were built from
      } else {
        Set<String> union = new LinkedHashSet<>(defaults(list.resourceName()));
        union.addAll(mine);
        all.put(list, Collections.unmodifiableSet(union));
      }
    }
  }

  /** A default list of {@code words.tsv} by its name; fails fast when the resource lacks it. */
  static Set<String> defaults(String name) {
    Set<String> words = DEFAULTS.get(name);
    if (words == null) {
      throw new IllegalStateException("words.tsv has no list '" + name + "'");
    }
    return words;
  }

  /** Every default list of {@code words.tsv}, for {@link KnownWords} to gather. */
  static java.util.Collection<Set<String>> defaultLists() {
    return Collections.unmodifiableCollection(DEFAULTS.values());
  }

  /** The default words plus the added ones of {@code list}. */
  Set<String> all(WordList list) {
    return all.get(list);
  }

  /** Whether {@code word} (lower case) is one the user added to {@code list}. */
  boolean added(WordList list, String word) {
    Set<String> mine = added.get(list);
    return !mine.isEmpty() && mine.contains(word);
  }

  /** Whether the user added any word to the lists of triggers. */
  boolean addsTriggers() {
    return !added.get(WordList.MEETING).isEmpty() || !added.get(WordList.TALKS).isEmpty()
        || !added.get(WordList.CALL).isEmpty() || !added.get(WordList.CEASEFIRE).isEmpty();
  }

  static String normalise(String word) {
    return word.strip().toLowerCase(Locale.ROOT);
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> lists = new HashMap<>();
    try (InputStream in = Words.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the newsevents-core jar");
      }
      for (TsvLines.Line line : TsvLines.read(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String[] cells = line.cells;
        if (cells.length != 2 || cells[0].isEmpty() || cells[1].isEmpty()) {
          throw new IllegalStateException(RESOURCE + " line " + line.number + ": want 'list<TAB>word', got '"
              + String.join("\t", cells) + "'");
        }
        String word = cells[1];
        if (!word.equals(normalise(word))) {
          throw new IllegalStateException(RESOURCE + " line " + line.number + ": '" + word + "' is not lower case and trimmed");
        }
        lists.computeIfAbsent(cells[0], k -> new LinkedHashSet<>()).add(word);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE, e);
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    lists.forEach((k, v) -> frozen.put(k, StringSet.copyOf(v)));
    return frozen;
  }
}
