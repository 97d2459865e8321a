package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.CeasefireScope;
import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 4 of "where unseen news breaks" (missing and wrong merges): a mention of a
 * ceasefire that names no side of its own ("aid groups said a ceasefire had been long overdue"),
 * however far from the first report, is the ceasefire of the article's sides that it reported
 * before; a mention that a word sets apart ("an earlier truce", "a new ceasefire", "another
 * truce") is another ceasefire, even next to the first. Made-up articles.
 */
class CeasefireCoreferenceTest {
  @Test
  void aLaterMentionNamingNoSideIsTheCeasefireReportedBefore() {
    Extraction x = extract(article("2025-04-14",
        "Peru and Chile agreed to a ceasefire on Monday after three weeks of clashes along their border.",
        "Shelling by Chilean artillery had killed dozens of Peruvian soldiers since March, and Peru's troops had"
            + " shelled the port of Arica.",
        "The Peruvian foreign ministry said aid convoys would reach the valley by Friday.",
        "Residents of Tacna said the night had been calm for the first time in weeks.",
        "Analysts in Lima said trade between the two countries would take months to recover.",
        "Aid groups said a ceasefire had been long overdue for the villages of the valley, where the fighting"
            + " destroyed most homes."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile");
      assertThat(c.status()).isEqualTo(CeasefireStatus.AGREED);
      assertThat(c.evidence()).hasSize(2);
    });
  }

  @Test
  void anEarlierTruceIsAnotherOneEvenInTheNextParagraph() {
    Extraction x = extract(article("2025-04-14",
        "Peru and Chile agreed to a ceasefire on Monday.",
        "An earlier truce collapsed in May when each side accused the other of violating it."));
    assertThat(x.ceasefires()).extracting(Ceasefire::status)
        .containsExactly(CeasefireStatus.AGREED, CeasefireStatus.VIOLATED);
    assertThat(x.ceasefires()).allSatisfy(c -> assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile"));
  }

  @Test
  void aNewCeasefireAfterABrokenOneIsAnotherOne() {
    Extraction x = extract(article("2025-04-14",
        "A truce between Peru and Chile collapsed in May after each side accused the other of shelling villages.",
        "Fighting went on through the summer along the border.",
        "Peru and Chile agreed to a new ceasefire on Monday, officials in Lima said."));
    assertThat(x.ceasefires()).extracting(Ceasefire::status)
        .containsExactly(CeasefireStatus.VIOLATED, CeasefireStatus.AGREED);
  }

  @Test
  void aFirstAndASecondTruceAreTwoEvenWhenNeitherNamesItsSides() {
    // pattern: ordinals before the noun set two truces apart ("a first truce" ... "a second ceasefire"),
    // and "the second truce" is not the first
    Extraction x = extract(article("2025-04-14",
        "Peru and Chile have fought along their border since January.",
        "A first truce in February lasted a week.",
        "On Wednesday the two sides agreed to a second ceasefire, mediated by Ecuador.",
        "Officials said the second truce would be watched by monitors."));
    assertThat(x.ceasefires()).hasSize(2);
    assertThat(x.ceasefires()).allSatisfy(c -> assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile"));
    assertThat(x.ceasefires().get(1).evidence()).hasSize(2);
  }

  @Test
  void trucesNamedByTheirOccasionAreTheirOwn() {
    // pattern: an occasion before the noun ("the Easter truce", "a Christmas ceasefire") or after "for
    // (the)" ("a ceasefire for the Victory Day holiday") names a truce; a truce of another occasion, or
    // an indefinite one of none ("a full ceasefire"), is another truce; "the Easter truce" is the same
    Extraction x = extract(article("2025-04-14",
        "Peru and Chile have been at war since 2022.",
        "Lima declared a 30-hour Easter truce on Saturday.",
        "Chile said it wanted a full ceasefire of at least 30 days instead.",
        "Officials in Santiago said the Easter truce was violated within hours."));
    assertThat(x.ceasefires()).hasSize(2);
    assertThat(x.ceasefires().get(0).evidence()).hasSize(2);
    assertThat(x.ceasefires()).allSatisfy(c -> assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile"));
    Extraction y = extract(article("2025-04-14",
        "Peru and Chile have been at war since 2022.",
        "Peru announced a ceasefire for the Victory Day holiday.",
        "A Christmas truce between Peru and Chile had collapsed in December."));
    assertThat(y.ceasefires()).hasSize(2);
  }

  @Test
  void aTruceOfSomeHoursNamingNoSideIsNotOneOfSomeDays() {
    // pattern: "a 30-hour truce" is no "30-day ceasefire", also when the discourse gives both their sides
    // (both far apart and undated, so only their lengths tell them apart)
    Extraction x = extract(article("2025-04-14",
        "Peru and Chile have been at war since 2022.",
        "A 30-day ceasefire is still on the table, officials said.",
        "Shelling continued overnight.", "Aid groups warned of hunger.", "Schools stayed closed.", "Markets were empty.",
        "A 30-hour truce is also on the table, diplomats said."));
    assertThat(x.ceasefires()).hasSize(2);
  }

  @Test
  void aDefiniteMentionJoinsTheTruceLastSpokenOfAndTheOccasionOfAnotherStaysApart() {
    // pattern: "the ceasefire" is the truce last spoken of, not an older one of an occasion; "the Easter
    // truce" after a Victory Day truce is another truce, also when neither names its sides
    Extraction x = extract(article("2025-04-14",
        "Peru and Chile have been at war since 2022.",
        "A Christmas truce was declared in December.",
        "On Monday a 30-day ceasefire was agreed.",
        "The ceasefire was violated within hours."));
    assertThat(x.ceasefires()).extracting(Ceasefire::status)
        .containsExactly(CeasefireStatus.AGREED, CeasefireStatus.VIOLATED);
    Extraction y = extract(article("2025-04-14",
        "Peru and Chile have been at war since 2022.",
        "A Victory Day truce was declared on Friday.",
        "Shelling continued overnight.", "Aid groups warned of hunger.", "Schools stayed closed.", "Markets were empty.",
        "The Easter truce had been broken hundreds of times, officials said."));
    assertThat(y.ceasefires()).hasSize(2);
  }

  @Test
  void aLeadRepeatedLaterIsTheTruceOfItsFirstMention() {
    // pattern: web copy repeats its standfirst in the body; the first mention names one side through
    // the next paragraph ("Peru"), the repeat none: both are the one truce of the article's pair
    String lead = "Along with Ecuador and Bolivia, Brazil has been trying to negotiate a truce deal.";
    Extraction x = extract(article("2025-04-14",
        lead,
        "Talks on a ceasefire are at a stalemate after Peru attacked the port of Arica, a Brazilian minister said.",
        "Chile says the port is its last line of defence.",
        "Peru has shelled Chilean towns for weeks.",
        "Aid deliveries have stopped.",
        "Officials in Lima declined to comment.",
        lead));
    assertThat(x.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile"));
  }

  @Test
  void aDayAndItsMonthMayDateOneTruceAndAnotherEventsDateIsNotTheTrucesOwn() {
    // pattern: "on July 25" and "in July" of two mentions naming no side are one date, finer and coarser;
    // "during a call on July 4, ... a possible ceasefire": July 4 dates the call, not the truce
    Extraction x = extract(article("2025-04-14",
        "Peru and Chile have fought along their border since May.",
        "Mediators proposed a ceasefire on July 25, officials said.",
        "Shelling continued overnight.", "Aid groups warned of hunger.", "Schools stayed closed.", "Markets were empty.",
        "A ceasefire was first floated in July, diplomats said."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.evidence()).hasSize(2));
    Extraction y = extract(article("2025-04-14",
        "Peru and Chile have fought along their border since May.",
        "The presidents last spoke during a call on July 4, during which both focused on a possible ceasefire."));
    assertThat(y.ceasefires()).singleElement().satisfies(c -> assertThat(c.date()).isEmpty());
  }

  @Test
  void theNewTruceIsTheNewOneAgain() {
    Extraction x = extract(article("2025-04-14",
        "A truce between Peru and Chile collapsed in May.",
        "Peru and Chile agreed to a new truce on Monday.",
        "Officials in Lima said the new truce would be watched by monitors from Ecuador."));
    assertThat(x.ceasefires()).hasSize(2);
    assertThat(x.ceasefires().get(1).evidence()).hasSize(2);
  }

  @Test
  void aMentionNamingNoSideKeepsApartWhenItsLengthDiffers() {
    Extraction x = extract(article("2025-04-14",
        "Peru and Chile agreed to a 30-day ceasefire on Monday after weeks of fighting along their border.",
        "Chilean artillery had shelled Peruvian positions near Tacna since March.",
        "Refugees began to return to the valley.",
        "Officials in Lima said convoys would follow.",
        "Diplomats said a 90-day truce would be needed before talks on the border could begin."));
    assertThat(x.ceasefires()).hasSize(2);
  }

  // A definite proposal noun ("the plan", "the Brazilian proposal") after a proposed ceasefire
  // speaks of it: the sides' answer is the truce's status. One side's rejection rejects it; an
  // acceptance agrees it only when every side accepts; a third state's answer changes nothing.
  @Test
  void rejectingTheProposalRejectsTheProposedTruce() {
    Extraction x = extract(article("2025-04-14",
        "Brazil proposed a 30-day ceasefire between Peru and Chile on Friday.", "Chile turned down the Brazilian proposal on Saturday."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.REJECTED));
  }

  @Test
  void bothSidesAcceptingThePlanAgreeTheTruce() {
    Extraction x = extract(article("2025-04-14",
        "Brazil proposed a 30-day ceasefire between Peru and Chile on Friday.", "Peru and Chile accepted the plan on Saturday."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.AGREED));
  }

  @Test
  void oneSideAcceptingThePlanLeavesItProposed() {
    Extraction x = extract(article("2025-04-14",
        "Brazil proposed a 30-day ceasefire between Peru and Chile on Friday.", "Chile accepted the plan on Saturday."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.PROPOSED));
  }

  @Test
  void aThirdStateAnsweringThePlanChangesNothing() {
    Extraction x = extract(article("2025-04-14", "Peru and Chile fought a war.",
        "Brazil proposed a 30-day ceasefire on Friday.", "Argentina rejected the plan on Saturday."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.PROPOSED));
  }

  @Test
  void aPlanAfterAnAgreedTruceIsSomethingElse() {
    Extraction x = extract(article("2025-04-14",
        "Peru and Chile agreed to a ceasefire on Friday.", "Chile rejected the plan for a new highway on Saturday."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.AGREED));
  }

  // Lengths tell truces apart: "a 30-hour truce" is not "a 30-day truce" proposed before it, though
  // hours that make no whole day have no duration to record.
  @Test
  void aTruceOfSomeHoursIsNotAProposalOfSomeDays() {
    Extraction x = extract(article("2025-04-14", "Peru and Chile have clashed along their border since January.",
        "Brazil proposed a 30-day truce on Friday.",
        "On Sunday the two sides agreed to a 30-hour truce to allow the wounded to be evacuated."));
    assertThat(x.ceasefires()).extracting(c -> c.status() + " " + c.duration().map(Object::toString).orElse("-"))
        .containsExactlyInAnyOrder("PROPOSED P30D", "AGREED -");
  }

  @Test
  void theSameLengthInHoursIsTheSameTruce() {
    Extraction x = extract(article("2025-04-14", "Peru and Chile have clashed along their border since January.",
        "The two sides agreed to a 30-hour truce on Sunday.", "The 30-hour truce was largely respected, monitors said."));
    assertThat(x.ceasefires()).hasSize(1);
  }

  @Test
  void aTruceAttackedDespiteIsTheOneInPlaceWhateverItsScope() {
    // pattern: "<attacks> despite a ceasefire" presupposes a truce in place: the one reported before,
    // even when that one was partial and this mention gives no scope
    Extraction x = extract(article("2025-04-14",
        "Armenia accuses Azerbaijan of breaking energy truce",
        "Armenia and Azerbaijan agreed last week to halt strikes on power plants for ten days.",
        "On Tuesday Azerbaijan shelled Armenian substations despite a ceasefire, Yerevan said."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.parties()).containsExactlyInAnyOrder("armenia", "azerbaijan");
      assertThat(c.scope()).isEqualTo(CeasefireScope.PARTIAL);
      assertThat(c.status()).isEqualTo(CeasefireStatus.VIOLATED);
      assertThat(c.evidence()).hasSize(2);
    });
  }

  @Test
  void aTruceAttackedDespiteThatGivesItsOwnLengthIsAnotherOne() {
    // pattern: "despite a 30-day ceasefire" after an energy truce names a truce of its own
    Extraction x = extract(article("2025-04-14",
        "Armenia and Azerbaijan agreed last week to halt strikes on power plants.",
        "On Tuesday Azerbaijan shelled Armenian villages despite a 30-day ceasefire, Yerevan said."));
    assertThat(x.ceasefires()).hasSize(2);
  }

  @Test
  void theSidesAccusedOfViolatingATruceThatNamedNoneAreItsSides() {
    // pattern: "accused X of violating the truce" after "a truce that had held" with no side: those
    // who break a truce are bound by it, so the accused is a side (the other from the discourse),
    // even when the side that reports the truce (an outsider of that mention) leaves it none
    Extraction x = extract(article("2025-04-14",
        "Border truce under strain",
        "The Shining Front has fought the Ecuadorian army in the Andes since March.",
        "Backed by a truce that had largely held since April 2, talks in Quito had been inching ahead, and the"
            + " Shining Front said 40 prisoners would be freed on Saturday.",
        "A rebel radio station accused the Ecuadorian army of violating the truce 300 times."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.parties()).contains("shining-front");
      assertThat(c.parties()).anySatisfy(p -> assertThat(p).startsWith("ecuador"));
      assertThat(c.status()).isEqualTo(CeasefireStatus.VIOLATED);
    });
  }

  @Test
  void aTruceAttackedDespiteThatNamesNoSideIsTheLatestOfItsScopeWhenThereAreSeveral() {
    // pattern: "shelled ... despite a ceasefire" with two truces reported before, a full one and a
    // partial one: the full one of its own scope, not the latest of any scope
    Extraction x = extract(article("2025-05-20", "Truces",
        "Peru and Chile agreed to a ceasefire on May 10.",
        "Further north, Ecuador and Colombia agreed to stop strikes on aid convoys for ten days.",
        "Near Tacna, artillery shelled apartment blocks on Monday despite a ceasefire, officials said."));
    assertThat(x.ceasefires()).filteredOn(c -> c.status() == CeasefireStatus.VIOLATED).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile"));
  }
}
