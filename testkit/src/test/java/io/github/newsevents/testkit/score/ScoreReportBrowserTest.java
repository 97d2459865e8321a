package io.github.newsevents.testkit.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.Span;
import io.github.newsevents.model.Statement;
import io.github.newsevents.model.StatementKind;
import io.github.newsevents.testkit.Fixture;
import io.github.newsevents.testkit.Fixtures;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: headless Chromium (the OS package; {@code .ci/run} installs
 * it) loads the page from a file, and the test reads what it shows: the DOM it built and the
 * pixels of a screenshot. The prediction is the seed article's expected extraction with one quote
 * left out (a miss), one added (a false alarm) and one meeting's status changed (a hit with a
 * wrong attribute). Skipped when there is no Chromium ({@code -Dnewsevents.chromium=PATH}).
 */
class ScoreReportBrowserTest {
  private static final Path CHROMIUM = Path.of(System.getProperty("newsevents.chromium", "/usr/bin/chromium"));

  @TempDir static Path dir;
  static Path page;
  static Score score;

  @BeforeAll
  static void writeTheReport() throws IOException {
    Fixture seed = Fixtures.seedArticle();
    Extraction expected = seed.expectedExtraction();
    String added = "Advertisment";
    int at = seed.text().indexOf(added);
    List<Statement> statements = new ArrayList<>(expected.statements());
    statements.remove(1); // "theoretically possible": a miss
    statements.add(new Statement.Builder().text(added).kind(StatementKind.DIRECT)
        .span(Span.of(at, at + added.length())).build()); // a false alarm
    List<Meeting> meetings = new ArrayList<>(expected.meetings());
    Meeting first = meetings.get(0);
    int evidence = seed.text().indexOf("a meeting in St.");
    Meeting.Builder changed = new Meeting.Builder().addAllParticipants(first.participants())
        .kind(first.kind()).status(MeetingStatus.PLANNED).addEvidence(Span.of(evidence, evidence + 16));
    first.date().ifPresent(changed::date);
    first.location().ifPresent(changed::location);
    meetings.set(0, changed.build());
    Extraction prediction = new Extraction.Builder().article(expected.article())
        .addAllActors(expected.actors()).addAllStatements(statements).addAllMeetings(meetings)
        .addAllCeasefires(expected.ceasefires()).build();
    score = new Score.Builder()
        .addArticle(ExtractionScorer.standard().score("seed", seed.gold(), prediction)).build();
    page = dir.resolve("report.html");
    score.report().writeHtml(page);
  }

  @Test
  void thePageIsSelfContained() throws IOException {
    String html = Files.readString(page, StandardCharsets.UTF_8);

    assertThat(html).doesNotContain("<script", "<link", "src=", "url(", "@import", "http://", "https://");
    assertThat(html).contains("Content-Security-Policy");
  }

  @Test
  void theBrowserShowsTheTotalsTheLegendAndEachKindOfHighlight() throws Exception {
    String dom = chromium("--dump-dom", page.toUri().toString());

    assertThat(dom).contains("<h1>Extraction score</h1>", "Corpus totals (1 article)");
    assertThat(text(row(dom, "statements"))).contains("statements 0.800 0.800 0.800 5 5 4 speaker 1.000 (4/4)");
    assertThat(text(row(dom, "meetings"))).contains("meetings 1.000 1.000 1.000 4 4 4");
    assertThat(text(dom)).contains("Legend: hit hit, attribute wrong miss (gold quote found in the text)"
        + " false alarm optional gold item");
    Map<String, List<String>> marked = marks(dom);
    assertThat(marked.get("hit")).contains("businesslike", "senseless");
    assertThat(marked.get("miss")).containsExactly("theoretically possible");
    assertThat(marked.get("false-alarm")).containsExactly("Advertisment");
    assertThat(marked.get("wrong")).containsExactly("a meeting in St.");
    assertThat(marked.get("neutral")).containsExactly("A senseless war that should never have happene d");
    // the items table: gold and predicted side by side, the disagreeing status marked
    assertThat(text(dom)).contains("status HELD", "status PLANNED \u2717");
  }

  @Test
  void theScreenshotShowsEveryHighlightColour() throws Exception {
    Path png = dir.resolve("report.png");
    chromium("--screenshot=" + png, "--window-size=1280,1600", page.toUri().toString());

    BufferedImage image = ImageIO.read(png.toFile());
    Map<String, Integer> pixels = new LinkedHashMap<>();
    ScoreReport.COLOURS.forEach((cls, hex) -> pixels.put(cls, count(image, Integer.parseInt(hex.substring(1), 16))));

    assertThat(pixels).allSatisfy((cls, n) -> assertThat(n).as(cls).isGreaterThan(200));
    Path keep = Path.of("target/score-report.png");
    Files.createDirectories(keep.getParent());
    Files.copy(png, keep, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static int count(BufferedImage image, int rgb) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int p = image.getRGB(x, y) & 0xffffff;
        if (Math.abs((p >> 16) - (rgb >> 16)) <= 3 && Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff)) <= 3
            && Math.abs((p & 0xff) - (rgb & 0xff)) <= 3) {
          n++;
        }
      }
    }
    return n;
  }

  private static String chromium(String... args) throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM);
    Path profile = Files.createTempDirectory(dir, "profile");
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--hide-scrollbars", "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectError(dir.resolve("chromium.log").toFile()).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("Chromium did not finish: " + command);
    }
    assertThat(p.exitValue()).as("Chromium's exit status; its log: "
        + Files.readString(dir.resolve("chromium.log"))).isZero();
    return out;
  }

  private static String row(String dom, String category) {
    Matcher m = Pattern.compile("<tr data-category=\"" + category + "\">(.*?)</tr>").matcher(dom);
    assertThat(m.find()).as("a row for " + category).isTrue();
    return m.group(1);
  }

  /** Marked stretches of the article's text by class, each run of adjacent marks of a class joined. */
  private static Map<String, List<String>> marks(String dom) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    int start = dom.indexOf("<div class=\"text\">");
    String text = dom.substring(start, dom.indexOf("</div>", start));
    Matcher m = Pattern.compile("<mark class=\"([a-z-]+)\"[^>]*><a [^>]*>(.*?)</a></mark>", Pattern.DOTALL).matcher(text);
    String lastClass = null;
    int lastEnd = -1;
    while (m.find()) {
      List<String> list = out.computeIfAbsent(m.group(1), k -> new ArrayList<>());
      String part = unescape(m.group(2));
      if (m.group(1).equals(lastClass) && m.start() == lastEnd) {
        list.set(list.size() - 1, list.get(list.size() - 1) + part);
      } else {
        list.add(part);
      }
      lastClass = m.group(1);
      lastEnd = m.end();
    }
    return out;
  }

  private static String text(String html) {
    return unescape(html.replaceAll("<[^>]*+>", " ")).replaceAll("\\s+", " ");
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
