package io.github.newsevents.benchmarks;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.hostile.Hostile;
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
 * Issue 18's promise of linear time, measured: {@link NewsEvents#extract(String)} of each class of
 * hostile text ({@link Hostile}, from the core's test jar: the fifteen classes and the inputs the
 * issue found superlinear, each in one long paragraph) against ordinary news of the same length
 * ({@code input=NEWS}: {@link Hostile#news}, in paragraphs as news comes). The score is
 * microseconds per extraction; a class's score divided by {@code NEWS}'s is its cost per character
 * against news, which the issue wants at most 3 at 1 MB. {@code size} is in characters (1 MB =
 * 1,048,576).
 *
 * <p>Every class is linear in one long paragraph too (the README's table, "Linear time"): at 1 MB
 * one extraction of any class takes about as long as one of news. On a machine shared with other
 * work, add {@code -prof io.github.newsevents.benchmarks.CpuTimeProfiler} and compare CPU times.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HostileBenchmark {
  /** {@code NEWS}, the baseline, or the name of a {@link Hostile} class. */
  @Param({
    "NEWS", "SIZE_ONE_WORD", "SIZE_ONE_PARAGRAPH", "SURROGATES", "CONTROLS", "NUL", "LINE_ENDINGS",
    "INVISIBLE", "BIDI", "QUOTES_UNBALANCED", "QUOTES_NESTED", "DEEP_NESTING", "MOJIBAKE",
    "NORMALISATION", "MARKUP", "REGEX_FODDER", "ABSURD_NUMBERS", "ODD_NAMES", "MET",
    "CEASEFIRE_WORD", "TALKS", "AGREED_SENTENCE", "CAPITALISED", "KREMLIN_ENVOY", "NESTED_MARKS",
    "ABSURD_CEASEFIRE", "SAID_NESTED", "ARMED_GROUPS"
  })
  public String input;

  /** Characters, as {@code 1MB}, {@code 100KB} or a number. */
  @Param({"1MB"})
  public String size;

  private String text;

  @Setup
  public void setUp() {
    int chars = Corpus.bytes(size);
    text = input.equals("NEWS") ? Hostile.news(chars) : Hostile.valueOf(input).of(chars);
  }

  /** The text the benchmark extracts. */
  public String text() {
    return text;
  }

  @Benchmark
  public Extraction extract() {
    return NewsEvents.extract(text);
  }
}
