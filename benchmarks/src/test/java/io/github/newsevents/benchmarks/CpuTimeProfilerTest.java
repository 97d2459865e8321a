package io.github.newsevents.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

class CpuTimeProfilerTest {
  @Test
  void reportsTheWorkersCpuTimePerOperation() throws RunnerException {
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include(ParseBenchmark.class.getName() + ".parse")
        .param("corpus", "seed")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(2)
        .measurementTime(TimeValue.milliseconds(50))
        .addProfiler(CpuTimeProfiler.class)
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT)
        .build()).run();
    RunResult run = results.iterator().next();
    Result<?> cpu = run.getSecondaryResults().get("cpu.time.norm");
    assertThat(cpu).as("secondary results %s", run.getSecondaryResults().keySet()).isNotNull();
    assertThat(cpu.getScoreUnit()).isEqualTo("ns/op");
    // parsing the seed takes some CPU: the workers were found and measured (no bound on how much)
    assertThat(cpu.getScore()).isPositive();
  }
}
