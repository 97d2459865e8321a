package io.github.newsevents.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.PartyRole;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 2: the stages' word lists are data (words.tsv) and a user extends them through
 * the extractor's builder, without forking. One test per list.
 */
class WordListTest {
  private static Extraction extract(Extractor extractor, String... paragraphs) {
    return extractor.extract(NewsEvents.parseArticle(News.article("2025-04-14", paragraphs)));
  }

  @Test
  void everyListHasItsDefaultsInTheResource() {
    for (WordList list : WordList.values()) {
      assertThat(Words.NONE.all(list)).as(list.name()).isNotEmpty();
    }
    assertThat(Words.NONE.all(WordList.TALKS)).contains("talks", "negotiations");
    assertThat(Words.NONE.all(WordList.CEASEFIRE)).contains("ceasefire", "truce");
  }

  @Test
  void anAddedTalksWordIsATrigger() {
    String text = "Norway and Chile held a parley in Lima on Monday.";
    assertThat(extract(Extractor.defaults(), text).meetings()).isEmpty();
    Extraction x = extract(Extractor.builder().addWords(WordList.TALKS, "Parley").build(), text);
    assertThat(x.meetings()).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(MeetingKind.TALKS);
      assertThat(m.participants()).containsExactlyInAnyOrder("norway", "chile");
    });
  }

  @Test
  void anAddedMeetingWordIsAnInPersonTrigger() {
    Extraction x = extract(Extractor.builder().addWords(WordList.MEETING, "conclave").build(),
        "Norway and Chile held a conclave in Lima on Monday.");
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.kind()).isEqualTo(MeetingKind.IN_PERSON));
  }

  @Test
  void anAddedCallWordIsAPhoneCall() {
    Extraction x = extract(Extractor.builder().addWords(WordList.CALL, "ringup").build(),
        "President Ruth Maddox had a ringup with Chancellor Otto Brandt on Monday.");
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL));
  }

  @Test
  void anAddedCeasefireWordIsATrigger() {
    String text = "Armenia and Azerbaijan agreed a standdown on Monday.";
    assertThat(extract(Extractor.defaults(), text).ceasefires()).isEmpty();
    Extraction x = extract(Extractor.builder().addWords(WordList.CEASEFIRE, "standdown").build(), text);
    assertThat(x.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).containsExactlyInAnyOrder("armenia", "azerbaijan"));
  }

  @Test
  void anAddedWarWordShowsTheSidesFighting() {
    String[] text = {
        "Sweden and Denmark opened a fishing conference in Stockholm.",
        "Sweden and Denmark want calm at sea.",
        "Norway's navy exchanged skirmishes with Chile's navy near the islands.",
        "A truce was announced on Sunday."};
    Extraction plain = extract(Extractor.defaults(), text);
    Extraction tuned = extract(Extractor.builder().addWords(WordList.WAR, "skirmishes").build(), text);
    assertThat(plain.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).containsExactlyInAnyOrder("sweden", "denmark"));
    assertThat(tuned.ceasefires()).singleElement().satisfies(c ->
        assertThat(c.parties()).containsExactlyInAnyOrder("norway", "chile"));
  }

  @Test
  void anAddedMediationWordMakesAGoBetween() {
    String[] text = {
        "Shelling between Armenia and Azerbaijan killed ten soldiers, and Georgia's go-between shuttled between their capitals.",
        "Georgia said a truce was near."};
    Extraction x = extract(Extractor.builder().addWords(WordList.MEDIATION, "go-between").build(), text);
    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.parties()).doesNotContain("georgia");
      assertThat(c.roles()).containsEntry("georgia", PartyRole.MEDIATING);
    });
  }

  @Test
  void anAddedPairNounRefersToTheArticlesPair() {
    String[] text = {"Peru and Chile have argued for months over fishing rights.", "Both republics held talks in Quito on Friday."};
    assertThat(extract(Extractor.defaults(), text).meetings()).isEmpty();
    Extraction x = extract(Extractor.builder().addWords(WordList.PAIR_NOUN, "republics").build(), text);
    assertThat(x.meetings()).singleElement().satisfies(m ->
        assertThat(m.participants()).containsExactlyInAnyOrder("peru", "chile"));
  }

  @Test
  void aWordWithSpacesIsRefusedByName() {
    assertThatThrownBy(() -> Extractor.builder().addWords(WordList.TALKS, "peace parley"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'peace parley'");
    assertThatThrownBy(() -> Extractor.builder().addWords(WordList.TALKS, " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Extractor.builder().addWords(WordList.TALKS, (String) null))
        .isInstanceOf(NullPointerException.class);
  }
}
