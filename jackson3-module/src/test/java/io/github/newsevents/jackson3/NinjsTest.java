package io.github.newsevents.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.PartialDate;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * ninjs with Jackson 3's types. The mapping itself, the schema and the sameness with the Jackson 2
 * module are the Jackson 2 module's tests ({@code NinjsTest}, and {@code InteropLinesTest}, which
 * compares the two lines over the development corpus and generated extractions).
 */
class NinjsTest {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private static final String TEXT = "headline: Ministers talk trade in Lusaka\ndate: 2024-11-05\n"
      + "source: The Sample Post\nurl: https://post.example/lusaka-talks\n\n"
      + "Zambia's foreign minister met his Malawian counterpart in Lusaka on Tuesday.\n\n"
      + "\"We agreed on the next steps,\" the minister said.\n";

  @Test
  void anArticleIsATextItemOfNinjs31WithItsDateAsAnAlternativeId() {
    ObjectNode doc = Ninjs.write(NewsEvents.parseArticle(TEXT));

    assertThat(doc.get("uri").asString()).isEqualTo("https://post.example/lusaka-talks");
    assertThat(doc.at("/standard/version").asString()).isEqualTo(Ninjs.VERSION).isEqualTo("3.1");
    assertThat(doc.at("/standard/schema").asString()).isEqualTo(Ninjs.SCHEMA_ID);
    assertThat(doc.at("/headlines/0/value").asString()).isEqualTo("Ministers talk trade in Lusaka");
    assertThat(doc.at("/altIds/0/value").asString()).isEqualTo("2024-11-05");
    assertThat(doc.at("/infoSources/0/role").asString()).isEqualTo("publisher");
    assertThat(doc.at("/bodies/0/value").asString()).startsWith("Zambia's foreign minister").contains("\n\n\"We agreed");
  }

  @Test
  void anExtractionNamesItsPeopleAndStatesWithTheirIds() {
    Extraction x = NewsEvents.extract(TEXT);
    ObjectNode doc = Ninjs.write(x);

    assertThat(doc.path("places").findValuesAsString("literal")).contains("zambia", "malawi");
    assertThat(doc.path("places").findValuesAsString("rel")).containsOnly("about", "mentions");
    assertThat(MAPPER.writeValueAsString(doc)).startsWith("{\"uri\":\"https://post.example/lusaka-talks\",\"standard\":{");
  }

  @Test
  void whatIsWrittenReadsBackAndWhatHasNoPlaceIsNamed() {
    Article article = NewsEvents.parseArticle(TEXT);

    Article back = Ninjs.read(MAPPER.writeValueAsString(Ninjs.write(NewsEvents.extract(TEXT))));

    assertThat(back.headline()).isEqualTo(article.headline());
    assertThat(back.url()).isEqualTo(article.url());
    assertThat(back.published()).contains(PartialDate.parse("2024-11-05"));
    assertThat(back.source()).contains("The Sample Post");
    assertThat(back.diagnostics()).extracting(Diagnostic::message).contains(
        "ignored the ninjs property 'places', which has no place in an article");
  }

  @Test
  void aTreeBuiltWithJackson3sNodesReads() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode doc = nodes.objectNode().put("uri", "urn:example:1").put("versionCreated", "2024-11-05T23:30:00-02:00");
    doc.putArray("bodies").addObject().put("value", "Envoys met on Tuesday.");

    Article a = Ninjs.read(doc);

    assertThat(a.paragraphs()).hasSize(1);
    // the date of the date-time in its own offset, not in UTC
    assertThat(a.published()).contains(PartialDate.parse("2024-11-05"));
    assertThat(a.diagnostics()).extracting(Diagnostic::code).containsExactly("ninjs.time-dropped");
  }

  @Test
  void textThatIsNotJsonIsJacksonsErrorAndJsonThatIsNoObjectOurs() {
    assertThatThrownBy(() -> Ninjs.read("{\"uri\": ")).isInstanceOf(StreamReadException.class);
    assertThatThrownBy(() -> Ninjs.read("{} {}")).isInstanceOf(JacksonException.class)
        .hasMessageStartingWith("Trailing token");
    assertThatThrownBy(() -> Ninjs.read("[]")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a ninjs document: the root is array, not an object");
    JsonNode number = JsonNodeFactory.instance.numberNode(3);
    assertThatThrownBy(() -> Ninjs.read(number)).hasMessage("not a ninjs document: the root is number, not an object");
  }
}
