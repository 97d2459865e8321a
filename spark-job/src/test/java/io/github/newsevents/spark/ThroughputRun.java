package io.github.newsevents.spark;

import io.github.newsevents.NewsEvents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * Not a test: the README's throughput figures. Copies a directory of articles {@code copies}
 * times into a temporary directory, then times the whole job (read, extract, write all six
 * outputs) in {@code local[1]} and {@code local[2]}, after one warm-up run each, and extraction in
 * process on one thread for comparison. Prints articles per second, and per core.
 *
 * <pre>
 * java -cp spark-job/target/test-classes:spark-job/target/newsevents-spark-0.1.0-SNAPSHOT.jar:SPARK_JARS \
 *     io.github.newsevents.spark.ThroughputRun /work/shared/corpus/dev/articles 50 3
 * </pre>
 */
final class ThroughputRun {
  private ThroughputRun() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args[0]);
    int copies = Integer.parseInt(args[1]);
    int runs = Integer.parseInt(args[2]);
    int partitions = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    boolean inProcess = args.length <= 4 || !args[4].equals("spark-only");
    Path work = Files.createTempDirectory("newsevents-throughput");
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(f));
      }
    }
    Path in = work.resolve("articles");
    Files.createDirectories(in);
    int n = 0;
    for (int c = 0; c < copies; c++) {
      for (String t : texts) {
        Files.writeString(in.resolve(String.format(Locale.ROOT, "%06d.txt", n++)), t);
      }
    }
    System.out.printf(Locale.ROOT, "%d articles (%d x %d), %d runs each%n", n, copies, texts.size(), runs);
    if (inProcess) {
      inProcess(texts, n, runs);
    }
    for (int cores : new int[] {1, 2}) {
      SparkSession spark = SparkSession.builder()
          .master("local[" + cores + "]")
          .appName("throughput")
          .config("spark.ui.enabled", "false")
          .getOrCreate();
      JobOptions options = JobOptions.defaults().withOverwrite(true).withPartitions(partitions);
      NewsEventsJob.run(spark, in.toString(), work.resolve("out").toString(), options);
      for (int r = 0; r < runs; r++) {
        long start = System.nanoTime();
        JobSummary s = NewsEventsJob.run(spark, in.toString(), work.resolve("out").toString(), options);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "local[%d] run %d: %d articles in %.1f s: %.0f articles/s, %.0f per core%n",
            cores, r + 1, s.articles(), seconds, s.articles() / seconds, s.articles() / seconds / cores);
      }
      spark.stop();
    }
  }

  /** NewsEvents.extract on one thread over the same articles, after a warm-up pass. */
  private static void inProcess(List<String> texts, int n, int runs) {
    for (int r = -1; r < runs; r++) {
      long start = System.nanoTime();
      int done = 0;
      while (done < n) {
        for (String t : texts) {
          NewsEvents.extract(t);
          done++;
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      if (r >= 0) {
        System.out.printf(Locale.ROOT, "in process, 1 thread, run %d: %.0f articles/s%n", r + 1, done / seconds);
      }
    }
  }
}
