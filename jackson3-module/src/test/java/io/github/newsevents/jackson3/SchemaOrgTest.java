package io.github.newsevents.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Extraction;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * schema.org JSON-LD with Jackson 3's types. The vocabulary check, and the sameness with the
 * Jackson 2 module, are the Jackson 2 module's tests ({@code SchemaOrgTest}, {@code
 * InteropLinesTest}).
 */
class SchemaOrgTest {
  private static final String TEXT = "headline: Leaders meet in Nairobi\ndate: 2024-08-19\n"
      + "url: https://daily.example/nairobi\n\n"
      + "Kenya and Tanzania held talks in Nairobi on Monday, the foreign ministry said.\n";

  @Test
  void statesThatMeetAttendAsGovernmentsAndEveryReferenceIsAnId() {
    Extraction x = NewsEvents.extract(TEXT);
    ObjectNode doc = SchemaOrg.write(x);
    Map<String, JsonNode> byId = new HashMap<>();
    doc.get("mentions").forEach(n -> byId.put(n.get("@id").asString(), n));

    assertThat(doc.get("@type").asString()).isEqualTo("NewsArticle");
    assertThat(doc.get("@id").asString()).isEqualTo("https://daily.example/nairobi");
    JsonNode event = doc.get("mentions").valueStream()
        .filter(n -> n.get("@type").asString().equals("Event")).findFirst().orElseThrow();
    assertThat(event.get("@id").asString()).isEqualTo("https://daily.example/nairobi#meeting-1");
    assertThat(event.get("attendee").valueStream().map(a -> byId.get(a.get("@id").asString()).get("@type").asString()))
        .isNotEmpty().containsOnly("GovernmentOrganization");
    assertThat(event.at("/location/address/addressCountry").asString()).isEqualTo("KE");
  }
}
