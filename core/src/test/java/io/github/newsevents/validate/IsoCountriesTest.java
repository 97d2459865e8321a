package io.github.newsevents.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoCountriesTest {
  @ParameterizedTest
  @ValueSource(strings = {"RUS", "USA", "UKR", "PSE", "ISR", "SSD", "TWN", "XKX", "ALA", "VAT"})
  void knownCodes(String code) {
    assertThat(IsoCountries.isKnown(code)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"GER", "UAE", "KOS", "SUN", "YUG", "ANT", "EUR", "XXX", "rus", "RU"})
  void unknownCodes(String code) {
    assertThat(IsoCountries.isKnown(code)).isFalse();
  }

  @Test
  void theEmbeddedListIsTheJdksListOfAssignedCodes() {
    assertThat(IsoCountries.ASSIGNED)
        .hasSize(249)
        .isEqualTo(Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)));
  }

  @Test
  void lookalikeHintsPointFromUnknownToKnownCodes() {
    for (String code : new String[] {"GER", "UAE", "KSA", "KOS", "PLE", "ENG"}) {
      assertThat(IsoCountries.isKnown(code)).as(code).isFalse();
      assertThat(IsoCountries.probablyMeant(code)).as(code).hasValueSatisfying(
          iso -> assertThat(IsoCountries.isKnown(iso)).isTrue());
    }
    assertThat(IsoCountries.probablyMeant("GER")).contains("DEU");
    assertThat(IsoCountries.probablyMeant("XYZ")).isEmpty();
  }
}
