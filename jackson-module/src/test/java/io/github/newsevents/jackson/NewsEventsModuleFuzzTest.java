package io.github.newsevents.jackson;

import static io.github.newsevents.jackson.JsonTesting.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JacksonException;
import io.github.newsevents.hostile.Regressions;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.validate.Validators;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of the JSON reader, and of validating what it reads, as the command
 * line's {@code validate} does (issue 18). Every error reading a document must be a Jackson
 * exception (the README's promise: a {@code JsonParseException}, a {@code JsonMappingException} or
 * one of its kinds, a {@code StreamConstraintsException}), or, for bytes that Jackson's encoding
 * detection takes for UTF-32, its {@code java.io.CharConversionException}; anything else is a
 * finding. A document
 * that reads must write and read back equal, and the validators must judge it without an
 * exception. The Jackson 3 module must agree (differential): refuse what Jackson 2 refuses, read
 * the rest to the same extraction and write the same JSON. In a build, the inputs saved under {@code NewsEventsModuleFuzzTestInputs/read/} and
 * {@code regressions/read/} replay; {@code JAZZER_FUZZ=1} fuzzes (see the README).
 */
class NewsEventsModuleFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void read(byte[] data) throws IOException {
    check(data);
  }

  /** Each finding saved under {@code regressions/read/}, replayed. */
  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("savedFindings")
  void savedFinding(String name, byte[] data) throws IOException {
    check(data);
  }

  static Stream<Arguments> savedFindings() {
    return Regressions.of(NewsEventsModuleFuzzTest.class, "read");
  }

  static void check(byte[] data) throws IOException {
    Extraction x;
    try {
      x = MAPPER.readValue(data, Extraction.class);
    } catch (JacksonException e) {
      if (!jackson3AcceptsMalformedUtf8(e, data)) {
        assertJackson3Refuses(data);
      }
      return; // the declared errors
    } catch (CharConversionException e) {
      // bytes that Jackson's encoding detection takes for UTF-32 but are not: Jackson's own
      // java.io exception, before any newsevents code runs (documented in the README; the first
      // finding of this target, saved under regressions/read/)
      assertJackson3Refuses(data);
      return;
    }
    assertThat(x).isNotNull();
    String json = MAPPER.writeValueAsString(x);
    assertThat(MAPPER.readValue(json, Extraction.class)).isEqualTo(x);
    // the Jackson 3 module reads the same document to the same extraction and writes the same JSON
    Extraction three = JACKSON_3.readValue(data, Extraction.class);
    assertThat(three).isEqualTo(x);
    assertThat(JACKSON_3.writeValueAsString(three)).isEqualTo(json);
    Validators.standard().validate(x);
    Validators.strict().validate(x);
  }

  /**
   * Whether Jackson 2 refused {@code data} for bytes that are not well-formed UTF-8, which Jackson
   * 3.1's decoder reads instead (an overlong form as the character it spells, a code point above
   * U+10FFFF as two surrogates): Jackson's difference, below any module (README, "Jackson 3"), found
   * by this target and kept under {@code regressions/read/jackson3-reads-overlong-utf8-*}.
   */
  private static boolean jackson3AcceptsMalformedUtf8(JacksonException refusal, byte[] data) {
    if (!String.valueOf(refusal.getMessage()).contains("Invalid UTF-8")) {
      return false;
    }
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(data));
      return false;
    } catch (CharacterCodingException e) {
      return true;
    }
  }

  /** What Jackson 2 refuses, the Jackson 3 module refuses too, with a Jackson exception of its own. */
  private static void assertJackson3Refuses(byte[] data) {
    Throwable t = catchThrowable(() -> JACKSON_3.readValue(data, Extraction.class));
    assertThat(t).as("Jackson 3 reads what Jackson 2 refuses").isInstanceOf(tools.jackson.core.JacksonException.class);
  }

  /** The Jackson 3 module, refusing unknown properties as Jackson 2 does by default. */
  private static final tools.jackson.databind.json.JsonMapper JACKSON_3 = tools.jackson.databind.json.JsonMapper.builder()
      .addModule(new io.github.newsevents.jackson3.NewsEventsModule())
      .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();
}
