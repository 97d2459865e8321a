package io.github.newsevents.extract;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.benchmarks.Corpus;
import io.github.newsevents.gazetteer.Gazetteer;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Diagnostic;
import java.util.ArrayList;
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
 * Each stage of {@link Extractor#extract} on its own. This class lives in the extractor's package
 * (in the benchmarks module: a split package, fine on the class path) to reach the package-private
 * stages. Each stage gets exactly the inputs it gets inside {@code Extractor.extract}, computed
 * beforehand: the tokenised {@link Doc} and, for the event stages, the actor stage's result (which
 * they only read). One operation runs one stage over one article; the articles of the corpus are
 * taken in turn.
 *
 * <ul>
 *   <li>{@link #tokenize()}: {@code new Doc(article)}, every paragraph tokenised once;
 *   <li>{@link #actorStage()}: {@code ActorStage.run}: gazetteer look-up, people, titles, groups;
 *   <li>{@link #statementStage()}: {@code StatementStage.run}: quotes, attribution, reported speech;
 *   <li>{@link #meetingStage()}: {@code MeetingStage.run};
 *   <li>{@link #ceasefireStage()}: {@code CeasefireStage.run}.
 * </ul>
 *
 * <p>Not measured here: turning the stages' findings into model records ({@code Actor},
 * {@code Statement}...) and building the {@code Extraction}; that is the rest of
 * {@code ExtractBenchmark.extractParsed} after these five.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageBenchmark {
  /** {@code articles}: the bundled wire articles or those of {@code -Dnewsevents.articles}; {@code seed}: the seed. */
  @Param({Corpus.ARTICLES, Corpus.SEED_ONLY})
  public String corpus;

  ActorStage actors;
  StatementStage statements;
  MeetingStage meetings;
  CeasefireStage ceasefires;
  Article[] articles;
  Doc[] docs;
  ActorStage.Result[] found;
  private int next;

  @Setup
  public void setUp() {
    PhraseIndex index = new PhraseIndex(Gazetteer.defaults());
    actors = new ActorStage(index);
    statements = new StatementStage(index);
    meetings = new MeetingStage(index);
    ceasefires = new CeasefireStage(index);
    List<String> texts = Corpus.named(corpus);
    int n = texts.size();
    articles = new Article[n];
    docs = new Doc[n];
    found = new ActorStage.Result[n];
    for (int i = 0; i < n; i++) {
      articles[i] = NewsEvents.parseArticle(texts.get(i));
      docs[i] = new Doc(articles[i]);
      found[i] = actors.run(docs[i]);
    }
    next = 0;
  }

  private int advance() {
    int i = next;
    next = i + 1 == docs.length ? 0 : i + 1;
    return i;
  }

  /** A {@code Doc}. */
  @Benchmark
  public Object tokenize() {
    return new Doc(articles[advance()]);
  }

  /** An {@code ActorStage.Result}. */
  @Benchmark
  public Object actorStage() {
    return actors.run(docs[advance()]);
  }

  /** A {@code List<StatementStage.Found>}; diagnostics go to a fresh list, as in the extractor. */
  @Benchmark
  public Object statementStage() {
    int i = advance();
    List<Diagnostic> diagnostics = new ArrayList<>(articles[i].diagnostics());
    return statements.run(docs[i], found[i], diagnostics);
  }

  /** A {@code List<MeetingStage.Found>}. */
  @Benchmark
  public Object meetingStage() {
    int i = advance();
    return meetings.run(docs[i], found[i]);
  }

  /** A {@code List<CeasefireStage.Found>}. */
  @Benchmark
  public Object ceasefireStage() {
    int i = advance();
    return ceasefires.run(docs[i], found[i]);
  }
}
