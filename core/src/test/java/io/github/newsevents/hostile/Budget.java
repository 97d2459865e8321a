package io.github.newsevents.hostile;

/**
 * The fuzz targets' bound on time: generous, per character, and checked only while fuzzing for
 * real ({@code JAZZER_FUZZ} set), never when the saved inputs replay in a build, where a busy
 * machine must not fail a test (no timing assertions in unit tests).
 */
public final class Budget {
  /** Fixed part of the bound, for the interpreter and the garbage collector: 500 ms. */
  static final long BASE_NANOS = 500_000_000L;

  /**
   * Per character: 20 µs, about 200 times what ordinary news costs (0.1 µs per character on the
   * project's machine), so that only superlinear growth, not noise, exceeds it.
   */
  static final long NANOS_PER_CHAR = 20_000L;

  private static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null
      && !System.getenv("JAZZER_FUZZ").isEmpty();

  private Budget() {}

  /** Whether the time bound is checked: only while fuzzing. */
  public static boolean checked() {
    return FUZZING;
  }

  /** The bound for a text of {@code length} characters, in nanoseconds. */
  public static long nanosFor(int length) {
    return BASE_NANOS + NANOS_PER_CHAR * length;
  }

  /**
   * Throws an {@link AssertionError} naming the time and the bound when fuzzing and {@code nanos}
   * exceeds the bound for {@code length} characters.
   */
  public static void check(String what, long nanos, int length) {
    if (FUZZING && nanos > nanosFor(length)) {
      throw new AssertionError(what + " of " + length + " characters took " + nanos / 1_000_000
          + " ms, over the bound of " + nanosFor(length) / 1_000_000 + " ms (superlinear?)");
    }
  }
}
