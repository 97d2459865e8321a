package io.github.newsevents.hostile;

/**
 * The fuzz targets' bound on time: generous, per character, and checked only while fuzzing for
 * real ({@code JAZZER_FUZZ} set), never when the saved inputs replay in a build, where a busy
 * machine must not fail a test (no timing assertions in unit tests). Fuzzing runs the code
 * instrumented, and its first calls load, instrument and compile it: the bound holds from the
 * {@value #WARM_CALLS}th call of a run on.
 *
 * <p>The clock is CPU time ({@link #now()}), not the wall clock: fuzzing runs
 * niced on a shared machine, where a call that waits seconds for a processor is no finding (one
 * such false alarm, {@code regressions/extract/over-bound-on-a-loaded-machine-nested-marks}, took
 * 3 s of wall-clock time for 1,734 characters that cost 1 ms of CPU uninstrumented).
 */
public final class Budget {
  /** Fixed part of the bound, for the garbage collector and the instrumentation: 1 s. */
  static final long BASE_NANOS = 1_000_000_000L;

  /**
   * Per character: 50 µs, about 500 times what ordinary news costs uninstrumented (0.1 µs per
   * character on the project's machine), so that only superlinear growth, not noise or the
   * fuzzer's instrumentation, exceeds it.
   */
  static final long NANOS_PER_CHAR = 50_000L;

  /** Calls before the bound holds: the seeds and the JIT compiler's warm-up. */
  static final int WARM_CALLS = 2_000;

  private static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null
      && !System.getenv("JAZZER_FUZZ").isEmpty();

  private static final java.util.concurrent.atomic.AtomicInteger CALLS =
      new java.util.concurrent.atomic.AtomicInteger();

  private static final boolean CPU_CLOCK =
      ProcessHandle.current().info().totalCpuDuration().isPresent();

  private Budget() {}

  /**
   * The clock of the bound, in nanoseconds: the CPU time of this process (its garbage collector
   * included; {@code java.lang.management} is not a module the core reads), or the wall clock
   * where the operating system does not tell it.
   */
  public static long now() {
    return CPU_CLOCK
        ? ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos()
        : System.nanoTime();
  }

  /** Whether the time bound is checked at all: only while fuzzing. */
  public static boolean checked() {
    return FUZZING;
  }

  /** The bound for a text of {@code length} characters, in nanoseconds. */
  public static long nanosFor(int length) {
    return BASE_NANOS + NANOS_PER_CHAR * length;
  }

  /**
   * Throws an {@link AssertionError} naming the time and the bound when fuzzing, warm, and {@code
   * nanos} (measured with {@link #now()}) exceeds the bound for {@code length} characters.
   */
  public static void check(String what, long nanos, int length) {
    if (FUZZING && CALLS.incrementAndGet() > WARM_CALLS && nanos > nanosFor(length)) {
      throw new AssertionError(what + " of " + length + " characters took " + nanos / 1_000_000
          + " ms of CPU, over the bound of " + nanosFor(length) / 1_000_000 + " ms (superlinear?)");
    }
  }
}
