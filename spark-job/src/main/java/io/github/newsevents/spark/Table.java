package io.github.newsevents.spark;

import java.util.Locale;

/**
 * The Parquet tables the job writes, each in the output directory under its {@link #toString()
 * name}. Each has one row per item, with the {@code article_id} and the {@code index} of the item
 * in its article first, then the item's attributes as columns (see the README's "Spark" section).
 */
public enum Table {
  /** Who said what: {@code speaker} (an actor id), {@code text}, {@code kind}, {@code verb} ... */
  STATEMENTS,
  /** Who met whom: {@code participants} (actor ids), {@code host}, {@code status} ... */
  MEETINGS,
  /** Who agreed to stop fighting: {@code parties} (actor ids), {@code scope}, {@code status} ... */
  CEASEFIRES,
  /** The actors of each article: {@code id}, {@code name}, {@code kind}, {@code country} ... */
  ACTORS,
  /**
   * The articles that gave no extraction ({@code kept} false: malformed input, a text over the
   * limit, a failure) and those whose extraction a limit cut short ({@code kept} true), with a
   * {@code code} and a {@code reason}; here {@code index} numbers the problems of one article.
   */
  ERRORS;

  /** The table's name and directory: {@code statements}, {@code meetings} ... */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The column of the per-article results that holds this table's rows. */
  String column() {
    return toString();
  }
}
