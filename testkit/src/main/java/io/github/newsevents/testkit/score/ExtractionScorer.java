package io.github.newsevents.testkit.score;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.testkit.gold.Gold;
import io.github.newsevents.testkit.gold.GoldFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Predicate;

/**
 * Scores predictions against gold annotations the way the corpus tool {@code score-extraction}
 * does, to the third decimal of every figure:
 *
 * <pre>{@code
 * Gold gold = GoldFormat.standard().read(Path.of("gold/014.json"));
 * Extraction mine = myParser.parse(articleText);           // any Extraction, ours or built by hand
 * ArticleScore score = ExtractionScorer.standard().score("014", gold, mine);
 * score.counts(Category.MEETINGS).f1();
 * score.misses();                                           // what it did not find
 * }</pre>
 *
 * <p><b>Matching.</b> Per kind of item, one to one and greedily, best pair first. A direct
 * quotation matches a gold quote when at least 60% of the larger set of distinct words (lower
 * case, accents, punctuation and curly quotes folded) are shared; its speaker then counts when the
 * names match. People match by a full name or a multi-word alias. A name matches another by the
 * full name, the surname (last word) or any alias of the gold actor that goes by it; a state by
 * its name, official name, capital or ISO code ({@code states.tsv}); a predicted state, body or
 * group with a country also goes by that country. Meetings and ceasefires match when they share
 * at least two participants or parties (one when the gold item has one), the larger share first,
 * ties broken by agreeing status, date, kind and duration. Gold items marked optional, and unnamed
 * gold people, are neutral: finding one is no hit and no false alarm, missing one is no miss.
 * Attributes (speaker, status, date, kind, location, scope, duration) are judged on matched pairs
 * of non-optional gold items, a date or location only when the gold item has one.
 *
 * <p><b>Predictions as JSON</b> ({@link #scoreJson}, {@link #scoreDirectories}) are read in the
 * loose shape the corpus tool reads: top-level {@code actors} ({@code id}, {@code name}, {@code
 * kind}, {@code aliases}, {@code country}), {@code statements} ({@code speaker} as an actor id, a
 * name or an object with {@code name}/{@code id}; {@code text} or {@code quote}; {@code kind},
 * absent meaning DIRECT), {@code meetings} ({@code participants}, {@code location} as a string or
 * an object with {@code name}, {@code date}, {@code kind}, {@code status}) and {@code ceasefires}
 * ({@code parties}, {@code scope}, {@code duration} as {@code "P30D"} or {@code durationDays},
 * {@code date}, {@code status}); a missing list is empty and other keys are ignored. The JSON the
 * newsevents command line writes is of this shape; {@code span} and {@code evidence} spans, when
 * present, place items in reports.
 *
 * <p>Immutable and thread-safe.
 */
public final class ExtractionScorer {
  private static final ExtractionScorer STANDARD = new ExtractionScorer(null);

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private final Path articles;

  private ExtractionScorer(Path articles) {
    this.articles = articles;
  }

  /** The scorer of the corpus tool. */
  public static ExtractionScorer standard() {
    return STANDARD;
  }

  /**
   * This scorer, reading each article's text from {@code directory/ID.txt} when it scores
   * directories, so that reports can show the text (by default it looks for an {@code articles}
   * directory beside the gold directory, as the corpus is laid out).
   */
  public ExtractionScorer withArticles(Path directory) {
    return new ExtractionScorer(Objects.requireNonNull(directory, "directory"));
  }

  /** Scores one article's extraction; its text is the extraction's article text. */
  public ArticleScore score(String id, Gold gold, Extraction prediction) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(prediction, "prediction");
    return new ArticleScoring(gold, Prediction.of(prediction), Optional.of(prediction.article().text()))
        .run(id, Optional.empty());
  }

  /**
   * Scores many articles: each gold (by id, in the map's order) against the extraction with the same
   * id. A gold without an extraction counts as a prediction of nothing and is listed among the
   * {@linkplain Score#missingPredictions() missing predictions}; extractions without a gold are
   * ignored, as the corpus tool ignores prediction files without a gold file.
   */
  public Score score(Map<String, Gold> golds, Map<String, Extraction> predictions) {
    Score.Builder b = new Score.Builder();
    golds.forEach((id, gold) -> {
      Extraction e = predictions.get(id);
      b.addArticle(e != null ? score(id, gold, e)
          : new ArticleScoring(gold, Prediction.empty(), Optional.empty())
              .run(id, Optional.of("no prediction")));
    });
    return b.build();
  }

  /**
   * Scores one article's prediction given as JSON (see the class comment for its shape).
   *
   * @param text the article's text, for reports; may be empty
   * @throws PredictionFormatException if it is not JSON, or not of that shape
   */
  public ArticleScore scoreJson(String id, Gold gold, String predictionJson, Optional<String> text) {
    Objects.requireNonNull(gold, "gold");
    Prediction p = Prediction.of(readJson(predictionJson, id), id);
    return new ArticleScoring(gold, p, text).run(id, Optional.empty());
  }

  /** {@link #scoreDirectories(Path, Path, Predicate)} for every gold file. */
  public Score scoreDirectories(Path goldDir, Path predictionDir) throws IOException {
    return scoreDirectories(goldDir, predictionDir, id -> true);
  }

  /**
   * Scores {@code predictionDir/ID.json} against {@code goldDir/ID.json} for every gold file whose
   * id {@code which} accepts, in name order: what {@code score-extraction GOLD_DIR PRED_DIR} does. A
   * missing prediction file, or one that is not a prediction (not JSON, or of the wrong shape),
   * counts as a prediction of nothing; the article's {@link ArticleScore#predictionProblem()} says
   * why and it is listed among the missing predictions.
   *
   * @throws io.github.newsevents.testkit.gold.GoldFormatException for a bad gold file
   * @throws IOException if a directory or an article text cannot be read (an article text that
   *     is not UTF-8 is an {@code IOException} naming the file)
   */
  public Score scoreDirectories(Path goldDir, Path predictionDir, Predicate<String> which)
      throws IOException {
    SortedMap<String, Gold> golds = GoldFormat.standard().readDirectory(goldDir);
    Path texts = articles != null ? articles : goldDir.toAbsolutePath().resolveSibling("articles");
    Score.Builder b = new Score.Builder();
    for (Map.Entry<String, Gold> g : golds.entrySet()) {
      String id = g.getKey();
      if (!which.test(id)) {
        continue;
      }
      Optional<String> text = Optional.empty();
      Path textFile = texts.resolve(id + ".txt");
      if (Files.isRegularFile(textFile)) {
        try {
          text = Optional.of(Files.readString(textFile, StandardCharsets.UTF_8));
        } catch (java.nio.charset.CharacterCodingException e) {
          throw new IOException(textFile + ": not UTF-8 text", e);
        }
      }
      Path file = predictionDir.resolve(id + ".json");
      Prediction p = Prediction.empty();
      Optional<String> problem = Optional.empty();
      if (!Files.isRegularFile(file)) {
        problem = Optional.of("no prediction file " + file.getFileName());
      } else {
        try {
          p = Prediction.of(readJson(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString()),
              file.getFileName().toString());
        } catch (PredictionFormatException e) {
          problem = Optional.of(e.getMessage());
        } catch (java.nio.charset.MalformedInputException e) {
          problem = Optional.of(file.getFileName() + ": not UTF-8 text");
        }
      }
      b.addArticle(new ArticleScoring(g.getValue(), p, text).run(id, problem));
    }
    return b.build();
  }

  private static JsonNode readJson(String json, String source) {
    try {
      JsonNode n = MAPPER.readTree(json);
      if (n == null || n.isMissingNode()) {
        throw new PredictionFormatException(source, "no JSON value", (Throwable) null);
      }
      return n;
    } catch (JsonProcessingException e) {
      throw new PredictionFormatException(source, e.getOriginalMessage(), e);
    }
  }
}
