package io.github.newsevents.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsevents.model.PartialDate.Precision;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  // --- text form

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("2025", Precision.YEAR),
        Arguments.of("0999", Precision.YEAR),
        Arguments.of("0000", Precision.YEAR),
        Arguments.of("9999", Precision.YEAR),
        Arguments.of("2025-03", Precision.MONTH),
        Arguments.of("0999-12", Precision.MONTH),
        Arguments.of("2025-01", Precision.MONTH),
        Arguments.of("2025-03-13", Precision.DAY),
        Arguments.of("0999-01-01", Precision.DAY),
        Arguments.of("2024-02-29", Precision.DAY),
        Arguments.of("2000-02-29", Precision.DAY),
        Arguments.of("1600-02-29", Precision.DAY),
        Arguments.of("2025-12-31", Precision.DAY));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void textRoundTrips(String text, Precision precision) {
    PartialDate date = PartialDate.parse(text);

    assertThat(date.toString()).isEqualTo(text);
    assertThat(date.precision()).isEqualTo(precision);
    assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
    assertThat(PartialDate.tryParse(text)).contains(date);
  }

  @Test
  void factoriesWriteTheSameText() {
    assertThat(PartialDate.ofYear(999)).hasToString("0999");
    assertThat(PartialDate.ofMonth(2025, 3)).hasToString("2025-03");
    assertThat(PartialDate.of(2024, 2, 29)).hasToString("2024-02-29");
    assertThat(PartialDate.of(LocalDate.of(999, 1, 5))).hasToString("0999-01-05");
    assertThat(PartialDate.of(YearMonth.of(2025, 12))).hasToString("2025-12");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "2025-13",
        "2025-02-30",
        "25",
        "",
        "2025-1-01",
        "abcd",
        "2025-00",
        "2025-01-00",
        "2023-02-29",
        "1900-02-29",
        "2025/03",
        "2025-03/13",
        "20250313",
        "2025-03-13T10",
        " 2025",
        "-025",
        "２０２５"
      })
  void malformedTextIsRefusedNamingIt(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
    assertThat(PartialDate.tryParse(text)).isEmpty();
  }

  @Test
  void nullTextIsAProgrammerError() {
    assertThatThrownBy(() -> PartialDate.parse(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void factoriesRefuseWhatIsNoDate() {
    assertThatThrownBy(() -> PartialDate.ofYear(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> PartialDate.ofYear(10_000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PartialDate.ofMonth(2025, 13))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("13");
    assertThatThrownBy(() -> PartialDate.ofMonth(2025, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PartialDate.of(2025, 2, 29))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PartialDate.of(2025, 4, 31))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // --- parts

  @Test
  void partsKnownToTheirPrecision() {
    PartialDate day = PartialDate.parse("2025-03-13");
    PartialDate month = PartialDate.parse("2025-03");
    PartialDate year = PartialDate.parse("2025");

    assertThat(day.year()).isEqualTo(2025);
    assertThat(day.month()).contains(3);
    assertThat(day.day()).contains(13);
    assertThat(day.toLocalDate()).contains(LocalDate.of(2025, 3, 13));
    assertThat(month.month()).contains(3);
    assertThat(month.day()).isEmpty();
    assertThat(month.toLocalDate()).isEmpty();
    assertThat(year.month()).isEmpty();
    assertThat(year.day()).isEmpty();
  }

  static Stream<Arguments> firstAndLastDays() {
    return Stream.of(
        Arguments.of("2025", "2025-01-01", "2025-12-31"),
        Arguments.of("2025-02", "2025-02-01", "2025-02-28"),
        Arguments.of("2024-02", "2024-02-01", "2024-02-29"),
        Arguments.of("2025-04", "2025-04-01", "2025-04-30"),
        Arguments.of("2025-03-13", "2025-03-13", "2025-03-13"),
        Arguments.of("0999", "0999-01-01", "0999-12-31"));
  }

  @ParameterizedTest(name = "{0}: {1} to {2}")
  @MethodSource("firstAndLastDays")
  void firstAndLastDay(String date, String first, String last) {
    assertThat(PartialDate.parse(date).firstDay()).isEqualTo(LocalDate.parse(first));
    assertThat(PartialDate.parse(date).lastDay()).isEqualTo(LocalDate.parse(last));
  }

  @Test
  void isAfterMeansEveryDayIsAfter() {
    assertThat(PartialDate.parse("2025-03").isAfter(LocalDate.of(2025, 2, 28))).isTrue();
    assertThat(PartialDate.parse("2025-03").isAfter(LocalDate.of(2025, 3, 1))).isFalse();
    assertThat(PartialDate.parse("2025").isAfter(LocalDate.of(2025, 6, 1))).isFalse();
  }

  // --- ordering and containment

  @Test
  void ordersByFirstDayThenCoarserFirst() {
    List<PartialDate> dates = new ArrayList<>();
    for (String s :
        List.of("2025-02", "2025-01-02", "2025-01-01", "2025-01", "2025", "2024-12-31")) {
      dates.add(PartialDate.parse(s));
    }
    Collections.sort(dates);

    assertThat(dates)
        .extracting(PartialDate::toString)
        .containsExactly("2024-12-31", "2025", "2025-01", "2025-01-01", "2025-01-02", "2025-02");
  }

  @Test
  void orderingIsConsistentWithEquals() {
    List<String> texts = List.of("2025", "2025-01", "2025-01-01", "2025-01-02", "2025-02", "2024");
    for (String a : texts) {
      for (String b : texts) {
        PartialDate x = PartialDate.parse(a);
        PartialDate y = PartialDate.parse(b);
        assertThat(x.compareTo(y) == 0).as("%s vs %s", a, b).isEqualTo(x.equals(y));
        assertThat(Integer.signum(x.compareTo(y)))
            .as("%s vs %s", a, b)
            .isEqualTo(-Integer.signum(y.compareTo(x)));
      }
    }
  }

  @Test
  void containsWhatLiesWithin() {
    PartialDate march = PartialDate.parse("2025-03");

    assertThat(march.contains(PartialDate.parse("2025-03-13"))).isTrue();
    assertThat(march.contains(march)).isTrue();
    assertThat(march.contains(PartialDate.parse("2025"))).isFalse();
    assertThat(march.contains(PartialDate.parse("2025-04-01"))).isFalse();
    assertThat(march.contains(PartialDate.parse("2024-03-13"))).isFalse();
    assertThat(PartialDate.parse("2025").contains(PartialDate.parse("2025-12-31"))).isTrue();
    assertThat(PartialDate.parse("2025-03-13").contains(PartialDate.parse("2025-03-13"))).isTrue();
    assertThat(PartialDate.parse("2025-03-13").contains(PartialDate.parse("2025-03-14"))).isFalse();
  }

  static Stream<Arguments> truncations() {
    return Stream.of(
        Arguments.of("2025-03-13", Precision.DAY, "2025-03-13"),
        Arguments.of("2025-03-13", Precision.MONTH, "2025-03"),
        Arguments.of("2025-03-13", Precision.YEAR, "2025"),
        Arguments.of("2025-03", Precision.YEAR, "2025"),
        // not finer than it is
        Arguments.of("2025-03", Precision.DAY, "2025-03"),
        Arguments.of("2025", Precision.MONTH, "2025"));
  }

  @ParameterizedTest(name = "{0} to {1}: {2}")
  @MethodSource("truncations")
  void truncatedTo(String date, Precision precision, String expected) {
    assertThat(PartialDate.parse(date).truncatedTo(precision))
        .isEqualTo(PartialDate.parse(expected));
  }

  // --- equality

  static Stream<Arguments> differingInOnePart() {
    return Stream.of(
        Arguments.of("2025-03-13", "2024-03-13"),
        Arguments.of("2025-03-13", "2025-04-13"),
        Arguments.of("2025-03-13", "2025-03-14"),
        Arguments.of("2025-03", "2025-04"),
        Arguments.of("2025", "2026"),
        // same first day, other precision
        Arguments.of("2025", "2025-01"),
        Arguments.of("2025-01", "2025-01-01"));
  }

  @ParameterizedTest(name = "{0} and {1}")
  @MethodSource("differingInOnePart")
  void equalExactlyWhenYearMonthAndDayAre(String a, String b) {
    assertThat(PartialDate.parse(a))
        .isEqualTo(PartialDate.parse(a))
        .hasSameHashCodeAs(PartialDate.parse(a));
    assertThat(PartialDate.parse(a)).isNotEqualTo(PartialDate.parse(b));
    assertThat(PartialDate.parse(a).hashCode()).isNotEqualTo(PartialDate.parse(b).hashCode());
  }

  @Test
  void factoriesAndParseGiveEqualValues() {
    assertThat(PartialDate.of(2025, 3, 13))
        .isEqualTo(PartialDate.parse("2025-03-13"))
        .isEqualTo(PartialDate.of(LocalDate.of(2025, 3, 13)));
    assertThat(PartialDate.ofMonth(2025, 3))
        .isEqualTo(PartialDate.parse("2025-03"))
        .isEqualTo(PartialDate.of(YearMonth.of(2025, 3)));
    assertThat(PartialDate.ofYear(2025)).isEqualTo(PartialDate.parse("2025")).isNotEqualTo("2025");
  }
}
