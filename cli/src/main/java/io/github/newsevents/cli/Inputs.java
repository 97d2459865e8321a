package io.github.newsevents.cli;

import io.github.newsevents.parse.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading the commands' input files: size limits, strict UTF-8, one-line messages. */
final class Inputs {
  /** The file name that stands for standard input. */
  static final String STDIN = "-";
  /** A UTF-8 text longer than this many bytes has more chars than the parser accepts. */
  static final long MAX_ARTICLE_BYTES = 3L * ParseOptions.DEFAULT_MAX_LENGTH;
  static final int LIMIT_MIB = ParseOptions.DEFAULT_MAX_LENGTH / (1024 * 1024);

  private Inputs() {}

  /** An input problem, reported as one line naming the file. */
  static final class InputException extends IOException {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
      super(message);
    }
  }

  /** The name of {@code file} in messages. */
  static String name(String file) {
    return file.equals(STDIN) ? "standard input" : file;
  }

  static String readArticle(Path path) throws IOException {
    return decode(path.toString(), readFile(path.toString(), path, MAX_ARTICLE_BYTES));
  }

  static byte[] readFile(String name, Path path, long limit) throws IOException {
    if (Files.isDirectory(path)) {
      throw new InputException(name + ": is a directory, not a file");
    }
    try {
      if (Files.size(path) > limit) {
        throw new InputException(name + ": too large: " + Files.size(path) + " bytes, over the "
            + LIMIT_MIB + " MiB limit of an article");
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new InputException(name + ": no such file");
    } catch (AccessDeniedException e) {
      throw new InputException(name + ": permission denied");
    }
  }

  static byte[] readLimited(String name, InputStream stream) throws IOException {
    byte[] bytes = stream.readNBytes((int) MAX_ARTICLE_BYTES + 1);
    if (bytes.length > MAX_ARTICLE_BYTES) {
      throw new InputException(name + ": too large: over the "
          + LIMIT_MIB + " MiB limit of an article");
    }
    return bytes;
  }

  /** Strict UTF-8: invalid input is an error naming the byte offset (counted from 0). */
  static String decode(String name, byte[] bytes) throws InputException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes);
    CharBuffer output = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(input, output, true);
    if (!result.isError()) {
      result = decoder.flush(output);
    }
    if (result.isError()) {
      int offset = input.position();
      throw new InputException(name + ": invalid UTF-8 at byte offset " + offset
          + String.format(" (byte 0x%02X)", bytes[offset] & 0xFF));
    }
    output.flip();
    return output.toString();
  }

  /** {@code NoSuchFileException: a/b}: the kind of failure and its message, on one line. */
  static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + oneLine(message));
  }

  static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*+[\\r\\n]++\\s*+", " ");
  }
}
