package io.github.newsevents.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsevents.model.Actor;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Place;
import io.github.newsevents.testkit.JsonCases;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 module as a Jackson 3 module: found as a service, registered once per settings,
 * and what differs from Jackson 2 in the mapper around it. The format itself, and the reading
 * rules, are the Jackson 2 module's suite, which runs against this module too ({@code JsonLine}
 * in {@code jackson-module}'s tests), with the wire-compatibility test.
 */
class NewsEventsModuleTest {
  private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new NewsEventsModule()).build();

  private static final String WITH_UNKNOWN = "{\"schemaVersion\":\"1\",\"article\":{\"text\":\"t\",\"mood\":\"calm\"},"
      + "\"actors\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"PERSON\",\"rank\":1}],\"confidence\":0.5}";

  private static Extraction extraction() {
    return new Extraction.Builder()
        .article(new Article.Builder().text("Envoys met at https://example.org/talks.").url("https://example.org/a/b").build())
        .addActor(new Actor.Builder().id("ana-sousa").name("Ana Sousa").kind(ActorKind.PERSON).build())
        .build();
  }

  @Test
  void findAndAddModulesFindsItThroughServiceLoader() throws Exception {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

    assertThat(mapper.registeredModules()).extracting(JacksonModule::getRegistrationId)
        .contains(NewsEventsModule.class.getName());
    Extraction x = extraction();
    assertThat(mapper.readValue(mapper.writeValueAsString(x), Extraction.class)).isEqualTo(x);
  }

  @Test
  void itNamesAndVersionsItself() {
    NewsEventsModule module = new NewsEventsModule();

    assertThat(module.getModuleName()).isEqualTo("newsevents");
    assertThat(module.version().getGroupId()).isEqualTo("io.github.newsevents");
    assertThat(module.version().getArtifactId()).isEqualTo("newsevents-jackson3");
    assertThat(module.version().isUnknownVersion()).isFalse();
  }

  @Test
  void registeringTheSameSettingsTwiceRegistersOnceAndOtherSettingsAddTheirOwn() {
    JsonMapper twice = JsonMapper.builder().addModule(new NewsEventsModule()).addModule(new NewsEventsModule()).build();
    JsonMapper both = JsonMapper.builder().findAndAddModules()
        .addModule(NewsEventsModule.builder().ignoreUnknownProperties(true).build()).build();

    assertThat(twice.registeredModules()).hasSize(1);
    assertThat(both.registeredModules()).extracting(JacksonModule::getRegistrationId)
        .contains(NewsEventsModule.class.getName(), NewsEventsModule.class.getName() + "+ignoreUnknownProperties");
  }

  @Test
  void unknownPropertiesFollowTheMapperWhichInJackson3IgnoresThemByDefault() throws Exception {
    JsonMapper refusing = JsonMapper.builder().addModule(new NewsEventsModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    JsonMapper lenientModule = JsonMapper.builder()
        .addModule(NewsEventsModule.builder().ignoreUnknownProperties(true).build())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    assertThat(MAPPER.readValue(WITH_UNKNOWN, Extraction.class).actors()).hasSize(1);
    assertThatThrownBy(() -> refusing.readValue(WITH_UNKNOWN, Extraction.class))
        .isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("\"mood\"");
    assertThat(lenientModule.readValue(WITH_UNKNOWN, Extraction.class).actors()).hasSize(1);
  }

  @Test
  void newseventsStringsKeepTheirSlashesWhenTheMapperEscapesThemElsewhere() throws Exception {
    JsonMapper slashes = JsonMapper.builder(JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES).build())
        .addModule(new NewsEventsModule()).build();

    String place = slashes.writeValueAsString(new Place.Builder().name("Addis Ababa/Adama").build());
    String other = slashes.writeValueAsString(Map.of("url", "https://example.org/a"));
    String both = slashes.writeValueAsString(new java.util.TreeMap<>(Map.of("x", extraction(), "y", "a/b")));

    assertThat(place).isEqualTo("{\"name\":\"Addis Ababa/Adama\",\"country\":null}");
    assertThat(other).isEqualTo("{\"url\":\"https:\\/\\/example.org\\/a\"}");
    assertThat(both).contains("\"url\":\"https://example.org/a/b\"").endsWith("\"y\":\"a\\/b\"}");
    assertThat(slashes.writeValueAsString(extraction())).isEqualTo(MAPPER.writeValueAsString(extraction()));
  }

  @Test
  void charactersBeyondTheBmpAreWrittenAsJackson2WritesThem() throws Exception {
    Place dove = new Place.Builder().name("Peace \uD83D\uDD4A").build();

    assertThat(MAPPER.writeValueAsString(dove)).contains("\"Peace \uD83D\uDD4A\"");
    assertThat(new String(MAPPER.writeValueAsBytes(dove), StandardCharsets.US_ASCII))
        .contains("\"Peace \\uD83D\\uDD4A\"");
  }

  @Test
  void aRepeatedKeyIsRefusedWithJackson3sOwnWordsWhenTheMapperDetectsDuplicatesItself() {
    JsonMapper strict = JsonMapper.builder().addModule(new NewsEventsModule())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    String twice = "{\"article\":{\"text\":\"t\",\"url\":\"a\",\"url\":\"b\"}}";

    assertThatThrownBy(() -> strict.readValue(twice, Extraction.class))
        .isInstanceOf(StreamReadException.class).hasMessageContaining("Duplicate Object property \"url\"");
    assertThatThrownBy(() -> MAPPER.readValue(twice, Extraction.class))
        .isInstanceOf(StreamReadException.class).hasMessageContaining("Duplicate Object property \"url\"");
  }

  /**
   * Jackson 3.1's UTF-8 decoder reads an overlong form as the character it spells, where Jackson 2
   * refuses it (README, "Jackson 3"; found by fuzzing). When this fails, Jackson 3 has become strict
   * and the README's note can go.
   */
  @Test
  void malformedUtf8InBytesIsJacksonsToDecodeAndJackson3ReadsAnOverlongComma() throws Exception {
    byte[] overlong = "{\"article\":{\"text\":\"a\u0001b\"}}".getBytes(StandardCharsets.UTF_8);
    byte[] json = new byte[overlong.length + 2];
    int at = new String(overlong, StandardCharsets.UTF_8).indexOf('\u0001');
    System.arraycopy(overlong, 0, json, 0, at);
    json[at] = (byte) 0xE0; // a comma in three bytes
    json[at + 1] = (byte) 0x80;
    json[at + 2] = (byte) 0xAC;
    System.arraycopy(overlong, at + 1, json, at + 3, overlong.length - at - 1);

    assertThat(MAPPER.readValue(json, Extraction.class).article().text()).isEqualTo("a,b");
  }

  @Test
  void aKeyRepeatedOutsideNewseventsObjectsIsTheMappersBusiness() throws Exception {
    assertThat(MAPPER.readValue("{\"a\":1,\"a\":2}", new TypeReference<Map<String, Integer>>() {}))
        .containsEntry("a", 2);
  }

  @Test
  void trailingContentIsRefusedByJackson3sDefaultAndAcceptedWhenTheMapperTurnsTheCheckOff() throws Exception {
    JsonMapper old = JsonMapper.builder().addModule(new NewsEventsModule())
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    assertThatThrownBy(() -> MAPPER.readValue(JsonCases.valid() + "]", Extraction.class))
        .hasMessageContaining("Unexpected close marker");
    assertThat(old.readValue(JsonCases.valid() + "]", Extraction.class).meetings()).hasSize(1);
  }

  @Test
  void theSchemaShipsWithTheSharedFormat() throws Exception {
    try (InputStream in = NewsEventsModule.extractionSchema().openStream()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("\"$schema\"");
    }
    assertThat(NewsEventsModule.class.getClassLoader().getResource(NewsEventsModule.SCHEMA_RESOURCE)).isNotNull();
    assertThat(NewsEventsModule.SCHEMA_VERSION).isEqualTo("1");
  }
}
