package io.github.newsevents.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsevents.parse.Limits;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
  @Test
  void anInputAndAnOutputWithTheDefaults() {
    Arguments a = Arguments.parse("articles/", "out/");

    assertThat(a.input()).isEqualTo("articles/");
    assertThat(a.output()).isEqualTo("out/");
    assertThat(a.options()).isEqualTo(JobOptions.defaults());
  }

  @Test
  void everyOptionWithItsValueAfterASpaceOrAnEqualsSign() {
    Arguments a = Arguments.parse("--format", "jsonl", "--id-field=url", "--text-field", "body",
        "--max-characters", "100000", "--max-paragraphs=50", "--max-statements", "20",
        "--max-actors", "30", "--partitions=8", "--overwrite", "in.jsonl", "out");

    assertThat(a.options()).isEqualTo(JobOptions.defaults()
        .withFormat(JobOptions.Format.JSON_LINES)
        .withIdField("url")
        .withTextField("body")
        .withLimits(Limits.defaults().withMaxCharacters(100_000).withMaxParagraphs(50)
            .withMaxStatements(20).withMaxActors(30))
        .withPartitions(8)
        .withOverwrite(true));
    assertThat(a.input()).isEqualTo("in.jsonl");
  }

  @Test
  void aDoubleDashEndsTheOptions() {
    assertThat(Arguments.parse("--", "--odd-name", "out").input()).isEqualTo("--odd-name");
  }

  @Test
  void helpGivesNoArguments() {
    assertThat(Arguments.parse("--help")).isNull();
    assertThat(Arguments.USAGE).startsWith("Usage: NewsEventsJob [options] INPUT OUTPUT");
  }

  @Test
  void badArgumentsAreRefusedWithWhatIsWrong() {
    assertThatThrownBy(() -> Arguments.parse("in"))
        .hasMessage("expected INPUT and OUTPUT, got 1 operand(s) [in]");
    assertThatThrownBy(() -> Arguments.parse("--format", "csv", "in", "out"))
        .hasMessage("--format needs txt or jsonl, got 'csv'");
    assertThatThrownBy(() -> Arguments.parse("--max-characters", "-1", "in", "out"))
        .hasMessage("--max-characters needs a whole number of at least 0, got '-1'");
    assertThatThrownBy(() -> Arguments.parse("--partitions=0", "in", "out"))
        .hasMessage("--partitions needs a whole number of at least 1, got '0'");
    assertThatThrownBy(() -> Arguments.parse("in", "out", "--max-actors"))
        .hasMessage("--max-actors needs a value");
    assertThatThrownBy(() -> Arguments.parse("--overwrite=yes", "in", "out"))
        .hasMessage("--overwrite takes no value, got 'yes'");
    assertThatThrownBy(() -> Arguments.parse("--text-field", " ", "in", "out"))
        .hasMessage("textField must not be blank");
    assertThatThrownBy(() -> Arguments.parse("--threads", "2", "in", "out"))
        .hasMessage("unknown option --threads");
    assertThatThrownBy(() -> Arguments.parse("in", "out", "--bogus"))
        .hasMessage("unknown option --bogus");
  }
}
