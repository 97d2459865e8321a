package io.github.newsevents.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.parse.ArticleTooLargeException;
import io.github.newsevents.parse.ParseOptions;
import io.github.newsevents.validate.ValidationResult;
import io.github.newsevents.validate.Validators;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 18, "must hold" 2: on every class of {@link Hostile} text, in one long paragraph and in
 * short paragraphs, extraction returns, every span lies inside the input, and the result passes
 * {@code Validators.standard()} (no empty statement text, no duplicate, no dangling reference).
 * (That the JSON of each reads back equal is checked by the JSON module's {@code
 * HostileJsonRoundTripTest}.) The texts are {@value #SIZE} characters, more than every look-back of
 * the stages reaches and fast enough for every build; how cost grows with size is for {@code
 * HostileBenchmark}, not for a unit test.
 */
class HostileExtractionTest {
  static final int SIZE = 30_000;

  static Stream<Arguments> cases() {
    return Stream.of(Hostile.values())
        .flatMap(h -> Stream.of(Arguments.of(h, "one paragraph"), Arguments.of(h, "paragraphs")));
  }

  static String text(Hostile h, String layout) {
    String text = h.of(SIZE);
    return layout.equals("paragraphs") ? Hostile.paragraphs(text, 300) : text;
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("cases")
  void extractionReturnsAValidResultInsideItsInput(Hostile h, String layout) {
    String text = text(h, layout);

    Extraction x = NewsEvents.extract(text);

    assertThat(x.article().text()).isSameAs(text);
    assertThat(Spans.outside(x, text.length())).as("spans outside the input").isEmpty();
    ValidationResult result = Validators.standard().validate(x);
    assertThat(result.errors()).as("errors of Validators.standard()").isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " ", "\n", "a", "\"", "\u201C", "\uD800", "\u0000", "\r\n\r\n", "said", "met"})
  void theSmallestTextsGiveValidResults(String text) {
    Extraction x = NewsEvents.extract(text);

    assertThat(Spans.outside(x, text.length())).isEmpty();
    assertThat(Validators.standard().validate(x).errors()).isEmpty();
  }

  @ParameterizedTest(name = "{0} over the limit")
  @MethodSource("largest")
  void textOverTheLimitIsTheDeclaredExceptionBeforeAnyWork(Hostile h) {
    String text = h.of(ParseOptions.DEFAULT_MAX_LENGTH + 1);

    Throwable t = catchThrowable(() -> NewsEvents.extract(text));

    assertThat(t).isInstanceOf(ArticleTooLargeException.class);
    assertThat(((ArticleTooLargeException) t).length()).isEqualTo(text.length());
    assertThat(((ArticleTooLargeException) t).limit()).isEqualTo(ParseOptions.DEFAULT_MAX_LENGTH);
  }

  static Stream<Hostile> largest() {
    // one of each shape is enough: the length is checked before anything is read
    return Stream.of(Hostile.SIZE_ONE_WORD, Hostile.MET, Hostile.NESTED_MARKS);
  }
}
