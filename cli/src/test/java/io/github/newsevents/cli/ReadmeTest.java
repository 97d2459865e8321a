package io.github.newsevents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's "Command line" section against the command line's own help. */
class ReadmeTest {
  private static final Path README = Path.of("../README.md");

  @Test
  void theCommandLineSectionShowsTheHelpVerbatim() throws IOException {
    assertThat(section("Command line")).contains("```text\n$ newsevents --help\n" + help() + "```\n");
  }

  @Test
  void theCommandLineSectionBuildsTheJar() throws IOException {
    assertThat(section("Command line"))
        .contains("./mvnw -q -pl cli -am package -DskipTests && java -jar cli/target/newsevents.jar\n");
  }

  private static String help() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8)) {
      new NewsEventsCli(o, System.err, InputStream.nullInputStream()).run(new String[] {"--help"});
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String section(String heading) throws IOException {
    String readme = Files.readString(README);
    int start = readme.indexOf("\n## " + heading + "\n");
    assertThat(start).as("README section " + heading).isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }
}
