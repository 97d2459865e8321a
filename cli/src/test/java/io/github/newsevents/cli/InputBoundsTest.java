package io.github.newsevents.cli;

import static io.github.newsevents.cli.NewsEventsCliTest.OSLO;
import static io.github.newsevents.cli.NewsEventsCliTest.json;
import static io.github.newsevents.cli.NewsEventsCliTest.run;
import static io.github.newsevents.cli.NewsEventsCliTest.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.newsevents.cli.NewsEventsCliTest.Result;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line reads every input with a bound and refuses what is not a regular file or
 * {@code -}: a device that never ends, a FIFO without a writer and a file of gigabytes each give
 * one line and status 2, and the next files are still processed. (The timeouts guard against a
 * hang; they assert nothing about speed.)
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class InputBoundsTest {
  private static final Path DEV_ZERO = Paths.get("/dev/zero");
  private static final String NOT_REGULAR =
      ": not a regular file (a FIFO, a device or a socket); give a file, or '-' for standard input";

  private static Path fifo(Path dir) throws IOException, InterruptedException {
    Path fifo = dir.resolve("pipe.txt");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo on this system: " + e.getMessage());
      throw e;
    }
    mkfifo.getInputStream().readAllBytes();
    assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
    return fifo;
  }

  /** A sparse file of {@code bytes} zero bytes: no disk space, no time to write. */
  private static Path sparse(Path dir, String name, long bytes) throws IOException {
    Path file = dir.resolve(name);
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(bytes);
    }
    return file;
  }

  @Nested
  class Extract {
    @Test
    void anEndlessDeviceIsRefusedAndTheNextFileIsExtracted(@TempDir Path dir) throws IOException {
      assumeTrue(Files.exists(DEV_ZERO), "no /dev/zero on this system");
      Path oslo = write(dir, "oslo.txt", OSLO);

      Result r = run(DEV_ZERO.toString(), oslo.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.errLines()).containsExactly("newsevents: /dev/zero" + NOT_REGULAR);
      assertThat(r.out()).isEqualTo(json(OSLO) + "\n");
    }

    @Test
    void aFifoWithoutAWriterIsRefusedInsteadOfBlocking(@TempDir Path dir) throws Exception {
      Path fifo = fifo(dir);
      Path oslo = write(dir, "oslo.txt", OSLO);

      Result r = run(fifo.toString(), oslo.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.errLines()).containsExactly("newsevents: " + fifo + NOT_REGULAR);
      assertThat(r.out()).isEqualTo(json(OSLO) + "\n");
    }

    @Test
    void aFileOverTheByteLimitIsReadNoFurtherThanOneByteOver(@TempDir Path dir) throws IOException {
      Path atLimit = sparse(dir, "zeros.txt", Inputs.MAX_ARTICLE_BYTES + 1);

      Result r = run(atLimit.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.errLines()).containsExactly("newsevents: " + atLimit
          + ": too large: more than 31457280 bytes, over the 10 MiB limit of an article");
    }

    @Test
    void standardInputOverTheByteLimitIsTooLarge() {
      byte[] stdin = new byte[(int) Inputs.MAX_ARTICLE_BYTES + 1];
      Arrays.fill(stdin, (byte) 'a');

      Result r = run(stdin, "-");

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.errLines()).containsExactly("newsevents: standard input"
          + ": too large: more than 31457280 bytes, over the 10 MiB limit of an article");
    }
  }

  @Nested
  class Validate {
    @Test
    void anEndlessDeviceIsRefusedAndTheNextFileIsChecked(@TempDir Path dir) throws IOException {
      assumeTrue(Files.exists(DEV_ZERO), "no /dev/zero on this system");
      Path good = write(dir, "oslo.json", json(OSLO));

      Result r = run("validate", DEV_ZERO.toString(), good.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.errLines()).containsExactly("newsevents: /dev/zero" + NOT_REGULAR);
      assertThat(r.outLines()).containsExactly(
          "/dev/zero: not checked", good + ": valid", "2 files: 1 valid, 1 not checked");
    }

    @Test
    void aFifoWithoutAWriterIsRefusedInsteadOfBlocking(@TempDir Path dir) throws Exception {
      Path fifo = fifo(dir);

      Result r = run("validate", fifo.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.errLines()).containsExactly("newsevents: " + fifo + NOT_REGULAR);
      assertThat(r.outLines()).containsExactly(fifo + ": not checked", "1 file: 0 valid, 1 not checked");
    }

    @Test
    void aDirectoryIsRefused(@TempDir Path dir) {
      Result r = run("validate", dir.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.errLines()).containsExactly("newsevents: " + dir + ": is a directory, not a file");
    }

    @Test
    void aFileOverTheByteLimitIsTooLargeAndTheNextFileIsChecked(@TempDir Path dir) throws IOException {
      Path huge = sparse(dir, "huge.json", Inputs.MAX_EXTRACTION_BYTES + 1);
      Path good = write(dir, "oslo.json", json(OSLO));

      Result r = run("validate", huge.toString(), good.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.errLines()).containsExactly("newsevents: " + huge
          + ": too large: more than 67108864 bytes, over the 64 MiB limit of an extraction");
      assertThat(r.outLines()).containsExactly(
          huge + ": not checked", good + ": valid", "2 files: 1 valid, 1 not checked");
    }

    @Test
    void aFileAtTheByteLimitIsRead(@TempDir Path dir) throws IOException {
      Path blank = sparse(dir, "blank.json", Inputs.MAX_EXTRACTION_BYTES);

      Result r = run("validate", blank.toString());

      // read whole (zero bytes are not JSON), not refused for its size
      assertThat(r.status()).isEqualTo(2);
      assertThat(r.errLines()).singleElement().asString()
          .startsWith("newsevents: " + blank + ": not JSON: ");
    }

    @Test
    void standardInputOverTheByteLimitIsTooLarge() {
      byte[] stdin = new byte[(int) Inputs.MAX_EXTRACTION_BYTES + 1];
      Arrays.fill(stdin, (byte) ' ');

      Result r = run(stdin, "validate", "-");

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.errLines()).containsExactly("newsevents: standard input"
          + ": too large: more than 67108864 bytes, over the 64 MiB limit of an extraction");
    }

    @Test
    void jsonNullIsNotAnExtractionAndNotABug(@TempDir Path dir) throws IOException {
      Path nothing = write(dir, "null.json", "null\n");
      Path good = write(dir, "oslo.json", json(OSLO));

      Result r = run("validate", nothing.toString(), good.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.errLines()).containsExactly(
          "newsevents: " + nothing + ": not an extraction: the JSON is null, expected an object");
      assertThat(r.outLines()).containsExactly(
          nothing + ": not checked", good + ": valid", "2 files: 1 valid, 1 not checked");
    }

    @Test
    void jsonNullOnStandardInputIsNotAnExtraction() {
      Result r = run("null".getBytes(java.nio.charset.StandardCharsets.UTF_8), "validate", "-");

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.errLines()).containsExactly(
          "newsevents: standard input: not an extraction: the JSON is null, expected an object");
    }
  }
}
