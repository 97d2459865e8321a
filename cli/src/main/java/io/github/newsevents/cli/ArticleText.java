package io.github.newsevents.cli;

import com.fasterxml.jackson.core.filter.TokenFilter;
import java.util.Locale;

/**
 * How much of the article {@code extract --article} writes. The records refer to the article by
 * spans, which index into the input file the user already has: {@link #SPANS} and {@link #NONE}
 * leave out the copies of its text, which are over half the bytes of a full extraction.
 */
enum ArticleText {
  /** Without {@code article.text} and without {@code article.paragraphs}. */
  NONE,
  /** Without {@code article.text} and the paragraphs' {@code text}; their spans and sentences stay. */
  SPANS,
  /** Everything: the document that {@code validate} and the JSON module read back. */
  FULL;

  /** The option's value: {@code none}, {@code spans}, {@code full}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mode named {@code value}, or null. */
  static ArticleText of(String value) {
    for (ArticleText mode : values()) {
      if (mode.toString().equals(value)) {
        return mode;
      }
    }
    return null;
  }

  /** What to write of an extraction: the whole of it (null) or a filter over its tokens. */
  TokenFilter filter() {
    switch (this) {
      case NONE:
        return new Root(new Article(null));
      case SPANS:
        return new Root(new Article(new Paragraphs()));
      default:
        return null;
    }
  }

  /** The top level: only {@code article} is trimmed. */
  private static final class Root extends TokenFilter {
    private final TokenFilter article;

    Root(TokenFilter article) {
      this.article = article;
    }

    @Override
    public TokenFilter includeProperty(String name) {
      return name.equals("article") ? article : INCLUDE_ALL;
    }
  }

  /** Inside {@code article}: no {@code text}; {@code paragraphs} through their filter, or none. */
  private static final class Article extends TokenFilter {
    private final TokenFilter paragraphs;

    Article(TokenFilter paragraphs) {
      this.paragraphs = paragraphs;
    }

    @Override
    public TokenFilter includeProperty(String name) {
      switch (name) {
        case "text":
          return null;
        case "paragraphs":
          return paragraphs;
        default:
          return INCLUDE_ALL;
      }
    }
  }

  /** Each paragraph without its {@code text}. */
  private static final class Paragraphs extends TokenFilter {
    @Override
    public TokenFilter includeElement(int index) {
      return this;
    }

    @Override
    public TokenFilter includeProperty(String name) {
      return name.equals("text") ? null : INCLUDE_ALL;
    }
  }
}
