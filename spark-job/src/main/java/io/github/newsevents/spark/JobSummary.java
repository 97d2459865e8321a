package io.github.newsevents.spark;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a run of {@link NewsEventsJob} did: how many articles it read, extracted and could not
 * extract, and how many rows it wrote to each table. Immutable.
 */
public final class JobSummary {
  private final long articles;
  private final long extracted;
  private final Map<Table, Long> rows;

  JobSummary(long articles, long extracted, Map<Table, Long> rows) {
    this.articles = articles;
    this.extracted = extracted;
    this.rows = Collections.unmodifiableMap(new EnumMap<>(rows));
  }

  /** Input records read: articles, and lines or files that turned out to be none. */
  public long articles() {
    return articles;
  }

  /** Articles extracted: each is one JSON line, and its items are rows of the tables. */
  public long extracted() {
    return extracted;
  }

  /** Input records that gave no extraction; each is a row of {@link Table#ERRORS} with {@code kept} false. */
  public long failed() {
    return articles - extracted;
  }

  /** The number of rows written to {@code table}. */
  public long rows(Table table) {
    return rows.get(table);
  }

  /** {@code 61 articles: 60 extracted, 1 failed; rows: statements 512, meetings 40, ...}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder()
        .append(articles).append(articles == 1 ? " article: " : " articles: ")
        .append(extracted).append(" extracted, ")
        .append(failed()).append(" failed; rows:");
    String sep = " ";
    for (Map.Entry<Table, Long> e : rows.entrySet()) {
      b.append(sep).append(e.getKey()).append(' ').append(e.getValue());
      sep = ", ";
    }
    return b.toString();
  }
}
