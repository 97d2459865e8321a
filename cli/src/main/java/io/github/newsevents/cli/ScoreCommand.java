package io.github.newsevents.cli;

import static io.github.newsevents.cli.NewsEventsCli.BAD_INPUT;
import static io.github.newsevents.cli.NewsEventsCli.OK;

import io.github.newsevents.testkit.gold.GoldFormatException;
import io.github.newsevents.testkit.score.ArticleScore;
import io.github.newsevents.testkit.score.ExtractionScorer;
import io.github.newsevents.testkit.score.Score;
import io.github.newsevents.testkit.score.ScoreReport;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code newsevents score GOLD_DIR PRED_DIR}: the test kit's {@link ExtractionScorer} on two
 * directories, printed as the corpus tool {@code score-extraction} prints it (its lines, or its
 * JSON), and optionally as the HTML page of {@link ScoreReport#writeHtml}.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    versionProvider = NewsEventsCli.Version.class,
    sortOptions = false,
    header = "Scores extractions against gold annotations.",
    description = {
      "Scores PRED_DIR/ID.json against GOLD_DIR/ID.json for every gold file, in name order, and"
          + " prints the totals per kind of item in the line format of the corpus tool"
          + " score-extraction ('meetings P=0.900 R=0.818 F1=0.857 (gold 11, predicted 10,"
          + " matched 9) status_accuracy=1.0'), then 'missing predictions: ID, ...' when some"
          + " prediction file is missing or unusable (it then counts as a prediction of nothing)."
    },
    optionListHeading = "%nOptions:%n")
final class ScoreCommand implements Callable<Integer> {
  @ParentCommand
  private NewsEventsCli cli;

  @Spec
  private CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "GOLD_DIR",
      description = "The gold annotations, one ID.json per article (the corpus format).")
  private String goldDir;

  @Parameters(
      index = "1",
      paramLabel = "PRED_DIR",
      description = "The predictions, one ID.json per article: what 'extract --out' writes, or"
          + " JSON of the same shape from a parser of your own.")
  private String predDir;

  private boolean json;
  private String html;
  private Set<String> only;
  private String articles;

  @Option(names = "--json", order = 1, description = "Print the totals as JSON (as score-extraction --json).")
  void json(boolean value) {
    json = value;
  }

  @Option(
      names = "--html",
      order = 2,
      paramLabel = "FILE",
      description = {
        "Also write FILE: one self-contained HTML page with the totals, each article's text with"
            + " the hits, misses and false alarms highlighted, and the items side by side."
      })
  void html(String value) {
    if (value.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--html needs a file name, got ''");
    }
    html = value;
  }

  @Option(
      names = "--only",
      order = 3,
      paramLabel = "ID[,ID...]",
      description = "Score only the articles with these ids (of gold files ID.json), as in --only=000,003.")
  void only(String value) {
    Set<String> ids = new LinkedHashSet<>(only == null ? Set.of() : only);
    for (String id : value.split(",", -1)) {
      if (id.isBlank()) {
        throw new ParameterException(spec.commandLine(),
            "--only needs article ids separated by commas, got '" + value + "'");
      }
      ids.add(id.strip());
    }
    only = ids;
  }

  @Option(
      names = "--articles",
      order = 4,
      paramLabel = "DIR",
      description = {
        "Where the article texts ID.txt are, for the HTML page (default: the articles directory"
            + " beside GOLD_DIR, as the corpus is laid out; without texts the page shows no text)."
      })
  void articles(String value) {
    if (value.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--articles needs a directory, got ''");
    }
    articles = value;
  }

  @Override
  public Integer call() {
    Path gold;
    Path pred;
    Path texts = null;
    Path htmlFile = null;
    try {
      gold = directory(goldDir);
      pred = directory(predDir);
      if (articles != null) {
        texts = directory(articles);
      }
      if (html != null) {
        htmlFile = Path.of(html);
      }
    } catch (BadDirectory e) {
      return cli.report(e.getMessage(), null);
    } catch (InvalidPathException e) {
      return cli.report("--html: '" + html + "' is not a valid file name (" + e.getReason() + ")", null);
    }
    Set<String> ids;
    try {
      ids = goldIds(gold);
    } catch (IOException e) {
      return cli.report(goldDir + ": cannot read (" + Inputs.describe(e) + ")", null);
    }
    if (ids.isEmpty()) {
      return cli.report(goldDir + ": no gold files (ID.json) in it", null);
    }
    ExtractionScorer scorer = texts == null ? ExtractionScorer.standard()
        : ExtractionScorer.standard().withArticles(texts);
    Predicate<String> which = only == null ? id -> true : only::contains;
    Score score;
    try {
      score = scorer.scoreDirectories(gold, pred, which);
    } catch (GoldFormatException e) {
      return cli.report(e.getMessage(), null);
    } catch (IOException e) {
      // a plain IOException is the scorer's own, naming the file; others are the JDK's
      return cli.report(e.getClass() == IOException.class
          ? e.getMessage() : "cannot read (" + Inputs.describe(e) + ")", null);
    }
    ScoreReport report = score.report();
    cli.out.print(json ? report.toJson() : report.toText());
    int status = OK;
    for (ArticleScore a : score.articles()) {
      // a missing prediction file is a result (listed on standard output, as by the corpus
      // tool); a prediction file that is there but cannot be read as one is a bad input
      if (a.predictionProblem().isPresent() && Files.exists(pred.resolve(a.id() + ".json"))) {
        status = cli.report(predDir + ": " + a.predictionProblem().get(), null);
      }
    }
    if (only != null) {
      for (String id : only) {
        if (!ids.contains(id)) {
          status = cli.report("--only: no gold file " + id + ".json in " + goldDir, null);
        }
      }
    }
    if (htmlFile != null) {
      try {
        report.writeHtml(htmlFile);
      } catch (IOException e) {
        status = cli.report(html + ": cannot write the HTML report (" + Inputs.describe(e) + ")", null);
      }
    }
    return status;
  }

  /** The ids of the gold files, as {@link ExtractionScorer#scoreDirectories} reads them. */
  private static Set<String> goldIds(Path gold) throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(gold, "*.json")) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        ids.add(name.substring(0, name.length() - ".json".length()));
      }
    }
    return ids;
  }

  /** {@code name} as a readable directory, or a one-line reason why not. */
  private static Path directory(String name) throws BadDirectory {
    Path dir;
    try {
      dir = Path.of(name);
    } catch (InvalidPathException e) {
      throw new BadDirectory(name + ": not a valid directory name (" + e.getReason() + ")");
    }
    if (!Files.exists(dir)) {
      throw new BadDirectory(name + ": no such directory");
    }
    if (!Files.isDirectory(dir)) {
      throw new BadDirectory(name + ": is a file, not a directory");
    }
    if (!Files.isReadable(dir) || !Files.isExecutable(dir)) {
      throw new BadDirectory(name + ": permission denied");
    }
    return dir;
  }

  private static final class BadDirectory extends Exception {
    private static final long serialVersionUID = 1L;

    BadDirectory(String message) {
      super(message);
    }
  }
}
