package io.github.newsevents.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The tests' Spark: one {@code local[2]} session for every test class of the run, started on first
 * use and stopped by Spark's own shutdown hook when the test JVM exits.
 */
final class LocalSpark {
  private LocalSpark() {}

  private static final class Holder {
    static final SparkSession SESSION =
        SparkSession.builder()
            .master("local[2]")
            .appName("newsevents-spark-tests")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.default.parallelism", "2")
            .getOrCreate();
  }

  static SparkSession session() {
    return Holder.SESSION;
  }
}
