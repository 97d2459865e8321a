package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.MeetingKind;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A government readout's "X spoke with the President of Kenya, Y" (a conversation of two, the other
 * side named by a title after "the"): a call. Not "spoke with the press". And a briefing's "she will
 * sit down with Y": a meeting. The texts are made up.
 */
class ReadoutCallsTest {
  @Test
  void spokeWithTheTitledIsACallWithTheHolderInApposition() {
    Extraction x = extract(article("2025-04-14",
        "Prime Minister Ola Berg today spoke with the President of Chile, Tomas Vera."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(Set.copyOf(m.participants())).isEqualTo(Set.of("ola-berg", "tomas-vera"));
      assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
    });
  }

  @Test
  void spokeWithTheStatesTitledIsACallWithThatState() {
    Extraction x = extract(article("2025-04-14", "Prime Minister Ola Berg spoke with the Chilean president on Monday."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(Set.copyOf(m.participants())).isEqualTo(Set.of("ola-berg", "chile")));
  }

  @Test
  void spokeWithTheMediaIsNoCall() {
    assertThat(extract(article("2025-04-14", "Prime Minister Ola Berg spoke with the Associated Press on Monday."))
        .meetings()).isEmpty();
    assertThat(extract(article("2025-04-14", "Prime Minister Ola Berg spoke with the press in Oslo on Monday."))
        .meetings()).isEmpty();
  }

  @Test
  void sitDownWithIsAMeetingInEveryTense() {
    // "will sit down with", "sits down with", like "sat down with"; not "will sit on the board"
    Extraction planned = extract(article("2025-04-14",
        "Foreign Minister Ana Soto will be in Lima, where she will sit down with Chilean Foreign Minister Tomas Vera."));
    assertThat(planned.meetings()).singleElement()
        .satisfies(m -> assertThat(Set.copyOf(m.participants())).isEqualTo(Set.of("ana-soto", "tomas-vera")));
    assertThat(extract(article("2025-04-14", "President Ana Soto and President Tomas Vera will sit on the board."))
        .meetings()).isEmpty();
  }

  @Test
  void speakingByTelephoneToThePressIsNoCall() {
    // the interview opening the sentence is no call, and does not swallow the call the sentence reports
    Extraction x = extract(article("2025-04-14", "Speaking by telephone to journalists in Lima, Ana Soto said the"
        + " extension had been agreed during a telephone conversation with President Tomas Vera on Thursday."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(Set.copyOf(m.participants())).isEqualTo(Set.of("ana-soto", "tomas-vera")));
  }
}
