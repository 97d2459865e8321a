package io.github.newsevents.testkit.assertj;

import static io.github.newsevents.model.CeasefireStatus.AGREED;
import static io.github.newsevents.model.MeetingStatus.HELD;
import static io.github.newsevents.model.MeetingStatus.PLANNED;
import static io.github.newsevents.testkit.assertj.ExtractionAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.CeasefireScope;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.StatementKind;
import io.github.newsevents.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class ExtractionAssertTest {
  private static final Extraction SEED = Fixtures.seedArticle().expectedExtraction();

  @Test
  void theExamplesOfTheIssueHoldForTheSeedsExpectedExtraction() {
    assertThat(SEED).hasStatement().by("Dmitry Peskov").containing("businesslike");
    assertThat(SEED).hasMeeting().between("Steve Witkoff", "Yuri Ushakov").withStatus(HELD);
    assertThat(SEED).hasCeasefire().between("United States", "Ukraine").withStatus(AGREED)
        .withScope(CeasefireScope.FULL).lastingDays(30);
  }

  @Test
  void namesMatchBySurnameAliasOrCaseAndConditionsChain() {
    assertThat(SEED).hasStatement().by("Peskov").withKind(StatementKind.DIRECT)
        .containing("THEORETICALLY").and()
        .hasMeeting().between("putin", "Trump").withKind(MeetingKind.PHONE_CALL).and()
        .hasMeeting().between("Witkoff").at("St. Petersburg").on("2025-04-11").and()
        .hasActor("President Putin");
  }

  @Test
  void aMissingStatementShowsTheNearestCandidates() {
    assertThatThrownBy(() -> assertThat(SEED).hasStatement().by("Dmitry Peskov").containing("hostile"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting a statement by \"Dmitry Peskov\", containing \"hostile\", but found none.")
        .hasMessageContaining("Nearest candidates:")
        .hasMessageContaining("Dmitry Peskov (DIRECT): \"businesslike\"")
        .hasMessageNotContaining("Donald Trump");
  }

  @Test
  void aMissingMeetingShowsTheMeetingsSharingMostParticipantsFirst() {
    assertThatThrownBy(() -> assertThat(SEED).hasMeeting().between("Steve Witkoff", "Dmitry Peskov"))
        .hasMessageContaining("Expecting a meeting between \"Steve Witkoff\" and \"Dmitry Peskov\", but found none.")
        .hasMessageContaining("Nearest candidates:\n  Steve Witkoff, Yuri Ushakov, Kirill Dmitriev (IN_PERSON, HELD, 2025-04-11, St. Petersburg)".replace("\n", System.lineSeparator()));
    assertThatThrownBy(() -> assertThat(SEED).hasMeeting().between("Steve Witkoff", "Yuri Ushakov").withStatus(PLANNED))
        .hasMessageContaining("Expecting a meeting between \"Steve Witkoff\" and \"Yuri Ushakov\", with status PLANNED, but found none.")
        .hasMessageContaining("(IN_PERSON, HELD, 2025-04-11, St. Petersburg)");
  }

  @Test
  void hasNoCeasefireListsThoseThereAre() {
    assertThatThrownBy(() -> assertThat(SEED).hasNoCeasefire())
        .hasMessageContaining("Expecting no ceasefire, but the extraction has 2:")
        .hasMessageContaining("United States, Ukraine (AGREED, FULL, P30D, 2025-03)");
    Extraction calm = NewsEvents.extract("date 2031-02-03\n\nThe two ministers met in Valmora on Monday.");
    assertThat(calm).hasNoCeasefire().hasNoStatement();
  }

  @Test
  void anEmptyExtractionFailsAtTheFirstSearch() {
    Extraction empty = NewsEvents.extract("Nothing happened.");

    assertThatThrownBy(() -> assertThat(empty).hasStatement())
        .hasMessage("Expecting a statement, but the extraction has none");
    assertThatThrownBy(() -> assertThat(empty).hasMeeting())
        .hasMessage("Expecting a meeting, but the extraction has none");
    assertThatThrownBy(() -> assertThat(empty).hasCeasefire())
        .hasMessage("Expecting a ceasefire, but the extraction has none");
  }
}
