package io.github.newsevents.extract;

import io.github.newsevents.internal.Chars;
import io.github.newsevents.internal.DateWords;
import io.github.newsevents.internal.StringSet;
import io.github.newsevents.internal.Tokens;
import io.github.newsevents.internal.VocabularySet;
import io.github.newsevents.model.PartialDate;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the date expressions of news English in a stretch of tokens and resolves them against the
 * publication date: absolute dates ("13 March", "March 13, 2025", "2025-03-13", "(11 April)"),
 * months ("in March"), weekdays ("on Friday"), "yesterday", "today", "tomorrow", "last week", "next
 * month", years. A past-tense weekday or month is the most recent one on or before publication, a
 * future one the next one after it. Without a publication date, relative dates stay unresolved.
 */
final class Dates {
  private Dates() {}

  /**
   * A date expression found in the text: tokens [from, to). (Its text is {@code t.span(from, to)},
   * made by no one: the stages read only the date and the bounds.)
   */
  static final class Found {
    final PartialDate date; // null when it needs a publication date that is unknown
    final int from;
    final int to;

    Found(PartialDate date, int from, int to) {
      this.date = date;
      this.from = from;
      this.to = to;
    }
  }

  private static final Map<String, DayOfWeek> DAYS = Map.of(
      "Monday", DayOfWeek.MONDAY, "Tuesday", DayOfWeek.TUESDAY, "Wednesday", DayOfWeek.WEDNESDAY,
      "Thursday", DayOfWeek.THURSDAY, "Friday", DayOfWeek.FRIDAY, "Saturday", DayOfWeek.SATURDAY,
      "Sunday", DayOfWeek.SUNDAY);

  /**
   * The names of {@link #DAYS} as bits over the vocabulary: a capitalised word is tested without
   * making its String (a holder class: {@link KnownWords} reads this class's lists while it builds
   * the vocabulary the bits are made over).
   */
  private static final class Weekdays {
    static final VocabularySet NAMES = KnownWords.members(DAYS.keySet());
    static final VocabularySet RELATIVE = KnownWords.members(Dates.RELATIVE);
  }

  /** The words that open a relative date in {@link #at}: "yesterday", "last week", "this month". */
  private static final Set<String> RELATIVE = StringSet.of("yesterday", "today", "tonight", "tomorrow", "last", "next",
      "this");

  static int month(Tokens t, int i) {
    if (t.type(i) != Tokens.WORD || !Chars.isUpperCase(t.firstChar(i))) {
      return 0;
    }
    int end = t.end(i);
    if (t.text().charAt(end - 1) == '.') {
      end--; // "Jan.", "Sept."
    }
    int m = DateWords.month(t.text(), t.start(i), end);
    if (m == 5 && !t.is(i, "May")) {
      return 0; // "MAY" shouts, "May" is the month
    }
    if (m > 0 && i + 1 < t.size() && t.type(i + 1) == Tokens.WORD && Chars.isUpperCase(t.firstChar(i + 1))
        && t.text().charAt(t.end(i) - 1) != '.' && t.end(i) - t.start(i) <= 4) {
      return 0; // a short form before a capitalised word is a given name: "Jan Egeland", "June Carter"
    }
    if (m > 0 && i > 0 && t.type(i - 1) == Tokens.WORD && Chars.isUpperCase(t.firstChar(i - 1))
        && i + 1 < t.size() && t.type(i + 1) != Tokens.NUMBER && !Lexicon.NOT_NAMES.contains(t.get(i - 1))
        && !t.is(i - 1, "In") && !t.is(i - 1, "On") && !t.is(i - 1, "Since") && !t.is(i - 1, "By")) {
      return 0; // after a given name and before no day or year, a surname: "Theresa May said"
    }
    return m;
  }


  private static int number(Tokens t, int i, int min, int max) {
    if (i < 0 || i >= t.size() || t.type(i) != Tokens.NUMBER || t.end(i) - t.start(i) > 4) {
      return -1;
    }
    // a number token may be "3.5" or "10,000": only plain digits are a day or a year
    int v = 0;
    for (int k = t.start(i), end = t.end(i); k < end; k++) {
      char c = t.text().charAt(k);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v >= min && v <= max ? v : -1;
  }

  /** A day number, allowing "13th". */
  private static int day(Tokens t, int i) {
    if (i < 0 || i >= t.size()) {
      return -1;
    }
    if (t.type(i) == Tokens.NUMBER) {
      int v = number(t, i, 1, 31);
      return v > 0 || t.end(i) - t.start(i) > 5 ? v : firstOfRange(t.get(i));
    }
    if (t.type(i) != Tokens.WORD || !Character.isDigit(t.firstChar(i))) {
      return -1; // checked before making the word's String: most tokens are no day
    }
    String w = t.get(i);
    if (w.indexOf('-') > 0) {
      return firstOfRange(w);
    }
    if (t.type(i) == Tokens.WORD && w.length() >= 3 && w.length() <= 4 && Character.isDigit(w.charAt(0))
        && (w.endsWith("st") || w.endsWith("nd") || w.endsWith("rd") || w.endsWith("th"))) {
      String digits = w.substring(0, w.length() - 2);
      if (digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
        int v = Integer.parseInt(digits);
        return v >= 1 && v <= 31 ? v : -1;
      }
    }
    return -1;
  }

  /**
   * The first day of a range of days written as one token, "23-25" in "March 23-25" or "8-12" in
   * "on 8-12 October": the event is dated by its first day; -1 for anything else ("2-1", "25-23").
   */
  private static int firstOfRange(String w) {
    int dash = w.indexOf('-');
    if (dash <= 0 || dash > 2 || w.length() - dash - 1 < 1 || w.length() - dash - 1 > 2) {
      return -1;
    }
    int first = digits(w, 0, dash);
    int last = digits(w, dash + 1, w.length());
    return first >= 1 && first < last && last <= 31 ? first : -1;
  }

  /** The number the ASCII digits of {@code w}'s [from, to) make, or -1 if any is not a digit. */
  private static int digits(String w, int from, int to) {
    int v = 0;
    for (int k = from; k < to; k++) {
      char c = w.charAt(k);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /**
   * The first date expression in tokens {@code [from, to)}.
   *
   * @param future whether the clause speaks of the future (then weekdays and months look ahead)
   */
  static Found first(Tokens t, int from, int to, LocalDate published, boolean future) {
    for (int i = from; i < to; i++) {
      Found f = none(t, i) ? null : at(t, i, to, published, future);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  /**
   * Whether {@link #at} surely finds no date at token {@code i}, by its first test alone (a mark, a
   * word in lower case that starts no relative date): small enough for the JIT to inline, so that a
   * caller reading every token of a clause calls {@link #at} for few of them.
   */
  static boolean none(Tokens t, int i) {
    byte type = t.type(i);
    char c;
    return type == Tokens.PUNCT || type == Tokens.QUOTE
        || type == Tokens.WORD && (c = t.firstChar(i)) >= 'a' && c <= 'z' && !relativeInitial(c);
  }

  static Found at(Tokens t, int i, int to, LocalDate published, boolean future) {
    byte type = t.type(i);
    if (type == Tokens.PUNCT || type == Tokens.QUOTE) {
      return null;
    }
    if (type == Tokens.WORD) {
      char c = t.firstChar(i);
      if (c >= 'a' && c <= 'z' && (!relativeInitial(c) || !Weekdays.RELATIVE.containsLower(t, i))) {
        // most words: in lower case no month, weekday or digit, and by their first letter or a bit
        // test (not their String) not "yesterday", "last week"... (the stages ask this of every word
        // of a clause: "the", "to", "that" among them)
        return null;
      }
    }
    int m = month(t, i);
    if (m > 0) {
      int d = i + 1 < to ? day(t, i + 1) : -1;
      if (d > 0) {
        int j = i + 2;
        int y = yearAfter(t, j, to);
        if (y > 0) {
          return make(t, i, endOfYear(t, j), y, m, d);
        }
        return withYear(t, i, i + 2, published, m, d, future);
      }
      int y = i + 1 < to ? number(t, i + 1, 1800, 2200) : -1;
      if (y > 0) {
        return new Found(PartialDate.ofMonth(y, m), i, i + 2);
      }
      if (published == null) {
        return new Found(null, i, i + 1);
      }
      YearMonth ref = YearMonth.from(published);
      int year = future ? (m < ref.getMonthValue() ? ref.getYear() + 1 : ref.getYear())
          : (m > ref.getMonthValue() ? ref.getYear() - 1 : ref.getYear());
      return new Found(PartialDate.ofMonth(year, m), i, i + 1);
    }
    int d = day(t, i);
    if (d > 0 && i + 1 < to) {
      int mm = month(t, i + 1);
      if (mm > 0) {
        int y = yearAfter(t, i + 2, to);
        if (y > 0) {
          return make(t, i, endOfYear(t, i + 2), y, mm, d);
        }
        return withYear(t, i, i + 2, published, mm, d, future);
      }
    }
    if (type == Tokens.NUMBER && t.end(i) - t.start(i) == 4 && i + 4 < to && t.is(i + 1, "-")) {
      // 2025-03-13
      int y = number(t, i, 1800, 2200);
      int mo = number(t, i + 2, 1, 12);
      if (y > 0 && mo > 0 && t.is(i + 3, "-")) {
        int dd = number(t, i + 4, 1, 31);
        if (dd > 0) {
          return make(t, i, i + 5, y, mo, dd);
        }
      }
    }
    if ((type == Tokens.WORD || type == Tokens.NUMBER) && t.end(i) - t.start(i) == 10 && Character.isDigit(t.firstChar(i))) {
      // "2025-03-13" is one token
      java.util.Optional<PartialDate> iso = PartialDate.tryParse(t.get(i));
      if (iso.isPresent() && iso.get().year() >= 1800) {
        return new Found(iso.get(), i, i + 1);
      }
    }
    DayOfWeek dow = type == Tokens.WORD && Chars.isUpperCase(t.firstChar(i)) && Weekdays.NAMES.contains(t, i)
        ? DAYS.get(t.get(i)) : null;
    if (dow != null) {
      if (published == null) {
        return new Found(null, i, i + 1);
      }
      LocalDate date = future
          ? published.with(TemporalAdjusters.nextOrSame(dow))
          : published.with(TemporalAdjusters.previousOrSame(dow));
      return new Found(PartialDate.of(date), i, i + 1);
    }
    if (type == Tokens.WORD && relativeInitial(t.firstChar(i)) && Weekdays.RELATIVE.containsLower(t, i)) {
      String w = t.lower(i);
      switch (w) {
        case "yesterday":
          return relative(t, i, i + 1, published, published == null ? null : published.minusDays(1));
        case "today":
        case "tonight":
          return relative(t, i, i + 1, published, published);
        case "tomorrow":
          return relative(t, i, i + 1, published, published == null ? null : published.plusDays(1));
        case "last":
        case "next":
        case "this":
          if (i + 1 < to) {
            String unit = t.lower(i + 1);
            int sign = w.equals("last") ? -1 : w.equals("next") ? 1 : 0;
            if (unit.equals("morning") || unit.equals("afternoon") || unit.equals("evening")
                || unit.equals("night") && sign != 1) {
              // "this morning", "this evening": the day of publication; "last night" the day before it
              return relative(t, i, i + 2, published, published == null ? null : published.plusDays(Math.min(0, sign)));
            }
            if (unit.equals("month")) {
              if (published == null) {
                return new Found(null, i, i + 2);
              }
              return new Found(PartialDate.of(YearMonth.from(published).plusMonths(sign)), i, i + 2);
            }
            if (unit.equals("year")) {
              if (published == null) {
                return new Found(null, i, i + 2);
              }
              return new Found(PartialDate.ofYear(published.getYear() + sign), i, i + 2);
            }
            if (unit.equals("week")) {
              if (published == null) {
                return new Found(null, i, i + 2);
              }
              // a week is finer than a month: keep the month only when the whole week lies in it
              LocalDate monday = published.plusWeeks(sign).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
              LocalDate sunday = monday.plusDays(6);
              if (YearMonth.from(monday).equals(YearMonth.from(sunday))) {
                return new Found(PartialDate.of(YearMonth.from(monday)), i, i + 2);
              }
              return new Found(PartialDate.ofYear(monday.getYear()), i, i + 2);
            }
          }
          return null;
        default:
          break;
      }
    }
    if (type == Tokens.NUMBER && i > 0 && (t.is(i - 1, "in") || t.is(i - 1, "since"))) {
      int y = number(t, i, 1800, 2200);
      if (y > 0 && t.end(i) - t.start(i) == 4) {
        return new Found(PartialDate.ofYear(y), i, i + 1);
      }
    }
    return null;
  }

  /**
   * Whether a date expression may start at token {@code i}, whatever the stretch and the publication
   * date: {@link #at} finds none where this is false. It reads token {@code i} alone, so a paragraph's
   * possible starts can be found once (see {@link Doc.Para#positions}).
   */
  static boolean mayStart(Tokens t, int i) {
    byte type = t.type(i);
    if (type == Tokens.NUMBER) {
      return true;
    }
    if (type != Tokens.WORD) {
      return false;
    }
    char c = t.firstChar(i);
    if (c >= 'a' && c <= 'z' && !relativeInitial(c)) {
      return false;
    }
    if (month(t, i) > 0 || day(t, i) > 0 || t.end(i) - t.start(i) == 10 && Character.isDigit(c)
        || Chars.isUpperCase(c) && Weekdays.NAMES.contains(t, i)) {
      return true;
    }
    return relativeInitial(c) && Weekdays.RELATIVE.containsLower(t, i);
  }

  /** Whether a word starting with {@code c} may be one of the relative date words of {@link #at}. */
  private static boolean relativeInitial(char c) {
    if (c >= 'a' && c <= 'z') {
      return c == 'y' || c == 't' || c == 'l' || c == 'n'; // most tokens: no case to fold
    }
    char l = Character.toLowerCase(c);
    return l == 'y' || l == 't' || l == 'l' || l == 'n' || c >= 128; // non-ASCII: let lower() decide
  }

  private static Found relative(Tokens t, int from, int to, LocalDate published, LocalDate date) {
    return new Found(date == null ? null : PartialDate.of(date), from, to);
  }

  private static int yearAfter(Tokens t, int j, int to) {
    if (j < to && t.is(j, ",")) {
      j++;
    }
    return j < to ? number(t, j, 1800, 2200) : -1;
  }

  private static int endOfYear(Tokens t, int j) {
    return t.is(j, ",") ? j + 2 : j + 1;
  }

  private static Found make(Tokens t, int from, int to, int y, int m, int d) {
    try {
      return new Found(PartialDate.of(y, m, d), from, to);
    } catch (IllegalArgumentException e) {
      return null; // "31 February": not a date
    }
  }

  private static Found withYear(Tokens t, int from, int to, LocalDate published, int m, int d, boolean future) {
    if (published == null) {
      return new Found(null, from, to);
    }
    int year = published.getYear();
    try {
      LocalDate candidate = LocalDate.of(year, m, d);
      if (!future && candidate.isAfter(published)) {
        candidate = LocalDate.of(year - 1, m, d);
      } else if (future && candidate.isBefore(published)) {
        candidate = LocalDate.of(year + 1, m, d);
      }
      return new Found(PartialDate.of(candidate), from, to);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
