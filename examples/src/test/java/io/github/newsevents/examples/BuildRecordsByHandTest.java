package io.github.newsevents.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BuildRecordsByHandTest {

  @Test
  void printsTheMeetingAndTheCeasefire() {
    String out = runMain();
    assertThat(out)
        .contains("participants=[steve-witkoff, yuri-ushakov]")
        .contains("status=HELD")
        .contains("parties=[united-states, ukraine]")
        .contains("duration=P30D")
        .contains("date=2025-03,");
  }

  @Test
  void theReadmeShowsTheSameCode() throws Exception {
    String source = Files.readString(
        Path.of("src/main/java/io/github/newsevents/examples/BuildRecordsByHand.java"));
    String snippet = between(source, "// README:begin\n", "    // README:end");
    String readme = Files.readString(Path.of("../README.md"));
    assertThat(readme).contains(stripIndent(snippet));
  }

  private static String runMain() {
    PrintStream old = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      BuildRecordsByHand.main(new String[0]);
    } finally {
      System.setOut(old);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  private static String between(String s, String begin, String end) {
    int from = s.indexOf(begin) + begin.length();
    return s.substring(from, s.indexOf(end, from));
  }

  private static String stripIndent(String block) {
    StringBuilder out = new StringBuilder();
    for (String line : block.split("\n", -1)) {
      out.append(line.startsWith("    ") ? line.substring(4) : line).append('\n');
    }
    return out.toString().strip();
  }
}
