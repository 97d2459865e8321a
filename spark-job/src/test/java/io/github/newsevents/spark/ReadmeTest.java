package io.github.newsevents.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's "Spark" section against the job's own usage and tables. */
class ReadmeTest {
  private static final Path README = Path.of("../README.md");

  @Test
  void theSparkSectionNamesEveryOptionOfTheUsage() throws IOException {
    String section = section("Spark");
    Matcher option = Pattern.compile("--[a-z-]{1,40}+").matcher(Arguments.USAGE);
    int found = 0;
    while (option.find()) {
      assertThat(section).as("the README's Spark section").contains("`" + option.group());
      found++;
    }
    assertThat(found).isGreaterThan(8);
  }

  @Test
  void theSparkSectionNamesEveryTable() throws IOException {
    String section = section("Spark");
    for (Table t : Table.values()) {
      assertThat(section).contains("| `" + t + "` |");
    }
    assertThat(section).contains("spark-submit --master yarn", "spark-submit --master 'local[2]'",
        "--class io.github.newsevents.spark.NewsEventsJob");
  }

  private static String section(String heading) throws IOException {
    String readme = Files.readString(README);
    int start = readme.indexOf("\n## " + heading + "\n");
    assertThat(start).as("README section " + heading).isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }
}
