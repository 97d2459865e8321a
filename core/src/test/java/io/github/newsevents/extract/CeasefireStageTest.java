package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.CeasefireScope;
import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.PartyRole;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 8, points 3, 4 and 6: ceasefires, truces and pauses. One test per rule. */
class CeasefireStageTest {
  @Test
  void aTruceThatIsToTakeEffectIsAgreedNotYetInForce() {
    // pattern: "will take effect", "is to take effect", "set to come into force": a start to come;
    // "took effect", "has come into force": in force
    for (String s : java.util.List.of("Peru and Chile agreed to a ceasefire on Monday. The truce is to take effect on Thursday.",
        "Peru and Chile agreed on Monday to a ceasefire that will take effect on Thursday.",
        "The ceasefire between Peru and Chile is set to come into force on Thursday.")) {
      assertThat(extract(article("2026-07-13", s)).ceasefires()).as(s).singleElement()
          .satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.AGREED));
    }
    for (String s : java.util.List.of("A ceasefire between Peru and Chile took effect on Monday.",
        "The truce between Peru and Chile has come into force.")) {
      assertThat(extract(article("2026-07-13", s)).ceasefires()).as(s).singleElement()
          .satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.IN_FORCE));
    }
  }

  @Test
  void aQuestionAboutATruceAssertsNothingItsAnswerDoes() {
    // pattern: a transcript's question ("Has the ceasefire been broken?") is no report of a breach;
    // the answer ("the ceasefire is holding") says where the truce stands
    Extraction x = extract(article("2026-07-13",
        "QUESTION: Has the ceasefire between Peru and Chile been broken?",
        "MINISTER: No, the ceasefire between Peru and Chile is holding."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile");
      assertThat(c.status()).isEqualTo(CeasefireStatus.IN_FORCE);
    });
    Extraction y = extract(article("2026-07-13", "QUESTION: Is a truce between Peru and Chile being discussed?",
        "MINISTER: That is not on the agenda."));
    assertThat(y.ceasefires()).isEmpty();
  }

  @Test
  void aWarThatEndedWithATruceIsNoTruceThatEnded() {
    // pattern: "the war ended with a ceasefire", "the fighting ended in a truce": the war is the
    // subject of "ended", the truce its outcome; "the truce ended" still ends the truce
    for (String s : java.util.List.of("Peru and Chile fought for six weeks. The war ended with a ceasefire on June 9.",
        "Peru and Chile fought for six weeks. The fighting ended in a truce signed in Quito on June 9.")) {
      Extraction x = extract(article("2026-07-13", s));
      assertThat(x.ceasefires()).as(s).singleElement().satisfies(c -> {
        assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile");
        assertThat(c.status()).isNotEqualTo(CeasefireStatus.EXPIRED);
      });
    }
    Extraction y = extract(article("2026-07-13", "Peru and Chile agreed a truce in May. The truce ended on Sunday."));
    assertThat(y.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.EXPIRED));
  }

  /** A Monday: "on Friday" is 2025-04-11. */
  private static final String PUBLISHED = "2025-04-14";

  private static Ceasefire onlyCeasefire(Extraction x) {
    assertThat(x.ceasefires()).as("ceasefires").hasSize(1);
    return x.ceasefires().get(0);
  }

  private static Ceasefire only(String... paragraphs) {
    return onlyCeasefire(extract(article(PUBLISHED, paragraphs)));
  }

  // wordings

  @Test
  void agreedATruceMakesBothSubjectsItsParties() {
    Ceasefire c = only("Armenia and Azerbaijan agreed a truce on Friday.");
    assertThat(c.parties()).containsExactlyInAnyOrder("armenia", "azerbaijan");
  }

  @Test
  void aCeasefire() {
    Ceasefire c = only("Armenia and Azerbaijan agreed a ceasefire on Friday.");
    assertThat(c.parties()).containsExactlyInAnyOrder("armenia", "azerbaijan");
  }

  @Test
  void aCessationOfHostilities() {
    Ceasefire c = only("Ethiopia and Eritrea agreed to a cessation of hostilities on Friday.");
    assertThat(c.parties()).containsExactlyInAnyOrder("ethiopia", "eritrea");
  }

  @Test
  void aPauseInStrikes() {
    Ceasefire c = only("Russia and Ukraine agreed to a pause in strikes on Friday.");
    assertThat(c.parties()).containsExactlyInAnyOrder("russia", "ukraine");
  }

  @Test
  void aHumanitarianTruce() {
    Ceasefire c = only("Israel and Hamas agreed a humanitarian truce on Friday.");
    assertThat(c.parties()).containsExactlyInAnyOrder("israel", "hamas");
  }

  // scope and duration

  @Test
  void aCeasefireWithoutQualifierIsFull() {
    Ceasefire c = only("Armenia and Azerbaijan agreed a full ceasefire on Friday.");
    assertThat(c.scope()).isEqualTo(CeasefireScope.FULL);
    assertThat(c.scopeNote()).isEmpty();
  }

  @Test
  void aCeasefireOnEnergyInfrastructureIsPartialWithANote() {
    Ceasefire c = only("Russia and Ukraine agreed a ceasefire on energy infrastructure on Friday.");
    assertThat(c.scope()).isEqualTo(CeasefireScope.PARTIAL);
    assertThat(c.scopeNote()).hasValueSatisfying(n -> assertThat(n).contains("energy infrastructure"));
  }

  @Test
  void aNamedSeaBeforeTheNounMakesItPartialWithTheSeaAsNote() {
    Ceasefire c = only("Russia and Ukraine agreed a Black Sea ceasefire on Friday.");
    assertThat(c.scope()).isEqualTo(CeasefireScope.PARTIAL);
    assertThat(c.scopeNote()).hasValueSatisfying(n -> assertThat(n).contains("Black Sea"));
  }

  @Test
  void aNumberOfDaysBeforeTheNounIsTheDuration() {
    Ceasefire c = only("Armenia and Azerbaijan agreed a 30-day ceasefire on Friday.");
    assertThat(c.duration()).contains(Period.ofDays(30));
  }

  @Test
  void oneWeekDuration() {
    Ceasefire c = only("Armenia and Azerbaijan agreed a one-week truce on Friday.");
    assertThat(c.duration()).contains(Period.ofDays(7));
  }

  // status

  @Test
  void wasReachedIsAgreed() {
    Ceasefire c = only("A ceasefire between Armenia and Azerbaijan was reached on Friday.");
    assertThat(c.status()).isEqualTo(CeasefireStatus.AGREED);
    assertThat(c.parties()).containsExactlyInAnyOrder("armenia", "azerbaijan");
  }

  @Test
  void hasRefusedIsRejected() {
    Ceasefire c = only("Azerbaijan has refused a ceasefire with Armenia.");
    assertThat(c.status()).isEqualTo(CeasefireStatus.REJECTED);
    assertThat(c.parties()).containsExactlyInAnyOrder("armenia", "azerbaijan");
  }

  @Test
  void rejectedIsRejected() {
    Ceasefire c = only("Azerbaijan rejected a ceasefire with Armenia on Friday.");
    assertThat(c.status()).isEqualTo(CeasefireStatus.REJECTED);
  }

  @Test
  void failedToRespectIsViolated() {
    Ceasefire c = only("Azerbaijan failed to respect the ceasefire with Armenia.");
    assertThat(c.status()).isEqualTo(CeasefireStatus.VIOLATED);
  }

  @Test
  void violatedIsViolated() {
    Ceasefire c = only("Azerbaijan violated the ceasefire with Armenia on Friday.");
    assertThat(c.status()).isEqualTo(CeasefireStatus.VIOLATED);
  }

  @Test
  void tookEffectIsInForce() {
    Ceasefire c = only("A ceasefire between Armenia and Azerbaijan took effect on Friday.");
    assertThat(c.status()).isEqualTo(CeasefireStatus.IN_FORCE);
  }

  @Test
  void expiredIsExpired() {
    Ceasefire c = only("The truce between Armenia and Azerbaijan expired on Friday.");
    assertThat(c.status()).isEqualTo(CeasefireStatus.EXPIRED);
  }

  @Test
  void calledForIsProposedAndTheCallerIsNoParty() {
    Ceasefire c = only("The United Nations called for a ceasefire between Armenia and Azerbaijan.");
    assertThat(c.status()).isEqualTo(CeasefireStatus.PROPOSED);
    assertThat(c.parties()).containsExactlyInAnyOrder("armenia", "azerbaijan");
  }

  // mediator, dates

  @Test
  void brokeredByNamesTheMediatorWhoIsNoParty() {
    Ceasefire c = only("A truce between Armenia and Azerbaijan was brokered by Qatar.");
    assertThat(c.parties()).containsExactlyInAnyOrder("armenia", "azerbaijan");
    assertThat(c.roles()).containsExactly(Map.entry("qatar", PartyRole.MEDIATING));
    assertThat(c.status()).isEqualTo(CeasefireStatus.AGREED);
  }

  @Test
  void aDayAndMonthAfterTheVerbOfAgreeingIsTheDateAgreed() {
    Ceasefire c = only("Armenia and Azerbaijan agreed a ceasefire on 13 March.");
    assertThat(c.date().map(Object::toString)).contains("2025-03-13");
  }

  @Test
  void startAndEndWhenGiven() {
    Ceasefire c = only("Armenia and Azerbaijan agreed a truce that will run from 1 May to 7 May.");
    assertThat(c.start().map(Object::toString)).contains("2025-05-01");
    assertThat(c.end().map(Object::toString)).contains("2025-05-07");
    assertThat(c.date()).as("the text does not say when it was agreed").isEmpty();
  }

  // one ceasefire, or several

  @Test
  void theSameCeasefireMentionedTwiceIsOneCeasefire() {
    Ceasefire c = only("Armenia and Azerbaijan agreed a 30-day ceasefire on Wednesday.",
        "The ceasefire took effect on Friday.");
    assertThat(c.parties()).containsExactlyInAnyOrder("armenia", "azerbaijan");
    assertThat(c.duration()).contains(Period.ofDays(30));
    assertThat(c.status()).isEqualTo(CeasefireStatus.IN_FORCE);
    assertThat(c.evidence()).hasSize(2);
  }

  @Test
  void twoDifferentCeasefiresStayApart() {
    Extraction x = extract(article(PUBLISHED,
        "Russia and Ukraine agreed a Black Sea ceasefire on Tuesday.",
        "Separately, Armenia and Azerbaijan agreed a truce on Friday."));
    assertThat(x.ceasefires()).hasSize(2);
    assertThat(x.ceasefires()).anySatisfy(c -> assertThat(c.parties()).containsExactlyInAnyOrder("russia", "ukraine"));
    assertThat(x.ceasefires()).anySatisfy(c -> assertThat(c.parties()).containsExactlyInAnyOrder("armenia", "azerbaijan"));
  }

  // negation

  @Test
  void thereIsNoCeasefireMakesNoAgreedCeasefire() {
    Extraction x = extract(article(PUBLISHED, "Ukraine said there is no ceasefire with Russia."));
    assertThat(x.ceasefires()).noneMatch(c -> c.status() == CeasefireStatus.AGREED || c.status() == CeasefireStatus.IN_FORCE);
  }

  @Test
  void hasNotAgreedToACeasefireMakesNoAgreedCeasefire() {
    Extraction x = extract(article(PUBLISHED, "Russia has not agreed to a ceasefire with Ukraine."));
    assertThat(x.ceasefires()).noneMatch(c -> c.status() == CeasefireStatus.AGREED || c.status() == CeasefireStatus.IN_FORCE);
  }

  @Test
  void anArticleWithoutEventsHasNoCeasefire() {
    Extraction x = extract(article(PUBLISHED, "Armenia and Azerbaijan discussed trade and water rights on Friday."));
    assertThat(x.ceasefires()).isEmpty();
  }

  @Test
  void theStateInABrokeredCompoundMediates() {
    Extraction x = extract(article(PUBLISHED,
        "Armenia and Azerbaijan agreed to a Russia-brokered truce on Monday."));
    Ceasefire c = x.ceasefires().get(0);
    assertThat(c.parties()).containsExactlyInAnyOrder("armenia", "azerbaijan");
    assertThat(c.roles()).containsEntry("russia", PartyRole.MEDIATING);
  }

  @Test
  void whoeverUrgesOrReportsATruceIsNeverTakenAsItsOtherSide() {
    Extraction x = extract(article(PUBLISHED,
        "The United States on Wednesday urged Armenia to agree to a humanitarian truce.",
        "The United States has pressed for talks for weeks, and the United States wants quiet."));
    Ceasefire c = x.ceasefires().get(0);
    assertThat(c.parties()).doesNotContain("united-states");
    assertThat(c.status()).isEqualTo(CeasefireStatus.PROPOSED);
  }

  @Test
  void attacksDespiteTheTruceBreakIt() {
    Ceasefire c = only("Russia and Ukraine agreed to a one-week energy truce on Monday."
        + " Despite this, Russia launched a large drone attack on the power grid on Thursday.");
    assertThat(c.status()).isEqualTo(CeasefireStatus.VIOLATED);
    Ceasefire d = only("Russia kept pounding the Ukrainian grid with drones despite an apparent ceasefire with Ukraine.");
    assertThat(d.status()).isEqualTo(CeasefireStatus.VIOLATED);
  }

  @Test
  void aStatesWarringPartiesAndItsNamedForcesAreOneCeasefire() {
    Extraction x = extract(article(PUBLISHED,
        "The United Nations urged Myanmar's warring parties to agree to a humanitarian truce.",
        "It urged the Arakan Army and the Kachin Independence Army to commit to the truce."));
    assertThat(x.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).containsExactlyInAnyOrder("arakan-army", "kachin-independence-army"));
  }

  @Test
  void theCeasefireWithNoScopeOfItsOwnIsTheLastOneSpokenOf() {
    Ceasefire c = only("Russia and Ukraine agreed to an energy truce on Monday.",
        "Ukraine said Russia had violated the ceasefire within hours.");
    assertThat(c.scope()).isEqualTo(CeasefireScope.PARTIAL);
    assertThat(c.status()).isEqualTo(CeasefireStatus.VIOLATED);
  }

  @Test
  void aQuotedTargetAfterOnIsTheScopeAndNoWordAfterOnIsNone() {
    // found by fuzzing: a quotation mark right after "on" left an empty span (an exception)
    Extraction quoted = extract(article(PUBLISHED,
        "Peru and Chile agreed a 30-day pause in strikes on \"energy facilities\"."));
    assertThat(quoted.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.scope()).isEqualTo(CeasefireScope.PARTIAL);
      assertThat(c.scopeNote()).hasValue("energy facilities");
    });
    Extraction bare = extract(article(PUBLISHED, "Peru and Chile agreed a 30-day pause in strikes on -- 12 sites."));
    assertThat(bare.ceasefires()).singleElement().satisfies(c -> assertThat(c.scopeNote()).isEmpty());
  }
}
