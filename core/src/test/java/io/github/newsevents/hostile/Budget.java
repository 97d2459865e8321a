package io.github.newsevents.hostile;

/**
 * The fuzz targets' bound on time: generous, per character, and checked only while fuzzing for
 * real ({@code JAZZER_FUZZ} set), never when the saved inputs replay in a build, where a busy
 * machine must not fail a test (no timing assertions in unit tests). Fuzzing runs the code
 * instrumented, and its first calls load, instrument and compile it: the bound holds from the
 * {@value #WARM_CALLS}th call of a run on.
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

  private Budget() {}

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
   * nanos} exceeds the bound for {@code length} characters.
   */
  public static void check(String what, long nanos, int length) {
    if (FUZZING && CALLS.incrementAndGet() > WARM_CALLS && nanos > nanosFor(length)) {
      throw new AssertionError(what + " of " + length + " characters took " + nanos / 1_000_000
          + " ms, over the bound of " + nanosFor(length) / 1_000_000 + " ms (superlinear?)");
    }
  }
}
