package io.github.newsevents.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The saved findings of a fuzz target: one file per finding under the test resources'
 * {@code regressions/<target>/}, its bytes the fuzzer's input, its name saying what it found. Each
 * fuzz test replays them in every build beside the inputs Jazzer keeps for it.
 */
public final class Regressions {
  private Regressions() {}

  /** {@code (name, bytes)} of every file under {@code regressions/<target>/}, by name; none if no such folder. */
  public static Stream<Arguments> of(Class<?> testClass, String target) {
    URL url = testClass.getResource("/regressions/" + target);
    if (url == null) {
      return Stream.empty();
    }
    try {
      Path dir = Paths.get(url.toURI());
      try (Stream<Path> files = Files.list(dir)) {
        return files.filter(Files::isRegularFile).sorted()
            .map(f -> Arguments.of(f.getFileName().toString(), read(f)))
            .toList().stream();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
