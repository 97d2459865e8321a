package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.MeetingStatus;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 6: an event that is the object of a verb of refusal ("ruled out a meeting",
 * "rejected talks", "turned down a truce") is refused, not held or agreed: no meeting, and a
 * rejected ceasefire. "Did not rule out" leaves it possible. Made-up sentences.
 */
class RefusedEventsTest {
  @Test
  void aMeetingRuledOutOrRejectedIsNoMeeting() {
    assertThat(extract(article("2025-04-14", "Ana Lopez ruled out a meeting with Jorge Vidal.")).meetings()).isEmpty();
    assertThat(extract(article("2025-04-14", "Ana Lopez rejected any direct talks with Jorge Vidal.")).meetings()).isEmpty();
    assertThat(extract(article("2025-04-14", "Ana Lopez turned down a meeting with Jorge Vidal.")).meetings()).isEmpty();
  }

  @Test
  void aMeetingNotRuledOutIsPossible() {
    Extraction x = extract(article("2025-04-14", "Ana Lopez did not rule out a meeting with Jorge Vidal."));
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.POSSIBLE));
  }

  @Test
  void aTruceRuledOutOrTurnedDownIsRejected() {
    for (String sentence : new String[] {"Peru ruled out a truce with Chile.", "Peru turned down a ceasefire with Chile.",
        "Peru spurned a truce with Chile."}) {
      Extraction x = extract(article("2025-04-14", sentence));
      assertThat(x.ceasefires()).as(sentence).singleElement()
          .satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.REJECTED));
    }
    Extraction y = extract(article("2025-04-14", "Peru did not rule out a truce with Chile."));
    assertThat(y.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.PROPOSED));
  }

  @Test
  void aRulingOnSomethingElseRefusesNothing() {
    // "ruled" without "out", "turned" without "down": no refusal of the talks
    Extraction x = extract(article("2025-04-14", "The court ruled the talks between Peru and Chile lawful on Monday."));
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.HELD));
  }

  @Test
  void talksAsTheTopicOfAStanceAreNoMeeting() {
    // pattern: "<stance noun> on/to <talks>": "the softening on nuclear talks", "Peru's stance on talks
    // with Chile": a position about talks, not talks held; "talks on the new position" still are
    for (String s : new String[] {
        "The softening on nuclear talks is part of a charm offensive by Peru after years of icy relations under"
            + " President Ana Quispe.",
        "Peru's stance on talks with Chile has hardened since March."}) {
      assertThat(extract(article("2025-04-14", "Talks", s)).meetings()).as(s).isEmpty();
    }
    assertThat(extract(article("2025-04-14", "Talks",
        "Peru's foreign minister met his Chilean counterpart for talks on the new position of the border.")).meetings())
        .hasSize(1);
  }

  @Test
  void welcomingWhatAStateDidIsNoReception() {
    // pattern: "welcomed the Peru-Chile announcement", "welcomed the Chilean decision": a state's name
    // that modifies a noun is no guest; "welcomed Chilean President Luis Soto in Lima" still is
    for (String sentence : java.util.List.of("UN chief Ana Quispe welcomed the Peru-Chile announcement on Monday.",
        "UN chief Ana Quispe welcomed the Chile decision on Monday.")) {
      assertThat(extract(article("2025-04-14", "Reaction", sentence)).meetings()).as(sentence).isEmpty();
    }
    Extraction x = extract(article("2025-04-14", "Visit",
        "Peruvian President Ana Quispe welcomed Chilean President Luis Soto in Lima on Monday."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("ana-quispe", "luis-soto"));
  }
}
