package io.github.newsevents.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.extract.StageBenchmark;
import io.github.newsevents.hostile.Hostile;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** The benchmarks as JMH sees them: all listed, runnable, with modest defaults, and documented. */
class JmhHarnessTest {
  static final List<Class<?>> CLASSES = List.of(ParseBenchmark.class, ExtractBenchmark.class,
      StageBenchmark.class, JsonBenchmark.class, ScalingBenchmark.class, ModelBenchmark.class,
      HostileBenchmark.class);

  static Set<String> benchmarkMethods() {
    Set<String> out = new TreeSet<>();
    for (Class<?> c : CLASSES) {
      for (Method m : c.getMethods()) {
        if (m.isAnnotationPresent(Benchmark.class)) {
          out.add(c.getName() + "." + m.getName());
        }
      }
    }
    return out;
  }

  @Test
  void everyBenchmarkRunsUnderJmhWithEveryCorpus() throws RunnerException {
    Options options = new OptionsBuilder()
        .include("io\\.github\\.newsevents\\..*Benchmark\\..*")
        .forks(0) // in this JVM: this checks that the harness runs, not how fast
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(10))
        .param("size", "1KB")
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT)
        .build();
    Collection<RunResult> results = new Runner(options).run();
    List<String> ran = new ArrayList<>();
    for (RunResult r : results) {
      String corpus = r.getParams().getParam("corpus");
      String input = r.getParams().getParam("input");
      ran.add(r.getParams().getBenchmark() + (corpus == null ? "" : "[" + corpus + "]")
          + (input == null ? "" : "[" + input + "]"));
      assertThat(r.getPrimaryResult().getSampleCount()).isPositive();
    }
    List<String> expected = new ArrayList<>();
    for (String m : benchmarkMethods()) {
      if (m.contains("ScalingBenchmark") || m.contains("ModelBenchmark")) {
        expected.add(m);
      } else if (m.contains("HostileBenchmark")) {
        expected.add(m + "[NEWS]");
        for (Hostile h : Hostile.values()) {
          expected.add(m + "[" + h.name() + "]");
        }
      } else {
        expected.add(m + "[articles]");
        expected.add(m + "[seed]");
      }
    }
    assertThat(ran).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(benchmarkMethods()).hasSize(19);
  }

  @Test
  void defaultsWarmUpUntilTheExtractorIsCompiledThenMeasureFiveTwoSecondIterations() {
    // the extractor's code takes the JIT about 20 seconds here: its benchmarks warm up for 30
    Set<String> extracting =
        Set.of("ExtractBenchmark", "StageBenchmark", "ScalingBenchmark", "HostileBenchmark");
    for (Class<?> c : CLASSES) {
      assertThat(c.getAnnotation(Fork.class).value()).as(c.getName()).isEqualTo(1);
      Warmup w = c.getAnnotation(Warmup.class);
      assertThat(w.iterations()).as(c.getName()).isEqualTo(extracting.contains(c.getSimpleName()) ? 15 : 5);
      assertThat(w.timeUnit().toMillis(w.time())).as(c.getName()).isEqualTo(2000);
      Measurement m = c.getAnnotation(Measurement.class);
      assertThat(m.iterations()).as(c.getName()).isEqualTo(5);
      assertThat(TimeUnit.MILLISECONDS.convert(m.time(), m.timeUnit())).as(c.getName()).isEqualTo(2000);
    }
  }

  @Test
  void theReadmeExplainsEveryBenchmark() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    for (String m : benchmarkMethods()) {
      String simple = m.substring(m.lastIndexOf('.', m.lastIndexOf('.') - 1) + 1);
      assertThat(readme).as("benchmarks/README.md mentions " + simple).contains("`" + simple + "`");
    }
    assertThat(readme).contains("-D" + Corpus.PROPERTY + "=");
    assertThat(readme).contains("java -jar benchmarks/target/benchmarks.jar");
  }
}
