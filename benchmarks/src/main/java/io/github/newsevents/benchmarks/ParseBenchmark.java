package io.github.newsevents.benchmarks;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Article;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing news text into an {@link Article} ({@link NewsEvents#parseArticle}): header, noise lines,
 * dateline, paragraphs and sentences. One operation parses one article; the articles of the corpus
 * are taken in turn, so the score is articles per second over the corpus.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {
  /** {@code articles}: the bundled wire articles or those of {@code -Dnewsevents.articles}; {@code seed}: the seed. */
  @Param({Corpus.ARTICLES, Corpus.SEED_ONLY})
  public String corpus;

  private String[] texts;
  private int next;

  @Setup
  public void setUp() {
    List<String> all = Corpus.named(corpus);
    texts = all.toArray(new String[0]);
    next = 0;
  }

  @Benchmark
  public Article parse() {
    String text = texts[next];
    next = next + 1 == texts.length ? 0 : next + 1;
    return NewsEvents.parseArticle(text);
  }
}
