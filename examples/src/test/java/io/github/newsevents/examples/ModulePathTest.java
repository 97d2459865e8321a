package io.github.newsevents.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application with a module-info of its own, compiled against our jars with {@code -Xlint:all
 * -Werror} and run on the module path, without {@code --add-modules} or {@code --add-opens}: it
 * extracts an article, writes and reads it back through the Jackson module found as a service,
 * opens the JSON Schema and reads the test kit's seed fixture.
 */
class ModulePathTest {
  private static final String MODULE_INFO = String.join("\n",
      "module app {",
      "  requires io.github.newsevents.jackson;",
      "  requires io.github.newsevents.testkit;",
      "}");

  private static final String MAIN = String.join("\n",
      "package app;",
      "",
      "import com.fasterxml.jackson.databind.ObjectMapper;",
      "import io.github.newsevents.NewsEvents;",
      "import io.github.newsevents.jackson.NewsEventsModule;",
      "import io.github.newsevents.model.Extraction;",
      "import io.github.newsevents.model.Meeting;",
      "import io.github.newsevents.model.MeetingKind;",
      "import io.github.newsevents.model.MeetingStatus;",
      "import io.github.newsevents.testkit.Seeds;",
      "import java.io.InputStream;",
      "",
      "public final class Main {",
      "  private Main() {}",
      "",
      "  public static void main(String[] args) throws Exception {",
      "    Extraction x = NewsEvents.extract(\"date 2025-06-02\\n\\nNorwegian Foreign Minister Ingrid Solberg\"",
      "        + \" said the talks in Oslo had been \\u201Cuseful\\u201D.\\n\");",
      "    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();",
      "    Extraction back = mapper.readValue(mapper.writeValueAsString(x), Extraction.class);",
      "    Meeting m = new Meeting.Builder().addParticipants(\"norway\", \"iceland\")",
      "        .kind(MeetingKind.TALKS).status(MeetingStatus.HELD).build();",
      "    Module testkit = Seeds.class.getModule();",
      "    int seed;",
      "    try (InputStream in = testkit.getResourceAsStream(\"io/github/newsevents/testkit/fixtures/seed.txt\")) {",
      "      seed = in == null ? -1 : in.readAllBytes().length;",
      "    }",
      "    System.out.println(\"named: \" + NewsEvents.class.getModule().isNamed());",
      "    System.out.println(\"round trip: \" + back.equals(x));",
      "    System.out.println(\"statements: \" + x.statements().size());",
      "    System.out.println(\"participants: \" + m.participants());",
      "    System.out.println(\"schema: \" + (NewsEventsModule.extractionSchema() != null));",
      "    System.out.println(\"seed fixture: \" + (seed > 0));",
      "  }",
      "}",
      "");

  @Test
  void anApplicationWithItsOwnModuleInfoCompilesWithoutWarningsAndRuns(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("src");
    Files.createDirectories(src.resolve("app"));
    Files.writeString(src.resolve("module-info.java"), MODULE_INFO);
    Files.writeString(src.resolve("app/Main.java"), MAIN);
    String modulePath = modulePath(false);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int compiled = javac.run(null, diagnostics, diagnostics, "-Xlint:all", "-Werror", "--release", "17",
        "--module-path", modulePath, "-d", dir.resolve("out").toString(),
        src.resolve("module-info.java").toString(), src.resolve("app/Main.java").toString());
    assertThat(compiled).as("javac -Xlint:all -Werror: %s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(diagnostics.toString(StandardCharsets.UTF_8)).isEmpty();

    Process p = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", modulePath + File.pathSeparator + dir.resolve("out"),
        "-m", "app/app.Main")
        .redirectErrorStream(false)
        .start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).as("exit status; standard error:%n%s", err).isZero();
    assertThat(out.lines()).containsExactly(
        "named: true",
        "round trip: true",
        "statements: 1",
        "participants: [norway, iceland]",
        "schema: true",
        "seed fixture: true");
  }

  private static final String MODULE_INFO_3 = String.join("\n",
      "module jsonapp {",
      "  requires io.github.newsevents.jackson3;",
      "}");

  private static final String MAIN_3 = String.join("\n",
      "package jsonapp;",
      "",
      "import io.github.newsevents.NewsEvents;",
      "import io.github.newsevents.jackson3.NewsEventsModule;",
      "import io.github.newsevents.model.Extraction;",
      "import tools.jackson.databind.json.JsonMapper;",
      "",
      "public final class Main {",
      "  private Main() {}",
      "",
      "  public static void main(String[] args) {",
      "    Extraction x = NewsEvents.extract(\"date 2025-06-02\\n\\nNorwegian Foreign Minister Ingrid Solberg\"",
      "        + \" said the talks in Oslo had been \\u201Cuseful\\u201D.\\n\");",
      "    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();",
      "    Extraction back = mapper.readValue(mapper.writeValueAsString(x), Extraction.class);",
      "    System.out.println(\"named: \" + NewsEventsModule.class.getModule().isNamed());",
      "    System.out.println(\"round trip: \" + back.equals(x));",
      "    System.out.println(\"schema: \" + (NewsEventsModule.extractionSchema() != null));",
      "  }",
      "}",
      "");

  @Test
  void aJackson3ApplicationWithItsOwnModuleInfoFindsTheModuleAsAService(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("src");
    Files.createDirectories(src.resolve("jsonapp"));
    Files.writeString(src.resolve("module-info.java"), MODULE_INFO_3);
    Files.writeString(src.resolve("jsonapp/Main.java"), MAIN_3);
    String modulePath = modulePath(true);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int compiled = javac.run(null, diagnostics, diagnostics, "-Xlint:all", "-Werror", "--release", "17",
        "--module-path", modulePath, "-d", dir.resolve("out").toString(),
        src.resolve("module-info.java").toString(), src.resolve("jsonapp/Main.java").toString());
    assertThat(compiled).as("javac -Xlint:all -Werror: %s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();

    Process p = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", modulePath + File.pathSeparator + dir.resolve("out"),
        "-m", "jsonapp/jsonapp.Main")
        .start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).as("exit status; standard error:%n%s", err).isZero();
    assertThat(out.lines()).containsExactly("named: true", "round trip: true", "schema: true");
  }

  /**
   * Our modules and what they require, from this test's class path: for Jackson 2 the core, the
   * shared format, the Jackson 2 module and the test kit; for Jackson 3 the core, the shared
   * format and the Jackson 3 module.
   */
  private static String modulePath(boolean jackson3) throws IOException {
    List<String> entries = new ArrayList<>();
    String module = jackson3 ? "jackson3" : "jackson|testkit";
    String folder = jackson3 ? "jackson3-module" : "jackson-module|testkit";
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).toString().replace('\\', '/');
      boolean ours = name.matches(".*/newsevents-(core|json-format|" + module + ")-[^/]*\\.jar")
          || name.matches(".*/(core|json-format|" + folder + ")/target/classes");
      boolean line = jackson3 ? name.contains("/tools/jackson/") : name.contains("/com/fasterxml/jackson/");
      boolean theirs = name.matches(".*/jackson-annotations-[^/]*\\.jar")
          || line && name.matches(".*/jackson-(core|databind|datatype-jdk8|datatype-jsr310)-[^/]*\\.jar")
          || name.matches(".*/slf4j-api-[^/]*\\.jar");
      if (ours || theirs) {
        entries.add(entry);
      }
    }
    assertThat(entries).as("module path from %s", System.getProperty("java.class.path")).hasSize(jackson3 ? 7 : 10);
    try (Stream<String> s = entries.stream()) {
      return s.collect(Collectors.joining(File.pathSeparator));
    }
  }
}
