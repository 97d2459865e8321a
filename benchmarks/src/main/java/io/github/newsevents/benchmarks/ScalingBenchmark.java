package io.github.newsevents.benchmarks;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Extraction;
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
 * Cost against article size: {@link NewsEvents#extract(String)} (and, to tell the parser's share
 * from the extractor's, {@link NewsEvents#parseArticle(String)}) of one article of 1 KB, 10 KB,
 * 100 KB or 1 MB (1 KB = 1024 bytes of UTF-8), made by {@link Corpus#sized} from the bundled
 * articles (or those of {@code -Dnewsevents.articles}) and the seed. The score is microseconds per
 * article; divided by the size it is the cost per byte, which is flat when cost grows linearly.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScalingBenchmark {
  @Param({"1KB", "10KB", "100KB", "1MB"})
  public String size;

  private String text;

  @Setup
  public void setUp() {
    text = Corpus.sized(Corpus.bytes(size), Corpus.sources());
  }

  /** The article the benchmarks read. */
  public String text() {
    return text;
  }

  @Benchmark
  public Extraction extract() {
    return NewsEvents.extract(text);
  }

  @Benchmark
  public Article parse() {
    return NewsEvents.parseArticle(text);
  }
}
