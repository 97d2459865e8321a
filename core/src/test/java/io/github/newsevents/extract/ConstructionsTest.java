package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15, points 3, 5 and 7: constructions of news English that name a meeting without the
 * plain "A met B". Each test names its construction; the sentences are made up.
 */
class ConstructionsTest {
  private static final String PUBLISHED = "2025-04-14";

  private static Meeting only(String... paragraphs) {
    Extraction x = extract(article(PUBLISHED, paragraphs));
    assertThat(x.meetings()).as("meetings").hasSize(1);
    return x.meetings().get(0);
  }

  @Test
  void aDefiniteMentionWithModifiersThatDescribeTheEventJoinsIt() {
    // pattern: "the three-day trilateral talks", "the US-led peace talks": "the" with up to three
    // modifiers that describe the event is a later mention of it, not a new event whose sides are
    // whoever the rest of the sentence names
    Meeting m = only("Talks in Quito",
        "Chilean and Peruvian negotiators have held an opening round of US-led peace talks in Quito.",
        "The three-day trilateral talks that are set to continue on Wednesday follow a claim by Tomas Aravena that Lima had broken a truce.");
    assertThat(m.participants()).contains("chilean-negotiators", "peruvian-negotiators").doesNotContain("tomas-aravena");
    assertThat(m.evidence()).hasSize(2);
  }

  @Test
  void theTalksAsTheObjectOfAWishAboutWhatTheyBringAreTheTalksSpokenOf() {
    // pattern: "expected the talks to lead to X", "wants the meeting to produce a deal": the verb's
    // modality is the infinitive's; "the talks" are the ones reported, not new planned ones
    Meeting m = only("Talks in Quito", "Chile and Peru held talks in Quito on Monday.",
        "Lima expected the talks to lead to wider trade links before the summer.");
    assertThat(m.status()).isEqualTo(io.github.newsevents.model.MeetingStatus.HELD);
    Extraction x = extract(article(PUBLISHED, "Talks in Quito", "Chile and Peru held talks in Quito on Monday.",
        "Lima expected the talks to resume in May."));
    assertThat(x.meetings()).extracting(y -> y.status().toString()).containsExactly("HELD", "PLANNED");
  }

  @Test
  void severalMeetingsOfOneSubjectNameNoSidesOfTheirOwn() {
    // pattern: "X held several bilateral meetings on the fringes of Y", "a series of calls": several
    // events of one subject whose other sides the clause does not name; a state named elsewhere in
    // the sentence ("the ties Chile shares") is no side of them
    for (String s : new String[] {
        "Prime Minister Ana Soto held several bilateral meetings on the fringes of the forum to foster the ties Chile shares with its neighbours.",
        "Prime Minister Ana Soto made a series of calls after the vote to shore up the ties Chile shares with its neighbours."}) {
      assertThat(extract(article(PUBLISHED, "Forum", s)).meetings()).as(s).isEmpty();
    }
    // the meetings of a coordinated subject are theirs, and named sides are sides
    assertThat(only("Forum", "Chile and Peru held several meetings in Quito.").participants())
        .containsExactlyInAnyOrder("chile", "peru");
    assertThat(only("Forum", "Prime Minister Ana Soto held several meetings, including with Peruvian President Jorge Salas.")
        .participants()).containsExactlyInAnyOrder("ana-soto", "jorge-salas");
  }

  @ParameterizedTest
  @ValueSource(strings = {"the next G-20 Summit", "the G-20 Summit"})
  void anEventNamedByItsForumAgainIsTheSameEventWhateverItsStatus(String again) {
    // pattern: "the next G-20 summit" / "the G-20 summit" after "the next G-20 summit to be held in
    // Peru": an event named by its forum is one event, planned or possible as well as held
    Meeting m = only("Summit",
        "Peruvian President Ana Lopez extended an invitation to Chilean President Jorge Vidal to attend the next G-20 Summit to be held in Peru.",
        "An invitation was issued to Chile in this context to attend " + again + ".");
    assertThat(m.participants()).contains("ana-lopez", "jorge-vidal", "g20");
    assertThat(m.evidence()).hasSize(2);
  }

  @Test
  void aDefiniteMentionWithSidesOfItsOwnFromOtherCountriesIsAnotherEvent() {
    // pattern: "Israel and Hamas resumed the indirect talks" after Russia and Ukraine's talks, "the
    // Russia-Ukraine talks" after Iran and the United States': sides of its own that share no one,
    // nor a country, with the last event make another event, however definite
    Extraction x = extract(article(PUBLISHED, "Talks", "Russia and Ukraine held direct talks on Monday.",
        "Israel and Hamas resumed the indirect talks on Monday, mediators said."));
    assertThat(x.meetings()).hasSize(2);
    Extraction y = extract(article(PUBLISHED, "Talks", "Iran and the United States will hold talks in Oman on Saturday, officials said.",
        "Separately, officials said the Russia-Ukraine talks will also resume on Saturday."));
    assertThat(y.meetings()).extracting(m -> m.participants().size()).containsExactly(2, 2);
    // the people of a side attending "the talks" are the same talks
    Meeting m = only("Talks", "Chilean President Ana Soto met Peruvian officials in Lima on Friday.",
        "The talks were attended by Peruvian ministers Jorge Salas and Rosa Vidal.");
    assertThat(m.participants()).contains("ana-soto", "jorge-salas", "rosa-vidal");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Chile and Peru will hold talks in Lima.|The talks between Brazil and Argentina will take place next month.",
      "Chile and Peru held talks in Lima on Monday.|Brazil and Argentina will hold the talks to discuss trade next week."})
  void aSentenceOpeningTheOrAPurposeIsNoMentionOfTheLastEvent(String text) {
    // pattern: a sentence-initial "The" is no forum's name, and "hold the talks to discuss trade" is a
    // purpose, not a wish about what the last talks bring: two events each
    String[] sentences = text.split("\\|");
    assertThat(extract(article(PUBLISHED, "Talks", sentences[0], sentences[1])).meetings()).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Russian and U.S. officials have held several meetings in Riyadh since February.",
      "The two sides have held several meetings in Riyadh, Russian and U.S. officials said."})
  void severalMeetingsOfACoordinatedOrPluralSubjectAreTheirs(String sentence) {
    assertThat(only("Talks", sentence).participants()).containsExactlyInAnyOrder("russian-officials", "us-officials");
  }

  @Test
  void aWishForTheDescribedTalksIsStillAWish() {
    // pattern: "ready for the direct talks": the wider definite of coreference does not make a wish held
    assertThat(extract(article(PUBLISHED, "Talks",
        "Ukraine is ready for the direct talks with Russia, its foreign minister said.")).meetings()).isEmpty();
  }

  @Test
  void meetingAThingIsNoMeeting() {
    // pattern: "met with" + a reaction ("met with criticism", "was met with strong resistance"), "meets" /
    // "met" + a target or a demand ("meets the criteria", "met the deadline"): no one is met
    for (String s : new String[] {
        "The proposal by Peru met with criticism from Chile.",
        "Peru's plan was met with strong resistance in Chile.",
        "Peru's offer meets the requirements set by Chile.",
        "Chile met the deadline that Peru had set."}) {
      assertThat(extract(article("2025-04-14", s)).meetings()).as(s).isEmpty();
    }
    Extraction x = extract(article("2025-04-14", "Peru's president met with Chile's president on Monday."));
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.participants()).containsExactly("peru", "chile"));
  }

  @Test
  void twoDemonymsJoinedByAHyphenBeforeAnEventNameItsTwoSides() {
    // pattern: "Thai-Cambodian ceasefire", "Chilean-Peruvian talks", "US-Bolivian summit": a compound of
    // two states' adjectives (or a name and an adjective) right before an event noun names its sides;
    // before other nouns it is an adjective only ("Chilean-Peruvian trade efforts")
    Extraction x = extract(article("2025-04-14", "Chilean-Peruvian talks resumed in Quito on Monday."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("chile", "peru");
      assertThat(m.kind()).isEqualTo(MeetingKind.TALKS);
    });
    Extraction y = extract(article("2025-04-14", "A Chilean-Peruvian ceasefire took effect at midnight."));
    assertThat(y.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("chile", "peru"));
    Extraction z = extract(article("2025-04-14",
        "Topics for a new meeting include plans to revive Chilean-Peruvian trade efforts."));
    assertThat(z.meetings()).isEmpty();
  }

  @Test
  void symmetricVerbWithACoordinatedSubject() {
    Meeting m = only("President Ruth Maddox and Chancellor Otto Brandt spoke for two hours on Tuesday.");
    assertThat(m.participants()).containsExactlyInAnyOrder("ruth-maddox", "otto-brandt");
    assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
  }

  @Test
  void spokeWithANamedCounterpart() {
    Meeting m = only("President Ruth Maddox spoke with Chancellor Otto Brandt on Tuesday.");
    assertThat(m.participants()).containsExactlyInAnyOrder("ruth-maddox", "otto-brandt");
  }

  @Test
  void spokeToReportersIsNoMeeting() {
    assertThat(extract(article(PUBLISHED, "President Ruth Maddox spoke to reporters on Tuesday.")).meetings()).isEmpty();
  }

  @Test
  void eventNounInAnOpeningAdjunctTakesTheMainClauseSubject() {
    Meeting m = only("During a phone call with Chancellor Otto Brandt, President Ruth Maddox urged restraint.");
    assertThat(m.participants()).containsExactlyInAnyOrder("ruth-maddox", "otto-brandt");
    assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
  }

  @Test
  void participleOfMeetingInAnOpeningAdjunct() {
    Meeting m = only("After huddling with Chancellor Otto Brandt on the sidelines of the summit,"
        + " President Ruth Maddox said she was hopeful.");
    assertThat(m.participants()).containsExactlyInAnyOrder("ruth-maddox", "otto-brandt");
  }

  @Test
  void firstPersonNarratorWithAuxiliariesIsTheQuotedSpeaker() {
    Meeting m = only("\"I have just spoken with Prime Minister Kaja Lind,\" President Ruth Maddox said.");
    assertThat(m.participants()).containsExactlyInAnyOrder("ruth-maddox", "kaja-lind");
  }

  @Test
  void passiveHostedByNamesTheHost() {
    Meeting m = only("The talks between Norway and Chile were hosted by Oman.");
    assertThat(m.host()).contains("oman");
    assertThat(m.participants()).contains("norway", "chile");
  }

  @Test
  void activeHostNamesTheHost() {
    Meeting m = only("Oman hosted talks between Norway and Chile on Sunday.");
    assertThat(m.host()).contains("oman");
  }

  @Test
  void aRoundOfTalksInASeriesIsATrigger() {
    Extraction x = extract(article(PUBLISHED,
        "Negotiators from Norway and Chile ended a third round in Lima on Friday without a deal."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(MeetingKind.TALKS);
      assertThat(m.participants()).containsExactlyInAnyOrder("norway", "chile");
    });
  }

  @Test
  void aRoundOfPlayIsNoTrigger() {
    assertThat(extract(article(PUBLISHED, "Norway beat Chile in a round of golf.")).meetings()).isEmpty();
  }

  @Test
  void aVisitToAStateIsAMeetingWithThatState() {
    Meeting m = only("President Ruth Maddox visited Mongolia on Tuesday.");
    assertThat(m.participants()).containsExactlyInAnyOrder("ruth-maddox", "mongolia");
  }

  @Test
  void aVisitNounWithToAndACapitalPlace() {
    Meeting m = only("President Ruth Maddox arrived on Tuesday for a two-day visit to Ulaanbaatar.");
    assertThat(m.participants()).containsExactlyInAnyOrder("ruth-maddox", "mongolia");
    assertThat(m.location().map(p -> p.name())).contains("Ulaanbaatar");
  }

  @Test
  void travelToAStateIsAPlannedVisit() {
    Meeting m = only("President Ruth Maddox will travel to Cuba next month.");
    assertThat(m.participants()).containsExactlyInAnyOrder("ruth-maddox", "cuba");
    assertThat(m.status()).isEqualTo(io.github.newsevents.model.MeetingStatus.PLANNED);
  }

  @Test
  void aPossessiveTripThatWasCancelled() {
    Meeting m = only("President Ruth Maddox's trip to Cuba was cancelled.");
    assertThat(m.participants()).containsExactlyInAnyOrder("ruth-maddox", "cuba");
    assertThat(m.status()).isEqualTo(io.github.newsevents.model.MeetingStatus.CANCELLED);
  }

  @Test
  void aTravelBanIsNoVisit() {
    assertThat(extract(article(PUBLISHED, "The travel ban on Cuba was lifted.")).meetings()).isEmpty();
  }

  @Test
  void aNegationBeforeAnAdjunctDoesNotReachTheEventNoun() {
    Meeting m = only("President Ruth Maddox said she did not discuss tariffs in a call with Chancellor Otto Brandt.");
    assertThat(m.participants()).containsExactlyInAnyOrder("ruth-maddox", "otto-brandt");
  }

  @Test
  void aNegatedMeetingIsNone() {
    assertThat(extract(article(PUBLISHED, "President Ruth Maddox did not meet Chancellor Otto Brandt.")).meetings()).isEmpty();
  }

  @Test
  void aPersonAndTheirOwnStateAreOneSide() {
    assertThat(extract(article(PUBLISHED,
        "Iran's President Reza Tavani arrived at the meeting with an Iranian delegation.")).meetings()).isEmpty();
  }

  @Test
  void theNarratorOfAStatementIsTheFirstPersonOutsideQuotes() {
    Meeting m = only("Statement by President Ruth Maddox on the truce",
        "During my recent visit to Saudi Arabia, I discussed the truce with its leaders.");
    assertThat(m.participants()).containsExactlyInAnyOrder("ruth-maddox", "saudi-arabia");
  }

  @Test
  void theNarratorOfRemarksSpokeWithTheCounterpart() {
    Meeting m = only("Remarks by Foreign Minister Lena Marsh",
        "I have just spoken with Chancellor Otto Brandt about the crisis.");
    assertThat(m.participants()).containsExactlyInAnyOrder("lena-marsh", "otto-brandt");
    assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
  }

  @Test
  void withoutADocumentFrameTheFirstPersonOutsideQuotesIsNobody() {
    assertThat(extract(article(PUBLISHED, "Markets rose on Monday.",
        "I have just spoken with Chancellor Otto Brandt about the crisis.")).meetings()).isEmpty();
  }

  @Test
  void welcomingAPersonIsAMeeting() {
    Meeting m = only("President Ruth Maddox welcomed Chancellor Otto Brandt to Oslo on Monday.");
    assertThat(m.participants()).containsExactlyInAnyOrder("ruth-maddox", "otto-brandt");
  }

  @Test
  void welcomingADecisionIsNone() {
    assertThat(extract(article(PUBLISHED, "President Ruth Maddox welcomed the decision on Monday.")).meetings()).isEmpty();
  }

  @Test
  void telephonedIsAPhoneCall() {
    Meeting m = only("President Ruth Maddox telephoned Chancellor Otto Brandt on Monday.");
    assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
  }

  @Test
  void discussingWithACounterpartIsTalksButNotWithReporters() {
    Meeting m = only("President Ruth Maddox discussed trade with Chancellor Otto Brandt on Monday.");
    assertThat(m.participants()).containsExactlyInAnyOrder("ruth-maddox", "otto-brandt");
    assertThat(extract(article(PUBLISHED, "President Ruth Maddox discussed the plan with reporters on Monday."))
        .meetings()).isEmpty();
  }

  @Test
  void aJointPressConferenceOfACoordinatedSubjectIsAMeeting() {
    Meeting m = only("President Ruth Maddox and Chancellor Otto Brandt held a joint press conference in Oslo on Monday.");
    assertThat(m.participants()).containsExactlyInAnyOrder("ruth-maddox", "otto-brandt");
    assertThat(m.kind()).isEqualTo(MeetingKind.IN_PERSON);
  }

  @Test
  void onePersonsPressConferenceIsNoMeeting() {
    assertThat(extract(article(PUBLISHED, "President Ruth Maddox told a press conference in Oslo on Monday"
        + " that the talks would go on.")).meetings()).isEmpty();
  }

  @Test
  void anEventInAnOpeningAdjunctIsHeldByTheMainClausesCoordinatedSubject() {
    // "At a summit in X, A and B vowed ...": the adjunct's event names no one; the main clause's
    // coordinated subject took part, whatever its verb (a verb of saying or pledging included)
    Meeting m = only("In a landmark summit in Oslo, Norwegian Prime Minister Ruth Maddox and Chilean "
        + "President Otto Brandt vowed to work toward a trade deal.");
    assertThat(m.participants()).containsExactlyInAnyOrder("ruth-maddox", "otto-brandt");
    assertThat(m.location().map(l -> l.name())).contains("Oslo");
    // a single subject is not a meeting of its own
    assertThat(extract(article(PUBLISHED, "At a summit in Oslo, President Ruth Maddox vowed to work "
        + "toward a trade deal.")).meetings()).isEmpty();
  }

  @Test
  void asWellAsAddsAnItemToTheObjectListLikeAnd() {
    Extraction x = extract(article(PUBLISHED, "Foreign Minister Ruth Maddox met Otto Brandt as well as Lena Marsh on Monday."));
    assertThat(x.meetings()).extracting(m -> m.participants()).containsExactlyInAnyOrder(
        java.util.List.of("ruth-maddox", "otto-brandt"), java.util.List.of("ruth-maddox", "lena-marsh"));
    Extraction y = extract(article(PUBLISHED, "Ruth Maddox met Otto Brandt and Ida Lund, as well as Lena Marsh."));
    assertThat(y.meetings()).hasSize(3);
  }

  @Test
  void aBilateralOnTheSidelinesOfAForumsMeetingsTakesNoSidesFromTheForum() {
    // the progressive "is meeting X" takes its object like "met X"; the forum's meetings after
    // "on the sidelines of", a plural possessive inside, are the setting, not the same event
    Meeting m = only("Ruth Maddox is meeting her Chilean counterpart Otto Brandt on the sidelines of the "
        + "Andean foreign ministers\u2019 meetings in Lima.");
    assertThat(m.participants()).containsExactlyInAnyOrder("ruth-maddox", "otto-brandt");
  }

  @Test
  void aCallOnADayIsACallButACallOnSomeoneIsAnAppeal() {
    Meeting m = only("Norwegian Prime Minister Ruth Maddox and Chilean President Otto Brandt face a busy week.",
        "In a call on Monday, Maddox and Brandt discussed the border.");
    assertThat(m.participants()).containsExactlyInAnyOrder("ruth-maddox", "otto-brandt");
    assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
    assertThat(extract(article(PUBLISHED, "President Ruth Maddox made a call on the allies to act.")).meetings()).isEmpty();
  }

  @Test
  void aParticipleAdjunctOfMeetTakesTheMainClausesSubject() {
    // "X told reporters after meeting Y": the participle's object is the other side
    Meeting m = only("Norwegian Prime Minister Ruth Maddox and Chilean President Otto Brandt face a busy week.",
        "Maddox told reporters after meeting Brandt that the talks were useful.");
    assertThat(m.participants()).containsExactlyInAnyOrder("ruth-maddox", "otto-brandt");
  }

  @Test
  void aPluralSubjectWithNoMeetingBeforeIsTheLastPairOfPeopleCoordinated() {
    Meeting m = only("Norwegian Prime Minister Ruth Maddox and Chilean President Otto Brandt face a busy week.",
        "The two leaders met for an hour on the margins of the forum.");
    assertThat(m.participants()).containsExactlyInAnyOrder("ruth-maddox", "otto-brandt");
    // with no pair named before, "the two leaders" are no one in particular
    assertThat(extract(article(PUBLISHED, "The two leaders met for an hour on Monday.")).meetings()).isEmpty();
  }

  @Test
  void aRefusedInfinitiveIsNoMeeting() {
    // "declined to meet X", "refused to hold direct talks with X": no meeting, held or planned
    String intro = "Norwegian Prime Minister Ruth Maddox and Chilean President Otto Brandt face a busy week.";
    assertThat(extract(article(PUBLISHED, intro, "Maddox declined to meet Brandt.")).meetings()).isEmpty();
    assertThat(extract(article(PUBLISHED, intro, "Maddox refused to hold direct talks with Brandt.")).meetings()).isEmpty();
    // the refusal of something else leaves the meeting after it alone
    Meeting m = only(intro, "Maddox declined to comment after meeting Brandt on Monday.");
    assertThat(m.participants()).containsExactlyInAnyOrder("ruth-maddox", "otto-brandt");
  }

  @Test
  void aDiscussionInTheSentenceOfACallIsTheCall() {
    Meeting m = only("Norwegian Prime Minister Ruth Maddox and Chilean President Otto Brandt face a busy week.",
        "Maddox discussed trade with Brandt in a phone call on Monday.");
    assertThat(m.participants()).containsExactlyInAnyOrder("ruth-maddox", "otto-brandt");
    assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
  }

  @Test
  void hostedAndReceivedTakeTheirGuestsAsObjectsAndReceiveThemTogether() {
    // a counterpart named only by its title stands for its state; the host is the subject
    Meeting m = only("Norwegian Prime Minister Ruth Maddox hosted her Chilean counterpart in Oslo on Monday.");
    assertThat(m.participants()).containsExactlyInAnyOrder("ruth-maddox", "chile");
    assertThat(m.host()).contains("ruth-maddox");
    // two guests of one host: one meeting, not one each
    Meeting three = only("President Ruth Maddox hosted Chilean President Otto Brandt and Peruvian President "
        + "Ana Ruiz at the palace on Monday.");
    assertThat(three.participants()).containsExactlyInAnyOrder("ruth-maddox", "otto-brandt", "ana-ruiz");
    // what is received is not always a guest
    assertThat(extract(article(PUBLISHED, "President Ruth Maddox received a letter from Chile.")).meetings()).isEmpty();
  }

  @Test
  void peopleWhoSignTogetherMetToSign() {
    Meeting m = only("Norwegian Prime Minister Ruth Maddox and Chilean President Otto Brandt face a busy week.",
        "Brandt and Maddox signed a trade accord in Oslo on Monday.");
    assertThat(m.participants()).containsExactlyInAnyOrder("ruth-maddox", "otto-brandt");
    assertThat(m.kind()).isEqualTo(MeetingKind.IN_PERSON);
    // states sign by letter as well, and one person signing alone meets no one
    assertThat(extract(article(PUBLISHED, "Norway and Chile signed a trade accord on Monday.")).meetings()).isEmpty();
    assertThat(extract(article(PUBLISHED, "Prime Minister Ruth Maddox signed a decree on Monday.")).meetings()).isEmpty();
  }

  @Test
  void aBodyNamedInTheSettingPhraseIsNoSide() {
    // "on the sidelines of the UN General Assembly": where the talks are held, not who holds them
    Meeting m = only("Norwegian Prime Minister Ruth Maddox and Chilean President Otto Brandt face a busy week.",
        "Officials said Maddox and Brandt would hold talks on the sidelines of the UN General Assembly.");
    assertThat(m.participants()).containsExactlyInAnyOrder("ruth-maddox", "otto-brandt");
  }

  @Test
  void aHeadlineStyleCommaCoordinatesItsSubjects() {
    // "A, B to meet in Oslo": headlines and sub-headings drop "and"
    Meeting m = only("Norwegian Prime Minister Ruth Maddox and Chilean President Otto Brandt face a busy week.",
        "Maddox, Brandt to meet in Oslo next week");
    assertThat(m.participants()).containsExactlyInAnyOrder("ruth-maddox", "otto-brandt");
  }

  @Test
  void spokeToANamedPersonIsACallButSpokeToAnOutletIsAnInterview() {
    Meeting m = only("Norwegian Prime Minister Ruth Maddox and Chilean President Otto Brandt face a busy week.",
        "Maddox spoke to Brandt on Monday about the border.");
    assertThat(m.participants()).containsExactlyInAnyOrder("ruth-maddox", "otto-brandt");
    assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
    assertThat(extract(article(PUBLISHED, "Prime Minister Ruth Maddox spoke to Reuters on Monday.")).meetings()).isEmpty();
  }
}
