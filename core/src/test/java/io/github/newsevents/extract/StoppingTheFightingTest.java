package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.Extraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15, point 5 (triggers not recognised): a verb that stops the hostilities is a ceasefire by
 * another name ("agreed to end hostilities", "agreed to end the fighting", "will cease attacks
 * against"), like "halt" and "stop"; the noun ("after the end of the fighting"), a war ("end the
 * war") and other things that end ("the dock strike will end") are none. Made-up sentences.
 */
class StoppingTheFightingTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "Peru and Chile agreed to a cessation of fighting on Monday.",
      "Peru and Chile agreed to a cessation of all attacks on Monday.",
      "Peru and Chile agreed to a cessation of military operations on Monday."})
  void aCessationOfAnyFightingIsATruce(String sentence) {
    // pattern: "cessation of" + (the/all) + a word of fighting, as "cessation of hostilities" already was
    Extraction x = extract(article("2025-04-14", sentence));
    assertThat(x.ceasefires()).as(sentence).singleElement()
        .satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.AGREED));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Peru called for a cessation of payments to Chile.", "The cessation of trade hurt Chile."})
  void aCessationOfAnythingElseIsNone(String sentence) {
    assertThat(extract(article("2025-04-14", sentence)).ceasefires()).as(sentence).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Peru and Chile agreed to end hostilities in September.",
      "Peru and Chile agreed to end the fighting on Monday."})
  void agreeingToEndTheFightingIsACeasefire(String sentence) {
    Extraction x = extract(article("2025-04-14", sentence));
    assertThat(x.ceasefires()).as(sentence).singleElement().satisfies(c -> {
      assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile");
      assertThat(c.status()).isEqualTo(CeasefireStatus.AGREED);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Peru and Chile agreed to stop all firing and military action with immediate effect.",
      "Peru and Chile agreed to cease fire at midnight.",
      "Peru and Chile agreed to halt military operations along the border."})
  void stoppingFireOrMilitaryActionIsACeasefire(String sentence) {
    // pattern: a verb of pausing + firing / fire / the offensive / "military action|operations"
    Extraction x = extract(article("2025-04-14", sentence));
    assertThat(x.ceasefires()).as(sentence).singleElement().satisfies(c -> {
      assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile");
      assertThat(c.status()).isEqualTo(CeasefireStatus.AGREED);
    });
  }

  @org.junit.jupiter.api.Test
  void stoppingShootingAndPluralCeaseFiresAreCeasefires() {
    // pattern: "agreed to stop shooting"; the hyphenated plural "cease-fires"
    assertThat(extract(article("2025-04-14", "Peru and Chile agreed to stop shooting along the border.")).ceasefires())
        .singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.AGREED));
    assertThat(extract(article("2025-04-14", "Peru and Chile fought for months.",
        "Their cease-fires have repeatedly collapsed.")).ceasefires()).hasSize(1);
  }

  @org.junit.jupiter.api.Test
  void stoppingAGerundOfAttackIsAPartialTruceOnItsObjectAndALaterMentionJoinsIt() {
    // pattern: "agreed to stop attacking <target>" (the gerund's object is the scope); "the energy
    // truce" later is the same truce (one scope note holds the other)
    Extraction x = extract(article("2025-04-14", "Peru and Chile fought for months.",
        "Peru agreed on Monday to stop attacking Chilean energy facilities for 30 days.",
        "Chile said it would respect the energy truce."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile");
      assertThat(c.scope()).isEqualTo(io.github.newsevents.model.CeasefireScope.PARTIAL);
      assertThat(c.scopeNote()).hasValueSatisfying(n -> assertThat(n).contains("energy"));
      assertThat(c.status()).isEqualTo(CeasefireStatus.AGREED);
      assertThat(c.duration()).hasValue(java.time.Period.ofDays(30));
    });
  }

  @org.junit.jupiter.api.Test
  void theCeasefireLineIsAFrontierNoTruce() {
    // pattern: the trigger naming a line ("along the ceasefire line")
    assertThat(extract(article("2025-04-14",
        "Peruvian and Chilean troops exchanged fire along the ceasefire line on Monday.")).ceasefires()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Chile said it would halt military aid to Peru.",
      "Chile will stop military exports to Peru next year."})
  void haltingMilitaryAidIsNoCeasefire(String sentence) {
    assertThat(extract(article("2025-04-14", sentence)).ceasefires()).as(sentence).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Peruvian forces will cease attacks against Chilean positions, and Chile will do the same.",
      "Ecuador called on Peru and Chile to immediately cease hostilities."})
  void ceasingAttacksIsACeasefireOfTheSides(String sentence) {
    Extraction x = extract(article("2025-04-14", sentence));
    assertThat(x.ceasefires()).as(sentence).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Refugees returned to the valley after the end of the fighting between Peru and Chile.",
      "Peru and Chile want to end the war.",
      "The strike by dock workers in Lima will end on Monday, the union told Peru and Chile."})
  void otherEndingsAreNoCeasefire(String sentence) {
    assertThat(extract(article("2025-04-14", sentence)).ceasefires()).as(sentence).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Norway proposed a Pacific truce last month, under which Peru and Chile would stop shelling ports.",
      "Peru and Chile agreed on Monday to a ceasefire and to halt all strikes on ports."})
  void aPauseThatSaysWhatTheTruceBeforeItStopsIsThatTruce(String sentence) {
    // pattern: a ceasefire noun, then in the same sentence a verb of stopping the fighting: one truce
    assertThat(extract(article("2025-04-14", sentence)).ceasefires()).as(sentence).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Peru and Chile agreed to a ceasefire on Monday. On Friday Chile agreed to halt all strikes on ports."})
  void aPauseInAnotherSentenceIsStillReadOnItsOwn(String text) {
    assertThat(extract(article("2025-04-14", text)).ceasefires()).as(text).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Analysts said a price truce between the two largest grocery chains in Chile would not last.",
      "Peru and Chile agreed to a trade truce on Monday, suspending new tariffs."})
  void aTruceOfAContestOtherThanWarIsNone(String sentence) {
    // pattern: a noun of prices, trade, pay or politics right before the truce word
    assertThat(extract(article("2025-04-14", sentence)).ceasefires()).as(sentence).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Peru and Chile agreed to an energy truce on Monday."})
  void aTruceOfATargetOfWarStaysOne(String sentence) {
    assertThat(extract(article("2025-04-14", sentence)).ceasefires()).as(sentence).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Chile's efforts to broker a truce between Peru and Bolivia were welcomed on Monday.",
      "Peru and Bolivia backed a bid to secure a ceasefire before the harvest."})
  void aTruceThatAnAttemptSeeksIsProposedWhateverWelcomesTheAttempt(String sentence) {
    // pattern: effort / attempt / bid / trying + "to" + a verb of bringing about, then the truce
    assertThat(extract(article("2025-04-14", sentence)).ceasefires()).as(sentence).singleElement()
        .satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.PROPOSED));
  }
}
