package io.github.newsevents.model;

import static io.github.newsevents.model.ValueAssertions.assertEqualExactlyWhenAttributesAre;
import static io.github.newsevents.model.ValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineTest {

  @Test
  void onlyTheSpanIsRequired() {
    Dateline d = new Dateline.Builder().span(Span.of(0, 12)).build();

    assertThat(d.place()).isEmpty();
    assertThat(d.agency()).isEmpty();
    assertThat(d.date()).isEmpty();
  }

  @BlankStringTest
  void aBlankPlaceIsRefused(String blank) {
    assertRefused(
        () -> new Dateline.Builder().place(blank).span(Span.of(0, 12)).build(), "Dateline.place");
  }

  @BlankStringTest
  void aBlankAgencyIsRefused(String blank) {
    assertRefused(
        () -> new Dateline.Builder().agency(blank).span(Span.of(0, 12)).build(), "Dateline.agency");
  }

  @Test
  void equalExactlyWhenAttributesAre() {
    // WASHINGTON, April 11 (Reuters) -
    assertEqualExactlyWhenAttributesAre(
        Dateline.class,
        changed ->
            new Dateline.Builder()
                .place(changed.equals("place") ? "Washington" : "WASHINGTON")
                .agency(changed.equals("agency") ? "AP" : "Reuters")
                .date(
                    changed.equals("date")
                        ? PartialDate.parse("2025-04-12")
                        : PartialDate.parse("2025-04-11"))
                .span(changed.equals("span") ? Span.of(0, 31) : Span.of(0, 32))
                .build());
  }
}
