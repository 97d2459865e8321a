package io.github.newsevents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newsevents.NewsEvents;
import io.github.newsevents.jackson.NewsEventsModule;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.validate.Rule;
import io.github.newsevents.validate.Severity;
import io.github.newsevents.validate.Validators;
import io.github.newsevents.validate.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line's entry point in-process, with captured streams. */
class NewsEventsCliTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new NewsEventsModule());

  // articles written for these tests, one per input form the parser reads
  static final String OSLO = String.join("\n",
      "date 2025-06-02",
      "headline Nordic ministers meet in Oslo over fishing quotas",
      "",
      "Norwegian Foreign Minister Ingrid Solberg met her Icelandic counterpart Magnus Eriksson in"
          + " Oslo on Monday to discuss a dispute over fishing quotas.",
      "",
      "\u201CWe want an agreement before the season opens,\u201D Solberg told reporters after the talks.",
      "",
      "Eriksson said that Iceland was ready to compromise on the northern zones.",
      "",
      "Advertisement",
      "");
  static final String BORDER = " date 2025-08-20 Peru and Ecuador agreed on Tuesday to a 30-day ceasefire"
      + " along their northern border, the two foreign ministries said in a joint statement.\n\n"
      + "Peruvian Foreign Minister Lucia Ramos said the truce would \"give the families in the valley"
      + " some peace\".\n";
  static final String PLAIN = "Chilean President Tomas Vidal spoke by phone with Argentine President"
      + " Sofia Herrera about the new pass across the Andes.\n\n"
      + "Vidal said the road would open \"before the first snow\".\n";

  record Result(int status, String out, String err) {
    List<String> outLines() {
      return out.lines().collect(Collectors.toList());
    }

    List<String> errLines() {
      return err.lines().collect(Collectors.toList());
    }
  }

  static Result run(String... args) {
    return run(new byte[0], args);
  }

  static Result run(byte[] stdin, String... args) {
    return run(stdin, false, NewsEvents::extract, args);
  }

  static Result run(byte[] stdin, boolean terminal, Function<String, Extraction> extractor, String... args) {
    return run(stdin, terminal, extractor, Validators.standard(), args);
  }

  static Result run(
      byte[] stdin, boolean terminal, Function<String, Extraction> extractor, Validators validators,
      String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = new NewsEventsCli(o, e, new ByteArrayInputStream(stdin), terminal, extractor, validators)
          .run(args);
    }
    return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static String json(String article) throws IOException {
    return MAPPER.writeValueAsString(NewsEvents.extract(article));
  }

  static Path write(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  static String seedText() throws IOException {
    try (InputStream in = NewsEventsCli.class.getResourceAsStream("/io/github/newsevents/testkit/fixtures/seed.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Nested
  class Extracting {
    @Test
    void noArgumentsPrintsTheSeedArticlesExtractionAsOneJsonDocument() throws IOException {
      Result r = run();

      assertThat(r.status()).isZero();
      assertThat(r.err()).isEmpty();
      assertThat(r.outLines()).hasSize(1);
      JsonNode tree = MAPPER.readTree(r.out());
      assertThat(tree.get("schemaVersion").asText()).isEqualTo("1");
      assertThat(tree.get("article").get("published").asText()).isEqualTo("2025-04-12");
      List<String> said = new ArrayList<>();
      tree.get("statements").forEach(s -> said.add(s.get("speaker").asText() + ": " + s.get("text").asText()));
      assertThat(said).contains("dmitry-peskov: businesslike", "dmitry-peskov: theoretically possible");
      assertThat(MAPPER.readValue(r.out(), Extraction.class)).isEqualTo(NewsEvents.extract(seedText()));
    }

    @Test
    void severalFilesGiveOneDocumentPerFileInTheOrderGiven(@TempDir Path dir) throws IOException {
      Path a = write(dir, "oslo.txt", OSLO);
      Path b = write(dir, "border.txt", BORDER);
      Path c = write(dir, "plain.txt", PLAIN);

      Result r = run(a.toString(), b.toString(), c.toString());

      assertThat(r.status()).isZero();
      assertThat(r.err()).isEmpty();
      assertThat(r.outLines()).containsExactly(json(OSLO), json(BORDER), json(PLAIN));
      assertThat(MAPPER.readValue(r.outLines().get(0), Extraction.class).statements())
          .extracting(s -> s.speaker().orElseThrow())
          .containsExactly("ingrid-solberg", "magnus-eriksson");
    }

    @Test
    void aDashReadsStandardInput() throws IOException {
      Result r = run(BORDER.getBytes(StandardCharsets.UTF_8), "-");

      assertThat(r.status()).isZero();
      assertThat(r.err()).isEmpty();
      assertThat(r.outLines()).containsExactly(json(BORDER));
    }

    @Test
    void standardInputAmongFilesKeepsItsPlace(@TempDir Path dir) throws IOException {
      Path a = write(dir, "oslo.txt", OSLO);

      Result r = run(PLAIN.getBytes(StandardCharsets.UTF_8), a.toString(), "-");

      assertThat(r.outLines()).containsExactly(json(OSLO), json(PLAIN));
    }

    @Test
    void prettyIndentsTheSameDocument(@TempDir Path dir) throws IOException {
      Path a = write(dir, "oslo.txt", OSLO);

      Result compact = run(a.toString());
      Result pretty = run("--pretty", a.toString());

      assertThat(pretty.status()).isZero();
      assertThat(pretty.out()).startsWith("{\n  \"schemaVersion\" : \"1\",\n  \"article\" : {\n");
      assertThat(MAPPER.readTree(pretty.out())).isEqualTo(MAPPER.readTree(compact.out()));
      assertThat(compact.out()).doesNotContain("\n  ");
    }

    @Test
    void outputIsTheSameWhateverTheNumberOfThreads(@TempDir Path dir) throws IOException {
      List<String> args = new ArrayList<>();
      List<String> expected = new ArrayList<>();
      String[] articles = {OSLO, BORDER, PLAIN};
      for (int i = 0; i < 24; i++) {
        // different texts of different lengths, so that the threads finish out of order
        String text = articles[i % 3] + ("\nParagraph " + i + " adds nothing.\n").repeat(i * 5 + 1);
        args.add(write(dir, "article-" + i + ".txt", text).toString());
        expected.add(json(text));
      }

      Result one = run(Stream.concat(Stream.of("--threads", "1"), args.stream()).toArray(String[]::new));
      Result four = run(Stream.concat(Stream.of("--threads=4"), args.stream()).toArray(String[]::new));
      Result many = run(Stream.concat(Stream.of("--threads", "64"), args.stream()).toArray(String[]::new));

      assertThat(one.status()).isZero();
      assertThat(one.outLines()).containsExactlyElementsOf(expected);
      assertThat(four.out()).isEqualTo(one.out());
      assertThat(many.out()).isEqualTo(one.out());
    }

    @Test
    void helpPrintsTheUsageOnStandardOutput() {
      Result r = run("--help");

      assertThat(r.status()).isZero();
      assertThat(r.err()).isEmpty();
      assertThat(r.out()).startsWith("Usage: newsevents [COMMAND] [OPTION...] [FILE...]")
          .contains("extract", "validate", "generate-completion", "Exit status:");
      assertThat(run("-h").out()).isEqualTo(r.out());
    }

    @Test
    void eachCommandHasItsOwnHelp() {
      Result extract = run("extract", "--help");
      Result validate = run("validate", "--help");

      assertThat(extract.status()).isZero();
      assertThat(extract.out()).contains("Usage: newsevents extract ")
          .contains("--out=DIR", "--pretty", "--article=WHAT", "--threads=N", "--verbose");
      assertThat(validate.status()).isZero();
      assertThat(validate.out()).contains("Usage: newsevents validate ").contains("FILE.json...")
          .doesNotContain("--pretty");
      assertThat(run("--pretty", "--help").out()).isEqualTo(extract.out());
    }

    @Test
    void versionNamesTheRelease() {
      Result r = run("--version");

      assertThat(r.status()).isZero();
      assertThat(r.out()).isEqualTo("newsevents " + new NewsEventsModule().version() + "\n");
    }

    @Test
    void generateCompletionPrintsABashScriptThatKnowsTheOptions() {
      Result r = run("generate-completion");

      assertThat(r.status()).isZero();
      assertThat(r.out()).startsWith("#!/usr/bin/env bash").contains("--article", "validate", "(\"none\" \"spans\" \"full\")");
    }

    @Test
    void extractIsTheDefaultCommand(@TempDir Path dir) throws IOException {
      Path a = write(dir, "oslo.txt", OSLO);

      assertThat(run("extract", a.toString())).isEqualTo(run(a.toString()));
      assertThat(run("extract").out()).isEqualTo(run().out());
    }

    @Test
    void articleNoneLeavesOutTheTextAndTheParagraphsAndNothingElse(@TempDir Path dir) throws IOException {
      Path a = write(dir, "oslo.txt", OSLO);

      Result full = run("--article", "full", a.toString());
      Result none = run("--article=none", a.toString());

      assertThat(full).isEqualTo(run(a.toString()));
      assertThat(none.status()).isZero();
      ObjectNode expected = (ObjectNode) MAPPER.readTree(full.out());
      ((ObjectNode) expected.get("article")).remove(List.of("text", "paragraphs"));
      assertThat(MAPPER.readTree(none.out())).isEqualTo(expected);
      assertThat(none.out().length()).isLessThan(full.out().length() - OSLO.length());
    }

    @Test
    void articleSpansKeepsTheParagraphsSpansAndSentencesButNoText(@TempDir Path dir) throws IOException {
      Path a = write(dir, "oslo.txt", OSLO);

      JsonNode full = MAPPER.readTree(run(a.toString()).out());
      Result spans = run("--article", "spans", "--pretty", a.toString());

      assertThat(spans.status()).isZero();
      ObjectNode expected = full.deepCopy();
      ((ObjectNode) expected.get("article")).remove("text");
      expected.get("article").get("paragraphs").forEach(p -> ((ObjectNode) p).remove("text"));
      assertThat(MAPPER.readTree(spans.out())).isEqualTo(expected);
      assertThat(expected.get("article").get("paragraphs")).isNotEmpty();
      assertThat(spans.out()).startsWith("{\n  \"schemaVersion\" : \"1\",");
    }

    @Test
    void aByteOrderMarkIsNotAnError(@TempDir Path dir) throws IOException {
      Path a = write(dir, "bom.txt", "\uFEFF" + OSLO);

      Result r = run(a.toString());

      assertThat(r.status()).isZero();
      assertThat(MAPPER.readValue(r.out(), Extraction.class).article().published())
          .contains(PartialDate.parse("2025-06-02"));
    }
  }

  @Nested
  class WritingFiles {
    @Test
    void outWritesNameDotJsonForEachNameDotTxtAndCreatesTheDirectory(@TempDir Path dir) throws IOException {
      Path a = write(dir, "in/oslo.txt", OSLO);
      Path b = write(dir, "in/border.txt", BORDER);
      Path c = write(dir, "in/plain-no-suffix", PLAIN);
      Path outDir = dir.resolve("out/nested");

      Result r = run("--out", outDir.toString(), a.toString(), b.toString(), c.toString());

      assertThat(r.status()).isZero();
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).isEmpty();
      assertThat(list(outDir)).containsExactly("border.json", "oslo.json", "plain-no-suffix.json");
      assertThat(Files.readString(outDir.resolve("oslo.json"))).isEqualTo(json(OSLO) + "\n");
      assertThat(Files.readString(outDir.resolve("border.json"))).isEqualTo(json(BORDER) + "\n");
      assertThat(Files.readString(outDir.resolve("plain-no-suffix.json"))).isEqualTo(json(PLAIN) + "\n");
    }

    @Test
    void outReplacesAnEarlierOutput(@TempDir Path dir) throws IOException {
      Path a = write(dir, "oslo.txt", OSLO);
      Path outDir = dir.resolve("out");
      write(outDir, "oslo.json", "an older run");

      assertThat(run("--out", outDir.toString(), "--pretty", a.toString()).status()).isZero();

      assertThat(list(outDir)).containsExactly("oslo.json");
      assertThat(MAPPER.readTree(outDir.resolve("oslo.json").toFile())).isEqualTo(MAPPER.readTree(json(OSLO)));
    }

    @Test
    void outNamesStandardInputStdinAndTheSeedSeed(@TempDir Path dir) throws IOException {
      Path outDir = dir.resolve("out");

      assertThat(run(PLAIN.getBytes(StandardCharsets.UTF_8), "--out", outDir.toString(), "-").status()).isZero();
      assertThat(run("--out", outDir.toString()).status()).isZero();

      assertThat(list(outDir)).containsExactly("seed.json", "stdin.json");
      assertThat(Files.readString(outDir.resolve("stdin.json"))).isEqualTo(json(PLAIN) + "\n");
      assertThat(Files.readString(outDir.resolve("seed.json"))).isEqualTo(json(seedText()) + "\n");
    }

    @Test
    void aFailedWriteLeavesNeitherAPartialFileNorATemporaryOne(@TempDir Path dir) throws IOException {
      Path a = write(dir, "oslo.txt", OSLO);
      Path b = write(dir, "border.txt", BORDER);
      Path outDir = dir.resolve("out");
      // a non-empty directory where oslo.json should go: the rename onto it fails
      write(outDir, "oslo.json/keep", "x");

      Result r = run("--out", outDir.toString(), a.toString(), b.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.errLines()).singleElement().asString()
          .startsWith("newsevents: " + a + ": cannot write " + outDir.resolve("oslo.json") + " (");
      assertThat(list(outDir)).containsExactly("border.json", "oslo.json");
      assertThat(list(outDir.resolve("oslo.json"))).containsExactly("keep");
    }

    @Test
    void twoInputsWithTheSameOutputNameAreNotBothWritten(@TempDir Path dir) throws IOException {
      Path a = write(dir, "one/report.txt", OSLO);
      Path b = write(dir, "two/report.txt", BORDER);
      Path outDir = dir.resolve("out");

      Result r = run("--out", outDir.toString(), a.toString(), b.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.errLines()).containsExactly("newsevents: " + b + ": skipped: its output "
          + outDir.resolve("report.json") + " would overwrite that of " + a);
      assertThat(Files.readString(outDir.resolve("report.json"))).isEqualTo(json(OSLO) + "\n");
    }

    @Test
    void anOutDirectoryThatIsAFileIsAnError(@TempDir Path dir) throws IOException {
      Path a = write(dir, "oslo.txt", OSLO);
      Path notADir = write(dir, "file", "x");

      Result r = run("--out", notADir.toString(), a.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.errLines()).singleElement().asString()
          .startsWith("newsevents: " + notADir + ": cannot create the output directory (");
    }

    private List<String> list(Path dir) throws IOException {
      try (Stream<Path> files = Files.list(dir)) {
        return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
      }
    }
  }

  @Nested
  class Errors {
    @Test
    void aMissingFile(@TempDir Path dir) {
      Path missing = dir.resolve("missing.txt");

      Result r = run(missing.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.errLines()).containsExactly("newsevents: " + missing + ": no such file");
    }

    @Test
    void aDirectoryGivenAsAFile(@TempDir Path dir) {
      Result r = run(dir.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.errLines()).containsExactly("newsevents: " + dir + ": is a directory, not a file");
    }

    @Test
    void anUnreadableFile(@TempDir Path dir) throws IOException {
      Path locked = write(dir, "locked.txt", OSLO);
      boolean locks = locked.toFile().setReadable(false) && !Files.isReadable(locked);
      org.junit.jupiter.api.Assumptions.assumeTrue(locks, "the file system (or root) ignores permissions");

      Result r = run(locked.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.errLines()).containsExactly("newsevents: " + locked + ": permission denied");
    }

    @Test
    void aPathThroughAFileCannotBeRead(@TempDir Path dir) throws IOException {
      Path through = write(dir, "plain.txt", PLAIN).resolve("child.txt");

      Result toStandardOutput = run(through.toString());
      Result toFiles = run("--out", dir.resolve("out").toString(), through.toString());

      assertThat(toStandardOutput.status()).isEqualTo(2);
      assertThat(toStandardOutput.errLines()).singleElement().asString()
          .startsWith("newsevents: " + through + ": cannot read (FileSystemException: ");
      assertThat(toFiles.status()).isEqualTo(2);
      assertThat(toFiles.err()).isEqualTo(toStandardOutput.err());
    }

    @Test
    void invalidUtf8NamesTheByteOffset(@TempDir Path dir) throws IOException {
      Path latin1 = dir.resolve("latin1.txt");
      Files.write(latin1, "Caf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1)); // 0xE9 at offset 3
      Path truncated = dir.resolve("truncated.txt");
      byte[] quote = "ok \u201C".getBytes(StandardCharsets.UTF_8); // 3 + 3 bytes; cut the last one
      Files.write(truncated, java.util.Arrays.copyOf(quote, quote.length - 1));

      Result r = run(latin1.toString(), truncated.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.errLines()).containsExactly(
          "newsevents: " + latin1 + ": invalid UTF-8 at byte offset 3 (byte 0xE9)",
          "newsevents: " + truncated + ": invalid UTF-8 at byte offset 3 (byte 0xE2)");
    }

    @Test
    void invalidUtf8OnStandardInput() {
      Result r = run(new byte[] {'a', 'b', (byte) 0xFF}, "-");

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.errLines()).containsExactly("newsevents: standard input: invalid UTF-8 at byte offset 2 (byte 0xFF)");
    }

    @Test
    void aFileOverTheSizeLimit(@TempDir Path dir) throws IOException {
      Path big = dir.resolve("big.txt");
      Files.writeString(big, "a".repeat(10 * 1024 * 1024 + 1)); // one char over the parser's limit
      Path huge = dir.resolve("huge.txt");
      try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
        f.setLength(31L * 1024 * 1024); // too large to be read at all
      }

      Result r = run(big.toString(), huge.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.errLines()).hasSize(2);
      assertThat(r.errLines().get(0)).isEqualTo(
          "newsevents: " + big + ": too large: 10485761 chars, over the 10 MiB limit of an article");
      assertThat(r.errLines().get(1)).isEqualTo(
          "newsevents: " + huge + ": too large: more than 31457280 bytes, over the 10 MiB limit of an article");
    }

    @Test
    void anUnknownOption() {
      Result r = run("--bogus", "x.txt");

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.errLines()).containsExactly("newsevents: unknown option '--bogus' (see --help)");
      assertThat(run("--bogus=1").errLines()).containsExactly("newsevents: unknown option '--bogus=1' (see --help)");
      assertThat(run("-x").errLines()).containsExactly("newsevents: unknown option '-x' (see --help)");
      assertThat(run("validate", "--bogus", "x.json").errLines())
          .containsExactly("newsevents: unknown option '--bogus' (see --help)");
    }

    @Test
    void badThreadCounts() {
      assertThat(run("--threads", "0")).isEqualTo(new Result(2, "",
          "newsevents: --threads needs a whole number of at least 1, got '0' (see --help)\n"));
      assertThat(run("--threads", "-3").errLines()).containsExactly(
          "newsevents: --threads needs a whole number of at least 1, got '-3' (see --help)");
      assertThat(run("--threads=many").errLines()).containsExactly(
          "newsevents: --threads needs a whole number of at least 1, got 'many' (see --help)");
      assertThat(run("--threads").errLines()).containsExactly("newsevents: --threads needs a value (see --help)");
    }

    @Test
    void otherUsageErrors() {
      assertThat(run("--pretty=yes").errLines()).containsExactly("newsevents: --pretty takes no value (see --help)");
      assertThat(run("--out").errLines()).containsExactly("newsevents: --out needs a value (see --help)");
      assertThat(run("-", "-").errLines())
          .containsExactly("newsevents: standard input ('-') can be read only once (see --help)");
      assertThat(run("validate").errLines())
          .containsExactly("newsevents: validate needs at least one FILE.json (see --help)");
      assertThat(run("validate", "--pretty", "x.json").errLines())
          .containsExactly("newsevents: --pretty is not an option of validate (see --help)");
      assertThat(run("validate", "--out", "d", "x.json").errLines())
          .containsExactly("newsevents: --out is not an option of validate (see --help)");
      assertThat(run("--article", "some").errLines())
          .containsExactly("newsevents: --article needs one of none, spans, full, got 'some' (see --help)");
      assertThat(run("--article").errLines()).containsExactly("newsevents: --article needs a value (see --help)");
    }

    @Test
    void aDoubleDashEndsTheOptions() {
      Result r = run("--", "--pretty");

      assertThat(r).isEqualTo(new Result(2, "", "newsevents: --pretty: no such file\n"));
      assertThat(run("@args.txt").errLines()).containsExactly("newsevents: @args.txt: no such file");
    }

    @Test
    void goodFilesAreStillExtractedAmongBadOnesAndTheRunEndsWithStatus2(@TempDir Path dir) throws IOException {
      Path good1 = write(dir, "oslo.txt", OSLO);
      Path missing = dir.resolve("missing.txt");
      Path bad = dir.resolve("bad.txt");
      Files.write(bad, new byte[] {'d', 'a', 't', 'e', ' ', (byte) 0xC3, '('});
      Path good2 = write(dir, "border.txt", BORDER);

      Result r = run("--threads", "3", good1.toString(), missing.toString(), dir.toString(), bad.toString(),
          good2.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.outLines()).containsExactly(json(OSLO), json(BORDER));
      assertThat(r.errLines()).containsExactly(
          "newsevents: " + missing + ": no such file",
          "newsevents: " + dir + ": is a directory, not a file",
          "newsevents: " + bad + ": invalid UTF-8 at byte offset 5 (byte 0xC3)");
    }

    @Test
    void anExceptionFromTheExtractorIsReportedAsABugAndTheOtherFilesAreStillExtracted(@TempDir Path dir)
        throws IOException {
      Path good = write(dir, "oslo.txt", OSLO);
      Path boom = write(dir, "boom.txt", "BOOM");
      Function<String, Extraction> failing = text -> {
        if (text.equals("BOOM")) {
          throw new IllegalStateException("stage broke");
        }
        return NewsEvents.extract(text);
      };

      Result r = run(new byte[0], false, failing, boom.toString(), good.toString());

      assertThat(r.status()).isEqualTo(3);
      assertThat(r.outLines()).containsExactly(json(OSLO));
      assertThat(r.errLines().get(0)).isEqualTo("newsevents: " + boom
          + ": extraction failed, a bug in newsevents: java.lang.IllegalStateException: stage broke");
      assertThat(r.err()).contains("\tat ");
    }

    @Test
    void aClosedStandardOutputStopsTheRun(@TempDir Path dir) throws IOException {
      Path a = write(dir, "oslo.txt", OSLO);
      OutputStream closed = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
          throw new IOException("Broken pipe");
        }
      };
      ByteArrayOutputStream err = new ByteArrayOutputStream();

      int status = new NewsEventsCli(new PrintStream(closed, false, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8), InputStream.nullInputStream())
          .run(new String[] {a.toString(), a.toString()});

      assertThat(status).isEqualTo(2);
      assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("newsevents: cannot write to standard output\n");
    }
  }

  @Nested
  class Progress {
    @Test
    void overAHundredFilesOnATerminalShowsAProgressLine(@TempDir Path dir) throws IOException {
      String[] files = files(dir, 101);

      Result r = run(new byte[0], true, NewsEvents::extract, Stream.concat(Stream.of("--out",
          dir.resolve("out").toString()), Stream.of(files)).toArray(String[]::new));

      assertThat(r.status()).isZero();
      assertThat(r.err()).contains("\rnewsevents: 1/101 files").endsWith("\rnewsevents: 101/101 files\n");
    }

    @Test
    void aHundredFilesOrNoTerminalShowNone(@TempDir Path dir) throws IOException {
      String[] hundred = files(dir, 100);
      String[] more = Stream.concat(Stream.of(hundred), Stream.of(files(dir.resolve("more"), 1)))
          .toArray(String[]::new);

      assertThat(run(new byte[0], true, NewsEvents::extract, hundred).err()).isEmpty();
      assertThat(run(new byte[0], false, NewsEvents::extract, more).err()).isEmpty();
    }

    @Test
    void theProgressLineIsClearedBeforeAnErrorLine(@TempDir Path dir) throws IOException {
      List<String> args = new ArrayList<>(List.of(files(dir, 101)));
      args.add(50, dir.resolve("missing.txt").toString());

      Result r = run(new byte[0], true, NewsEvents::extract, args.toArray(String[]::new));

      assertThat(r.status()).isEqualTo(2);
      String blank = "\r" + " ".repeat("newsevents: 50/102 files".length()) + "\r";
      assertThat(r.err()).contains("newsevents: 50/102 files" + blank + "newsevents: "
          + dir.resolve("missing.txt") + ": no such file\n\rnewsevents: 51/102 files");
    }

    private String[] files(Path dir, int n) throws IOException {
      String[] names = new String[n];
      for (int i = 0; i < n; i++) {
        names[i] = write(dir, "a" + i + ".txt", "Peru and Ecuador held talks number " + i + ".").toString();
      }
      return names;
    }
  }

  @Nested
  class Validate {
    @Test
    void aGoodExtractionHasNoViolationsAndStatus0(@TempDir Path dir) throws IOException {
      Path good = write(dir, "oslo.json", json(OSLO));

      Result r = run("validate", good.toString());

      assertThat(r).isEqualTo(new Result(0, good + ": valid\n1 file: 1 valid\n", ""));
    }

    @Test
    void theCommandLinesOwnOutputValidates(@TempDir Path dir) throws IOException {
      Path outDir = dir.resolve("out");
      assertThat(run("--out", outDir.toString(), "--pretty", write(dir, "border.txt", BORDER).toString())
          .status()).isZero();

      Path border = outDir.resolve("border.json");
      assertThat(run("validate", border.toString()))
          .isEqualTo(new Result(0, border + ": valid\n1 file: 1 valid\n", ""));
    }

    @Test
    void anErrorIsPrintedAsFilePathCodeMessageAndGivesStatus1(@TempDir Path dir) throws IOException {
      Extraction lonely = extraction(meeting(MeetingKind.IN_PERSON, "norway"));
      Path file = write(dir, "lonely.json", MAPPER.writeValueAsString(lonely));
      Violation expected = Validators.standard().validate(lonely).violations().get(0);

      Result r = run("validate", file.toString());

      assertThat(r.status()).isEqualTo(1);
      assertThat(r.err()).isEmpty();
      assertThat(r.outLines()).containsExactly(
          file + ": meetings[0].participants: meeting.participants.too-few: " + expected.message(),
          file + ": 1 error",
          "1 file: 0 valid, 1 with 1 error");
      assertThat(expected.code()).isEqualTo("meeting.participants.too-few");
    }

    @Test
    void warningsAlonePrintButGiveStatus0(@TempDir Path dir) throws IOException {
      Extraction conference = extraction(meeting(MeetingKind.PHONE_CALL, "norway", "iceland", "denmark"));
      Path file = write(dir, "conference.json", MAPPER.writeValueAsString(conference));

      Result r = run("validate", file.toString());

      assertThat(r.status()).isZero();
      assertThat(r.outLines()).hasSize(3);
      assertThat(r.outLines().get(0)).startsWith(file + ": meetings[0].participants: meeting.phone-call.too-many: ");
      assertThat(r.outLines().subList(1, 3)).containsExactly(file + ": valid, 1 warning", "1 file: 1 valid; 1 warning");
    }

    @Test
    void standardInputIsNamedSo() throws IOException {
      Extraction lonely = extraction(meeting(MeetingKind.IN_PERSON, "norway"));

      Result r = run(MAPPER.writeValueAsBytes(lonely), "validate", "-");

      assertThat(r.status()).isEqualTo(1);
      assertThat(r.outLines()).hasSize(3);
      assertThat(r.outLines().get(0))
          .startsWith("standard input: meetings[0].participants: meeting.participants.too-few: ");
      assertThat(r.outLines().get(1)).isEqualTo("standard input: 1 error");
    }

    @Test
    void malformedJsonGivesStatus2(@TempDir Path dir) throws IOException {
      Path broken = write(dir, "broken.json", "{\"schemaVersion\": \"1\",\n  \"article\": {\"text\": }");

      Result r = run("validate", broken.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.outLines()).containsExactly(broken + ": not checked", "1 file: 0 valid, 1 not checked");
      assertThat(r.errLines()).singleElement().asString()
          .startsWith("newsevents: " + broken + ": not JSON: Unexpected character ('}'")
          .endsWith(" at line 2, column 23"); // the '}'
    }

    @Test
    void jsonOfTheWrongShapeIsToldApartFromMalformedJson(@TempDir Path dir) throws IOException {
      Path shape = write(dir, "shape.json", "{\"schemaVersion\": \"1\", \"article\": 5}");
      Path version = write(dir, "version.json", "{\"schemaVersion\": \"2\"}");

      Result r = run("validate", shape.toString(), version.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.errLines()).hasSize(2);
      assertThat(r.errLines().get(0)).startsWith("newsevents: " + shape + ": not an extraction: ")
          .endsWith(" at article");
      assertThat(r.errLines().get(1)).startsWith("newsevents: " + version + ": not an extraction: ")
          .contains("unsupported schemaVersion");
    }

    @Test
    void anEmptyFileOrTwoDocumentsInOneFileGiveStatus2(@TempDir Path dir) throws IOException {
      Path empty = write(dir, "empty.json", " \n");
      Path two = write(dir, "two.json", json(OSLO) + "\n" + json(PLAIN) + "\n");

      Result r = run("validate", empty.toString(), two.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.errLines()).containsExactly(
          "newsevents: " + empty + ": empty, expected the JSON of an extraction",
          "newsevents: " + two + ": more than one JSON value, the second at line 2, column 1"
              + " (validate reads one extraction per file)");
    }

    @Test
    void everyFileIsCheckedAndAnUnreadableOneWinsOverViolations(@TempDir Path dir) throws IOException {
      Path lonely = write(dir, "lonely.json",
          MAPPER.writeValueAsString(extraction(meeting(MeetingKind.IN_PERSON, "norway"))));
      Path missing = dir.resolve("missing.json");
      Path good = write(dir, "good.json", json(OSLO));
      Path notUtf8 = dir.resolve("latin1.json");
      Files.write(notUtf8, new byte[] {'{', '"', (byte) 0xE9, '"'});

      Result r = run("validate", lonely.toString(), missing.toString(), good.toString(), notUtf8.toString(),
          dir.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.outLines()).hasSize(7);
      assertThat(r.outLines().get(0)).startsWith(lonely + ": meetings[0].participants: ");
      assertThat(r.outLines().subList(1, 7)).containsExactly(
          lonely + ": 1 error",
          missing + ": not checked",
          good + ": valid",
          notUtf8 + ": not checked",
          dir + ": not checked",
          "5 files: 1 valid, 1 with 1 error, 3 not checked");
      assertThat(r.errLines()).containsExactly(
          "newsevents: " + missing + ": no such file",
          "newsevents: " + notUtf8 + ": invalid UTF-8 at byte offset 2 (byte 0xE9)",
          "newsevents: " + dir + ": is a directory, not a file");
    }

    @Test
    void anExceptionFromARuleIsReportedAsABugAndTheOtherFilesAreStillChecked(@TempDir Path dir)
        throws IOException {
      Path lonely = write(dir, "lonely.json",
          MAPPER.writeValueAsString(extraction(meeting(MeetingKind.IN_PERSON, "norway"))));
      Path pair = write(dir, "pair.json",
          MAPPER.writeValueAsString(extraction(meeting(MeetingKind.IN_PERSON, "norway", "iceland"))));
      Validators broken = Validators.standard().with(Rule.of("test.broken", Severity.ERROR, "Breaks on pairs.",
          (x, context) -> {
            if (x.actors().size() == 2) {
              throw new IllegalStateException("rule broke");
            }
          }));

      Result r = run(new byte[0], false, NewsEvents::extract, broken, "validate", pair.toString(),
          lonely.toString());

      assertThat(r.status()).isEqualTo(3);
      assertThat(r.outLines()).hasSize(4);
      assertThat(r.outLines().get(0)).isEqualTo(pair + ": not checked");
      assertThat(r.outLines().get(1)).startsWith(lonely + ": meetings[0].participants: ");
      assertThat(r.outLines().subList(2, 4)).containsExactly(lonely + ": 1 error", "2 files: 0 valid, 1 with 1 error, 1 not checked");
      assertThat(r.errLines().get(0)).isEqualTo("newsevents: " + pair
          + ": validation failed, a bug in newsevents: java.lang.IllegalStateException: rule broke");
      assertThat(r.err()).contains("\tat ");
    }

    @Test
    void aLineForEachFileAndATotal(@TempDir Path dir) throws IOException {
      Path oslo = write(dir, "oslo.json", json(OSLO));
      Path border = write(dir, "border.json", json(BORDER));
      Extraction twice = extraction(meeting(MeetingKind.IN_PERSON, "norway"), meeting(MeetingKind.TALKS, "norway"));
      Path lonely = write(dir, "lonely.json", MAPPER.writeValueAsString(twice));

      Result r = run("validate", oslo.toString(), lonely.toString(), border.toString());

      assertThat(r.status()).isEqualTo(1);
      assertThat(r.outLines()).filteredOn(line -> !line.contains(": meetings[")).containsExactly(
          oslo + ": valid",
          lonely + ": 2 errors",
          border + ": valid",
          "3 files: 2 valid, 1 with 2 errors");
    }

    @Test
    void anUnknownActorIdIsTheViolationReferenceActorUnknown(@TempDir Path dir) throws IOException {
      Extraction pair = extraction(meeting(MeetingKind.IN_PERSON, "norway", "iceland"));
      ObjectNode tree = MAPPER.valueToTree(pair);
      ((ArrayNode) tree.get("actors")).remove(1); // iceland
      Path file = write(dir, "dangling.json", MAPPER.writeValueAsString(tree));

      Result r = run("validate", file.toString());

      assertThat(r.status()).isEqualTo(1);
      assertThat(r.err()).isEmpty();
      assertThat(r.outLines()).hasSize(3);
      assertThat(r.outLines().get(0))
          .startsWith(file + ": meetings[0].participants[1]: reference.actor.unknown: ")
          .contains("iceland");
      assertThat(r.outLines().subList(1, 3)).containsExactly(file + ": 1 error", "1 file: 0 valid, 1 with 1 error");
    }

    @Test
    void anUnknownActorIdFollowedByASecondValueIsMoreThanOneValueNotABug(@TempDir Path dir) throws IOException {
      Extraction pair = extraction(meeting(MeetingKind.IN_PERSON, "norway", "iceland"));
      ObjectNode tree = MAPPER.valueToTree(pair);
      ((ArrayNode) tree.get("actors")).remove(1); // iceland
      Path file = write(dir, "twice.json", MAPPER.writeValueAsString(tree) + "\n{}\n");

      Result r = run("validate", file.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.errLines()).singleElement().asString()
          .startsWith("newsevents: " + file + ": more than one JSON value, the second at line 2, column 1");
      assertThat(r.outLines()).containsExactly(file + ": not checked", "1 file: 0 valid, 1 not checked");
    }

    @Test
    void anExtractionWrittenWithoutTheArticleTextIsNotCheckedAndSaysWhy(@TempDir Path dir) throws IOException {
      Path outDir = dir.resolve("out");
      run("--article", "spans", "--out", outDir.toString(), write(dir, "oslo.txt", OSLO).toString());
      Path spans = outDir.resolve("oslo.json");

      Result r = run("validate", spans.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.errLines()).singleElement().asString()
          .startsWith("newsevents: " + spans + ": not an extraction: ")
          .endsWith("(written with extract --article none or spans? validate reads the full article)");
    }

    private Meeting meeting(MeetingKind kind, String... participants) {
      return new Meeting.Builder()
          .addParticipants(participants)
          .kind(kind)
          .status(MeetingStatus.HELD)
          .build();
    }

    private Extraction extraction(Meeting... meetings) {
      Extraction.Builder b = new Extraction.Builder()
          .article(new Article.Builder().text("Nordic ministers talked.").published(PartialDate.parse("2025-06-02"))
              .build())
          .addMeetings(meetings);
      for (String id : meetings[0].participants()) {
        b.addActor(new Actor.Builder().id(id).name(id.substring(0, 1).toUpperCase() + id.substring(1))
            .kind(ActorKind.STATE).build());
      }
      return b.build();
    }
  }
}
