package io.github.newsevents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.PartialDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateWordsTest {

  @ParameterizedTest
  @CsvSource({"Jan,1", "january,1", "SEPT,9", "Sep,9", "September,9", "may,5", "Dec,12"})
  void monthNames(String word, int month) {
    assertThat(DateWords.month(word, 0, word.length())).isEqualTo(month);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ja", "Janu", "Septem", "Mayday", "Friday", ""})
  void notMonthNames(String word) {
    assertThat(DateWords.month(word, 0, word.length())).isZero();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2025-04-12|2025-04-12",
        "2025-04|2025-04",
        "2025|2025",
        "2025-04-12T09:30:00Z|2025-04-12",
        "2025-04-12 09:30|2025-04-12",
        "April 12, 2025|2025-04-12",
        "Apr. 12 2025|2025-04-12",
        "12 April 2025|2025-04-12",
        "Sat, 12 Apr 2025|2025-04-12",
        "Saturday, April 12, 2025, 10:30 GMT|2025-04-12",
        "April 2025|2025-04",
      })
  void headerDates(String value, String expected) {
    assertThat(DateWords.parseHeaderDate(value, 0, value.length())).contains(PartialDate.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2025-13-45", "2025-02-30", "25-04-12", "tomorrow", "April 31, 2025", "Smarch 3, 2025", "2025-04-12 The", ""})
  void malformedHeaderDates(String value) {
    assertThat(DateWords.parseHeaderDate(value, 0, value.length())).isEmpty();
  }

  @Test
  void yearlessDatesResolveToTheLatestNotAfterPublication() {
    Optional<PartialDate> pub = Optional.of(PartialDate.of(2025, 4, 12));
    assertThat(DateWords.resolveYearless(4, 12, pub)).contains(PartialDate.of(2025, 4, 12));
    assertThat(DateWords.resolveYearless(4, 11, pub)).contains(PartialDate.of(2025, 4, 11));
    assertThat(DateWords.resolveYearless(4, 13, pub)).contains(PartialDate.of(2024, 4, 13));
    assertThat(DateWords.resolveYearless(12, 30, pub)).contains(PartialDate.of(2024, 12, 30));
    assertThat(DateWords.resolveYearless(2, 29, pub)).contains(PartialDate.of(2024, 2, 29));
    assertThat(DateWords.resolveYearless(4, 20, Optional.of(PartialDate.ofMonth(2025, 4))))
        .contains(PartialDate.of(2025, 4, 20));
    assertThat(DateWords.resolveYearless(4, 12, Optional.empty())).isEmpty();
    assertThat(DateWords.resolveYearless(4, 31, pub)).isEmpty();
  }
}
