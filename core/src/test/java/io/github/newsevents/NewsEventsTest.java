package io.github.newsevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsevents.model.Article;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.parse.ArticleAssertions;
import io.github.newsevents.parse.ArticleParser;
import io.github.newsevents.validate.ValidationResult;
import io.github.newsevents.validate.Violation;
import org.junit.jupiter.api.Test;

class NewsEventsTest {

  @Test
  void parseArticleUsesTheDefaultParser() {
    String seed = ArticleAssertions.seed();
    Article article = NewsEvents.parseArticle(seed);
    assertThat(article).isEqualTo(ArticleParser.defaults().parse(seed));
    assertThat(article.published()).contains(PartialDate.of(2025, 4, 12));
    assertThat(article.paragraphs()).hasSize(12);
  }

  @Test
  void theJavadocExampleHolds() {
    Article article = NewsEvents.parseArticle("date 2025-04-12\n\nMOSCOW (Reuters) - Talks began.");
    assertThat(article.published()).contains(PartialDate.of(2025, 4, 12));
    assertThat(article.dateline().orElseThrow().agency()).contains("Reuters");
    assertThat(article.paragraphs().get(0).text()).isEqualTo("Talks began.");
  }

  @Test
  void nullIsRejectedNamingTheParameter() {
    assertThatThrownBy(() -> NewsEvents.parseArticle(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void validateUsesTheStandardRules() {
    Extraction extraction = new Extraction.Builder()
        .article(new Article.Builder().text("Putin met.").build())
        .addMeeting(new Meeting.Builder()
            .addParticipant("vladimir-putin")
            .kind(MeetingKind.IN_PERSON)
            .status(MeetingStatus.HELD)
            .build())
        .build();

    ValidationResult result = NewsEvents.validate(extraction);

    assertThat(result.isValid()).isFalse();
    assertThat(result.violations())
        .extracting(Violation::code)
        .containsExactly("reference.actor.unknown", "meeting.participants.too-few");
  }

  @Test
  void validateRefusesNull() {
    assertThatThrownBy(() -> NewsEvents.validate(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("extraction");
  }
}
