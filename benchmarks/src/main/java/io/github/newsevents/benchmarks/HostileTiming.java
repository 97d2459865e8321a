package io.github.newsevents.benchmarks;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.hostile.Hostile;
import io.github.newsevents.model.Article;
import io.github.newsevents.parse.ArticleTooLargeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A quick look, not a benchmark: the cost per character of extracting each class of {@link
 * Hostile} text against ordinary news of the same length ({@link Hostile#news}, in paragraphs as
 * news comes), at growing sizes in one paragraph (or,
 * with {@code --paragraphs}, in paragraphs of about 300 characters). A class stops growing once one
 * extraction takes more than the budget, so that a quadratic one cannot hold the machine for
 * minutes; its last ratio and its growth (the exponent of the time against the size between the last
 * two sizes: 1 is linear, 2 quadratic) say how it scales. {@link HostileBenchmark} measures the
 * same texts properly with JMH.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.newsevents.benchmarks.HostileTiming \
 *     [--max BYTES] [--budget SECONDS] [--paragraphs] [CLASS...]
 * </pre>
 *
 * Prints a Markdown table: for each class, the largest size measured, the time of the parse alone
 * and of the whole extraction (best of three runs below a second), the cost per character of the
 * extraction divided by that of news of the same length, and the growth.
 */
public final class HostileTiming {
  private HostileTiming() {}

  public static void main(String[] args) {
    int max = 1 << 20;
    double budget = 5;
    boolean paragraphs = false;
    List<Hostile> classes = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--max":
          max = Integer.parseInt(args[++i]);
          break;
        case "--budget":
          budget = Double.parseDouble(args[++i]);
          break;
        case "--paragraphs":
          paragraphs = true;
          break;
        default:
          classes.add(Hostile.valueOf(args[i]));
      }
    }
    if (classes.isEmpty()) {
      classes.addAll(List.of(Hostile.values()));
    }
    // warm the extractor up on news, so that the first class does not pay for the JIT compiler
    for (int i = 0; i < 20; i++) {
      NewsEvents.extract(Hostile.news(100_000));
    }
    System.out.printf(Locale.ROOT, "| class | layout | size (chars) | parse (ms) | extract (ms) | news (ms) "
        + "| cost per char vs news | growth |%n|---|---|---:|---:|---:|---:|---:|---:|%n");
    for (Hostile h : classes) {
      row(h, max, budget, paragraphs);
    }
  }

  private static void row(Hostile h, int max, double budget, boolean paragraphs) {
    int size = 12_500;
    double lastTime = Double.NaN;
    int lastSize = 0;
    double prevTime = Double.NaN;
    int prevSize = 0;
    double parse = Double.NaN;
    double news = Double.NaN;
    String failure = null;
    while (size <= max) {
      String text = layout(h.of(size), paragraphs);
      try {
        double t = time(text, false);
        prevTime = lastTime;
        prevSize = lastSize;
        lastTime = t;
        lastSize = text.length();
        parse = time(text, true);
        news = time(Hostile.news(text.length()), false);
        if (t > budget * 1000) {
          break;
        }
      } catch (ArticleTooLargeException e) {
        failure = "over the size limit";
        break;
      } catch (RuntimeException | StackOverflowError e) {
        failure = e.toString();
        break;
      }
      size *= 2;
    }
    double growth = Double.isNaN(prevTime)
        ? Double.NaN
        : Math.log(lastTime / prevTime) / Math.log((double) lastSize / prevSize);
    System.out.printf(Locale.ROOT, "| %s | %s | %,d | %.1f | %.1f | %.1f | %.1f | %s |%s%n",
        h.name(), paragraphs ? "paragraphs" : "one paragraph", lastSize, parse, lastTime, news,
        lastTime / news, Double.isNaN(growth) ? "–" : String.format(Locale.ROOT, "%.2f", growth),
        failure == null ? "" : " " + failure);
  }

  private static String layout(String text, boolean paragraphs) {
    return paragraphs ? Hostile.paragraphs(text, 300) : text;
  }

  /** Milliseconds for one run, the best of three when a run takes under a second. */
  private static double time(String text, boolean parseOnly) {
    double best = Double.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long start = System.nanoTime();
      Object result = parseOnly ? NewsEvents.parseArticle(text) : NewsEvents.extract(text);
      double ms = (System.nanoTime() - start) / 1e6;
      if (result == null || (result instanceof Article && ((Article) result).text() != text)) {
        throw new IllegalStateException("no result");
      }
      best = Math.min(best, ms);
      if (ms > 1000) {
        break;
      }
    }
    return best;
  }
}
