package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 8 (attributes): a date right after a verb that is both one of saying and the
 * event's own ("agreed on Monday to a ceasefire", "announced on Sunday a truce") dates the event
 * it governs; after a verb of saying alone ("said on Monday a truce was in force") it dates the
 * report. Made-up sentences.
 */
class EventVerbDatesTest {
  @Test
  void aDateAfterTheEventsOwnVerbDatesTheEvent() {
    // pattern: <verb of agreeing or announcing> on <day> to/a <event>
    Extraction x = extract(article("2025-04-14", "Truce",
        "Peru and Chile agreed on Monday to an immediate ceasefire after talks in Quito."));
    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.date()).contains(PartialDate.of(2025, 4, 14)));
  }

  @Test
  void aDateAfterAVerbOfSayingAloneDatesTheReport() {
    // pattern: "said on <day> (that) <event>": the day of the report
    Extraction x = extract(article("2025-04-14", "Truce",
        "Peru said on Monday a ceasefire with Chile was in force."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.date()).isEmpty());
  }

  @Test
  void aDateBeforeAnInfinitiveOrAReportedClauseIsNotTheEventsOwn() {
    // pattern: "agreed on Monday to meet", "announced on Monday that talks ... would open": the day
    // of the agreement or the announcement, not of the event to come
    Extraction x = extract(article("2025-04-14", "Talks", "Peru and Chile agreed on Monday to meet again in Quito."));
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.date()).isEmpty());
  }

  @Test
  void aDateAfterAVerbInThePastTenseIsPastEvenForAProposal() {
    // pattern: "<verb>-ed (him) on <day> that ... ready for a ceasefire": the day is behind, though
    // the truce it reports is still to come
    Extraction x = extract(article("2025-05-20", "Truce talks",
        "Peru and Chile have fought along their border since March.",
        "A Peruvian minister said a Brazilian envoy informed him on May 10 that Chile was ready for a ceasefire."));
    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.date()).contains(PartialDate.of(2025, 5, 10)));
  }

  @Test
  void aDateAfterAParticipleOfSchedulingStaysAhead() {
    // pattern: "is expected on <day>", "are scheduled on <day>": a time ahead, not a past verb's date
    Extraction x = extract(article("2025-05-20", "Call",
        "A phone call between Peruvian President Ana Quispe and Chilean President Luis Soto is expected on Friday,"
            + " officials said."));
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.date()).contains(PartialDate.of(2025, 5, 23)));
  }

  @Test
  void aRangeOfDaysDatesTheEventByItsFirstDay() {
    // pattern: "March 23-25", "on 8-12 October": talks over several days are dated by the first one;
    // a score ("a 2-1 vote") or a reversed range ("25-23") is no day, and nothing throws
    Extraction x = extract(article("2025-04-14", "Talks", "Peru and Chile held talks in Lima on March 23-25."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.date()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2025-03-23")));
    Extraction y = extract(article("2025-04-14", "Talks", "Peru and Chile will hold talks in Lima on 8-12 October."));
    assertThat(y.meetings()).singleElement()
        .satisfies(m -> assertThat(m.date()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2025-10-08")));
    Extraction z = extract(article("2025-04-14", "Talks", "Peru and Chile held talks in Lima on March 25-23 after a 2-1 vote."));
    assertThat(z.meetings()).singleElement()
        .satisfies(m -> assertThat(m.date()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2025-03")));
  }

  @Test
  void aTruceVerbAfterToIsDatedByTheAgreement() {
    // pattern: "agreed on Monday to halt strikes": the truce was agreed that day; "agreed on Monday to
    // meet in May" still dates the meeting in May
    Extraction x = extract(article("2025-04-14", "Truce", "Peru and Chile agreed on Monday to halt strikes for 30 days."));
    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.date()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2025-04-14")));
    Extraction y = extract(article("2025-04-14", "Talks", "Peru and Chile agreed on Monday to meet in May."));
    assertThat(y.meetings()).singleElement()
        .satisfies(m -> assertThat(m.date()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2025-05")));
  }
}
