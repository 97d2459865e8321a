package io.github.newsevents.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Extraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Edges of the rules on titles, acronyms and names added for issue 15: a one-word bare title, an
 * acronym ending a paragraph, a trailing capital after an acronym's letters, a person's followers.
 */
class NewRulesEdgesTest {
  private static Extraction extract(String... paragraphs) {
    return Extractor.defaults().extract(NewsEvents.parseArticle(News.article("2026-05-13", paragraphs)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"President", "Chancellor", "Prime Minister"})
  void aBareTitleOfOneOrTwoWordsBeforeAVerbOfMeetingIsItsHolder(String title) {
    Extraction x = extract(
        title + " Ana Torres arrived in Lima on Friday.",
        "On Saturday, " + title + " met Elnur Aliyev.");

    assertThat(x.meetings()).as(title).singleElement().satisfies(m ->
        assertThat(m.participants()).containsExactlyInAnyOrder("ana-torres", "elnur-aliyev"));
  }

  @Test
  void aDefinedAcronymEndingAParagraphIsReadWithoutFailing() {
    assertThatCode(() -> extract("The Kivu Patriotic Alliance (KPA) fought the army.", "The army hit KPA"))
        .doesNotThrowAnyException();
    assertThat(extract("The Kivu Patriotic Alliance (KPA) fought the army.", "The army hit KPA").actors())
        .anySatisfy(a -> assertThat(a.aliases()).contains("KPA"));
  }

  @Test
  void aCapitalisedWordAfterTheAcronymsLastLetterDefinesNothing() {
    Extraction x = extract("The Kivu Patriotic Alliance Force (KPA) fought the army on Monday.");

    assertThat(x.actors()).noneMatch(a -> a.aliases().contains("KPA") && a.name().startsWith("Kivu"));
  }

  @Test
  void aPersonsNameBeforeFactionStaysThePerson() {
    Extraction x = extract(
        "The Khalifa Haddad faction advanced on Monday.",
        "Khalifa Haddad met Vladimir Putin in Moscow on Tuesday.");

    assertThat(x.meetings()).singleElement().satisfies(m ->
        assertThat(m.participants()).containsExactlyInAnyOrder("khalifa-haddad", "vladimir-putin"));
  }

  @Test
  void troopsOfAnotherKindAreNoHomeStatesForces() {
    Extraction x = extract(
        "Malacañang said on Friday that talks with the Moro National Liberation Front would resume in Zamboanga.",
        "A ceasefire between peacekeeping troops and the Moro National Liberation Front expired on Sunday.");

    assertThat(x.ceasefires()).allSatisfy(c -> assertThat(c.parties()).doesNotContain("philippines"));
  }
}
