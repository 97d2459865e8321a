package io.github.newsevents.jackson;

import static io.github.newsevents.jackson.JsonTesting.MAPPER;
import static io.github.newsevents.jackson.JsonTesting.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.Span;
import io.github.newsevents.parse.ParseOptions;
import io.github.newsevents.testkit.JsonCases;
import io.github.newsevents.testkit.JsonCases.Case;
import io.github.newsevents.testkit.JsonCases.Refusal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader is strict (issue 18): no coercion of types, no repeated keys, one JSON value per
 * document, no root {@code null}, no article text over the parser's limit. The cases come from
 * the test kit's {@link JsonCases}, shared by every JSON module; here each kind of refusal is
 * mapped to the Jackson 2 exception the README promises for it.
 */
class StrictReadingTest {
  /** A mapper set to coerce all it can: the module's types must still refuse. */
  private static final ObjectMapper COERCING = JsonMapper.builder()
      .addModule(new NewsEventsModule())
      .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
      .enable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
      .enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
      .build();

  static Stream<Arguments> mappers() {
    return Stream.of(Arguments.of("plain", MAPPER), Arguments.of("coercing", COERCING));
  }

  static Stream<Arguments> refusals() {
    return mappers().flatMap(m -> JsonCases.refused().stream().map(c -> Arguments.of(c, m.get()[0], m.get()[1])));
  }

  @ParameterizedTest(name = "{0} mapper")
  @MethodSource("mappers")
  void theValidDocumentOfTheCasesIsRead(String name, ObjectMapper mapper) throws Exception {
    Extraction x = mapper.readValue(JsonCases.valid(), Extraction.class);

    assertThat(x.meetings()).hasSize(1);
    assertThat(x.article().paragraphs().get(0).heading()).isFalse();
    assertThat(mapper.readValue(JsonCases.valid() + " \n\t", Extraction.class)).isEqualTo(x);
  }

  @ParameterizedTest(name = "{0} ({1} mapper)")
  @MethodSource("refusals")
  void eachCaseIsRefusedAsTheReadmeSays(Case c, String mapperName, ObjectMapper mapper) {
    Throwable t = catchThrowable(() -> mapper.readValue(c.json(), Extraction.class));

    assertThat(t).as("reading %s", c.json()).isNotNull();
    switch (c.refusal()) {
      case WRONG_TYPE:
        assertThat(t).isInstanceOf(MismatchedInputException.class);
        assertThat(path((JsonMappingException) t)).isEqualTo(c.path());
        break;
      case DUPLICATE_KEY:
        assertThat(t).hasMessageContaining("Duplicate field");
        if (c.path().equals("$")) {
          assertThat(t).isInstanceOf(JsonParseException.class);
        } else {
          assertThat(t).isInstanceOf(JsonMappingException.class).hasCauseInstanceOf(JsonParseException.class);
          assertThat(path((JsonMappingException) t)).isEqualTo(c.path());
        }
        break;
      case TRAILING_CONTENT:
        // Jackson's check after the value, or the parser's own error for a stray bracket
        assertThat(t.getClass()).isIn(MismatchedInputException.class, JsonParseException.class);
        assertThat(t.getMessage()).containsAnyOf("Trailing token", "Unexpected close marker");
        break;
      case ROOT_NULL:
        assertThat(t).isInstanceOf(MismatchedInputException.class).hasMessageContaining("root `null`");
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
      assertThat(catchThrowable(() -> MAPPER.readValue("null", type)))
          .as("%s", type).isInstanceOf(MismatchedInputException.class);
    }
    // an absent optional inside a document is still null
    assertThat(MAPPER.readValue(JsonTesting.json(
        "{'participants':[],'location':null,'kind':'TALKS','status':'HELD'}"), Meeting.class).location())
        .isEmpty();
  }

  @Test
  void jsonLinesStillReadOneDocumentPerLine() throws Exception {
    String lines = JsonCases.valid() + "\n" + JsonCases.valid() + "\n";

    try (MappingIterator<Extraction> it = MAPPER.readerFor(Extraction.class).readValues(lines)) {
      assertThat(it.readAll()).hasSize(2);
    }
  }

  @Test
  void registeringTheModuleTurnsOnTheTrailingTokenCheckAndTheMapperMayTurnItOff() throws Exception {
    assertThat(new ObjectMapper().isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isFalse();
    assertThat(MAPPER.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();

    ObjectMapper old = new ObjectMapper().registerModule(new NewsEventsModule())
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    assertThat(old.readValue(JsonCases.valid() + "]", Extraction.class).meetings()).hasSize(1);
  }

  @Test
  void anArticleTextOverTheParsersLimitIsRefusedAtItsPath() {
    Case c = JsonCases.articleTextLongerThan(ParseOptions.DEFAULT_MAX_LENGTH);

    Throwable t = catchThrowable(() -> MAPPER.readValue(c.json(), Extraction.class));

    assertThat(t).isInstanceOf(JsonMappingException.class).hasRootCauseInstanceOf(StreamConstraintsException.class);
    assertThat(path((JsonMappingException) t)).isEqualTo(c.path());
    assertThat(t).hasMessageContaining("String value length (" + (ParseOptions.DEFAULT_MAX_LENGTH + 1) + ")")
        .hasMessageContaining("maxArticleLength");
  }

  @Test
  void theArticleLimitIsConfigurableAndATextAtTheLimitIsRead() throws Exception {
    ObjectMapper small = new ObjectMapper().registerModule(NewsEventsModule.builder().maxArticleLength(100).build());
    Case over = JsonCases.articleTextLongerThan(100);
    Case at = JsonCases.articleTextLongerThan(99);

    assertThat(catchThrowable(() -> small.readValue(over.json(), Extraction.class)))
        .hasRootCauseInstanceOf(StreamConstraintsException.class);
    assertThat(small.readValue(at.json(), Extraction.class).article().text()).hasSize(100);
    assertThat(MAPPER.readValue(over.json(), Extraction.class).article().text()).hasSize(101);
  }

  @Test
  void bytesThatLookLikeUtf32ButAreNotGiveJacksonsCharConversionException() {
    // found by fuzzing (regressions/read/): Jackson detects the encoding of bytes before any
    // deserializer runs, and reports malformed UTF-32 with a java.io exception of its own
    byte[] cutShort = {0, 0, 0, '1', 0};

    assertThat(catchThrowable(() -> MAPPER.readValue(cutShort, Extraction.class)))
        .isInstanceOf(java.io.CharConversionException.class)
        .hasMessageContaining("UTF-32");
    // read as text, the same bytes are an ordinary parse error
    assertThat(catchThrowable(() -> MAPPER.readValue(
            new String(cutShort, java.nio.charset.StandardCharsets.UTF_8), Extraction.class)))
        .isInstanceOf(com.fasterxml.jackson.core.JacksonException.class);
  }

  @Test
  void aNegativeArticleLimitIsAProgrammingError() {
    assertThat(catchThrowable(() -> NewsEventsModule.builder().maxArticleLength(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }
}
