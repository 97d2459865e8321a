package io.github.newsevents.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorpusTest {
  static int utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  @Test
  void bundledArticlesAreFourWireArticlesOfAbout4_5Kb() {
    List<String> articles = Corpus.articles();
    assertThat(articles).hasSize(4).doesNotHaveDuplicates().doesNotContain(Corpus.seed());
    for (String text : articles) {
      assertThat(utf8(text)).isBetween(4_300, 4_700);
      Article a = NewsEvents.parseArticle(text);
      assertThat(a.published()).isPresent();
      assertThat(a.dateline()).isPresent();
      assertThat(a.paragraphs()).hasSizeGreaterThan(12);
      assertThat(a.removed()).isNotEmpty(); // an "Advertisement" line, as in web copy
    }
  }

  @Test
  void seedIsTheTestkitFixture() {
    String seed = Corpus.seed();
    assertThat(utf8(seed)).isBetween(2_700, 2_900);
    assertThat(NewsEvents.parseArticle(seed).published().map(Object::toString)).contains("2025-04-12");
  }

  @Test
  void namedCorpora() {
    assertThat(Corpus.named("articles")).isEqualTo(Corpus.articles());
    assertThat(Corpus.named("seed")).containsExactly(Corpus.seed());
    assertThat(Corpus.sources()).hasSize(5).endsWith(Corpus.seed());
    assertThatThrownBy(() -> Corpus.named("everything")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("everything");
  }

  @SuppressWarnings("try") // the resource only sets and restores a system property
  @Test
  void propertyPointsAtADirectoryOfTxtArticles(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("b.txt"), "date: 2024-06-08\n\nSecond article.\n");
    Files.writeString(dir.resolve("a.TXT"), "date: 2024-06-07\n\nFirst article, “with” UTF-8.\n");
    Files.writeString(dir.resolve("notes.md"), "not an article");
    Files.createDirectory(dir.resolve("sub.txt"));
    try (SystemProperty ignored = SystemProperty.set(Corpus.PROPERTY, dir.toString())) {
      assertThat(Corpus.articles()).containsExactly(
          "date: 2024-06-07\n\nFirst article, “with” UTF-8.\n", "date: 2024-06-08\n\nSecond article.\n");
      assertThat(Corpus.named("articles")).isEqualTo(Corpus.articles());
      assertThat(Corpus.sources()).hasSize(3).endsWith(Corpus.seed());
    }
    assertThat(Corpus.articles()).hasSize(4);
  }

  @Test
  void aDirectoryWithoutArticlesIsRefused(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> Corpus.articles(dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no .txt file");
    assertThatThrownBy(() -> Corpus.articles(dir.resolve("missing"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a directory");
  }

  @Test
  void sizes() {
    assertThat(Corpus.bytes("1KB")).isEqualTo(1024);
    assertThat(Corpus.bytes("10KB")).isEqualTo(10_240);
    assertThat(Corpus.bytes("100KB")).isEqualTo(102_400);
    assertThat(Corpus.bytes("1MB")).isEqualTo(1_048_576);
    assertThat(Corpus.bytes("512")).isEqualTo(512);
    assertThatThrownBy(() -> Corpus.bytes("big")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Corpus.bytes("4096MB")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bodyLinesLeaveOutTheHeader() {
    List<String> jeddah = Corpus.bodyLines(Corpus.articles().get(0));
    assertThat(jeddah.get(0)).startsWith("JEDDAH — Sudan's army");
    assertThat(jeddah).contains("Advertisement").noneMatch(l -> l.startsWith("headline:"));
    List<String> seed = Corpus.bodyLines(Corpus.seed());
    assertThat(seed.get(0)).startsWith("The Kremlin said on Friday");
    assertThat(seed).contains("Third Russian visit for Trump envoy");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1KB", "10KB", "100KB", "1MB"})
  void sizedArticlesHaveTheirSizeAndAreMadeOfTheSources(String size) {
    int target = Corpus.bytes(size);
    List<String> sources = Corpus.sources();
    String text = Corpus.sized(target, sources);
    assertThat(utf8(text)).isLessThanOrEqualTo(target).isGreaterThanOrEqualTo(target * 95 / 100);
    assertThat(text).startsWith("date: 2026-03-14\n\nJEDDAH — ");
    assertThat(text).doesNotContain("headline:");
    // every line is a body line of a source; the last may be cut, but only after a word
    List<String> lines = List.of(text.substring("date: 2026-03-14\n\n".length()).split("\n\n"));
    List<String> all = sources.stream().flatMap(s -> Corpus.bodyLines(s).stream()).collect(java.util.stream.Collectors.toList());
    for (String line : lines.subList(0, lines.size() - 1)) {
      assertThat(all).contains(line);
    }
    String last = lines.get(lines.size() - 1);
    assertThat(all).anySatisfy(l -> {
      assertThat(l).startsWith(last);
      assertThat(l.length() == last.length() || l.charAt(last.length()) == ' ').isTrue();
    });
    if (target >= 100 * 1024) {
      assertThat(text).contains("Third Russian visit for Trump envoy"); // the seed is in the mix
      assertThat(text).contains("Fishermen in Zambales"); // and so are the bundled articles
    }
    assertThat(NewsEvents.parseArticle(text).published().map(Object::toString)).contains("2026-03-14");
  }

  @Test
  void theLastLineEndsASentenceWhenThatLeavesAtMost5PercentUnused() {
    List<String> sources = Corpus.sources();
    String full = Corpus.sized(1_000_000, sources);
    String sentence = "after the signing ceremony.";
    int end = utf8(full.substring(0, full.indexOf(sentence) + sentence.length()));
    // 10 bytes more than the sentence needs: it ends there
    String near = Corpus.sized(end + 10, sources);
    assertThat(near).endsWith(sentence);
    // 100 bytes more (over 5% of ~1 KB): the line is cut after a word instead, past the sentence
    String far = Corpus.sized(end + 100, sources);
    assertThat(far).startsWith(near).doesNotEndWith(sentence).doesNotEndWith(" ");
    assertThat(utf8(far)).isGreaterThan(end + 80);
  }
}
