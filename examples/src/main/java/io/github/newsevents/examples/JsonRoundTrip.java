package io.github.newsevents.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newsevents.NewsEvents;
import io.github.newsevents.jackson.NewsEventsModule;
import io.github.newsevents.model.Extraction;
import java.io.IOException;

/**
 * Writes an extraction to JSON with {@link NewsEventsModule} and reads it back: the module owns
 * the wire format, so what is read equals what was written.
 */
public final class JsonRoundTrip {
  private JsonRoundTrip() {}

  /** An article written for this example, in the seed's inline form (a leading space, then date). */
  static final String ARTICLE = " date 2025-08-20 Peru and Ecuador agreed on Tuesday to a 30-day"
      + " ceasefire along their northern border, the two foreign ministries said in a joint statement.\n\n"
      + "Peruvian Foreign Minister Lucia Ramos said the truce would \"give the families in the valley"
      + " some peace\".\n";

  public static void main(String[] args) throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new NewsEventsModule());
    Extraction extraction = NewsEvents.extract(ARTICLE);

    String json = mapper.writeValueAsString(extraction);
    Extraction back = mapper.readValue(json, Extraction.class);

    System.out.println("JSON: " + json.length() + " chars");
    // one record of the wire format: enums by name, the duration as an ISO-8601 period
    System.out.println("first ceasefire: " + mapper.writeValueAsString(extraction.ceasefires().get(0)));
    System.out.println("read back equals the original: " + back.equals(extraction));
  }
}
