package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.Place;
import org.junit.jupiter.api.Test;

/** Issue 8, points 2, 4 and 6: meetings, visits, talks and calls. One test per rule. */
class MeetingStageTest {
  /** A Monday: "on Friday" is 2025-04-11. */
  private static final String PUBLISHED = "2025-04-14";

  private static Meeting onlyMeeting(Extraction x) {
    assertThat(x.meetings()).as("meetings").hasSize(1);
    return x.meetings().get(0);
  }

  private static Meeting only(String... paragraphs) {
    return onlyMeeting(extract(article(PUBLISHED, paragraphs)));
  }

  // status from tense and modality

  @Test
  void metIsHeld() {
    Meeting m = only("Foreign Minister Lena Marsh met Russian President Oskar Vallin in Moscow on Friday.");
    assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
    assertThat(m.participants()).containsExactlyInAnyOrder("lena-marsh", "oskar-vallin");
  }

  @Test
  void willMeetIsPlanned() {
    Meeting m = only("Foreign Minister Lena Marsh will meet Russian President Oskar Vallin in Moscow on Friday.");
    assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
    assertThat(m.participants()).containsExactlyInAnyOrder("lena-marsh", "oskar-vallin");
  }

  @Test
  void couldTakePlaceIsPossible() {
    Meeting m = only("A meeting between Foreign Minister Lena Marsh and Russian President Oskar Vallin"
        + " could take place in Geneva.");
    assertThat(m.status()).isEqualTo(MeetingStatus.POSSIBLE);
    assertThat(m.participants()).containsExactlyInAnyOrder("lena-marsh", "oskar-vallin");
  }

  @Test
  void isPossibleIsPossibleAndTheSpeakerIsNoParticipant() {
    Meeting m = only("Kremlin spokesperson Ivan Dorokhov said a meeting between Russian President Oskar Vallin"
        + " and Foreign Minister Lena Marsh is possible.");
    assertThat(m.status()).isEqualTo(MeetingStatus.POSSIBLE);
    assertThat(m.participants()).containsExactlyInAnyOrder("lena-marsh", "oskar-vallin");
  }

  @Test
  void aSpeakerReportingAfterTheClauseIsNoParticipant() {
    Meeting m = only("Russian President Oskar Vallin and Foreign Minister Lena Marsh could meet in Geneva,"
        + " Kremlin spokesperson Ivan Dorokhov said.");
    assertThat(m.status()).isEqualTo(MeetingStatus.POSSIBLE);
    assertThat(m.participants()).containsExactlyInAnyOrder("lena-marsh", "oskar-vallin");
  }

  @Test
  void wasCalledOffIsCancelled() {
    Meeting m = only("A meeting between Foreign Minister Lena Marsh and Russian President Oskar Vallin"
        + " was called off on Friday.");
    assertThat(m.status()).isEqualTo(MeetingStatus.CANCELLED);
  }

  // kinds

  @Test
  void aMeetingInAPlaceIsInPerson() {
    Meeting m = only("Foreign Minister Lena Marsh met Russian President Oskar Vallin in Moscow on Friday.");
    assertThat(m.kind()).isEqualTo(MeetingKind.IN_PERSON);
  }

  @Test
  void heldAPhoneCallIsAHeldPhoneCallOfBothSubjects() {
    Meeting m = only("Foreign Minister Lena Marsh and Russian President Oskar Vallin held a phone call on Friday.");
    assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
    assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
    assertThat(m.participants()).containsExactlyInAnyOrder("lena-marsh", "oskar-vallin");
  }

  @Test
  void spokeByPhoneIsAPhoneCall() {
    Meeting m = only("Foreign Minister Lena Marsh spoke by phone with Russian President Oskar Vallin on Friday.");
    assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
    assertThat(m.participants()).containsExactlyInAnyOrder("lena-marsh", "oskar-vallin");
  }

  @Test
  void aVideoCall() {
    Meeting m = only("Foreign Minister Lena Marsh held a video call with Russian President Oskar Vallin on Friday.");
    assertThat(m.kind()).isEqualTo(MeetingKind.VIDEO_CALL);
    assertThat(m.participants()).containsExactlyInAnyOrder("lena-marsh", "oskar-vallin");
  }

  @Test
  void heldTalksAreHeldTalksOfBothSubjects() {
    Meeting m = only("Norway and Russia held talks in Geneva on Friday.");
    assertThat(m.kind()).isEqualTo(MeetingKind.TALKS);
    assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
    assertThat(m.participants()).containsExactlyInAnyOrder("norway", "russia");
  }

  // participants, place, date, host, topics

  @Test
  void unnamedOfficialsOfAStateTakePartAsAGroup() {
    Extraction x = extract(article(PUBLISHED,
        "Foreign Minister Lena Marsh held talks with senior Russian officials in Geneva on Friday."));
    Meeting m = onlyMeeting(x);
    assertThat(m.participants()).contains("lena-marsh").hasSize(2);
    assertThat(m.participants()).anySatisfy(id ->
        assertThat(x.actor(id).orElseThrow().kind()).isEqualTo(ActorKind.GROUP));
  }

  @Test
  void delegationsTakePart() {
    Extraction x = extract(article(PUBLISHED,
        "The Norwegian delegation met the Russian delegation in Geneva on Friday."));
    Meeting m = onlyMeeting(x);
    assertThat(m.participants()).hasSize(2)
        .allSatisfy(id -> assertThat(x.actor(id).orElseThrow().kind()).isEqualTo(ActorKind.GROUP));
  }

  @Test
  void locationIsAPlaceWithItsCountry() {
    Meeting m = only("Foreign Minister Lena Marsh met Russian President Oskar Vallin in Geneva on Friday.");
    assertThat(m.location()).contains(Place.of("Geneva", "CHE"));
  }

  @Test
  void theSecondSideOfABetweenPhraseAfterAndTheIsNoNewClause() {
    // pattern: "talks between A and the B rebels were held in X": "and the" joins the second side of
    // "between", it opens no clause, so the place and date after the list are the talks'
    Meeting m = only("Talks between Peru and the Shining Dawn rebels were held in Quito on Friday.");
    assertThat(m.participants()).containsExactlyInAnyOrder("peru", "shining-dawn");
    assertThat(m.location()).contains(Place.of("Quito", "ECU"));
    assertThat(m.date().map(Object::toString)).isPresent();
  }

  @Test
  void locationAfterACommaSeparatedDate() {
    Meeting m = only("Foreign Minister Lena Marsh met Russian President Oskar Vallin on Friday, April 11, in Moscow.");
    assertThat(m.location()).contains(Place.of("Moscow", "RUS"));
    assertThat(m.date().map(Object::toString)).contains("2025-04-11");
  }

  @Test
  void placeAndDateOfTheMainClauseCarryIntoWhereHeMet() {
    Meeting m = only("US special envoy Mark Tennant flew to Moscow on Tuesday, where he met Russian President Oskar Vallin.");
    assertThat(m.participants()).containsExactlyInAnyOrder("mark-tennant", "oskar-vallin");
    assertThat(m.location().map(Place::name)).contains("Moscow");
    assertThat(m.date().map(Object::toString)).contains("2025-04-08");
  }

  @Test
  void onAWeekdayWithAPastVerbIsTheLastSuchDayBeforePublication() {
    Meeting m = only("Foreign Minister Lena Marsh met Russian President Oskar Vallin in Geneva on Friday.");
    assertThat(m.date().map(Object::toString)).contains("2025-04-11");
  }

  @Test
  void wasReceivedByNamesTheHost() {
    Meeting m = only("Foreign Minister Lena Marsh was received by Russian President Oskar Vallin in Moscow on Friday.");
    assertThat(m.host()).contains("oskar-vallin");
    assertThat(m.participants()).containsExactlyInAnyOrder("lena-marsh", "oskar-vallin");
    assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
  }

  @Test
  void hostedNamesTheHost() {
    Meeting m = only("Russian President Oskar Vallin hosted Foreign Minister Lena Marsh in Moscow on Friday.");
    assertThat(m.host()).contains("oskar-vallin");
    assertThat(m.participants()).containsExactlyInAnyOrder("lena-marsh", "oskar-vallin");
  }

  @Test
  void topicsWhenStated() {
    Meeting m = only("Foreign Minister Lena Marsh met Russian President Oskar Vallin in Moscow on Friday.",
        "The talks focused on grain exports.");
    assertThat(m.topics()).containsExactly("grain exports");
  }

  @Test
  void topicsAreKeptAsStatedWithoutTheirArticle() {
    // the design's JSON contract writes "war in Ukraine", not "the war in Ukraine"
    Meeting m = only("Foreign Minister Lena Marsh met Russian President Oskar Vallin in Moscow on Friday.",
        "The talks focused on the grain corridor.");
    assertThat(m.topics()).containsExactly("grain corridor");
  }

  @Test
  void aPlaceNamedInTheTopicIsNoSecondLocationAndDoesNotSplitTheMeeting() {
    Meeting m = only("Foreign Minister Lena Marsh met Russian President Oskar Vallin in Moscow on Friday.",
        "The talks focused on shipping in the Arctic.");
    assertThat(m.location().map(Place::name)).contains("Moscow");
    assertThat(m.topics()).anySatisfy(t -> assertThat(t).contains("shipping"));
    assertThat(m.evidence()).hasSize(2);
  }

  // one meeting, or several

  @Test
  void twoSentencesAboutOneMeetingMakeOneMeeting() {
    Meeting m = only(
        "Foreign Minister Lena Marsh met Russian President Oskar Vallin in St. Petersburg on Friday.",
        "The talks, which focused on grain exports, were attended by Kremlin spokesperson Ivan Dorokhov.");
    assertThat(m.participants()).containsExactlyInAnyOrder("lena-marsh", "oskar-vallin", "ivan-dorokhov");
    assertThat(m.location().map(Place::name)).contains("St. Petersburg");
    assertThat(m.topics()).containsExactly("grain exports");
    assertThat(m.evidence()).hasSize(2);
  }

  @Test
  void twoDifferentMeetingsStayApart() {
    Extraction x = extract(article(PUBLISHED,
        "Foreign Minister Lena Marsh met Russian President Oskar Vallin in Moscow on Friday.",
        "On Saturday, Marsh met German Chancellor Olaf Brandt in Berlin."));
    assertThat(x.meetings()).hasSize(2);
    assertThat(x.meetings()).anySatisfy(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("lena-marsh", "oskar-vallin");
      assertThat(m.location().map(Place::name)).contains("Moscow");
    });
    assertThat(x.meetings()).anySatisfy(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("lena-marsh", "olaf-brandt");
      assertThat(m.location().map(Place::name)).contains("Berlin");
    });
  }

  // negation

  @Test
  void noMeetingIsPlannedMakesNoMeeting() {
    Extraction x = extract(article(PUBLISHED,
        "The Kremlin said no meeting is planned between Russian President Oskar Vallin and Foreign Minister Lena Marsh."));
    assertThat(x.meetings()).noneMatch(m -> m.status() == MeetingStatus.HELD || m.status() == MeetingStatus.PLANNED);
  }

  @Test
  void deniedThatTalksTookPlaceMakesNoHeldMeeting() {
    Extraction x = extract(article(PUBLISHED,
        "Kremlin spokesperson Ivan Dorokhov denied that talks between Russian President Oskar Vallin"
            + " and Foreign Minister Lena Marsh took place."));
    assertThat(x.meetings()).noneMatch(m -> m.status() == MeetingStatus.HELD);
  }

  @Test
  void anArticleWithoutEventsHasNoMeeting() {
    Extraction x = extract(article(PUBLISHED,
        "Foreign Minister Lena Marsh said the weather in Oslo had been kind to the harvest.",
        "\u201CWe are grateful,\u201D she said."));
    assertThat(x.meetings()).isEmpty();
    assertThat(x.ceasefires()).isEmpty();
  }

  @Test
  void havingSpokenToLeadersIsACallWithTheirStatesGroups() {
    Meeting m = only("President Jonas Keller said he had spoken to Chilean and Peruvian leaders on Monday.");
    assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
    assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
    assertThat(m.participants()).containsExactlyInAnyOrder("jonas-keller", "chilean-leaders", "peruvian-leaders");
  }

  // participants: groups, roles and clauses

  @Test
  void aStatesNameBeforeAGroupNounMakesTheSameGroupAsItsDemonym() {
    Extraction x = extract(article(PUBLISHED,
        "The Afghanistan government and Taliban representatives met in Doha on Saturday.",
        "The Afghan government said the talks were useful."));
    assertThat(x.actors()).filteredOn(a -> a.name().endsWith("government")).singleElement()
        .satisfies(a -> {
          assertThat(a.kind()).isEqualTo(ActorKind.GROUP);
          assertThat(a.country()).contains("AFG");
        });
  }

  @Test
  void ministersOfAForumMeetingAmongThemselvesAreAGroupOfTheForum() {
    Extraction x = extract(article(PUBLISHED, "ASEAN trade ministers met with Foreign Minister Lena Marsh on Friday."));
    assertThat(x.actors()).filteredOn(a -> a.name().equals("ASEAN trade ministers")).singleElement()
        .satisfies(a -> assertThat(a.kind()).isEqualTo(ActorKind.GROUP));
    assertThat(onlyMeeting(x).participants()).containsExactlyInAnyOrder("asean-trade-ministers", "lena-marsh");
  }

  @Test
  void theHolderOfATitleInAppositionIsTheParticipantNotTheInstitution() {
    Meeting m = only("Foreign Minister Lena Marsh arrived on Friday.",
        "Marsh meets with the Chairman of Norway's High Council for National Reconciliation, Erik Solberg Berg,"
            + " on the sidelines of the summit.");
    assertThat(m.participants()).containsExactlyInAnyOrder("lena-marsh", "erik-solberg-berg");
  }

  @Test
  void whoeverChairsOrAttendsTheMeetingJoinsIt() {
    Meeting m = only("Foreign Minister Lena Marsh met Russian President Oskar Vallin in Geneva on Friday.",
        "Swiss President Anna Keller, who was chairing the meeting, called it frank.");
    assertThat(m.participants()).containsExactlyInAnyOrder("lena-marsh", "oskar-vallin", "anna-keller");
  }

  @Test
  void aStateLeftOutWithWithoutIsNoParticipant() {
    Meeting m = only("Foreign Minister Lena Marsh and Russian President Oskar Vallin spoke of trade without"
        + " mentioning Norway at their meeting in Geneva on Friday.");
    assertThat(m.participants()).containsExactlyInAnyOrder("lena-marsh", "oskar-vallin");
  }

  @Test
  void theSubjectOfAReportedMeetingIsTheOneAfterThat() {
    Extraction x = extract(article(PUBLISHED,
        "The Elysee on Tuesday denied a report that French President Paul Girard held a phone call with"
            + " Foreign Minister Lena Marsh last week."));
    assertThat(onlyMeeting(x).participants()).containsExactlyInAnyOrder("paul-girard", "lena-marsh");
  }

  @Test
  void aCoordinatedSubjectMeetsAsEveryOneOfItsParts() {
    Meeting m = only("The Armenian and Azerbaijani foreign ministers announced the plan following talks"
        + " with Russian Foreign Minister Oskar Vallin.");
    assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
    assertThat(m.participants()).containsExactlyInAnyOrder(
        "oskar-vallin", "armenian-foreign-ministers", "azerbaijani-foreign-ministers");
  }

  @Test
  void toCallSomeoneAfterAPastActionIsAHeldCall() {
    Extraction x = extract(article(PUBLISHED,
        "President Lena Marsh interrupted a dinner with her advisers on Friday to call Russian President Oskar Vallin."));
    Meeting m = onlyMeeting(x);
    assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
    assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
    assertThat(m.participants()).containsExactlyInAnyOrder("lena-marsh", "oskar-vallin");
  }

  @Test
  void daysLaterIsPastNotPlanned() {
    Meeting m = only("Days later, Foreign Minister Lena Marsh met Russian President Oskar Vallin in Geneva.");
    assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
  }

  @Test
  void aVisitTakesOnlyWhomItNames() {
    Extraction x = extract(article(PUBLISHED,
        "Erik Berg said he was visiting his grandmother when police of the Interior Ministry detained him."));
    assertThat(x.meetings()).isEmpty();
  }

  @Test
  void twoNamesInOneHyphenatedWordAreBothParticipants() {
    Meeting m = only("Foreign Minister Lena Marsh proposed a Norway-Sweden meeting for next month.");
    assertThat(m.participants()).contains("norway", "sweden");
    assertThat(m.status()).isEqualTo(MeetingStatus.POSSIBLE);
  }

  @Test
  void aStateAfterACityAndACommaOnlyPlacesIt() {
    Extraction x = extract(article(PUBLISHED,
        "Foreign Minister Lena Marsh arrived in Doha, Qatar on Friday to take part in talks on trade."));
    assertThat(x.actors()).extracting(a -> a.id()).doesNotContain("qatar");
  }

  @Test
  void aSpeakersOwnMeetingCountsTheSpeakerIn() {
    Meeting m = only("\u201COur talks today were open and useful,\u201D Foreign Minister Lena Marsh said after"
        + " receiving her Swedish counterpart.",
        "\u201CThe meeting with President Oskar Vallin confirmed that we are moving forward,\u201D she added.");
    assertThat(m.participants()).contains("lena-marsh", "oskar-vallin");
  }

  @Test
  void aQuotedCallForTalksIsNoMeetingOfTheSpeaker() {
    Extraction x = extract(article(PUBLISHED,
        "\u201CWe need negotiations with Russia,\u201D Prime Minister Erik Berg wrote."));
    assertThat(x.meetings()).isEmpty();
  }

  @Test
  void peersMeetingAmongThemselvesAreAMeetingOfTheirForum() {
    Meeting m = only("Mercosur has four full members.",
        "Mercosur trade ministers held an urgent virtual meeting in March and agreed to keep their tariffs unchanged.");
    assertThat(m.participants()).containsExactlyInAnyOrder("mercosur-trade-ministers", "mercosur");
    assertThat(m.kind()).isEqualTo(MeetingKind.VIDEO_CALL);
    assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
  }

  @Test
  void aForumsLeadersMeetingIsTheForumsSummit() {
    Meeting m = only("ASEAN held its summit in Kuala Lumpur on Monday, with Prime Minister Anwar Ibrahim in the chair.",
        "The ASEAN leaders met in Kuala Lumpur as tariffs loomed.");
    assertThat(m.participants()).contains("asean", "asean-leaders");
  }

  @Test
  void theMonthMayIsNoModal() {
    Meeting m = only("The Taliban and the Afghan government met in Doha, a year after a deal that set a withdrawal by May 2021.");
    assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
  }

  @Test
  void talksThatContinueAreHeld() {
    Meeting m = only("The trilateral talks between Russia, Ukraine and the United States are due to continue on Thursday.");
    assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
  }

  @Test
  void aPossessivePronounIsTheSentencesSubject() {
    Extraction x = extract(article(PUBLISHED,
        "President Lena Marsh said she would brief Oskar Vallin on her talks with Erik Berg on Friday."));
    assertThat(x.meetings()).anySatisfy(m -> assertThat(m.participants()).contains("lena-marsh", "erik-berg")
        .doesNotContain("oskar-vallin"));
  }

  @Test
  void anActorUnderWhomSomethingHappenedIsNoParticipant() {
    Extraction x = extract(article(PUBLISHED,
        "The softening on nuclear talks follows years of icy relations under former President Oskar Vallin."));
    assertThat(x.meetings()).isEmpty();
  }

  @Test
  void sinceGivesNoDateOfTheMeeting() {
    Meeting m = only("Foreign Minister Lena Marsh met Russian President Oskar Vallin in Geneva, their first talks since March 2021.");
    assertThat(m.date()).isEmpty();
  }

  @Test
  void peersWithNoForumNamedMakeNoMeeting() {
    Extraction x = extract(article(PUBLISHED, "Foreign ministers held a virtual meeting in April."));
    assertThat(x.meetings()).isEmpty();
    // the ministers of a region are one group that meets among themselves (MeetingSidesTest)
    Extraction y = extract(article(PUBLISHED, "Arab foreign ministers held a virtual meeting in April."));
    assertThat(y.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactly("arab-foreign-ministers"));
  }

  @Test
  void phoneCallsWithSeveralCounterpartsAreOneCallEach() {
    Extraction x = extract(article(PUBLISHED,
        "The Armenian and Azerbaijani foreign ministers announced the plan following phone calls"
            + " between Russian Foreign Minister Oskar Vallin and his counterparts."));
    assertThat(x.meetings()).hasSize(2).allSatisfy(m -> {
      assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
      assertThat(m.participants()).hasSize(2).contains("oskar-vallin");
    });
    assertThat(x.meetings()).flatExtracting(Meeting::participants)
        .contains("armenian-foreign-ministers", "azerbaijani-foreign-ministers");
  }
}
