package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.PartyRole;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, points 2 and 3: roles by verb frame. The agent of "brokered", "mediated" or "hosted"
 * mediates, the agent of "proposed" proposes; neither is a party. A side that negotiates a truce
 * with no other side of its own ("Along with A and B, C has been trying to negotiate a truce in the
 * conflict") works for the warring sides, and so do those it works along with. Made-up sentences.
 */
class RolesTest {
  private static Ceasefire only(String text) {
    Extraction x = extract(article("2025-04-14", text));
    assertThat(x.ceasefires()).as("ceasefires").hasSize(1);
    return x.ceasefires().get(0);
  }

  @Test
  void activeBrokerIsAMediator() {
    Ceasefire c = only("Egypt brokered a truce between Israel and Hamas on Sunday.");
    assertThat(c.parties()).containsExactlyInAnyOrder("israel", "hamas");
    assertThat(c.roles()).containsEntry("egypt", PartyRole.MEDIATING);
  }

  @Test
  void whoeverATruceComesAboutWithTheHelpOfMediatesAndIsNoSide() {
    // pattern: a phrase of assistance, "with the help of X", "with support from X and Y", "under the
    // auspices of X", "thanks to the mediation of X": X helps, the sides are the clause's own
    for (String s : new String[] {
        "Peru and Chile agreed to a ceasefire with the help of Brazil on Sunday.",
        "Peru and Chile agreed to a ceasefire on Sunday with support from Brazil.",
        "Peru and Chile signed a truce under the auspices of Brazil on Sunday.",
        "Peru agreed to a truce with Chile, with the active support of Brazil.",
        "Thanks to the mediation of Brazil, Peru and Chile agreed to a truce on Sunday."}) {
      Ceasefire c = only(s);
      assertThat(c.parties()).as(s).containsExactlyInAnyOrder("peru", "chile");
      assertThat(c.roles()).as(s).containsEntry("brazil", PartyRole.MEDIATING);
    }
  }

  @Test
  void aTruceWithASideIsStillWithThatSide() {
    // the assistance reading asks for its noun: "a truce with Chile" names the other side
    Ceasefire c = only("Peru agreed to a truce with Chile on Sunday.");
    assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile");
    assertThat(c.roles()).isEmpty();
  }

  @Test
  void thePassiveAgentOfLedOrChairedMediates() {
    // pattern: "talks on a truce led by X", "at talks chaired by X": the agent leads, it does not fight
    for (String s : new String[] {
        "Peruvian and Chilean troops clashed for days. Talks on a ceasefire led by Brazil resumed on Monday.",
        "Peruvian and Chilean troops clashed for days. Peru and Chile agreed to a ceasefire at talks chaired by Brazil."}) {
      Ceasefire c = only(s);
      assertThat(c.parties()).as(s).containsExactlyInAnyOrder("peru", "chile");
      assertThat(c.roles()).as(s).containsEntry("brazil", PartyRole.MEDIATING);
    }
  }

  @Test
  void theAntecedentsOfARelativeRoleVerbAndItsCoAgentsMediate() {
    // pattern: "A and B, which mediated the truce along with C": all three mediate
    Extraction x = extract(article("2025-04-14",
        "Peru and the Andovan rebels agreed to a truce in January.",
        "Brazil and Ecuador, which mediated the truce along with Norway, want talks to resume."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.parties()).containsExactlyInAnyOrder("peru", "andovan-rebels");
      assertThat(c.roles()).containsEntry("brazil", PartyRole.MEDIATING).containsEntry("ecuador", PartyRole.MEDIATING)
          .containsEntry("norway", PartyRole.MEDIATING);
    });
  }

  @Test
  void theTwoGeneralsAreTheTwoHoldersOfThatTitle() {
    // pattern: "the two generals" / "both commanders" after two people with that title
    Extraction x = extract(article("2025-04-14",
        "The envoy spoke with General Ruben Castillo on Sunday and with General Hugo Marin on Tuesday.",
        "He called on the two generals to immediately cease hostilities."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.parties()).containsExactlyInAnyOrder("ruben-castillo", "hugo-marin");
      assertThat(c.status()).isEqualTo(io.github.newsevents.model.CeasefireStatus.PROPOSED);
    });
  }

  @Test
  void theTwoGeneralsNeedExactlyTwoHolders() {
    Extraction x = extract(article("2025-04-14",
        "General Ruben Castillo, General Hugo Marin and General Ana Soto met in Lima.",
        "The envoy called on the two generals to cease hostilities."));
    assertThat(x.ceasefires()).noneSatisfy(c -> assertThat(c.parties()).contains("ruben-castillo"));
  }

  @Test
  void aStateInALongerPlacePhraseIsNoParty() {
    // pattern: "a truce in northern X", "in the X capital": where the truce holds, not who keeps it
    Ceasefire c = only("Peru and the Andovan rebels agreed to a truce in northern Chile on Monday.");
    assertThat(c.parties()).doesNotContain("chile").contains("peru");
  }

  @Test
  void theActiveSubjectOfLedIsNoMediator() {
    Ceasefire c = only("Peruvian and Chilean troops clashed for days. Peru led a new assault on the town despite the truce.");
    assertThat(c.roles()).doesNotContainKey("peru");
    assertThat(c.parties()).contains("peru");
    assertThat(c.status()).isEqualTo(io.github.newsevents.model.CeasefireStatus.VIOLATED);
  }

  @Test
  void passiveMediatorInAnApposition() {
    Ceasefire c = only("A ceasefire between Armenia and Azerbaijan, mediated by Russia, took effect on Friday.");
    assertThat(c.parties()).containsExactlyInAnyOrder("armenia", "azerbaijan");
    assertThat(c.roles()).containsEntry("russia", PartyRole.MEDIATING);
  }

  @Test
  void coordinatedMediators() {
    Ceasefire c = only("Israel and Hamas agreed to a ceasefire brokered by Qatar and Egypt.");
    assertThat(c.parties()).containsExactlyInAnyOrder("israel", "hamas");
    assertThat(c.roles()).containsEntry("qatar", PartyRole.MEDIATING).containsEntry("egypt", PartyRole.MEDIATING);
  }

  @Test
  void thePassiveAgentPhraseEndsAtTheNextPreposition() {
    // "brokered by X between A and B": A and B are the parties, X alone mediates
    Ceasefire c = only("A truce brokered by Peru between Norway and Chile took effect on Monday.");
    assertThat(c.parties()).containsExactlyInAnyOrder("norway", "chile");
    assertThat(c.roles()).containsOnlyKeys("peru").containsEntry("peru", PartyRole.MEDIATING);
  }

  @Test
  void theSideThatReportsTheOthersBreachIsTheOtherParty() {
    // "Chile violated the truce, Norway said": of the pair at war, the reporter is the other side
    Extraction x = extract(article("2025-04-14", "Norway and Chile have fought a bitter war over the border.",
        "Chile has repeatedly violated the ceasefire, Norway said."));
    assertThat(x.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).containsExactlyInAnyOrder("chile", "norway"));
  }

  @Test
  void aTruceInAStateWhoseArmedGroupFightsBindsTheStateAndTheGroup() {
    // pattern: "a truce in <state>" naming no side, in an article that shows that state's armed group
    // fighting and names no pair: a civil war's truce, between the state and the group
    Extraction x = extract(article("2025-04-14", "The FARC shelled two towns in the south, killing dozens.",
        "Norway, Sweden, Brazil, Argentina, Uruguay and the United States proposed a three-month truce in Colombia."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.parties()).containsExactlyInAnyOrder("colombia", "farc");
      // a list of any length shares the verb: each of the four proposes
      assertThat(c.roles()).containsOnlyKeys("norway", "sweden", "brazil", "argentina", "uruguay", "united-states")
          .allSatisfy((k, v) -> assertThat(v).isEqualTo(PartyRole.PROPOSING));
    });
    // with no armed group of the state shown fighting, no side is made up
    Extraction y = extract(article("2025-04-14", "Storms hit the south of Colombia.",
        "Norway proposed a truce in Colombia."));
    assertThat(y.ceasefires()).isEmpty();
  }

  @Test
  void leadersWhoAgreeCommitTheStatesOfTheirTitlesEvenParagraphsLater() {
    // pattern: "Chilean President X ... Peruvian President Y" early on, "X and Y agreed to halt strikes"
    // later: each leader commits the state of the title, though the article never names the states
    Extraction x = extract(article("2025-04-14",
        "Chilean President Ana Morales met Brazilian envoys in Santiago. Peruvian President Jorge Salas was in Lima.",
        "Morales and Salas agreed on Monday to halt strikes on energy infrastructure."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.parties()).containsExactly("chile", "peru"));
  }

  @Test
  void theOtherSideMayBeAStateNamedOnlyByItsAdjective() {
    // pattern: "Chilean strikes killed ...", then "Brazil brokered a truce with the FARC": the side the
    // article shows fighting is named only by its demonym, and is still the truce's other side
    Extraction x = extract(article("2025-04-14", "Chilean strikes killed 30 people in the south on Sunday.",
        "Brazil brokered a truce with the FARC late on Monday, officials said."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.parties()).containsExactly("chile", "farc");
      assertThat(c.roles()).containsOnlyKeys("brazil");
    });
  }

  @Test
  void aStatesMediatorsAreNoSide() {
    // pattern: "<demonym> mediators/negotiators/facilitators" as subject: the state's go-betweens
    Extraction x = extract(article("2025-04-14", "Chilean strikes killed 30 people in the south on Sunday.",
        "Brazilian mediators secured a truce between Chile and the FARC on Monday."));
    assertThat(x.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).containsExactly("chile", "farc"));
    // with one side known only, the mediators' state is not made the other
    Extraction y = extract(article("2025-04-14", "Chilean strikes killed 30 people in the south on Sunday.",
        "Brazilian mediators secured a truce late on Monday, officials said."));
    assertThat(y.ceasefires()).isEmpty();
  }

  @Test
  void aCapitalNamingADocumentIsWhereItWasMadeNotASide() {
    // pattern: "the Quito declaration", "the Minsk agreements", "the Doha process": a capital before a
    // noun of a document or process names where it was made
    Extraction x = extract(article("2025-04-14",
        "Colombia and the FARC signed the Quito declaration, which sets out a ceasefire."));
    assertThat(x.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).containsExactly("colombia", "farc"));
    Extraction y = extract(article("2025-04-14", "Colombia and the FARC signed a truce in Quito on Monday."));
    assertThat(y.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).containsExactly("colombia", "farc"));
  }

  @Test
  void aCapitalNamingABodyIsNoSideOfAMeeting() {
    // pattern: "the Minsk Group", "the Lima Group": a capital before "Group" names a body, not its state
    Extraction x = extract(article("2025-04-14", "Border talks",
        "Armenian Foreign Minister Ara Petrosyan met on Saturday with the co-chairs of the Minsk Group in Geneva."));
    assertThat(x.meetings()).noneSatisfy(m -> assertThat(m.participants()).contains("belarus"));
  }

  @Test
  void aUnilateralTruceBindsItsOneSideOnly() {
    // pattern: "a unilateral ceasefire", "declared a truce unilaterally": no other side from the discourse
    Extraction x = extract(article("2025-04-14", "Truce",
        "Chilean artillery shelled Peruvian border posts for a week, and Peru's troops returned fire.",
        "Chile announced a unilateral three-day ceasefire on Monday to allow aid deliveries."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.parties()).containsExactly("chile"));
    Extraction y = extract(article("2025-04-14", "Truce",
        "Chilean artillery shelled Peruvian border posts for a week, and Peru's troops returned fire.",
        "Chile announced a three-day ceasefire on Monday to allow aid deliveries."));
    assertThat(y.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("chile", "peru"));
  }

  @Test
  void anActorATruceExcludesIsNoPartyOfIt() {
    // pattern: "a truce that excludes X", "exclude groups such as X and Y", "X was excluded from the
    // truce": left out of the truce, not bound by it
    Extraction x = extract(article("2025-04-14", "Truce",
        "Chile and Peru agreed to a truce that excludes the Shining Path, officials said.",
        "The Shining Path attacked a police post on Monday."));
    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("chile", "peru"));
    Extraction y = extract(article("2025-04-14", "Truce",
        "Colombia announced a ceasefire with the FARC, but the ELN was excluded from the truce.",
        "The ELN attacked a base on Monday, killing two soldiers."));
    assertThat(y.ceasefires()).allSatisfy(c -> assertThat(c.parties()).doesNotContain("eln"));
  }

  @Test
  void anExclusionSaidOfATruceReportedBeforeLeavesTheActorOutOfIt() {
    // pattern: "The ceasefire excludes X", said after the truce was first reported with X named
    Extraction x = extract(article("2025-04-14", "Truce",
        "Colombia and the ELN announced a ceasefire on Monday.",
        "The ceasefire excludes the ELN, officials later said."));
    assertThat(x.ceasefires()).allSatisfy(c -> assertThat(c.parties()).doesNotContain("eln"));
  }

  @Test
  void anActorExcludedFromOneTruceIsNoSideTheDiscourseGivesAnother() {
    // the same exclusion holds for the article's later mentions that name no side of their own
    Extraction x = extract(article("2025-04-14", "Truce",
        "Peru and the FARC have fought for weeks along the Putumayo river, and Peruvian troops shelled FARC camps.",
        "The ELN attacked a police post on Sunday, and ELN fighters shelled a base, killing two soldiers.",
        "Officials said the ceasefire would exclude groups such as the ELN and the Shining Path.",
        "A ceasefire deal was signed on Monday."));
    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("peru", "farc"));
  }

  @Test
  void anOutsiderWorkingTowardsNegotiatingATruceMediatesIt() {
    // pattern: "X is working with its neighbours to set up a panel to negotiate a ceasefire": a verb of
    // negotiating between the outsider and the truce, however far its infinitives chain
    Extraction x = extract(article("2025-04-14",
        "Fighting between Chile and the FARC killed dozens near the border on Sunday, and Chilean troops shelled rebel camps.",
        "Brazil is working with its neighbours to set up a panel to negotiate a lasting ceasefire."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.parties()).containsExactly("chile", "farc");
      assertThat(c.roles()).containsEntry("brazil", PartyRole.MEDIATING);
    });
  }

  @Test
  void aStateNamedAsTheAdjectiveOfItsOfficialReportsTheTruce() {
    // pattern: ", a US official said", ", Chilean officials told reporters" after the truce: a source,
    // no party; and a source that the article does not show at war is not the other side either
    Extraction x = extract(article("2025-04-14",
        "The FARC agreed to a ceasefire in the south, a US official said on Monday."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.parties()).containsExactly("farc"));
    Extraction y = extract(article("2025-04-14", "Norway and Chile have fought a bitter war over the border.",
        "Chile agreed to a ceasefire in the north, Norway officials told reporters."));
    assertThat(y.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).containsExactlyInAnyOrder("chile", "norway"));
  }

  @Test
  void aTruceWithOneSideBindsItsAdversaryAmongTheSubjects() {
    // "The US and Norway agreed on a proposal for a truce with Chile": Norway is at war with Chile
    Extraction x = extract(article("2025-04-14", "Norway and Chile have fought a bitter war over the border.",
        "The United States and Norway agreed on a proposal for a 30-day ceasefire with Chile."));
    assertThat(x.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).containsExactlyInAnyOrder("norway", "chile"));
  }

  @Test
  void byBeforeAMeasureNamesNoAgent() {
    // "extend the ceasefire by 48 hours, Qatar said": a measure, then a reporter; no side after "by"
    Extraction x = extract(article("2025-04-14", "Norway and Chile have fought a bitter war over the border.",
        "Norway and Chile have agreed to extend the ceasefire by 48 hours, Peru said."));
    assertThat(x.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).containsExactlyInAnyOrder("norway", "chile"));
  }

  @Test
  void proposerIsNoParty() {
    Ceasefire c = only("Turkey proposed a 30-day ceasefire between Russia and Ukraine.");
    assertThat(c.parties()).containsExactlyInAnyOrder("russia", "ukraine");
    assertThat(c.roles()).containsEntry("turkey", PartyRole.PROPOSING);
  }

  @Test
  void aProposerWithAuxiliaries() {
    Ceasefire c = only("France has also proposed a truce between Sudan and South Sudan.");
    assertThat(c.parties()).containsExactlyInAnyOrder("sudan", "south-sudan");
    assertThat(c.roles()).containsEntry("france", PartyRole.PROPOSING);
  }

  @Test
  void aCoordinatedSubjectSharesItsVerbOfCommitment() {
    Extraction x = extract(article("2025-04-14",
        "The United States mediated between the rivals for weeks, and US envoys hosted the talks.",
        "The Tigray Defense Forces and the Oromo Liberation Army agreed to a nationwide ceasefire."));
    assertThat(x.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).contains("tigray-defense-forces", "oromo-liberation-army"));
  }

  @Test
  void aSideThatProposesACeasefireWithTheOtherIsAPartyAndItsProposer() {
    Ceasefire c = only("Russia proposed a 30-day ceasefire with Ukraine on Monday.");
    assertThat(c.parties()).containsExactlyInAnyOrder("russia", "ukraine");
    assertThat(c.roles()).containsEntry("russia", PartyRole.PROPOSING);
  }

  @Test
  void aStatusChangeUpdatesTheSameCeasefire() {
    Extraction x = extract(article("2025-04-14",
        "Russia proposed a 30-day ceasefire with Ukraine on Monday.", "Ukraine rejected the truce on Tuesday."));
    assertThat(x.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.status()).isEqualTo(io.github.newsevents.model.CeasefireStatus.REJECTED));
  }

  @Test
  void theAgentOfPutForwardProposes() {
    Ceasefire c = only("Hamas said it had accepted the ceasefire proposal put forward by Egypt.");
    assertThat(c.parties()).doesNotContain("egypt");
    assertThat(c.roles()).containsEntry("egypt", PartyRole.PROPOSING);
  }

  @Test
  void aCoordinatedListBeforeTheReportingVerbReportsTheTruce() {
    Ceasefire c = only("Israel and Hamas agreed to a ceasefire on Saturday, the United States and Norway said.");
    assertThat(c.parties()).containsExactlyInAnyOrder("israel", "hamas");
  }

  @Test
  void everyAgentOfAPassiveBrokerMediates() {
    // the whole coordinated list after "brokered by", "the" included, mediates
    Ceasefire c = only("Armenia and Azerbaijan agreed to a 72-hour ceasefire brokered by Saudi Arabia and the United States.");
    assertThat(c.parties()).containsExactlyInAnyOrder("armenia", "azerbaijan");
    assertThat(c.roles()).containsEntry("saudi-arabia", PartyRole.MEDIATING)
        .containsEntry("united-states", PartyRole.MEDIATING);
  }

  @Test
  void aStateInAnOpeningPhraseIsNoParty() {
    // the opening adverbial phrase sets the scene; the main clause's subject makes the truce
    Ceasefire c = only("Following an intervention from Turkey, Armenia and Azerbaijan agreed to a truce.");
    assertThat(c.parties()).containsExactlyInAnyOrder("armenia", "azerbaijan");
  }

  @Test
  void aWelcomedTruceExists() {
    // one welcomes a truce that has been agreed, not one that is only proposed
    Ceasefire c = only("France welcomed the ceasefire between Armenia and Azerbaijan.");
    assertThat(c.status()).isEqualTo(io.github.newsevents.model.CeasefireStatus.AGREED);
  }

  @Test
  void aDealNamedAfterTheTruceIsNoAgreement() {
    // "a ceasefire and hostage deal" names what is sought; "reached a ceasefire deal" agrees it
    assertThat(only("Israel and Hamas are under pressure to accept a ceasefire and hostage deal.").status())
        .isEqualTo(io.github.newsevents.model.CeasefireStatus.PROPOSED);
    assertThat(only("Israel and Hamas reached a ceasefire deal on Sunday.").status())
        .isEqualTo(io.github.newsevents.model.CeasefireStatus.AGREED);
  }

  @Test
  void whoAnnouncesThatOthersAgreedIsNoParty() {
    // a verb of commitment with a "that" clause reports: the announcer's state is bound by nothing
    Ceasefire c = only("US Secretary of State Antony Blinken announced on Monday that the Sudanese army"
        + " and the Rapid Support Forces had agreed to a three-day ceasefire.");
    assertThat(c.parties()).containsExactlyInAnyOrder("sudanese-armed-forces", "rapid-support-forces");
  }

  @Test
  void theReporterOfTwoSidesTruceIsNoParty() {
    // "X said A and B had agreed": X reports; with one side in the complement the reporter may be the other
    Extraction x = extract(article("2025-04-14", "President Ana Ruiz of Brazil said Peru and Chile had agreed to a ceasefire."));
    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile"));
    Extraction y = extract(article("2025-04-14", "Peru and Chile fought for months.", "Peru said Chile broke the ceasefire on Monday."));
    assertThat(y.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile"));
  }

  @Test
  void theAgentOfADitransitiveOfferIsAPartyAndProposes() {
    // "Peru offered Chile a truce": the recipient is the other side, so the proposer is a side too
    Ceasefire c = only("Peru offered Chile a truce over the holidays.");
    assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile");
    assertThat(c.roles()).containsEntry("peru", PartyRole.PROPOSING);
  }

  @Test
  void aScopePhraseBeforeWithKeepsTheProposerASide() {
    // "a ceasefire on power plants with Chile": the scope stands between the noun and "with"
    Ceasefire c = only("Peru proposed a ceasefire on power plants with Chile.");
    assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile");
    assertThat(c.roles()).containsEntry("peru", PartyRole.PROPOSING);
  }

  @Test
  void thePassiveAgentOfAnOpeningPhraseEndsWithThePhrase() {
    // "Under a deal brokered by Norway, Peru and Chile agreed": the names after the opening phrase's
    // comma are the clause's subject, not more brokers; a pause of attacks "on X" is partial to X
    Ceasefire c = only("Under a deal brokered by Norway, Peru and Chile agreed to halt attacks on oil pipelines for 30 days.");
    assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile");
    assertThat(c.roles()).containsEntry("norway", PartyRole.MEDIATING);
    assertThat(c.scope()).isEqualTo(io.github.newsevents.model.CeasefireScope.PARTIAL);
    assertThat(c.scopeNote()).hasValue("oil pipelines");
  }

  @Test
  void aStateWhoseInstitutionReportsTheTruceIsNoParty() {
    // "..., Norway's foreign ministry said": the possessor of the reporting institution reports
    Ceasefire c = only("Peru and Chile agreed on Sunday to a 30-day ceasefire after talks in Oslo, Norway's foreign ministry said.");
    assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile");
  }

  @Test
  void aProposalThatTheOtherSideAnswersMakesTheProposerAParty() {
    // "A proposed a truce, which B rejected": B is the side it was proposed to, A the other side
    Extraction x = extract(article("2025-04-14", "Peru proposed a ceasefire, which Chile rejected."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile");
      assertThat(c.roles()).containsEntry("peru", PartyRole.PROPOSING);
    });
  }

  @Test
  void anAdverbInTheVerbGroupKeepsTheProposer() {
    Extraction x = extract(article("2025-04-14",
        "Peru has previously proposed a 30-day halt to strikes on ports, which Chile has not accepted."));
    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.roles()).containsEntry("peru", PartyRole.PROPOSING));
  }

  @Test
  void aProposerOutsideTheArticlesWarProposesForTheWarringSides() {
    Extraction x = extract(article("2025-04-14",
        "Peru and Chile have fought over the border for months.",
        "Qatar has been trying to negotiate a truce, Qatar's foreign ministry said.",
        "Qatar proposed a truce with Chile on Monday."));
    assertThat(x.ceasefires()).isNotEmpty().allSatisfy(c -> {
      assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile");
      assertThat(c.roles()).containsKey("qatar");
    });
  }

  @Test
  void aNegotiatorOutsideTheArticlesWarMediates() {
    Extraction x = extract(article("2025-04-14",
        "Chilean strikes on Arica killed 20 people, Peru said.",
        "Peru and Chile have fought over the border for months.",
        "Along with Brazil, Norway is trying to negotiate a truce deal for the region."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.parties()).doesNotContain("norway");
      assertThat(c.roles()).containsEntry("norway", PartyRole.MEDIATING);
    });
  }

  @Test
  void whoNegotiatesATruceWithNoOtherSideIsNoParty() {
    Extraction x = extract(article("2025-04-14",
        "Ecuador Says Truce Talks Stalled",
        "Along with Brazil and Argentina, Ecuador has been trying to negotiate a truce in the conflict, the"
            + " Ecuadorian foreign ministry said.",
        "Peruvian shelling of Chilean border towns killed six people on Sunday, and Chilean troops attacked"
            + " Peruvian positions near Tacna.",
        "Ecuador said talks on a truce had stalled after the attacks."));
    assertThat(x.ceasefires()).isNotEmpty().allSatisfy(c -> {
      assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile");
      assertThat(c.roles()).containsEntry("ecuador", PartyRole.MEDIATING);
    });
  }

  @Test
  void whoNegotiatesATruceWithTheOtherSideIsAParty() {
    Extraction x = extract(article("2025-04-14",
        "Peru negotiated a truce with Chile on Monday after a week of clashes along the border."));
    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile"));
  }

  @Test
  void theNounOfAProposalNamesItsProposerAfterFromOrBy() {
    // "a ceasefire proposal from Brazil" as "a ceasefire proposed by Brazil": Brazil proposes, no side
    for (String sentence : new String[] {"Peru and Chile accepted a ceasefire proposal from Brazil on Monday.",
        "Peru and Chile accepted a truce plan by Brazil on Monday."}) {
      Ceasefire c = extract(article("2025-04-14", sentence)).ceasefires().get(0);
      assertThat(c.parties()).as(sentence).containsExactlyInAnyOrder("peru", "chile");
      assertThat(c.roles()).as(sentence).containsEntry("brazil", PartyRole.PROPOSING);
    }
    // "published by": no noun of a proposal, no proposer
    Ceasefire d = extract(article("2025-04-14",
        "Peru and Chile agreed to a ceasefire, a statement published by Brazil said.")).ceasefires().get(0);
    assertThat(d.roles()).doesNotContainKey("brazil");
  }

  @Test
  void thePassiveAgentOfAReactionIsNoParty() {
    // "welcomed by Brazil" comments on the truce from outside it, as "Brazil welcomed the truce" does
    Extraction x = extract(article("2025-04-14", "Peru and Chile agreed to a truce on Monday.",
        "The truce was welcomed by Brazil and Ecuador."));
    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile"));
    Extraction y = extract(article("2025-04-14", "Peru and Chile have fought since March.",
        "Peru's ceasefire violations were condemned by Brazil."));
    assertThat(y.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile"));
  }

  // The hostilities a truce stops ("a pause in fighting", "an end to hostilities") are no sign of war
  // for whoever is named beside them: the state that announces the pause is not shown fighting.
  @Test
  void whoAnnouncesAPauseInFightingIsNoParty() {
    Extraction x = extract(article("2025-04-14", "Peru and the FARC have fought for years.",
        "Brazil announced that a four-day pause in fighting would begin on Friday."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("peru", "farc"));
  }

  // The subject of a verb of saying reports what follows it: a verb of commitment in the reported
  // clause ("Brazil said both sides had agreed ...") is the reported sides', not the reporter's.
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "Brazil said both sides had agreed to a ceasefire from Monday.",
      "Brazil said both sides had agreed to stop fighting from Monday."})
  void whoSaysTheSidesAgreedIsNoParty(String sentence) {
    Extraction x = extract(article("2025-04-14", "Peru and Chile have clashed since January.", sentence));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile"));
  }

  @Test
  void aStateWorkingToNegotiateATruceInAnotherIsAGoBetween() {
    // pattern: "<state> is working (with donors) to (create a commission to) negotiate a ceasefire in
    // <place>": negotiating a truce with no side of its own, it works for others, even over a long
    // verb chain
    Extraction x = extract(article("2025-04-14",
        "Ecuador agrees truce with rebels",
        "Ecuador's army and the Shining Front agreed to a three-day ceasefire on Monday after a week of fighting in"
            + " the Andes.",
        "Brazil is also working with donors to create a commission to negotiate a durable ceasefire in Ecuador,"
            + " its foreign minister said.",
        "Brazil has troops in the region that can be deployed in emergencies."));
    assertThat(x.ceasefires()).allSatisfy(c -> assertThat(c.parties()).doesNotContain("brazil"));
  }

  @Test
  void aNegotiatorInAnotherClauseIsNoGoBetweenReachedAcrossIt() {
    // pattern: "X would keep fighting ... until Y agreed to negotiate a ceasefire": Y is another
    // clause's subject; the reach over a verb chain stops at a clause link or a name
    Extraction x = extract(article("2025-05-20", "Truce",
        "Israel and Hamas agreed to a ceasefire on Sunday.",
        "Israel said it would keep fighting in southern Lebanon for many weeks until Hezbollah agreed to negotiate a"
            + " ceasefire."));
    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("israel", "hamas"));
  }

  @Test
  void aProposalTheOtherSideAnswersIsTheProposersTruceToo() {
    // pattern: "Peru rejected a ceasefire proposal by Chile": the proposer proposes to its foe, so it is
    // a party as well as the proposer; a proposal by a third state keeps that state out of the parties
    Extraction x = extract(article("2025-04-14", "Truce", "Peru rejected a ceasefire proposal by Chile on Monday."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile");
      assertThat(c.roles()).containsEntry("chile", PartyRole.PROPOSING);
    });
    Extraction y = extract(article("2025-04-14", "Truce",
        "Peru and Chile have fought over the border since May.",
        "Peru rejected a ceasefire proposal by Brazil on Monday."));
    assertThat(y.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.parties()).doesNotContain("brazil");
      assertThat(c.roles()).containsEntry("brazil", PartyRole.PROPOSING);
    });
  }
}
