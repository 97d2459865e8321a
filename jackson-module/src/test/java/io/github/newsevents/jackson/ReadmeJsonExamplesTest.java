package io.github.newsevents.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.Place;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The code of the README's "JSON" section, run; and the README checked to still show it. */
class ReadmeJsonExamplesTest {
  private static final String WRITTEN = "{\"participants\":[\"steve-witkoff\",\"yuri-ushakov\"],"
      + "\"location\":{\"name\":\"St. Petersburg\",\"country\":\"RUS\"},\"date\":\"2025-04-11\","
      + "\"kind\":\"IN_PERSON\",\"status\":\"HELD\",\"host\":null,\"topics\":[\"war in Ukraine\"],\"evidence\":[]}";

  private static final String READ = """
      {"schemaVersion": "1",
       "article": {"text": "Witkoff met Ushakov in St. Petersburg."},
       "actors": [{"id": "steve-witkoff", "name": "Steve Witkoff", "kind": "PERSON"},
                  {"id": "yuri-ushakov", "name": "Yuri Ushakov", "kind": "PERSON"}],
       "meetings": [{"participants": ["steve-witkoff", "yuri-ushakov"],
                     "location": {"name": "St. Petersburg", "country": "RUS"},
                     "kind": "IN_PERSON", "status": "HELD"}]}
      """;

  private static Meeting meetingBuiltAbove() {
    return new Meeting.Builder()
        .addParticipants("steve-witkoff", "yuri-ushakov")
        .location(Place.of("St. Petersburg", "RUS"))
        .date(PartialDate.parse("2025-04-11"))
        .kind(MeetingKind.IN_PERSON)
        .status(MeetingStatus.HELD)
        .addTopic("war in Ukraine")
        .build();
  }

  @Test
  void writing() throws Exception {
    Meeting meeting = meetingBuiltAbove();

    ObjectMapper mapper = new ObjectMapper().registerModule(new NewsEventsModule());

    String json = mapper.writeValueAsString(meeting);

    assertThat(json).isEqualTo(WRITTEN);
    assertThat(mapper.readValue(json, Meeting.class)).isEqualTo(meeting);
  }

  @Test
  void reading() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new NewsEventsModule());

    Extraction extraction = mapper.readValue(READ, Extraction.class);

    assertThat(extraction.meetings().get(0).location().get().name()).isEqualTo("St. Petersburg");
    assertThat(extraction.actors()).hasSize(2);
  }

  @Test
  void ignoringUnknownProperties() throws Exception {
    ObjectMapper lenient = new ObjectMapper()
        .registerModule(NewsEventsModule.builder().ignoreUnknownProperties(true).build());

    assertThat(lenient.readValue("{\"article\": {\"text\": \"\", \"sentiment\": -0.4}}", Extraction.class)
            .article().text())
        .isEmpty();
  }

  @Test
  void theReadmeShowsThisCode() throws Exception {
    String readme = Files.readString(Path.of(System.getProperty("basedir", "."), "..", "README.md"));

    assertThat(readme)
        .contains("## JSON")
        .contains("// " + WRITTEN)
        .contains("ObjectMapper mapper = new ObjectMapper().registerModule(new NewsEventsModule());")
        .contains("String json = mapper.writeValueAsString(meeting);")
        .contains(".registerModule(NewsEventsModule.builder().ignoreUnknownProperties(true).build());")
        .contains("extraction.meetings().get(0).location().get().name();   // \"St. Petersburg\"");
    for (String line : READ.split("\n")) {
      assertThat(readme).contains("    " + line);
    }
  }
}
