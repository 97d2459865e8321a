package io.github.newsevents.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15, point 5: extraction is total. Every article of the development corpus, with each
 * sentence's numbers, dates and capitalisation perturbed (decimals, ranges, huge numbers, ordinals,
 * other months; upper, lower and title case), extracts without an exception and with every span
 * inside its input. The corpus is read where it lies (system property {@code newsevents.corpus},
 * environment variable {@code NEWSEVENTS_CORPUS}, {@code ../../shared/corpus}, {@code
 * /work/shared/corpus}); the test is skipped where there is none. Seeded: a failure names its seed.
 */
class PerturbedCorpusTest {
  private static final long SEED = 20261206L;
  private static final Pattern NUMBER = Pattern.compile("\\d{1,12}+");
  private static final Pattern MONTH = Pattern.compile(
      "\\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b");
  private static final String[] NUMBERS = {
      "2.5", "8-12", "31.5", "99999999999999", "2147483648", "0", "13th", "1,000", "3.14", "29-31", "00", "-7"};
  private static final String[] MONTHS = {"Sept.", "May", "MARCH", "Feb", "Jan.", "Octobre", "December 32"};

  static Stream<Path> articles() throws IOException {
    Path root = corpus();
    assumeTrue(root != null, "no development corpus (set -Dnewsevents.corpus=DIR or NEWSEVENTS_CORPUS)");
    List<Path> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(root.resolve("dev/articles"))) {
      files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(out::add);
    }
    return out.stream();
  }

  private static Path corpus() {
    List<String> candidates = new ArrayList<>();
    candidates.add(System.getProperty("newsevents.corpus"));
    candidates.add(System.getenv("NEWSEVENTS_CORPUS"));
    candidates.add("../../shared/corpus");
    candidates.add("/work/shared/corpus");
    for (String c : candidates) {
      if (c != null && Files.isDirectory(Paths.get(c, "dev", "articles"))) {
        return Paths.get(c);
      }
    }
    return null;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void perturbedArticlesExtractWithSpansInside(Path article) throws IOException {
    String text = Files.readString(article, StandardCharsets.UTF_8);
    long seed = SEED ^ article.getFileName().toString().hashCode();
    Random random = new Random(seed);
    for (int variant = 0; variant < 4; variant++) {
      String perturbed = perturb(text, random, variant);
      Extraction x;
      try {
        x = Extractor.defaults().extract(NewsEvents.parseArticle(perturbed));
      } catch (RuntimeException e) {
        throw new AssertionError("extraction threw on " + article.getFileName() + " variant " + variant
            + " (seed " + seed + "): " + e, e);
      }
      int length = perturbed.length();
      List<Span> spans = new ArrayList<>();
      x.actors().forEach(a -> spans.addAll(a.mentions()));
      x.statements().forEach(s -> s.span().ifPresent(spans::add));
      x.meetings().forEach(m -> spans.addAll(m.evidence()));
      x.ceasefires().forEach(c -> spans.addAll(c.evidence()));
      assertThat(spans).as("spans of %s variant %d (seed %d)", article.getFileName(), variant, seed)
          .allSatisfy(s -> assertThat(s.end()).isBetween(s.start(), length));
    }
  }

  /** Variant 0: numbers; 1: months; 2: upper case with numbers; 3: lower or title case, per sentence. */
  private static String perturb(String text, Random random, int variant) {
    String out = text;
    if (variant == 0 || variant == 2) {
      out = replaceAll(NUMBER, out, random, NUMBERS);
    }
    if (variant == 1) {
      out = replaceAll(MONTH, out, random, MONTHS);
    }
    if (variant == 2) {
      out = out.toUpperCase(Locale.ROOT);
    }
    if (variant == 3) {
      StringBuilder b = new StringBuilder(out.length());
      for (String sentence : out.split("(?<=[.!?]) ")) {
        int pick = random.nextInt(3);
        b.append(pick == 0 ? sentence.toLowerCase(Locale.ROOT) : pick == 1 ? titleCase(sentence) : sentence).append(' ');
      }
      out = b.toString();
    }
    return out;
  }

  private static String replaceAll(Pattern p, String text, Random random, String[] choices) {
    Matcher m = p.matcher(text);
    StringBuilder b = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(random.nextBoolean() ? choices[random.nextInt(choices.length)] : m.group()));
    }
    m.appendTail(b);
    return b.toString();
  }

  private static String titleCase(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ';
    }
    return b.toString();
  }
}
