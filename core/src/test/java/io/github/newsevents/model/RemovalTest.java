package io.github.newsevents.model;

import static io.github.newsevents.model.ValueAssertions.assertEqualExactlyWhenAttributesAre;
import static io.github.newsevents.model.ValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RemovalTest {

  @Test
  void ofRuleTextAndSpan() {
    Removal r = Removal.of("advertisement", "Advertisement", Span.of(120, 133));

    assertThat(r.rule()).isEqualTo("advertisement");
    assertThat(r.text()).isEqualTo("Advertisement");
    assertThat(r.span()).isEqualTo(Span.of(120, 133));
  }

  @BlankStringTest
  void aBlankRuleIsRefused(String blank) {
    assertRefused(() -> Removal.of(blank, "Advertisement", Span.of(120, 133)), "Removal.rule");
  }

  @Test
  void equalExactlyWhenAttributesAre() {
    assertEqualExactlyWhenAttributesAre(
        Removal.class,
        changed ->
            Removal.of(
                changed.equals("rule") ? "also-read" : "advertisement",
                changed.equals("text") ? "ADVERTISEMENT" : "Advertisement",
                changed.equals("span") ? Span.of(121, 134) : Span.of(120, 133)));
  }
}
