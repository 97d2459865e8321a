package io.github.newsevents.testkit.score;

/**
 * A prediction file that the scorer cannot read: not JSON, or JSON whose top level, lists or list
 * items are not what the scorer reads (see {@link ExtractionScorer}). The message names the file
 * and, for JSON of the wrong shape, the JSON path.
 */
public final class PredictionFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  PredictionFormatException(String source, String path, String problem) {
    super(source + ": " + path + ": " + problem);
  }

  PredictionFormatException(String source, String problem, Throwable cause) {
    super(source + ": not JSON: " + problem, cause);
  }
}
