package io.github.newsevents.spark;

import static io.github.newsevents.spark.Articles.HELD;
import static io.github.newsevents.spark.Articles.PLANNED;
import static io.github.newsevents.spark.Articles.TALKS;
import static io.github.newsevents.spark.Articles.TRUCE;
import static io.github.newsevents.spark.Articles.inProcess;
import static io.github.newsevents.spark.Articles.jsonLines;
import static io.github.newsevents.spark.Articles.rows;
import static io.github.newsevents.spark.Articles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.newsevents.gazetteer.Gazetteer;
import io.github.newsevents.interop.ActorCode;
import io.github.newsevents.interop.ActorCodes;
import io.github.newsevents.interop.EventCode;
import io.github.newsevents.interop.EventCodes;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.parse.Limits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts Spark: runs with {@code -Pspark-tests} (see the module's POM). */
@Tag("spark")
class NewsEventsJobTest {
  private final SparkSession spark = LocalSpark.session();

  @TempDir Path dir;

  /** The small corpus and the job's output for it, shared by the tests that only read them. */
  @TempDir static Path shared;

  private static JobSummary corpusSummary;

  @BeforeAll
  static void runOnTheSmallCorpus() {
    corpusSummary = NewsEventsJob.run(LocalSpark.session(), corpus(shared).toString(),
        shared.resolve("out").toString(), SMALL_LIMIT);
  }

  /** Writes the small corpus: four articles, three that are none, and a file that is no .txt. */
  private static Path corpus(Path dir) {
    Path in = dir.resolve("articles");
    write(in.resolve("held.txt"), HELD);
    write(in.resolve("planned.txt"), PLANNED);
    write(in.resolve("truce.txt"), TRUCE);
    write(in.resolve("june/talks.txt"), TALKS);
    write(in.resolve("long.txt"), Articles.longText(3_500));
    write(in.resolve("longer.txt"), Articles.longText(9_001));
    write(in.resolve("latin1.txt"), "Caf\u00e9 talks in Paris".getBytes(StandardCharsets.ISO_8859_1));
    write(in.resolve("notes.md"), "Not an article: only .txt files are read.");
    return in;
  }

  private static final JobOptions SMALL_LIMIT =
      JobOptions.defaults().withLimits(Limits.defaults().withMaxCharacters(3_000));

  private void views(Path out) {
    spark.read().text(out.resolve("extractions").toString()).createOrReplaceTempView("extractions");
    for (Table t : Table.values()) {
      spark.read().parquet(out.resolve(t.toString()).toString()).createOrReplaceTempView(t.toString());
    }
  }

  @Test
  void aDirectoryOfArticlesBecomesJsonLinesAndTablesThatSparkSqlReads() {
    Path out = shared.resolve("out");

    assertThat(corpusSummary.toString()).isEqualTo("7 articles: 4 extracted, 3 failed; rows: statements 4,"
        + " meetings 3, ceasefires 1, actors 12, errors 3");
    views(out);
    assertThat(rows(spark.sql("SELECT status, count(*) FROM meetings GROUP BY status ORDER BY status")))
        .containsExactly("HELD|2", "PLANNED|1");
    assertThat(rows(spark.sql("""
        SELECT s.article_id, a.name, a.titles[0], s.kind, s.text
        FROM statements s JOIN actors a ON a.article_id = s.article_id AND a.id = s.speaker
        ORDER BY s.article_id, s.kind""")))
        .containsExactly(
            "held|Lena Marsh|Foreign Minister|DIRECT|We are closer than we were,",
            "planned|Karl Weiss|spokesman|DIRECT|The talks will be about trade and the border,",
            "truce|Anna Koval|Ukrainian Foreign Minister|DIRECT|We will hold our fire if they hold theirs,",
            "truce|Anna Koval|Ukrainian Foreign Minister|INDIRECT|the truce would begin on Saturday");
    assertThat(rows(spark.sql("""
        SELECT article_id, array_join(array_sort(participants), '+'), kind, location, location_country,
          date
        FROM meetings ORDER BY article_id""")))
        .containsExactly(
            "held|lena-marsh+oskar-vallin|IN_PERSON|Moscow|RUS|2025-04-11",
            "planned|ivo-ranek+petra-holm|IN_PERSON|Warsaw|POL|2025-05",
            "talks|mira-lund+tomas-brandt|TALKS|Helsinki|FIN|2025-05-31");
    assertThat(rows(spark.sql("""
        SELECT article_id, index, array_join(parties, '+'), scope, scope_note, duration, status
        FROM ceasefires""")))
        .containsExactly("truce|0|ukraine+russia|PARTIAL|energy infrastructure|P30D|AGREED");
    assertThat(rows(spark.sql("SELECT article_id, code, kept FROM errors ORDER BY article_id")))
        .containsExactly("latin1|input.encoding|false", "long|article.too-large|false",
            "longer|article.too-large|false");
    assertThat(rows(spark.sql("SELECT reason FROM errors WHERE article_id = 'long'")))
        .containsExactly("article text has 3510 characters, more than the limit of 3000;"
            + " raise it with --max-characters (JobOptions.withLimits)");
    // more than 3 bytes for each character of the limit: refused by its length, unread
    assertThat(rows(spark.sql("SELECT reason FROM errors WHERE article_id = 'longer'")).get(0))
        .endsWith("longer.txt: 9035 bytes, more than 3 bytes for each of the limit of 3000"
            + " characters, so not read; raise it with --max-characters (JobOptions.withLimits)");
    assertThat(rows(spark.sql("SELECT reason FROM errors WHERE article_id = 'latin1'")).get(0))
        .endsWith("latin1.txt: invalid UTF-8 at byte offset 3 (byte 0xE9)");
  }

  @Test
  void eachJsonLineIsTheExtractionTheLibraryMakesInProcess() {
    Path out = shared.resolve("out");

    Map<String, Extraction> lines = jsonLines(spark.read().text(out.resolve("extractions").toString()));
    assertThat(lines).containsOnlyKeys("held", "planned", "truce", "talks");
    Limits limits = SMALL_LIMIT.limits();
    assertThat(lines.get("held")).isEqualTo(inProcess(HELD, limits));
    assertThat(lines.get("planned")).isEqualTo(inProcess(PLANNED, limits));
    assertThat(lines.get("truce")).isEqualTo(inProcess(TRUCE, limits));
    assertThat(lines.get("talks")).isEqualTo(inProcess(TALKS, limits));
  }

  @Test
  void theTablesHaveTheArticleIdTheIndexAndTheItemsAttributesAsColumns() {
    Path out = shared.resolve("out");

    assertThat(columns(out, Table.STATEMENTS)).containsExactly(
        "article_id", "index", "speaker", "text", "kind", "verb", "channel", "date", "span",
        "cameo", "goldstein", "plover_event", "plover_mode");
    assertThat(columns(out, Table.MEETINGS)).containsExactly(
        "article_id", "index", "participants", "host", "location", "location_country", "date",
        "kind", "status", "topics", "evidence", "cameo", "goldstein", "plover_event", "plover_mode");
    assertThat(columns(out, Table.CEASEFIRES)).containsExactly(
        "article_id", "index", "parties", "scope", "scope_note", "duration", "date", "start", "end",
        "status", "roles", "evidence", "cameo", "goldstein", "plover_event", "plover_mode");
    assertThat(columns(out, Table.ACTORS)).containsExactly(
        "article_id", "index", "id", "name", "kind", "titles", "country", "affiliation", "aliases",
        "unnamed", "mentions", "cameo");
    assertThat(columns(out, Table.ERRORS)).containsExactly(
        "article_id", "index", "code", "reason", "kept");
    views(out);
    // the codes are the interop package's, for each item in its extraction
    Extraction held = inProcess(HELD, SMALL_LIMIT.limits());
    EventCode met = EventCodes.of(held.meetings().get(0), held);
    EventCode said = EventCodes.of(held.statements().get(0));
    assertThat(rows(spark.sql("""
        SELECT m.cameo, m.goldstein, m.plover_event, m.plover_mode, s.cameo, s.plover_event
        FROM meetings m JOIN statements s ON s.article_id = m.article_id
        WHERE m.article_id = 'held'""")))
        .containsExactly(met.cameoCode() + "|" + met.goldstein() + "|" + met.ploverEvent().orElse(null)
            + "|" + met.ploverMode().orElse(null) + "|" + said.cameoCode() + "|"
            + said.ploverEvent().orElse(null));
    assertThat(rows(spark.sql("SELECT id, cameo FROM actors WHERE article_id = 'held' ORDER BY id")))
        .containsExactlyElementsOf(held.actors().stream().sorted(Comparator.comparing(Actor::id))
            .map(a -> a.id() + "|" + ActorCodes.of(a, Gazetteer.defaults()).map(ActorCode::code)
                .orElse(null))
            .toList());
    // a span indexes the article's text: the statement's words are there
    assertThat(rows(spark.sql("SELECT span.start, span.end FROM statements WHERE article_id = 'held'")))
        .containsExactly(HELD.indexOf("We are") + "|" + (HELD.indexOf("were,") + 5));
  }

  private List<String> columns(Path out, Table table) {
    return List.of(spark.read().parquet(out.resolve(table.toString()).toString()).columns());
  }

  @Test
  void readsJsonLinesByTheFieldsItIsGiven() throws IOException {
    Path in = dir.resolve("articles.jsonl");
    Files.writeString(in, String.join("\n",
        Articles.MAPPER.writeValueAsString(Map.of("doc", "held", "body", HELD, "source", "wire")),
        Articles.MAPPER.writeValueAsString(Map.of("doc", 17, "body", PLANNED)),
        "{\"doc\": \"cut\", \"body\": \"The talks",
        "{\"doc\": \"empty\"}",
        "{\"body\": \"Talks without an id.\"}",
        ""));
    Path out = dir.resolve("out");
    JobSummary summary = NewsEventsJob.run(spark, in.toString(), out.toString(),
        JobOptions.defaults().withFormat(JobOptions.Format.JSON_LINES)
            .withIdField("doc").withTextField("body"));

    assertThat(summary.articles()).isEqualTo(5);
    assertThat(summary.extracted()).isEqualTo(2);
    Map<String, Extraction> lines = jsonLines(spark.read().text(out.resolve("extractions").toString()));
    assertThat(lines).containsOnlyKeys("held", "17");
    assertThat(lines.get("17")).isEqualTo(inProcess(PLANNED));
    views(out);
    assertThat(rows(spark.sql("SELECT code, reason FROM errors ORDER BY reason")))
        .hasSize(3)
        .allMatch(r -> r.startsWith("input.malformed|"))
        .anyMatch(r -> r.endsWith("a line is not a JSON object: {\"doc\": \"cut\", \"body\": \"The talks"))
        .contains("input.malformed|an article has no id ('doc' is missing, null or blank)",
            "input.malformed|the article has no text ('body' is missing or null)");
  }

  @Test
  void refusesAnOutputThatExists() {
    Path out = shared.resolve("out");

    assertThatThrownBy(() -> NewsEventsJob.run(spark, shared.resolve("articles").toString(),
            out.toString(), JobOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(out + " already holds extractions, statements, meetings, ceasefires, actors,"
            + " errors; give another output directory, or replace them with --overwrite"
            + " (JobOptions.withOverwrite(true))");
  }

  @Test
  void readsAGlobAndReplacesAnOutputWhenToldTo() {
    Path in = dir.resolve("articles");
    write(in.resolve("held.txt"), HELD);
    write(in.resolve("planned.txt"), PLANNED);
    write(in.resolve("truce.txt"), TRUCE);
    Path out = dir.resolve("out");
    write(out.resolve("meetings/part-0.parquet"), "left by an earlier run");
    JobSummary summary = NewsEventsJob.run(spark, in + "/[hp]*.txt", out.toString(),
        JobOptions.defaults().withPartitions(2).withOverwrite(true));

    assertThat(summary.articles()).isEqualTo(2);
    assertThat(jsonLines(spark.read().text(out.resolve("extractions").toString())))
        .containsOnlyKeys("held", "planned");
    assertThat(spark.read().parquet(out.resolve("meetings").toString()).count()).isEqualTo(2);
  }

  @Test
  void refusesTwoFilesOfOneNameBeforeReadingThem() {
    Path in = dir.resolve("articles");
    write(in.resolve("2024/001.txt"), HELD);
    write(in.resolve("2025/001.txt"), TALKS);
    Path out = dir.resolve("out");

    assertThatThrownBy(() -> NewsEventsJob.run(spark, in.toString(), out.toString(), JobOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("article ids are file names, and files in different directories share a name:"
            + " 001.txt (2 files); rename them, or give JSON lines with an id field");
    assertThat(out).doesNotExist();
  }

  /**
   * The development corpus, when there is one (a clone without it skips this test): every article
   * extracted, each as the library extracts it in process.
   */
  @Test
  void extractsTheDevelopmentCorpusAsTheLibraryDoesInProcess() throws IOException {
    Path articles = devArticles();
    Path out = dir.resolve("out");
    JobSummary summary = NewsEventsJob.run(spark, articles.toString(), out.toString(),
        JobOptions.defaults().withPartitions(2));

    Map<String, Extraction> expected = new HashMap<>();
    try (Stream<Path> files = Files.list(articles)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        String name = f.getFileName().toString();
        expected.put(name.substring(0, name.length() - 4), inProcess(Files.readString(f)));
      }
    }
    assertThat(summary.failed()).isZero();
    assertThat(summary.articles()).isEqualTo(expected.size());
    assertThat(jsonLines(spark.read().text(out.resolve("extractions").toString())))
        .isEqualTo(expected);
    assertThat(summary.rows(Table.MEETINGS))
        .isEqualTo(expected.values().stream().mapToLong(x -> x.meetings().size()).sum());
    assertThat(summary.rows(Table.STATEMENTS))
        .isEqualTo(expected.values().stream().mapToLong(x -> x.statements().size()).sum());
  }

  /** The corpus's articles: -Dnewsevents.corpus, NEWSEVENTS_CORPUS, or beside the worktree. */
  static Path devArticles() {
    String configured = System.getProperty("newsevents.corpus", System.getenv("NEWSEVENTS_CORPUS"));
    List<Path> roots = configured != null && !configured.isBlank()
        ? List.of(Path.of(configured))
        : List.of(Path.of("../../shared/corpus"), Path.of("/work/shared/corpus"));
    for (Path root : roots) {
      if (Files.isDirectory(root.resolve("dev/articles"))) {
        return root.resolve("dev/articles").toAbsolutePath().normalize();
      }
    }
    assumeTrue(false, "no development corpus (set -Dnewsevents.corpus=DIR or NEWSEVENTS_CORPUS)");
    return null;
  }
}
