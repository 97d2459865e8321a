package io.github.newsevents.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidateRecordsTest {
  @Test
  void theMeetingOfTwoIsValidAndTheMeetingOfOneIsOneViolation() throws Exception {
    String out = StandardOutput.of(() -> ValidateRecords.main(new String[0]));

    assertThat(out.lines()).containsExactly(
        "Norway and Iceland: valid: no violations",
        "Norway alone: 1 violation (1 error, 0 warnings)",
        "  ERROR meetings[0].participants: "
            + io.github.newsevents.NewsEvents.validate(ValidateRecords.extraction("norway")).violations().get(0).message()
            + " [meeting.participants.too-few]",
        "path=meetings[0].participants code=meeting.participants.too-few severity=ERROR");
  }
}
