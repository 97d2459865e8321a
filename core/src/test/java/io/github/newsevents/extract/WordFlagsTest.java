package io.github.newsevents.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.gazetteer.EntryKind;
import io.github.newsevents.gazetteer.Gazetteer;
import io.github.newsevents.gazetteer.GazetteerEntry;
import io.github.newsevents.internal.Tokens;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Extraction;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WordFlagsTest {
  /** Each flag word as written, in capitals and capitalised, among words of no list and words that are not ASCII. */
  private static String textOfEveryFlagWord() {
    StringBuilder b = new StringBuilder("date 2025-04-12\n\n");
    for (String w : WordFlags.words()) {
      String capitalised = Character.toUpperCase(w.charAt(0)) + w.substring(1);
      b.append(w).append(' ').append(w.toUpperCase(Locale.ROOT)).append(' ').append(capitalised)
          .append(" quietly T\u00C1LKS talks\u2019 caf\u00E9 \u0130STANBUL ").append(w).append("s, ");
    }
    return b.append("end.\n").toString();
  }

  @Test
  void flagsReadFromTheTokensAreThoseOfTheCaseFoldingLookUp() {
    Doc doc = new Doc(NewsEvents.parseArticle(textOfEveryFlagWord()));
    int checked = 0;
    int flagged = 0;
    for (Doc.Para p : doc.paras) {
      Tokens t = p.tokens;
      for (int i = 0; i < t.size(); i++) {
        int expected = t.type(i) == Tokens.WORD ? WordFlags.of(t.text(), t.start(i), t.end(i)) : 0;
        assertThat(p.flags(i)).as("flags of '%s'", t.get(i)).isEqualTo(expected);
        checked++;
        flagged += expected != 0 ? 1 : 0;
      }
    }
    assertThat(flagged).isGreaterThanOrEqualTo(3 * WordFlags.words().size());
    assertThat(checked).isGreaterThan(flagged);
  }

  @Test
  void namesAndTitlesOfAGazetteerOfYourOwnAreFoundThoughNoWordListHasTheirWords() {
    // the extractor turns tokens away that no list knows; its own gazetteer's words must still count
    String text = "date 2025-04-12\n\nOmbudsperson Lena Marsh said on Friday that Zorvia had left "
        + "the talks.\n";
    Gazetteer gazetteer = Gazetteer.defaults().toBuilder()
        .add(GazetteerEntry.of(EntryKind.STATE, "Zorvia", "ZZV", List.of()))
        .add(GazetteerEntry.of(EntryKind.TITLE, "ombudsperson", null, List.of()))
        .build();

    Extraction x = Extractor.withGazetteer(gazetteer).extract(NewsEvents.parseArticle(text));
    Extraction plain = Extractor.defaults().extract(NewsEvents.parseArticle(text));

    assertThat(x.actors()).filteredOn(a -> a.kind() == ActorKind.STATE).extracting(Actor::name).contains("Zorvia");
    assertThat(x.actors()).filteredOn(a -> a.name().equals("Lena Marsh")).flatExtracting(Actor::titles)
        .anySatisfy(title -> assertThat(title).containsIgnoringCase("ombudsperson"));
    assertThat(plain.actors()).filteredOn(a -> a.kind() == ActorKind.STATE).extracting(Actor::name)
        .doesNotContain("Zorvia");
    assertThat(plain.actors()).extracting(Actor::name).doesNotContain("Lena Marsh");
  }
}
