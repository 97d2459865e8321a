package io.github.newsevents.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.MeetingKind;
import org.junit.jupiter.api.Test;

/**
 * "negotiated" with a coordinated subject and no object is a symmetric verb: the two sides held
 * talks ("A and his counterpart B negotiated face to face", "Peru and Chile negotiated for two days");
 * with an object it is something negotiated ("negotiated a deal"), no meeting.
 */
class SymmetricNegotiationTest {
  private static Extraction extract(String... paragraphs) {
    return Extractor.defaults().extract(NewsEvents.parseArticle(News.article("2026-05-13", paragraphs)));
  }

  @Test
  void twoPeopleCoordinatedWithTitlesNegotiatingIsTalks() {
    Extraction x = extract(
        "Foreign Minister Aram Petrosyan and his Azerbaijani counterpart Elnur Aliyev negotiated face to face on Friday.");

    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("aram-petrosyan", "elnur-aliyev");
      assertThat(m.kind()).isEqualTo(MeetingKind.TALKS);
    });
  }

  @Test
  void twoStatesNegotiatingWithAPlaceIsTalksThere() {
    Extraction x = extract("Peru and Chile negotiated for two days in Lima this week.");

    assertThat(x.meetings()).singleElement().satisfies(m ->
        assertThat(m.participants()).containsExactlyInAnyOrder("peru", "chile"));
  }

  @Test
  void negotiatingAnObjectIsNoMeeting() {
    Extraction x = extract("Peru and Chile negotiated a deal on fishing rights on Friday.");

    assertThat(x.meetings()).isEmpty();
  }
}
