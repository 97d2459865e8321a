package io.github.newsevents.cli;

import static io.github.newsevents.cli.NewsEventsCliTest.run;
import static io.github.newsevents.cli.NewsEventsCliTest.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newsevents.cli.NewsEventsCliTest.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsevents score GOLD_DIR PRED_DIR}, on gold and predictions written for these tests. */
class ScoreCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  // an article of our own, its gold and a prediction with one hit, one wrong attribute, one false
  // alarm: the quote is found with its speaker, the meeting with a wrong status, and a second quote
  // is not in the gold
  private static final String TEXT = "date 2025-03-05\n\n"
      + "Foreign Minister Arno Keltic met his counterpart Mira Oskan in Valmora on Tuesday.\n\n"
      + "\u201CWe will not sign a paper we have not read,\u201D Keltic said afterwards.\n";
  private static final String GOLD = "{'actors': ["
      + "{'name': 'Arno Keltic', 'kind': 'PERSON', 'aliases': ['Keltic']},"
      + " {'name': 'Mira Oskan', 'kind': 'PERSON', 'aliases': ['Oskan']}],"
      + " 'statements': [{'speaker': 'Arno Keltic', 'quote': 'We will not sign a paper we have not read,'}],"
      + " 'meetings': [{'participants': ['Arno Keltic', 'Mira Oskan'], 'location': 'Valmora',"
      + " 'date': '2025-03-04', 'kind': 'IN_PERSON', 'status': 'HELD'}],"
      + " 'ceasefires': []}";
  private static final String PREDICTION = "{'actors': ["
      + "{'id': 'a1', 'name': 'Arno Keltic', 'kind': 'PERSON'},"
      + " {'id': 'a2', 'name': 'Mira Oskan', 'kind': 'PERSON'}],"
      + " 'statements': [{'speaker': 'a1', 'text': 'We will not sign a paper we have not read,'},"
      + " {'speaker': 'a2', 'text': 'a quotation nobody made'}],"
      + " 'meetings': [{'participants': ['a1', 'a2'], 'location': 'Valmora', 'date': '2025-03-04',"
      + " 'kind': 'IN_PERSON', 'status': 'PLANNED'}]}";
  // a second article whose one quote the prediction misses
  private static final String GOLD_2 = "{'actors': [{'name': 'Tomas Veld', 'kind': 'PERSON'}],"
      + " 'statements': [{'speaker': 'Tomas Veld', 'quote': 'The border stays open for trade'}]}";

  @TempDir
  Path dir;
  Path gold;
  Path pred;

  @BeforeEach
  void corpus() throws IOException {
    gold = dir.resolve("gold");
    pred = dir.resolve("pred");
    write(gold, "001.json", json(GOLD));
    write(gold, "002.json", json(GOLD_2));
    write(pred, "001.json", json(PREDICTION));
    write(pred, "002.json", "{\"statements\": []}");
    write(dir, "articles/001.txt", TEXT);
  }

  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  private Result score(String... options) {
    List<String> args = new ArrayList<>(List.of("score", gold.toString(), pred.toString()));
    args.addAll(List.of(options));
    return run(args.toArray(String[]::new));
  }

  @Test
  void printsTheTotalsPerKindOfItemInTheLinesOfTheCorpusTool() {
    Result r = score();

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    // statements: gold 2 (one per article), predicted 2, matched 1: P 1/2, R 1/2
    assertThat(r.outLines()).containsExactly(
        "statements               P=0.500 R=0.500 F1=0.500 (gold 2, predicted 2, matched 1) speaker_accuracy=1.0",
        "statements_with_speaker  P=0.500 R=0.500 F1=0.500 (gold 2, predicted 2, matched 1) ",
        "person_actors            P=1.000 R=0.667 F1=0.800 (gold 3, predicted 2, matched 2) ",
        "meetings                 P=1.000 R=1.000 F1=1.000 (gold 1, predicted 1, matched 1)"
            + " date_accuracy=1.0 kind_accuracy=1.0 location_accuracy=1.0 status_accuracy=0.0",
        // nothing to find and nothing found counts as perfect, as the corpus tool counts it
        "ceasefires               P=1.000 R=1.000 F1=1.000 (gold 0, predicted 0, matched 0) ");
  }

  @Test
  void onlyScoresTheArticlesNamed() {
    Result equals = score("--only=002");
    Result separate = score("--only", "002");
    Result both = score("--only=002,001");

    assertThat(equals.status()).isZero();
    assertThat(equals.outLines().get(0))
        .isEqualTo("statements               P=0.000 R=0.000 F1=0.000 (gold 1, predicted 0, matched 0) ");
    assertThat(separate.out()).isEqualTo(equals.out());
    assertThat(both.out()).isEqualTo(score().out());
  }

  @Test
  void aMissingPredictionIsListedAndScoredAsNothingFound() throws IOException {
    Files.delete(pred.resolve("002.json"));

    Result r = score();

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines()).hasSize(6).last().isEqualTo("missing predictions: 002");
    assertThat(r.outLines().get(0)).contains("(gold 2, predicted 2, matched 1)");
  }

  @Test
  void jsonPrintsTheTotalsAsTheCorpusToolsJson() throws IOException {
    Files.delete(pred.resolve("002.json"));

    Result r = score("--json");

    assertThat(r.status()).isZero();
    JsonNode root = MAPPER.readTree(r.out());
    assertThat(root.path("meetings").path("status_accuracy").asText()).isEqualTo("0.0");
    assertThat(root.path("statements").path("precision").asText()).isEqualTo("0.5");
    assertThat(root.path("person_actors").path("recall").decimalValue()).isEqualByComparingTo("0.667");
    assertThat(root.path("missing_predictions").toString()).isEqualTo("[\"002\"]");
    assertThat(r.out()).startsWith("{\n  \"statements\": {\n    \"gold\": 2,\n");
  }

  @Test
  void htmlWritesOnePageWithTheArticlesTextFromBesideTheGold() throws IOException {
    Path page = dir.resolve("report.html");

    Result r = score("--html", page.toString());

    assertThat(r.status()).isZero();
    assertThat(r.outLines()).hasSize(5); // the text output as without --html
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>")
        .contains("Foreign Minister Arno Keltic met his counterpart")
        .contains("<mark class=\"hit\"") // the quote found, on its span
        .contains("<td class=\"false-alarm\">false alarm</td>") // the quote not in the gold
        .contains("<td class=\"wrong\">hit, attribute wrong</td>") // the meeting's status
        .doesNotContain("<script");
    // 002 has no text: the page says so rather than showing none silently
    assertThat(html).contains("(the article's text was not available)");
  }

  @Test
  void articlesSaysWhereTheTextsAreWhenTheyAreNotBesideTheGold() throws IOException {
    Path elsewhere = dir.resolve("texts");
    Files.move(dir.resolve("articles"), elsewhere);
    Path without = dir.resolve("without.html");
    Path with = dir.resolve("with.html");

    Result r1 = score("--html", without.toString());
    Result r2 = score("--html", with.toString(), "--articles", elsewhere.toString());

    assertThat(r1.status()).isZero();
    assertThat(r2.status()).isZero();
    assertThat(Files.readString(without)).doesNotContain("Foreign Minister Arno Keltic");
    assertThat(Files.readString(with)).contains("Foreign Minister Arno Keltic");
  }

  @Test
  void aMissingDirectoryIsAUsageErrorNamingIt() {
    Path nowhere = dir.resolve("nowhere");

    Result noGold = run("score", nowhere.toString(), pred.toString());
    Result noPred = run("score", gold.toString(), nowhere.toString());
    Result noTexts = score("--articles", nowhere.toString());

    assertThat(List.of(noGold.status(), noPred.status(), noTexts.status())).containsOnly(2);
    assertThat(noGold.err()).isEqualTo("newsevents: " + nowhere + ": no such directory\n");
    assertThat(noPred.err()).isEqualTo("newsevents: " + nowhere + ": no such directory\n");
    assertThat(noTexts.err()).isEqualTo("newsevents: " + nowhere + ": no such directory\n");
    assertThat(noGold.out() + noPred.out() + noTexts.out()).isEmpty();
  }

  @Test
  void aFileWhereADirectoryIsExpectedIsAUsageError() {
    Path file = pred.resolve("001.json");

    Result r = run("score", gold.toString(), file.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("newsevents: " + file + ": is a file, not a directory\n");
  }

  @Test
  void anUnreadableDirectoryIsAUsageError() throws IOException {
    Files.setPosixFilePermissions(pred, PosixFilePermissions.fromString("-wx------"));
    try {
      assumeTrue(!Files.isReadable(pred), "the user reads any directory (root)");

      Result r = score();

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.err()).isEqualTo("newsevents: " + pred + ": permission denied\n");
    } finally {
      Files.setPosixFilePermissions(pred, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aGoldDirectoryWithoutGoldFilesIsAUsageError() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));

    Result r = run("score", empty.toString(), pred.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("newsevents: " + empty + ": no gold files (ID.json) in it\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void bothDirectoriesAreNeeded() {
    Result none = run("score");
    Result one = run("score", gold.toString());
    Result three = run("score", gold.toString(), pred.toString(), "extra");

    assertThat(none.err()).isEqualTo("newsevents: score needs GOLD_DIR and PRED_DIR (see --help)\n");
    assertThat(one.err()).isEqualTo("newsevents: score needs PRED_DIR (see --help)\n");
    assertThat(three.err()).isEqualTo("newsevents: unexpected argument 'extra' (see --help)\n");
    assertThat(List.of(none.status(), one.status(), three.status())).containsOnly(2);
  }

  @Test
  void anUnknownIdInOnlyIsReportedAfterTheScoresOfTheOthers() {
    Result r = score("--only=001,009");
    Result empty = score("--only=001,");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEqualTo(score("--only=001").out());
    assertThat(r.err()).isEqualTo("newsevents: --only: no gold file 009.json in " + gold + "\n");
    assertThat(empty.status()).isEqualTo(2);
    assertThat(empty.err()).isEqualTo(
        "newsevents: --only needs article ids separated by commas, got '001,' (see --help)\n");
  }

  @Test
  void aPredictionThatIsNotJsonIsABadInputScoredAsNothingFound() throws IOException {
    write(pred, "002.json", "{\"statements\": [");

    Result r = score();

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.outLines()).last().isEqualTo("missing predictions: 002");
    assertThat(r.err()).startsWith("newsevents: " + pred + ": 002.json: not JSON: ").endsWith("\n");
    assertThat(r.errLines()).hasSize(1);
  }

  @Test
  void aPredictionOfTheWrongShapeIsReportedWithItsJsonPath() throws IOException {
    write(pred, "002.json", "{\"statements\": {}}");

    Result r = score();

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("newsevents: " + pred + ": 002.json: $.statements: expected an array\n");
  }

  @Test
  void aBadGoldFileStopsTheRunWithItsJsonPath() throws IOException {
    write(gold, "002.json", "{\"meetings\": [{\"participants\": [\"A\", \"B\"], \"kind\": \"TALKS\", \"status\": \"DONE\"}]}");

    Result r = score();

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("newsevents: " + gold.resolve("002.json") + ": $.meetings[0].status: ")
        .contains("DONE");
  }

  @Test
  void anArticleTextThatIsNotUtf8IsABadInputNamingIt() throws IOException {
    Files.write(dir.resolve("articles/002.txt"), new byte[] {'a', (byte) 0xE9, 'b'});

    Result r = score();

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("newsevents: " + dir.resolve("articles/002.txt").toAbsolutePath()
        + ": not UTF-8 text\n");
  }

  @Test
  void anHtmlFileThatCannotBeWrittenIsABadInputAfterTheScores() {
    Path page = dir.resolve("no/such/dir/report.html");

    Result r = score("--html", page.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.outLines()).hasSize(5);
    assertThat(r.err()).startsWith("newsevents: " + page + ": cannot write the HTML report (NoSuchFileException");
  }

  /**
   * On three dev articles: {@code extract --out} then {@code score}, line for line what the corpus
   * tool prints for the same files.
   */
  @Test
  void onDevArticlesScorePrintsWhatTheCorpusToolPrints() throws Exception {
    Path corpus = Path.of("/work/shared/corpus/dev");
    Path tool = Path.of("/work/shared/tools/score-extraction");
    assumeTrue(Files.isDirectory(corpus.resolve("articles")) && Files.isDirectory(corpus.resolve("gold")),
        "the dev corpus is at " + corpus);
    assumeTrue(Files.isRegularFile(tool) && python3Runs(), "python3 and " + tool + " are here");
    List<Path> articles;
    try (Stream<Path> files = Files.list(corpus.resolve("articles"))) {
      articles = files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().limit(3)
          .collect(Collectors.toList());
    }
    String only = "--only=" + articles.stream()
        .map(f -> f.getFileName().toString().replace(".txt", "")).collect(Collectors.joining(","));
    Path out = dir.resolve("dev-pred");
    List<String> extract = new ArrayList<>(List.of("extract", "--out", out.toString()));
    articles.forEach(a -> extract.add(a.toString()));

    Result extracted = run(extract.toArray(String[]::new));
    Result scored = run("score", corpus.resolve("gold").toString(), out.toString(), only);
    List<String> python = python3(tool.toString(), corpus.resolve("gold").toString(), out.toString(), only);

    assertThat(extracted.status()).as(extracted.err()).isZero();
    assertThat(scored.status()).as(scored.err()).isZero();
    assertThat(scored.outLines()).hasSize(5).isEqualTo(python);
  }

  private static boolean python3Runs() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static List<String> python3(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("python3"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("score-extraction finished within a minute").isTrue();
    assertThat(p.exitValue()).as("score-extraction's exit status").isZero();
    return out.lines().collect(Collectors.toList());
  }
}
