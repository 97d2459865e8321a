package io.github.newsevents;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.newsevents.hostile.Regressions;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.newsevents.hostile.Budget;
import io.github.newsevents.hostile.FuzzInput;
import io.github.newsevents.hostile.Spans;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.validate.Validators;

/**
 * Coverage-guided fuzzing of the extractor through the front door (issue 18). In a build, {@code
 * extract} replays the inputs saved under {@code NewsEventsFuzzTestInputs/extract/} (and {@code
 * FuzzRegressionsTest} those under {@code regressions/extract/}); with {@code JAZZER_FUZZ=1} it
 * fuzzes. Any exception is a finding (the fuzzer's inputs are far below the size limit, the only
 * declared one), so is a span outside the input, an exception from the validators on the result,
 * and, while fuzzing, an extraction slower than {@link Budget}.
 */
class NewsEventsFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void extract(byte[] data) {
    check(data);
  }

  /** Each finding saved under {@code regressions/extract/}, replayed. */
  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("savedFindings")
  void savedFinding(String name, byte[] data) {
    check(data);
  }

  static Stream<Arguments> savedFindings() {
    return Regressions.of(NewsEventsFuzzTest.class, "extract");
  }

  /** The target's checks, for the saved inputs too. */
  static void check(byte[] data) {
    String text = FuzzInput.text(data);

    long start = Budget.now();
    Extraction x = NewsEvents.extract(text);
    Budget.check("extraction", Budget.now() - start, text.length());

    assertThat(x.article().text()).isSameAs(text);
    assertThat(Spans.outside(x, text.length())).isEmpty();
    // the validators judge any extraction without throwing (what they find is another matter:
    // HostileExtractionTest holds the extractor to Validators.standard())
    Validators.standard().validate(x);
    Validators.strict().validate(x);
  }
}
