package io.github.newsevents.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A calendar date known to the precision the text gives: a year ({@code 2025}), a year and month
 * ({@code 2025-03}) or a full date ({@code 2025-03-13}). Immutable and thread-safe.
 *
 * <p>The text form is ISO 8601's, and its length gives the precision: {@link #parse(CharSequence)}
 * reads what {@link #toString()} writes. Natural ordering is chronological by the first day each
 * date can mean, a coarser date before a finer one that starts on the same day ({@code 2025 <
 * 2025-01 < 2025-01-01 < 2025-01-02}); it is consistent with {@code equals}.
 */
public final class PartialDate implements Comparable<PartialDate> {

  /** How much of a {@link PartialDate} is known. */
  public enum Precision {
    YEAR,
    MONTH,
    DAY
  }

  private final int year;
  private final int month; // 0 when unknown
  private final int day; // 0 when unknown

  private PartialDate(int year, int month, int day) {
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /** A year; years 0 to 9999, as ISO 8601's four-digit form allows. */
  public static PartialDate ofYear(int year) {
    checkYear(year);
    return new PartialDate(year, 0, 0);
  }

  /** A year and month (1 to 12). */
  public static PartialDate ofMonth(int year, int month) {
    checkYear(year);
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month must be 1 to 12, got " + month);
    }
    return new PartialDate(year, month, 0);
  }

  /** A full date; throws {@link IllegalArgumentException} for a day the month does not have. */
  public static PartialDate of(int year, int month, int day) {
    checkYear(year);
    try {
      LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("no such date: " + e.getMessage(), e);
    }
    return new PartialDate(year, month, day);
  }

  /** A full date. */
  public static PartialDate of(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** A year and month. */
  public static PartialDate of(YearMonth yearMonth) {
    Objects.requireNonNull(yearMonth, "yearMonth");
    return ofMonth(yearMonth.getYear(), yearMonth.getMonthValue());
  }

  /**
   * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @throws IllegalArgumentException naming the input when it is none of these or not a real date
   *     ({@code 2025-13}, {@code 2025-02-30}, {@code 25}, the empty string)
   */
  public static PartialDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    if (n != 4 && n != 7 && n != 10) {
      throw malformed(text, "expected YYYY, YYYY-MM or YYYY-MM-DD");
    }
    int year = digits(text, 0, 4);
    int month = 0;
    int day = 0;
    if (n >= 7) {
      if (text.charAt(4) != '-') {
        throw malformed(text, "expected '-' after the year");
      }
      month = digits(text, 5, 7);
      if (month < 1 || month > 12) {
        throw malformed(text, "month " + text.subSequence(5, 7) + " is not 01 to 12");
      }
    }
    if (n == 10) {
      if (text.charAt(7) != '-') {
        throw malformed(text, "expected '-' after the month");
      }
      day = digits(text, 8, 10);
      if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
        throw malformed(text, "day " + text.subSequence(8, 10) + " does not exist in that month");
      }
    }
    if (year < 0) {
      throw malformed(text, "expected digits");
    }
    return new PartialDate(year, month, day);
  }

  /** Like {@link #parse(CharSequence)}, but empty instead of throwing. */
  public static Optional<PartialDate> tryParse(CharSequence text) {
    try {
      return Optional.of(parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static int digits(CharSequence text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw malformed(text, "expected a digit at index " + i);
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static IllegalArgumentException malformed(CharSequence text, String why) {
    return new IllegalArgumentException("not a date: '" + text + "' (" + why + ")");
  }

  private static void checkYear(int year) {
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException("year must be 0 to 9999, got " + year);
    }
  }

  public int year() {
    return year;
  }

  /** The month (1 to 12), when known. */
  public Optional<Integer> month() {
    return month == 0 ? Optional.empty() : Optional.of(month);
  }

  /** The day of the month, when known. */
  public Optional<Integer> day() {
    return day == 0 ? Optional.empty() : Optional.of(day);
  }

  public Precision precision() {
    return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /** The first day this date can mean ({@code 2025-03} gives 2025-03-01). */
  public LocalDate firstDay() {
    return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
  }

  /** The last day this date can mean ({@code 2025-03} gives 2025-03-31). */
  public LocalDate lastDay() {
    if (day != 0) {
      return LocalDate.of(year, month, day);
    }
    if (month != 0) {
      return YearMonth.of(year, month).atEndOfMonth();
    }
    return LocalDate.of(year, 12, 31);
  }

  /** The full date, when this date has day precision. */
  public Optional<LocalDate> toLocalDate() {
    return day == 0 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
  }

  /**
   * Whether {@code other} lies within this date: {@code 2025-03} contains {@code 2025-03-13} and
   * itself, but not {@code 2025} (which may fall outside March).
   */
  public boolean contains(PartialDate other) {
    Objects.requireNonNull(other, "other");
    if (other.precision().compareTo(precision()) < 0 || other.year != year) {
      return false;
    }
    return (month == 0 || other.month == month) && (day == 0 || other.day == day);
  }

  /** This date reduced to {@code precision}, if that is not finer than what it has. */
  public PartialDate truncatedTo(Precision precision) {
    Objects.requireNonNull(precision, "precision");
    if (precision.compareTo(precision()) >= 0) {
      return this;
    }
    return precision == Precision.YEAR ? new PartialDate(year, 0, 0) : new PartialDate(year, month, 0);
  }

  /** Whether every day this date can mean comes after {@code date} ({@code 2025-03} is after 2025-02-28). */
  public boolean isAfter(LocalDate date) {
    return firstDay().isAfter(date);
  }

  @Override
  public int compareTo(PartialDate other) {
    int c = firstDay().compareTo(other.firstDay());
    return c != 0 ? c : precision().compareTo(other.precision());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartialDate
        && ((PartialDate) o).year == year
        && ((PartialDate) o).month == month
        && ((PartialDate) o).day == day;
  }

  @Override
  public int hashCode() {
    return (year * 13 + month) * 32 + day;
  }

  /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(10);
    pad(b, year, 4);
    if (month != 0) {
      pad(b.append('-'), month, 2);
    }
    if (day != 0) {
      pad(b.append('-'), day, 2);
    }
    return b.toString();
  }

  private static void pad(StringBuilder b, int value, int width) {
    String s = Integer.toString(value);
    for (int i = s.length(); i < width; i++) {
      b.append('0');
    }
    b.append(s);
  }
}
