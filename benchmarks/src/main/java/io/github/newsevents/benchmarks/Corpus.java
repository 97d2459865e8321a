package io.github.newsevents.benchmarks;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Paragraph;
import io.github.newsevents.model.Removal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The texts the benchmarks read: the bundled wire articles (or the {@code .txt} files of the
 * directory named by the system property {@value #PROPERTY}), the testkit's seed article, and
 * articles of a given size made by concatenating them.
 */
public final class Corpus {
  /** System property naming a directory of {@code .txt} articles (UTF-8) to read instead of the bundled ones. */
  public static final String PROPERTY = "newsevents.articles";
  /** The testkit's seed article on the class path. */
  public static final String SEED = "/io/github/newsevents/testkit/fixtures/seed.txt";
  /** The bundled articles: fictional wire copy written for these benchmarks, about 4.5 KB each. */
  public static final List<String> BUNDLED = List.of(
      "jeddah-truce.txt", "brussels-ministers.txt", "manila-hotline.txt", "beirut-ceasefire.txt");
  private static final String BUNDLED_DIR = "/io/github/newsevents/benchmarks/articles/";

  /** Value of the {@code corpus} parameter: the bundled articles, or those of {@value #PROPERTY}. */
  public static final String ARTICLES = "articles";
  /** Value of the {@code corpus} parameter: the seed article alone. */
  public static final String SEED_ONLY = "seed";

  private Corpus() {}

  /** The texts of a benchmark's {@code corpus} parameter, {@value #ARTICLES} or {@value #SEED_ONLY}. */
  public static List<String> named(String corpus) {
    switch (corpus) {
      case ARTICLES:
        return articles();
      case SEED_ONLY:
        return List.of(seed());
      default:
        throw new IllegalArgumentException("unknown corpus '" + corpus + "': use " + ARTICLES + " or " + SEED_ONLY);
    }
  }

  /**
   * The articles of the directory named by {@value #PROPERTY} when it is set, otherwise the bundled
   * ones.
   */
  public static List<String> articles() {
    String dir = System.getProperty(PROPERTY);
    if (dir != null && !dir.isBlank()) {
      return articles(Path.of(dir));
    }
    List<String> out = new ArrayList<>(BUNDLED.size());
    for (String name : BUNDLED) {
      out.add(resource(BUNDLED_DIR + name));
    }
    return out;
  }

  /**
   * Every {@code .txt} file directly in {@code dir}, read as UTF-8, in order of file name.
   *
   * @throws IllegalArgumentException when {@code dir} is not a directory or holds no {@code .txt} file
   */
  public static List<String> articles(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(PROPERTY + ": " + dir + " is not a directory");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
          .filter(Files::isRegularFile)
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException(PROPERTY + ": " + dir + " holds no .txt file");
    }
    List<String> out = new ArrayList<>(files.size());
    for (Path f : files) {
      try {
        out.add(Files.readString(f, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + f, e);
      }
    }
    return out;
  }

  /** The testkit's seed article (2.8 KB). */
  public static String seed() {
    return resource(SEED);
  }

  /** The articles of {@link #articles()} followed by the seed: the material of the sized inputs. */
  public static List<String> sources() {
    List<String> out = new ArrayList<>(articles());
    out.add(seed());
    return out;
  }

  /** {@code "1KB"}, {@code "10KB"}, {@code "1MB"} or a plain number of bytes, as bytes (1 KB = 1024 bytes). */
  public static int bytes(String size) {
    String s = size.trim().toUpperCase(Locale.ROOT);
    int unit = 1;
    if (s.endsWith("MB")) {
      unit = 1024 * 1024;
    } else if (s.endsWith("KB")) {
      unit = 1024;
    }
    String number = unit == 1 ? s : s.substring(0, s.length() - 2).trim();
    try {
      return Math.multiplyExact(Integer.parseInt(number), unit);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException("size '" + size + "' is not like 1024, 10KB or 1MB", e);
    }
  }

  /**
   * An article of at most {@code bytes} bytes of UTF-8 and at least 95% of it (for 1 KB or more):
   * the body lines of {@code sources} (paragraphs, datelines, headings and noise lines such as
   * "Advertisement"; everything but their headers), taken in turn and repeated as needed, separated
   * by blank lines, under a {@code date:} header with the first source's publication date. The last
   * line is cut at a sentence end, or at a word when a sentence end would leave more than 5% unused.
   */
  public static String sized(int bytes, List<String> sources) {
    List<List<String>> bodies = new ArrayList<>(sources.size());
    for (String s : sources) {
      List<String> lines = bodyLines(s);
      if (!lines.isEmpty()) {
        bodies.add(lines);
      }
    }
    if (bodies.isEmpty()) {
      throw new IllegalArgumentException("the sources have no body text");
    }
    StringBuilder b = new StringBuilder(bytes + 64);
    NewsEvents.parseArticle(sources.get(0)).published()
        .ifPresent(d -> b.append("date: ").append(d).append("\n\n"));
    int used = utf8Length(b);
    if (used > bytes) {
      return "";
    }
    boolean first = true;
    while (true) {
      for (List<String> lines : bodies) {
        for (String line : lines) {
          String sep = first ? "" : "\n\n";
          int room = bytes - used - sep.length();
          int need = utf8Length(line);
          if (need <= room) {
            b.append(sep).append(line);
            used += sep.length() + need;
            first = false;
            continue;
          }
          String cut = cut(line, room, bytes / 20);
          if (!cut.isEmpty()) {
            b.append(sep).append(cut);
          }
          return b.toString();
        }
      }
    }
  }

  /**
   * The longest prefix of {@code line} of at most {@code room} bytes that ends a sentence, unless
   * that leaves more than {@code slack} bytes unused; then the longest that ends a word.
   */
  private static String cut(String line, int room, int slack) {
    int sentence = 0;
    int word = 0;
    int used = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      used += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3; // a surrogate pair is 4
      if (used > room) {
        break;
      }
      boolean wordEnd = i + 1 < line.length() && line.charAt(i + 1) == ' ' && !Character.isHighSurrogate(c);
      if (wordEnd) {
        word = i + 1;
        char before = i > 0 ? line.charAt(i - 1) : ' ';
        if (c == '.' || c == '!' || c == '?'
            || ((c == '\u201D' || c == '"') && (before == '.' || before == '!' || before == '?'))) {
          sentence = i + 1;
        }
      }
    }
    if (sentence > 0 && room - utf8Length(line.substring(0, sentence)) <= slack) {
      return line.substring(0, sentence);
    }
    return line.substring(0, word);
  }

  /**
   * The non-blank lines of {@code text} from its body on: from the first paragraph, removed line or
   * dateline the parser finds, so that a header ({@code date 2025-04-12} inline, or a header block)
   * is left out.
   */
  static List<String> bodyLines(String text) {
    Article a = NewsEvents.parseArticle(text);
    int start = text.length();
    for (Paragraph p : a.paragraphs()) {
      start = Math.min(start, p.span().start());
    }
    for (Removal r : a.removed()) {
      start = Math.min(start, r.span().start());
    }
    if (a.dateline().isPresent()) {
      start = Math.min(start, a.dateline().get().span().start());
    }
    List<String> out = new ArrayList<>();
    for (String line : text.substring(start).split("\\R")) {
      String l = line.strip();
      if (!l.isEmpty()) {
        out.add(l);
      }
    }
    return out;
  }

  /** The length of {@code s} in UTF-8, in bytes. */
  static int utf8Length(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3; // a surrogate pair is 4
    }
    return n;
  }

  private static String resource(String path) {
    try (InputStream in = Corpus.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
