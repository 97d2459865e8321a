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
import java.nio.file.attribute.BasicFileAttributes;

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

  /**
   * The most bytes {@code validate} reads of one extraction: room for the JSON that {@code extract}
   * writes for an article of ordinary text at the parser's limit (its text twice, in {@code
   * article.text} and in the paragraphs, plus the records), while a file of gigabytes is refused
   * before it can exhaust the memory.
   */
  static final long MAX_EXTRACTION_BYTES = 64L * 1024 * 1024;

  /** What is read: its byte limit and how the limit is named in the "too large" message. */
  enum Kind {
    ARTICLE(MAX_ARTICLE_BYTES, LIMIT_MIB + " MiB limit of an article"),
    EXTRACTION(MAX_EXTRACTION_BYTES, MAX_EXTRACTION_BYTES / (1024 * 1024) + " MiB limit of an extraction");

    final long maxBytes;
    final String limit;

    Kind(long maxBytes, String limit) {
      this.maxBytes = maxBytes;
      this.limit = limit;
    }
  }

  static String readArticle(Path path) throws IOException {
    return decode(path.toString(), readFile(path.toString(), path, Kind.ARTICLE));
  }

  /**
   * The bytes of a regular file, at most {@code kind.maxBytes} of them. What is not a regular file
   * (a directory, a FIFO, a device such as {@code /dev/zero}, a socket) is refused before it is
   * opened, so that nothing blocks or reads without end; the size the file system reports is not
   * trusted: at most one byte over the limit is read.
   */
  static byte[] readFile(String name, Path path, Kind kind) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new InputException(name + ": no such file");
    } catch (AccessDeniedException e) {
      throw new InputException(name + ": permission denied");
    }
    if (attributes.isDirectory()) {
      throw new InputException(name + ": is a directory, not a file");
    }
    if (!attributes.isRegularFile()) {
      throw new InputException(name + ": not a regular file (a FIFO, a device or a socket);"
          + " give a file, or '-' for standard input");
    }
    try (InputStream stream = Files.newInputStream(path)) {
      return readLimited(name, stream, kind);
    } catch (NoSuchFileException e) {
      throw new InputException(name + ": no such file");
    } catch (AccessDeniedException e) {
      throw new InputException(name + ": permission denied");
    }
  }

  /** At most {@code kind.maxBytes} bytes of {@code stream}: one more is "too large". */
  static byte[] readLimited(String name, InputStream stream, Kind kind) throws IOException {
    byte[] bytes = stream.readNBytes(Math.toIntExact(kind.maxBytes + 1));
    if (bytes.length > kind.maxBytes) {
      throw new InputException(
          name + ": too large: more than " + kind.maxBytes + " bytes, over the " + kind.limit);
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
