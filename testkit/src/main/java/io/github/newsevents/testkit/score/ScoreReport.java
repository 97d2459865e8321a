package io.github.newsevents.testkit.score;

import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newsevents.model.Span;
import io.github.newsevents.testkit.internal.PyJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A {@link Score} printed for people and scripts:
 *
 * <ul>
 *   <li>{@link #toText()}: the corpus tool's lines, character for character ({@code statements
 *       P=0.900 R=0.818 F1=0.857 (gold 11, predicted 10, matched 9) speaker_accuracy=1.0}), so
 *       that a script reads either;
 *   <li>{@link #toJson()}: the corpus tool's {@code --json} output, character for character;
 *   <li>{@link #toHtml()} and {@link #writeHtml(Path)}: one self-contained HTML page (no script,
 *       no style sheet, font or image from elsewhere): the corpus totals, then per article its
 *       tallies, its text with the predicted items highlighted on their spans and the gold quotes
 *       where the text holds them (hits, hits with a wrong attribute, misses, false alarms and
 *       optional items in distinct colours, with a legend), and a table of each gold and predicted
 *       item's attributes side by side.
 * </ul>
 *
 * <p>Figures are rounded to three decimals half to even on the exact value, as Python's {@code
 * round} does. Immutable and thread-safe.
 */
public final class ScoreReport {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The colour of each kind of highlight, as the page's legend shows it. */
  static final Map<String, String> COLOURS = Map.of(
      "hit", "#7fd48a",
      "wrong", "#7fb8f0",
      "miss", "#f08080",
      "false-alarm", "#f5c542",
      "neutral", "#c8c8c8");

  private final Score score;

  private ScoreReport(Score score) {
    this.score = score;
  }

  public static ScoreReport of(Score score) {
    return new ScoreReport(Objects.requireNonNull(score, "score"));
  }

  // --- text and JSON

  /** The corpus tool's text output, one line per category (and one for missing predictions). */
  public String toText() {
    StringBuilder b = new StringBuilder();
    for (Category c : Category.values()) {
      Counts t = score.total(c);
      StringBuilder extra = new StringBuilder();
      for (String attribute : t.judged().keySet()) {
        if (extra.length() > 0) {
          extra.append(' ');
        }
        extra.append(attribute).append("_accuracy=").append(repr(t.accuracy(attribute).orElseThrow()));
      }
      b.append(String.format(Locale.ROOT, "%-24s P=%s R=%s F1=%s (gold %d, predicted %d, matched %d) %s%n",
          c.key(), fixed(t.precision()), fixed(t.recall()), fixed(t.f1()), t.gold(), t.predicted(),
          t.matched(), extra).replace(System.lineSeparator(), "\n"));
    }
    if (!score.missingPredictions().isEmpty()) {
      b.append("missing predictions: ").append(String.join(", ", score.missingPredictions())).append('\n');
    }
    return b.toString();
  }

  /** The corpus tool's {@code --json} output (with a final line break, as {@code print} adds). */
  public String toJson() {
    ObjectNode root = NODES.objectNode();
    for (Category c : Category.values()) {
      Counts t = score.total(c);
      ObjectNode n = root.putObject(c.key());
      n.put("gold", t.gold());
      n.put("predicted", t.predicted());
      n.put("matched", t.matched());
      // DecimalNode keeps the scale ("1.0"), which the factory might strip
      n.set("precision", DecimalNode.valueOf(round(t.precision())));
      n.set("recall", DecimalNode.valueOf(round(t.recall())));
      n.set("f1", DecimalNode.valueOf(round(t.f1())));
      for (String attribute : t.judged().keySet()) {
        n.set(attribute + "_accuracy", DecimalNode.valueOf(round(t.accuracy(attribute).orElseThrow())));
      }
    }
    score.missingPredictions().forEach(root.putArray("missing_predictions")::add);
    if (!root.has("missing_predictions")) {
      root.putArray("missing_predictions");
    }
    return PyJson.write(root, 2, true) + "\n";
  }

  /** {@code x} rounded to three decimals as Python's {@code round(x, 3)}, in its shortest form. */
  static BigDecimal round(double x) {
    BigDecimal r = new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return r.scale() < 1 ? r.setScale(1) : r;
  }

  /** {@code repr(round(x, 3))}: "0.9", "1.0", "0.857". */
  static String repr(double x) {
    return round(x).toPlainString();
  }

  /** {@code f"{round(x, 3):.3f}"}: "0.900". */
  static String fixed(double x) {
    return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }

  // --- HTML

  /** Writes {@link #toHtml()} to {@code file} as UTF-8. */
  public void writeHtml(Path file) throws IOException {
    Files.writeString(file, toHtml(), StandardCharsets.UTF_8);
  }

  /** The whole report as one self-contained HTML page (see the class comment). */
  public String toHtml() {
    StringBuilder h = new StringBuilder(1 << 16);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<title>newsevents extraction score</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;margin:2em;max-width:70em;color:#222}\n")
        .append("table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #bbb;padding:.2em .5em;text-align:left;vertical-align:top}\n")
        .append("td.n{text-align:right;font-variant-numeric:tabular-nums}\n")
        .append(".text{white-space:pre-wrap;font-family:Georgia,serif;line-height:1.5;border:1px solid #ddd;padding:1em;background:#fafafa}\n")
        .append("mark{padding:0 .1em;color:#000}\n");
    COLOURS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
        h.append("mark.").append(e.getKey()).append(",td.").append(e.getKey())
            .append("{background:").append(e.getValue()).append("}\n"));
    h.append("dl{margin:0}dt{font-weight:bold;display:inline}dd{display:inline;margin:0 .8em 0 .3em}\n")
        .append("</style>\n</head>\n<body>\n<h1>Extraction score</h1>\n");
    h.append("<h2 id=\"totals\">Corpus totals (").append(score.articles().size())
        .append(score.articles().size() == 1 ? " article" : " articles").append(")</h2>\n");
    countsTable(h, score.totals(), "totals");
    if (!score.missingPredictions().isEmpty()) {
      h.append("<p class=\"missing\">Missing predictions: ")
          .append(escape(String.join(", ", score.missingPredictions()))).append("</p>\n");
    }
    h.append("<p class=\"legend\">Legend: ");
    legend(h, "hit", "hit");
    legend(h, "wrong", "hit, attribute wrong");
    legend(h, "miss", "miss (gold quote found in the text)");
    legend(h, "false-alarm", "false alarm");
    legend(h, "neutral", "optional gold item");
    h.append("</p>\n<ul class=\"articles\">\n");
    for (ArticleScore a : score.articles()) {
      h.append("<li><a href=\"#a-").append(escape(a.id())).append("\">").append(escape(a.id()))
          .append("</a>: ").append(a.misses().size()).append(" missed, ")
          .append(a.falseAlarms().size()).append(" false alarms</li>\n");
    }
    h.append("</ul>\n");
    for (ArticleScore a : score.articles()) {
      article(h, a);
    }
    return h.append("</body>\n</html>\n").toString();
  }

  private static void legend(StringBuilder h, String cls, String what) {
    h.append("<mark class=\"").append(cls).append("\">").append(escape(what)).append("</mark> ");
  }

  private static void countsTable(StringBuilder h, Map<Category, Counts> counts, String cls) {
    h.append("<table class=\"").append(cls).append("\">\n<tr><th>category</th><th>P</th><th>R</th>")
        .append("<th>F1</th><th>gold</th><th>predicted</th><th>matched</th><th>attribute accuracy</th></tr>\n");
    for (Category c : Category.values()) {
      Counts t = counts.getOrDefault(c, Counts.zero());
      h.append("<tr data-category=\"").append(c.key()).append("\"><td>").append(c.key())
          .append("</td><td class=\"n\">").append(fixed(t.precision()))
          .append("</td><td class=\"n\">").append(fixed(t.recall()))
          .append("</td><td class=\"n f1\">").append(fixed(t.f1()))
          .append("</td><td class=\"n\">").append(t.gold())
          .append("</td><td class=\"n\">").append(t.predicted())
          .append("</td><td class=\"n\">").append(t.matched()).append("</td><td>");
      List<String> accuracy = new ArrayList<>();
      for (String attribute : t.judged().keySet()) {
        accuracy.add(attribute + " " + fixed(t.accuracy(attribute).orElseThrow()) + " ("
            + t.agreed().getOrDefault(attribute, 0) + "/" + t.judged().get(attribute) + ")");
      }
      h.append(escape(String.join(", ", accuracy))).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void article(StringBuilder h, ArticleScore a) {
    h.append("<section class=\"article\" id=\"a-").append(escape(a.id())).append("\">\n<h2>Article ")
        .append(escape(a.id())).append("</h2>\n");
    a.predictionProblem().ifPresent(p ->
        h.append("<p class=\"problem\">No usable prediction: ").append(escape(p)).append("</p>\n"));
    countsTable(h, a.counts(), "counts");
    List<int[]> marks = new ArrayList<>(); // start, end, class rank, finding number
    List<Finding> findings = a.findings();
    for (int k = 0; k < findings.size(); k++) {
      Finding f = findings.get(k);
      String cls = cssClass(f);
      // the predicted item's spans; a miss's gold quote where the text holds it
      Optional<Item> shown = f.predicted().isPresent() ? f.predicted() : f.gold();
      for (Span s : shown.map(Item::spans).orElse(List.of())) {
        marks.add(new int[] {s.start(), s.end(), RANK.indexOf(cls), k});
      }
    }
    a.text().ifPresentOrElse(t -> {
      h.append("<div class=\"text\">");
      highlighted(h, t, marks, a.id(), findings);
      h.append("</div>\n");
    }, () -> h.append("<p class=\"no-text\">(the article's text was not available)</p>\n"));
    h.append("<table class=\"items\">\n<tr><th>#</th><th>category</th><th>outcome</th><th>gold</th>")
        .append("<th>predicted</th></tr>\n");
    for (int k = 0; k < findings.size(); k++) {
      Finding f = findings.get(k);
      String cls = cssClass(f);
      h.append("<tr id=\"f-").append(escape(a.id())).append('-').append(k).append("\" class=\"")
          .append(cls).append("\"><td class=\"n\">").append(k).append("</td><td>")
          .append(f.category().key()).append("</td><td class=\"").append(cls).append("\">")
          .append(outcomeText(f)).append("</td><td>");
      f.gold().ifPresent(i -> attributes(h, i, f.attributes()));
      h.append("</td><td>");
      f.predicted().ifPresent(i -> attributes(h, i, f.attributes()));
      h.append("</td></tr>\n");
    }
    h.append("</table>\n</section>\n");
  }

  /** Highlight classes, strongest first: where marks overlap, the stronger colours the text. */
  private static final List<String> RANK = List.of("miss", "false-alarm", "wrong", "hit", "neutral");

  private static String cssClass(Finding f) {
    switch (f.outcome()) {
      case HIT:
        return f.hasWrongAttribute() ? "wrong" : "hit";
      case MISS:
        return "miss";
      case FALSE_ALARM:
        return "false-alarm";
      default:
        return "neutral";
    }
  }

  private static String outcomeText(Finding f) {
    switch (f.outcome()) {
      case HIT:
        return f.hasWrongAttribute() ? "hit, attribute wrong" : "hit";
      case MISS:
        return "miss";
      case FALSE_ALARM:
        return "false alarm";
      default:
        return "optional";
    }
  }

  private static void attributes(StringBuilder h, Item item, Map<String, Boolean> judged) {
    h.append("<dl>");
    for (Map.Entry<String, String> e : item.attributes().entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      Boolean ok = judged.get(e.getKey());
      h.append("<dt>").append(escape(e.getKey())).append("</dt><dd")
          .append(ok == null ? "" : ok ? " class=\"agrees\"" : " class=\"disagrees\"").append('>')
          .append(escape(e.getValue())).append(ok != null && !ok ? " \u2717" : "").append("</dd>");
    }
    h.append("</dl>");
  }

  /** The text with each stretch covered by marks wrapped in the strongest mark's colour. */
  private static void highlighted(
      StringBuilder h, String text, List<int[]> marks, String id, List<Finding> findings) {
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(text.length());
    for (int[] m : marks) {
      if (m[1] <= text.length() && m[0] < m[1]) {
        cuts.add(m[0]);
        cuts.add(m[1]);
      }
    }
    Integer from = cuts.first();
    for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
      int[] best = null;
      List<String> titles = new ArrayList<>();
      for (int[] m : marks) {
        if (m[0] <= from && to <= m[1] && m[1] <= text.length()) {
          if (best == null || m[2] < best[2]) {
            best = m;
          }
          Finding f = findings.get(m[3]);
          titles.add("#" + m[3] + " " + outcomeText(f) + ": "
              + f.predicted().or(f::gold).map(Item::label).orElse(""));
        }
      }
      String part = escape(text.substring(from, to));
      if (best == null) {
        h.append(part);
      } else {
        h.append("<mark class=\"").append(RANK.get(best[2])).append("\" title=\"")
            .append(escape(String.join("\n", titles))).append("\"><a href=\"#f-").append(escape(id))
            .append('-').append(best[3]).append("\" style=\"color:inherit;text-decoration:none\">")
            .append(part).append("</a></mark>");
      }
    }
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '&':
          b.append("&amp;");
          break;
        case '"':
          b.append("&quot;");
          break;
        case '\'':
          b.append("&#39;");
          break;
        default:
          b.append(c);
      }
    }
    return b.toString();
  }
}
