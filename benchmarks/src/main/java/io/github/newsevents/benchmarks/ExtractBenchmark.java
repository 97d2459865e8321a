package io.github.newsevents.benchmarks;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.extract.Extractor;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Extraction;
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
 * Extraction through the public API. One operation handles one article; the articles of the corpus
 * are taken in turn, so each score is articles per second over the corpus.
 *
 * <ul>
 *   <li>{@link #extract()}: {@link NewsEvents#extract(String)}, text to {@link Extraction}: parse
 *       plus every stage, what an application calls;
 *   <li>{@link #extractParsed()}: {@link Extractor#extract(Article)} on articles parsed beforehand:
 *       the extractor alone (tokenising, all four stages, building the records);
 *   <li>{@link #actors()}: {@link Extractor#actors(Article)} on articles parsed beforehand:
 *       tokenising and the actor stage only.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractBenchmark {
  /** {@code articles}: the bundled wire articles or those of {@code -Dnewsevents.articles}; {@code seed}: the seed. */
  @Param({Corpus.ARTICLES, Corpus.SEED_ONLY})
  public String corpus;

  private final Extractor extractor = Extractor.defaults();
  private String[] texts;
  private Article[] articles;
  private int next;

  @Setup
  public void setUp() {
    List<String> all = Corpus.named(corpus);
    texts = all.toArray(new String[0]);
    articles = new Article[texts.length];
    for (int i = 0; i < texts.length; i++) {
      articles[i] = NewsEvents.parseArticle(texts[i]);
    }
    next = 0;
  }

  private int advance() {
    int i = next;
    next = i + 1 == texts.length ? 0 : i + 1;
    return i;
  }

  @Benchmark
  public Extraction extract() {
    return NewsEvents.extract(texts[advance()]);
  }

  @Benchmark
  public Extraction extractParsed() {
    return extractor.extract(articles[advance()]);
  }

  @Benchmark
  public List<Actor> actors() {
    return extractor.actors(articles[advance()]);
  }
}
