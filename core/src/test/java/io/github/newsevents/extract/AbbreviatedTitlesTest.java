package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static io.github.newsevents.extract.News.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Extraction;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Abbreviated titles and ranks before a name, as wire copy writes them ("Gen. X", "Lt. Gen. Y",
 * "Sen. Z", "Gov. W"): the title is the person's, not a piece of the name; and a rank or a
 * readout's style of address between a title and its holder in apposition. The texts are made up.
 */
class AbbreviatedTitlesTest {
  private static Set<Set<String>> meetings(Extraction x) {
    return x.meetings().stream().map(m -> Set.copyOf(m.participants())).collect(Collectors.toSet());
  }

  @Test
  void anAbbreviatedRankIsTheTitleNotPartOfTheName() {
    Extraction x = extract(article("2025-04-14",
        "Lt. Gen. Tomas Vera said the army would respect the truce.",
        "The talks were led by Gen. Ana Soto and Col. Lars Holm, officials said."));
    assertThat(names(x)).contains("Tomas Vera", "Ana Soto", "Lars Holm")
        .noneMatch(n -> n.startsWith("Lt.") || n.startsWith("Gen.") || n.startsWith("Col."));
    Actor vera = x.actors().stream().filter(a -> a.name().equals("Tomas Vera")).findFirst().orElseThrow();
    assertThat(vera.titles()).containsExactly("Lt. Gen.");
  }

  @Test
  void abbreviatedTitlesOfOfficeAreTheTitlesOfTheirHolders() {
    Extraction x = extract(article("2025-04-14",
        "Sen. Ana Soto and Rep. Tomas Vera met Gov. Lars Holm on Monday in Austin."));
    assertThat(names(x)).contains("Ana Soto", "Tomas Vera", "Lars Holm");
    // the coordinated subject keeps its second member across the abbreviated title
    assertThat(meetings(x)).containsExactly(Set.of("ana-soto", "tomas-vera", "lars-holm"));
  }

  @Test
  void aRankBeforeTheHolderInAppositionLeavesThePersonAsTheSide() {
    // "Mali's transitional leader, Colonel X": the holder, not the state of the title
    Extraction x = extract(article("2025-04-14",
        "President Ana Soto held talks with Chad's interim leader, Colonel Tomas Vera, at the palace."));
    assertThat(meetings(x)).containsExactly(Set.of("ana-soto", "tomas-vera"));
  }

  @Test
  void titlesAreTokenizedAsRunningTextWritesThem() {
    assertThat(PhraseIndex.asWritten("lt. gen.")).isEqualTo("Lt. Gen.");
    assertThat(PhraseIndex.asWritten("u.n. ambassador")).isEqualTo("U.N. Ambassador");
    assertThat(PhraseIndex.asWritten("secretary-general")).isEqualTo("Secretary-general");
    assertThat(PhraseIndex.asWritten("")).isEmpty();
  }

  @Test
  void theHonourableBeforeANameIsAnHonorific() {
    // a Commonwealth readout's "the Hon. X MP": the person, whose meeting it is
    Extraction x = extract(article("2025-04-14",
        "Prime Minister Ola Berg held a meeting with the Hon. Andrew Callister MP, Prime Minister of Australia."));
    assertThat(names(x)).contains("Andrew Callister").noneMatch(n -> n.startsWith("Hon"));
    assertThat(meetings(x)).containsExactly(Set.of("ola-berg", "andrew-callister"));
    assertThat(names(extract(article("2025-04-14", "The Honourable Andrew Callister said the talks went well."))))
        .contains("Andrew Callister");
  }
}
