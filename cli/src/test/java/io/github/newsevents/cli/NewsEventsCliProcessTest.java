package io.github.newsevents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link NewsEventsCli#main} in a JVM of its own, for what an in-process run cannot show: the
 * exit status given to {@code System.exit}, the logging level that {@code --verbose} sets before
 * the first logger exists, and the encoding of the real standard output.
 */
class NewsEventsCliProcessTest {
  // removed by the "advertisement" noise rule, which the parser logs at DEBUG
  private static final String ARTICLE = "date 2025-06-02\n\n"
      + "Norwegian Foreign Minister Ingrid Solberg said the talks were \u201Cuseful\u201D.\n\n"
      + "Advertisement\n";

  record Exit(int status, String out, String err) {}

  static Exit java(Path dir, Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        NewsEventsCli.class.getName()));
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout");
    Path err = dir.resolve("stderr");
    ProcessBuilder pb = new ProcessBuilder(command)
        .redirectOutput(out.toFile())
        .redirectError(err.toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close(); // an empty standard input
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
    return new Exit(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void mainExitsWith0OnSuccessAnd2OnABadFile(@TempDir Path dir) throws Exception {
    Path article = Files.writeString(dir.resolve("a.txt"), ARTICLE);

    Exit ok = java(dir, Map.of(), article.toString());
    Exit bad = java(dir, Map.of(), dir.resolve("missing.txt").toString());

    assertThat(ok.status()).isZero();
    assertThat(ok.out()).startsWith("{\"schemaVersion\":\"1\",");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).isEqualTo("newsevents: " + dir.resolve("missing.txt") + ": no such file\n");
  }

  @Test
  void verboseShowsDebugLogLinesOnStandardErrorAndNothingElseDoes(@TempDir Path dir) throws Exception {
    Path article = Files.writeString(dir.resolve("a.txt"), ARTICLE);

    Exit verbose = java(dir, Map.of(), "--verbose", article.toString());
    Exit quiet = java(dir, Map.of(), article.toString());

    assertThat(verbose.status()).isZero();
    assertThat(verbose.err()).contains("DEBUG io.github.newsevents.parse.ArticleParser - rule 'advertisement' removed");
    assertThat(verbose.out()).isEqualTo(quiet.out());
    assertThat(quiet.err()).doesNotContain("DEBUG");
  }

  @Test
  void standardOutputIsUtf8EvenWhenThePlatformEncodingIsAscii(@TempDir Path dir) throws Exception {
    Path article = Files.writeString(dir.resolve("a.txt"), ARTICLE);

    Exit ascii = java(dir, Map.of("LC_ALL", "C", "LANG", "C"), article.toString());

    assertThat(ascii.status()).isZero();
    assertThat(ascii.out()).contains("\u201Cuseful\u201D");
  }
}
