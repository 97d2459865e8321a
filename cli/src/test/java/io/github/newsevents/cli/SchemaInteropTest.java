package io.github.newsevents.cli;

import static io.github.newsevents.cli.NewsEventsCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.newsevents.jackson.NewsEventsModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, point 4: the JSON Schema is read outside Java too. The command line's output for
 * every article of the development corpus is valid for Python's {@code jsonschema} (Draft 2020-12,
 * the validator most used there, which compiles patterns with Python's {@code re}) and for the
 * Java validator (networknt); a document broken in one place is refused by both. Skipped, with the
 * reason, when the corpus ({@code -Dnewsevents.corpus=DIR}, {@code NEWSEVENTS_CORPUS}, {@code
 * ../../shared/corpus}), {@code python3} or its {@code jsonschema} is missing ({@code .ci/run}
 * installs Debian's {@code python3-jsonschema}).
 */
class SchemaInteropTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new NewsEventsModule());
  private static final Schema SCHEMA = load();

  @TempDir
  static Path dir;

  private static Path schemaFile;
  private static Path script;

  private static Schema load() {
    try (InputStream in = NewsEventsModule.extractionSchema().openStream()) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeAll
  static void files() throws IOException {
    schemaFile = dir.resolve("extraction.schema.json");
    try (InputStream in = NewsEventsModule.extractionSchema().openStream()) {
      Files.write(schemaFile, in.readAllBytes());
    }
    script = dir.resolve("validate_with_jsonschema.py");
    try (InputStream in = SchemaInteropTest.class.getResourceAsStream("validate_with_jsonschema.py")) {
      Files.write(script, in.readAllBytes());
    }
  }

  @Test
  void theCommandLinesOutputForEveryDevArticleIsValidForPythonAndJava() throws Exception {
    List<Path> articles = devArticles();
    Path out = dir.resolve("out");
    List<String> args = new ArrayList<>(List.of("--out", out.toString()));
    articles.forEach(a -> args.add(a.toString()));

    NewsEventsCliTest.Result r = run(args.toArray(new String[0]));

    assertThat(r.status()).as("newsevents: %s", r.err()).isZero();
    List<Path> documents = new ArrayList<>();
    for (Path a : articles) {
      documents.add(out.resolve(a.getFileName().toString().replaceFirst("\\.txt$", ".json")));
    }
    assertThat(documents).allMatch(Files::isRegularFile).hasSize(articles.size());
    for (Path d : documents) {
      assertThat(SCHEMA.validate(Files.readString(d, StandardCharsets.UTF_8), InputFormat.JSON))
          .as("networknt on %s", d.getFileName()).isEmpty();
    }
    Map<String, String> python = python(documents);
    assertThat(python).hasSize(documents.size());
    assertThat(python).allSatisfy((document, verdict) -> assertThat(verdict).as(document).isEqualTo("ok"));
  }

  @Test
  void aBrokenDocumentIsRefusedByBoth() throws Exception {
    ObjectNode document = (ObjectNode) MAPPER.readTree(run().out());
    Map<String, String> broken = new LinkedHashMap<>();
    broken.put("actor-id", with(document, d -> ((ObjectNode) d.get("actors").get(0)).put("id", "Dmitry Peskov")));
    broken.put("blank-name", with(document, d -> ((ObjectNode) d.get("actors").get(0)).put("name", " \t")));
    broken.put("kind", with(document, d -> ((ObjectNode) d.get("meetings").get(0)).put("kind", "SUMMIT")));
    broken.put("date", with(document, d -> ((ObjectNode) d.get("meetings").get(0)).put("date", "2025-13")));
    broken.put("version", with(document, d -> d.put("schemaVersion", "2")));
    broken.put("extra", with(document, d -> d.put("confidence", 0.9)));
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, String> b : broken.entrySet()) {
      files.add(Files.writeString(dir.resolve(b.getKey() + ".json"), b.getValue(), StandardCharsets.UTF_8));
      assertThat(SCHEMA.validate(b.getValue(), InputFormat.JSON)).as("networknt on %s", b.getKey()).isNotEmpty();
    }
    files.add(Files.writeString(dir.resolve("intact.json"), MAPPER.writeValueAsString(document)));

    Map<String, String> python = python(files);

    for (String name : broken.keySet()) {
      assertThat(python.get(dir.resolve(name + ".json").toString())).as("python on %s", name).startsWith("invalid");
    }
    assertThat(python.get(dir.resolve("intact.json").toString())).isEqualTo("ok");
  }

  private interface Edit {
    void apply(ObjectNode document);
  }

  private static String with(ObjectNode document, Edit edit) throws IOException {
    ObjectNode copy = document.deepCopy();
    assertThat(copy.get("meetings")).isInstanceOf(ArrayNode.class).isNotEmpty();
    edit.apply(copy);
    return MAPPER.writeValueAsString(copy);
  }

  /** Python's verdict on each document: "ok", or "invalid" with where and why. */
  private static Map<String, String> python(List<Path> documents) throws IOException, InterruptedException {
    assumeTrue(runs("python3", "-c", "import jsonschema"), "python3 with jsonschema is not installed");
    List<String> command = new ArrayList<>(List.of("python3", script.toString(), schemaFile.toString()));
    documents.forEach(d -> command.add(d.toString()));
    Path output = dir.resolve("python.out");
    Process p = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .start();
    p.getOutputStream().close();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("python finished").isTrue();
    String printed = Files.readString(output, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("python3: %s", printed).isZero();
    Map<String, String> verdicts = new LinkedHashMap<>();
    for (String line : printed.split("\n")) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        verdicts.put(line.substring(0, tab), line.substring(tab + 1));
      }
    }
    return verdicts;
  }

  private static boolean runs(String... command) throws InterruptedException {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false; // no python3
    }
  }

  private static List<Path> devArticles() throws IOException {
    Path root = null;
    for (String c : new String[] {
        System.getProperty("newsevents.corpus"), System.getenv("NEWSEVENTS_CORPUS"),
        "../../shared/corpus", "/work/shared/corpus"}) {
      if (c != null && Files.isDirectory(Paths.get(c, "dev", "articles"))) {
        root = Paths.get(c);
        break;
      }
    }
    assumeTrue(root != null, "no development corpus (set -Dnewsevents.corpus=DIR or NEWSEVENTS_CORPUS)");
    try (Stream<Path> files = Files.list(root.resolve("dev/articles"))) {
      List<Path> articles = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
      assertThat(articles).isNotEmpty();
      return articles;
    }
  }
}
