package io.github.newsevents.jackson;

import static io.github.newsevents.jackson.JsonTesting.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.testkit.Fixtures;
import io.github.newsevents.testkit.Generators;
import io.github.newsevents.testkit.Seeds;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON-LD is schema.org's: every type, property and enumeration value is in its vocabulary. */
class SchemaOrgTest {
  private static final SchemaOrgVocabulary VOCABULARY = SchemaOrgVocabulary.RELEASE_30;

  private static final String TEXT = "headline: Envoys meet in Muscat\ndate: 2025-04-12\n"
      + "source: The Example Times\nurl: https://news.example/muscat\nauthor: Ann Lee\n\n"
      + "Oman's Foreign Minister Badr Albusaidi hosted Iran's Foreign Minister Abbas Araghchi and"
      + " US envoy Steve Witkoff in Muscat on Saturday.\n\n"
      + "\"The talks were constructive and positive,\" Albusaidi said.\n\n"
      + "Iran and the United States held talks in Muscat, the ministry said.\n";

  @Test
  void theCheckCatchesWhatIsNotSchemaOrgs() throws Exception {
    JsonNode bad = MAPPER.readTree("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
        + "\"mentions\":[{\"@type\":\"Event\",\"venue\":\"Muscat\",\"eventStatus\":\"https://schema.org/EventHappened\","
        + "\"attendee\":[{\"@type\":\"Country\",\"name\":\"Oman\"}]},{\"@type\":\"Meeting\"}],"
        + "\"jobTitle\":\"editor\"}");
    assertThat(VOCABULARY.problems(bad)).containsExactlyInAnyOrder(
        "Event.venue: no such property",
        "Event.eventStatus: EventHappened is no enumeration member of schema.org",
        "attendee takes no Country (it takes [Organization, Person])",
        "Meeting: no such type",
        "NewsArticle.jobTitle: not a property of NewsArticle (its domains are [Person])");
  }

  @Test
  void anExtractionIsANewsArticleOfSchemaOrgsVocabulary() {
    ObjectNode doc = SchemaOrg.write(NewsEvents.extract(TEXT));
    assertThat(VOCABULARY.problems(doc)).isEmpty();
    assertThat(doc.get("@context").asText()).isEqualTo("https://schema.org");
    assertThat(doc.get("@type").asText()).isEqualTo("NewsArticle");
    assertThat(doc.get("datePublished").asText()).isEqualTo("2025-04-12");
    assertThat(doc.get("mentions").findValuesAsText("@type")).contains("Person", "Event", "Quotation");
  }

  @Test
  void theSeedArticleAndGeneratedExtractionsUseSchemaOrgsVocabularyOnly() {
    assertThat(VOCABULARY.problems(SchemaOrg.write(NewsEvents.extract(Fixtures.seedArticle().text()))))
        .isEmpty();
    for (long seed : Seeds.of(RoundTripProperties.BASE_SEED, 200).toArray()) {
      Extraction e = Generators.extraction(Seeds.random(seed));
      assertThat(VOCABULARY.problems(SchemaOrg.write(e)))
          .as("extraction from seed %d (rerun alone with -D%s=%d)", seed, Seeds.PROPERTY, seed).isEmpty();
    }
  }

  @Test
  void meetingsAreEventsWhoseAttendeesAreTheMentionedActors() {
    Extraction e = NewsEvents.extract(Fixtures.seedArticle().text());
    ObjectNode doc = SchemaOrg.write(e);
    Map<String, JsonNode> byId = new HashMap<>();
    doc.get("mentions").forEach(n -> byId.put(n.get("@id").asText(), n));
    int events = 0;
    for (JsonNode n : doc.get("mentions")) {
      if (n.get("@type").asText().equals("Event")) {
        events++;
        for (JsonNode a : n.get("attendee")) {
          JsonNode actor = byId.get(a.get("@id").asText());
          assertThat(actor).as(a.toString()).isNotNull();
          // a state attends as its government: attendee takes no Country
          assertThat(actor.get("@type").asText()).isIn("Person", "Organization", "GovernmentOrganization");
        }
      }
      if (n.get("@type").asText().equals("Quotation") && n.has("creator")) {
        assertThat(byId.get(n.at("/creator/@id").asText())).isNotNull();
      }
    }
    assertThat(events).isEqualTo(e.meetings().size()).isPositive();
  }

  @Test
  void aMeetingsStatusModeAndPlaceAreSchemaOrgs() {
    ObjectNode doc = SchemaOrg.write(NewsEvents.extract(TEXT));
    JsonNode event = null;
    for (JsonNode n : doc.get("mentions")) {
      if (n.get("@type").asText().equals("Event")) {
        event = n;
      }
    }
    assertThat(event).isNotNull();
    assertThat(event.get("eventStatus").asText()).isEqualTo("https://schema.org/EventScheduled");
    assertThat(event.get("@id").asText()).startsWith("https://news.example/muscat#meeting-");
    assertThat(event.at("/location/name").asText()).isEqualTo("Muscat");
  }
}
