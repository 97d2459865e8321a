package io.github.newsevents.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Statement;
import io.github.newsevents.model.StatementKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Validation" section: its example is this class's {@link #example} (compiled and run
 * here), and its table lists every built-in rule with its severities.
 */
class ReadmeTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path SELF =
      Path.of("src", "test", "java", "io", "github", "newsevents", "validate", "ReadmeTest.java");

  /** The README's example; the lines between the markers appear there verbatim. */
  private static ValidationResult example(Extraction extraction) {
    // README:begin
    Rule speakerNamed = Rule.of(
        "statement.speaker.missing",
        Severity.WARNING,
        "Every statement names its speaker.",
        (ex, context) -> {
          List<Statement> statements = ex.statements();
          for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).speaker().isEmpty()) {
              context.report("statements[" + i + "].speaker", "the statement has no speaker");
            }
          }
        });

    Validators validators = Validators.standard()
        .with(speakerNamed)                         // add a rule
        .without("meeting.phone-call.too-many");    // switch one off by its code

    ValidationResult result = validators.validate(extraction);
    for (Violation v : result.violations()) {
      System.out.println(v);  // WARNING statements[2].speaker: the statement has no ... [statement.speaker.missing]
    }
    Extraction checked = validators.requireValid(extraction);  // throws ValidationException on an ERROR
    // README:end
    assertThat(checked).isSameAs(extraction);
    return result;
  }

  @Test
  void theExampleRunsAndFindsTheMissingSpeaker() {
    Fixture f = new Fixture();
    f.statements.add(new Statement.Builder().text("Hello").kind(StatementKind.INDIRECT).build());

    // the example prints each violation: caught here, so that the build's log stays clean
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    ValidationResult result;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      result = example(f.build());
    } finally {
      System.setOut(out);
    }

    assertThat(result.violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("statement.speaker.missing", "statements[2].speaker"));
    assertThat(printed.toString(StandardCharsets.UTF_8).lines())
        .containsExactly("WARNING statements[2].speaker: the statement has no speaker"
            + " [statement.speaker.missing]");
  }

  @Test
  void theReadmeShowsTheExampleVerbatim() throws IOException {
    String source = Files.readString(SELF, StandardCharsets.UTF_8);
    String snippet = source.substring(
        source.indexOf("// README:begin\n") + "// README:begin\n".length(),
        source.indexOf("    // README:end"));
    String dedented = snippet.lines().map(l -> l.length() >= 4 ? l.substring(4) : l.strip())
        .reduce("", (a, b) -> a + b + "\n");

    assertThat(Files.readString(README, StandardCharsets.UTF_8)).contains(dedented);
  }

  @Test
  void theReadmeTableListsEveryRuleWithItsSeverities() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher row = Pattern.compile("(?m)^\\| `([a-z0-9.-]++)` \\| (ERROR|WARNING|—) \\| (ERROR|WARNING) \\|")
        .matcher(readme);
    Map<String, String> table = new LinkedHashMap<>();
    while (row.find()) {
      table.put(row.group(1), row.group(2) + " " + row.group(3));
    }

    Map<String, String> expected = new LinkedHashMap<>();
    List<String> standardCodes = new ArrayList<>();
    Validators.standard().rules().forEach(r -> standardCodes.add(r.code()));
    for (Rule rule : Validators.strict().rules()) {
      String standard = standardCodes.contains(rule.code())
          ? Validators.standard().severity(rule.code()).name()
          : "—";
      expected.put(rule.code(), standard + " " + Validators.strict().severity(rule.code()));
    }
    assertThat(table).containsExactlyEntriesOf(expected);
  }

  @Test
  void theValidatorsJavadocListsEveryCode() throws IOException {
    String javadoc = Files.readString(
        Path.of("src", "main", "java", "io", "github", "newsevents", "validate", "Validators.java"),
        StandardCharsets.UTF_8);
    for (Rule rule : Validators.strict().rules()) {
      assertThat(javadoc).as(rule.code()).contains("<td>{@code " + rule.code() + "}</td>");
    }
  }
}
