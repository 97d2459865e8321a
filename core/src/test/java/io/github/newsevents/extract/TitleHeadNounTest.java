package io.github.newsevents.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * "the minister" after "Foreign Minister X", "the envoy" after "Special Envoy Y": the head noun of
 * a title refers back to the one person the article gave a title of that head, as the full title
 * ("the foreign minister") does; with two such people it refers to neither.
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
}
