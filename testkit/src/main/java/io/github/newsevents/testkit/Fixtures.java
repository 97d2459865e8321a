package io.github.newsevents.testkit;

import io.github.newsevents.testkit.gold.GoldFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Articles bundled with the test kit, each with its gold annotation.
 *
 * <pre>{@code
 * Fixture seed = Fixtures.seedArticle();
 * Extraction mine = myParser.parse(seed.text());
 * ArticleScore score = ExtractionScorer.standard().score(seed.name(), seed.gold(), mine);
 * }</pre>
 *
 * <p>The seed article is the text the project was created from: a WION report of 12 April 2025 on
 * the talks of the US envoy Steve Witkoff in St. Petersburg, with its page noise (advertisement
 * slugs, "Also read" headlines), as resource {@code io/github/newsevents/testkit/fixtures/seed.txt};
 * its gold, the development corpus's {@code 000.json}, is {@code .../fixtures/seed.json}. Thread-safe;
 * each call reads the resources afresh.
 */
public final class Fixtures {
  static final String SEED_TEXT = "fixtures/seed.txt";
  static final String SEED_GOLD = "fixtures/seed.json";

  private Fixtures() {}

  /** The seed article and its gold: 6 people, 6 quotations, 4 meetings, 2 ceasefires. */
  public static Fixture seedArticle() {
    return new Fixture.Builder()
        .name("seed")
        .text(resource(SEED_TEXT))
        .gold(GoldFormat.standard().parse(resource(SEED_GOLD), SEED_GOLD))
        .build();
  }

  private static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the test kit's jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
