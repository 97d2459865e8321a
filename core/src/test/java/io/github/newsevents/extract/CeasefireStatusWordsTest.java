package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 4: the status of a ceasefire from the verb that governs it. Every form of a verb
 * of breaking counts ("breaking the truce"), and a proposal's content is what a rejection rejects
 * ("rejected a proposal for a ceasefire"). Made-up sentences.
 */
class CeasefireStatusWordsTest {
  @Test
  void breakingATruceViolatesIt() {
    Extraction x = extract(article("2025-04-14",
        "Peru and the FARC fought for years.", "The rebels accused the army of breaking the truce on Tuesday."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.VIOLATED));
  }

  @Test
  void rejectingAProposalForATruceRejectsTheTruce() {
    Extraction x = extract(article("2025-04-14", "Peru rejected a Chilean proposal for a ceasefire on Monday."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.REJECTED));
  }

  @Test
  void anAgreementThatIsTheGoalOfAnEffortIsOnlyProposed() {
    // pattern: effort or intent + "to" + verb + a word of agreement ("trying to seal the deal")
    String war = "Peru and the FARC fought for years.";
    for (String s : new String[] {
        "Talks on a truce have stalled, and Brazil is trying to seal the deal.",
        "Brazil is leading efforts to secure an agreement on a ceasefire.",
        "Brazil wants to get the ceasefire deal signed before the election.",
        "Mediators were working tirelessly to clinch an agreement on a truce."}) {
      Extraction x = extract(article("2025-04-14", war, s));
      assertThat(x.ceasefires()).as(s).singleElement()
          .satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.PROPOSED));
    }
  }

  @Test
  void whatResultedInATruceReachedIt() {
    // pattern: talks that "led to" a truce; a mediator that "secured" or "clinched" it
    for (String s : new String[] {
        "Brazil hosted talks that led to a ceasefire between Peru and the FARC on Monday.",
        "Brazil secured a ceasefire between Peru and the FARC on Monday.",
        "Brazil clinched a truce between Peru and the FARC on Monday."}) {
      Extraction x = extract(article("2025-04-14", "Peru and the FARC fought for years.", s));
      assertThat(x.ceasefires()).as(s).singleElement()
          .satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.AGREED));
    }
  }

  @Test
  void aPledgeToTheTruceAgreesAndATruceInPlaceIsInForce() {
    // pattern: "committed to a truce", "pledged to observe a truce"; "remained in place"
    String war = "Peru and the FARC fought for years.";
    for (String s : new String[] {"Peru and the FARC committed to a ceasefire on Monday.",
        "Both sides pledged to observe a ceasefire."}) {
      assertThat(extract(article("2025-04-14", war, s)).ceasefires()).as(s).singleElement()
          .satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.AGREED));
    }
    assertThat(extract(article("2025-04-14", war, "The ceasefire between Peru and the FARC remained in place.")).ceasefires())
        .singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.IN_FORCE));
    assertThat(extract(article("2025-04-14", war, "Peru pledged to work toward a ceasefire with the FARC.")).ceasefires())
        .singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.PROPOSED));
  }

  @Test
  void anAgreementAfterAnEffortInAnotherClauseIsReached() {
    Extraction x = extract(article("2025-04-14", "Peru and the FARC fought for years.",
        "After weeks of efforts to reach a deal, the two sides agreed to a ceasefire on Monday."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.AGREED));
  }

  @Test
  void rejectingSomethingElseLeavesTheTruceAlone() {
    Extraction x = extract(article("2025-04-14",
        "Peru rejected the report on Monday, weeks after its ceasefire with Chile took effect."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isNotEqualTo(CeasefireStatus.REJECTED));
  }

  @Test
  void aTruceThatEndedAWarHasNotExpired() {
    Extraction x = extract(article("2025-04-14",
        "The ceasefire that ended the 12-day war between Peru and Chile appeared to be holding on Tuesday."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.IN_FORCE));
  }

  @Test
  void fightingDespiteATruceViolatesIt() {
    Extraction x = extract(article("2025-04-14",
        "Fighting between Peru and the FARC has continued despite a truce agreed in March."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.VIOLATED));
  }

  @Test
  void aPassiveRejectionAfterTheProposerRejectsTheTruce() {
    Extraction x = extract(article("2025-04-14",
        "Peru and the FARC fought for years.", "A ceasefire proposed by Brazil was rejected by the FARC on Monday."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.REJECTED));
  }

  @Test
  void forcesThatExchangeFireDespiteATruceViolateItForTheirStates() {
    // "exchanged fire" is an attack; a group named by its state's demonym fights for that state
    Extraction x = extract(article("2025-04-14",
        "Peru and Chile fought a bitter war over the border.",
        "Peruvian and Chilean forces exchanged fire despite the ceasefire."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.status()).isEqualTo(CeasefireStatus.VIOLATED);
      assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile");
    });
  }

  @Test
  void cameIntoForceIsInForceAndARunOutTruceExpiredEvenBeforeFightingWords() {
    Extraction x = extract(article("2025-04-14",
        "Peru and Chile fought a bitter war over the border.", "A ceasefire came into force on Sunday."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.IN_FORCE));
    // "expired" takes no object: "fighting" after it is not what it ended
    Extraction y = extract(article("2025-04-14",
        "Peru and Chile fought a bitter war over the border.", "The truce expired on Sunday and fighting resumed."));
    assertThat(y.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.EXPIRED));
  }

  @Test
  void aTruceThatTheOtherSideRejectedInARelativeClauseIsRejectedAndTheProposerIsItsOtherParty() {
    // "Chile proposed a ceasefire, which Peru rejected": the object of the relative clause is the
    // truce; the proposer, a side of the war, is still a party
    Extraction x = extract(article("2025-04-14",
        "Fighting between Chile and Peru went on for months.", "Chile proposed a ceasefire, which Peru rejected."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.status()).isEqualTo(CeasefireStatus.REJECTED);
      assertThat(c.parties()).containsExactlyInAnyOrder("chile", "peru");
    });
  }

  @Test
  void aTruceThatStillHoldsIsInForce() {
    Extraction x = extract(article("2025-04-14",
        "Fighting between Chile and Peru ended years ago.", "The ceasefire that ended the war in 2019 still holds."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.IN_FORCE));
  }

  @Test
  void endingALongStretchOfFightingIsWhatTheTruceEnds() {
    // pattern: "ending" + a measure of time + "of" + a word of war: the truce ends the fighting, not itself
    for (String s : new String[] {
        "Peru and Chile agreed to a ceasefire on Monday, ending more than a year of fighting.",
        "Peru and Chile signed a truce that ended nearly two long years of war."}) {
      Extraction x = extract(article("2025-04-14", s));
      assertThat(x.ceasefires()).as(s).singleElement()
          .satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.AGREED));
    }
  }

  @Test
  void aParticipleAfterTheNounDescribesItAndTheClausesVerbGivesTheStatus() {
    // "a truce agreed by A and B took effect": a reduced relative, then the main verb
    Extraction x = extract(article("2025-04-14", "A local truce in Arica agreed by Peru and Chile took effect on Sunday."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.status()).isEqualTo(CeasefireStatus.IN_FORCE);
      assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile");
    });
  }

  @Test
  void tookHoldIsInForceAndEndingTheCeasefireEndsIt() {
    Extraction held = extract(article("2025-04-14",
        "Fighting between Chile and Peru raged for months.", "The Chile-Peru ceasefire took hold on Tuesday."));
    assertThat(held.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.IN_FORCE));
    Extraction ended = extract(article("2025-04-14",
        "Fighting between Chile and Peru raged for months.", "Chile resumed strikes on Monday, ending the ceasefire."));
    assertThat(ended.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.EXPIRED));
    // "hold talks" is no "took hold"
    Extraction talks = extract(article("2025-04-14",
        "Fighting between Chile and Peru raged for months.", "Chile and Peru will hold talks on a ceasefire next week."));
    assertThat(talks.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.PROPOSED));
  }

  @Test
  void previousTrucesAreOtherCeasefiresAndLeaveThisOnesStatus() {
    // "previous truces", "several earlier ceasefires": other ceasefires spoken of together
    Extraction x = extract(article("2025-04-14",
        "Peru and Chile agreed on Monday to a seven-day ceasefire.",
        "Previous truces brokered in the talks have been repeatedly violated."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile");
      assertThat(c.status()).isEqualTo(CeasefireStatus.AGREED);
    });
  }

  @Test
  void suspendingACeasefireEndsIt() {
    Extraction x = extract(article("2025-04-14",
        "Chile suspended its ceasefire with the Shining Dawn rebels on Monday after an attack on a base."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.EXPIRED));
  }

  @Test
  void aVerbOfKeepingCommitsAndNegatedBreaks() {
    Extraction kept = extract(article("2025-04-14", "Peru announced on Monday that it would respect the ceasefire with Chile."));
    assertThat(kept.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.AGREED));
    Extraction broken = extract(article("2025-04-14", "Peru said Chile did not honour the ceasefire between them."));
    assertThat(broken.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.VIOLATED));
    Extraction urged = extract(article("2025-04-14",
        "All sides must honour their commitments and agree to the proposed truce between Peru and Chile, Brazil said."));
    assertThat(urged.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isNotEqualTo(CeasefireStatus.AGREED));
  }

  @Test
  void theTrucesOwnClauseAfterButSaysWhereItStands() {
    // "accused each other of violations, but the truce appeared to be holding"
    Extraction x = extract(article("2025-04-14",
        "Peru and Chile traded accusations of violations on Tuesday, but the truce appeared to be holding."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.IN_FORCE));
  }

  @Test
  void aTruceThatEndedItEndedTheWarNotItself() {
    Extraction x = extract(article("2025-04-14",
        "Peru and Chile fought a brief war in March.", "The truce that ended it has largely held, but tensions remain."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.IN_FORCE));
  }

  @Test
  void talksHeldOnATruceDoNotPutItInForce() {
    // a truce holds after it, as the subject of "held"; "held ceasefire talks" holds the talks
    Extraction x = extract(article("2025-04-14", "Peru and Chile held ceasefire talks in Geneva on Monday."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.PROPOSED));
    Extraction y = extract(article("2025-04-14", "The truce between Peru and Chile held for a second day."));
    assertThat(y.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.IN_FORCE));
  }

  @Test
  void aHaltToHostilitiesOnADayIsAFullCeasefire() {
    // "on" after the hostilities a halt stops names their target ("halt attacks on power plants"), not a day
    Extraction x = extract(article("2025-04-14", "Peru and Chile agreed to halt hostilities on Monday."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.scope()).isEqualTo(io.github.newsevents.model.CeasefireScope.FULL);
      assertThat(c.scopeNote()).isEmpty();
    });
    Extraction y = extract(article("2025-04-14", "Peru agreed to halt attacks on Chilean power plants."));
    assertThat(y.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.scope()).isEqualTo(io.github.newsevents.model.CeasefireScope.PARTIAL));
  }

  @Test
  void anAgreementInThePassiveInfinitiveIsStillToCome() {
    // "is expected to be announced", "will be signed": the words of agreement after "be" tell of a truce to come
    Extraction x = extract(article("2025-04-14", "Peru and Chile have fought since March.",
        "A ceasefire is expected to be announced in the coming days, diplomats said."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.PROPOSED));
    Extraction y = extract(article("2025-04-14", "Peru and Chile have fought since March.",
        "A ceasefire was announced on Monday."));
    assertThat(y.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.AGREED));
  }

  @Test
  void anyBreachThatMayComeIsNoBreachReported() {
    // pattern: "any breach", "against any violation": a warning about breaches to come
    Extraction x = extract(article("2025-04-14", "Peru and Chile agreed to a ceasefire on Monday.",
        "Lima warned that any breach of the truce would be answered, and Peru would stand firm against any"
            + " violation of its territory."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.AGREED));
    Extraction y = extract(article("2025-04-14", "Peru and Chile agreed to a ceasefire on Monday.",
        "Lima accused Chile of a breach of the truce on Tuesday."));
    assertThat(y.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.VIOLATED));
  }
}
