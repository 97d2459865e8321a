package io.github.newsevents.testkit.gold;

import java.util.Optional;

/**
 * A gold file that cannot be read: either it is not JSON (then {@link #line()} and {@link
 * #column()} say where the syntax breaks) or its JSON has the wrong shape (then {@link #path()}
 * names the offending value, such as {@code $.meetings[2].status}). The message names the file and
 * says what was expected.
 */
public final class GoldFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String path;
  private final int line;
  private final int column;

  GoldFormatException(String source, String path, String problem) {
    super(source + ": " + path + ": " + problem);
    this.source = source;
    this.path = path;
    this.line = -1;
    this.column = -1;
  }

  GoldFormatException(String source, int line, int column, String problem, Throwable cause) {
    super(source + ": not JSON"
        + (line > 0 ? " (line " + line + ", column " + column + ")" : "") + ": " + problem, cause);
    this.source = source;
    this.path = null;
    this.line = line;
    this.column = column;
  }

  /** The file name, or {@code <string>} for text read from memory. */
  public String source() {
    return source;
  }

  /** The JSON path of the value of the wrong shape; empty when the text is not JSON. */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }

  /** Whether the text is not JSON at all (rather than JSON of the wrong shape). */
  public boolean notJson() {
    return path == null;
  }

  /** The line (from 1) where the JSON syntax breaks; -1 when unknown or the text is JSON. */
  public int line() {
    return line;
  }

  /** The column (from 1) where the JSON syntax breaks; -1 when unknown or the text is JSON. */
  public int column() {
    return column;
  }
}
