package io.github.newsevents.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.internal.Chars;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.Paragraph;
import io.github.newsevents.model.Removal;
import io.github.newsevents.model.Sentence;
import io.github.newsevents.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Checks shared by the parser's tests: every span of an article indexes its input exactly. */
public final class ArticleAssertions {
  private ArticleAssertions() {}

  /** The bundled seed article, byte for byte. */
  public static String seed() {
    try (InputStream in = ArticleAssertions.class.getResourceAsStream("/fixtures/seed.txt")) {
      assertThat(in).as("fixtures/seed.txt on the test class path").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that every paragraph's text is the input at its span and trimmed, that sentences lie
   * in order inside their paragraph and are trimmed, and that removals, the dateline and
   * diagnostics point into the input. Linear in the input, so hostile inputs can use it.
   */
  public static void assertOffsetsExact(Article article) {
    String input = article.text();
    int previousEnd = 0;
    for (Paragraph p : article.paragraphs()) {
      Span span = p.span();
      assertThat(span.end()).isLessThanOrEqualTo(input.length());
      assertThat(span.start()).as("paragraphs in input order").isGreaterThanOrEqualTo(previousEnd);
      assertThat(input.substring(span.start(), span.end())).isEqualTo(p.text());
      assertTrimmed(input, span);
      int sentenceEnd = span.start();
      for (Sentence s : p.sentences()) {
        assertThat(span.encloses(s.span())).isTrue();
        assertThat(s.span().start()).as("sentences in order").isGreaterThanOrEqualTo(sentenceEnd);
        assertThat(s.span().length()).isPositive();
        assertTrimmed(input, s.span());
        sentenceEnd = s.span().end();
      }
      assertThat(p.sentences()).as("a paragraph has sentences").isNotEmpty();
      previousEnd = span.end();
    }
    for (Removal r : article.removed()) {
      assertThat(r.span().of(input)).isEqualTo(r.text());
    }
    article.dateline().ifPresent(d -> assertThat(d.span().of(input)).isNotBlank());
    for (Diagnostic d : article.diagnostics()) {
      d.span().ifPresent(s -> assertThat(s.end()).isLessThanOrEqualTo(input.length()));
    }
  }

  private static void assertTrimmed(String input, Span span) {
    assertThat(span.length()).isPositive();
    assertThat(Chars.isSpace(input.charAt(span.start())))
        .as("span %s starts with a space", span)
        .isFalse();
    assertThat(Chars.isSpace(input.charAt(span.end() - 1)))
        .as("span %s ends with a space", span)
        .isFalse();
  }
}
