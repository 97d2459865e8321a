package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Actor;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.PartyRole;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 1: the sides of a civil war. News English names a non-state armed group by a
 * capitalised name before a noun of insurgency ("the Shining Dawn rebels"), by a demonym before it
 * ("Peruvian rebels", who fight Peru and do not stand for it), by "the rebel group" before a name,
 * by an apposition ("X, a Maoist rebel group,"), or by a lower-case modifier ("leftist rebels"); a
 * later "the rebels" is the same group. Made-up groups and sentences.
 */
class ArmedGroupsTest {
  private static Actor actor(Extraction x, String id) {
    return x.actors().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow(
        () -> new AssertionError("no actor " + id + " in " + x.actors()));
  }

  @Test
  void aStateThatMeetsAnArmedGroupOfItsOwnIsItsGovernmentWhenTheArticleNamesIt() {
    // pattern: news of a civil conflict names the state's side "the government": a state that meets
    // an armed group of its own country is there as its government, when the article names it
    Extraction x = extract(article("2025-04-14", "Talks resume",
        "Talks between Peru and Peruvian rebels resumed in Quito on Monday.",
        "The Peruvian government said the talks were useful."));
    assertThat(x.meetings()).singleElement().satisfies(
        m -> assertThat(m.participants()).containsExactlyInAnyOrder("peruvian-government", "peruvian-rebels"));
    // no government named: the state; talks of two states: the states
    assertThat(extract(article("2025-04-14", "Talks resume", "Talks between Peru and Peruvian rebels resumed in Quito on Monday."))
        .meetings()).singleElement().satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("peru", "peruvian-rebels"));
    assertThat(extract(article("2025-04-14", "Talks resume", "Talks between Peru and Chile resumed in Quito on Monday.",
        "The Peruvian government said the talks were useful.")).meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("peru", "chile"));
  }

  @Test
  void aBodyNamedAGovernmentIsNeitherAnArmedGroupNorTheStatesGovernment() {
    // "the National Unity Government" (a proper name) is no "<demonym> government" of the state, and
    // no armed group the state meets as its government
    Extraction x = extract(article("2025-04-14", "Talks", "Myanmar held talks with the Arakan Army rebels in Bangkok on Monday.",
        "The opposition National Unity Government condemned the talks."));
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.participants()).contains("myanmar"));
    Extraction y = extract(article("2025-04-14", "Talks", "Myanmar held talks with the National Unity Government in Bangkok on Monday."));
    assertThat(y.meetings()).singleElement().satisfies(m -> assertThat(m.participants()).hasSize(2));
  }

  @Test
  void theGovernmentAcrossFromAnArmedGroupIsItsCountrysSide() {
    // pattern: "The government held talks with the rebels": a bare "the government" as subject,
    // across from an armed group of a known country, is that country (or its government, when the
    // article names it)
    Extraction x = extract(article("2025-04-14", "Peru talks", "Peruvian rebels have fought the army for ten years.",
        "The government held talks with the rebels in Quito on Monday."));
    assertThat(x.meetings()).singleElement().satisfies(
        m -> assertThat(m.participants()).containsExactlyInAnyOrder("peru", "peruvian-rebels"));
    // not "the government of Chile"
    Extraction y = extract(article("2025-04-14", "Peru talks", "Peruvian rebels have fought the army for ten years.",
        "The government of Chile held talks with the rebels in Quito on Monday."));
    assertThat(y.meetings()).allSatisfy(m -> assertThat(m.participants()).doesNotContain("peru"));
  }

  @Test
  void congoAloneIsTheDemocraticRepublicAndTheSaudiLedCoalitionAGroup() {
    // wire style: "Congo" alone is the Democratic Republic of the Congo; "Congo Republic" stays the other state
    Extraction x = extract(article("2025-04-14",
        "Congo's army and the M23 rebels agreed to a ceasefire in Doha on Saturday."));
    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("democratic-republic-of-the-congo", "m23"));
    Extraction y = extract(article("2025-04-14", "The Congo Republic and Gabon signed a trade deal in Brazzaville."));
    assertThat(y.actors()).extracting(a -> a.id()).contains("republic-of-the-congo")
        .doesNotContain("democratic-republic-of-the-congo");
    Extraction z = extract(article("2025-04-14",
        "The Saudi-led coalition and the Houthis agreed to a two-month truce on Saturday."));
    assertThat(z.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("saudi-led-coalition", "houthis"));
  }

  @Test
  void armedGroupsOfPastCeasefiresAreKnownAndTheStateIsListedFirst() {
    // the gazetteer's armed groups include those of the truces of the last decades (the Tamil Tigers,
    // ETA, the MNLF, the Lord's Resistance Army ...); a truce's sides list the state first, whatever the
    // order of the text
    Extraction x = extract(article("2025-04-14",
        "The Tamil Tigers and Sri Lanka agreed to a ceasefire in February."));
    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactly("sri-lanka", "liberation-tigers-of-tamil-eelam"));
    Extraction y = extract(article("2025-04-14",
        "The Lord's Resistance Army and Uganda signed a truce in Juba on Friday."));
    assertThat(y.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactly("uganda", "lords-resistance-army"));
  }

  @Test
  void aPeacebrokerNamedBeforeAStateMediates() {
    // pattern: "peacebroker Norway", "peacemaker Qatar": the noun of mediation before the name
    Extraction x = extract(article("2025-04-14",
        "Sri Lanka's government wants early talks to save a truce with the Tamil Tigers after both sides agreed to"
            + " review the ceasefire, peacebroker Norway said.",
        "Norway stepped up efforts to arrange talks as the ceasefire came under pressure after the killing of a minister.",
        "The government blamed the rebels for the killing."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.parties()).doesNotContain("norway");
      assertThat(c.roles()).containsEntry("norway", PartyRole.MEDIATING);
    });
    // the go-between arranging talks is not one of their sides
    assertThat(x.meetings()).allSatisfy(m -> assertThat(m.participants()).doesNotContain("norway"));
  }

  @Test
  void aNameBeforeANounOfInsurgencyIsTheGroupsName() {
    Extraction x = extract(article("2025-04-14", "Peru signed a ceasefire with the Shining Dawn rebels on Monday."));
    assertThat(actor(x, "shining-dawn").kind()).isEqualTo(ActorKind.GROUP);
    assertThat(actor(x, "shining-dawn").aliases()).contains("Shining Dawn rebels");
    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("peru", "shining-dawn"));
  }

  @Test
  void forcesOrFightersNamedByAnUnknownPeopleAreAnArmedGroup() {
    // pattern: an adjective of a people that is no known state's + "forces" / "fighters"
    Extraction x = extract(article("2025-04-14",
        "Peru's government and Andovan forces signed a ceasefire in Lima on Monday."));
    assertThat(actor(x, "andovan-forces").kind()).isEqualTo(ActorKind.GROUP);
    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("peru", "andovan-forces"));
  }

  @Test
  void continentalForcesAreNoArmedGroup() {
    Extraction x = extract(article("2025-04-14", "European forces will monitor the truce between Peru and Chile."));
    assertThat(x.actors()).noneMatch(a -> a.name().contains("European"));
  }

  @Test
  void rebelsNamedByTheirStatesDemonymFightThatState() {
    Extraction x = extract(article("2025-04-14",
        "The Peruvian army and Peruvian rebels agreed to a three-month ceasefire on Monday."));
    Actor rebels = actor(x, "peruvian-rebels");
    assertThat(rebels.kind()).isEqualTo(ActorKind.GROUP);
    assertThat(rebels.country()).hasValue("PER");
    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).contains("peruvian-rebels").hasSize(2));
  }

  @Test
  void theRebelGroupBeforeANameAndAnAppositionNameTheGroup() {
    Extraction before = extract(article("2025-04-14",
        "The Peruvian government and the rebel group Shining Dawn agreed to extend their ceasefire."));
    assertThat(before.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).contains("shining-dawn"));
    Extraction apposition = extract(article("2025-04-14",
        "The Shining Dawn, a Maoist rebel group, declared a unilateral ceasefire against Peru on Monday."));
    assertThat(actor(apposition, "shining-dawn").kind()).isEqualTo(ActorKind.GROUP);
  }

  @Test
  void aModifierAndTheNounNameAGroupThatALaterTheRebelsRefersTo() {
    Extraction x = extract(article("2025-04-14",
        "The Colombian government and leftist rebels agreed to a ceasefire on Monday.",
        "The rebels said the truce would hold."));
    Actor rebels = actor(x, "leftist-rebels");
    assertThat(rebels.mentions()).hasSize(2);
    assertThat(x.actors()).noneMatch(a -> a.id().equals("rebels"));
  }

  @Test
  void twoNamesOfOneGroupSharingAWordAreOneGroupUnderTheLongerName() {
    Extraction x = extract(article("2025-04-14",
        "Peru wants talks with the Andean Condor rebels.",
        "The rebel Andean Liberation Condors of Puno said they were ready."));
    assertThat(x.actors()).filteredOn(a -> a.kind() == ActorKind.GROUP).singleElement()
        .satisfies(a -> assertThat(a.name()).isEqualTo("Andean Liberation Condors of Puno"));
  }

  @Test
  void aNounOfInsurgencyAfterAKnownGroupAddsNoGroup() {
    // "Houthi rebels", "the militants" after Hamas: the gazetteer's group
    Extraction x = extract(article("2025-04-14",
        "Hamas said on Monday it would respect the truce.", "The militants fired no rockets overnight."));
    assertThat(x.actors()).noneMatch(a -> a.id().equals("militants"));
  }

  @Test
  void aPersonDescribedAsAMilitiaLeaderStaysAPerson() {
    Extraction x = extract(article("2025-04-14",
        "Ana Ruiz, a militia leader, said on Monday that Peru had broken the truce."));
    assertThat(x.actors()).anySatisfy(a -> {
      assertThat(a.name()).isEqualTo("Ana Ruiz");
      assertThat(a.kind()).isEqualTo(ActorKind.PERSON);
    });
  }

  // In a war of a state with its own rebels, the state's side of a ceasefire is the government body
  // the article names ("Peruvian government forces", "the Myanmar military junta"): the rebels are of
  // the state too. Between states, a state's forces stand for the state.
  @Test
  void inACivilWarTheGovernmentBodyIsTheParty() {
    Extraction x = extract(article("2025-04-14", "The Free Tiger Front rebels have fought Peru for years.",
        "Peruvian government forces and the rebels agreed to a truce on Sunday."));
    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("peruvian-government", "free-tiger-front"));
  }

  @Test
  void aStateNameBeforeAMilitaryJuntaNamesTheJunta() {
    Extraction x = extract(article("2025-04-14", "The Kachin Liberation Front rebels have fought Myanmar for years.",
        "The Myanmar military junta and the rebels agreed to a truce on Sunday."));
    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("myanmar-military-junta", "kachin-liberation-front"));
    assertThat(x.actors()).filteredOn(a -> a.id().equals("myanmar-military-junta")).singleElement()
        .satisfies(a -> assertThat(a.kind()).isEqualTo(ActorKind.GROUP));
  }

  @Test
  void betweenStatesTheirForcesStandForTheStates() {
    Extraction x = extract(article("2025-04-14", "Peru and Chile fought a brief war.",
        "Chilean troops and Peruvian troops agreed to a truce on Sunday."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("chile", "peru"));
  }

  // A state's leader who meets the state's own rebels meets them for the government: the state is a
  // side beside the leader; a foreign armed group met by a leader adds no state.
  @Test
  void aLeaderTalkingToHerOwnRebelsTalksForTheState() {
    Extraction x = extract(article("2025-04-14", "The Free Tiger Front rebels have fought Peru for years.",
        "Peruvian President Ana Lopez resumed talks with the Free Tiger Front rebels on Monday."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("ana-lopez", "free-tiger-front", "peru"));
  }

  @Test
  void aLeaderMeetingAForeignArmedGroupAddsNoState() {
    Extraction x = extract(article("2025-04-14", "Peru and Chile are neighbours.",
        "Peruvian President Ana Lopez met Hamas leaders in Doha on Monday."));
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.participants()).doesNotContain("peru"));
  }

  @Test
  void theBareNameOfAGroupNamedBeforeIsThatGroup() {
    // pattern: "the rebel group Sendero Rojo", later "talks with Sendero Rojo": the same group, not a
    // person of that name; a one-word name ("FARP fighters") too
    Extraction x = extract(article("2025-04-14", "Talks",
        "The rebel group Sendero Rojo and the army clashed near Cusco on Monday.",
        "Peruvian President Ana Quispe resumed talks with Sendero Rojo on Tuesday.",
        "The rebel group FARP was formed in 1990. FARP fighters attacked a village."));
    assertThat(x.actors()).extracting(a -> a.id()).containsOnlyOnce("sendero-rojo").doesNotContain("sendero-rojo-2");
    assertThat(actor(x, "sendero-rojo").kind()).isEqualTo(ActorKind.GROUP);
    assertThat(actor(x, "sendero-rojo").mentions()).hasSize(2);
    assertThat(actor(x, "farp").mentions()).hasSize(2);
    assertThat(x.meetings()).anySatisfy(m -> assertThat(m.participants()).contains("sendero-rojo", "ana-quispe"));
  }

  @Test
  void thePluralWordOfAGroupsNameIsThatGroup() {
    // pattern: "the rebel Liberation Wolves of Kallpa", later "talks between Lima and the Wolves"; the
    // state that arranges the talks is no side of them
    Extraction x = extract(article("2025-04-14", "Talks",
        "The rebel Liberation Wolves of Kallpa have fought the Peruvian army for decades.",
        "Norway stepped up efforts to arrange talks between Lima and the Wolves."));
    assertThat(x.meetings()).singleElement().satisfies(m ->
        assertThat(m.participants()).containsExactlyInAnyOrder("peru", "liberation-wolves-of-kallpa"));
  }
}
