package io.github.newsevents.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.hostile.Hostile;
import io.github.newsevents.model.Extraction;
import java.util.stream.Stream;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 18, "must hold" 2, the JSON part: the extraction of every class of hostile text (the core's
 * {@link Hostile}, in one long paragraph and in short paragraphs) is written and read back equal,
 * lone surrogates, controls, NUL and bidi marks included. The core's {@code HostileExtractionTest}
 * checks the extractions themselves. One suite for both modules ({@link JsonLine}).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(JsonLine.class)
class HostileJsonRoundTripTest {
  @Parameter
  JsonLine line;

  static final int SIZE = 20_000;

  static Stream<Arguments> cases() {
    return Stream.of(Hostile.values())
        .flatMap(h -> Stream.of(Arguments.of(h, "one paragraph"), Arguments.of(h, "paragraphs")));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("cases")
  void theExtractionReadsBackEqual(Hostile h, String layout) throws Exception {
    String text = layout.equals("paragraphs") ? Hostile.paragraphs(h.of(SIZE), 300) : h.of(SIZE);
    Extraction x = NewsEvents.extract(text);

    JsonLine.Mapper mapper = line.plain();
    String json = mapper.write(x);
    Extraction back = mapper.read(json, Extraction.class);

    assertThat(back).isEqualTo(x);
    assertThat(back.article().text()).isEqualTo(text);
    assertThat(mapper.write(back)).isEqualTo(json);
  }
}
