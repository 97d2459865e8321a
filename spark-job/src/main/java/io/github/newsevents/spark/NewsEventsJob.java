package io.github.newsevents.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The newsevents Spark job: articles in, JSON lines of extractions and Parquet tables out.
 *
 * <p>Input: a directory or glob of {@code .txt} articles, one per file, whose names are their ids
 * ({@link JobOptions.Format#TEXT}), or JSON lines with an id and a text field ({@link
 * JobOptions.Format#JSON_LINES}). Output, under one directory: {@value #EXTRACTIONS}/ (JSON lines,
 * {@link Extractions#jsonLines()}) and a Parquet directory per {@link Table}: {@code statements},
 * {@code meetings}, {@code ceasefires}, {@code actors} and {@code errors}. An article that is
 * malformed, too large or makes the extractor fail is a row of {@code errors}, with its id and the
 * reason, and the job goes on.
 *
 * <p>Each executor JVM builds one parser, one {@link io.github.newsevents.extract.Extractor} and
 * one JSON writer, on first use, and every task it runs shares them; all three are immutable, so
 * the tasks share no mutable state. The per-article results are persisted while the six outputs are
 * written, so each article is extracted once.
 *
 * <pre>{@code
 * spark-submit --class io.github.newsevents.spark.NewsEventsJob newsevents-spark.jar articles/ out/
 * }</pre>
 *
 * <p>From Java: {@link #run(SparkSession, String, String, JobOptions)} for the whole job, {@link
 * #extract(Dataset, JobOptions)} for articles already in a dataset.
 */
public final class NewsEventsJob {
  private static final Logger LOG = LoggerFactory.getLogger(NewsEventsJob.class);

  /** The output directory's subdirectory of JSON lines. */
  public static final String EXTRACTIONS = "extractions";

  private NewsEventsJob() {}

  /**
   * Runs the job from the command line; {@code --help} lists the options. Exits with 2 and a
   * message for bad arguments, an output that exists or two files of one name. The master comes from {@code spark-submit} (or {@code
   * -Dspark.master=local[2]} when run with {@code java}).
   */
  public static void main(String[] args) {
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("newsevents-spark: " + e.getMessage());
      System.err.println(Arguments.USAGE);
      System.exit(2);
      return;
    }
    if (arguments == null) {
      System.out.println(Arguments.USAGE);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("newsevents").getOrCreate();
    int status = 0;
    try {
      JobSummary summary = run(spark, arguments.input(), arguments.output(), arguments.options());
      System.out.println(summary);
    } catch (IllegalArgumentException e) {
      // an output that exists, two files of one name: said before anything is extracted
      System.err.println("newsevents-spark: " + e.getMessage());
      status = 2;
    } finally {
      spark.stop();
    }
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Reads the articles at {@code input}, extracts them, and writes every output under {@code
   * output}.
   *
   * @return how many articles were read, extracted and not extracted, and the rows of each table
   * @throws IllegalArgumentException if an output exists and {@link JobOptions#overwrite()} is
   *     false, or if two text files share a name (they would share an id); nothing is written then
   */
  public static JobSummary run(SparkSession spark, String input, String output, JobOptions options) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(options, "options");
    if (!options.overwrite()) {
      refuseExisting(spark, output);
    }
    Extractions x = extractArticles(Inputs.read(spark, input, options), options).persist();
    try {
      SaveMode mode = options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
      x.jsonLines().write().mode(mode).text(output + "/" + EXTRACTIONS);
      for (Table t : Table.values()) {
        x.table(t).write().mode(mode).parquet(output + "/" + t);
      }
      JobSummary summary = x.summary();
      LOG.info("{} -> {}: {}", input, output, summary);
      return summary;
    } finally {
      x.unpersist();
    }
  }

  /**
   * Extracts articles that are already in a dataset: one row each, with a string id and text in
   * the columns that {@link JobOptions#idField()} and {@link JobOptions#textField()} name (other
   * types are cast to strings; other columns are ignored). A row with no id or no text gives no
   * extraction and a row of {@link Table#ERRORS}.
   */
  public static Extractions extract(Dataset<Row> articles, JobOptions options) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(options, "options");
    return extractArticles(Inputs.articles(articles, options), options);
  }

  private static Extractions extractArticles(Dataset<Row> articles, JobOptions options) {
    Dataset<Row> spread =
        options.partitions() > 0 ? articles.repartition(options.partitions()) : articles;
    return new Extractions(
        spread.mapPartitions(new ExtractPartition(options), Encoders.row(Results.SCHEMA)));
  }

  /** Refuses to start when an output exists, before anything is read. */
  private static void refuseExisting(SparkSession spark, String output) {
    List<String> outputs = new ArrayList<>();
    outputs.add(EXTRACTIONS);
    for (Table t : Table.values()) {
      outputs.add(t.toString());
    }
    List<String> existing = new ArrayList<>();
    try {
      Path root = new Path(output);
      FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (String name : outputs) {
        if (fs.exists(new Path(root, name))) {
          existing.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look at the output directory " + output, e);
    }
    if (!existing.isEmpty()) {
      throw new IllegalArgumentException(
          output + " already holds " + String.join(", ", existing)
              + "; give another output directory, or replace them with --overwrite"
              + " (JobOptions.withOverwrite(true))");
    }
  }
}
