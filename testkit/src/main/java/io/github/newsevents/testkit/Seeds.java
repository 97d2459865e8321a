package io.github.newsevents.testkit;

import java.util.Objects;
import java.util.Random;
import java.util.random.RandomGenerator;
import java.util.stream.LongStream;

/**
 * Seeds for property tests, and the generator each one stands for, so that a test can print the
 * seed it used and a failure can be rerun alone.
 *
 * <pre>{@code
 * @ParameterizedTest(name = "seed {0}")
 * @MethodSource("seeds")
 * void everyMeetingBuilds(long seed) {
 *   Meeting meeting = Generators.meeting(Seeds.random(seed));
 *   ...
 * }
 *
 * static LongStream seeds() {
 *   return Seeds.of(20251124L, 200);
 * }
 * }</pre>
 *
 * <p>To rerun the invocation named {@code seed -4962768465676381896} alone, run the tests with
 * {@code -Dnewsevents.seed=-4962768465676381896}: {@link #of(long, int)} then gives that seed only.
 * Surefire's report names a parameterized invocation by its index, not its display name, so let the
 * failure message name the seed too (a JUnit {@code TestExecutionExceptionHandler} that prefixes
 * the display name does it for a whole test class). The methods are pure apart from reading that
 * system property, and thread-safe.
 */
public final class Seeds {
  /** The system property that, when set to a {@code long}, replaces the seeds {@link #of} gives. */
  public static final String PROPERTY = "newsevents.seed";

  private Seeds() {}

  /**
   * {@code count} well-spread seeds derived from {@code base}, the same on every run and every JDK;
   * or, when the system property {@value #PROPERTY} is set, just the seed it holds.
   *
   * @throws IllegalArgumentException if {@code count} is negative, or the property is set but is
   *     not a {@code long}
   */
  public static LongStream of(long base, int count) {
    return of(base, count, System.getProperty(PROPERTY));
  }

  static LongStream of(long base, int count, String override) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, got " + count);
    }
    if (override != null && !override.isBlank()) {
      try {
        return LongStream.of(Long.parseLong(override.strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("system property " + PROPERTY
            + " must be a long (a seed a test printed), got '" + override + "'", e);
      }
    }
    return LongStream.range(0, count).map(i -> mix(base + (i + 1) * 0x9E3779B97F4A7C15L));
  }

  /**
   * A new generator for {@code seed}: a {@link java.util.Random}, whose algorithm the Java
   * specification fixes, so that a seed gives the same values on every JDK. Not to be shared
   * between threads that need reproducible values.
   */
  public static RandomGenerator random(long seed) {
    return new Random(seed);
  }

  /** SplitMix64's finalizer: neighbouring inputs give unrelated outputs. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
