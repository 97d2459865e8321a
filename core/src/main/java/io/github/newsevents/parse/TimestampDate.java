package io.github.newsevents.parse;

import io.github.newsevents.internal.DateWords;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.Span;
import java.util.Optional;

/**
 * Reads the publication date out of a line the {@value NoiseRules#TIMESTAMP} rule removed, for an
 * article whose header gives none.
 *
 * <p>The line is cut into parts at its labels: {@code published} and {@code posted} (with or
 * without {@code first}) say when the article appeared; {@code updated}, {@code update}, {@code
 * modified}, {@code edited}, {@code revised} and anything after {@code last} say when it changed,
 * which is later, and are never read. A line that opens with no label (a bare date, {@code Feb 27,
 * 2026 6:40 pm}) is a publication date up to its first label. In a publication part, the first of
 * these is the date:
 *
 * <ul>
 *   <li>ISO 8601: {@code 2026-07-13}, {@code 2026-07-13T09:15Z}, {@code 2026-07} (month precision);
 *   <li>a written date, read by {@link DateWords#parseHeaderDate}, as the header's is: {@code 3
 *       March 2025}, {@code Tue 4 March 2025}, {@code March 3, 2025}, {@code Mon March 3rd, 2025},
 *       {@code March 2025} (month precision); a time before it ({@code 09:15 GMT, 3 March 2025}) or
 *       after it is skipped;
 *   <li>numbers {@code d/m/yyyy} or {@code m/d/yyyy} (also with {@code .} or {@code -}, the same
 *       separator twice), only when they can be read one way: {@code 13/04/2025} and {@code
 *       04/13/2025} are April 13, {@code 03/03/2025} is March 3, but {@code 03/04/2025} is left
 *       alone.
 * </ul>
 *
 * <p>A date that does not exist ({@code 2026-13-45}, {@code 31 April 2025}), has no year ({@code 3
 * March}, {@code Monday}, {@code 2 hours ago}) or is ambiguous gives nothing. Total: never throws.
 * Linear: each word of the line starts at most one look at the next {@value #WINDOW} characters.
 */
final class TimestampDate {
  /** The most characters from a date's first word to the end of its year. */
  static final int WINDOW = 40;

  private TimestampDate() {}

  /** A date read, and where it stands in the text. */
  static final class Found {
    final PartialDate date;
    final Span span;

    Found(PartialDate date, Span span) {
      this.date = date;
      this.span = span;
    }
  }

  // kinds of label word; "first" and "last" may open a label of two words
  private static final int NONE = 0;
  private static final int PUBLISHED = 1;
  private static final int CHANGED = 2;
  private static final int FIRST = 3;
  private static final int LAST = 4;

  /**
   * The publication date in the trimmed line {@code text[from, to)}, if one of its publication
   * parts gives one.
   */
  static Optional<Found> read(String text, int from, int to) {
    // the parts: [partStart, next label), of the kind of the label that opens the part; before any
    // label, a bare date line
    int kind = PUBLISHED;
    int partStart = from;
    int w = from;
    while (w < to) {
      while (w < to && !Character.isLetterOrDigit(text.charAt(w))) {
        w++;
      }
      int e = w;
      while (e < to && Character.isLetterOrDigit(text.charAt(e))) {
        e++;
      }
      int label = label(text, w, e);
      if (label == FIRST || label == LAST) {
        // "first published", "last updated": the next word is the label
        int n = e;
        while (n < to && LineGuard.isHorizontalSpace(text.charAt(n))) {
          n++;
        }
        int ne = n;
        while (ne < to && Character.isLetter(text.charAt(ne))) {
          ne++;
        }
        int next = n > e ? label(text, n, ne) : NONE;
        if (next == PUBLISHED || next == CHANGED) {
          label = label == LAST ? CHANGED : next; // "last published": the latest of several
          e = ne;
        } else {
          label = NONE;
        }
      }
      if (label == PUBLISHED || label == CHANGED) {
        if (kind == PUBLISHED) {
          Optional<Found> f = dateIn(text, partStart, w);
          if (f.isPresent()) {
            return f;
          }
        }
        kind = label;
        partStart = e;
      }
      w = e;
    }
    return kind == PUBLISHED ? dateIn(text, partStart, to) : Optional.empty();
  }

  /** The kind of label the word {@code text[from, to)} is, or {@link #NONE}. */
  private static int label(String text, int from, int to) {
    int len = to - from;
    if (len < 4 || len > 9) {
      return NONE;
    }
    if (is(text, from, to, "published") || is(text, from, to, "posted")) {
      return PUBLISHED;
    }
    if (is(text, from, to, "updated")
        || is(text, from, to, "update")
        || is(text, from, to, "modified")
        || is(text, from, to, "edited")
        || is(text, from, to, "revised")) {
      return CHANGED;
    }
    if (is(text, from, to, "first")) {
      return FIRST;
    }
    if (is(text, from, to, "last")) {
      return LAST;
    }
    return NONE;
  }

  private static boolean is(String text, int from, int to, String word) {
    return to - from == word.length() && text.regionMatches(true, from, word, 0, word.length());
  }

  /** The first date in the part {@code text[from, to)}. */
  private static Optional<Found> dateIn(String text, int from, int to) {
    int w = from;
    while (w < to) {
      while (w < to && !Character.isLetterOrDigit(text.charAt(w))) {
        w++;
      }
      if (w >= to) {
        break;
      }
      int e = w;
      while (e < to && Character.isLetterOrDigit(text.charAt(e))) {
        e++;
      }
      int digits = digits(text, w, e);
      if (digits == 4 && e + 1 < to && text.charAt(e) == '-' && isDigit(text.charAt(e + 1))) {
        // ISO: the run of digits and dashes, and nothing else read from it
        int end = e;
        while (end < to && (isDigit(text.charAt(end)) || text.charAt(end) == '-')) {
          end++;
        }
        Optional<PartialDate> d = DateWords.parseHeaderDate(text, w, end);
        if (d.isPresent()) {
          return Optional.of(new Found(d.get(), Span.of(w, end)));
        }
        w = end;
        continue;
      }
      if ((digits == 1 || digits == 2) && e < to && isNumericSeparator(text.charAt(e))) {
        int end = numericEnd(text, w, e, to);
        if (end > 0) {
          Optional<PartialDate> d = numeric(text, w, end);
          if (d.isPresent()) {
            return Optional.of(new Found(d.get(), Span.of(w, end)));
          }
          w = end; // ambiguous or no such day: nothing read from it
          continue;
        }
      }
      boolean mayStart =
          digits == 1 || digits == 2 || (digits == 0 && e - w >= 3 && e - w <= 9);
      if (mayStart && digits == 0 && afterDay(text, from, w)) {
        // "31 April 2025": the day was read and is not in that month; "April 2025" is no date
        mayStart = false;
      }
      if (mayStart) {
        int yearEnd = yearEnd(text, e, Math.min(to, w + WINDOW));
        if (yearEnd > 0) {
          Optional<PartialDate> d = DateWords.parseHeaderDate(text, w, yearEnd);
          if (d.isPresent()) {
            return Optional.of(new Found(d.get(), Span.of(w, yearEnd)));
          }
        }
      }
      w = e;
    }
    return Optional.empty();
  }

  /**
   * Whether the word at {@code w} follows a day of the month, a number of one or two digits
   * (maybe with {@code st}, {@code nd}, {@code rd}, {@code th}) that is not the minutes of a time,
   * and only spaces between.
   */
  private static boolean afterDay(String text, int from, int w) {
    int i = w;
    while (i > from && LineGuard.isHorizontalSpace(text.charAt(i - 1))) {
      i--;
    }
    if (i == w) {
      return false;
    }
    int end = i;
    while (i > from && Character.isLetter(text.charAt(i - 1)) && end - i < 2) {
      i--;
    }
    int numberEnd = i;
    while (i > from && isDigit(text.charAt(i - 1))) {
      i--;
    }
    int n = numberEnd - i;
    if (n < 1 || n > 2 || (end > numberEnd && !isOrdinal(text, numberEnd, end))) {
      return false;
    }
    return i == from || !(text.charAt(i - 1) == ':' || text.charAt(i - 1) == '.');
  }

  private static boolean isOrdinal(String text, int from, int to) {
    return to - from == 2
        && (text.regionMatches(true, from, "st", 0, 2)
            || text.regionMatches(true, from, "nd", 0, 2)
            || text.regionMatches(true, from, "rd", 0, 2)
            || text.regionMatches(true, from, "th", 0, 2));
  }

  /** The end of the first word of exactly four digits in {@code text[from, to)}, or -1. */
  private static int yearEnd(String text, int from, int to) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int e = i;
      while (e < to && Character.isLetterOrDigit(text.charAt(e))) {
        e++;
      }
      if (e - i == 4 && digits(text, i, e) == 4) {
        // the word must end here, not run on past the window
        return e < text.length() && Character.isLetterOrDigit(text.charAt(e)) ? -1 : e;
      }
      i = e;
    }
    return -1;
  }

  /**
   * For {@code a/b/yyyy} starting with the number {@code text[from, aEnd)}: the end of the year,
   * or -1 when the numbers do not take that shape (the separator twice, 1 or 2 digits, then 4).
   */
  private static int numericEnd(String text, int from, int aEnd, int to) {
    char sep = text.charAt(aEnd);
    int b = aEnd + 1;
    int bEnd = b;
    while (bEnd < to && isDigit(text.charAt(bEnd)) && bEnd - b < 3) {
      bEnd++;
    }
    if (bEnd - b < 1 || bEnd - b > 2 || bEnd >= to || text.charAt(bEnd) != sep) {
      return -1;
    }
    int y = bEnd + 1;
    int yEnd = y;
    while (yEnd < to && isDigit(text.charAt(yEnd)) && yEnd - y < 5) {
      yEnd++;
    }
    if (yEnd - y != 4 || (yEnd < to && Character.isLetterOrDigit(text.charAt(yEnd)))) {
      return -1;
    }
    return yEnd;
  }

  /** {@code a/b/yyyy} read as day/month or month/day when only one reading, or both the same. */
  private static Optional<PartialDate> numeric(String text, int from, int end) {
    int i = from;
    int a = 0;
    while (isDigit(text.charAt(i))) {
      a = a * 10 + text.charAt(i++) - '0';
    }
    i++;
    int b = 0;
    while (isDigit(text.charAt(i))) {
      b = b * 10 + text.charAt(i++) - '0';
    }
    i++;
    int year = 0;
    while (i < end) {
      year = year * 10 + text.charAt(i++) - '0';
    }
    boolean dayMonth = b >= 1 && b <= 12 && DateWords.dayExists(b, a);
    boolean monthDay = a >= 1 && a <= 12 && DateWords.dayExists(a, b);
    int month;
    int day;
    if (dayMonth && monthDay) {
      if (a != b) {
        return Optional.empty(); // 03/04/2025: March 4 or April 3; not guessed
      }
      month = a;
      day = a;
    } else if (dayMonth) {
      month = b;
      day = a;
    } else if (monthDay) {
      month = a;
      day = b;
    } else {
      return Optional.empty();
    }
    if (month == 2 && day == 29 && !java.time.Year.isLeap(year)) {
      return Optional.empty(); // (dayExists allows February 29 in any year)
    }
    return Optional.of(PartialDate.of(year, month, day));
  }

  /** How many characters of {@code text[from, to)} are digits when all are, else 0. */
  private static int digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(text.charAt(i))) {
        return 0;
      }
    }
    return to - from;
  }

  private static boolean isNumericSeparator(char c) {
    return c == '/' || c == '.' || c == '-';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
