package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, points 3, 4 and 8: what belongs to an event's own clause. A quotation is a clause like
 * any other when the event word stands inside it ("'I met X this morning,' Y said": the first
 * person is the speaker, X the other side); a second clause after "and" with a pronoun subject
 * ("... and they agreed to meet again in May") has its own time; the sentence's date that a held
 * meeting falls back on stops at the next event word; sides met one at a time ("with X on Sunday
 * and with Y on Tuesday") never met one another; a title taken for the holder named before gives
 * way to the name in apposition. Made-up sentences.
 */
class ClauseScopeTest {
  @Test
  void theFirstPersonInsideAQuotationMetThePersonNamedThere() {
    Extraction x = extract(article("2025-04-14",
        "\"I met Jorge Vidal this morning,\" Ana Lopez told reporters in Lima."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("ana-lopez", "jorge-vidal");
      assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
      assertThat(m.date()).hasValue(PartialDate.of(2025, 4, 14));
    });
  }

  @Test
  void peopleNamedInsideAQuotationMeetWhenTheQuotationSaysSo() {
    Extraction x = extract(article("2025-04-14",
        "\"Ana Lopez met Jorge Vidal in Quito on Friday,\" the spokesman said."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("ana-lopez", "jorge-vidal"));
  }

  @Test
  void thisMorningIsTheDayOfPublicationAndLastNightTheDayBefore() {
    Extraction x = extract(article("2025-04-14", "Ana Lopez met Jorge Vidal this morning in Lima."));
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.date()).hasValue(PartialDate.of(2025, 4, 14)));
    Extraction y = extract(article("2025-04-14", "Ana Lopez spoke to Jorge Vidal by phone last night."));
    assertThat(y.meetings()).singleElement().satisfies(m -> assertThat(m.date()).hasValue(PartialDate.of(2025, 4, 13)));
  }

  @Test
  void aSecondClauseWithAPronounSubjectHasItsOwnTime() {
    Extraction x = extract(article("2025-04-14",
        "Ana Lopez met Jorge Vidal on Monday and they agreed to meet again in May."));
    assertThat(x.meetings()).hasSize(2)
        .anySatisfy(m -> {
          assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
          assertThat(m.date()).hasValue(PartialDate.of(2025, 4, 14));
        })
        .anySatisfy(m -> {
          assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
          assertThat(m.date()).hasValue(PartialDate.ofMonth(2025, 5));
        });
  }

  @Test
  void aHeldMeetingTakesNoDateFromAnotherEventOfItsSentence() {
    // before: the held meeting fell back on the sentence's only date, the planned meeting's May (of 2024)
    Extraction x = extract(article("2025-04-14",
        "Ana Lopez met Jorge Vidal and they agreed to meet again in May."));
    assertThat(x.meetings()).hasSize(2)
        .anySatisfy(m -> {
          assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
          assertThat(m.date()).isEmpty();
        })
        .anySatisfy(m -> assertThat(m.date()).hasValue(PartialDate.ofMonth(2025, 5)));
  }

  @Test
  void sidesMetOneAtATimeNeverMetOneAnother() {
    // the subject is lost (a missing space glues it to the word before): no call of Vidal with Arce
    Extraction x = extract(article("2025-04-14",
        "In support of the Commission's effortsHe spoke by phone with General Jorge Vidal on Sunday,"
            + " and with General Luis Arce on Tuesday, a statement said."));
    assertThat(x.meetings()).noneSatisfy(
        m -> assertThat(m.participants()).contains("jorge-vidal", "luis-arce"));
    Extraction y = extract(article("2025-04-14", "Ana Lopez is following the crisis.",
        "She spoke by phone with General Jorge Vidal on Sunday, and with General Luis Arce on Tuesday."));
    assertThat(y.meetings()).hasSize(2)
        .anySatisfy(m -> assertThat(m.participants()).containsExactlyInAnyOrder("ana-lopez", "jorge-vidal"))
        .anySatisfy(m -> assertThat(m.participants()).containsExactlyInAnyOrder("ana-lopez", "luis-arce"));
  }

  @Test
  void aNameInAppositionOverridesATitleTakenForTheHolderNamedBefore() {
    String before = "French President Emmanuel Macron spoke on Monday.";
    Extraction x = extract(article("2025-04-14", before,
        "Jorge Vidal held a meeting with the President of Peru, Ana Lopez, on Monday."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("jorge-vidal", "ana-lopez"));
    Extraction y = extract(article("2025-04-14", before,
        "Jorge Vidal said the meeting with the President [of Peru Ana Lopez] went well."));
    assertThat(y.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("jorge-vidal", "ana-lopez"));
    // with no name after it, the title still refers back
    Extraction z = extract(article("2025-04-14", before, "Jorge Vidal held a meeting with the President, and then left."));
    assertThat(z.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("jorge-vidal", "emmanuel-macron"));
  }

  @Test
  void aParticipialAsideDoesNotEndTheClause() {
    // ", mediated by Qatar," describes the talks; their verb, place and time follow the closing comma
    Extraction x = extract(article("2025-04-14", "Talks between Peru and Chile, mediated by Qatar, resumed in Doha on Monday."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.location().map(io.github.newsevents.model.Place::name)).hasValue("Doha"));
    // a comma that opens no participle still ends it: the capital after it is not where the talks were
    Extraction y = extract(article("2025-04-14", "Talks between Peru and Chile resumed on Monday, officials in Doha said."));
    assertThat(y.meetings()).singleElement().satisfies(m -> assertThat(m.location()).isEmpty());
  }

  @Test
  void anEventInTheAdjunctOfAVerbOfSayingWasHeldByItsSpeakers() {
    // "agreed during a phone call", "said in a call with Y": the event is where the words were said
    Extraction x = extract(article("2025-04-14",
        "Ana Lopez and Jorge Vidal agreed during a phone call on Monday to reopen the border."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("ana-lopez", "jorge-vidal");
      assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
    });
    Extraction y = extract(article("2025-04-14",
        "Ana Lopez said in a call with Jorge Vidal on Monday that the border would reopen."));
    assertThat(y.meetings()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.HELD));
    // a meeting to come stays one
    Extraction z = extract(article("2025-04-14", "Ana Lopez will meet Jorge Vidal during a summit in Quito next week."));
    assertThat(z.meetings()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED));
  }

  @Test
  void whatIsToldAfterTheAddresseeAndAnAdjunctIsTheReportedSpeech() {
    // "told X in a phone call on Monday that ...": the statement is what follows "that", not the addressee
    Extraction x = extract(article("2025-04-14",
        "Ana Lopez told Jorge Vidal in a phone call on Monday that Peru would reopen the border."));
    assertThat(x.statements()).singleElement()
        .satisfies(s -> assertThat(s.text()).isEqualTo("Peru would reopen the border"));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("ana-lopez", "jorge-vidal"));
  }

  // An apposition that names the object (", Jorge Vidal,", ", Chile's foreign minister,") does not
  // end the clause when its place or time goes on after the closing comma.
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "Ana Lopez met her Chilean counterpart, Jorge Vidal, in Lima on Monday.",
      "Ana Lopez met Jorge Vidal, Chile's foreign minister, on Monday in Lima.",
      "Ana Lopez held talks with the president of Chile, Jorge Vidal, in Lima on Monday."})
  void anAppositionAfterTheObjectLeavesThePlaceInTheClause(String sentence) {
    Extraction x = extract(article("2025-04-14", sentence));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("ana-lopez", "jorge-vidal");
      assertThat(m.location()).hasValueSatisfying(l -> assertThat(l.name()).isEqualTo("Lima"));
    });
  }

  @Test
  void aCommaAfterTheObjectThatOpensAnotherClauseStillEndsIt() {
    Extraction x = extract(article("2025-04-14", "Ana Lopez met Jorge Vidal, and Chile later said in Lima that talks would go on."));
    assertThat(x.meetings()).allSatisfy(m -> assertThat(m.location()).isEmpty());
  }

  // A date that determines another event noun ("Friday's meeting") is that event's date, not the
  // date of a later event of its sentence.
  @Test
  void aPossessiveDateOfAnotherEventDoesNotDateTheTalks() {
    Extraction x = extract(article("2025-04-14", "Peru and Chile held talks in Lima on Friday.",
        "Friday's meeting of the foreign ministers came weeks after talks in Quito between Peruvian and Chilean officials."));
    assertThat(x.meetings()).filteredOn(m -> m.location().map(l -> l.name().equals("Quito")).orElse(false))
        .singleElement().satisfies(m -> assertThat(m.date()).isEmpty());
  }
}
