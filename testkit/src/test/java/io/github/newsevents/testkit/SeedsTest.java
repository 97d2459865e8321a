package io.github.newsevents.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsevents.model.Meeting;
import java.util.random.RandomGenerator;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(SeedInFailureMessage.class)
class SeedsTest {

  // The example of the Seeds Javadoc, as written there.
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyMeetingBuilds(long seed) {
    Meeting meeting = Generators.meeting(Seeds.random(seed));
    assertThat(meeting.participants()).doesNotHaveDuplicates();
  }

  static LongStream seeds() {
    return Seeds.of(20251124L, 200);
  }

  @Test
  void ofGivesCountDistinctSeedsTheSameEachTime() {
    long[] seeds = Seeds.of(42L, 1_000, null).toArray();

    assertThat(seeds).hasSize(1_000).doesNotHaveDuplicates();
    assertThat(Seeds.of(42L, 1_000, null).toArray()).isEqualTo(seeds);
    assertThat(Seeds.of(43L, 1_000, null).toArray()).isNotEqualTo(seeds);
  }

  @Test
  void ofSpreadsNeighbouringBases() {
    long a = Seeds.of(0L, 1, null).findFirst().orElseThrow();
    long b = Seeds.of(1L, 1, null).findFirst().orElseThrow();

    assertThat(Long.bitCount(a ^ b)).isGreaterThan(8);
  }

  @Test
  void ofGivesNothingForCountZero() {
    assertThat(Seeds.of(42L, 0, null)).isEmpty();
  }

  @Test
  void theSystemPropertyReplacesTheSeeds() {
    assertThat(Seeds.of(42L, 1_000, "-4962768465676381896")).containsExactly(-4962768465676381896L);
    assertThat(Seeds.of(42L, 1_000, " 7 ")).containsExactly(7L);
    assertThat(Seeds.of(42L, 3, "")).hasSize(3);
  }

  @Test
  void aPropertyThatIsNotASeedIsRefusedByName() {
    assertThatThrownBy(() -> Seeds.of(42L, 3, "seed 7"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Seeds.PROPERTY)
        .hasMessageContaining("'seed 7'");
  }

  @Test
  void aNegativeCountIsRefused() {
    assertThatThrownBy(() -> Seeds.of(42L, -1, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count");
  }

  @Test
  void randomIsJavaUtilRandomSoASeedMeansTheSameEverywhere() {
    RandomGenerator a = Seeds.random(42L);

    // java.util.Random's first int for seed 42, fixed by its specification.
    assertThat(a.nextInt()).isEqualTo(new java.util.Random(42L).nextInt()).isEqualTo(-1170105035);
  }
}
