package io.github.newsevents.model;

import static io.github.newsevents.model.ValueAssertions.assertEqualExactlyWhenAttributesAre;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceTest {

  @Test
  void ofSpanAndQuote() {
    Sentence s = Sentence.of(Span.of(3, 40), true);

    assertThat(s.span()).isEqualTo(Span.of(3, 40));
    assertThat(s.insideQuote()).isTrue();
  }

  @Test
  void aSentenceIsNotInsideAQuoteUnlessSaid() {
    assertThat(new Sentence.Builder().span(Span.of(3, 40)).build())
        .isEqualTo(Sentence.of(Span.of(3, 40), false));
  }

  @Test
  void equalExactlyWhenAttributesAre() {
    assertEqualExactlyWhenAttributesAre(
        Sentence.class,
        changed ->
            Sentence.of(
                changed.equals("span") ? Span.of(3, 41) : Span.of(3, 40),
                changed.equals("insideQuote")),
        "insideQuote");
  }
}
