package io.github.newsevents.jackson;

import static io.github.newsevents.jackson.JsonLine.JACKSON_2;
import static io.github.newsevents.jackson.JsonLine.JACKSON_3;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.testkit.Generators;
import io.github.newsevents.testkit.JsonCases;
import io.github.newsevents.testkit.Seeds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One wire format (issue 20): what either module writes, the other reads back equal, and both
 * write the same bytes, as text and as UTF-8. Over every fixture of this module (the hand-built
 * extractions, the JSON file, the test kit's valid JSON case, the fuzzer's valid seed inputs, the
 * extraction of the seed article) and {@value #COUNT} extractions drawn by the test kit's generators from base seed
 * {@value #BASE_SEED} (a failure names its seed; rerun it alone with {@code
 * -Dnewsevents.seed=<seed>}).
 */
class WireCompatibilityTest {
  static final long BASE_SEED = 20260420L;
  static final int COUNT = 1_000;

  static Stream<Arguments> fixtures() throws Exception {
    List<Arguments> all = new ArrayList<>();
    all.add(Arguments.of("Fixtures.peskovExtraction()", Fixtures.peskovExtraction()));
    all.add(Arguments.of("a URL and slashes", withUrl()));
    all.add(Arguments.of("extraction.json", read(JsonTesting.resource("extraction.json"))));
    all.add(Arguments.of("JsonCases.valid()", read(JsonCases.valid())));
    all.add(Arguments.of("seed article", NewsEvents.extract(io.github.newsevents.testkit.Fixtures.seedArticle().text())));
    Path inputs = Path.of(WireCompatibilityTest.class.getResource("NewsEventsModuleFuzzTestInputs/read").toURI());
    try (Stream<Path> files = Files.list(inputs)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (!name.startsWith("refused-")) {
          all.add(Arguments.of("fuzz input " + name, read(Files.readString(f, StandardCharsets.UTF_8))));
        }
      }
    }
    return all.stream();
  }

  /** Slashes, which a Jackson 3 mapper may be set to escape and Jackson 2 does not. */
  private static Extraction withUrl() {
    String text = "Talks resumed on 12/04 at 09:00 (see https://example.org/a?b=1) </script>";
    return new Extraction.Builder()
        .article(new Article.Builder()
            .text(text)
            .url("https://example.org/news/2025/04/12/talks")
            .headline("Talks 24/7")
            .build())
        .build();
  }

  private static Extraction read(String json) {
    try {
      return JACKSON_2.plain().read(json, Extraction.class);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void eachFixtureIsWrittenAlikeAndReadBackByTheOtherModule(String name, Extraction x) throws Exception {
    assertSameWireFormat(name, x);
  }

  @Test
  void generatedExtractionsAreWrittenAlikeAndReadBackByTheOtherModule() throws Exception {
    long[] seeds = Seeds.of(BASE_SEED, COUNT).toArray();
    System.out.printf("WireCompatibilityTest: %d extractions from base seed %d%n", seeds.length, BASE_SEED);
    for (long seed : seeds) {
      Extraction x = Generators.extraction(Seeds.random(seed));
      assertSameWireFormat("seed " + seed + " (rerun alone with -D" + Seeds.PROPERTY + "=" + seed + ")", x);
    }
  }

  @Test
  void theFixturesHaveWhatAByteComparisonMustSee() throws Exception {
    // a URL (slashes, which a Jackson 3 mapper may escape), text beyond the BMP (which Jackson 3
    // writes otherwise in UTF-8), controls
    List<String> written = new ArrayList<>();
    for (Arguments a : fixtures().toList()) {
      written.add(JACKSON_2.plain().write(a.get()[1]));
    }
    assertThat(written).anyMatch(j -> j.contains("https://"));
    assertThat(written).anyMatch(j -> j.codePoints().anyMatch(Character::isSupplementaryCodePoint));
    assertThat(written).anyMatch(j -> j.contains("\\u0000") || j.contains("\\u0001"));
  }

  private static void assertSameWireFormat(String name, Extraction x) throws Exception {
    String two = JACKSON_2.plain().write(x);
    String three = JACKSON_3.plain().write(x);
    assertThat(three).as("%s: Jackson 3 writes what Jackson 2 writes", name).isEqualTo(two);
    assertThat(JACKSON_3.plain().writeBytes(x))
        .as("%s: Jackson 3 writes the UTF-8 that Jackson 2 writes", name)
        .isEqualTo(JACKSON_2.plain().writeBytes(x));
    assertThat(JACKSON_3.plain().read(two, Extraction.class)).as("%s: Jackson 3 reads Jackson 2's", name).isEqualTo(x);
    assertThat(JACKSON_2.plain().read(three, Extraction.class)).as("%s: Jackson 2 reads Jackson 3's", name).isEqualTo(x);
    assertThat(JACKSON_3.plain().read(JACKSON_2.plain().writeBytes(x), Extraction.class))
        .as("%s: Jackson 3 reads Jackson 2's UTF-8", name).isEqualTo(x);
  }
}
