package io.github.newsevents.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.Statement;
import io.github.newsevents.model.StatementKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's opening example, "Getting started" and "Examples" sections against the code. */
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

  @Test
  void theOpeningExampleGivesWhatItsCommentsSay() throws IOException {
    String readme = Files.readString(README);
    String start = "Extraction x = NewsEvents.extract(\"\"\"\n";
    int from = readme.indexOf(start);
    assertThat(from).as("the opening example").isNotNegative().isLessThan(readme.indexOf("\n## "));
    String block = readme.substring(from + start.length(), readme.indexOf("    \"\"\");", from));
    // a text block: its lines lose the indentation of the closing delimiter
    String text = block.lines().map(l -> l.startsWith("    ") ? l.substring(4) : l)
        .collect(Collectors.joining("\n", "", "\n"));

    Extraction x = NewsEvents.extract(text);

    Meeting m = x.meetings().get(0);
    assertThat(x.meetings()).hasSize(1);
    assertThat(m.participants()).containsExactly("lena-marsh", "oskar-vallin");
    assertThat(m.kind()).isEqualTo(MeetingKind.IN_PERSON);
    assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
    assertThat(m.location().orElseThrow().name()).isEqualTo("Moscow");
    assertThat(m.date()).contains(PartialDate.parse("2025-04-11"));
    Statement said = x.statements().get(0);
    assertThat(x.statements()).hasSize(1);
    assertThat(said.speaker()).contains("lena-marsh");
    assertThat(said.text()).isEqualTo("We are closer than we were,");
    assertThat(said.kind()).isEqualTo(StatementKind.DIRECT);
    assertThat(said.verb()).contains("said");
    Actor marsh = x.actor("lena-marsh").orElseThrow();
    assertThat(marsh.kind()).isEqualTo(ActorKind.PERSON);
    assertThat(marsh.titles()).containsExactly("Foreign Minister");
    assertThat(marsh.country()).contains("NOR");
    assertThat(x.actor("norway")).isPresent();
    assertThat(x.actor("oskar-vallin").orElseThrow().country()).contains("RUS");
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
