package io.github.newsevents.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading the tab-separated data files of the library (the gazetteer, the word lists, the event
 * and actor code tables): blank lines and lines starting with {@code #} are skipped, every other
 * line is split at tabs, keeping empty cells.
 */
public final class TsvLines {
  private TsvLines() {}

  /** One line of a table: its number in the file (from 1) and its cells. */
  public static final class Line {
    /** The line's number in the file, from 1. */
    public final int number;
    /** The line's cells, empty ones kept. */
    public final String[] cells;

    Line(int number, String[] cells) {
      this.number = number;
      this.cells = cells;
    }

    /** An error naming {@code table} and this line. */
    public IllegalArgumentException error(String table, String message) {
      return new IllegalArgumentException(table + " line " + number + ": " + message);
    }
  }

  /** The lines of {@code reader} that are neither blank nor comments ({@code #}), split at tabs. */
  public static List<Line> read(Reader reader) throws IOException {
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
}
