package io.github.newsevents.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.internal.DateWords;
import io.github.newsevents.internal.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link DateWords#month}, which {@link Dates#month} asks, turns most capitalised words away by their
 * first two letters before it compares them with each month: the test must never turn a month away.
 * Each word is read alone, so only the month's name decides.
 */
class DatesMonthTest {
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};

  /** What {@link Dates#month} gives a word standing alone: {@link DateWords#month} of it, "May" only so written. */
  private static int expected(Tokens t) {
    if (t.type(0) != Tokens.WORD || !Character.isUpperCase(t.firstChar(0))) {
      return 0;
    }
    int end = t.end(0) - (t.text().charAt(t.end(0) - 1) == '.' ? 1 : 0);
    int m = DateWords.month(t.text(), t.start(0), end);
    return m == 5 && !t.is(0, "May") ? 0 : m;
  }

  @Test
  void everyFormOfEveryMonthIsStillOne() {
    List<String> words = new ArrayList<>();
    for (String name : MONTHS) {
      for (String form : List.of(name, name.substring(0, 3), name.toUpperCase(Locale.ROOT),
          name.substring(0, 3).toUpperCase(Locale.ROOT))) {
        words.add(form);
        words.add(form + ".");
      }
    }
    words.add("Sept");
    words.add("Sept.");
    words.add("SEPT");
    for (String w : words) {
      Tokens t = Tokens.of(w, 0, w.length());
      assertThat(Dates.month(t, 0)).as(w).isEqualTo(expected(t));
      if (!w.startsWith("MAY")) { // ("MAY" shouts: no month)
        assertThat(Dates.month(t, 0)).as(w).isPositive();
      }
    }
  }

  @Test
  void wordsOfAnyTwoInitialsAgreeWithTheFullComparison() {
    // every pair of initials, on a word as long as each month's name and as its abbreviation
    for (char a = 'A'; a <= 'Z'; a++) {
      for (char b = 'a'; b <= 'z'; b++) {
        for (String name : MONTHS) {
          for (String rest : List.of(name.substring(2).toLowerCase(Locale.ROOT), name.substring(2, 3))) {
            String w = "" + a + b + rest;
            Tokens t = Tokens.of(w, 0, w.length());
            assertThat(Dates.month(t, 0)).as(w).isEqualTo(expected(t));
          }
        }
      }
    }
  }
}
