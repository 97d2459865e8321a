package io.github.newsevents.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's code on the class path, compiled with {@code -Xlint:all -Werror} against our jars
 * without the Immutables annotations (which our POMs do not give a user: they are {@code
 * provided}), gets no warning (issue 19). It builds a value of every public value type of every
 * published jar through its {@code Builder}, which makes javac read the generated classes behind
 * it: an annotation of those class files whose type is missing (Immutables' {@code Generated}, with
 * its {@code from} and {@code generator}) is a warning there.
 */
class ClassPathConsumerTest {
  /** Our published jars that hold value types, by the folder of their module. */
  private static final String OURS = "core|testkit|json-format|jackson-module|jackson3-module";

  @Test
  void codeBuildingEveryValueTypeCompilesWithoutAWarningWithoutTheImmutablesAnnotations(
      @TempDir Path dir) throws Exception {
    List<String> builders = publicBuilders();
    // the model's, the interop package's and the test kit's: a scan that found none proves nothing
    assertThat(builders)
        .contains(
            "io.github.newsevents.model.Meeting.Builder",
            "io.github.newsevents.interop.EventCode.Builder",
            "io.github.newsevents.testkit.Fixture.Builder",
            "io.github.newsevents.testkit.gold.GoldStatement.Builder",
            "io.github.newsevents.testkit.score.Score.Builder")
        .hasSizeGreaterThanOrEqualTo(28);

    StringBuilder source = new StringBuilder("package app;\n\nfinal class Values {\n");
    source.append("  private Values() {}\n\n  static java.util.List<Object> all() {\n");
    source.append("    java.util.List<Object> all = new java.util.ArrayList<>();\n");
    for (String b : builders) {
      source.append("    all.add(new ").append(b).append("().build());\n");
    }
    source.append("    return all;\n  }\n}\n");
    Path file = dir.resolve("src/app/Values.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);

    String classPath = withoutImmutables();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int compiled = javac.run(null, diagnostics, diagnostics, "-Xlint:all", "-Werror",
        "--release", "17", "-cp", classPath, "-d", dir.resolve("out").toString(), file.toString());

    String said = diagnostics.toString(StandardCharsets.UTF_8);
    assertThat(compiled).as("javac -Xlint:all -Werror said:%n%s", said).isZero();
    assertThat(said).isEmpty();
  }

  /** The test's class path but the Immutables jars: what a user of our POMs has. */
  private static String withoutImmutables() {
    String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
    List<String> kept = Stream.of(entries)
        .filter(e -> !e.replace('\\', '/').contains("/org/immutables/"))
        .collect(Collectors.toList());
    assertThat(kept).as("the Immutables annotations are on the test's class path").hasSizeLessThan(entries.length);
    return String.join(File.pathSeparator, kept);
  }

  /** Every public nested {@code Builder} with a public no-argument constructor in our jars. */
  private static List<String> publicBuilders() throws IOException, ClassNotFoundException {
    TreeSet<String> names = new TreeSet<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = entry.replace('\\', '/');
      Path path = Path.of(entry);
      if (name.matches(".*/(" + OURS + ")/target/classes") && Files.isDirectory(path)) {
        try (Stream<Path> files = Files.walk(path)) {
          files.map(p -> path.relativize(p).toString().replace('\\', '/')).forEach(names::add);
        }
      } else if (name.matches(".*/newsevents-(core|testkit|json-format|jackson|jackson3)-[^/]*\\.jar")) {
        try (JarFile jar = new JarFile(entry)) {
          jar.stream().forEach(e -> names.add(e.getName()));
        }
      }
    }
    List<String> builders = new ArrayList<>();
    for (String n : names) {
      if (!n.endsWith("$Builder.class") || n.contains("/Immutable")) {
        continue;
      }
      Class<?> c = Class.forName(n.substring(0, n.length() - 6).replace('/', '.'), false,
          ClassPathConsumerTest.class.getClassLoader());
      if (Modifier.isPublic(c.getModifiers())
          && Modifier.isPublic(c.getEnclosingClass().getModifiers())
          && !Modifier.isAbstract(c.getModifiers())
          && Stream.of(c.getConstructors()).anyMatch(k -> k.getParameterCount() == 0)) {
        builders.add(c.getCanonicalName());
      }
    }
    return builders;
  }
}
