package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static io.github.newsevents.extract.News.speaker;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Extraction;
import org.junit.jupiter.api.Test;

/** Issue 16, point 4 (statement precision): a quoted title-case name is no statement. Made-up texts. */
class QuotedTitleTest {
  @Test
  void aQuotedShowNameInRunningTextIsNoStatementAndItsSpeakerGoesOn() {
    Extraction x = extract(article("2025-04-14",
        "Foreign Minister Lena Marsh told \"Morning Hour With Tom\" host Tom Berg that talks would resume.",
        "\"We are ready to talk,\" she said."));
    assertThat(x.statements()).noneSatisfy(s -> assertThat(s.text()).contains("Morning Hour"));
    assertThat(x.statements()).filteredOn(s -> s.text().contains("ready to talk"))
        .singleElement().satisfies(s -> assertThat(speaker(x, s)).contains("Lena Marsh"));
  }

  @Test
  void aQuotedLowerCasePhraseStaysAStatement() {
    Extraction x = extract(article("2025-04-14",
        "Foreign Minister Lena Marsh said the talks had been \"very useful indeed\"."));
    assertThat(x.statements()).anySatisfy(s -> assertThat(s.text()).contains("very useful indeed"));
  }
}
