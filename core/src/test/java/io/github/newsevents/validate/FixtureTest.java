package io.github.newsevents.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fixture every rule test starts from is valid, even by the strict rules. */
class FixtureTest {
  @Test
  void theFixtureHasNoViolationEvenWhenStrict() {
    assertThat(Fixture.STANDARD.validate(Fixture.valid()).violations()).isEmpty();
    assertThat(Fixture.STRICT.validate(Fixture.valid()).violations()).isEmpty();
  }
}
