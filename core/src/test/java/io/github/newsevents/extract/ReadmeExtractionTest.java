package io.github.newsevents.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.gazetteer.EntryKind;
import io.github.newsevents.gazetteer.Gazetteer;
import io.github.newsevents.gazetteer.GazetteerEntry;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.Statement;
import io.github.newsevents.model.StatementKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "Extracting events" section says what this code gives; these tests hold it to that. */
class ReadmeExtractionTest {
  private static final String ARTICLE = String.join("\n",
      "date 2025-04-12",
      "",
      "Foreign Minister Lena Marsh of Norway met Russian President Oskar Vallin in Moscow on Friday.",
      "",
      "\"We are closer than we were,\" she said. \"But nothing is agreed.\"",
      "");

  @Test
  void theReadmeShowsThisArticle() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    for (String line : ARTICLE.split("\n")) {
      assertThat(readme).contains(line);
    }
  }

  @Test
  void theExtractionIsWhatTheReadmeSays() {
    Extraction x = NewsEvents.extract(ARTICLE);

    Actor marsh = x.actor("lena-marsh").orElseThrow();
    assertThat(marsh.kind()).isEqualTo(ActorKind.PERSON);
    assertThat(marsh.titles()).containsExactly("Foreign Minister");
    assertThat(marsh.country()).contains("NOR");
    assertThat(x.actor("norway")).isPresent();
    assertThat(x.actor("oskar-vallin").orElseThrow().country()).contains("RUS");

    assertThat(x.statements()).hasSize(2).allSatisfy(s -> {
      assertThat(s.kind()).isEqualTo(StatementKind.DIRECT);
      assertThat(s.speaker()).contains("lena-marsh");
      assertThat(s.verb()).contains("said");
    });
    assertThat(x.statements()).extracting(Statement::text)
        .containsExactly("We are closer than we were,", "But nothing is agreed.");

    Meeting m = x.meetings().get(0);
    assertThat(x.meetings()).hasSize(1);
    assertThat(m.participants()).containsExactly("lena-marsh", "oskar-vallin");
    assertThat(m.kind()).isEqualTo(MeetingKind.IN_PERSON);
    assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
    assertThat(m.location().orElseThrow().name()).isEqualTo("Moscow");
    assertThat(m.date().map(Object::toString)).contains("2025-04-11");
  }

  @Test
  void aGazetteerEntryOfYourOwnMakesAnActor() {
    String text = "date 2025-04-12\n\nThe Arctic Council said on Friday that shipping talks would resume.\n";
    Gazetteer gazetteer = Gazetteer.defaults().toBuilder()
        .add(GazetteerEntry.of(EntryKind.ORGANIZATION, "Arctic Council", null, List.of()))
        .build();
    Extractor extractor = Extractor.withGazetteer(gazetteer);

    Extraction x = extractor.extract(NewsEvents.parseArticle(text));

    assertThat(x.actors()).extracting(Actor::name).contains("Arctic Council");
    assertThat(Extractor.defaults().extract(NewsEvents.parseArticle(text)).actors())
        .extracting(Actor::name).doesNotContain("Arctic Council");
  }
}
