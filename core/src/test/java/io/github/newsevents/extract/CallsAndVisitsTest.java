package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15, point 5: triggers of news English. "X called Y" is a phone call when a name follows
 * and a time, a purpose or the clause's end comes after it; "received a call from Y" is a call, not
 * a reception; a visit noun with no "to" phrase is a visit to the state of the place the visitor
 * arrived in. Made-up sentences.
 */
class CallsAndVisitsTest {
  @Test
  void aDateBetweenTheDeterminerAndCallIsTheCallsOwn() {
    // pattern: "in their May 10 call", "their Monday call": a date among the modifiers of "call"
    Extraction x = extract(article("2025-04-14", "Chile and Peru agreed to a truce on Saturday.",
        "The army chiefs of both countries agreed to extend the truce in their May 10 call."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
      assertThat(m.participants()).containsExactly("chile", "peru");
    });
  }

  @Test
  void theirEventOfPeopleNamingNoActorIsThePairsAndUntilGivesNoDate() {
    // pattern: "The navy chiefs agreed ... in their call": "their" of a plural that names no actor is
    // the pair the article speaks of; "until June 2" bounds the truce and dates no event
    Extraction x = extract(article("2025-04-14", "Chile and Peru agreed to extend the truce.",
        "The navy chiefs agreed to extend the truce until June 2 in their May 30 call."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
      assertThat(m.participants()).containsExactly("chile", "peru");
      assertThat(m.date()).hasValue(PartialDate.of(2024, 5, 30));
    });
  }

  @Test
  void aDateRightAfterAnEventIsItsOwnNotTheFirstOfTheSentence() {
    // pattern: "spoke on Monday and agreed to meet in June": each event takes the date right after it
    Extraction x = extract(article("2025-04-14",
        "Chilean President Ana Soto and Peruvian President Jorge Salas spoke on Monday and agreed to meet in June."));
    assertThat(x.meetings()).extracting(m -> m.kind() + " " + m.date().map(Object::toString).orElse("-"))
        .containsExactly("PHONE_CALL 2025-04-14", "IN_PERSON 2025-06");
  }

  @Test
  void aCallInASentenceGluedToTheWordBeforeItIsRead() {
    // pattern: text copied from a web page that lost a line break ("...the Andean CouncilHe spoke"):
    // the glued sentence is a sentence of its own, and its pronoun is the person named before it
    Extraction x = extract(article("2025-04-14",
        "Chilean President Ana Soto chairs the Andean Council.",
        "She backs the work of the Andean CouncilShe spoke by phone with Peruvian President Jorge Salas on Sunday."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
      assertThat(m.participants()).containsExactlyInAnyOrder("ana-soto", "jorge-salas");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u201cproductive\u201d", "\u2018productive\u2019", "\"productive\"", "\u201cvery productive\u201d"})
  void aScareQuoteInsideTheClauseKeepsItsSubject(String quoted) {
    // pattern: "have held a 'productive' first round of talks": a word or two in quotation marks
    // inside the clause are no boundary of it; the subject before them holds the talks
    Extraction x = extract(article("2025-04-14", "Talks in Quito",
        "Chilean and Peruvian negotiators have held a " + quoted + " first round of peace talks in Quito."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(MeetingKind.TALKS);
      assertThat(m.participants()).containsExactlyInAnyOrder("chilean-negotiators", "peruvian-negotiators");
    });
  }

  @Test
  void aVisitToTheSeatOfAHeadOfStateIsOneWithTheHeadTheArticleNames() {
    // pattern: "will visit the White House", "talks at the Kremlin" read as a side: the seat of a head
    // of state or government (list seat-of-head-of-state of words.tsv) is the head the article names
    Extraction x = extract(article("2025-04-14", "Visit", "US President Mark Dalton faces a busy week.",
        "Chilean President Ana Soto will visit the White House on Friday, her office said."));
    assertThat(x.meetings()).singleElement().satisfies(
        m -> assertThat(m.participants()).containsExactlyInAnyOrder("ana-soto", "mark-dalton"));
    // no head of that state named: the seat stays a side
    Extraction y = extract(article("2025-04-14", "Visit", "Chilean President Ana Soto will visit the White House on Friday, her office said."));
    assertThat(y.meetings()).singleElement().satisfies(
        m -> assertThat(m.participants()).containsExactlyInAnyOrder("ana-soto", "white-house"));
  }

  @Test
  void calledWithANameAndATimeIsAPhoneCall() {
    Extraction x = extract(article("2025-04-14",
        "President Ana Ruiz called Chilean President Pedro Salas on Tuesday to discuss the border."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("ana-ruiz", "pedro-salas");
      assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
      assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "President Ana Ruiz called Chilean President Pedro Salas a liar on Tuesday.",
      "President Ana Ruiz called for talks with Chile.",
      "President Ana Ruiz called on Chile to end the dispute.",
      "Peru called Chile's move illegal.",
      "Fighters of a group called Sendero Luminoso attacked a base on Tuesday."})
  void calledThatNamesOrAsksIsNoCall(String sentence) {
    assertThat(extract(article("2025-04-14", sentence)).meetings()).isEmpty();
  }

  @Test
  void aCallReceivedIsACallNotAReception() {
    Extraction x = extract(article("2025-04-14",
        "President Ana Ruiz received a phone call from Chilean President Pedro Salas on Tuesday."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("ana-ruiz", "pedro-salas");
      assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
    });
    Extraction y = extract(article("2025-04-14", "President Ana Ruiz received Chilean President Pedro Salas on Tuesday."));
    assertThat(y.meetings()).singleElement().satisfies(m -> assertThat(m.kind()).isEqualTo(MeetingKind.IN_PERSON));
  }

  @Test
  void aVisitWithoutToIsToTheStateWhereTheVisitorArrived() {
    Extraction x = extract(article("2025-04-14",
        "Chilean President Pedro Salas arrived in Lima on Tuesday for a two-day state visit."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("pedro-salas", "peru");
      assertThat(m.location()).hasValueSatisfying(l -> assertThat(l.name()).isEqualTo("Lima"));
    });
  }

  @Test
  void aVisitorAtHomeMakesNoVisit() {
    Extraction x = extract(article("2025-04-14",
        "Peruvian President Ana Ruiz arrived in Lima on Tuesday after a visit."));
    assertThat(x.meetings()).isEmpty();
  }

  @Test
  void aCallInAnOpeningAdjunctIsHeldByTheSubjectAndTheAddressee() {
    // "In a phone call, X told Y that ...": the call names no one; the main clause does
    Extraction x = extract(article("2025-04-14", "In a phone call on Monday, Ana Ruiz told Pedro Salas that Peru wanted peace."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("ana-ruiz", "pedro-salas");
      assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
    });
  }

  @Test
  void aParticipialOpenerSharesTheMainSubject() {
    Extraction x = extract(article("2025-04-14",
        "Speaking after a meeting with Pedro Salas in Quito, Ana Ruiz said progress had been made."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("ana-ruiz", "pedro-salas"));
  }

  @Test
  void notRuledOutIsPossibleNotNegated() {
    Extraction x = extract(article("2025-04-14", "Officials did not rule out a meeting between Ana Ruiz and Pedro Salas."));
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.POSSIBLE));
    Extraction y = extract(article("2025-04-14",
        "A meeting between Ana Ruiz and Pedro Salas has not been ruled out, officials said."));
    assertThat(y.meetings()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.POSSIBLE));
  }

  @Test
  void aPossessedTripIsTheVisitOfItsOwnerNotOfWhoeverCancelsIt() {
    // "Y cancelled X's trip to Z": the possessive names the visitor; the subject only cancels
    Extraction x = extract(article("2025-04-14",
        "President Tom Berg last month cancelled Foreign Minister Lena Marsh's trip to Chile after a hostile letter."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("lena-marsh", "chile");
      assertThat(m.status()).isEqualTo(MeetingStatus.CANCELLED);
    });
  }

  @Test
  void aCallInATrailingAdjunctOfTellingIsBetweenTheTellerAndTheToldAndAsPastAsTheVerb() {
    // "X told Y in a phone call that Z would ...": the call is X's with Y, held; the subject and
    // the modal of the reported clause are not the call's
    Extraction x = extract(article("2025-04-14",
        "Chilean President Oskar Vallin told Norwegian Prime Minister Lena Marsh in a phone call on Monday "
            + "that Peru would help."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("oskar-vallin", "lena-marsh");
      assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
      assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
    });
  }

  @Test
  void calledAfterAnAppositionIsACallOfTheNamedSubject() {
    Extraction x = extract(article("2025-04-14",
        "Hana Okafor, Nigeria's trade minister, called Kenyan Finance Minister Peter Wambua on Wednesday to discuss grain."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("hana-okafor", "peter-wambua");
      assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Portuguese Foreign Minister Rui Tavares said he would call Spanish Foreign Minister Elena Marin on Friday.",
      "Chancellor Anja Brandt said she would phone Austrian Chancellor Karl Hofer next week."})
  void aModalBeforeCallOrPhoneAndANameIsAPlannedCall(String sentence) {
    Extraction x = extract(article("2025-04-14", sentence));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
      assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
      assertThat(m.participants()).hasSize(2);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"Chile said it would call on Peru to withdraw.", "The union said it would call a strike.",
      "He said he would call Marsh a liar."})
  void aModalCallThatNamesOrAsksIsNoCall(String sentence) {
    assertThat(extract(article("2025-04-14", sentence)).meetings()).isEmpty();
  }

  @Test
  void theAgentOfAVisitNounWithByIsTheVisitor() {
    // "a planned visit by X to Lima was cancelled": X travels (a title may stand in the by-phrase)
    Extraction x = extract(article("2025-04-14", "A planned visit by Chilean President Oskar Vallin to Lima was cancelled."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("oskar-vallin", "peru");
      assertThat(m.status()).isEqualTo(MeetingStatus.CANCELLED);
    });
  }

  @Test
  void spokeWithAfterAnAdverbOfTimeIsACall() {
    // the readout's "spoke today with X", "spoke on Monday with X", "spoke separately to X"
    Extraction x = extract(article("2025-04-14",
        "Secretary of State Lena Marsh spoke today with Chilean Foreign Minister Tomas Vera."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("lena-marsh", "tomas-vera");
      assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
      assertThat(m.date()).hasValue(PartialDate.of(2025, 4, 14));
    });
    Extraction monday = extract(article("2025-04-14",
        "Secretary of State Lena Marsh spoke on Monday with Chilean Foreign Minister Tomas Vera."));
    assertThat(monday.meetings()).singleElement().satisfies(m -> assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL));
  }

  @Test
  void theNarratorOfRemarksIsTheSubjectOfALightVerb() {
    // "I have just had a very productive meeting with X": the speaker of the remarks took part
    Extraction x = extract(article("2025-04-14",
        "Remarks by Prime Minister Eva Lunde after talks in Santiago",
        "PRIME MINISTER LUNDE: Good afternoon. I have just had a very productive meeting with President Oskar Vallin."));
    assertThat(x.meetings()).anySatisfy(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("eva-lunde", "oskar-vallin");
      assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
    });
  }

  @Test
  void callsWithAListAreTheSubjectsOneWithEach() {
    // "held calls with A and with B", "including calls this weekend with A, and with B"
    for (String sentence : new String[] {
        "Secretary of State Lena Marsh held calls this weekend with her Kuwaiti counterpart and with the Chairman"
            + " of the Libyan Presidential Council, Omar Haddad.",
        "Secretary of State Lena Marsh has also helped push the talks forward, including calls this weekend with her"
            + " Kuwaiti counterpart, and with the Chairman of the Libyan Presidential Council, Omar Haddad."}) {
      Extraction x = extract(article("2025-04-14", sentence));
      assertThat(x.meetings()).as(sentence).hasSize(2)
          .allSatisfy(m -> assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL))
          .anySatisfy(m -> assertThat(m.participants()).containsExactlyInAnyOrder("lena-marsh", "kuwait"))
          .anySatisfy(m -> assertThat(m.participants()).containsExactlyInAnyOrder("lena-marsh", "omar-haddad"));
    }
  }

  @Test
  void callsForATruceAreNoCalls() {
    Extraction x = extract(article("2025-04-14", "Peru renewed its calls for a truce with Chile on Monday."));
    assertThat(x.meetings()).isEmpty();
  }

  @Test
  void aPersonStayingInAnotherStatesCapitalVisitsIt() {
    // "X is due in Lima next week", "X was in Lima in January": a visit with no word of visiting
    Extraction due = extract(article("2025-04-14", "Chilean President Tomas Vera is due in Lima next week."));
    assertThat(due.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("tomas-vera", "peru");
      assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
      assertThat(m.location()).hasValueSatisfying(l -> assertThat(l.name()).isEqualTo("Lima"));
    });
    Extraction was = extract(article("2025-04-14", "Chilean Foreign Minister Tomas Vera was in Lima in January."));
    assertThat(was.meetings()).singleElement().satisfies(m -> {
      assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
      assertThat(m.date()).hasValue(PartialDate.ofMonth(2025, 1));
    });
  }

  @Test
  void beingInOnesOwnCapitalIsNoVisit() {
    Extraction x = extract(article("2025-04-14", "Peruvian President Ana Ruiz was in Lima on Monday."));
    assertThat(x.meetings()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Peruvian President Ana Ruiz and Chilean President Tomas Vera met virtually on Monday.",
      "Peruvian President Ana Ruiz spoke with Chilean President Tomas Vera via video link on Monday.",
      "Peruvian President Ana Ruiz and Chilean President Tomas Vera talked by videoconference on Monday."})
  void aMeansOfVideoAfterTheVerbMakesAVideoCall(String sentence) {
    Extraction x = extract(article("2025-04-14", sentence));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("ana-ruiz", "tomas-vera");
      assertThat(m.kind()).isEqualTo(MeetingKind.VIDEO_CALL);
    });
  }

  @Test
  void whereAsTheSecondWordOfAParagraphIsRead() {
    // found by fuzzing: "where" second in its paragraph looked for a comma before the first token
    Extraction x = extract(article("2025-04-14",
        "Lima where Peruvian President Ana Ruiz met Chilean President Tomas Vera on Monday."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("ana-ruiz", "tomas-vera"));
  }

  @Test
  void aCallIsANounAcrossItsModifiers() {
    // "a very good call", "a 90-minute phone call", "a lengthy call": a determiner, modifiers, then "call"
    for (String sentence : new String[] {"Ana Lopez had a lengthy call with Jorge Vidal on Monday.",
        "Ana Lopez and Jorge Vidal held a 90-minute phone call on Monday."}) {
      Extraction x = extract(article("2025-04-14", sentence));
      assertThat(x.meetings()).as(sentence).singleElement()
          .satisfies(m -> assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL));
    }
    Extraction y = extract(article("2025-04-14", "Remarks by President Ana Lopez",
        "Thank you. Earlier today I had a very good call with President Jorge Vidal of Chile."));
    assertThat(y.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("ana-lopez", "jorge-vidal"));
    // no call: a wake-up call, a call for talks
    assertThat(extract(article("2025-04-14", "The vote was a wake-up call for Ana Lopez and Jorge Vidal.")).meetings())
        .isEmpty();
    assertThat(extract(article("2025-04-14", "Peru issued a renewed call for talks with Chile.")).meetings()).isEmpty();
  }

  @Test
  void noOneVisitsTheirOwnState() {
    // the clause's subject is the visitor only when the visit crosses a border: a Peruvian minister
    // speaking aboard a ship that visits Peru made no visit to Peru
    Extraction x = extract(article("2025-04-14", "Peruvian Defence Minister Ana Lopez, speaking on the deck of a U.S."
        + " frigate visiting Peru for naval exercises, said: \"We are ready.\""));
    assertThat(x.meetings()).isEmpty();
    Extraction y = extract(article("2025-04-14", "Chilean President Jorge Vidal paid a visit to Peru on Monday."));
    assertThat(y.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("jorge-vidal", "peru"));
  }

  @Test
  void talksATripWasMadeForAreHeldWithTheStateTravelledTo() {
    Extraction x = extract(article("2025-04-14", "Chilean Foreign Minister Jorge Vidal headed to Lima on Monday for talks."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("jorge-vidal", "peru");
      assertThat(m.location().map(io.github.newsevents.model.Place::name)).hasValue("Lima");
    });
    // home is no trip abroad
    Extraction y = extract(article("2025-04-14",
        "Peruvian Foreign Minister Ana Lopez returned to Lima on Monday for talks with her cabinet."));
    assertThat(y.meetings()).isEmpty();
  }

  // Other names of meetings in diplomatic English: a courtesy call is a visit in person, a
  // videoconference a video call, a meal taken with someone ("lunch with", "a working dinner") a
  // meeting; a banquet alone is none.
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "Ana Lopez paid a courtesy call on President Jorge Vidal in Santiago on Monday.|IN_PERSON",
      "Ana Lopez and Jorge Vidal held a videoconference on Monday.|VIDEO_CALL",
      "Ana Lopez held a video-conference with Jorge Vidal on Monday.|VIDEO_CALL",
      "Ana Lopez had a working lunch with Jorge Vidal in Lima on Monday.|IN_PERSON",
      "Ana Lopez had breakfast with Jorge Vidal in Lima on Monday.|IN_PERSON"})
  void otherNamesOfMeetings(String sentence, String kind) {
    Extraction x = extract(article("2025-04-14", sentence));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.kind().name()).isEqualTo(kind);
      assertThat(m.participants()).containsExactlyInAnyOrder("ana-lopez", "jorge-vidal");
    });
  }

  @Test
  void aBanquetAloneIsNoMeeting() {
    Extraction x = extract(article("2025-04-14", "Ana Lopez hosted a state dinner in Lima on Monday."));
    assertThat(x.meetings()).isEmpty();
  }

  // An event in a relative clause after "during which" or "at which" is one of its own, set in the
  // event before it (it was taken for the setting of that event and dropped).
  @Test
  void aMeetingInARelativeClauseOfAVisitIsItsOwn() {
    Extraction x = extract(article("2025-04-14",
        "Ana Lopez arrived in Santiago on Monday on a two-day visit during which she is expected to meet President Jorge Vidal."));
    assertThat(x.meetings()).anySatisfy(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("ana-lopez", "jorge-vidal");
      assertThat(m.status()).isEqualTo(io.github.newsevents.model.MeetingStatus.PLANNED);
    });
  }

  // Seeking or calling for talks is a wish, in any form of the verb; a word of talks that modifies
  // another noun ("the negotiation committee", "the talks process") names no event.
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "Ana Lopez was calling for talks with Chile on Monday.",
      "Ana Lopez wrote to Jorge Vidal calling for talks with Chile.",
      "Ana Lopez sought talks with Chile on Monday.",
      "Peruvian President Ana Lopez left the door open for future talks with Chile.",
      "Peruvian President Ana Lopez said Lima remained open for negotiations with Chile.",
      "The talks process between Peru and Chile has stalled.",
      "The negotiation team of Peru arrived in Quito on Monday."})
  void wishesAndModifiersAreNoTalks(String sentence) {
    Extraction x = extract(article("2025-04-14", "Peru and Chile have clashed since January.", sentence));
    assertThat(x.meetings()).isEmpty();
  }

  // In a transcript, the "I" of a paragraph is the speaker its label names ("PRESIDENT LOPEZ: ..."),
  // until the next label; a label that names no one ("QUESTION:") takes the first person from no one.
  @Test
  void theFirstPersonOfATranscriptIsTheLabelsSpeaker() {
    Extraction x = extract(article("2025-04-14", "Press conference", "MODERATOR: Good afternoon.",
        "PRESIDENT LOPEZ: Thank you. I just got off the phone with President Jorge Vidal of Chile.",
        "QUESTION: Did you meet anyone else? I met Marta Ruiz of Chile yesterday.",
        "Ana Lopez is the president of Peru."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.kind().name()).isEqualTo("PHONE_CALL");
      assertThat(m.participants()).containsExactlyInAnyOrder("ana-lopez", "jorge-vidal");
    });
  }

  // Talks spoken of as a process, with no time or place of their own ("locked in negotiations",
  // "talks have stalled", "the broader talks"), are no meeting; talks held at a time are.
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "Peru has been locked in negotiations with Chile over the border.",
      "Talks between Peru and Chile have stalled over the border.",
      "Ana Lopez said peace talks with Chile were ongoing."})
  void talksAsAProcessAreNoMeeting(String sentence) {
    Extraction x = extract(article("2025-04-14", "Peru and Chile have clashed since January.", sentence));
    assertThat(x.meetings()).isEmpty();
  }

  @Test
  void stalledTalksHeldAtATimeAreStillAMeeting() {
    Extraction x = extract(article("2025-04-14", "Peru and Chile have clashed since January.",
        "Stalled talks between Peru and Chile resumed in Quito on Monday."));
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.participants()).contains("peru", "chile"));
  }

  // A possessive before "call with" names a call ("Lopez's call with Vidal"); "'s call for" stays an appeal.
  @Test
  void aPossessiveCallWithSomeoneIsACall() {
    Extraction x = extract(article("2025-04-14", "Ana Lopez's call with Jorge Vidal on Monday was cordial, officials said."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.kind().name()).isEqualTo("PHONE_CALL");
      assertThat(m.participants()).containsExactlyInAnyOrder("ana-lopez", "jorge-vidal");
    });
    assertThat(extract(article("2025-04-14", "Ana Lopez's call for a ceasefire was ignored by Jorge Vidal.")).meetings()).isEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "Foreign Minister Ana Ruiz of Peru and Foreign Minister Tomas Vidal of Chile conferred in Quito on Monday.",
      "Foreign Minister Ana Ruiz of Peru consulted with Foreign Minister Tomas Vidal of Chile in Quito on Monday.",
      "Foreign Minister Ana Ruiz of Peru held a bilateral with Foreign Minister Tomas Vidal of Chile on Monday.",
      "Foreign Minister Ana Ruiz of Peru had a face-to-face with Foreign Minister Tomas Vidal of Chile on Monday.",
      "Foreign Minister Ana Ruiz of Peru held a one-on-one with Foreign Minister Tomas Vidal of Chile on Monday."})
  void conferringAndEncountersAreMeetingsInPerson(String sentence) {
    // pattern: intransitive "conferred", "consulted with", a determiner + bilateral / face-to-face / one-on-one + with
    Extraction x = extract(article("2025-04-14", sentence));
    assertThat(x.meetings()).as(sentence).singleElement().satisfies(m -> {
      assertThat(m.participants()).contains("ana-ruiz", "tomas-vidal");
      assertThat(m.kind()).isEqualTo(io.github.newsevents.model.MeetingKind.IN_PERSON);
    });
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "President Luis Ortega of Peru conferred an award on Foreign Minister Tomas Vidal of Chile on Monday.",
      "Foreign Minister Ana Ruiz of Peru consulted the report of Foreign Minister Tomas Vidal of Chile.",
      "The speech of Foreign Minister Ana Ruiz of Peru reached a bilateral audience of millions in Chile."})
  void conferringOrConsultingSomethingIsNoMeeting(String sentence) {
    assertThat(extract(article("2025-04-14", sentence)).meetings()).as(sentence).isEmpty();
  }

  @Test
  void ringingOrDiallingSomeoneIsACall() {
    Extraction x = extract(article("2025-04-14",
        "Peruvian Foreign Minister Ana Ruiz rang Chilean Foreign Minister Tomas Vidal on Monday."));
    assertThat(x.meetings()).singleElement().satisfies(m ->
        assertThat(m.kind()).isEqualTo(io.github.newsevents.model.MeetingKind.PHONE_CALL));
  }

  @Test
  void exchangingViewsIsTalksAndByPhoneACall() {
    // pattern: "A and B exchanged views on ...", "A exchanged views with B by phone"
    Extraction talks = extract(article("2025-04-14",
        "Peruvian Foreign Minister Ana Ruiz and Chilean Foreign Minister Tomas Vidal exchanged views on the border in Lima on Monday."));
    assertThat(talks.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("ana-ruiz", "tomas-vidal");
      assertThat(m.kind()).isEqualTo(MeetingKind.TALKS);
    });
    Extraction call = extract(article("2025-04-14",
        "Peruvian Foreign Minister Ana Ruiz exchanged views with Chilean Foreign Minister Tomas Vidal by phone on Monday."));
    assertThat(call.meetings()).singleElement().satisfies(m -> assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL));
  }

  @Test
  void shakingHandsIsAMeetingInPerson() {
    Extraction x = extract(article("2025-04-14",
        "Peruvian President Luis Ortega and Chilean President Marta Soto shook hands in Arica on Friday."));
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.kind()).isEqualTo(MeetingKind.IN_PERSON));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Peru and Chile exchanged prisoners on Monday.", "Peruvian and Chilean troops exchanged fire on Monday."})
  void exchangingPrisonersOrFireIsNoMeeting(String sentence) {
    assertThat(extract(article("2025-04-14", sentence)).meetings()).as(sentence).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Peruvian Foreign Minister Ana Ruiz had a frank exchange with Chilean Foreign Minister Tomas Vidal in Lima on Monday.",
      "Peruvian envoy Ana Ruiz negotiated with Chilean envoy Tomas Vidal in Lima on Monday.",
      "Peruvian Foreign Minister Ana Ruiz and Chilean Foreign Minister Tomas Vidal co-chaired the joint commission in Lima on Monday."})
  void anExchangeWithNegotiatingWithAndCoChairingAreMeetings(String sentence) {
    // pattern: "an exchange with X", "negotiated with X", "A and B co-chaired"
    assertThat(extract(article("2025-04-14", sentence)).meetings()).as(sentence).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("ana-ruiz", "tomas-vidal"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Peru and Chile carried out a prisoner exchange on Monday.",
      "Peruvian envoy Ana Ruiz negotiated a deal on copper with Chile."})
  void aPrisonerExchangeOrANegotiatedDealIsNoMeeting(String sentence) {
    assertThat(extract(article("2025-04-14", sentence)).meetings()).as(sentence).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Peru's President Dina Quispe told visiting Chilean Foreign Minister Lucas Arancibia on Tuesday that the"
          + " border must stay open.",
      "Speaking alongside visiting Chilean Foreign Minister Lucas Arancibia, Peruvian President Dina Quispe said"
          + " the two countries would build a new border crossing.",
      "Peruvian President Dina Quispe received the visiting Chilean Foreign Minister Lucas Arancibia in Lima."})
  void aPersonDescribedAsVisitingMetTheOneWhoReceivesOrAddressesThem(String sentence) {
    // pattern: "visiting" as a participle before a titled name: the guest, and the subject that
    // speaks to, receives or stands beside the guest, met
    Extraction x = extract(article("2025-04-14", "Border crossing", sentence));
    assertThat(x.meetings()).as(sentence).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("dina-quispe", "lucas-arancibia");
      assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "After visiting Lima, Chilean Foreign Minister Lucas Arancibia said the border would open.",
      "Chilean Foreign Minister Lucas Arancibia said he enjoyed visiting the markets of Lima."})
  void visitingAsAVerbOfAPlaceIsNoMeetingWithAPerson(String sentence) {
    // pattern: "visiting" as a gerund or a verb with a place as object names no guest
    assertThat(extract(article("2025-04-14", "Border crossing", sentence)).meetings()).as(sentence).isEmpty();
  }

  @Test
  void theirEventInQuotationMarksIsThePairsToo() {
    // pattern: "their May 30 call" of a plural that names no actor, inside a quotation as outside it
    Extraction x = extract(article("2025-06-14", "Truce talks", "Chile and Peru fought for weeks along the border.",
        "Speaking in the Senate, Ana Ruiz explained the sequence: \u201cThe navy chiefs agreed to extend the truce"
            + " until June 2 in their May 30 call.\u201d"));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
      assertThat(m.participants()).containsExactlyInAnyOrder("chile", "peru");
      assertThat(m.date()).contains(PartialDate.of(2025, 5, 30));
    });
  }

  @Test
  void membersAfterIncludingOfAPluralObjectAreMetOneByOne() {
    // pattern: "met several of her counterparts, including A and B": the plural object names no one,
    // the members after "including" / "among them" / "such as" are the sides, each met by the subject
    Extraction x = extract(article("2025-04-14", "Border talks",
        "Peruvian Foreign Minister Ana Ruiz met several of her counterparts on Monday, including Brazil's Mauro"
            + " Teixeira and Chile's Lucas Arancibia."));
    assertThat(x.meetings()).extracting(m -> m.participants())
        .containsExactlyInAnyOrder(java.util.List.of("ana-ruiz", "mauro-teixeira"),
            java.util.List.of("ana-ruiz", "lucas-arancibia"));
  }

  @Test
  void anIncludingListOfSomethingElseNamesNoSides() {
    // pattern: the list after "including" belongs to the nearest noun ("the region"), not to a
    // plural object of people
    Extraction x = extract(article("2025-04-14", "Border talks",
        "Ana Ruiz met ambassadors on Monday to discuss the region, including Brazil and Bolivia."));
    assertThat(x.meetings()).noneSatisfy(m -> assertThat(m.participants()).containsAnyOf("brazil", "bolivia"));
  }

  @Test
  void callsReceivedFromAGroupIncludingSomeoneAreACallWithThem() {
    // pattern: "received calls from X", "receiving calls from world leaders, including X"
    Extraction x = extract(article("2025-04-14", "Border talks",
        "Peruvian Foreign Minister Ana Ruiz said she had received calls from world leaders, including Brazilian"
            + " Foreign Minister Mauro Teixeira."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
      assertThat(m.participants()).containsExactlyInAnyOrder("ana-ruiz", "mauro-teixeira");
    });
  }

  @Test
  void anObjectThatNamesItsSidesKeepsThemOverTheIncludingList() {
    // pattern: the list after "including" exemplifies only an object that names no one
    Extraction x = extract(article("2025-04-14", "Border talks",
        "Peruvian Foreign Minister Ana Ruiz met Brazil's Mauro Teixeira on Monday to discuss trade, including"
            + " exports of copper."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("ana-ruiz", "mauro-teixeira"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Speaking alongside Chilean President Gabriel Castro in Lima on Monday, Peruvian President Dina Quispe said"
          + " the border would open.",
      "Peruvian President Dina Quispe, speaking alongside Chilean President Gabriel Castro, said the border would"
          + " open.",
      "Peruvian President Dina Quispe appeared alongside Chilean President Gabriel Castro at a news conference in"
          + " Lima."})
  void twoWhoAppearAlongsideEachOtherMet(String sentence) {
    // pattern: a verb of appearing before the press + "alongside" + a titled name: the two met
    Extraction x = extract(article("2025-04-14", "Border crossing", sentence));
    assertThat(x.meetings()).as(sentence).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(MeetingKind.IN_PERSON);
      assertThat(m.participants()).containsExactlyInAnyOrder("dina-quispe", "gabriel-castro");
    });
  }

  @Test
  void fightingAlongsideIsNoMeeting() {
    // pattern: "alongside" after a verb that is not one of appearing together ("fought", "worked")
    assertThat(extract(article("2025-04-14", "Border war",
        "Chilean troops fought alongside Peruvian soldiers under General Ana Ruiz in 1880.")).meetings()).isEmpty();
  }

  @Test
  void aTripForAnEventReportedIsNoVisitToThePlacesState() {
    // pattern: "travelled to <place> for the <event>": attending that event, not meeting the state
    // of the place; "travelled to Lima for the first time" is still a visit
    Extraction x = extract(article("2025-04-14", "Talks",
        "Peru and Chile opened a second round of talks in Quito on Monday.",
        "The Brazilian envoy, Rui Costa, and Pedro Lima, the Brazilian president's adviser, travelled to Quito for"
            + " the negotiations."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("peru", "chile"));
    Extraction y = extract(article("2025-04-14", "Trip",
        "Brazilian President Rui Costa travelled to Lima for the first time since 2019."));
    assertThat(y.meetings()).singleElement().satisfies(m -> assertThat(m.participants()).contains("rui-costa"));
  }

  @Test
  void theVisitorIsTheNameBeforeTheVerbGroupNotTheSentencesSubject() {
    // pattern: "Y said X would visit Lima", "Y invited X to visit Lima": X visits Y's state; the
    // sentence's subject (of the host's state) reports or invites
    Extraction x = extract(article("2025-04-14", "Visit",
        "Peruvian President Ana Quispe said Chilean President Luis Soto would visit Lima next week."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("luis-soto", "peru");
      assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
    });
    Extraction y = extract(article("2025-04-14", "Visit",
        "Peruvian President Ana Quispe invited Chilean President Luis Soto to visit Lima."));
    assertThat(y.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("luis-soto", "peru");
      assertThat(m.status()).isEqualTo(MeetingStatus.POSSIBLE);
    });
  }

  @Test
  void eachCallOfASubjectWithSeveralSidesTakesTheDateAfterItsSide() {
    // pattern: "spoke by phone with A on Sunday, and with B on Tuesday": two calls, each on its own day
    Extraction x = extract(article("2025-04-14", "Calls",
        "Peruvian President Ana Quispe spoke by phone with General Luis Soto on Sunday and with General Rosa Vidal on Tuesday."));
    assertThat(x.meetings()).hasSize(2);
    assertThat(x.meetings()).filteredOn(m -> m.participants().contains("luis-soto")).singleElement()
        .satisfies(m -> assertThat(m.date()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2025-04-13")));
    assertThat(x.meetings()).filteredOn(m -> m.participants().contains("rosa-vidal")).singleElement()
        .satisfies(m -> assertThat(m.date()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2025-04-08")));
  }

  @Test
  void theObjectOfAPrepositionIsNoVisitor() {
    // "an adviser to President X would visit Lima": the adviser visits, not X
    Extraction x = extract(article("2025-04-14", "Visit",
        "Peruvian President Ana Quispe said a senior adviser to Chilean President Luis Soto would visit Lima next week."));
    assertThat(x.meetings()).noneMatch(m -> m.participants().contains("luis-soto"));
  }
}
