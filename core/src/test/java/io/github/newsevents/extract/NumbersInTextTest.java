package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15, point 9: a number token may hold a decimal point, a thousands separator or a range
 * ("2.5", "10,000", "8-12"); none of them is a day of the month, and none may stop extraction.
 */
class NumbersInTextTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "The truce between Norland and Sudravia covers 2.5 million people.",
      "The next round of talks between Norland and Sudravia is set for 8-12 October in Oslo.",
      "Talks between Norland and Sudravia will resume on October 8-12.",
      "Ministers of Norland and Sudravia met on 31.5 and agreed a 2.5-day truce.",
      "A ceasefire between Norland and Sudravia was agreed on March 10,000 times over.",
      "The envoy met the president on 3.14 March, and again on 12th.5 April.",
      "A 2147483648-day ceasefire for 99999999999999 weeks was proposed by Norland."})
  void numbersWithPointsCommasAndRangesNeverThrow(String sentence) {
    Extraction x = extract(article("2025-04-14", sentence));
    assertThat(x.article().text()).contains(sentence);
  }

  @Test
  void aDecimalIsNoDayOfTheMonth() {
    Extraction x = extract(article("2025-04-14",
        "Foreign Minister Lena Marsh met President Oskar Vallin in Moscow on 31.5 March."));
    assertThat(x.meetings()).hasSize(1);
    assertThat(x.meetings().get(0).date().map(Object::toString).orElse("")).isNotEqualTo("2025-03-31");
  }
}
