package io.github.newsevents.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationResultTest {
  private static final Violation ERROR = new Violation(
      "meetings[0].participants", "meeting.participants.too-few", "too few", Severity.ERROR);
  private static final Violation WARNING = new Violation(
      "meetings[1].participants", "meeting.phone-call.too-many", "too many", Severity.WARNING);

  @Test
  void aResultWithoutViolationsIsValid() {
    ValidationResult result = ValidationResult.of(List.of());

    assertThat(result.isValid()).isTrue();
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.violations()).isEmpty();
    assertThat(result).isEqualTo(ValidationResult.valid());
    assertThat(result).hasToString("valid: no violations");
  }

  @Test
  void warningsAloneLeaveAResultValid() {
    ValidationResult result = ValidationResult.of(List.of(WARNING));

    assertThat(result.isValid()).isTrue();
    assertThat(result.warnings()).containsExactly(WARNING);
    assertThat(result.errors()).isEmpty();
  }

  @Test
  void oneErrorMakesAResultInvalid() {
    ValidationResult result = ValidationResult.of(List.of(WARNING, ERROR));

    assertThat(result.isValid()).isFalse();
    assertThat(result.hasErrors()).isTrue();
    assertThat(result.violations()).containsExactly(WARNING, ERROR);
    assertThat(result.errors()).containsExactly(ERROR);
    assertThat(result.warnings()).containsExactly(WARNING);
  }

  @Test
  void toStringListsEveryViolation() {
    assertThat(ValidationResult.of(List.of(ERROR, WARNING)))
        .hasToString("2 violations (1 error, 1 warning)\n"
            + "  ERROR meetings[0].participants: too few [meeting.participants.too-few]\n"
            + "  WARNING meetings[1].participants: too many [meeting.phone-call.too-many]");
  }

  @Test
  void aResultIsACopy() {
    List<Violation> list = new ArrayList<>(List.of(ERROR));
    ValidationResult result = ValidationResult.of(list);
    list.add(WARNING);

    assertThat(result.violations()).containsExactly(ERROR);
    assertThatThrownBy(() -> result.violations().add(WARNING))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void resultsWithTheSameViolationsInTheSameOrderAreEqual() {
    assertThat(ValidationResult.of(List.of(ERROR, WARNING)))
        .isEqualTo(ValidationResult.of(List.of(ERROR, WARNING)))
        .hasSameHashCodeAs(ValidationResult.of(List.of(ERROR, WARNING)))
        .isNotEqualTo(ValidationResult.of(List.of(WARNING, ERROR)));
  }

  @Test
  void nullsAreRefused() {
    assertThatThrownBy(() -> ValidationResult.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ValidationResult.of(Arrays.asList(ERROR, null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void aValidationExceptionNeedsAnError() {
    assertThatThrownBy(() -> new ValidationException(ValidationResult.of(List.of(WARNING))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new ValidationException(ValidationResult.of(List.of(ERROR))).getMessage())
        .isEqualTo("not valid: 1 violation (1 error, 0 warnings)\n"
            + "  ERROR meetings[0].participants: too few [meeting.participants.too-few]");
  }
}
