package io.github.newsevents.parse;

/**
 * Thrown by {@link ArticleParser#parse(String)} when the input is longer than the configured limit
 * ({@link ArticleParser#withMaxLength(int)}, 10 MiB of text by default).
 */
public final class ArticleTooLargeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  ArticleTooLargeException(int length, int limit) {
    super("article text is " + length + " chars, over the limit of " + limit
        + " chars; raise it with ArticleParser.withMaxLength(int)");
  }
}
