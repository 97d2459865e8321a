package io.github.newsevents.internal;

import io.github.newsevents.model.PartialDate;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as news text writes them: month names and their abbreviations, the header's date
 * ({@code 2025-04-12}, {@code 2025-04-12T09:30Z}, {@code April 12, 2025}, {@code 12 April 2025}),
 * and the year a dateline's "April 11" means.
 */
public final class DateWords {
  private DateWords() {}

  /** {@code Month.values()} copies its array on every call; month names are looked up per token. */
  private static final Month[] MONTHS = Month.values();

  /** By a month name's first letter (A to Z), a bit per second letter that follows it in a name. */
  private static final int[] SECOND_LETTERS = new int[26];

  static {
    for (Month m : MONTHS) {
      String name = m.name(); // JANUARY ...
      SECOND_LETTERS[name.charAt(0) - 'A'] |= 1 << (name.charAt(1) - 'A');
    }
  }

  /** Month names and abbreviations, in a regex alternation, for patterns that embed them. */
  public static final String MONTH_REGEX =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

  private static final Pattern HUMAN_DATE =
      Pattern.compile(
          "(?i)(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\h++)?"
              + "(?:(?<m1>[a-z]{3,9}+)\\.?\\h*+(?<d1>\\d{1,2})(?:st|nd|rd|th)?,?\\h*+(?<y1>\\d{4})"
              + "|(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\h*+(?<m2>[a-z]{3,9}+)\\.?,?\\h*+(?<y2>\\d{4})"
              + "|(?<m3>[a-z]{3,9}+)\\.?,?\\h*+(?<y3>\\d{4}))"
              + "(?:,?\\h++.{0,40}+)?");

  /**
   * The month (1 to 12) that {@code s[from, to)} names, in any case: a full name, its first three
   * letters, or {@code Sept}; 0 when it names none.
   */
  public static int month(CharSequence s, int from, int to) {
    int len = to - from;
    if (len < 3 || len > 9) {
      return 0;
    }
    char first = Character.toUpperCase(s.charAt(from));
    char second = Character.toUpperCase(s.charAt(from + 1));
    if (first < 'A' || first > 'Z' || second < 'A' || second > 'Z'
        || (SECOND_LETTERS[first - 'A'] & 1 << (second - 'A')) == 0) {
      return 0; // no month name starts so ("Minister", "Moscow"): most words leave here
    }
    for (Month m : MONTHS) {
      String name = m.name(); // JANUARY ...
      if (len != 3 && len != name.length() && !(m == Month.SEPTEMBER && len == 4)) {
        continue;
      }
      boolean same = true;
      for (int i = 0; i < len && same; i++) {
        same = Character.toUpperCase(s.charAt(from + i)) == name.charAt(i);
      }
      if (same) {
        return m.getValue();
      }
    }
    return 0;
  }

  /** Whether {@code day} can occur in {@code month} of some year (February 29 can). */
  public static boolean dayExists(int month, int day) {
    return day >= 1 && month >= 1 && month <= 12 && day <= Month.of(month).maxLength();
  }

  /**
   * The most recent date with this month and day that is not after the publication date (the last
   * day it can mean), looking back at most eight years (for February 29); empty when there is no
   * publication date or no such day.
   */
  public static Optional<PartialDate> resolveYearless(
      int month, int day, Optional<PartialDate> published) {
    if (published.isEmpty() || !dayExists(month, day)) {
      return Optional.empty();
    }
    LocalDate limit = published.get().lastDay();
    for (int year = limit.getYear(); year >= limit.getYear() - 8 && year >= 0; year--) {
      if (day <= java.time.YearMonth.of(year, month).lengthOfMonth()) {
        LocalDate d = LocalDate.of(year, month, day);
        if (!d.isAfter(limit)) {
          return Optional.of(PartialDate.of(d));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Reads a header's date value {@code s[from, to)}: ISO 8601 ({@code 2025}, {@code 2025-04},
   * {@code 2025-04-12}, optionally followed by a time as in {@code 2025-04-12T09:30:00Z} or {@code
   * 2025-04-12 09:30}), or written out ({@code April 12, 2025}, {@code Sat, 12 Apr 2025}, {@code
   * April 2025}). Returns empty when it is none of these or not a real date.
   */
  public static Optional<PartialDate> parseHeaderDate(CharSequence s, int from, int to) {
    int len = to - from;
    if (len <= 0 || len > 80) {
      return Optional.empty();
    }
    if (len >= 4 && isDigit(s.charAt(from + 3)) && isDigit(s.charAt(from))) {
      return parseIso(s, from, to); // 2025..., never "12 April 2025"
    }
    Matcher m = HUMAN_DATE.matcher(s).region(from, to);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      if (m.start("m1") >= 0) {
        return full(s, m.start("m1"), m.end("m1"), m.group("d1"), m.group("y1"));
      }
      if (m.start("m2") >= 0) {
        return full(s, m.start("m2"), m.end("m2"), m.group("d2"), m.group("y2"));
      }
      int month = month(s, m.start("m3"), m.end("m3"));
      return month == 0
          ? Optional.empty()
          : Optional.of(PartialDate.ofMonth(Integer.parseInt(m.group("y3")), month));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // no such day, such as April 31
    }
  }

  private static Optional<PartialDate> full(
      CharSequence s, int monthFrom, int monthTo, String day, String year) {
    int month = month(s, monthFrom, monthTo);
    if (month == 0) {
      return Optional.empty();
    }
    return Optional.of(PartialDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
  }

  private static Optional<PartialDate> parseIso(CharSequence s, int from, int to) {
    int end = from;
    while (end < to && (isDigit(s.charAt(end)) || s.charAt(end) == '-')) {
      end++;
    }
    if (end < to) {
      // a time may follow a full date: 2025-04-12T09:30Z or "2025-04-12 09:30"
      char c = s.charAt(end);
      boolean timeFollows =
          end - from == 10
              && (c == 'T' || (Chars.isSpace(c) && startsWithDigitAfterSpace(s, end, to)));
      if (!timeFollows) {
        return Optional.empty();
      }
    }
    return PartialDate.tryParse(s.subSequence(from, end));
  }

  private static boolean startsWithDigitAfterSpace(CharSequence s, int from, int to) {
    int i = Chars.skipSpace(s, from, to);
    return i < to && isDigit(s.charAt(i));
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
