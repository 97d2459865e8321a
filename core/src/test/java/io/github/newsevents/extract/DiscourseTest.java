package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, points 1 and 2: events whose own clause names no side take the article's sides, and
 * a go-between is never one of them. The texts are made up; each test names the pattern.
 */
class DiscourseTest {
  private static final String PUBLISHED = "2025-04-14";

  @Test
  void twoNeighboursOfALongerListAreNoPairOfSides() {
    // pattern: "A, B, C and D will guarantee the deal": a list of guarantors, whose last two are no pair;
    // a truce naming no side goes to the pair named before ("Peru and the FARC")
    Extraction x = extract(article("2025-04-14",
        "Brazil said on Wednesday that Peru and the FARC had signed off on the first phase of its plan.",
        "The United States, Mexico, Chile and Ecuador will guarantee the deal, officials said.",
        "Under the agreement, the ceasefire will take effect within 24 hours."));
    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactly("peru", "farc"));
  }

  @Test
  void anAgentlessTruceTakesTheSidesTheArticleShowsFighting() {
    Extraction x = extract(article(PUBLISHED,
        "Fighting between Armenia and Azerbaijan flared again on the border overnight.",
        "Shelling hit villages on both sides, and troops from Azerbaijan advanced near the river.",
        "A truce was announced on Sunday."));
    assertThat(x.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).containsExactlyInAnyOrder("armenia", "azerbaijan"));
  }

  @Test
  void aMediatorNamedInTheClauseIsNoPartyWhenTheArticleShowsItBrokering() {
    Extraction x = extract(article(PUBLISHED,
        "Israeli strikes and Hamas rocket attacks continued through the week as the war entered its second month.",
        "Qatar-brokered talks resumed in Doha, and the mediator Qatar said the gap was narrowing.",
        "Qatar said a ceasefire could be reached within days."));
    Ceasefire c = x.ceasefires().get(0);
    assertThat(c.parties()).doesNotContain("qatar");
    assertThat(c.parties()).containsExactlyInAnyOrder("israel", "hamas");
  }

  @Test
  void oneNamedPartyTakesTheOtherSideOfTheConflict() {
    Extraction x = extract(article(PUBLISHED,
        "Sudan and South Sudan traded artillery fire across the disputed border for a third day.",
        "The United States called on both governments to stop the fighting.",
        "On Monday South Sudan declared a ceasefire."));
    assertThat(x.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).containsExactlyInAnyOrder("south-sudan", "sudan"));
  }

  @Test
  void anAdvocateOfATruceIsNotBoundByIt() {
    Extraction x = extract(article(PUBLISHED,
        "Russian missiles struck Kyiv overnight as the war with Ukraine ground on, and Ukrainian drones hit a Russian refinery.",
        "France urged a ceasefire on Tuesday."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.parties()).doesNotContain("france");
      assertThat(c.parties()).containsExactlyInAnyOrder("russia", "ukraine");
    });
  }

  @Test
  void anArticleNamingNoSidesGivesNoCeasefireToAnAgentlessMention() {
    Extraction x = extract(article(PUBLISHED, "A truce was announced on Sunday."));
    assertThat(x.ceasefires()).isEmpty();
  }

  @Test
  void bothSidesInTalksAreTheLastCoordinatedPair() {
    Extraction x = extract(article(PUBLISHED,
        "Relations between Ethiopia and Somalia have soured over a port deal.",
        "Officials from both sides held talks in Ankara on Friday."));
    assertThat(x.meetings()).singleElement().satisfies(m ->
        assertThat(m.participants()).containsExactlyInAnyOrder("ethiopia", "somalia"));
  }

  @Test
  void theTwoCountriesAreTheArticlesMainPairWhenNoPairIsNear() {
    Extraction x = extract(article(PUBLISHED,
        "Peru recalled its ambassador from Chile last month.",
        "Chile accused Peru of meddling, and Peru denied it.",
        "Trade between Peru and its neighbour has fallen.",
        "Ministers of the two countries met in Quito on Friday."));
    assertThat(x.meetings()).singleElement().satisfies(m ->
        assertThat(m.participants()).containsExactlyInAnyOrder("peru", "chile"));
  }

  @Test
  void talksNamingOneSideAreWithTheSideTheArticlePairsItWith() {
    Extraction x = extract(article(PUBLISHED,
        "Serbia and Kosovo have argued for months over licence plates.",
        "Kosovo held talks in Brussels on Monday."));
    assertThat(x.meetings()).singleElement().satisfies(m ->
        assertThat(m.participants()).containsExactlyInAnyOrder("kosovo", "serbia"));
  }

  @Test
  void talksNamingTheirOneSideAsObjectTakeNoSideFromThePair() {
    // pattern: "talks ... with X" whose subject is no side of the pair (a speaker, "some members")
    Extraction x = extract(article(PUBLISHED,
        "Serbia and Kosovo have argued for months over licence plates.",
        "Several Balkan states have opened talks with Kosovo on energy, an official said."));
    assertThat(x.meetings()).noneSatisfy(m ->
        assertThat(m.participants()).contains("serbia"));
  }

  @Test
  void talksNamingTheirOneSideAsPossessorTakeNoSideFromThePair() {
    // pattern: "X's negotiations to join Y": the possessor's talks are with another body
    Extraction x = extract(article(PUBLISHED,
        "Serbia and Kosovo have argued for months over licence plates.",
        "Kosovo's slow negotiations to join the bloc were not discussed."));
    assertThat(x.meetings()).noneSatisfy(m ->
        assertThat(m.participants()).contains("serbia"));
  }

  @Test
  void aWishForTalksIsNoMeetingWithTheOtherSide() {
    Extraction x = extract(article(PUBLISHED,
        "Serbia and Kosovo have argued for months over licence plates.",
        "Kosovo said it was ready for talks with Serbia."));
    assertThat(x.meetings()).allSatisfy(m -> assertThat(m.status()).isNotEqualTo(
        io.github.newsevents.model.MeetingStatus.HELD));
  }

  @Test
  void anArmedGroupInSentencesOfWarIsASideBeforeANegotiatingState() {
    // the United States is named in as many sentences of war as the fighters, but as the one
    // pressing for a deal; an armed group named there is there to fight
    Extraction x = extract(article(PUBLISHED,
        "Israel and the United States discussed the war in Gaza for a second day in Washington.",
        "The United States pressed Israel over the war, and officials said the offensive would go on.",
        "Hamas rockets hit towns in the south overnight, and the war showed no sign of ending.",
        "A ceasefire deal was on the table on Monday."));
    assertThat(x.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).containsExactlyInAnyOrder("israel", "hamas"));
  }

  @Test
  void aStateNextToAWordOfWarIsAFighterBeforeOneMerelyNamedNearby() {
    // Norway is named in each sentence of war, but only Russia and Ukraine attack or are attacked
    Extraction x = extract(article(PUBLISHED,
        "Norway said the war had gone on too long, as Russian strikes hit Ukraine again.",
        "Norway said on Tuesday the fighting must stop, as Ukrainian drones hit Russia overnight.",
        "A truce was announced on Sunday."));
    assertThat(x.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).containsExactlyInAnyOrder("russia", "ukraine"));
  }

  @Test
  void theWarringSidesAreNoPairWithTheirHost() {
    // pattern: "warring sides" in an article that shows no fighting pair: the pair it names most,
    // but never one with a state shown hosting the talks ("Chile is hosting peace talks")
    Extraction x = extract(article(PUBLISHED, "Peace talks open",
        "Warring sides in the two-year-old conflict in Peru's south opened peace talks in Santiago on Tuesday,"
            + " the Chilean presidency announced.",
        "\u201cChile is hosting peace talks to end the conflict,\u201d a spokesman said."));
    assertThat(x.meetings()).noneSatisfy(m -> assertThat(m.participants()).contains("chile"));
  }

  @Test
  void theWarringSidesAreThePairWhenNeitherMediates() {
    // the same "warring sides" with a pair that no text shows mediating: that pair
    Extraction x = extract(article(PUBLISHED, "Peace talks open",
        "Peru and Ecuador have disputed the border for years.",
        "Warring sides in the conflict opened peace talks in Santiago on Tuesday, officials said."));
    assertThat(x.meetings()).singleElement()
        .satisfies(m -> assertThat(m.participants()).containsExactlyInAnyOrder("peru", "ecuador"));
  }

  @Test
  void theAuthorsOfAStatementWhoCallThemselvesMediatorsAreNoSides() {
    // pattern: "Joint Statement from the Leaders of A, B and C" ... "As mediators, we ...": the
    // document's authors are go-betweens, so a truce of "both sides" is not theirs
    String title = "Joint Statement from the Leaders of Brazil, Chile and Ecuador";
    String truce = "We welcome that both sides agreed on Sunday to a truce in the Andes region.";
    String duty = "Both sides must now free the detainees and carry out the accord.";
    Extraction mediators = extract(article(PUBLISHED, title, truce, duty,
        "As mediators, we stand ready, if needed, to put forward a bridging proposal."));
    assertThat(mediators.ceasefires()).noneSatisfy(c -> assertThat(c.parties()).containsAnyOf("brazil", "chile", "ecuador"));
    // the control: without the self-description the authors are the only pair the text offers
    Extraction plain = extract(article(PUBLISHED, title, truce, duty,
        "We stand ready, if needed, to put forward a bridging proposal."));
    assertThat(plain.ceasefires()).anySatisfy(c -> assertThat(c.parties()).contains("brazil"));
  }
}
