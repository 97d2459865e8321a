package io.github.newsevents.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the development corpus lies for the tests that measure with it: the system property
 * {@code newsevents.corpus}, else the environment variable {@code NEWSEVENTS_CORPUS}, else {@code
 * ../../shared/corpus} from the module (a worktree beside {@code shared/}), else {@code
 * /work/shared/corpus}. A clone elsewhere without the corpus skips those tests (an assumption), it
 * does not fail them.
 */
public final class DevCorpus {
  private DevCorpus() {}

  /** The corpus root (holding {@code dev/}); the calling test is skipped when there is none. */
  public static Path root() {
    Path root = locate();
    assumeTrue(root != null && Files.isDirectory(root.resolve("dev/gold")),
        "no development corpus (set -Dnewsevents.corpus=DIR or NEWSEVENTS_CORPUS)");
    return root;
  }

  public static Path gold() {
    return root().resolve("dev/gold");
  }

  public static Path articles() {
    return root().resolve("dev/articles");
  }

  /** The dev gold files in name order, or an empty list (not a skip) when there is no corpus. */
  public static List<Path> goldFiles() {
    Path root = locate();
    if (root == null || !Files.isDirectory(root.resolve("dev/gold"))) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(root.resolve("dev/gold"))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path locate() {
    String configured = System.getProperty("newsevents.corpus", System.getenv("NEWSEVENTS_CORPUS"));
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    for (Path p : List.of(Path.of("../../shared/corpus"), Path.of("/work/shared/corpus"))) {
      if (Files.isDirectory(p)) {
        return p.toAbsolutePath().normalize();
      }
    }
    return null;
  }
}
