package io.github.newsevents.cli;

import java.io.PrintStream;

/** "newsevents: 57/150 files" on standard error, rewritten in place; cleared before other output. */
final class Progress {
  /** A progress line is shown only over this many files. */
  static final int THRESHOLD = 100;

  private final PrintStream err;
  private final int total;
  private final boolean enabled;
  private int width;

  Progress(PrintStream err, int total, boolean enabled) {
    this.err = err;
    this.total = total;
    this.enabled = enabled;
  }

  void show(int done) {
    if (enabled) {
      String line = "newsevents: " + done + "/" + total + " files";
      width = line.length();
      err.print("\r" + line);
      err.flush();
    }
  }

  void clear() {
    if (enabled && width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      width = 0;
    }
  }

  void finish() {
    if (enabled && width > 0) {
      err.println();
      width = 0;
    }
  }
}
