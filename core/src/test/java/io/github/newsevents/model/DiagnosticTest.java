package io.github.newsevents.model;

import static io.github.newsevents.model.ValueAssertions.assertEqualExactlyWhenAttributesAre;
import static io.github.newsevents.model.ValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiagnosticTest {

  @Test
  void ofWithAndWithoutASpan() {
    Diagnostic located =
        Diagnostic.of("date.malformed", "'2025-13-01' is not a date", Span.of(10, 20));
    Diagnostic unlocated =
        Diagnostic.of("date.unresolved", "no publication date to resolve 'Friday'");

    assertThat(located.code()).isEqualTo("date.malformed");
    assertThat(located.span()).contains(Span.of(10, 20));
    assertThat(unlocated.span()).isEmpty();
  }

  @BlankStringTest
  void aBlankCodeIsRefused(String blank) {
    assertRefused(() -> Diagnostic.of(blank, "a message"), "Diagnostic.code");
  }

  @BlankStringTest
  void aBlankMessageIsRefused(String blank) {
    assertRefused(() -> Diagnostic.of("quote.unclosed", blank), "Diagnostic.message");
  }

  @Test
  void equalExactlyWhenAttributesAre() {
    assertEqualExactlyWhenAttributesAre(
        Diagnostic.class,
        changed ->
            Diagnostic.of(
                changed.equals("code") ? "date.unresolved" : "date.malformed",
                changed.equals("message")
                    ? "'2025-14-01' is not a date"
                    : "'2025-13-01' is not a date",
                changed.equals("span") ? Span.of(10, 21) : Span.of(10, 20)));
  }
}
