package io.github.newsevents.jackson;

import static io.github.newsevents.jackson.JsonLine.Kind.LIMIT;
import static io.github.newsevents.jackson.JsonLine.Kind.PARSE;
import static io.github.newsevents.jackson.JsonLine.Kind.WRONG_TYPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.newsevents.jackson.JsonLine.Kind;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.Span;
import io.github.newsevents.parse.ParseOptions;
import io.github.newsevents.testkit.JsonCases;
import io.github.newsevents.testkit.JsonCases.Case;
import io.github.newsevents.testkit.JsonCases.Refusal;
import java.io.CharConversionException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader is strict (issue 18): no coercion of types, no repeated keys, one JSON value per
 * document, no root {@code null}, no article text over the parser's limit. The cases come from
 * the test kit's {@link JsonCases}, shared by every JSON module; here each kind of refusal is
 * mapped to the exception the README promises for it, in both Jackson lines ({@link JsonLine}).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(JsonLine.class)
class StrictReadingTest {
  @Parameter
  JsonLine line;

  static Stream<String> mappers() {
    return Stream.of("plain", "coercing");
  }

  private JsonLine.Mapper mapper(String name) {
    return name.equals("plain") ? line.plain() : line.mapper(new JsonLine.Options().refuseUnknown().coercing());
  }

  static Stream<Arguments> refusals() {
    return mappers().flatMap(m -> JsonCases.refused().stream().map(c -> Arguments.of(c, m)));
  }

  @ParameterizedTest(name = "{0} mapper")
  @MethodSource("mappers")
  void theValidDocumentOfTheCasesIsRead(String name) throws Exception {
    JsonLine.Mapper mapper = mapper(name);
    Extraction x = mapper.read(JsonCases.valid(), Extraction.class);

    assertThat(x.meetings()).hasSize(1);
    assertThat(x.article().paragraphs().get(0).heading()).isFalse();
    assertThat(mapper.read(JsonCases.valid() + " \n\t", Extraction.class)).isEqualTo(x);
  }

  @ParameterizedTest(name = "{0} ({1} mapper)")
  @MethodSource("refusals")
  void eachCaseIsRefusedAsTheReadmeSays(Case c, String mapperName) {
    JsonLine.Mapper mapper = mapper(mapperName);
    Failure e = Failure.of(line, Kind.ANY, () -> mapper.read(c.json(), Extraction.class));

    switch (c.refusal()) {
      case WRONG_TYPE:
        assertThat(e.is(WRONG_TYPE)).as("%s", e).isTrue();
        assertThat(e.path()).isEqualTo(c.path());
        break;
      case DUPLICATE_KEY:
        assertThat(e.message()).contains("Duplicate");
        assertThat(line.is(e.parseError(), PARSE)).as("%s", e).isTrue();
        assertThat(e.path()).isEqualTo(c.path());
        break;
      case TRAILING_CONTENT:
        // Jackson's check after the value, or the parser's own error for a stray bracket
        assertThat(e.is(WRONG_TYPE) || e.is(PARSE)).as("%s", e).isTrue();
        assertThat(e.message()).containsAnyOf("Trailing token", "Unexpected close marker");
        break;
      case ROOT_NULL:
        assertThat(e.is(WRONG_TYPE)).as("%s", e).isTrue();
        assertThat(e.message()).contains("root `null`");
        break;
      default:
        throw new AssertionError("no expectation for " + c.refusal());
    }
  }

  @Test
  void everyKindOfRefusalHasCases() {
    assertThat(JsonCases.refused()).extracting(Case::refusal)
        .contains(Refusal.WRONG_TYPE, Refusal.DUPLICATE_KEY, Refusal.TRAILING_CONTENT, Refusal.ROOT_NULL);
  }

  @Test
  void aRootNullIsRefusedForEveryTypeAndANestedOneIsLeftToThePropertysPolicy() throws Exception {
    for (Class<?> type : List.of(Extraction.class, Meeting.class, Actor.class, Span.class)) {
      Failure.of(line, WRONG_TYPE, () -> line.plain().read("null", type));
    }
    // an absent optional inside a document is still null
    assertThat(line.plain().read(JsonTesting.json(
        "{'participants':[],'location':null,'kind':'TALKS','status':'HELD'}"), Meeting.class).location())
        .isEmpty();
  }

  @Test
  void jsonLinesStillReadOneDocumentPerLine() throws Exception {
    String lines = JsonCases.valid() + "\n" + JsonCases.valid() + "\n";

    assertThat(line.plain().readLines(lines, Extraction.class)).hasSize(2);
  }

  @Test
  void anArticleTextOverTheParsersLimitIsRefusedAtItsPath() {
    Case c = JsonCases.articleTextLongerThan(ParseOptions.DEFAULT_MAX_LENGTH);

    Failure e = Failure.of(line, Kind.ANY, () -> line.plain().read(c.json(), Extraction.class));

    assertThat(line.is(rootCause(e.error), LIMIT)).as("%s", e).isTrue();
    assertThat(e.path()).isEqualTo(c.path());
    assertThat(e.message()).contains("String value length (" + (ParseOptions.DEFAULT_MAX_LENGTH + 1) + ")")
        .contains("maxArticleLength");
  }

  @Test
  void theArticleLimitIsConfigurableAndATextAtTheLimitIsRead() throws Exception {
    JsonLine.Mapper small = line.mapper(new JsonLine.Options().refuseUnknown().maxArticleLength(100));
    Case over = JsonCases.articleTextLongerThan(100);
    Case at = JsonCases.articleTextLongerThan(99);

    assertThat(line.is(rootCause(catchThrowable(() -> small.read(over.json(), Extraction.class))), LIMIT)).isTrue();
    assertThat(small.read(at.json(), Extraction.class).article().text()).hasSize(100);
    assertThat(line.plain().read(over.json(), Extraction.class).article().text()).hasSize(101);
  }

  @Test
  void bytesThatLookLikeUtf32ButAreNotGiveJacksonsCharConversionException() {
    // found by fuzzing (regressions/read/): Jackson detects the encoding of bytes before any
    // deserializer runs, and reports malformed UTF-32 with a java.io exception of its own (which
    // Jackson 3, whose exceptions are unchecked, wraps)
    byte[] cutShort = {0, 0, 0, '1', 0};

    Throwable t = catchThrowable(() -> line.plain().read(cutShort, Extraction.class));
    Throwable io = t instanceof CharConversionException ? t : t.getCause();
    assertThat(io).as("%s", t).isInstanceOf(CharConversionException.class).hasMessageContaining("UTF-32");
    // read as text, the same bytes are an ordinary parse error
    Failure.of(line, Kind.ANY, () -> line.plain().read(new String(cutShort, StandardCharsets.UTF_8), Extraction.class));
  }

  @Test
  void aNegativeArticleLimitIsAProgrammingError() {
    assertThat(catchThrowable(() -> line.mapper(new JsonLine.Options().maxArticleLength(-1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }

  private static Throwable rootCause(Throwable t) {
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
