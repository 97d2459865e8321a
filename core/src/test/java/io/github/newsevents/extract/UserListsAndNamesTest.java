package io.github.newsevents.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.gazetteer.EntryKind;
import io.github.newsevents.gazetteer.Gazetteer;
import io.github.newsevents.gazetteer.GazetteerEntry;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.MeetingKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 2, as the README shows it: a user's own armed group (a gazetteer entry) and own
 * meeting words (every form given) through one builder, without forking.
 */
class UserListsAndNamesTest {
  private static final Extractor EXTRACTOR = Extractor.builder()
      .gazetteer(Gazetteer.defaults().toBuilder()
          .add(GazetteerEntry.of(EntryKind.GROUP, "Northern Hills Liberation Front", null, List.of("NHLF")))
          .build())
      .addWords(WordList.MEETING, "parley", "parleys", "parleyed")
      .build();

  private static Extraction extract(Extractor extractor, String... paragraphs) {
    return extractor.extract(NewsEvents.parseArticle(News.article("2025-04-14", paragraphs)));
  }

  @Test
  void aRegionalArmedGroupOfTheUsersGazetteerIsAGroupAndATrucesParty() {
    String[] text = {
        "Laos and the Northern Hills Liberation Front agreed to a 10-day ceasefire on Sunday.",
        "The NHLF said its fighters would hold their positions."};
    Extraction x = extract(EXTRACTOR, text);

    assertThat(x.actor("northern-hills-liberation-front")).hasValueSatisfying(a ->
        assertThat(a.kind()).isEqualTo(ActorKind.GROUP));
    assertThat(x.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).containsExactlyInAnyOrder("laos", "northern-hills-liberation-front"));
    assertThat(x.actor("northern-hills-liberation-front")).hasValueSatisfying(a ->
        assertThat(a.aliases()).contains("NHLF"));
    // without the entry the name is still read as a group's, but its acronym, which the article
    // never defines in brackets, is not known to stand for it
    assertThat(extract(Extractor.defaults(), text).actor("northern-hills-liberation-front"))
        .hasValueSatisfying(a -> assertThat(a.aliases()).doesNotContain("NHLF"));
  }

  @Test
  void eachFormOfAnAddedMeetingWordIsATriggerAndOnlyTheFormsGiven() {
    for (String sentence : List.of(
        "Norway and Chile held a parley in Lima on Monday.",
        "Norway and Chile parleyed in Lima on Monday.")) {
      assertThat(extract(Extractor.defaults(), sentence).meetings()).as(sentence).isEmpty();
      assertThat(extract(EXTRACTOR, sentence).meetings()).as(sentence).singleElement().satisfies(m -> {
        assertThat(m.kind()).isEqualTo(MeetingKind.IN_PERSON);
        assertThat(m.participants()).containsExactlyInAnyOrder("norway", "chile");
      });
    }
    // a word matches as written: a form not added is no trigger
    assertThat(extract(EXTRACTOR, "Norway and Chile were parleying in Lima on Monday.").meetings()).isEmpty();
  }
}
