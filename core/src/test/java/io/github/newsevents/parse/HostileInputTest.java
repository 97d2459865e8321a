package io.github.newsevents.parse;

import static io.github.newsevents.parse.ArticleAssertions.assertOffsetsExact;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Article;
import io.github.newsevents.model.Diagnostic;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One megabyte of text built to hurt a parser: each parse must complete (the parser is linear, no
 * pattern runs over more than a line) and give exact offsets. No timing is asserted.
 */
class HostileInputTest {
  private static final int MB = 1 << 20;

  private static String fill(String unit) {
    StringBuilder b = new StringBuilder(MB + unit.length());
    while (b.length() < MB) {
      b.append(unit);
    }
    return b.toString();
  }

  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of("only spaces", fill(" ")),
        Arguments.of("only straight quote marks", fill("\"")),
        Arguments.of("only curly quote marks", fill("\u201C\u201D\u2018\u2019'")),
        Arguments.of("one line of capitalised words", fill("Envoy ")),
        Arguments.of("one line of Advertisement", fill("Advertisement ")),
        Arguments.of("Advertisement lines", fill("Advertisement\n")),
        Arguments.of("only carriage returns", fill("\r")),
        Arguments.of("only CRLF", fill("\r\n")),
        Arguments.of("only NUL", fill("\u0000")),
        Arguments.of("lone surrogates", fill("\uD800")),
        Arguments.of("zero-width and BOM", fill("\u200B\uFEFF")),
        Arguments.of("short sentences", fill("Talks ended. ")),
        Arguments.of("abbreviations", fill("U.S. ")),
        Arguments.of("dots", fill(".")),
        Arguments.of("one long dotted token", fill("a.")),
        Arguments.of("ellipses and capitals", fill("... A ")),
        Arguments.of("open brackets", fill("(")),
        Arguments.of("dateline prefixes", fill("WASHINGTON, ")),
        Arguments.of("capital places with slashes", fill("WASHINGTON/")),
        Arguments.of("header keys", fill("date ")),
        Arguments.of("header lines", fill("source: Example Wire\n")),
        Arguments.of("by", fill("By ")),
        Arguments.of("also read on one line", fill("Also read: ")),
        Arguments.of("short lines", fill("Talks\n")),
        Arguments.of("quoted paragraphs", fill("\u201CWe will talk.\n\n")),
        Arguments.of("label quotes", fill("Trump: \"")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void aMegabyteOfHostileTextParses(String name, String input) {
    Article article = ArticleParser.defaults().parse(input);
    assertThat(article.text()).isSameAs(input);
    assertOffsetsExact(article);
  }

  @Test
  void spacesGiveAnEmptyArticle() {
    Article article = ArticleParser.defaults().parse(fill(" "));
    assertThat(article.paragraphs()).isEmpty();
    assertThat(article.diagnostics()).extracting(Diagnostic::code).containsExactly("body.empty");
  }

  @Test
  void aLongLineIsNeverNoise() {
    Article article = ArticleParser.defaults().parse(fill("Advertisement "));
    assertThat(article.removed()).isEmpty();
    assertThat(article.paragraphs()).hasSize(1);
  }

  @Test
  void aMegabyteOfNoiseLinesIsRemovedAndReported() {
    String input = fill("Advertisement\n");
    Article article = ArticleParser.defaults().parse(input);
    assertThat(article.paragraphs()).isEmpty();
    assertThat(article.removed()).hasSize(input.length() / "Advertisement\n".length());
    assertThat(article.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("noise.majority", "body.empty");
  }

  @Test
  void aMegabyteOfCarriageReturnsIsBlank() {
    assertThat(ArticleParser.defaults().parse(fill("\r")).paragraphs()).isEmpty();
  }
  private static final String[] TOKENS = {
    " ", "\n", "\r", "\r\n", "\n\n", "\t", "\u00A0", "\u200B", "\uFEFF", "\u0000", "\uD800",
    "\uDC00", "\uD83D\uDE00", "date", "date ", "date: ", "2025-04-12", "2025-13-45", "headline:",
    "title ", "author: ", "By ", "Jane Doe", " and ", ",", ";", ":", ".", "...", "\u2026", "!", "?",
    "\"", "\u201C", "\u201D", "'", "\u2018", "\u2019", "(", ")", "[", "]", "WASHINGTON", "Cairo",
    "(Reuters)", " - ", " \u2014 ", "--", "April 11", "Nov. 24", "/TASS/", "U.S.", "Mr.", "St.", "S.",
    "3.5", "Advertisement", "Also read: ", "Watch: ", "Read more", "(With inputs from agencies)",
    "Photo: ", "\u00A9 2025", "The", "talks", "ended", "he said", "Trump:", "Photograph: ", "@x",
    "click here", "inbox", "Follow us", "list 1 of 3", "PUBLISHED: 09:15"
  };

  /** Random soups of the tokens the parser reacts to; the seed is printed to replay a failure. */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 2L, 3L, 20250412L})
  void randomTokenSoupsParseWithExactOffsets(long seed) {
    System.out.println("HostileInputTest random seed " + seed);
    java.util.Random random = new java.util.Random(seed);
    for (int run = 0; run < 2000; run++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(60);
      for (int i = 0; i < n; i++) {
        b.append(TOKENS[random.nextInt(TOKENS.length)]);
      }
      String input = b.toString();
      Article article = ArticleParser.defaults().parse(input);
      assertThat(article.text()).as("run %d", run).isSameAs(input);
      assertOffsetsExact(article);
    }
  }
}
