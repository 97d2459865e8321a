package io.github.newsevents.validate;

import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.PartialDate;
import java.util.Optional;

/** The date bounds and message pieces shared by the date rules. */
final class Dates {
  /** The earliest year a date may have. */
  static final int EARLIEST_YEAR = 1800;

  /** How far after the reference date (publication, or today) a date may lie. */
  static final int YEARS_AHEAD = 10;

  private Dates() {}

  /**
   * The article's publication date when it has one that {@code date.out-of-range} accepts. The rules
   * that compare dates with the publication date use this, so that one mistyped publication date
   * ({@code 0025}) gives one violation rather than one for every other date of the extraction.
   */
  static Optional<PartialDate> publication(Extraction extraction, Rule.Context context) {
    return extraction.article().published().filter(p -> isPlausiblePublication(p, context));
  }

  static boolean isPlausiblePublication(PartialDate published, Rule.Context context) {
    return published.year() >= EARLIEST_YEAR
        && !published.firstDay().isAfter(context.today().plusYears(YEARS_AHEAD));
  }

  /** "the meeting's date 2025-05-02 is after the article's publication date 2025-04-12". */
  static String afterPublication(String what, PartialDate date, PartialDate published) {
    return what + " " + date + " is after the article's publication date " + published;
  }
}
