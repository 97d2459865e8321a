package io.github.newsevents.jackson;

import static io.github.newsevents.jackson.JsonTesting.MAPPER;
import static io.github.newsevents.jackson.JsonTesting.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.testkit.Fixtures;
import io.github.newsevents.testkit.Generators;
import io.github.newsevents.testkit.Seeds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The JSON-LD is schema.org's: every type, property and enumeration value is in its vocabulary. */
class SchemaOrgTest {
  private static final Vocabulary VOCABULARY = new Vocabulary(resource("interop/schemaorg-30.0-vocabulary.tsv"));

  /** schema.org 30.0's terms, from the derived table beside the tests. */
  private static final class Vocabulary {
    final Map<String, Set<String>> supers = new HashMap<>();
    final Map<String, Set<String>> domains = new HashMap<>();
    final Map<String, Set<String>> ranges = new HashMap<>();
    final Set<String> members = new HashSet<>();

    Vocabulary(String tsv) {
      for (String line : tsv.split("\n")) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] c = line.split("\t", -1);
        switch (c[0]) {
          case "type":
            supers.put(c[1], Set.of(c[2].split("\\|")));
            break;
          case "property":
            domains.put(c[1], Set.of(c[2].split("\\|")));
            ranges.put(c[1], Set.of(c[3].split("\\|")));
            break;
          default:
            members.add(c[1]);
        }
      }
    }

    /** The type and every type above it. */
    Set<String> lineage(String type) {
      Set<String> out = new HashSet<>();
      List<String> todo = new ArrayList<>(List.of(type));
      while (!todo.isEmpty()) {
        String t = todo.remove(todo.size() - 1);
        if (out.add(t)) {
          todo.addAll(supers.getOrDefault(t, Set.of()));
        }
      }
      return out;
    }

    /** What in {@code node} is not schema.org's, as readable lines ("Event.attendees: no such property"). */
    List<String> problems(JsonNode node) {
      List<String> out = new ArrayList<>();
      check(node, null, out);
      return out;
    }

    private void check(JsonNode node, String expectedBy, List<String> out) {
      if (node.isArray()) {
        node.forEach(n -> check(n, expectedBy, out));
        return;
      }
      if (!node.isObject()) {
        return;
      }
      String type = node.path("@type").asText(null);
      if (type == null) {
        if (!node.has("@id")) {
          out.add("a node with neither @type nor @id: " + node);
        }
        return; // a reference
      }
      if (!supers.containsKey(type)) {
        out.add(type + ": no such type");
        return;
      }
      if (expectedBy != null && ranges.get(expectedBy).stream().noneMatch(lineage(type)::contains)) {
        out.add(expectedBy + " takes no " + type + " (it takes " + new java.util.TreeSet<>(ranges.get(expectedBy)) + ")");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext();) {
        Map.Entry<String, JsonNode> f = it.next();
        String p = f.getKey();
        if (p.startsWith("@")) {
          continue;
        }
        if (!domains.containsKey(p)) {
          out.add(type + "." + p + ": no such property");
          continue;
        }
        if (domains.get(p).stream().noneMatch(lineage(type)::contains)) {
          out.add(type + "." + p + ": not a property of " + type + " (its domains are " + domains.get(p) + ")");
        }
        for (JsonNode v : f.getValue().isArray() ? f.getValue() : List.of(f.getValue())) {
          if (v.isTextual() && v.asText().startsWith("https://schema.org/")) {
            String member = v.asText().substring("https://schema.org/".length());
            if (!members.contains(member)) {
              out.add(type + "." + p + ": " + member + " is no enumeration member of schema.org");
            }
          }
        }
        check(f.getValue(), p, out);
      }
    }
  }

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
