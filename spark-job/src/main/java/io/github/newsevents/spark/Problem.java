package io.github.newsevents.spark;

import java.util.Objects;

/**
 * One row of the errors table: why an article gave no extraction ({@code kept} false), or what
 * limit cut its extraction short ({@code kept} true: the extraction is in the other outputs).
 */
record Problem(String code, String reason, boolean kept) {
  /** The input is not a well-formed record: a malformed JSON line, a missing id or text. */
  static final String INPUT_MALFORMED = "input.malformed";

  /** The file is not UTF-8. */
  static final String INPUT_ENCODING = "input.encoding";

  /** The text is longer than the parser's limit (or its file than any text within it can be). */
  static final String TOO_LARGE = "article.too-large";

  /** The parser, the extractor or the JSON writer threw on this article. */
  static final String FAILED = "extract.failed";

  Problem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reason, "reason");
  }
}
