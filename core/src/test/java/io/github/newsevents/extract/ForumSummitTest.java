package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, points 1 and 5: the gathering of an intergovernmental body ("the NATO summit", "the
 * summit of the African Union") is the body's own meeting, of its members among themselves, with
 * the person the clause shows taking part ("X told the SCO summit"); the other names of its clause
 * are what it discussed, not sides. A compound of sides ("an ASEAN-U.S. meeting") is no forum's.
 * Made-up sentences.
 */
class ForumSummitTest {
  @Test
  void aForumsSummitIsItsOwnMeetingAndNotOfWhatItDiscussed() {
    Extraction x = extract(article("2025-04-14", "The NATO summit in Vilnius ended on Wednesday with a pledge to Ukraine."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactly("nato");
      assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
      assertThat(m.location()).hasValueSatisfying(l -> assertThat(l.name()).isEqualTo("Vilnius"));
    });
  }

  @Test
  void aPersonWhoAddressesTheSummitTakesPart() {
    Extraction x = extract(article("2025-04-14",
        "Chinese President Xi Jinping told the Shanghai Cooperation Organisation summit in Astana on Thursday"
            + " that the bloc must resist interference."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("shanghai-cooperation-organisation", "xi-jinping");
      assertThat(m.date()).hasValue(PartialDate.of(2025, 4, 10));
    });
  }

  @Test
  void theSummitOfABodyAfterOf() {
    Extraction x = extract(article("2025-04-14", "The last summit of the African Union was held in Addis Ababa in February."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactly("african-union");
      assertThat(m.date()).hasValue(PartialDate.ofMonth(2025, 2));
    });
  }

  @Test
  void aCompoundOfSidesIsNoForumsMeeting() {
    Extraction x = extract(article("2025-04-14", "Anwar Ibrahim proposed an ASEAN-U.S. meeting to the White House."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).contains("asean", "united-states"));
  }

  @Test
  void aBodyThatHoldsASummitHoldsItsOwnMeeting() {
    Extraction x = extract(article("2025-04-14", "The European Council will hold a summit in Brussels next week."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactly("european-council");
      assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
    });
  }

  @Test
  void thePresentSimpleWithADayToComeIsScheduled() {
    // "EU leaders meet in Brussels on Thursday" (published on a Monday): that Thursday, planned
    Extraction x = extract(article("2025-04-14",
        "Peruvian President Ana Ruiz meets Chilean President Tomas Vera in Lima on Friday."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
      assertThat(m.date()).hasValue(PartialDate.of(2025, 4, 18));
    });
    Extraction past = extract(article("2025-04-14",
        "Peruvian President Ana Ruiz met Chilean President Tomas Vera in Lima on Friday."));
    assertThat(past.meetings()).singleElement().satisfies(m -> {
      assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
      assertThat(m.date()).hasValue(PartialDate.of(2025, 4, 11));
    });
  }
}
