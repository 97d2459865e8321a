package io.github.newsevents.parse;

/**
 * Thrown by {@link ArticleParser#parse(String)} when the input is longer than the configured limit
 * ({@link ParseOptions#maxLength()}, by default {@link ParseOptions#DEFAULT_MAX_LENGTH}). The
 * message gives both sizes and names the option that raises the limit.
 */
public final class ArticleTooLargeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int length;
  private final int limit;

  /**
   * @param length the input's length in UTF-16 units
   * @param limit the limit it exceeds
   */
  public ArticleTooLargeException(int length, int limit) {
    super(
        "article text has "
            + length
            + " characters, more than the limit of "
            + limit
            + "; raise it with ParseOptions.withMaxLength(int)");
    this.length = length;
    this.limit = limit;
  }

  /** The input's length, in UTF-16 units. */
  public int length() {
    return length;
  }

  /** The limit the input exceeded. */
  public int limit() {
    return limit;
  }
}
