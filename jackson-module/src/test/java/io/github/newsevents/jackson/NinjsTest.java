package io.github.newsevents.jackson;

import static io.github.newsevents.jackson.JsonTesting.MAPPER;
import static io.github.newsevents.jackson.JsonTesting.json;
import static io.github.newsevents.jackson.JsonTesting.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Paragraph;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.testkit.Fixtures;
import io.github.newsevents.testkit.Generators;
import io.github.newsevents.testkit.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;

class NinjsTest {
  private static final String TEXT = "headline: Envoys meet in Muscat\ndate: 2025-04-12\n"
      + "source: The Example Times\nurl: https://news.example/2025/04/muscat\nauthor: Ann Lee and Bo Chan\n\n"
      + "MUSCAT, April 12 (Reuters) - Oman's foreign minister hosted the envoys of Iran and the United"
      + " States on Saturday, the ministry said.\n\n"
      + "\"The talks were constructive,\" the minister told reporters.\n";

  private static String write(Object doc) throws JsonProcessingException {
    return MAPPER.writeValueAsString(doc);
  }

  @Test
  void theOfficialExamplesPassTheSchemaAsSetUpHere() {
    assertThat(InteropSchemas.ninjs(resource("interop/ninjs-3.1-example.json"))).isEmpty();
    assertThat(InteropSchemas.ninjs(resource("interop/ninjs-3.1-example-event.json"))).isEmpty();
    // and the schema, with formats asserted, is no rubber stamp
    assertThat(InteropSchemas.ninjs(json("{'uri':'not a uri','versionCreated':'2025-04-12'}")))
        .extracting(e -> e.getInstanceLocation().toString()).contains("/uri", "/versionCreated");
    assertThat(InteropSchemas.ninjs(json("{'uri':'urn:x:1','places':[{'geoJSON':{'type':'Point'}}]}")))
        .isNotEmpty();
  }

  @Test
  void anArticleExportsToAValidDocument() throws Exception {
    Article article = NewsEvents.parseArticle(TEXT);
    ObjectNode doc = Ninjs.write(article);
    assertThat(InteropSchemas.ninjs(write(doc))).isEmpty();
    assertThat(doc.get("uri").asText()).isEqualTo("https://news.example/2025/04/muscat");
    assertThat(doc.get("type").asText()).isEqualTo("text");
    assertThat(doc.at("/standard/version").asText()).isEqualTo("3.1");
    assertThat(doc.at("/headlines/0/value").asText()).isEqualTo("Envoys meet in Muscat");
    assertThat(doc.get("by").asText()).isEqualTo("Ann Lee, Bo Chan");
    assertThat(doc.get("located").asText()).isEqualTo("MUSCAT");
    assertThat(doc.at("/infoSources/0/name").asText()).isEqualTo("The Example Times");
    assertThat(doc.at("/infoSources/1/name").asText()).isEqualTo("Reuters");
    assertThat(doc.at("/bodies/0/contentType").asText()).isEqualTo("text/plain");
    assertThat(doc.at("/bodies/0/value").asText()).contains("hosted the envoys").contains("\n\n\"The talks");
  }

  @Test
  void aDateOnlyPublicationDateIsAnAlternativeIdNotAnInventedTime() {
    ObjectNode doc = Ninjs.write(NewsEvents.parseArticle(TEXT));
    assertThat(doc.get("altIds")).hasSize(1);
    assertThat(doc.at("/altIds/0/role").asText()).isEqualTo("published");
    assertThat(doc.at("/altIds/0/value").asText()).isEqualTo("2025-04-12");
    assertThat(doc.has("firstCreated") || doc.has("versionCreated") || doc.has("contentCreated")).isFalse();
  }

  @Test
  void aUrlOutsideAsciiIsWrittenPercentEncoded() {
    Article a = NewsEvents.parseArticle("url https://news.example/gespräch\n\nText.\n");
    assertThat(Ninjs.write(a).get("uri").asText()).isEqualTo("https://news.example/gespr%C3%A4ch");
  }

  @Test
  void anArticleWithoutAnHttpUrlGetsANameBasedUrn() {
    Article plain = NewsEvents.parseArticle("Nothing but a line of text.\n");
    String uri = Ninjs.write(plain).get("uri").asText();
    assertThat(uri).startsWith("urn:uuid:");
    assertThat(Ninjs.write(NewsEvents.parseArticle("Nothing but a line of text.\n")).get("uri").asText())
        .isEqualTo(uri);
    assertThat(Ninjs.write(NewsEvents.parseArticle("Another line.\n")).get("uri").asText()).isNotEqualTo(uri);
  }

  @Test
  void anExtractionAddsPeopleOrganisationsAndPlacesAboutOrMentioned() throws Exception {
    Extraction e = NewsEvents.extract(Fixtures.seedArticle().text());
    ObjectNode doc = Ninjs.write(e);
    assertThat(InteropSchemas.ninjs(write(doc))).isEmpty();
    assertThat(doc.get("people").size() + doc.path("organisations").size() + placesThatAreActors(doc))
        .isEqualTo(e.actors().size());
    for (JsonNode person : doc.get("people")) {
      assertThat(person.get("rel").asText()).isIn("about", "mentions");
      assertThat(e.actor(person.get("literal").asText())).isPresent();
    }
    String speaker = e.statements().stream().flatMap(s -> s.speaker().stream()).findFirst().orElseThrow();
    assertThat(doc.findValues("literal")).anyMatch(n -> n.asText().equals(speaker));
    JsonNode speakerNode = find(doc, speaker);
    assertThat(speakerNode.get("rel").asText()).isEqualTo("about");
  }

  @Test
  void generatedExtractionsExportToValidDocuments() throws Exception {
    for (long seed : Seeds.of(RoundTripProperties.BASE_SEED, 200).toArray()) {
      String doc = write(Ninjs.write(Generators.extraction(Seeds.random(seed))));
      assertThat(InteropSchemas.ninjs(doc))
          .as("extraction from seed %d (rerun alone with -D%s=%d): %s", seed, Seeds.PROPERTY, seed, doc)
          .isEmpty();
    }
  }

  @Test
  void whatIsExportedImportsBack() throws Exception {
    Article article = NewsEvents.parseArticle(TEXT);
    Article back = Ninjs.read(write(Ninjs.write(article)));
    assertThat(back.headline()).isEqualTo(article.headline());
    assertThat(back.url()).isEqualTo(article.url());
    assertThat(back.published()).isEqualTo(article.published());
    assertThat(back.source()).isEqualTo(article.source());
    assertThat(back.authors()).isEqualTo(article.authors());
    assertThat(back.language()).isEqualTo(article.language());
    assertThat(back.paragraphs()).extracting(Paragraph::text)
        .isEqualTo(article.paragraphs().stream().map(Paragraph::text).toList());
    assertThat(back.paragraphs().get(0).span().of(back.text())).isEqualTo(back.paragraphs().get(0).text());
    assertThat(back.diagnostics()).extracting(Diagnostic::message).containsExactly(
        "ignored the ninjs property 'located', which has no place in an article");
  }

  @Test
  void theOfficialExampleImportsWhatMapsAndSaysWhatItIgnored() throws Exception {
    Article a = Ninjs.read(resource("interop/ninjs-3.1-example.json"));
    assertThat(a.headline()).contains("Captain of wrecked cruise ship on trial in Italy");
    assertThat(a.url()).contains("http://ninjs.example.com/newsitems/20130709med123");
    assertThat(a.authors()).containsExactly("Paulo Santalucia", "Frances d'Emilio");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.published()).contains(PartialDate.parse("2013-07-09"));
    assertThat(a.paragraphs()).hasSize(1);
    // the wire dateline opens the body: the parser reads it as such
    assertThat(a.dateline().flatMap(d -> d.agency())).contains("AP");
    assertThat(a.paragraphs().get(0).text()).startsWith("The trial of the captain").endsWith("denied wrongdoing.");
    List<String> notes = a.diagnostics().stream().map(d -> d.code() + ": " + d.message()).toList();
    assertThat(notes).contains(
        "ninjs.time-dropped: the publication date is the date of versionCreated '2013-07-09T10:37:00Z', in its own offset",
        "ninjs.ignored: ignored 1 of the bodies: one plain-text body is the article's",
        "ninjs.ignored: ignored the ninjs property 'people', which has no place in an article",
        "ninjs.ignored: ignored the ninjs property 'places', which has no place in an article",
        "ninjs.ignored: ignored the ninjs property 'organisations', which has no place in an article",
        "ninjs.ignored: ignored the ninjs property 'copyrightNotice', which has no place in an article",
        "ninjs.ignored: ignored the ninjs property 'profile', which has no place in an article");
  }

  @Test
  void anEventItemImportsAsAnArticleWithoutText() throws Exception {
    Article a = Ninjs.read(resource("interop/ninjs-3.1-example-event.json"));
    assertThat(a.text()).doesNotContain("\n\n\n");
    assertThat(a.paragraphs()).isEmpty();
    assertThat(a.diagnostics()).extracting(Diagnostic::code).contains("ninjs.no-body", "ninjs.ignored");
  }

  @Test
  void notJsonAndNotAnObjectAreDifferentErrors() {
    assertThatThrownBy(() -> Ninjs.read("{\"uri\": ")).isInstanceOf(JsonProcessingException.class);
    // one document: content after it is refused, as Jackson 3's Ninjs refuses it by its line's default
    assertThatThrownBy(() -> Ninjs.read("{} {}")).isInstanceOf(JsonProcessingException.class)
        .hasMessageStartingWith("Trailing token");
    assertThatThrownBy(() -> Ninjs.read("[1, 2]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a ninjs document: the root is array, not an object");
  }

  @Test
  void aLineBreakInAHeadlineCannotEndTheHeader() throws Exception {
    Article a = Ninjs.read(json("{'uri':'urn:x:1','headlines':[{'value':'Two\\nlines'}],"
        + "'bodies':[{'value':'date: 1999-01-01\\n\\nBody.'}]}"));
    assertThat(a.headline()).contains("Two lines");
    assertThat(a.published()).isEmpty(); // the body's first line is body, not header
  }

  private static int placesThatAreActors(JsonNode doc) {
    int n = 0;
    for (JsonNode p : doc.path("places")) {
      n += p.has("literal") ? 1 : 0;
    }
    return n;
  }

  private static JsonNode find(JsonNode doc, String literal) {
    for (String list : List.of("people", "organisations", "places")) {
      for (JsonNode n : doc.path(list)) {
        if (n.path("literal").asText().equals(literal)) {
          return n;
        }
      }
    }
    throw new AssertionError("no " + literal);
  }
}
