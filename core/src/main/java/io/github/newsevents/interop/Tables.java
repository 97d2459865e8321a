package io.github.newsevents.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reading the tab-separated resources of this package: comments and blank lines skipped. */
final class Tables {
  private Tables() {}

  /** One line of a table: its number in the file (from 1) and its cells. */
  static final class Line {
    final int number;
    final String[] cells;

    Line(int number, String[] cells) {
      this.number = number;
      this.cells = cells;
    }

    IllegalArgumentException error(String table, String message) {
      return new IllegalArgumentException(table + " line " + number + ": " + message);
    }
  }

  /** The lines of {@code reader} that are neither blank nor comments ({@code #}), split at tabs. */
  static List<Line> read(Reader reader) throws IOException {
    List<Line> out = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      out.add(new Line(number, line.split("\t", -1)));
    }
    return out;
  }

  /** A resource of this package, as a UTF-8 reader; the library is broken without it. */
  static Reader resource(String name) {
    InputStream in = Tables.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name + " in newsevents-core");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /** Reads a bundled resource with {@code parser}, which the tests prove cannot fail on it. */
  static <T> T load(String name, IoFunction<Reader, T> parser) {
    try (Reader reader = resource(name)) {
      return parser.apply(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  @FunctionalInterface
  interface IoFunction<A, B> {
    B apply(A a) throws IOException;
  }
}
