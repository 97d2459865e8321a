package io.github.newsevents.jackson;

import static io.github.newsevents.jackson.JsonTesting.MAPPER;
import static io.github.newsevents.jackson.JsonTesting.json;
import static io.github.newsevents.jackson.JsonTesting.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.testkit.Generators;
import io.github.newsevents.testkit.Seeds;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped JSON Schema accepts what the module writes and rejects what its reader refuses. */
class ExtractionSchemaTest {
  private static final Schema SCHEMA = load();

  private static Schema load() {
    try (InputStream in = NewsEventsModule.extractionSchema().openStream()) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema as a tree, read from its stream ({@code readTree(URL)} is deprecated). */
  private static JsonNode schemaTree() throws IOException {
    try (InputStream in = NewsEventsModule.extractionSchema().openStream()) {
      return MAPPER.readTree(in);
    }
  }

  /** The schema's errors in {@code json}, an extraction document; empty when it is valid. */
  static List<Error> validate(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  /**
   * Issue 20: the regular expressions JSON Schema recommends for interoperability (characters,
   * classes, ranges, complemented classes, quantifiers, anchors, groups, alternation), which
   * Python's {@code re}, ECMA-262 and {@code java.util.regex} read alike: no backslash escape
   * (so no {@code \\p{..}}, {@code \\S}, {@code \\d}), no {@code (?..)} group (lookaround, flags,
   * named or non-capturing groups), no possessive or atomic quantifier.
   */
  @Test
  void everyPatternKeepsToTheInteroperableSubset() throws Exception {
    List<String> patterns = new ArrayList<>();
    schemaTree().findValues("pattern").forEach(p -> patterns.add(p.asText()));

    assertThat(patterns).hasSizeGreaterThanOrEqualTo(6);
    for (String p : patterns) {
      assertThat(p).as("pattern %s", p).doesNotContain("\\", "(?", "*+", "++", "?+", "}+");
      assertThat(java.util.regex.Pattern.compile(p)).isNotNull();
    }
  }

  @Test
  void theNonBlankPatternAgreesWithJavasIsBlankOnEveryCharacter() throws Exception {
    String pattern = schemaTree().at("/$defs/NonBlank/pattern").asText();
    java.util.regex.Pattern nonBlank = java.util.regex.Pattern.compile(pattern);

    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      String s = new String(Character.toChars(c));
      assertThat(nonBlank.matcher(s).find()).as("U+%04X", c).isEqualTo(!s.isBlank());
    }
  }

  @Test
  void theActorIdPatternTakesWhatTheModelTakesAndRefusesAsciiItDoesNot() throws Exception {
    String pattern = schemaTree().at("/$defs/ActorId/pattern").asText();
    java.util.regex.Pattern id = java.util.regex.Pattern.compile(pattern);

    assertThat(List.of("dmitry-peskov", "un-2", "\u0645\u0635\u0631", "\u00e9lys\u00e9e", "\u4e2d\u56fd-1"))
        .allMatch(s -> id.matcher(s).find());
    assertThat(List.of("", "Peskov", "dmitry peskov", "-un", "un-", "un--2", "a_b", "a.b", "a/b", "a\u0000"))
        .noneMatch(s -> id.matcher(s).find());
  }

  @Test
  void theFixtureDocumentIsValid() {
    assertThat(validate(resource("extraction.json"))).isEmpty();
  }

  @Test
  void whatTheModuleWritesIsValid() throws Exception {
    assertThat(validate(MAPPER.writeValueAsString(Fixtures.peskovExtraction()))).isEmpty();
  }

  @Test
  void generatedExtractionsAreValid() throws Exception {
    for (long seed : Seeds.of(RoundTripProperties.BASE_SEED, RoundTripProperties.COUNT).toArray()) {
      String json = MAPPER.writeValueAsString(Generators.extraction(Seeds.random(seed)));
      assertThat(validate(json))
          .as("extraction from seed %d (rerun alone with -D%s=%d): %s", seed, Seeds.PROPERTY, seed, json)
          .isEmpty();
    }
  }

  @Test
  void absentOptionalsAndEmptyListsMayBeLeftOut() {
    assertThat(validate(json("{'schemaVersion':'1','article':{'text':''}}"))).isEmpty();
  }

  /** Each case changes one value of the fixture; the schema and the reader both refuse the result. */
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "/schemaVersion                          | '2'",
    "/actors/0/kind                          | 'PRESIDENT'",
    "/actors/0/name                          | ' '",
    "/actors/0/country                       | 'ru'",
    "/actors/1/id                            | 'Steve Witkoff'",
    "/meetings/0/date                        | '2025-13'",
    "/meetings/0/participants                | ['steve-witkoff','steve-witkoff']",
    "/meetings/0/venue                       | 'Riyadh'",
    "/ceasefires/0/duration                  | 'P-30D'",
    "/ceasefires/0/roles/united-states       | 'LEADING'",
    "/statements/0/kind                      | null",
    "/article/paragraphs/0/span/start        | -1",
    "/article/paragraphs/0/sentences/0/start | 'zero'",
    "/article/text                           | ['t']"
  })
  void aDocumentBreakingTheContractIsRejectedByBoth(String pointer, String value) throws Exception {
    ObjectNode document = (ObjectNode) MAPPER.readTree(resource("extraction.json"));
    JsonNode parent = document.at(pointer.substring(0, pointer.lastIndexOf('/')));
    ((ObjectNode) parent).set(pointer.substring(pointer.lastIndexOf('/') + 1), MAPPER.readTree(json(value)));
    String json = MAPPER.writeValueAsString(document);

    assertThat(validate(json)).as("schema errors").isNotEmpty();
    assertThat(catchThrowable(() -> MAPPER.readValue(json, Extraction.class)))
        .as("reader error").isInstanceOf(JsonMappingException.class);
  }

  @Test
  void schemaErrorsSayWhereTheProblemIs() {
    List<Error> errors = validate(json(
        "{'schemaVersion':'1','article':{'text':''},'meetings':[{'kind':'SUMMIT','status':'HELD'}]}"));

    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).getInstanceLocation().toString()).isEqualTo("/meetings/0/kind");
  }

  @Test
  void theSchemaRequiresSchemaVersionThoughTheReaderToleratesItsAbsence() throws Exception {
    String unversioned = json("{'article':{'text':''}}");

    assertThat(validate(unversioned)).isNotEmpty();
    assertThat(MAPPER.readValue(unversioned, Extraction.class).article().text()).isEmpty();
  }

  @Test
  void theSchemaCannotTellAMissingDayFromARealOneButTheReaderCan() {
    String february30 = json("{'schemaVersion':'1','article':{'text':'','published':'2025-02-30'}}");

    assertThat(validate(february30)).isEmpty();
    assertThat(catchThrowable(() -> MAPPER.readValue(february30, Extraction.class)))
        .hasMessageContaining("day 30 does not exist in that month");
  }
}
