package io.github.newsevents.examples;

import static io.github.newsevents.model.MeetingStatus.HELD;
import static io.github.newsevents.testkit.assertj.ExtractionAssert.assertThat;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The README's "Testing your own parser" assertions, as a JUnit 5 test: fluent AssertJ assertions
 * on an extraction (here the extractor's; in your project, your parser's).
 */
class TestingYourParserTest {
  @Test
  void assertionsReadLikeTheArticle() {
    Extraction e = NewsEvents.extract(ExtractAnArticle.ARTICLE);

    assertThat(e).hasStatement().by("Ingrid Solberg").containing("before the season opens");
    assertThat(e).hasMeeting().between("Ingrid Solberg", "Magnus Eriksson").withStatus(HELD);
    assertThat(e).hasNoCeasefire();
  }

  @Test
  void theSeedArticlesExpectedExtraction() {
    Extraction expected = Fixtures.seedArticle().expectedExtraction();

    assertThat(expected).hasStatement().by("Dmitry Peskov").containing("businesslike");
    assertThat(expected).hasMeeting().between("Steve Witkoff", "Yuri Ushakov").withStatus(HELD);
  }
}
