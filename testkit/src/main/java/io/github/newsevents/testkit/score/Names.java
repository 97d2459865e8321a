package io.github.newsevents.testkit.score;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * The names one mention may go by: each full name with its synonyms (a state's code, capital,
 * official name), and the surnames (last words) of those of several words. Two mentions match
 * when they share a full name, a surname, or one's full name is the other's surname.
 */
final class Names {
  final Set<String> full = new HashSet<>();
  final Set<String> surnames = new HashSet<>();

  /** Names from {@code names}; null and empty entries are skipped, as the tool skips them. */
  Names(Collection<String> names) {
    for (String n : names) {
      if (n != null && !n.isEmpty()) {
        full.addAll(Synonyms.standard().of(n));
      }
    }
    for (String f : full) {
      int space = f.lastIndexOf(' ');
      if (space >= 0) {
        surnames.add(f.substring(space + 1));
      }
    }
  }

  boolean matches(Names other) {
    return !Collections.disjoint(full, other.full)
        || !Collections.disjoint(surnames, other.surnames)
        || !Collections.disjoint(full, other.surnames)
        || !Collections.disjoint(other.full, surnames);
  }
}
