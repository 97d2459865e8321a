package io.github.newsevents.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@link LineGuard}s of a list of noise rules, answered for all rules at once: one look at a
 * line's first character and first word says which rules' first words or characters it has, and
 * only the few checks on the line's end are run one by one. A text of many short lines (issue 18:
 * a line ending every ten characters) otherwise pays for every rule's guard on every line.
 *
 * <p>{@link #candidates} gives a bit per rule, for the first {@value #INDEXED} rules: a clear bit
 * means that rule's pattern cannot match the line; a rule without a guard is always a candidate.
 * Rules past those have no bit: the parser asks them their own guard. Immutable and thread-safe.
 */
final class NoiseIndex {
  /** Rules indexed: one bit each of a {@code long}. */
  static final int INDEXED = 64;

  /** A first word of some rules' guards: the word (lower case, {@code *} for a prefix), the rules. */
  private static final class Word {
    final String word;
    /** Whether {@link #word} is a prefix, and how many letters it has, known before a line asks. */
    final boolean prefix;
    final int letters;
    long rules;

    Word(String word) {
      this.word = word;
      this.prefix = word.endsWith("*");
      this.letters = prefix ? word.length() - 1 : word.length();
    }
  }

  /** Rules with no guard: always candidates. */
  private final long unguarded;

  /** By a line's first character in lower case, when ASCII: rules listing that character. */
  private final long[] byChar = new long[128];

  /** Non-ASCII first characters listed by a guard, with their rules in {@link #otherRules}. */
  private final String otherChars;

  private final long[] otherRules;

  /** By a line's first character in lower case: the first words that start with it. */
  private final Word[][] byFirst = new Word[128][];

  private final long lowerCaseStart;
  private final long digitStart;

  /** Checks on the line's end, each with its rule's bit in {@link #tailRules}. */
  private final LineGuard.Tail[] tails;

  private final long[] tailRules;

  private NoiseIndex(List<NoiseRule> rules) {
    long free = 0;
    long lower = 0;
    long digit = 0;
    StringBuilder other = new StringBuilder();
    List<Long> otherMasks = new ArrayList<>();
    List<LineGuard.Tail> tailList = new ArrayList<>();
    List<Long> tailMasks = new ArrayList<>();
    List<List<Word>> words = new ArrayList<>();
    for (int c = 0; c < 128; c++) {
      words.add(new ArrayList<>());
    }
    for (int r = 0; r < rules.size() && r < INDEXED; r++) {
      long bit = 1L << r;
      LineGuard g = rules.get(r).guard();
      if (g == null) {
        free |= bit;
        continue;
      }
      for (int i = 0; i < g.chars.length(); i++) {
        char c = g.chars.charAt(i);
        if (c < 128) {
          byChar[c] |= bit;
        } else {
          int at = other.indexOf(String.valueOf(c));
          if (at < 0) {
            other.append(c);
            otherMasks.add(bit);
          } else {
            otherMasks.set(at, otherMasks.get(at) | bit);
          }
        }
      }
      for (String w : g.words) {
        List<Word> same = words.get(w.charAt(0));
        Word entry = same.stream().filter(x -> x.word.equals(w)).findFirst().orElse(null);
        if (entry == null) {
          entry = new Word(w);
          same.add(entry);
        }
        entry.rules |= bit;
      }
      lower |= g.lowerCaseStart ? bit : 0;
      digit |= g.digitStart ? bit : 0;
      for (LineGuard.Tail t : g.tails) {
        tailList.add(t);
        tailMasks.add(bit);
      }
    }
    for (int c = 0; c < 128; c++) {
      byFirst[c] = words.get(c).isEmpty() ? null : words.get(c).toArray(new Word[0]);
    }
    this.unguarded = free;
    this.otherChars = other.toString();
    this.otherRules = otherMasks.stream().mapToLong(Long::longValue).toArray();
    this.lowerCaseStart = lower;
    this.digitStart = digit;
    this.tails = tailList.toArray(new LineGuard.Tail[0]);
    this.tailRules = tailMasks.stream().mapToLong(Long::longValue).toArray();
  }

  /** The index of {@code rules}' guards, in their order. */
  static NoiseIndex of(List<NoiseRule> rules) {
    return new NoiseIndex(rules);
  }

  /**
   * For the non-empty trimmed line {@code s[from, to)}: bit {@code r} set when rule {@code r} may
   * match it (its guard allows the line, or it has none). Exactly the rules' own {@link
   * NoiseRule#mayMatch} for the first {@value #INDEXED} rules.
   */
  long candidates(CharSequence s, int from, int to) {
    char c = s.charAt(from);
    char lower = Character.toLowerCase(c);
    long m = unguarded;
    if (lower < 128) {
      m |= byChar[lower];
      Word[] first = byFirst[lower];
      if (first != null) {
        int len = LineGuard.firstWordLength(s, from, to);
        for (Word w : first) {
          // LineGuard.startsWithWord, the length compared first: most words have another
          if ((m & w.rules) != w.rules
              && (w.prefix ? len >= w.letters : len == w.letters)
              && LineGuard.startsWithLetters(s, from, w.word, w.letters)) {
            m |= w.rules;
          }
        }
      }
    } else {
      int at = otherChars.indexOf(lower);
      if (at >= 0) {
        m |= otherRules[at];
      }
    }
    if (lowerCaseStart != 0 && Character.isLowerCase(c)) {
      m |= lowerCaseStart;
    }
    if (digitStart != 0 && Character.isDigit(c)) {
      m |= digitStart;
    }
    for (int t = 0; t < tails.length; t++) {
      if ((m & tailRules[t]) == 0 && tails[t].mayMatch(s, from, to)) {
        m |= tailRules[t];
      }
    }
    return m;
  }
}
