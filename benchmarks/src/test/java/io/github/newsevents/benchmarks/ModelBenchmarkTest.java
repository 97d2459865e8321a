package io.github.newsevents.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.MeetingStatus;
import org.junit.jupiter.api.Test;

/** Each benchmark method computes what it claims to measure (no timing here). */
class ModelBenchmarkTest {
  private final ModelBenchmark benchmark = new ModelBenchmark();

  @Test
  void buildMeetingBuildsAHeldMeeting() {
    assertThat(benchmark.buildMeeting().status()).isEqualTo(MeetingStatus.HELD);
    assertThat(benchmark.buildMeeting().participants()).hasSize(2);
  }

  @Test
  void parseDateParsesTheDay() {
    assertThat(benchmark.parseDate().toString()).isEqualTo("2025-04-11");
  }
}
