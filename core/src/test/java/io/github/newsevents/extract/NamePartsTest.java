package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static io.github.newsevents.extract.News.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 5: capitalised words that are a piece of a longer name, an adjective before a
 * noun, or an adjective of origin are no person. The texts are made up.
 */
class NamePartsTest {
  @Test
  void thePartAfterOfInALongerNameIsNoPerson() {
    Extraction x = extract(article("2025-04-14",
        "Troops patrolled the Line of Quiet Waters, and the Union of Northern Harbours met in Bergen.",
        "Foreign Minister Lena Marsh of Norway said the talks would go on."));
    assertThat(names(x)).contains("Lena Marsh").doesNotContain("Quiet Waters", "Northern Harbours");
  }

  @Test
  void capitalisedWordsBeforeANounTheyModifyAreNoPerson() {
    Extraction x = extract(article("2025-04-14",
        "Fighting between Silver Hawk rebels and the army went on, Lena Marsh said."));
    assertThat(names(x)).contains("Lena Marsh").doesNotContain("Silver Hawk");
  }

  @Test
  void anAdjectiveOfTwoOriginsIsNoGivenName() {
    Extraction x = extract(article("2025-04-14",
        "He called himself a proud Irish-American Democrat, Lena Marsh said."));
    assertThat(names(x)).contains("Lena Marsh").noneMatch(n -> n.contains("Irish-American"));
  }
}
