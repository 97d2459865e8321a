package io.github.newsevents.cli;

import static io.github.newsevents.cli.NewsEventsCliTest.BORDER;
import static io.github.newsevents.cli.NewsEventsCliTest.OSLO;
import static io.github.newsevents.cli.NewsEventsCliTest.PLAIN;
import static io.github.newsevents.cli.NewsEventsCliTest.run;
import static io.github.newsevents.cli.NewsEventsCliTest.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newsevents.NewsEvents;
import io.github.newsevents.cli.NewsEventsCliTest.Result;
import io.github.newsevents.interop.EventRows;
import io.github.newsevents.jackson.Ninjs;
import io.github.newsevents.jackson.SchemaOrg;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract --format json|gdelt|ninjs|jsonld}. */
class OutputFormatTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void gdeltWritesOneTabSeparatedRowPerEventNumberedAcrossTheRun(@TempDir Path dir) throws Exception {
    Path oslo = write(dir, "oslo.txt", OSLO);
    Path border = write(dir, "border.txt", BORDER);
    Result r = run("--format", "gdelt", oslo.toString(), border.toString());
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> expected = new ArrayList<>();
    for (String text : List.of(OSLO, BORDER)) {
      EventRows.of(NewsEvents.extract(text)).forEach(row -> expected.add(EventRows.toTsv(row)));
    }
    assertThat(expected).hasSizeGreaterThan(2);
    List<String> lines = r.outLines();
    assertThat(lines).hasSize(expected.size());
    for (int i = 0; i < lines.size(); i++) {
      String[] cells = lines.get(i).split("\t", -1);
      assertThat(cells).hasSize(61);
      assertThat(cells[0]).isEqualTo(Integer.toString(i + 1));
      assertThat(lines.get(i).substring(lines.get(i).indexOf('\t')))
          .isEqualTo(expected.get(i).substring(expected.get(i).indexOf('\t')));
    }
  }

  @Test
  void anArticleWithNoEventWritesNoLineInGdelt(@TempDir Path dir) throws Exception {
    Path quiet = write(dir, "quiet.txt", "The weather was mild all week.\n");
    Result r = run("--format=gdelt", quiet.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
  }

  @Test
  void ninjsAndJsonLdAreTheModulesDocuments(@TempDir Path dir) throws Exception {
    Path plain = write(dir, "plain.txt", PLAIN);
    JsonNode ninjs = MAPPER.readTree(run("--format", "ninjs", plain.toString()).out());
    assertThat(ninjs).isEqualTo(Ninjs.write(NewsEvents.extract(PLAIN)));
    JsonNode jsonLd = MAPPER.readTree(run("--format", "jsonld", plain.toString()).out());
    assertThat(jsonLd).isEqualTo(SchemaOrg.write(NewsEvents.extract(PLAIN)));
    assertThat(run("--format", "jsonld", "--pretty", plain.toString()).out()).contains("\n  \"@type\" : ");
  }

  @Test
  void jsonIsTheDefault(@TempDir Path dir) throws Exception {
    Path plain = write(dir, "plain.txt", PLAIN);
    assertThat(run("--format", "json", plain.toString()).out()).isEqualTo(run(plain.toString()).out());
  }

  @Test
  void outWritesEachFormatWithItsExtension(@TempDir Path dir) throws Exception {
    Path oslo = write(dir, "in/oslo.txt", OSLO);
    for (String[] f : new String[][] {{"gdelt", "oslo.tsv"}, {"ninjs", "oslo.json"}, {"jsonld", "oslo.jsonld"}}) {
      Path out = dir.resolve("out-" + f[0]);
      Result r = run("--format", f[0], "--out", out.toString(), oslo.toString());
      assertThat(r.status()).as(f[0]).isZero();
      assertThat(Files.readString(out.resolve(f[1]), StandardCharsets.UTF_8)).as(f[0]).isNotEmpty();
    }
    assertThat(Files.readString(dir.resolve("out-gdelt/oslo.tsv")).lines().findFirst().orElseThrow())
        .startsWith("1\t");
  }

  @Test
  void badCombinationsAreUsageErrors(@TempDir Path dir) throws Exception {
    Path plain = write(dir, "plain.txt", PLAIN);
    Result unknown = run("--format", "xml", plain.toString());
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).isEqualTo(
        "newsevents: --format needs one of json, gdelt, ninjs, jsonld, got 'xml' (see --help)\n");
    Result article = run("--format", "ninjs", "--article", "none", plain.toString());
    assertThat(article.status()).isEqualTo(2);
    assertThat(article.err()).contains("--article is for --format json only");
    Result pretty = run("--format", "gdelt", "--pretty", plain.toString());
    assertThat(pretty.status()).isEqualTo(2);
    assertThat(pretty.err()).contains("--pretty is for JSON formats");
    assertThat(run("extract", "--help").out()).contains("--format=FORMAT");
  }
}
