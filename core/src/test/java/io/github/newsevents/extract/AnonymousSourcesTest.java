package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 16 (and issue 17, point 6): an anonymous source described by a noun and the phrase news
 * English puts after it ("familiar with the talks", "close to the president", "briefed on the
 * negotiations", "with knowledge of the matter") speaks as one unnamed person of that description.
 * Made-up sentences.
 */
class AnonymousSourcesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"The first convoy crosses within days,\" a person briefed on the negotiations said.|person briefed on the negotiations",
      "\"The border stays closed,\" one aide close to the president said.|aide close to the president",
      "\"The border stays closed,\" said a diplomat familiar with the talks.|diplomat familiar with the talks",
      "\"The border stays closed,\" a source with knowledge of the matter told reporters.|source with knowledge of the matter"})
  void aPostModifiedSourceSpeaksAsOneUnnamedPerson(String sentence, String description) {
    Extraction x = extract(article("2025-04-14", sentence));
    Statement s = x.statements().get(0);
    Actor speaker = x.actors().stream().filter(a -> s.speaker().equals(java.util.Optional.of(a.id()))).findFirst()
        .orElseThrow(() -> new AssertionError("no speaker for " + s));
    assertThat(speaker.name()).isEqualTo(description);
    assertThat(speaker.unnamed()).isTrue();
  }
}
