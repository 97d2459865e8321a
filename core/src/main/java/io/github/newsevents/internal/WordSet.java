package io.github.newsevents.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An immutable set of short words that answers "is the text between these offsets one of them"
 * without copying the text: the scanners ask it at every candidate boundary, so it must not
 * allocate. Words are grouped by length; a lookup compares only the words of that length.
 */
public final class WordSet {
  private final String[][] byLength;
  private final boolean ignoreCase;

  private WordSet(String[][] byLength, boolean ignoreCase) {
    this.byLength = byLength;
    this.ignoreCase = ignoreCase;
  }

  /** A set matching {@code words} exactly as written. */
  public static WordSet of(String... words) {
    return build(false, words);
  }

  /** A set matching {@code words} in any letter case. */
  public static WordSet ignoringCase(String... words) {
    return build(true, words);
  }

  private static WordSet build(boolean ignoreCase, String... words) {
    int max = 0;
    for (String w : words) {
      max = Math.max(max, w.length());
    }
    List<List<String>> lists = new ArrayList<>();
    for (int i = 0; i <= max; i++) {
      lists.add(new ArrayList<>());
    }
    for (String w : words) {
      lists.get(w.length()).add(ignoreCase ? w.toLowerCase(Locale.ROOT) : w);
    }
    String[][] byLength = new String[max + 1][];
    for (int i = 0; i <= max; i++) {
      byLength[i] = lists.get(i).toArray(new String[0]);
    }
    return new WordSet(byLength, ignoreCase);
  }

  /** Whether {@code s[from, to)} is a word of this set. */
  public boolean contains(CharSequence s, int from, int to) {
    int len = to - from;
    if (len <= 0 || len >= byLength.length) {
      return false;
    }
    for (String w : byLength[len]) {
      if (same(w, s, from, len)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #contains(CharSequence, int, int)} of {@code s[from, to)}, for a scanner that reads an array. */
  public boolean contains(char[] s, int from, int to) {
    int len = to - from;
    if (len <= 0 || len >= byLength.length) {
      return false;
    }
    for (String w : byLength[len]) {
      if (same(w, s, from, len)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code word} is in this set. */
  public boolean contains(String word) {
    return contains(word, 0, word.length());
  }

  private boolean same(String w, CharSequence s, int from, int len) {
    for (int i = 0; i < len; i++) {
      char c = s.charAt(from + i);
      if (ignoreCase) {
        c = Character.toLowerCase(c);
      }
      if (c != w.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean same(String w, char[] s, int from, int len) {
    for (int i = 0; i < len; i++) {
      char c = s[from + i];
      if (ignoreCase) {
        c = Character.toLowerCase(c);
      }
      if (c != w.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("WordSet");
    List<String> all = new ArrayList<>();
    for (String[] ws : byLength) {
      all.addAll(Arrays.asList(ws));
    }
    return b.append(all).toString();
  }
}
