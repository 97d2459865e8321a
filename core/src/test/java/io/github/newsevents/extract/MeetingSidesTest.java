package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.MeetingStatus;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 1: who is not a side of a meeting although the clause names them. A place in a
 * locative phrase is where the meeting happens; the agent of a word of mediation brings the sides
 * together. Made-up sentences.
 */
class MeetingSidesTest {
  @Test
  void aCoordinatedPlaceAfterInIsNoSide() {
    // "rounds in Iran and Turkey": Turkey is the second place of the phrase, not a participant
    Extraction x = extract(article("2025-04-14",
        "Officials said peace talks in the Georgian capital Tbilisi would follow earlier rounds in Iran and Turkey."));
    assertThat(x.meetings()).isEmpty();
  }

  @Test
  void aStateNamedBeforeAPlaceNounIsAPlace() {
    // "in the Georgian capital Tbilisi": the demonym names where, not who
    Extraction x = extract(article("2025-04-14",
        "Serbia and Kosovo met on Monday.", "Talks in the Georgian capital Tbilisi followed on Tuesday."));
    assertThat(x.meetings()).noneMatch(m -> m.participants().contains("georgia"));
  }

  @Test
  void aPlaceAfterInStaysTheLocation() {
    Extraction x = extract(article("2025-04-14",
        "Negotiators from Armenia and Azerbaijan held talks in the Georgian capital Tbilisi on Monday."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("armenia", "azerbaijan");
      assertThat(m.location()).hasValueSatisfying(l -> assertThat(l.name()).isEqualTo("Tbilisi"));
    });
  }

  @Test
  void theAgentOfAWordOfMediationIsNoSide() {
    Extraction x = extract(article("2025-04-14",
        "Talks were held on Monday and were facilitated by Georgia and Kazakhstan, officials said."));
    assertThat(x.meetings()).isEmpty();
  }

  @Test
  void theSubjectOfAnActiveVerbOfMediationIsNoSide() {
    // pattern: "X facilitated / brokered / keeps mediating talks between A and B": the subject brings
    // the sides together; with "both sides" the sides are the war's, not a pair the go-between is in
    Extraction x = extract(article("2025-04-14", "Talks", "Brazil brokered talks between Peru and Chile in Brasilia on Monday."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("peru", "chile"));
    Extraction y = extract(article("2025-04-14", "Talks",
        "Brazil and Peru held talks in Lima.",
        "Peru and Chile have fought over the border since May.",
        "Brazil will continue facilitating negotiations between both sides."));
    assertThat(y.meetings()).filteredOn(m -> m.location().isEmpty()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("peru", "chile"));
  }

  @Test
  void aMediatedMeetingKeepsItsSides() {
    Extraction x = extract(article("2025-04-14",
        "Armenia and Azerbaijan held talks on Monday.", "The talks were mediated by Kazakhstan and Georgia."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("armenia", "azerbaijan"));
  }

  @Test
  void aSummitThatFramesABilateralIsNotMergedIntoIt() {
    // "at the start of the NATO summit": the setting of the meeting, not a side of it
    Extraction x = extract(article("2025-04-14",
        "Emmanuel Macron met Olaf Scholz at the start of the NATO summit on Tuesday."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("emmanuel-macron", "olaf-scholz"));
  }

  @Test
  void aWelcomedTruceIsNoReception() {
    // "welcomed" meets a guest only when the guest is its object, not a name inside a prepositional phrase
    Extraction x = extract(article("2025-04-14", "France welcomed the ceasefire between Armenia and Azerbaijan."));
    assertThat(x.meetings()).isEmpty();
  }

  @Test
  void anotherRoundIsPlannedBetweenTheSidesOfTheSeries() {
    Extraction x = extract(article("2025-04-14",
        "Serbia and Kosovo held talks in Brussels on Friday.", "Another round is planned for next month."));
    assertThat(x.meetings()).anySatisfy(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("serbia", "kosovo");
      assertThat(m.status()).isEqualTo(io.github.newsevents.model.MeetingStatus.PLANNED);
    });
  }

  @Test
  void previousRoundsElsewhereAreMeetingsOfTheirOwn() {
    // plural "rounds" is a series: held by the same sides, at its own place
    Extraction x = extract(article("2025-04-14",
        "Serbia and Kosovo held talks in Brussels on Friday, after two previous rounds in Vienna."));
    assertThat(x.meetings()).hasSize(2)
        .allSatisfy(m -> assertThat(m.participants()).containsExactlyInAnyOrder("serbia", "kosovo"))
        .anySatisfy(m -> assertThat(m.location()).hasValueSatisfying(l -> assertThat(l.name()).isEqualTo("Vienna")));
  }

  @Test
  void aNumberedRoundOfTalksNamingNoSideIsHeldByTheSidesOfTheSeries() {
    // pattern: "a third round of talks", "the next round of negotiations": a round of a series
    // spoken of before, held by its sides, with its own place, date and status
    Extraction x = extract(article("2025-04-14", "Border talks",
        "Serbia and Kosovo held talks in Brussels in March.",
        "The European Union mediated the first two rounds.",
        "A third round of talks that was supposed to happen in Vienna on Tuesday was cancelled."));
    assertThat(x.meetings()).anySatisfy(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("serbia", "kosovo");
      assertThat(m.status()).isEqualTo(MeetingStatus.CANCELLED);
      assertThat(m.location()).hasValueSatisfying(l -> assertThat(l.name()).isEqualTo("Vienna"));
    });
  }

  @Test
  void aPronounInAnOpeningParticipleClauseIsTheMainClausesSubject() {
    // pattern: "Describing his call with X as warm, Y said ...": the participle's subject, and so the
    // owner of "his call", is the main clause's subject, not the person last named before
    Extraction x = extract(article("2025-04-14", "Border talks",
        "Peruvian President Dina Quispe said Economy Minister Jose Salas had spoken to Chilean officials.",
        "Describing his call with Chilean President Gabriel Castro as warm, Foreign Minister Luis Vidal said the"
            + " border would reopen."));
    assertThat(x.meetings()).anySatisfy(m -> assertThat(m.participants())
        .containsExactlyInAnyOrder("gabriel-castro", "luis-vidal"));
  }

  @Test
  void roundsWithNoTalksBeforeThemAreNoMeeting() {
    Extraction x = extract(article("2025-04-14", "Soldiers fired several rounds near the border on Friday."));
    assertThat(x.meetings()).isEmpty();
  }

  @Test
  void whoAgreesToMeetIsASideNotASpeaker() {
    // a verb of saying with an infinitive ("agreed to resume talks") commits its subject to the event
    Extraction x = extract(article("2025-04-14", "Iran and Saudi Arabia have agreed to resume talks, a spokesman said."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("iran", "saudi-arabia");
      assertThat(m.status()).isEqualTo(io.github.newsevents.model.MeetingStatus.PLANNED);
    });
  }

  @Test
  void theSubjectOfTheVerbHostIsTheHost() {
    Extraction x = extract(article("2025-04-14", "Xi Jinping will host Vladimir Putin in Beijing next week."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("xi-jinping", "vladimir-putin");
      assertThat(m.host()).contains("xi-jinping");
    });
  }

  @Test
  void aHostOfOthersTalksIsNoSide() {
    // "hosting talks between A and B": the host's role is its own, the sides are A and B
    Extraction x = extract(article("2025-04-14", "Oman is hosting talks between Iran and the United States this week."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("iran", "united-states");
      assertThat(m.host()).contains("oman");
      assertThat(m.kind()).isEqualTo(io.github.newsevents.model.MeetingKind.TALKS);
    });
  }

  @Test
  void aSpeakerAfterTheListOfSidesIsNotTheHolderOfATitle() {
    // "talks between A and B, X said": X speaks; only "with the chairman of C, X" makes X the title's holder
    Extraction x = extract(article("2025-04-14",
        "Asked about the talks between Peru and Chile, Garcia said: \"We want progress soon.\""));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("peru", "chile"));
  }

  @Test
  void aNameAfterATitleOfAStateOrBodyIsTheTitlesHolder() {
    // "the chairman of X, Name": the name in apposition holds the title; X only qualifies it
    Extraction x = extract(article("2025-04-14",
        "Foreign Minister Ana Ruiz met with the chairman of the Andean Council, Pedro Salas, on Monday."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("ana-ruiz", "pedro-salas"));
    Extraction y = extract(article("2025-04-14", "Foreign Minister Ana Ruiz met the president of Chile, Pedro Salas, on Monday."));
    assertThat(y.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("ana-ruiz", "pedro-salas"));
  }

  @Test
  void theWarringPartiesAreTheFightersNotTwoPlacesNamedLast() {
    // "rounds in Chile and Ecuador" names places; "the warring parties" are those the article shows fighting
    Extraction x = extract(article("2025-04-14",
        "Peru's army and the FARC rebels have fought for years; rebel attacks killed ten soldiers in March.",
        "Talks between Peru and the FARC opened in Lima.",
        "The talks follow earlier rounds in Chile and Ecuador. During the last round, the warring parties held talks on prisoners."));
    assertThat(x.meetings()).noneMatch(m -> m.participants().contains("chile") || m.participants().contains("ecuador"));
  }

  @Test
  void twoEventWordsWithTheirOwnObjectsAreTwoMeetings() {
    // one subject, two verb phrases, each with its own other side: two events, not one of three sides
    Extraction x = extract(article("2025-04-14",
        "President Ana Ruiz resumed talks with the FARC and is expected to open formal peace talks with the ELN later this month."));
    assertThat(x.meetings()).hasSize(2)
        .anySatisfy(m -> assertThat(m.participants()).containsExactlyInAnyOrder("ana-ruiz", "farc"))
        .anySatisfy(m -> {
          assertThat(m.participants()).containsExactlyInAnyOrder("ana-ruiz", "eln");
          // the second predicate's own verb group ("and is expected to") gives its status
          assertThat(m.status()).isEqualTo(io.github.newsevents.model.MeetingStatus.PLANNED);
        });
  }

  @Test
  void aDefiniteMentionAttendedBySomeoneAddsThemToTheMeeting() {
    Extraction x = extract(article("2025-04-14",
        "Envoy Mark Hale met Chilean officials in Santiago on Friday.",
        "The talks were attended by the Chilean foreign minister Pedro Salas and the deputy minister Rosa Vidal."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).contains("mark-hale", "pedro-salas", "rosa-vidal"));
  }

  @Test
  void anotherObjectInALaterSentenceIsAnotherMeeting() {
    // "A and B met", then "A recalled meeting with C": C joins no meeting of A and B
    Extraction x = extract(article("2025-04-14",
        "Chilean President Oskar Vallin and Norwegian Prime Minister Lena Marsh met in Oslo on Monday.",
        "Vallin recalled meeting with earlier Norwegian leaders before joking about his age."));
    assertThat(x.meetings()).anySatisfy(m -> assertThat(m.participants())
        .containsExactlyInAnyOrder("oskar-vallin", "lena-marsh"));
  }

  @Test
  void aPlaceAfterUnnamedCompanionsIsNoSide() {
    // "met with mediators in the Dominican Republic": the companions are unnamed, the state is where
    Extraction x = extract(article("2025-04-14",
        "Chilean President Oskar Vallin said on Saturday he met with a group of mediators in Peru."));
    assertThat(x.meetings()).allSatisfy(m -> assertThat(m.participants()).doesNotContain("peru"));
  }

  @Test
  void anAppositionAfterTheSubjectsNameStaysInsideTheClause() {
    // "A, Estonia's foreign minister, and B met": the apposition is no clause boundary, and the
    // state that possesses the title is the holder's, not a side of its own
    Extraction x = extract(article("2025-04-14",
        "Tomas Reyval, Estonia's foreign minister, and Latvian Defence Minister Ilze Karnova met in Tallinn on Tuesday."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("tomas-reyval", "ilze-karnova"));
  }

  @Test
  void aForumsMembersMeetingAmongThemselvesAreOneSide() {
    // "EU leaders will meet in Brussels": the forum's members meet as such, with no other side;
    // a state's officials ("Russian officials met") still need another side
    Extraction x = extract(article("2025-04-14", "ASEAN foreign ministers met in Jakarta on Sunday."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactly("asean-foreign-ministers"));
    assertThat(extract(article("2025-04-14", "Russian officials met on Monday.")).meetings()).isEmpty();
  }

  @Test
  void aCounterpartCoordinatedWithTheSubjectIsItsState() {
    // "A and her Chilean counterpart held talks": the counterpart, named by demonym only, is Chile
    Extraction x = extract(article("2025-04-14",
        "Norwegian Prime Minister Lena Marsh and her Chilean counterpart held talks in Oslo on Monday."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("lena-marsh", "chile"));
  }

  @Test
  void aCompoundOfTwoSurnamesNamesTheSidesAndIsSetForIsAPlan() {
    // "the Marsh-Vallin summit is set for Friday": the people of the compound, planned
    Extraction x = extract(article("2025-04-14",
        "Norwegian Prime Minister Lena Marsh and Chilean President Oskar Vallin face a busy week.",
        "The Marsh-Vallin summit is set for Friday in Oslo."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("lena-marsh", "oskar-vallin");
      assertThat(m.status()).isEqualTo(io.github.newsevents.model.MeetingStatus.PLANNED);
    });
  }

  @Test
  void theirEventAndTheTwoLeadersAreTheLastPairEvenAfterAHeadline() {
    // "after their first summit", then "the two leaders met": the pair coordinated before, also when
    // an earlier mention found no sides of its own
    Extraction x = extract(article("2025-04-14",
        "Vallin, Marsh pledge closer ties at Oslo summit",
        "Chilean President Oskar Vallin and Norwegian Prime Minister Lena Marsh pledged on Monday to double trade, "
            + "after their first summit.",
        "The two leaders met for three hours at the residence."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("oskar-vallin", "lena-marsh"));
  }

  @Test
  void aBarePluralOfThePairsNounOpeningTheSentenceIsThePair() {
    // "Delegations met": no determiner, no name; the sides the article pairs
    Extraction x = extract(article("2025-04-14",
        "Peru and Chile have been at odds over fishing rights for a decade.",
        "Delegations met in Quito on Monday to discuss the dispute."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("peru", "chile"));
  }

  @Test
  void aSeparateMeetingOfSomeOfTheSamePeopleIsAnotherEvent() {
    // pattern: "held a separate bilateral meeting" on the sidelines of a summit they attended: the
    // adjective "separate" keeps it apart from the summit, though its people are there too
    Extraction x = extract(article("2026-07-13",
        "Peru, Chile and Bolivia held a summit in La Paz on Friday.",
        "On the sidelines of the summit, Peruvian President Ana Torres and Chilean President Luis Vega "
            + "held a separate bilateral meeting."));
    assertThat(x.meetings()).anySatisfy(m ->
        assertThat(m.participants()).containsExactlyInAnyOrder("ana-torres", "luis-vega"));
    assertThat(x.meetings()).anySatisfy(m -> assertThat(m.participants()).contains("bolivia"));
  }

  @Test
  void aDefinitePluralOfThePairsNounOpeningTheSentenceIsThePair() {
    // pattern: "The sides met", "The delegations will meet again", "The negotiators held talks":
    // the article before the noun changes nothing; the subject is still the pair
    for (String sentence : java.util.List.of("The sides met in Quito on Monday to discuss the dispute.",
        "The delegations will meet again in Quito next week.", "The negotiators held talks in Quito on Monday.")) {
      Extraction x = extract(article("2025-04-14",
          "Peru and Chile have been at odds over fishing rights for a decade.", sentence));
      assertThat(x.meetings()).as(sentence).singleElement()
          .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("peru", "chile"));
    }
  }

  @Test
  void aBarePluralAfterANameIsNoPair() {
    Extraction x = extract(article("2025-04-14",
        "Peru and Chile have been at odds over fishing rights for a decade.",
        "Delegations from Peru met officials of Ecuador in Quito on Monday."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("peru", "ecuador"));
  }

  @Test
  void aDefiniteTalksOpeningItsSentenceAreThoseOfTheArticlesPair() {
    // and "without" after the event word says what the talks lacked, not that there were none
    Extraction x = extract(article("2025-04-14",
        "Peru and Chile have been at odds over fishing rights for a decade.",
        "The talks ended without agreement on Tuesday."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("peru", "chile");
      assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
    });
  }

  @Test
  void talksOfADurationOpeningTheirSentenceAreThoseOfTheArticlesPair() {
    // pattern: "Week-long negotiations in Lima failed", "The three-hour talks ended": how long they
    // lasted is a modifier like "direct" or "peace", not a reason to drop the talks
    for (String sentence : java.util.List.of("Week-long negotiations in Lima failed to reach an agreement on the border.",
        "Two-day talks in Lima ended without a deal.", "The three-hour talks in Lima ended without a deal.")) {
      Extraction x = extract(article("2025-04-14", "Border",
          "Peru and Chile have asked Brazil to help, ministers from both countries said on Monday.", sentence));
      assertThat(x.meetings()).as(sentence).singleElement().satisfies(m -> {
        assertThat(m.participants()).containsExactlyInAnyOrder("peru", "chile");
        assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
      });
    }
  }

  @Test
  void aDefiniteTalksInsideASentenceTakeNoPair() {
    // not at the head of its sentence, "the talks" may be anyone's: no sides are made up
    Extraction x = extract(article("2025-04-14",
        "Peru and Chile have been at odds over fishing rights for a decade.",
        "Observers doubt that the talks will succeed."));
    assertThat(x.meetings()).isEmpty();
  }

  @Test
  void bareTeamsAfterAnOpeningAdjectiveAreThePairs() {
    // pattern: "Technical teams will meet in Brazil": the envoys a pair sends, one adjective before
    // them at the head of the sentence
    Extraction x = extract(article("2025-04-14", "Truce at sea",
        "Peru and Chile agreed on Monday to a truce at sea.",
        "Technical teams will meet in the coming days to discuss the details."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("peru", "chile");
      assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
    });
  }

  @Test
  void teamsFromTheTwoMinistriesAreThePairs() {
    // pattern: "teams from the two foreign ministries will meet": the two ministries stand for the
    // pair of states, like "the two countries" (pair noun "ministries" in words.tsv)
    Extraction x = extract(article("2025-04-14",
        "Peru and Chile have been at odds over fishing rights for a decade.",
        "Technical teams from the two foreign ministries will meet in Geneva next week."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("peru", "chile");
      assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
    });
  }

  @Test
  void bareNegotiatorsBeforeAnAuxiliaryAreThePairs() {
    Extraction x = extract(article("2025-04-14",
        "Peru and Chile have been at odds over fishing rights for a decade.",
        "Negotiators will meet again in Geneva next week."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("peru", "chile");
      assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
    });
  }

  @Test
  void anEarlierRoundOpeningItsSentenceIsAMeetingOfThePairOfItsOwn() {
    Extraction x = extract(article("2025-04-14",
        "Peru and Chile agreed to resume talks, the foreign ministry said.",
        "The last round of talks in Geneva collapsed in March."));
    assertThat(x.meetings()).hasSize(2).anySatisfy(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("peru", "chile");
      assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
      assertThat(m.location().map(io.github.newsevents.model.Place::name)).hasValue("Geneva");
    });
  }

  @Test
  void peaceTalksAreHeldByTheSidesAtWar() {
    // the pair the article names most (Brazil and Peru) is not who talks peace: those fighting are
    Extraction x = extract(article("2025-04-14",
        "Brazil and Peru signed a trade pact on Friday, and Brazil and Peru agreed on a new railway.",
        "Brazil and Peru also share a long border, and Brazil has sent aid to Peru.",
        "Chilean troops shelled Peruvian towns on Sunday, and Peruvian forces fought Chilean soldiers in the desert.",
        "The peace talks in Brasilia resumed on Monday."));
    assertThat(x.meetings()).anySatisfy(m -> {
      assertThat(m.participants()).containsExactly("peru", "chile"); // in the order the article names them
      assertThat(m.location().map(io.github.newsevents.model.Place::name)).hasValue("Brasilia");
      assertThat(m.kind()).isEqualTo(io.github.newsevents.model.MeetingKind.TALKS);
    });
  }

  @Test
  void aCityAndTheStateItLiesInAreOnePlaceOfOneMeeting() {
    Extraction x = extract(article("2025-04-14",
        "Representatives of Peru and Chile met in Ecuador on Monday.",
        "The talks in Quito are the first since the war."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("peru", "chile"));
    // two cities of one state are two places
    Extraction y = extract(article("2025-04-14",
        "Peru and Chile held talks in Quito on Monday.", "The talks in Guayaquil on Friday were tense."));
    assertThat(y.meetings()).hasSize(2);
  }

  @Test
  void trilateralTalksAreThoseOfTheLastThreeSidesListedTogether() {
    Extraction x = extract(article("2025-04-14",
        "Peru, Chile and Bolivia have argued over water rights for years.",
        "Trilateral talks are due to resume in La Paz on Friday."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactly("peru", "chile", "bolivia");
      assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
    });
    // with no three sides listed together, no sides are made up
    Extraction y = extract(article("2025-04-14", "Peru and Chile have fought since March.",
        "Trilateral talks resumed in Brasilia on Friday."));
    assertThat(y.meetings()).isEmpty();
  }

  @Test
  void trilateralTalksOfOneNamedSideAreItAndTheArticlesPair() {
    // pattern: "Ecuador has proposed holding a fresh round of trilateral talks": with no three sides
    // listed together, the one side the clause names and the article's pair are the three
    Extraction x = extract(article("2025-04-14", "Talks",
        "Peru and Chile have fought over the border since May.",
        "Ecuador has proposed holding a fresh round of trilateral talks in Quito later this month."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("ecuador", "peru", "chile"));
  }

  // A bare plural event noun opening its sentence ("Talks in Quito ended", "Peace talks resumed")
  // with a verb of what happened to the talks refers to the talks of the article's pair, as "The
  // talks" does; a state of affairs ("Negotiations are at a stalemate") is no meeting.
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "Talks in Quito ended on Monday without agreement.",
      "Peace talks resumed in Quito on Monday.",
      "Talks hosted by Ecuador in Quito ended on Monday without agreement."})
  void aBarePluralOpeningItsSentenceIsThePairsTalks(String sentence) {
    Extraction x = extract(article("2025-04-14", "Peru and Chile have clashed along their border since January.", sentence));
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.participants()).contains("peru", "chile"));
  }

  @Test
  void aStateOfAffairsOfTalksIsNoMeeting() {
    Extraction x = extract(article("2025-04-14", "Peru and Chile have clashed along their border since January.",
        "Negotiations are at a stalemate, Brazil said."));
    assertThat(x.meetings()).isEmpty();
  }

  @Test
  void theHeadsOfTheSidesDelegationsTakePartInTheTalks() {
    // pattern: "<side>'s delegation was led by X", "<side> sent a team headed by Y"
    Extraction x = extract(article("2025-04-14",
        "Peruvian and Chilean delegations met in Quito on Monday.",
        "Peru's delegation was led by Foreign Minister Ana Ruiz, while Chile sent a team headed by presidential aide Tomas Vidal."));
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.participants())
        .contains("ana-ruiz", "tomas-vidal"));
  }

  @Test
  void aHeadOfAnotherBodyIsNoDelegate() {
    Extraction x = extract(article("2025-04-14",
        "Peru and Chile held talks in Quito on Monday.",
        "A Brazilian inquiry led by judge Marta Souza reported on the border incident."));
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.participants())
        .doesNotContain("marta-souza"));
  }

  @Test
  void aGatheringWithoutAnObjectIsAMeeting() {
    // pattern: plural subject + "gathered" / "convened" + a place, time or purpose
    Extraction x = extract(article("2025-04-14", "The foreign ministers of Peru and Chile gathered in Quito on Monday."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("peru", "chile");
      assertThat(m.location()).hasValueSatisfying(l -> assertThat(l.name()).isEqualTo("Quito"));
    });
  }

  @Test
  void gatheringSomethingIsNoMeeting() {
    for (String s : new String[] {
        "Peru has gathered troops near the border with Chile.",
        "Peruvian officials gathered evidence of Chilean spying."}) {
      assertThat(extract(article("2025-04-14", s)).meetings()).as(s).isEmpty();
    }
  }

  @Test
  void leadersOfAForumMeetAmongThemselves() {
    // pattern: "Leaders / foreign ministers / heads of state of <forum>" as the subject of a meeting verb
    Extraction x = extract(article("2025-04-14", "Leaders of the African Union met in Addis Ababa on Saturday."));
    assertThat(x.meetings()).singleElement().satisfies(m ->
        assertThat(m.participants()).containsExactly("african-union"));
  }

  @Test
  void theirEventIsThatOfTheTwoPeopleTheSentenceNamesReporterIncluded() {
    // pattern: "Y said that X regretted missing their planned meeting": "their" of the two people the
    // sentence names (the reporter too), before the sides of an earlier meeting; missed, it did not
    // take place
    Extraction x = extract(article("2025-04-14",
        "Peru and Chile talk",
        "Peruvian President Ana Quispe said she held a phone call with Chilean President Luis Soto on Monday.",
        "She added that Trade Minister Rosa Vidal would travel to Brazil on Friday to discuss tariffs.",
        "Quispe said that Soto voiced regret at missing their planned meeting in Geneva."));
    assertThat(x.meetings()).filteredOn(m -> m.status() == MeetingStatus.CANCELLED).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("ana-quispe", "luis-soto"));
  }

  @Test
  void theirEventThatIsNotMarkedAsPlannedIsTheMeetingJustReported() {
    // pattern: "Z said Y had criticised their summit": the summit just reported, not one of Z and Y
    Extraction x = extract(article("2025-05-20", "Summit",
        "Peruvian President Ana Quispe and Chilean President Luis Soto met in Arica on Friday.",
        "Bolivian President Jorge Mamani said Brazilian President Rui Costa had criticised their summit."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("ana-quispe", "luis-soto"));
  }

  @Test
  void thePairsPluralTitleIsTheTwoHoldersOfIt() {
    // pattern: "met with the two countries' foreign ministers": the people who hold the title for
    // each state of the pair, even when the article names them only after the phrase
    Extraction x = extract(article("2025-04-14", "Envoy in Lima",
        "Peru and Chile agreed to talks.",
        "Envoy Sam Rivers met on Monday with the two countries' foreign ministers in Lima.",
        "Peruvian Foreign Minister Rosa Vidal and Chilean Foreign Minister Luis Soto said the talks went well."));
    assertThat(x.meetings()).filteredOn(m -> m.status() == MeetingStatus.HELD).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("sam-rivers", "rosa-vidal", "luis-soto"));
  }

  @Test
  void aDeputyIsNoHolderOfThePairsTitle() {
    // a deputy foreign minister does not hold "foreign minister": the phrase stays the pair of states
    Extraction x = extract(article("2025-04-14", "Envoy in Lima",
        "Peru and Chile agreed to talks.",
        "Envoy Sam Rivers met on Monday with the two countries' foreign ministers in Lima.",
        "Peruvian Deputy Foreign Minister Rosa Vidal and Chilean Foreign Minister Luis Soto said the talks went well."));
    assertThat(x.meetings()).filteredOn(m -> m.status() == MeetingStatus.HELD).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("sam-rivers", "peru", "chile"));
  }

  @Test
  void aDefinitePluralTitleAsSubjectIsThePeopleTitledSo() {
    // pattern: "the foreign ministers agreed to meet again": the holders of the title named before,
    // also when the verb is quoted and its subject stands before the quotation
    Extraction x = extract(article("2025-04-14", "Envoy in Lima",
        "Envoy Sam Rivers met on Monday with Peruvian Foreign Minister Rosa Vidal and Chilean Foreign Minister Luis Soto in Lima.",
        "The ministry said the envoys and the foreign ministers had \"agreed to meet again in Quito on May 2\"."));
    assertThat(x.meetings()).filteredOn(m -> m.status() == MeetingStatus.PLANNED).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("rosa-vidal", "luis-soto");
      assertThat(m.location()).hasValueSatisfying(l -> assertThat(l.name()).isEqualTo("Quito"));
    });
  }

  @Test
  void aPluralTitleOfAnOwnerIsNoPeopleNamedBefore() {
    // "the foreign ministers of the bloc": whose ministers they are is said; no holders are taken
    Extraction x = extract(article("2025-04-14", "Envoy in Lima",
        "Envoy Sam Rivers met on Monday with Peruvian Foreign Minister Rosa Vidal and Chilean Foreign Minister Luis Soto in Lima.",
        "The foreign ministers of the Andean bloc will meet in Quito on May 2."));
    assertThat(x.meetings()).noneMatch(m -> m.status() == MeetingStatus.PLANNED
        && m.participants().containsAll(java.util.List.of("rosa-vidal", "luis-soto")));
  }

  @Test
  void roundsInCoordinatedPlacesAreOneRoundInEach() {
    // pattern: "the talks follow (earlier) rounds in A, B and C": one earlier round in each place, held
    // by the series' sides; the places are neither sides nor where the talks of the sentence are
    Extraction x = extract(article("2025-04-14", "Talks in Lima",
        "Peru and Chile held talks in Lima on Monday.",
        "The talks follow earlier rounds in Quito, Bogota and La Paz."));
    assertThat(x.meetings()).hasSize(4).allSatisfy(m ->
        assertThat(m.participants()).containsExactlyInAnyOrder("peru", "chile"));
    assertThat(x.meetings()).extracting(m -> m.location().map(l -> l.name()).orElse(null))
        .containsExactlyInAnyOrder("Lima", "Quito", "Bogota", "La Paz");
  }

  @Test
  void aRoundInOnePlaceDoesNotJoinAMeetingOfNoPlace() {
    // "met in Chile ... follow rounds in Bolivia and Ecuador": a round held elsewhere is another event,
    // also when the meeting before named no place of its own
    Extraction x = extract(article("2025-04-14", "Truce talks",
        "Delegates of Peru's government and the rebel group FARP met on Monday to negotiate a truce.",
        "The meeting follows rounds in Bolivia and Ecuador."));
    assertThat(x.meetings()).hasSize(3).allSatisfy(m ->
        assertThat(m.participants()).containsExactlyInAnyOrder("peru", "farp"));
  }

  @Test
  void theLeadersOrMinistersOfARegionAreOneGroup() {
    // pattern: "European leaders met", "Arab foreign ministers gathered", "Latin American leaders will
    // meet": the region's states' envoys among themselves, one group of no state; "South leaders" is none
    Extraction x = extract(article("2025-04-14", "Summit", "Arab foreign ministers gathered in Cairo on Sunday."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactly("arab-foreign-ministers"));
    assertThat(x.actors()).filteredOn(a -> a.id().equals("arab-foreign-ministers")).singleElement()
        .satisfies(a -> assertThat(a.country()).isEmpty());
    Extraction y = extract(article("2025-04-14", "Summit",
        "Peruvian President Ana Quispe met Latin American leaders in Paris on Monday."));
    assertThat(y.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("ana-quispe", "latin-american-leaders"));
    Extraction z = extract(article("2025-04-14", "Summit", "South leaders met in Lima on Monday."));
    assertThat(z.actors()).noneMatch(a -> a.id().equals("south-leaders"));
  }

  @Test
  void coordinatedMinistersOfABodyAreTwoGroupsAndMeetingSeparatelyIsOneMeetingEach() {
    // pattern: "the Mercosur trade and foreign ministers met": two groups of the body; "met separately":
    // each group among themselves
    Extraction x = extract(article("2025-04-14", "Ministers", "The Mercosur trade and foreign ministers met on Tuesday in Montevideo."));
    assertThat(x.meetings()).singleElement().satisfies(m ->
        assertThat(m.participants()).containsExactlyInAnyOrder("mercosur-trade-ministers", "mercosur-foreign-ministers"));
    Extraction y = extract(article("2025-04-14", "Ministers",
        "The Mercosur trade and foreign ministers met separately in Montevideo on Tuesday."));
    assertThat(y.meetings()).hasSize(2).extracting(m -> m.participants())
        .containsExactlyInAnyOrder(java.util.List.of("mercosur-trade-ministers"), java.util.List.of("mercosur-foreign-ministers"));
  }

  @Test
  void anOpeningTimeBeforeACommaIsNoPlaceThatSwallowsTheSubjects() {
    // "In June, Peru and Chile held talks": a comma after the opening phrase ends it
    Extraction x = extract(article("2025-04-14", "Talks", "In June, Peru and Chile held talks in Quito."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("peru", "chile"));
  }

  @Test
  void onlyTheVerbsOwnSubjectIsAGoBetween() {
    // "Chile said Brazil brokered talks between Peru and Chile": Chile reports and is a side
    Extraction x = extract(article("2025-04-14", "Talks", "Chile said Brazil brokered talks between Peru and Chile on Monday."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("peru", "chile"));
  }

  @Test
  void teamsOfAnotherKindAreNoEnvoysOfThePair() {
    Extraction x = extract(article("2025-04-14", "Border",
        "Peru and Chile have fought over the border since May.",
        "Military teams met on Monday to count the dead.", "Rescue teams will meet on Friday."));
    assertThat(x.meetings()).isEmpty();
  }

  @Test
  void preparationsForAnotherEventLeaveTheTalksHeld() {
    Extraction x = extract(article("2025-04-14", "Talks",
        "Amid preparations for a regional summit, Peru and Chile held talks in Lima on Monday."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("peru", "chile");
      assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
    });
  }

  @Test
  void aForumsMeetingsInTwoPlacesAreKept() {
    Extraction x = extract(article("2025-04-14", "Ministers", "ASEAN foreign ministers held meetings in Jakarta and Hanoi last month."));
    assertThat(x.meetings()).isNotEmpty()
        .allSatisfy(m -> assertThat(m.participants()).contains("asean-foreign-ministers"));
  }
}
