package io.github.newsevents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BylinesTest {

  private static Optional<List<String>> read(String line) {
    return Bylines.read(line, 0, line.length());
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {
        "By Jane Doe => Jane Doe",
        "by Example Agency => Example Agency",
        "BY JANE DOE => JANE DOE",
        "By: Jane Doe => Jane Doe",
        "By Jane Doe and John Roe => Jane Doe;John Roe",
        "By Jane Doe, John Roe and Ann Poe => Jane Doe;John Roe;Ann Poe",
        "By Jane Doe for Example Online => Jane Doe",
        "By Jane Doe | Updated 3 March 2025 => Jane Doe",
        "Author: Jane de la Cruz => Jane de la Cruz",
        "Written by: Li Wei => Li Wei",
        "By Mary-Ann O'Neil => Mary-Ann O'Neil",
      })
  void readsBylines(String line, String authors) {
    assertThat(read(line)).contains(List.of(authors.split(";")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "By the end of the week, the talks had stalled.",
        "By Monday",
        "By March, both sides had agreed.",
        "By contrast the envoy stayed.",
        "Bypassing the capital, the convoy headed north.",
        "By",
        "The story by Jane Doe",
      })
  void sentencesAreNoBylines(String line) {
    assertThat(read(line)).isEmpty();
  }
}
