package io.github.newsevents.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports the CPU time the benchmark threads spent per operation
 * ({@code cpu.time.norm}, ns/op), read from {@link ThreadMXBean#getThreadCpuTime} around each
 * iteration. On a shared machine, where other processes take the CPU away from the benchmark, the
 * wall-clock score drops while the CPU time per operation barely moves: it tells what an operation
 * costs rather than what the machine could spare. Use it as {@code -prof
 * io.github.newsevents.benchmarks.CpuTimeProfiler}, next to the wall-clock score, never instead of
 * it. It counts the time of JMH's worker threads only: not the JIT compiler's nor the garbage
 * collector's, which {@code -prof gc}'s {@code gc.time} covers in part.
 */
public final class CpuTimeProfiler implements InternalProfiler {
  private static final String WORKER = "-jmh-worker-";
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private Map<Long, Long> before = Map.of();

  public CpuTimeProfiler() {
    if (!threads.isThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM cannot measure the CPU time of a thread");
    }
    if (!threads.isThreadCpuTimeEnabled()) {
      threads.setThreadCpuTimeEnabled(true);
    }
  }

  @Override
  public String getDescription() {
    return "CPU time of the benchmark threads per operation (ThreadMXBean)";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    before = workerCpuTimes();
  }

  @Override
  @SuppressWarnings("rawtypes") // the raw type is JMH's InternalProfiler signature
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
      IterationParams iterationParams, IterationResult result) {
    Map<Long, Long> after = workerCpuTimes();
    long nanos = 0;
    for (Map.Entry<Long, Long> e : after.entrySet()) {
      nanos += e.getValue() - before.getOrDefault(e.getKey(), 0L);
    }
    long ops = result.getMetadata().getMeasuredOps();
    if (ops <= 0) {
      return List.of();
    }
    return List.of(new ScalarResult("cpu.time.norm", (double) nanos / ops, "ns/op", AggregationPolicy.AVG));
  }

  /** CPU time so far of each live JMH worker thread, by thread id. */
  private Map<Long, Long> workerCpuTimes() {
    Map<Long, Long> out = new HashMap<>();
    long[] ids = threads.getAllThreadIds();
    ThreadInfo[] infos = threads.getThreadInfo(ids);
    for (int i = 0; i < ids.length; i++) {
      if (infos[i] != null && infos[i].getThreadName().contains(WORKER)) {
        long cpu = threads.getThreadCpuTime(ids[i]);
        if (cpu >= 0) {
          out.put(ids[i], cpu);
        }
      }
    }
    return out;
  }
}
