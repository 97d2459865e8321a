package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, points 5 and 8: an event word that is the object of another ("to host a round of talks")
 * or the setting of a meeting ("meet at a summit in Oslo") is one event with it, and its place and
 * date are the event's; an offer or an invitation is one side's (possible) until it is accepted
 * (planned); a plural subject that names people ("the two presidents") refers to the last meeting
 * of people. Made-up sentences.
 */
class HostsOffersAndSettingsTest {
  @Test
  void talksOfferedToBeHostedAreOnePossibleEventWithTheirPlace() {
    Extraction x = extract(article("2025-04-14",
        "Norway offered to host a new round of talks between Serbia and Kosovo in Oslo."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("serbia", "kosovo");
      assertThat(m.host()).hasValue("norway");
      assertThat(m.kind()).isEqualTo(MeetingKind.TALKS);
      assertThat(m.status()).isEqualTo(MeetingStatus.POSSIBLE);
      assertThat(m.location()).hasValueSatisfying(l -> assertThat(l.name()).isEqualTo("Oslo"));
    });
  }

  @Test
  void aHostingPersonKeepsTheTalksDate() {
    Extraction x = extract(article("2025-04-14",
        "Norwegian Prime Minister Eva Lunde offered to host talks between Serbia and Kosovo in Oslo next month."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.host()).hasValue("eva-lunde");
      assertThat(m.date()).hasValue(PartialDate.ofMonth(2025, 5));
    });
  }

  @Test
  void anInvitationIsPossibleAndAnAcceptedOnePlanned() {
    Extraction received = extract(article("2025-04-14",
        "Chilean President Ana Ruiz received an invitation to visit Lima in May, her office said."));
    assertThat(received.meetings()).singleElement()
        .satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.POSSIBLE));
    Extraction accepted = extract(article("2025-04-14",
        "Chilean President Ana Ruiz accepted an invitation to visit Lima in May, her office said."));
    assertThat(accepted.meetings()).singleElement().satisfies(m -> {
      assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
      assertThat(m.date()).hasValue(PartialDate.ofMonth(2025, 5));
    });
  }

  @Test
  void aSummitAfterAtIsTheSettingOfTheMeeting() {
    Extraction x = extract(article("2025-04-14",
        "Finnish President Marta Lind and Estonian President Tomas Berg agreed to meet at a summit in Oslo in July."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("marta-lind", "tomas-berg");
      assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
      assertThat(m.location()).hasValueSatisfying(l -> assertThat(l.name()).isEqualTo("Oslo"));
      assertThat(m.date()).hasValue(PartialDate.ofMonth(2025, 7));
    });
  }

  @Test
  void theTwoPresidentsAreTheLastPeopleWhoMetNotTheStatesOfTheTalksBetween() {
    Extraction x = extract(article("2025-04-14",
        "Finnish President Marta Lind and Estonian President Tomas Berg spoke by phone on Monday.",
        "Lind offered to host talks between Serbia and Kosovo in Helsinki.",
        "The two presidents agreed to meet in Oslo in July."));
    assertThat(x.meetings()).anySatisfy(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("marta-lind", "tomas-berg");
      assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
      assertThat(m.location()).hasValueSatisfying(l -> assertThat(l.name()).isEqualTo("Oslo"));
    });
    assertThat(x.meetings()).noneSatisfy(m -> {
      assertThat(m.participants()).contains("serbia");
      assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
    });
  }

  @Test
  void aMeetingWithOneSideLendsNoSidesToTheTwoLeaders() {
    Extraction x = extract(article("2025-04-14",
        "Finnish President Marta Lind and Estonian President Tomas Berg held talks in Tallinn on Monday.",
        "Lind is due to travel to Tartu on Tuesday to meet business leaders.",
        "The two leaders had spoken by telephone last month."));
    assertThat(x.meetings()).anySatisfy(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("marta-lind", "tomas-berg");
      assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
      assertThat(m.date()).hasValue(PartialDate.ofMonth(2025, 3));
    });
  }

  @Test
  void talksHostedByAThirdStateBetweenTwoSidesAreTheSidesWithTheHostAsARole() {
    // pattern: "<talks> hosted by X between A and B": the agents of "hosted by" end where the phrase
    // of the sides begins; X hosts others' talks, a role, not a side
    Extraction x = extract(article("2025-04-14", "Talks",
        "Talks hosted by Ecuador between Peru and Chile opened on Monday."));
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder("peru", "chile");
      assertThat(m.host()).contains("ecuador");
    });
  }

  @Test
  void aCityNamedByTheCityOfPhraseIsTheMeetingsPlaceEvenUnknownToTheGazetteer() {
    // pattern: "in the (Ecuadorian) city of <Name>": the place the phrase names
    Extraction x = extract(article("2025-04-14", "Talks",
        "Peruvian President Ana Quispe met Chilean President Luis Soto in the Ecuadorian city of Guayaquil on"
            + " Monday."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.location()).hasValueSatisfying(l -> assertThat(l.name()).isEqualTo("Guayaquil")));
  }
}
