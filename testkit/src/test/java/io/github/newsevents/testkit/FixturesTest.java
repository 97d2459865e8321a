package io.github.newsevents.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Extraction;
import io.github.newsevents.testkit.gold.Gold;
import io.github.newsevents.testkit.gold.GoldFormat;
import io.github.newsevents.testkit.gold.PerfectExtraction;
import io.github.newsevents.testkit.score.ArticleScore;
import io.github.newsevents.testkit.score.Category;
import io.github.newsevents.testkit.score.ExtractionScorer;
import io.github.newsevents.validate.Validators;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FixturesTest {
  @Test
  void theSeedArticleComesWithItsGold() {
    Fixture seed = Fixtures.seedArticle();

    assertThat(seed.name()).isEqualTo("seed");
    assertThat(seed.text()).startsWith(" date 2025-04-12 The Kremlin said");
    assertThat(seed.gold().statements()).hasSize(6);
    assertThat(seed.gold().meetings()).hasSize(4);
    assertThat(seed.gold().ceasefires()).hasSize(2);
    assertThat(seed.gold().actors().stream().filter(a -> a.kind().name().equals("PERSON"))).hasSize(6);
  }

  @Test
  void theSeedsExpectedExtractionIsValidAndScoresPerfectly() {
    Fixture seed = Fixtures.seedArticle();
    Extraction expected = seed.expectedExtraction();

    ArticleScore score = ExtractionScorer.standard().score("seed", seed.gold(), expected);

    assertThat(Validators.standard().validate(expected).errors()).isEmpty();
    for (Category c : Category.values()) {
      assertThat(score.counts(c).f1()).as(c.key()).isEqualTo(1.0);
    }
    assertThat(expected.statements().get(0).span().orElseThrow().of(seed.text())).isEqualTo("businesslike");
    assertThat(expected.actor("dmitry-peskov").orElseThrow().aliases()).containsExactly("Peskov");
  }

  static List<Path> devGoldFiles() {
    return DevCorpus.goldFiles();
  }

  /** The perfect extraction of every dev article: a check of the scorer's matching rules. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("devGoldFiles")
  void thePerfectExtractionOfEveryDevArticleScoresOne(Path file) throws IOException {
    Gold gold = GoldFormat.standard().read(file);
    String name = file.getFileName().toString().replace(".json", ".txt");
    String text = Files.readString(file.getParent().resolveSibling("articles").resolve(name), StandardCharsets.UTF_8);

    ArticleScore score = ExtractionScorer.standard().score(name, gold, PerfectExtraction.of(gold, text));

    for (Category c : Category.values()) {
      assertThat(score.counts(c).f1()).as(c.key() + " " + score.misses() + score.falseAlarms()).isEqualTo(1.0);
      score.counts(c).judged().keySet().forEach(attribute ->
          assertThat(score.counts(c).accuracy(attribute)).as(c.key() + " " + attribute).contains(1.0));
    }
  }
}
