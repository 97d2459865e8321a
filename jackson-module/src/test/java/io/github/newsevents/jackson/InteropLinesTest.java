package io.github.newsevents.jackson;

import static io.github.newsevents.jackson.JsonTesting.json;
import static io.github.newsevents.jackson.JsonTesting.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.testkit.Generators;
import io.github.newsevents.testkit.Seeds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * ninjs and schema.org JSON-LD alike from both Jackson lines (issue 21, point 5): {@code
 * io.github.newsevents.jackson3.Ninjs} and {@code .SchemaOrg} write what this module's write, the
 * same text and, with Jackson 3's {@code COMBINE_UNICODE_SURROGATES_IN_UTF8} off, the same UTF-8;
 * what Jackson 3 writes passes the ninjs 3.1 schema and schema.org's vocabulary; and both read a
 * ninjs document into the same article with the same diagnostics. Over the extractions of the
 * development corpus (skipped where there is none) and {@value #COUNT} extractions drawn by the
 * test kit's generators from base seed {@value #BASE_SEED} (a failure names its seed; rerun it
 * alone with {@code -Dnewsevents.seed=<seed>}).
 */
class InteropLinesTest {
  static final long BASE_SEED = 20260421L;
  static final int COUNT = 200;

  private static final ObjectMapper TWO = new ObjectMapper();
  private static final tools.jackson.databind.ObjectMapper THREE = JsonMapper.builder().build();
  /** Jackson 3 writing UTF-8 as Jackson 2 does: the halves of a surrogate pair as two escapes. */
  private static final tools.jackson.databind.ObjectMapper THREE_AS_TWO = JsonMapper.builder()
      .disable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

  /** An extraction's three documents as one line writes them, as text. */
  private record Written(String articleNinjs, String ninjs, String jsonLd) {
    static Written byJackson2(Extraction x) throws Exception {
      return new Written(TWO.writeValueAsString(Ninjs.write(x.article())), TWO.writeValueAsString(Ninjs.write(x)),
          TWO.writeValueAsString(SchemaOrg.write(x)));
    }

    static Written byJackson3(Extraction x) {
      return new Written(
          THREE.writeValueAsString(io.github.newsevents.jackson3.Ninjs.write(x.article())),
          THREE.writeValueAsString(io.github.newsevents.jackson3.Ninjs.write(x)),
          THREE.writeValueAsString(io.github.newsevents.jackson3.SchemaOrg.write(x)));
    }
  }

  @Test
  void theDevelopmentCorpusIsWrittenAlikeValidAndReadAlike() throws Exception {
    List<Path> articles;
    try (Stream<Path> files = Files.list(devArticles())) {
      articles = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    System.out.printf("InteropLinesTest: %d articles of the development corpus%n", articles.size());
    assertThat(articles).isNotEmpty();
    for (Path f : articles) {
      Extraction x = NewsEvents.extract(Files.readString(f, StandardCharsets.UTF_8));
      assertAlike(f.getFileName().toString(), x, true);
    }
  }

  @Test
  void generatedExtractionsAreWrittenAlikeAndReadAlike() throws Exception {
    long[] seeds = Seeds.of(BASE_SEED, COUNT).toArray();
    System.out.printf("InteropLinesTest: %d extractions from base seed %d%n", seeds.length, BASE_SEED);
    boolean beyondTheBmp = false;
    for (int i = 0; i < seeds.length; i++) {
      Extraction x = Generators.extraction(Seeds.random(seeds[i]));
      // the schema and vocabulary checks on the first quarter: Jackson 2's suites check 200 more
      assertAlike("seed " + seeds[i] + " (rerun alone with -D" + Seeds.PROPERTY + "=" + seeds[i] + ")", x, i < COUNT / 4);
      beyondTheBmp |= Written.byJackson2(x).ninjs().codePoints().anyMatch(Character::isSupplementaryCodePoint);
    }
    // so that the UTF-8 comparison met characters that the two lines could write otherwise
    assertThat(beyondTheBmp || seeds.length == 1).as("some document has a character beyond the BMP").isTrue();
  }

  @Test
  void jackson3sDefaultUtf8DiffersOnlyInHowItWritesCharactersBeyondTheBmp() throws Exception {
    Extraction x = NewsEvents.extract("headline: Doves \uD83D\uDD4A over Muscat\n\nThe envoys met in Muscat on Monday.\n");
    byte[] two = TWO.writeValueAsBytes(Ninjs.write(x));
    byte[] three = THREE.writeValueAsBytes(io.github.newsevents.jackson3.Ninjs.write(x));

    assertThat(new String(two, StandardCharsets.UTF_8)).contains("Doves \\uD83D\\uDD4A over");
    assertThat(new String(three, StandardCharsets.UTF_8)).contains("Doves \uD83D\uDD4A over");
    assertThat(TWO.readTree(three)).isEqualTo(TWO.readTree(two));
    assertThat(THREE_AS_TWO.writeValueAsBytes(io.github.newsevents.jackson3.Ninjs.write(x))).isEqualTo(two);
  }

  @Test
  void theOfficialExamplesAndOddDocumentsReadAlike() throws Exception {
    List<String> documents = List.of(
        resource("interop/ninjs-3.1-example.json"),
        resource("interop/ninjs-3.1-example-event.json"),
        // the wrong kinds of value everywhere: each line reads them as Jackson 2's asText does
        json("{'type':null,'uri':5,'headlines':{'a':{'value':'H','role':'main'},'b':{'value':'I'}},"
            + "'bodies':[{'contentType':null,'value':'x'},{'value':'Body.','role':'main'},{'value':3}],"
            + "'by':7,'language':null,'altIds':[{'role':'published','value':2025}],'x':[1,{'y':null}]}"),
        json("{'type':{'a':1},'headlines':'plain','bodies':{'m':{'value':'B'}},"
            + "'infoSources':[{'role':'publisher','name':1},{'role':'publisher','name':'Pub'}],"
            + "'versionCreated':true,'altIds':[{'role':null}]}"),
        json("{'type':12345678901234567890,'firstCreated':1e400,'contentCreated':0.1,"
            + "'versionCreated':'2013-07-09T10:37:00+05:30','bodies':[]}"),
        "{}");
    for (String doc : documents) {
      Article two = Ninjs.read(doc);
      assertThat(io.github.newsevents.jackson3.Ninjs.read(doc)).as(doc).isEqualTo(two);
      assertThat(io.github.newsevents.jackson3.Ninjs.read(THREE.readTree(doc))).as(doc).isEqualTo(two);
    }
    assertThat(Ninjs.read(documents.get(2)).diagnostics()).extracting(d -> d.message()).contains(
        "kept one of the 2 headlines", "read a ninjs item of type 'null' as text",
        "ignored 2 of the bodies: one plain-text body is the article's");
    assertThat(Ninjs.read(documents.get(4)).diagnostics()).extracting(d -> d.message()).contains(
        "ignored firstCreated 'Infinity': not a date-time", "ignored contentCreated '0.1': not a date-time",
        "read a ninjs item of type '12345678901234567890' as text");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[1, 2]", "null", "\"text\"", "", "  "})
  void aRootThatIsNoObjectIsRefusedInTheSameWords(String json) throws Exception {
    assertThatThrownBy(() -> Ninjs.read(json)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a ninjs document: the root is ");
    String words = catchMessage(() -> Ninjs.read(json));
    assertThatThrownBy(() -> io.github.newsevents.jackson3.Ninjs.read(json))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(words);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"uri\": ", "{} ]", "{\"bodies\": []} {}", "{'uri': 'x'}"})
  void textThatIsNotOneJsonValueIsNotJsonToEitherLine(String json) {
    assertThatThrownBy(() -> Ninjs.read(json)).isInstanceOf(JsonProcessingException.class);
    assertThatThrownBy(() -> io.github.newsevents.jackson3.Ninjs.read(json)).isInstanceOf(JacksonException.class);
  }

  /** The corpus's articles, where the test kit's tests look for them: -Dnewsevents.corpus, NEWSEVENTS_CORPUS, or beside the worktree. */
  private static Path devArticles() {
    String configured = System.getProperty("newsevents.corpus", System.getenv("NEWSEVENTS_CORPUS"));
    Stream<Path> roots = configured != null && !configured.isBlank() ? Stream.of(Path.of(configured))
        : Stream.of(Path.of("../../shared/corpus"), Path.of("/work/shared/corpus"));
    Optional<Path> articles = roots.map(r -> r.resolve("dev/articles")).filter(Files::isDirectory).findFirst();
    assumeTrue(articles.isPresent(), "no development corpus (set -Dnewsevents.corpus=DIR or NEWSEVENTS_CORPUS)");
    return articles.get();
  }

  private interface Call {
    void run() throws Exception;
  }

  private static String catchMessage(Call call) {
    try {
      call.run();
    } catch (Exception e) {
      return e.getMessage();
    }
    throw new AssertionError("no exception");
  }

  private static void assertAlike(String name, Extraction x, boolean validate) throws Exception {
    Written two = Written.byJackson2(x);
    Written three = Written.byJackson3(x);
    assertThat(three).as("%s: Jackson 3 writes the text Jackson 2 writes", name).isEqualTo(two);
    List<byte[]> utf8Two = bytes2(x);
    List<byte[]> utf8Three = bytes3(x);
    for (int i = 0; i < utf8Two.size(); i++) {
      assertThat(utf8Three.get(i)).as("%s: and the UTF-8, surrogates escaped (document %d)", name, i).isEqualTo(utf8Two.get(i));
    }
    if (validate) {
      assertThat(InteropSchemas.ninjs(three.articleNinjs())).as("%s: the article's ninjs", name).isEmpty();
      assertThat(InteropSchemas.ninjs(three.ninjs())).as("%s: the extraction's ninjs", name).isEmpty();
      assertThat(SchemaOrgVocabulary.RELEASE_30.problems(TWO.readTree(three.jsonLd()))).as("%s: JSON-LD", name).isEmpty();
    }
    Article back = Ninjs.read(two.ninjs());
    assertThat(io.github.newsevents.jackson3.Ninjs.read(three.ninjs()))
        .as("%s: Jackson 3 reads its ninjs as Jackson 2 reads its own", name).isEqualTo(back);
  }

  private static List<byte[]> bytes2(Extraction x) throws Exception {
    return List.of(TWO.writeValueAsBytes(Ninjs.write(x.article())), TWO.writeValueAsBytes(Ninjs.write(x)),
        TWO.writeValueAsBytes(SchemaOrg.write(x)));
  }

  private static List<byte[]> bytes3(Extraction x) {
    return List.of(THREE_AS_TWO.writeValueAsBytes(io.github.newsevents.jackson3.Ninjs.write(x.article())),
        THREE_AS_TWO.writeValueAsBytes(io.github.newsevents.jackson3.Ninjs.write(x)),
        THREE_AS_TWO.writeValueAsBytes(io.github.newsevents.jackson3.SchemaOrg.write(x)));
  }
}
