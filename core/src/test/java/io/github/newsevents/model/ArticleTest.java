package io.github.newsevents.model;

import static io.github.newsevents.model.ValueAssertions.assertEqualExactlyWhenAttributesAre;
import static io.github.newsevents.model.ValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleTest {

  @Test
  void onlyTheTextIsRequired() {
    Article a = new Article.Builder().text("").build();

    assertThat(a.text()).isEmpty();
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.published()).isEmpty();
    assertThat(a.headline()).isEmpty();
    assertThat(a.source()).isEmpty();
    assertThat(a.url()).isEmpty();
    assertThat(a.authors()).isEmpty();
    assertThat(a.dateline()).isEmpty();
    assertThat(a.paragraphs()).isEmpty();
    assertThat(a.removed()).isEmpty();
    assertThat(a.diagnostics()).isEmpty();
  }

  @Test
  void englishIsTheDefaultLanguage() {
    assertThat(new Article.Builder().text("x").language("en").build())
        .isEqualTo(new Article.Builder().text("x").build());
  }

  @BlankStringTest
  void aBlankLanguageIsRefused(String blank) {
    assertRefused(() -> builder().language(blank).build(), "Article.language");
  }

  @BlankStringTest
  void aBlankAuthorIsRefused(String blank) {
    assertRefused(
        () -> builder().addAuthors("Guy Faulconbridge", blank).build(), "Article.authors");
  }

  @BlankStringTest
  void aBlankHeadlineIsRefused(String blank) {
    assertRefused(() -> builder().headline(blank).build(), "Article.headline");
  }

  @BlankStringTest
  void aBlankSourceIsRefused(String blank) {
    assertRefused(() -> builder().source(blank).build(), "Article.source");
  }

  @BlankStringTest
  void aBlankUrlIsRefused(String blank) {
    assertRefused(() -> builder().url(blank).build(), "Article.url");
  }

  @Test
  void equalExactlyWhenAttributesAre() {
    String text = "MOSCOW (Reuters) - Talks resumed.\n\nAdvertisement";
    assertEqualExactlyWhenAttributesAre(
        Article.class,
        changed ->
            new Article.Builder()
                .text(changed.equals("text") ? text + "\n" : text)
                .published(
                    changed.equals("published")
                        ? PartialDate.parse("2025-04-12")
                        : PartialDate.parse("2025-04-11"))
                .headline(changed.equals("headline") ? "Talks resume" : "Talks resumed")
                .source(changed.equals("source") ? "AP" : "Reuters")
                .url(changed.equals("url") ? "https://example.com/b" : "https://example.com/a")
                .addAuthor(changed.equals("authors") ? "Dmitry Antonov" : "Guy Faulconbridge")
                .language(changed.equals("language") ? "ru" : "en")
                .dateline(
                    new Dateline.Builder()
                        .place("MOSCOW")
                        .agency("Reuters")
                        .span(changed.equals("dateline") ? Span.of(0, 19) : Span.of(0, 18))
                        .build())
                .addParagraph(
                    new Paragraph.Builder()
                        .text("Talks resumed.")
                        .span(changed.equals("paragraphs") ? Span.of(18, 32) : Span.of(19, 33))
                        .build())
                .addRemoved(
                    Removal.of(
                        changed.equals("removed") ? "ad" : "advertisement",
                        "Advertisement",
                        Span.of(35, 48)))
                .addDiagnostic(
                    Diagnostic.of(
                        changed.equals("diagnostics") ? "header.missing" : "header.unknown",
                        "no header"))
                .build(),
        "language");
  }

  private static Article.Builder builder() {
    return new Article.Builder().text("Talks resumed.");
  }
}
