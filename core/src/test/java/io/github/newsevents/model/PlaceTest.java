package io.github.newsevents.model;

import static io.github.newsevents.model.ValueAssertions.assertEqualExactlyWhenAttributesAre;
import static io.github.newsevents.model.ValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceTest {

  @Test
  void ofNameAndCountry() {
    Place place = Place.of("St. Petersburg", "RUS");

    assertThat(place.name()).isEqualTo("St. Petersburg");
    assertThat(place.country()).contains("RUS");
    assertThat(Place.of("Genève").country()).isEmpty();
  }

  @BlankStringTest
  void aBlankNameIsRefused(String blank) {
    assertRefused(() -> Place.of(blank), "Place.name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"RU", "rus", "RUSS", "R1S", "", " RU", "РУС"})
  void aCountryThatIsNotAnAlpha3CodeIsRefused(String country) {
    assertRefused(() -> Place.of("Moscow", country), "Place.country")
        .hasMessageContaining("'" + country + "'");
  }

  @Test
  void equalExactlyWhenAttributesAre() {
    assertEqualExactlyWhenAttributesAre(
        Place.class,
        changed ->
            new Place.Builder()
                .name(changed.equals("name") ? "Saint Petersburg" : "St. Petersburg")
                .country(changed.equals("country") ? Optional.empty() : Optional.of("RUS"))
                .build());
  }
}
