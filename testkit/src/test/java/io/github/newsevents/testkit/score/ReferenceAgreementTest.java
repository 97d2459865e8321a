package io.github.newsevents.testkit.score;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.testkit.DevCorpus;
import io.github.newsevents.testkit.gold.Gold;
import io.github.newsevents.testkit.gold.GoldFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scorer against the corpus tool {@code score-extraction}, live, on the same predictions: the
 * extractor's output for every dev article (whatever the extractor currently finds). Every figure
 * of every article and of the totals agrees to the third decimal, and the text and JSON outputs
 * agree character for character. Skipped without the corpus or python3.
 */
class ReferenceAgreementTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path predictions;

  static Path gold;
  static SortedMap<String, Gold> golds;
  static Map<String, Extraction> extractions = new LinkedHashMap<>();

  @BeforeAll
  static void extractEveryDevArticle() throws IOException {
    gold = DevCorpus.gold();
    golds = GoldFormat.standard().readDirectory(gold);
    for (String id : golds.keySet()) {
      String text = Files.readString(DevCorpus.articles().resolve(id + ".txt"), StandardCharsets.UTF_8);
      Extraction e;
      try {
        e = NewsEvents.extract(text);
      } catch (RuntimeException bug) {
        // the extractor's failure is not the scorer's business: both score the article as missing
        System.err.println("ReferenceAgreementTest: the extractor failed on " + id + ": " + bug);
        continue;
      }
      extractions.put(id, e);
      Files.writeString(predictions.resolve(id + ".json"), PredictionJson.of(e), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyArticleScoresAsTheToolScoresIt() throws Exception {
    JsonNode reference = ReferenceScorer.perArticle(gold, predictions);
    Score fromModel = ExtractionScorer.standard().score(golds, extractions);
    Score fromJson = ExtractionScorer.standard().scoreDirectories(gold, predictions);

    assertThat(fromModel.articles()).hasSize(golds.size());
    List<String> disagreements = new ArrayList<>();
    for (Iterator<String> ids = reference.fieldNames(); ids.hasNext(); ) {
      String id = ids.next();
      disagreements.addAll(compare(id + " (model)", reference.get(id), report(fromModel.article(id).orElseThrow().counts())));
      disagreements.addAll(compare(id + " (json)", reference.get(id), report(fromJson.article(id).orElseThrow().counts())));
    }
    assertThat(disagreements).isEmpty();
    assertThat(reference.size()).isEqualTo(golds.size());
  }

  @Test
  void theTotalsPrintAsTheToolPrintsThem() throws Exception {
    Score fromModel = ExtractionScorer.standard().score(golds, extractions);

    // the JSON over the whole corpus; the text lines, character for character, in the other tests
    assertThat(fromModel.report().toJson()).isEqualTo(ReferenceScorer.run(gold, predictions, "--json"));
  }

  @Test
  void missingAndBrokenPredictionsPrintAsTheToolPrintsThem(@TempDir Path partial) throws Exception {
    List<String> ids = new ArrayList<>(extractions.keySet()).subList(0, 6);
    for (String id : ids.subList(0, 3)) {
      Files.copy(predictions.resolve(id + ".json"), partial.resolve(id + ".json"));
    }
    Files.writeString(partial.resolve(ids.get(3) + ".json"), "{\"statements\": [", StandardCharsets.UTF_8);
    Files.writeString(partial.resolve(ids.get(4) + ".json"), "{\"meetings\": {}}", StandardCharsets.UTF_8);
    String only = "--only=" + String.join(",", ids);

    Score score = ExtractionScorer.standard().scoreDirectories(gold, partial, ids::contains);

    assertThat(score.missingPredictions()).containsExactlyElementsOf(ids.subList(3, 6));
    assertThat(score.article(ids.get(4)).orElseThrow().predictionProblem())
        .contains(ids.get(4) + ".json: $.meetings: expected an array");
    // the tool fails on a prediction of the wrong shape; without it, the output is the same
    Files.delete(partial.resolve(ids.get(4) + ".json"));
    Score again = ExtractionScorer.standard().scoreDirectories(gold, partial, ids::contains);
    assertThat(again.report().toText()).isEqualTo(ReferenceScorer.run(gold, partial, only));
    assertThat(again.report().toJson()).isEqualTo(ReferenceScorer.run(gold, partial, only, "--json"));
  }

  @Test
  void onlySomeArticlesScoreAsWithOnly() throws Exception {
    List<String> some = List.of("000", "105", "472");
    Score score = ExtractionScorer.standard().scoreDirectories(gold, predictions, some::contains);

    assertThat(score.report().toText())
        .isEqualTo(ReferenceScorer.run(gold, predictions, "--only=" + String.join(",", some)));
  }

  /** Our figures in the tool's report shape. */
  private static JsonNode report(Map<Category, Counts> counts) throws IOException {
    Score one = new Score.Builder().addArticle(new ArticleScore.Builder().id("x").putAllCounts(counts).build()).build();
    return JSON.readTree(one.report().toJson());
  }

  private static List<String> compare(String id, JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> keys = expected.fieldNames(); keys.hasNext(); ) {
      String category = keys.next();
      if (!expected.get(category).equals(actual.get(category))) {
        out.add(id + " " + category + ": tool " + expected.get(category) + ", ours " + actual.get(category));
      }
    }
    return out;
  }
}
