package io.github.newsevents.model;

import static io.github.newsevents.model.ValueAssertions.assertEqualExactlyWhenAttributesAre;
import static io.github.newsevents.model.ValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphTest {
  private static final String INPUT = "Title\n\nTalks resumed. \"We are close,\" he said.";

  @Test
  void aParagraphWithItsSentences() {
    Paragraph p =
        new Paragraph.Builder()
            .text("Talks resumed. \"We are close,\" he said.")
            .span(Span.of(7, 46))
            .addSentence(Sentence.of(Span.of(7, 21), false))
            .addSentence(Sentence.of(Span.of(22, 46), false))
            .build();

    assertThat(p.span().of(INPUT)).isEqualTo(p.text());
    assertThat(p.sentences())
        .extracting(s -> s.span().of(INPUT))
        .containsExactly("Talks resumed.", "\"We are close,\" he said.");
    assertThat(p.heading()).isFalse();
  }

  @Test
  void aHeadingMayHaveNoSentences() {
    Paragraph p = new Paragraph.Builder().text("Title").span(Span.of(0, 5)).heading(true).build();

    assertThat(p.heading()).isTrue();
    assertThat(p.sentences()).isEmpty();
  }

  @BlankStringTest
  void aBlankTextIsRefused(String blank) {
    assertRefused(
        () -> new Paragraph.Builder().text(blank).span(Span.of(0, blank.length())).build(),
        "Paragraph.text");
  }

  @Test
  void aSpanOfAnotherLengthThanTheTextIsRefused() {
    assertRefused(
            () -> new Paragraph.Builder().text("Title").span(Span.of(0, 6)).build(),
            "Paragraph.span")
        .hasMessageContaining("Paragraph.text");
  }

  @Test
  void aSentenceOutsideTheParagraphIsRefused() {
    assertRefused(
            () ->
                new Paragraph.Builder()
                    .text("Talks resumed.")
                    .span(Span.of(7, 21))
                    .addSentence(Sentence.of(Span.of(6, 21), false))
                    .build(),
            "Paragraph.sentences")
        .hasMessageContaining(Span.of(6, 21).toString());
  }

  @Test
  void aSentenceMayFillTheParagraph() {
    Paragraph p =
        new Paragraph.Builder()
            .text("Talks resumed.")
            .span(Span.of(7, 21))
            .addSentence(Sentence.of(Span.of(7, 21), false))
            .build();

    assertThat(p.sentences()).hasSize(1);
  }

  @Test
  void equalExactlyWhenAttributesAre() {
    assertEqualExactlyWhenAttributesAre(
        Paragraph.class,
        changed ->
            new Paragraph.Builder()
                .text(changed.equals("text") ? "Talks resumed!" : "Talks resumed.")
                .span(changed.equals("span") ? Span.of(8, 22) : Span.of(7, 21))
                .heading(changed.equals("heading"))
                .addSentence(
                    Sentence.of(
                        changed.equals("sentences") ? Span.of(10, 21) : Span.of(10, 20), false))
                .build(),
        "heading");
  }
}
