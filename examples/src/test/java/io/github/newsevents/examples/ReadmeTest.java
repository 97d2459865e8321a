package io.github.newsevents.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's "Getting started" and "Examples" sections against the code. */
class ReadmeTest {
  private static final Path README = Path.of("../README.md");
  private static final Path EXAMPLES = Path.of("src/main/java/io/github/newsevents/examples");

  @Test
  void gettingStartedGivesTheOneCommand() throws IOException {
    assertThat(section("Getting started")).contains(
        "./mvnw -q -pl cli -am package -DskipTests && java -jar cli/target/newsevents.jar\n");
  }

  @Test
  void theExamplesSectionListsEveryExampleAndOnlyThem() throws IOException {
    List<String> withMain;
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      withMain = files
          .filter(f -> read(f).contains("public static void main("))
          .map(f -> f.getFileName().toString().replace(".java", ""))
          .sorted()
          .collect(Collectors.toList());
    }
    Matcher row = Pattern.compile("(?m)^\\| `(\\w++)` \\|").matcher(section("Examples"));
    List<String> listed = row.results().map(m -> m.group(1)).sorted().collect(Collectors.toList());

    assertThat(withMain).contains("ExtractAnArticle", "BuildRecordsByHand", "ValidateRecords", "JsonRoundTrip",
        "CustomRuleAndGazetteer");
    assertThat(listed).isEqualTo(withMain);
  }

  private static String section(String heading) throws IOException {
    String readme = Files.readString(README);
    int start = readme.indexOf("\n## " + heading + "\n");
    assertThat(start).as("README section " + heading).isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
