package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, points 1 and 2: events whose own clause names no side take the article's sides, and
 * a go-between is never one of them. The texts are made up; each test names the pattern.
 */
class DiscourseTest {
  private static final String PUBLISHED = "2025-04-14";

  @Test
  void anAgentlessTruceTakesTheSidesTheArticleShowsFighting() {
    Extraction x = extract(article(PUBLISHED,
        "Fighting between Armenia and Azerbaijan flared again on the border overnight.",
        "Shelling hit villages on both sides, and troops from Azerbaijan advanced near the river.",
        "A truce was announced on Sunday."));
    assertThat(x.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).containsExactlyInAnyOrder("armenia", "azerbaijan"));
  }

  @Test
  void aMediatorNamedInTheClauseIsNoPartyWhenTheArticleShowsItBrokering() {
    Extraction x = extract(article(PUBLISHED,
        "Israeli strikes and Hamas rocket attacks continued through the week as the war entered its second month.",
        "Qatar-brokered talks resumed in Doha, and the mediator Qatar said the gap was narrowing.",
        "Qatar said a ceasefire could be reached within days."));
    Ceasefire c = x.ceasefires().get(0);
    assertThat(c.parties()).doesNotContain("qatar");
    assertThat(c.parties()).containsExactlyInAnyOrder("israel", "hamas");
  }

  @Test
  void oneNamedPartyTakesTheOtherSideOfTheConflict() {
    Extraction x = extract(article(PUBLISHED,
        "Sudan and South Sudan traded artillery fire across the disputed border for a third day.",
        "The United States called on both governments to stop the fighting.",
        "On Monday South Sudan declared a ceasefire."));
    assertThat(x.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).containsExactlyInAnyOrder("south-sudan", "sudan"));
  }

  @Test
  void anAdvocateOfATruceIsNotBoundByIt() {
    Extraction x = extract(article(PUBLISHED,
        "Russian missiles struck Kyiv overnight as the war with Ukraine ground on, and Ukrainian drones hit a Russian refinery.",
        "France urged a ceasefire on Tuesday."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.parties()).doesNotContain("france");
      assertThat(c.parties()).containsExactlyInAnyOrder("russia", "ukraine");
    });
  }

  @Test
  void anArticleNamingNoSidesGivesNoCeasefireToAnAgentlessMention() {
    Extraction x = extract(article(PUBLISHED, "A truce was announced on Sunday."));
    assertThat(x.ceasefires()).isEmpty();
  }
}
