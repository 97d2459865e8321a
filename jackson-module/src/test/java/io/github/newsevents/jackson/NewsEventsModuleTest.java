package io.github.newsevents.jackson;

import static io.github.newsevents.jackson.JsonTesting.MAPPER;
import static io.github.newsevents.jackson.JsonTesting.json;
import static io.github.newsevents.jackson.JsonTesting.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Sentence;
import io.github.newsevents.model.Span;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Registering the module, its policies' switches, and what it leaves alone. */
class NewsEventsModuleTest {
  /** Unknown properties at every level: extraction, article, paragraph, sentence, span, actor. */
  private static final String WITH_UNKNOWN_PROPERTIES = json("{'schemaVersion':'1','generator':'v2',"
      + "'article':{'text':'Talks.','mood':'tense','paragraphs':[{'text':'Talks.','span':{'start':0,'end':6,'unit':'utf16'},"
      + "'sentences':[{'start':0,'end':6,'quoted':false}],'score':0.5}]},"
      + "'actors':[{'id':'un','name':'United Nations','kind':'ORGANIZATION','wikidata':'Q1065'}]}");

  @Test
  void findAndRegisterModulesFindsItThroughServiceLoader() {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    assertThat(mapper.getRegisteredModuleIds()).contains(NewsEventsModule.class.getName());
  }

  @Test
  void registeringItAloneBringsOptionalAndJavaTimeSupport() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new NewsEventsModule());

    assertThat(mapper.getRegisteredModuleIds())
        .contains(new Jdk8Module().getTypeId(), new JavaTimeModule().getTypeId());
    Extraction fixture = Fixtures.peskovExtraction();
    assertThat(mapper.readValue(mapper.writeValueAsString(fixture), Extraction.class)).isEqualTo(fixture);
  }

  @Test
  void itWorksBesideModulesTheUserRegisteredFirst() throws Exception {
    ObjectMapper mapper = new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .registerModule(new Jdk8Module())
        .registerModule(new NewsEventsModule());

    Extraction fixture = Fixtures.peskovExtraction();
    assertThat(mapper.readValue(mapper.writeValueAsString(fixture), Extraction.class)).isEqualTo(fixture);
  }

  @Test
  void itNamesAndVersionsItself() {
    NewsEventsModule module = new NewsEventsModule();

    assertThat(module.getModuleName()).isEqualTo("newsevents");
    assertThat(module.version().getGroupId()).isEqualTo("io.github.newsevents");
    assertThat(module.version().getArtifactId()).isEqualTo("newsevents-jackson");
    assertThat(module.version().isUnknownVersion()).isFalse();
  }

  @Test
  void itOwnsTheFormatWhateverTheMappersSettings() throws Exception {
    ObjectMapper unusual = JsonMapper.builder()
        .addModule(new NewsEventsModule())
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
        .enable(SerializationFeature.WRITE_ENUMS_USING_INDEX)
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .build();
    Extraction fixture = Fixtures.peskovExtraction();

    String written = unusual.writeValueAsString(fixture);

    assertThat(written).isEqualTo(MAPPER.writeValueAsString(fixture));
    assertThat(unusual.readValue(written, Extraction.class)).isEqualTo(fixture);
    assertThatThrownBy(() -> unusual.readValue(
            json("{'article':{'text':'t'},'actors':[{'id':'x','name':'X','kind':'person'}]}"), Extraction.class))
        .hasMessageContaining("not one of the values accepted for ActorKind");
  }

  @Test
  void aPlainMapperRejectsUnknownProperties() {
    assertThatThrownBy(() -> MAPPER.readValue(WITH_UNKNOWN_PROPERTIES, Extraction.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("\"generator\"");
  }

  @Test
  void theModuleCanIgnoreUnknownPropertiesOfNewseventsTypesEverywhere() throws Exception {
    NewsEventsModule module = NewsEventsModule.builder().ignoreUnknownProperties(true).build();
    ObjectMapper mapper = new ObjectMapper().registerModule(module);

    Extraction read = mapper.readValue(WITH_UNKNOWN_PROPERTIES, Extraction.class);

    assertThat(module.ignoresUnknownProperties()).isTrue();
    assertThat(read.article().paragraphs().get(0).sentences()).containsExactly(Sentence.of(Span.of(0, 6), false));
    assertThat(read.actors().get(0).id()).isEqualTo("un");
  }

  @Test
  void aLenientModuleRegisteredAfterTheDiscoveredOneTakesEffect() throws Exception {
    ObjectMapper mapper = new ObjectMapper()
        .findAndRegisterModules()
        .registerModule(NewsEventsModule.builder().ignoreUnknownProperties(true).build());

    assertThat(mapper.readValue(WITH_UNKNOWN_PROPERTIES, Extraction.class).actors()).hasSize(1);
  }

  @Test
  void registeringTheSameSettingsTwiceRegistersOnce() {
    ObjectMapper mapper = new ObjectMapper()
        .registerModule(new NewsEventsModule())
        .registerModule(NewsEventsModule.builder().build());

    assertThat(mapper.getRegisteredModuleIds()).containsOnlyOnce(NewsEventsModule.class.getName());
    assertThat(mapper.getRegisteredModuleIds()).hasSize(3); // with Jdk8Module and JavaTimeModule
  }

  /** A type of the user's, to show that the module's switch leaves the rest of the mapper alone. */
  record Envelope(String id) {}

  @Test
  void ignoringUnknownPropertiesOfNewseventsTypesLeavesOtherTypesStrict() {
    ObjectMapper mapper =
        new ObjectMapper().registerModule(NewsEventsModule.builder().ignoreUnknownProperties(true).build());

    assertThatThrownBy(() -> mapper.readValue(json("{'id':'a','extra':1}"), Envelope.class))
        .isInstanceOf(UnrecognizedPropertyException.class);
  }

  @Test
  void theMappersFeatureIgnoresUnknownPropertiesToo() throws Exception {
    ObjectMapper mapper = new ObjectMapper()
        .registerModule(new NewsEventsModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    assertThat(mapper.readValue(WITH_UNKNOWN_PROPERTIES, Extraction.class).actors()).hasSize(1);
  }

  @Test
  void theDefaultModuleLeavesUnknownPropertiesToTheMapper() {
    assertThat(new NewsEventsModule().ignoresUnknownProperties()).isFalse();
    assertThat(NewsEventsModule.builder().build().ignoresUnknownProperties()).isFalse();
  }

  @Test
  void registeringTheModuleTurnsOnTheTrailingTokenCheckAndTheMapperMayTurnItOff() throws Exception {
    // Jackson 3's default, which Jackson 2 leaves off; the Jackson 3 module needs no such switch
    assertThat(new ObjectMapper().isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isFalse();
    assertThat(MAPPER.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();

    ObjectMapper old = new ObjectMapper().registerModule(new NewsEventsModule())
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    assertThat(old.readValue(io.github.newsevents.testkit.JsonCases.valid() + "]", Extraction.class).meetings())
        .hasSize(1);
  }

  @Test
  void theSchemaShipsInTheJar() throws Exception {
    try (InputStream in = NewsEventsModule.extractionSchema().openStream()) {
      var schema = tree(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      assertThat(schema.get("$schema").textValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(schema.at("/properties/schemaVersion/const").textValue()).isEqualTo(NewsEventsModule.SCHEMA_VERSION);
    }
    assertThat(NewsEventsModule.class.getClassLoader().getResource(NewsEventsModule.SCHEMA_RESOURCE)).isNotNull();
  }

  @Test
  void theModelCarriesNoJacksonAnnotation() throws Exception {
    List<String> found = new ArrayList<>();
    for (Class<?> type : modelTypes()) {
      check(type.getName(), type.getAnnotations(), found);
      for (Method m : type.getDeclaredMethods()) {
        check(type.getName() + "." + m.getName(), m.getAnnotations(), found);
      }
    }
    assertThat(found).isEmpty();
  }

  private static List<Class<?>> modelTypes() throws ClassNotFoundException {
    List<Class<?>> types = new ArrayList<>();
    for (String name : List.of("Actor", "ActorKind", "Article", "Ceasefire", "CeasefireScope", "CeasefireStatus",
        "Dateline", "Diagnostic", "Extraction", "Meeting", "MeetingKind", "MeetingStatus", "Paragraph",
        "PartialDate", "PartyRole", "Place", "Removal", "Sentence", "Span", "Statement", "StatementKind")) {
      Class<?> type = Class.forName("io.github.newsevents.model." + name);
      types.add(type);
      for (Class<?> nested : type.getDeclaredClasses()) {
        types.add(nested);
        types.add(nested.getSuperclass()); // the generated ImmutableX.Builder
      }
      if (type.isInterface()) {
        types.add(Class.forName("io.github.newsevents.model.Immutable" + name));
      }
    }
    return types;
  }

  private static void check(String where, Annotation[] annotations, List<String> found) {
    for (Annotation a : annotations) {
      if (a.annotationType().getName().startsWith("com.fasterxml.jackson")) {
        found.add(where + ": " + a);
      }
    }
  }

  @Test
  void coreDeclaresNoJacksonDependency() throws Exception {
    Path corePom = Path.of(System.getProperty("basedir", "."), "..", "core", "pom.xml");

    assertThat(Files.readString(corePom)).contains("<artifactId>newsevents-core</artifactId>")
        .doesNotContainIgnoringCase("jackson");
  }
}
