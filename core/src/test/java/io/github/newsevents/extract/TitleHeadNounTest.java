package io.github.newsevents.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * "the minister" after "Foreign Minister X", "the envoy" after "Special Envoy Y": the head noun of
 * a title refers back to the one person the article gave a title of that head, as the full title
 * ("the foreign minister") does; with two such people it refers to neither. A press release's
 * title with no article before a verb of meeting ("Prime Minister met X") is the holder it names first.
 */
class TitleHeadNounTest {
  private static Extraction extract(String... paragraphs) {
    return Extractor.defaults().extract(NewsEvents.parseArticle(News.article("2026-05-13", paragraphs)));
  }

  @Test
  void theHeadNounOfOnePersonsTitleIsThatPerson() {
    Extraction x = extract(
        "Foreign Minister Aram Petrosyan arrived in Almaty on Friday.",
        "On Saturday the minister met Elnur Aliyev, his Azerbaijani counterpart.");

    assertThat(x.meetings()).singleElement().satisfies(m ->
        assertThat(m.participants()).containsExactlyInAnyOrder("aram-petrosyan", "elnur-aliyev"));
  }

  @Test
  void withTwoHoldersOfTitlesOfThatHeadItIsNeither() {
    Extraction x = extract(
        "Foreign Minister Aram Petrosyan and Defence Minister Karen Sargsyan arrived in Almaty on Friday.",
        "On Saturday the minister met Elnur Aliyev, his Azerbaijani counterpart.");

    assertThat(x.meetings()).allSatisfy(m ->
        assertThat(m.participants()).doesNotContain("aram-petrosyan", "karen-sargsyan"));
  }

  @Test
  void aReleasesBareTitleBeforeAVerbOfMeetingIsItsPrincipal() {
    // a press release's style: the title with no article, the principal named first
    Extraction x = extract(
        "Prime Minister Arvind Rao attended the summit in Nairobi on 22 November.",
        "On 23 November, Prime Minister met Prime Minister of Canada Claire Dubois.");

    assertThat(x.meetings()).anySatisfy(m ->
        assertThat(m.participants()).containsExactlyInAnyOrder("arvind-rao", "claire-dubois"));
  }

  @Test
  void aBareTitleBeforeAnyOtherWordIsNoReference() {
    Extraction x = extract(
        "Prime Minister Arvind Rao attended the summit in Nairobi on 22 November.",
        "On 23 November, Prime Minister Claire Dubois of Canada met Kenya's president.");

    assertThat(x.meetings()).noneMatch(m -> m.participants().contains("arvind-rao"));
  }

  @Test
  void theHeadOfATitleWithOfIsTheWordBeforeIt() {
    // "Secretary of State X", later "the Secretary"; "Minister of Trade Y", later "the minister"
    Extraction x = extract(
        "Secretary of State Ellen Ward leaves on Sunday for a trip to Asia.",
        "The Secretary is scheduled to meet Foreign Minister Ratna Sari in Jakarta on the 24th.");
    assertThat(x.meetings()).singleElement().satisfies(m ->
        assertThat(m.participants()).containsExactlyInAnyOrder("ellen-ward", "ratna-sari"));

    Extraction y = extract(
        "Minister of Trade Aram Petrosyan arrived in Almaty on Friday.",
        "On Saturday the minister met Elnur Aliyev, his Kazakh counterpart.");
    assertThat(y.meetings()).singleElement().satisfies(m ->
        assertThat(m.participants()).containsExactlyInAnyOrder("aram-petrosyan", "elnur-aliyev"));
  }
}
