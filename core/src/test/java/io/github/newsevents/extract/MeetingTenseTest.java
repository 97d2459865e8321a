package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 6: the status of a meeting told by a finite verb in the past tense. What the verb
 * reports happened; a word of possibility after it belongs to the purpose or the outcome that
 * follows, not to the meeting. An event in an "after" or "following" adjunct of a reporting verb
 * ("X told reporters after her meeting with Y that ...") came before the report: held, and neither
 * the status nor the date of the reported words after "that" is its; a plural "they" in those words
 * holds the speaker too. Made-up sentences.
 */
class MeetingTenseTest {
  @Test
  void aPossibleOutcomeAfterAPastVerbLeavesTheMeetingHeld() {
    Extraction x = extract(article("2025-04-14",
        "Envoys of Peru and Chile met in Lima to negotiate a truce ahead of a possible end to the dispute."));
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.HELD));
  }

  @Test
  void aPastLightVerbReportsTalksHeldWhateverTheyMayLeadTo() {
    Extraction x = extract(article("2025-04-14", "Peru and Chile held talks on Monday that could lead to a deal."));
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.HELD));
  }

  @Test
  void aModalBeforeAPerfectStillMakesItPossible() {
    Extraction x = extract(article("2025-04-14", "Peru and Chile could have met on Monday, officials said."));
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.POSSIBLE));
  }

  @Test
  void anInfinitiveIsNoPastTense() {
    Extraction x = extract(article("2025-04-14", "Peru and Chile are expected to meet on Friday."));
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED));
  }

  @Test
  void kickingOffTalksIsNoCancellation() {
    // "off" cancels after "call" or "be" ("called off", "the summit is off"), not in "kick off"
    Extraction x = extract(article("2025-04-14", "Peru and Chile kicked off formal talks in Lima on Monday."));
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.status()).isNotEqualTo(MeetingStatus.CANCELLED));
    Extraction y = extract(article("2025-04-14", "The talks between Peru and Chile were called off on Monday."));
    assertThat(y.meetings()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.CANCELLED));
    Extraction z = extract(article("2025-04-14", "The summit between Peru and Chile is off, officials said."));
    assertThat(z.meetings()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.CANCELLED));
  }

  @Test
  void resumedTalksAreHeld() {
    Extraction x = extract(article("2025-04-14", "Peru resumed talks with Chile on Monday after a pause that could have ended them."));
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.HELD));
  }

  @Test
  void toOpenTalksIsAPlanNotAWish() {
    // "open to talks" is a wish; "to open talks" a plan
    Extraction x = extract(article("2025-04-14", "Peru is expected to open talks with Chile next week."));
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED));
    Extraction y = extract(article("2025-04-14", "Peru is open to talks with Chile, its minister said."));
    assertThat(y.meetings()).isEmpty();
  }

  @Test
  void aRelativeClauseOfPlansBeforeAVerbOfCallingOffIsCancelled() {
    // pattern: "The summit, which had been scheduled for June, was called off": the relative
    // clause tells the plan, the main verb after it what became of the event; and a relative clause
    // that itself calls the event off ("which was cancelled at short notice") says so too
    for (String s : java.util.List.of(
        "A summit between Peru and Chile in Quito, which had been scheduled for next week, was called off on Tuesday.",
        "The meeting between Peru and Chile, which was due on May 20, has been cancelled.",
        "The summit between Peru and Chile, which had been planned for June, was postponed.",
        "An earlier round of talks between Peru and Chile, which was cancelled at short notice, left both sides bitter.")) {
      Extraction x = extract(article("2026-05-13", s));
      assertThat(x.meetings()).as(s).singleElement()
          .satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.CANCELLED));
    }
    // a relative clause of another thing, or of the event's own course, changes nothing
    for (String s : java.util.List.of("Peru and Chile held talks in Lima, which was hit by floods last week, on Monday.",
        "The talks between Peru and Chile, which lasted three hours, were held in Lima on Monday.")) {
      Extraction x = extract(article("2026-05-13", s));
      assertThat(x.meetings()).as(s).singleElement()
          .satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.HELD));
    }
  }

  @Test
  void anInclinationTowardsTalksHadOrLackedIsNoEvent() {
    // pattern: "interested in talks", "no appetite for talks", "a desire for talks": what a side
    // feels about talks, no talks held or planned
    for (String s : java.util.List.of("Peru said it was not interested in talks with Chile.",
        "Peru showed little appetite for talks with Chile.", "Peru voiced a desire for talks with Chile.",
        "Peru has expressed interest in talks with Chile.")) {
      assertThat(extract(article("2025-04-14", s)).meetings()).as(s).isEmpty();
    }
    // the intention of a verb of holding is a plan: "keen to have talks"
    Extraction x = extract(article("2025-04-14", "Peru is keen to hold talks with Chile next week."));
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED));
  }

  @Test
  void laterBeforeAPastVerbIsPast() {
    // "later" opens a plan only before a future ("later this month"); "later spoke" happened
    Extraction x = extract(article("2025-04-14",
        "Chilean President Oskar Vallin later spoke with Norwegian Prime Minister Lena Marsh by phone."));
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.HELD));
  }

  @Test
  void laterThisMonthIsStillAPlan() {
    Extraction x = extract(article("2025-04-14",
        "Chilean President Oskar Vallin will meet Norwegian Prime Minister Lena Marsh later this month."));
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED));
  }

  @Test
  void talksInAnAdjunctOfAfterWereHeldBeforeTheAgreement() {
    // "agreed to a truce after talks in Oslo": the talks came first; "agreed to hold talks" plans them
    Extraction after = extract(article("2025-04-14", "Peru and Chile agreed to a ceasefire after talks in Oslo."));
    assertThat(after.meetings()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.HELD));
    Extraction plan = extract(article("2025-04-14", "Peru and Chile agreed to hold talks in Oslo."));
    assertThat(plan.meetings()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED));
  }

  @Test
  void aDateBetweenAVerbOfAgreeingAndToKeepsItsSubjectsAsSides() {
    // "agreed on Sunday to a truce after talks": a commitment, not a report dated Sunday
    Extraction x = extract(article("2025-04-14", "Peru and Chile agreed on Sunday to a ceasefire after talks in Oslo."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("peru", "chile"));
  }

  @Test
  void futureTalksLeftOpenAreWillingnessNotAnEvent() {
    // "left the door open for future talks": stated willingness, like "open to talks" (issue 15,
    // point 6: non-events); "talks could take place in May" is a possible event
    Extraction x = extract(article("2025-04-14", "Peru left the door open for future talks with Chile, though it gave no date."));
    assertThat(x.meetings()).isEmpty();
    Extraction y = extract(article("2025-04-14", "Talks between Peru and Chile could take place in May."));
    assertThat(y.meetings()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.POSSIBLE));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "Ana Lopez told reporters after her meeting with Jorge Vidal on Monday that trade would resume.",
      "Ana Lopez said following the talks with Jorge Vidal in Quito that the border would reopen."})
  void anEventAfterWhichSomeoneReportsWasHeld(String sentence) {
    Extraction x = extract(article("2025-04-14", sentence));
    assertThat(x.meetings()).as(sentence).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("ana-lopez", "jorge-vidal");
      assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
    });
  }

  @Test
  void theReportedWordsKeepTheirOwnMeetingAndDate() {
    Extraction x = extract(article("2025-04-14",
        "Ana Lopez said after the call with Jorge Vidal that they would meet again next month."));
    assertThat(x.meetings()).hasSize(2).anySatisfy(m -> {
      assertThat(m.kind()).isEqualTo(io.github.newsevents.model.MeetingKind.PHONE_CALL);
      assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
      assertThat(m.date()).isEmpty();
    }).anySatisfy(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("ana-lopez", "jorge-vidal");
      assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
      assertThat(m.date()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2025-05"));
    });
  }

  // A word of talks under way ("continue", "resume") governed by a modal of the future is the next
  // session, still to come; in a relative clause it describes talks under way.
  @Test
  void talksThatWillContinueOnADayToComeArePlannedForThatDay() {
    Extraction x = extract(article("2025-04-14", // a Monday
        "Peru and Chile held talks in Quito on Monday.", "The talks would continue on Wednesday, a mediator said."));
    assertThat(x.meetings()).extracting(m -> m.status() + " " + m.date().map(Object::toString).orElse("-"))
        .containsExactly("HELD 2025-04-14", "PLANNED 2025-04-16");
  }

  @Test
  void talksThatAreDueToContinueInARelativeClauseAreUnderWay() {
    Extraction x = extract(article("2025-04-14",
        "The two-day talks between Peru and Chile that are due to continue on Tuesday began in Quito."));
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.HELD));
  }

  @Test
  void goingOnWithAnActivityIsNoSessionToCome() {
    Extraction x = extract(article("2025-04-14", "Brazil will continue facilitating talks between Peru and Chile."));
    assertThat(x.meetings()).allSatisfy(m -> assertThat(m.status()).isNotEqualTo(MeetingStatus.PLANNED));
  }

  // An event noun that is the object of an infinitive light verb ("agreed to hold another round of
  // talks") is still to come, however many words stand between the verb and the noun.
  @Test
  void anEventNounAfterAnInfinitiveLightVerbIsPlanned() {
    Extraction x = extract(article("2025-04-14", "Peru and Chile agreed to hold another round of talks in May."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
      assertThat(m.date()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2025-05"));
    });
  }

  @Test
  void anInfinitiveLightVerbOfPurposeAfterAPastActIsHeld() {
    Extraction x = extract(article("2025-04-14", "Ana Lopez travelled to Quito on Monday to hold a round of talks with Chile."));
    assertThat(x.meetings()).allSatisfy(m -> assertThat(m.status()).isEqualTo(MeetingStatus.HELD));
  }

  // The recent perfect ("have just spoken") tells an event of the day of the remarks.
  @Test
  void aRecentPerfectIsDatedTheDayOfTheRemarks() {
    Extraction x = extract(article("2025-04-14", "Remarks by President Ana Lopez",
        "I have just spoken with President Jorge Vidal of Chile."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.date()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2025-04-14")));
  }

  @Test
  void aMeetingThatOneSideMissedWasCancelled() {
    // pattern: "missed / skipped <determiner> <meeting>": it did not take place; not "the missing link"
    Extraction x = extract(article("2025-04-14", "Peruvian President Ana Quispe skipped the planned talks with Chilean"
        + " President Luis Soto in Lima on Friday."));
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.CANCELLED));
  }

  @Test
  void talksThatAnInfinitiveOfArrangingOrAnEffortAimsAtAreStillToCome() {
    // pattern: "trying to arrange <talks>", "efforts to set up / arrange / hold <meeting>": a goal,
    // planned; "arranged talks ... on Monday" and the purpose of a past trip are not
    for (String s : new String[] {"Brazil is trying to arrange talks between Peru and Chile.",
        "Brazil is working to set up a meeting between Peru and Chile.",
        "Brazil stepped up its efforts to arrange the first direct talks in two years between Peru and Chile.",
        "Brazil stepped up efforts to hold talks between Peru and Chile.",
        // and one a commitment is made to: "are committed to a meeting", "pledged to further talks"
        "Peru and Chile are committed to a meeting between the foreign ministers of both countries.",
        "Peru and Chile pledged to further talks in Lima."}) {
      Extraction x = extract(article("2025-04-14", "Talks", s));
      assertThat(x.meetings()).as(s).singleElement()
          .satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED));
    }
    Extraction y = extract(article("2025-04-14", "Talks", "Brazil arranged talks between Peru and Chile in Lima on Monday."));
    assertThat(y.meetings()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.HELD));
  }

  @Test
  void aMeetingThatCalledOffPlansWereForIsCancelled() {
    // pattern: "plans for <meeting> ... have been canceled / were scrapped": the plans and the meeting
    // are off; "plans for a summit were announced" still plan it
    for (String s : new String[] {
        "Tentative plans for Peruvian Foreign Minister Rosa Vidal to visit Chile before mid-March for a dialogue on"
            + " trade have been canceled, two officials said on Thursday.",
        "Plans for a summit of Peru and Chile in Lima were scrapped on Monday."}) {
      Extraction x = extract(article("2025-04-14", "Visit off", s));
      assertThat(x.meetings()).as(s).singleElement()
          .satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.CANCELLED));
    }
    Extraction y = extract(article("2025-04-14", "Summit", "Plans for a summit of Peru and Chile in Lima were announced on Monday."));
    assertThat(y.meetings()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED));
  }

  @Test
  void theRulesOfArrangingAndMissingReadOnlyTheEventTheirVerbTakes() {
    // pattern: the event must be the verb's object over modifiers only: "arrange a prisoner exchange
    // after the talks", "missed the start of talks" leave the talks held; "will skip the talks" is a
    // plan, and "skipped the G20 summit" leaves the forum's summit held
    for (String s : new String[] {
        "Mediators are trying to arrange a prisoner exchange after the talks in Geneva on Monday between Peru and"
            + " Chile.",
        "The Peruvian president, Ana Quispe, missed the start of talks with Chilean President Luis Soto in Lima on"
            + " Monday because of a storm."}) {
      assertThat(extract(article("2025-05-20", "Talks", s)).meetings()).as(s).singleElement()
          .satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.HELD));
    }
    Extraction x = extract(article("2025-05-20", "Talks", "Peruvian President Ana Quispe will skip the talks with"
        + " Chilean President Luis Soto in Quito on Thursday, her office said."));
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED));
  }

  @Test
  void aDefiniteEventThatDuringGovernsTookPlaceAndIsTheOneReported() {
    // pattern: "During (the course of) the call, X invited Y ...": the call is the setting of the
    // clause, held, and the call reported before; not "during the planned talks"
    Extraction x = extract(article("2025-04-14", "Call",
        "Peruvian President Ana Quispe spoke by phone with Chilean President Luis Soto on Tuesday.",
        "During the call, Soto invited Quispe to visit Santiago next month."));
    assertThat(x.meetings()).filteredOn(m -> m.kind() == MeetingKind.PHONE_CALL)
        .singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.HELD));
    Extraction y = extract(article("2025-04-14", "Talks",
        "Peruvian President Ana Quispe will visit Chile next week.",
        "During the planned talks, Quispe will raise the border dispute with Chilean President Luis Soto."));
    assertThat(y.meetings()).allSatisfy(m -> assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED));
  }

  @Test
  void aMeetingInPreparationIsPlanned() {
    // pattern: "preparations for a summit are under way", "a meeting is being prepared", "a summit is in
    // the works", "officials are preparing a visit": still to come; "after preparing for weeks" is not
    for (String sentence : java.util.List.of(
        "A summit between Peruvian President Ana Quispe and Chilean President Luis Soto is in the works, diplomats said.",
        "A meeting between Peruvian President Ana Quispe and Chilean President Luis Soto is being prepared, diplomats said.",
        "Preparations for a summit between Peruvian President Ana Quispe and Chilean President Luis Soto are under way.")) {
      Extraction x = extract(article("2025-04-14", "Summit", sentence));
      assertThat(x.meetings()).as(sentence).singleElement()
          .satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED));
    }
    Extraction y = extract(article("2025-04-14", "Summit",
        "Peruvian President Ana Quispe met Chilean President Luis Soto on Monday after preparing for weeks."));
    assertThat(y.meetings()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.HELD));
  }

  @Test
  void aClauseOfCauseHasItsOwnStatus() {
    // pattern: "the trip had been canceled because officials were deep in negotiations": the talks of
    // the clause of cause are under way; the cancellation is the trip's
    Extraction x = extract(article("2025-04-14", "Trip",
        "The trip had been canceled because Peru and Chile were deep in negotiations on the programme."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("peru", "chile");
      assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
    });
  }

  @Test
  void anActiveVerbOfCallingOffBeforeTheEventCancelsIt() {
    // "has called off next month's meeting", "called off talks": cancelled, neither held nor wished for
    for (String text : new String[] {"Peru has called off next month's meeting with Chile.",
        "Peru has called off the meeting with Chile.", "Peru called off talks with Chile on Monday."}) {
      Extraction x = extract(article("2025-04-14", text));
      assertThat(x.meetings()).as(text).singleElement()
          .satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.CANCELLED));
    }
    // "called for talks" stays a wish: no meeting
    assertThat(extract(article("2025-04-14", "Peru called for talks with Chile on Monday.")).meetings()).isEmpty();
  }

  @Test
  void aPronounThatHadToldSomeoneInACallHeldTheCallWithThem() {
    // "X said he had told Y in a phone call that ...": the pronoun's referent and Y, a call held
    Extraction x = extract(article("2025-04-14", "Prime Minister Ana Soto said she had told President Tomas Vera"
        + " in a phone call that Peru would enforce the deal."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("ana-soto", "tomas-vera");
      assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
    });
  }
}
