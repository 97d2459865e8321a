package io.github.newsevents.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ViolationTest {
  @Test
  void aViolationReadsAsSeverityPathMessageAndCode() {
    Violation v = new Violation("actors[3].country", "country.unknown", "'GER' is not ...", Severity.ERROR);

    assertThat(v).hasToString("ERROR actors[3].country: 'GER' is not ... [country.unknown]");
    assertThat(v.isError()).isTrue();
    assertThat(v).isEqualTo(new Violation("actors[3].country", "country.unknown", "'GER' is not ...", Severity.ERROR));
  }

  @Test
  void blankOrNullPartsAreRefusedByName() {
    assertThatThrownBy(() -> new Violation(" ", "c", "m", Severity.ERROR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Violation.path must not be blank");
    assertThatThrownBy(() -> new Violation("p", "", "m", Severity.ERROR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Violation.code must not be blank");
    assertThatThrownBy(() -> new Violation("p", "c", "\n", Severity.WARNING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Violation.message must not be blank");
    assertThatThrownBy(() -> new Violation("p", "c", "m", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("severity");
  }
}
