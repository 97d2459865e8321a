package io.github.newsevents.parse;

import static io.github.newsevents.parse.ArticleAssertions.assertOffsetsExact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.newsevents.hostile.Regressions;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.newsevents.hostile.Budget;
import io.github.newsevents.hostile.FuzzInput;
import io.github.newsevents.model.Article;

/**
 * Coverage-guided fuzzing of the article parser (issue 18). In a build, {@code parse} replays the
 * inputs saved under {@code ArticleParserFuzzTestInputs/parse/} (and {@code FuzzRegressionsTest}
 * those under {@code regressions/parse/}); with {@code JAZZER_FUZZ=1} it fuzzes (see the README,
 * "Fuzzing"). Any exception is a finding: the parser throws only for input over its limit, which
 * it must then refuse before reading it; so is a parse slower than {@link Budget} while fuzzing.
 */
class ArticleParserFuzzTest {
  static final int SMALL_LIMIT = 2_000;

  private static final ArticleParser SMALL = ArticleParser.with(ParseOptions.defaults()
      .withLimits(Limits.defaults().withMaxCharacters(SMALL_LIMIT).withMaxParagraphs(5)));

  @FuzzTest(maxDuration = "5m")
  void parse(byte[] data) {
    check(data);
  }

  /** Each finding saved under {@code regressions/parse/}, replayed. */
  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("savedFindings")
  void savedFinding(String name, byte[] data) {
    check(data);
  }

  static Stream<Arguments> savedFindings() {
    return Regressions.of(ArticleParserFuzzTest.class, "parse");
  }

  /** The target's checks, for the saved inputs too. */
  static void check(byte[] data) {
    String text = FuzzInput.text(data);

    long start = Budget.now();
    Article article = ArticleParser.defaults().parse(text);
    Budget.check("parsing", Budget.now() - start, text.length());

    assertThat(article.text()).isSameAs(text);
    assertOffsetsExact(article);
    if (text.length() > SMALL_LIMIT) {
      assertThatThrownBy(() -> SMALL.parse(text)).isInstanceOf(ArticleTooLargeException.class);
    } else {
      Article small = SMALL.parse(text);
      assertThat(small.paragraphs()).hasSizeLessThanOrEqualTo(5);
      assertOffsetsExact(small);
    }
  }
}
