package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.actor;
import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static io.github.newsevents.extract.News.mentions;
import static io.github.newsevents.extract.News.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Actor;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Extraction;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Issue 6, points 1, 2 and 4: who is who in a news story. One test per rule. */
class ActorStageTest {
  private static final String PUBLISHED = "2025-04-14";

  private static List<String> people(Extraction x) {
    return x.actors().stream().filter(a -> a.kind() == ActorKind.PERSON).map(Actor::name)
        .collect(Collectors.toList());
  }

  // 1. canonical name, kind, titles, country, aliases, spans, ids

  @Test
  void canonicalNameIsTheFullestFormUsedEvenWhenTheShortFormComesFirst() {
    Extraction x = extract(article(PUBLISHED,
        "Marsh arrived in Moscow on Monday.",
        "Foreign Minister Lena Marsh of Norway said the visit would be short."));
    assertThat(people(x)).containsExactly("Lena Marsh");
    assertThat(actor(x, "Lena Marsh").aliases()).containsExactly("Marsh");
  }

  @Test
  void eachActorHasItsKind() {
    Extraction x = extract(article(PUBLISHED,
        "Foreign Minister Lena Marsh of Norway met NATO diplomats and a Hamas delegation in Doha."));
    assertThat(actor(x, "Lena Marsh").kind()).isEqualTo(ActorKind.PERSON);
    assertThat(actor(x, "Norway").kind()).isEqualTo(ActorKind.STATE);
    assertThat(actor(x, "NATO").kind()).isEqualTo(ActorKind.ORGANIZATION);
    assertThat(actor(x, "Hamas").kind()).isEqualTo(ActorKind.GROUP);
  }

  @Test
  void seniorOfficialsOfAStateAreAGroupOfThatState() {
    Extraction x = extract(article(PUBLISHED,
        "Foreign Minister Lena Marsh met senior Russian officials in Geneva on Friday."));
    assertThat(x.actors()).anySatisfy(a -> {
      assertThat(a.kind()).isEqualTo(ActorKind.GROUP);
      assertThat(a.name()).contains("Russian officials");
      assertThat(a.country()).contains("RUS");
    });
  }

  @Test
  void titleBeforeTheNameIsKeptAsWritten() {
    Extraction x = extract(article(PUBLISHED,
        "Russian President Oskar Vallin received US special envoy Mark Tennant on Friday.",
        "Kremlin spokesperson Ivan Dorokhov described the meeting as long."));
    assertThat(actor(x, "Oskar Vallin").titles()).contains("Russian President");
    assertThat(actor(x, "Mark Tennant").titles()).anySatisfy(t -> assertThat(t).contains("special envoy"));
    assertThat(actor(x, "Ivan Dorokhov").titles()).contains("Kremlin spokesperson");
  }

  @Test
  void countryFromTheDemonymOfTheTitle() {
    Extraction x = extract(article(PUBLISHED, "Russian President Oskar Vallin arrived in Minsk on Friday."));
    assertThat(actor(x, "Oskar Vallin").country()).contains("RUS");
  }

  @Test
  void countryFromTheInstitutionOfTheTitle() {
    Extraction x = extract(article(PUBLISHED, "Kremlin spokesperson Ivan Dorokhov spoke to reporters on Monday."));
    assertThat(actor(x, "Ivan Dorokhov").country()).contains("RUS");
  }

  @Test
  void countryAndAffiliationFromAnApposition() {
    Extraction x = extract(article(PUBLISHED,
        "Anton Belyk, who heads the Russian Arctic Development Fund, joined the talks on Friday."));
    Actor belyk = actor(x, "Anton Belyk");
    assertThat(belyk.country()).contains("RUS");
    assertThat(belyk.affiliation()).contains("Russian Arctic Development Fund");
  }

  @Test
  void countryFromAStatePossessive() {
    Extraction x = extract(article(PUBLISHED, "Norway's envoy Ingrid Solberg arrived in Geneva on Monday."));
    assertThat(actor(x, "Ingrid Solberg").country()).contains("NOR");
  }

  @Test
  void aliasesAreEveryOtherFormUsed() {
    Extraction x = extract(article(PUBLISHED,
        "Russian President Oskar Vallin arrived in Minsk on Friday.",
        "Vallin was met at the airport.",
        "President Vallin then left for the palace."));
    Actor vallin = actor(x, "Oskar Vallin");
    assertThat(vallin.aliases()).containsExactlyInAnyOrder("Vallin", "President Vallin");
  }

  @Test
  void eachMentionSpanMarksTheTextOfThatMention() {
    Extraction x = extract(article(PUBLISHED,
        "Russian President Oskar Vallin arrived in Minsk on Friday.",
        "Vallin was met at the airport.",
        "President Vallin then left for the palace."));
    assertThat(mentions(x, actor(x, "Oskar Vallin"))).containsExactly("Oskar Vallin", "Vallin", "President Vallin");
  }

  @Test
  void idsAreReadableSlugsOfTheName() {
    Extraction x = extract(article(PUBLISHED,
        "Foreign Minister José Núñez of Spain met Anna-Lena Öberg in Stockholm on Friday."));
    assertThat(actor(x, "José Núñez").id()).isEqualTo("jose-nunez");
    assertThat(actor(x, "Anna-Lena Öberg").id()).isEqualTo("anna-lena-oberg");
    assertThat(actor(x, "Spain").id()).isEqualTo("spain");
  }

  @Test
  void idsAreUniqueWithinTheExtractionAndStableFromRunToRun() {
    String text = article(PUBLISHED,
        "Foreign Minister Lena Marsh met Defence Minister Tom Marsh, Russian President Oskar Vallin,"
            + " Kremlin spokesperson Ivan Dorokhov and officials of the Kremlin, Russia and Norway.");
    List<String> ids = extract(text).actors().stream().map(Actor::id).collect(Collectors.toList());
    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> Actor.ID.matcher(id).matches());
    assertThat(extract(text).actors().stream().map(Actor::id).collect(Collectors.toList())).isEqualTo(ids);
  }

  // 2. coreference

  @Test
  void surnameAloneRefersBackToTheFullName() {
    Extraction x = extract(article(PUBLISHED,
        "Foreign Minister Lena Marsh of Norway arrived in Moscow on Monday.",
        "Officials said Marsh would stay for two days."));
    assertThat(people(x)).containsExactly("Lena Marsh");
    assertThat(mentions(x, actor(x, "Lena Marsh"))).containsExactly("Lena Marsh", "Marsh");
  }

  @Test
  void titlePlusSurnameRefersBackToTheFullName() {
    Extraction x = extract(article(PUBLISHED,
        "Lena Marsh, Norway's foreign minister, arrived in Moscow on Monday.",
        "Officials said Minister Marsh would stay for two days."));
    assertThat(people(x)).containsExactly("Lena Marsh");
    assertThat(actor(x, "Lena Marsh").mentions()).hasSize(2);
  }

  @Test
  void thePresidentRefersToTheOnlyPresidentNamed() {
    Extraction x = extract(article(PUBLISHED,
        "Russian President Oskar Vallin arrived in Minsk on Friday.",
        "The president met Foreign Minister Lena Marsh at the airport."));
    assertThat(mentions(x, actor(x, "Oskar Vallin"))).hasSize(2).last()
        .satisfies(m -> assertThat(m).endsWithIgnoringCase("president"));
    assertThat(mentions(x, actor(x, "Lena Marsh"))).containsExactly("Lena Marsh");
  }

  @Test
  void theEnvoyRefersToTheOnlyEnvoyNamed() {
    Extraction x = extract(article(PUBLISHED,
        "US special envoy Mark Tennant flew to Moscow on Tuesday.",
        "The envoy met Russian President Oskar Vallin for three hours."));
    assertThat(mentions(x, actor(x, "Mark Tennant"))).hasSize(2).last()
        .satisfies(m -> assertThat(m).endsWithIgnoringCase("envoy"));
  }

  @Test
  void theSpokespersonRefersToTheOnlySpokespersonNamed() {
    Extraction x = extract(article(PUBLISHED,
        "Kremlin spokesperson Ivan Dorokhov spoke to reporters on Monday.",
        "The spokesperson said no date had been set."));
    assertThat(mentions(x, actor(x, "Ivan Dorokhov"))).hasSize(2).last()
        .satisfies(m -> assertThat(m).endsWithIgnoringCase("spokesperson"));
  }

  @Test
  void thePresidentRefersToNoOneWhenTwoPresidentsAreNamed() {
    Extraction x = extract(article(PUBLISHED,
        "Russian President Oskar Vallin met Finnish President Aino Virtanen in Minsk on Friday.",
        "The president said the talks were long."));
    assertThat(mentions(x, actor(x, "Oskar Vallin"))).containsExactly("Oskar Vallin");
    assertThat(mentions(x, actor(x, "Aino Virtanen"))).containsExactly("Aino Virtanen");
  }

  @Test
  void twoPeopleSharingASurnameStayApartWhenTheirFirstNamesDiffer() {
    Extraction x = extract(article(PUBLISHED,
        "Foreign Minister Lena Marsh met Defence Minister Tom Marsh in Oslo on Monday.",
        "Lena Marsh said the talks went well, and Tom Marsh agreed."));
    assertThat(people(x)).containsExactlyInAnyOrder("Lena Marsh", "Tom Marsh");
    assertThat(mentions(x, actor(x, "Lena Marsh"))).containsExactly("Lena Marsh", "Lena Marsh");
    assertThat(mentions(x, actor(x, "Tom Marsh"))).containsExactly("Tom Marsh", "Tom Marsh");
  }

  // 4. capitalised words that are no actors

  @Test
  void aSentenceInitialWordBeforeASurnameIsNoPartOfTheName() {
    Extraction x = extract(article(PUBLISHED,
        "Foreign Minister Lena Marsh of Norway flew to Moscow on Monday.",
        "Welcoming Marsh to the Kremlin, Russian President Oskar Vallin praised her courage."));
    assertThat(people(x)).containsExactlyInAnyOrder("Lena Marsh", "Oskar Vallin");
  }

  @Test
  void daysAndMonthsAreNoActors() {
    Extraction x = extract(article(PUBLISHED,
        "Friday's round ended early.",
        "The envoys met on Monday and Tuesday, and will meet again in March or in May."));
    assertThat(x.actors()).isEmpty();
  }

  @Test
  void headingsAreNoActors() {
    Extraction x = extract(article(PUBLISHED,
        "Cautious Hopes Rise Before Winter Talks",
        "Foreign Minister Lena Marsh said the talks would resume."));
    assertThat(x.article().paragraphs().get(0).heading()).isTrue();
    assertThat(names(x)).containsExactly("Lena Marsh");
  }

  @Test
  void truthSocialIsNoActor() {
    Extraction x = extract(article(PUBLISHED,
        "Russian President Oskar Vallin wrote on Truth Social that the talks had failed."));
    assertThat(names(x)).containsExactly("Oskar Vallin");
  }

  @Test
  void daylightSavingTimeIsNoActor() {
    Extraction x = extract(article(PUBLISHED, "Daylight Saving Time begins on Sunday, the ministry said."));
    assertThat(x.actors()).isEmpty();
  }

  @Test
  void aPlaceUsedAsAPlaceIsALocationNotAnActor() {
    Extraction x = extract(article(PUBLISHED,
        "Lena Marsh and Oskar Vallin held a meeting in St. Petersburg on Friday."));
    assertThat(names(x)).containsExactlyInAnyOrder("Lena Marsh", "Oskar Vallin");
  }

  @Test
  void aPlaceTheGazetteerDoesNotKnowIsNoPersonWhenUsedAsAPlace() {
    Extraction x = extract(article(PUBLISHED,
        "Lena Marsh and Oskar Vallin held a meeting in Punta Cana on Friday."));
    assertThat(names(x)).containsExactlyInAnyOrder("Lena Marsh", "Oskar Vallin");
  }

  @Test
  void capitalsStandingForTheirGovernmentsAreStates() {
    Extraction x = extract(article(PUBLISHED, "Washington and Kyiv agreed on Tuesday to continue the talks."));
    Actor us = actor(x, "United States");
    assertThat(us.kind()).isEqualTo(ActorKind.STATE);
    assertThat(us.aliases()).contains("Washington");
    Actor ukraine = actor(x, "Ukraine");
    assertThat(ukraine.kind()).isEqualTo(ActorKind.STATE);
    assertThat(ukraine.aliases()).contains("Kyiv");
  }

  // robustness

  @Test
  void anArticleWithoutActorsHasNone() {
    Extraction x = extract(article(PUBLISHED, "the rain fell on the quiet town all day.", "It did not stop."));
    assertThat(x.actors()).isEmpty();
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void tenThousandCapitalisedWordsInARowMakeNoPerson() {
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      words.append(i % 2 == 0 ? "Grand " : "Harbour ");
    }
    Extraction x = extract(article(PUBLISHED, words.toString().trim() + "."));
    assertThat(people(x)).isEmpty();
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aThousandDistinctPeopleAreAThousandActors() {
    String[] syllables = {"ba", "ko", "ri", "mu", "te", "sa", "lo", "ne", "vi", "du"};
    String[] paragraphs = new String[1000];
    Set<String> expected = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String first = capitalised(syllables[i % 10] + syllables[i / 10 % 10] + "n");
      String last = capitalised(syllables[i / 100] + syllables[i % 10] + syllables[i / 10 % 10] + "ssen");
      paragraphs[i] = "Minister " + first + " " + last + " met officials.";
      expected.add(first + " " + last);
    }
    Extraction x = extract(article(PUBLISHED, paragraphs));
    assertThat(people(x)).hasSize(1000).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(x.actors().stream().map(Actor::id)).doesNotHaveDuplicates();
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  @Test
  void demonymsListedBeforeAGroupNounAreGroupsOfTheirStates() {
    Extraction x = extract(article(PUBLISHED,
        "Ukrainian and Russian negotiators met in Geneva on Friday."));
    assertThat(actor(x, "Ukrainian negotiators").kind()).isEqualTo(ActorKind.GROUP);
    assertThat(actor(x, "Ukrainian negotiators").country()).contains("UKR");
    assertThat(actor(x, "Russian negotiators").country()).contains("RUS");
  }

  @Test
  void aStateInsideACompoundIsAnActor() {
    Extraction x = extract(article(PUBLISHED,
        "Armenia and Azerbaijan observed a Russia-brokered truce on Monday."));
    assertThat(actor(x, "Russia").kind()).isEqualTo(ActorKind.STATE);
    assertThat(mentions(x, actor(x, "Russia"))).containsExactly("Russia");
  }

  @Test
  void twoNamesJoinedByAHyphenAreTwoMentions() {
    Extraction x = extract(article(PUBLISHED, "The Russia-Ukraine talks and an ASEAN-U.S. meeting were both set for June."));
    assertThat(x.actors()).extracting(Actor::id).contains("russia", "ukraine", "asean", "united-states");
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void capitalisedWordsWithoutHyphensStayLinear() {
    // every capitalised word is checked for a "Russia-Ukraine" pair: inside the word, never to the text's end
    Extraction x = extract(article(PUBLISHED, "Alpha Beta Gamma Delta. ".repeat(40_000)));
    assertThat(x.article().text().length()).isGreaterThan(900_000);
  }

  @Test
  void aStateAfterACityAndACommaIsNoActor() {
    Extraction x = extract(article(PUBLISHED, "Talks on trade opened in Doha, Qatar on Saturday."));
    assertThat(x.actors()).extracting(Actor::id).doesNotContain("qatar");
  }

  @Test
  void officialsOfANamedStateAreAGroupOfIt() {
    Actor a = actor(extract(article(PUBLISHED, "US officials said the round would open on Monday.")), "US officials");
    assertThat(a.kind()).isEqualTo(ActorKind.GROUP);
    assertThat(a.country()).contains("USA");
  }

  @Test
  void aBodysOfficialsSpeakForTheBodyButItsLeadersAreAGroup() {
    Extraction x = extract(article(PUBLISHED, "EU officials said ASEAN leaders would meet in June."));
    assertThat(x.actors()).extracting(Actor::name).contains("ASEAN leaders").doesNotContain("EU officials");
    assertThat(actor(x, "ASEAN leaders").kind()).isEqualTo(ActorKind.GROUP);
  }

  @Test
  void coordinatedDemonymsShareTheirGroupNoun() {
    Extraction x = extract(article(PUBLISHED, "The Armenian and Azerbaijani foreign ministers spoke on Saturday."));
    assertThat(x.actors()).extracting(Actor::name)
        .contains("Armenian foreign ministers", "Azerbaijani foreign ministers");
  }

  @Test
  void anInstitutionsNameGoesOnAfterOf() {
    Extraction x = extract(article(PUBLISHED, "The Independent International Commission of Inquiry published its report."));
    assertThat(x.actors()).extracting(Actor::name).anySatisfy(n -> assertThat(n).endsWith("Commission of Inquiry"));
  }

  @Test
  void whoHeadsWithNothingAfterItNamesNoBody() {
    // a quotation mark glued after "heads" leaves the apposition without a head: no blank affiliation
    Extraction x = extract(article(PUBLISHED,
        "Lena Marsh, who heads\"the Nordic Fund, said the talks were useful."));
    assertThat(actor(x, "Lena Marsh").affiliation()).isEmpty();
  }
  @Test
  void slugsAreLowerCaseLettersAndDigitsJoinedByHyphens() {
    assertThat(ActorStage.slug("Sergei V. Lavrov")).isEqualTo("sergei-v-lavrov");
    assertThat(ActorStage.slug("O'Brien")).isEqualTo("obrien");
    assertThat(ActorStage.slug("U.S. State Department")).isEqualTo("us-state-department");
    assertThat(ActorStage.slug("G7 (Group of Seven)")).isEqualTo("g7-group-of-seven");
    assertThat(ActorStage.slug("Recep Tayyip Erdo\u011Fan")).isEqualTo("recep-tayyip-erdogan");
    assertThat(ActorStage.slug("Kyiv\u2019s mayor")).isEqualTo("kyivs-mayor");
    assertThat(ActorStage.slug("--")).isEqualTo("actor");
  }

  @Test
  void anAsciiCharacterIsKeptInASlugWhenItIsALetterOrADigit() {
    // the ASCII path skips the Unicode tables: it must keep what they keep
    for (char c = 0; c < 128; c++) {
      int type = Character.getType(Character.toLowerCase(c));
      boolean kept = type == Character.LOWERCASE_LETTER || type == Character.OTHER_LETTER || c >= '0' && c <= '9';
      String expected = kept ? "a" + Character.toLowerCase(c) : c == '\'' || c == '.' ? "ab" : "a-b";
      assertThat(ActorStage.slug("a" + c + (kept ? "" : "b"))).as("character %d", (int) c).isEqualTo(expected);
    }
  }

  @Test
  void aSurnameAfterAnOpeningAdjunctIsThePersonOfThatName() {
    // pattern: "After the talks, Quispe said": a person known by one name, after the comma that
    // closes an opening adjunct, is that person, not a body named like them
    Extraction x = extract(article("2025-04-14", "Trade",
        "Peru's President Quispe was to visit Chile.",
        "After the talks, Quispe said the border would reopen."));
    assertThat(x.actors()).filteredOn(a -> a.name().equals("Quispe")).singleElement()
        .satisfies(a -> assertThat(a.kind()).isEqualTo(ActorKind.PERSON));
    assertThat(x.statements()).singleElement().satisfies(st -> assertThat(st.speaker()).contains("quispe"));
  }

  @Test
  void aCaptionsPositionMarkerInBracketsIsNoPartOfTheName() {
    // pattern: a photo caption's "Name [L] and Name [R]" marks where each stands; an editor's
    // insertion inside a name ("[Rosa] Vidal") still belongs to it
    Extraction x = extract(article("2025-04-14", "Talks",
        "Peruvian Foreign Minister Rosa Vidal [L] and Chilean Foreign Minister Luis Soto [R] met in Lima on Monday."));
    assertThat(x.actors()).extracting(Actor::id).contains("rosa-vidal", "luis-soto")
        .doesNotContain("rosa-vidal-l", "luis-soto-r");
    Extraction y = extract(article("2025-04-14", "Talks",
        "\"We will meet again,\" [Rosa] Vidal said after she met Chilean Foreign Minister Luis Soto in Lima."));
    assertThat(y.actors()).extracting(Actor::id).contains("rosa-vidal");
  }
}
