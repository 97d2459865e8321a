package io.github.newsevents.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * The extraction of a dataset of articles, as Spark computes it: lazily, once per action unless
 * {@linkplain #persist() persisted}. Each output is a view of the same per-article results: {@link
 * #jsonLines()} and one {@link #table(Table)} per table. Immutable; its datasets are as
 * thread-safe as Spark's.
 *
 * <pre>{@code
 * Extractions x = NewsEventsJob.extract(spark.read().parquet("articles"), JobOptions.defaults()).persist();
 * x.table(Table.MEETINGS).groupBy("status").count().show();
 * x.unpersist();
 * }</pre>
 */
public final class Extractions {
  private final Dataset<Row> results;

  Extractions(Dataset<Row> results) {
    this.results = results;
  }

  /**
   * One row per extracted article, one string column {@code value}: {@code {"id": "...",
   * "extraction": {...}}}, where the extraction is in the JSON contract of newsevents (the {@code
   * newsevents-jackson} module reads it back). Articles that gave no extraction have no line.
   */
  public Dataset<Row> jsonLines() {
    return results.filter(col(Results.JSON).isNotNull()).select(col(Results.JSON).as("value"));
  }

  /**
   * The rows of {@code table}: {@code article_id}, {@code index} (the item's place in its
   * article), then the item's columns.
   */
  public Dataset<Row> table(Table table) {
    return results
        .select(col(Results.ID).as("article_id"), posexplode(col(table.column())))
        .select(col("article_id"), col("pos").as("index"), col("col.*"));
  }

  /**
   * Keeps the per-article results in memory (and on disk where memory runs short) once computed,
   * so that writing several outputs extracts each article once; returns this.
   */
  public Extractions persist() {
    results.persist(StorageLevel.MEMORY_AND_DISK());
    return this;
  }

  /** Lets Spark drop what {@link #persist()} kept. */
  public void unpersist() {
    results.unpersist();
  }

  /** Counts the articles, the extracted ones and the rows of each table, in one pass. */
  public JobSummary summary() {
    List<Column> counts = new ArrayList<>();
    counts.add(count(col(Results.JSON)));
    for (Table t : Table.values()) {
      counts.add(sum(size(col(t.column()))));
    }
    Row r = results.agg(count(lit(1)), counts.toArray(new Column[0])).first();
    Map<Table, Long> rows = new EnumMap<>(Table.class);
    for (Table t : Table.values()) {
      rows.put(t, r.isNullAt(2 + t.ordinal()) ? 0L : r.getLong(2 + t.ordinal()));
    }
    return new JobSummary(r.getLong(0), r.getLong(1), rows);
  }
}
