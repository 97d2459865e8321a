package io.github.newsevents.cli;

import static io.github.newsevents.cli.NewsEventsCli.BAD_INPUT;
import static io.github.newsevents.cli.NewsEventsCli.OK;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.filter.FilteringGeneratorDelegate;
import com.fasterxml.jackson.core.filter.TokenFilter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.newsevents.interop.EventRow;
import io.github.newsevents.interop.EventRows;
import io.github.newsevents.jackson.NewsEventsModule;
import io.github.newsevents.jackson.Ninjs;
import io.github.newsevents.jackson.SchemaOrg;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.parse.ParseOptions;
import io.github.newsevents.cli.Inputs.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code newsevents extract}: articles in, one document per article out, in the order given: the
 * newsevents JSON, GDELT-shaped rows, IPTC ninjs or schema.org JSON-LD ({@code --format}).
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    versionProvider = NewsEventsCli.Version.class,
    sortOptions = false,
    header = "Extracts news articles to JSON (the default command).",
    description = {
      "Prints one document per FILE, one per line, in the order given (with --format gdelt, one"
          + " tab-separated line per event). Articles are UTF-8"
          + " text: plain, with a 'date YYYY-MM-DD' first line, or with a header block."
          + " '--' ends the options."
    },
    optionListHeading = "%nOptions:%n")
final class ExtractCommand implements Callable<Integer> {
  private static final String SEED = "/io/github/newsevents/testkit/fixtures/seed.txt";

  @ParentCommand
  private NewsEventsCli cli;

  @Spec
  private CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "An article; '-' reads standard input. With none, the bundled seed article.")
  private List<String> files = new ArrayList<>();

  private Path outDir;
  private boolean pretty;
  private int threads = Runtime.getRuntime().availableProcessors();
  private ArticleText article = ArticleText.FULL;
  private boolean articleGiven;
  private OutputFormat format = OutputFormat.JSON;
  private boolean verbose;

  @Option(
      names = "--out",
      order = 1,
      paramLabel = "DIR",
      description = {
        "Write DIR/NAME.json (.tsv for gdelt, .jsonld for jsonld) for each NAME.txt instead of"
            + " standard output (DIR is created; each file is written whole or not at all)."
      })
  void out(String value) {
    if (value.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--out needs a directory, got ''");
    }
    try {
      outDir = Path.of(value);
    } catch (InvalidPathException e) {
      throw new ParameterException(
          spec.commandLine(), "--out: '" + value + "' is not a valid directory name");
    }
  }

  @Option(names = "--pretty", order = 2, description = "Indent the JSON.")
  void pretty(boolean value) {
    pretty = value;
  }

  @Option(
      names = "--article",
      order = 3,
      paramLabel = "WHAT",
      completionCandidates = ArticleTexts.class,
      description = {
        "How much of the article to write: full (the default: its text and paragraphs too),"
            + " spans (no copy of its text: the paragraphs' spans and sentences only),"
            + " none (its metadata only). validate reads full."
      })
  void article(String value) {
    ArticleText mode = ArticleText.of(value);
    if (mode == null) {
      throw new ParameterException(
          spec.commandLine(), "--article needs one of none, spans, full, got '" + value + "'");
    }
    article = mode;
    articleGiven = true;
  }

  @Option(
      names = "--format",
      order = 4,
      paramLabel = "FORMAT",
      completionCandidates = Formats.class,
      description = {
        "What to write: json (the default: the newsevents JSON), gdelt (one row per event in the"
            + " columns of GDELT 2.0's event table, tab-separated, no header; GLOBALEVENTID numbers"
            + " the rows of the run, or of each file with --out), ninjs (IPTC ninjs 3.1 with people, organisations and places),"
            + " jsonld (a schema.org NewsArticle as JSON-LD). --article is for json only."
      })
  void format(String value) {
    OutputFormat f = OutputFormat.of(value);
    if (f == null) {
      throw new ParameterException(
          spec.commandLine(), "--format needs one of json, gdelt, ninjs, jsonld, got '" + value + "'");
    }
    format = f;
  }

  @Option(
      names = "--threads",
      order = 5,
      paramLabel = "N",
      description = {
        "Extract N files at a time (default: the number of cores); the output does not depend on N."
      })
  void threads(String value) {
    int n;
    try {
      n = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      n = 0;
    }
    if (n < 1) {
      throw new ParameterException(
          spec.commandLine(), "--threads needs a whole number of at least 1, got '" + value + "'");
    }
    threads = n;
  }

  @Option(names = "--verbose",
      order = 6, description = "Log extraction decisions (DEBUG) on standard error.")
  void verbose(boolean value) {
    verbose = value;
  }

  /** The values of {@code --format}, for shell completion. */
  static final class Formats extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Formats() {
      for (OutputFormat f : OutputFormat.values()) {
        add(f.toString());
      }
    }
  }

  /** The values of {@code --article}, for shell completion. */
  static final class ArticleTexts extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    ArticleTexts() {
      for (ArticleText mode : ArticleText.values()) {
        add(mode.toString());
      }
    }
  }

  @Override
  public Integer call() {
    if (files.stream().filter(Inputs.STDIN::equals).count() > 1) {
      throw new ParameterException(spec.commandLine(), "standard input ('-') can be read only once");
    }
    if (articleGiven && format != OutputFormat.JSON) {
      throw new ParameterException(spec.commandLine(), "--article is for --format json only");
    }
    if (pretty && format == OutputFormat.GDELT) {
      throw new ParameterException(spec.commandLine(), "--pretty is for JSON formats, not --format gdelt");
    }
    if (verbose) {
      NewsEventsCli.logDecisions();
    }
    ObjectMapper mapper = new ObjectMapper().registerModule(new NewsEventsModule());
    ObjectWriter writer =
        pretty ? mapper.writer().with(SerializationFeature.INDENT_OUTPUT) : mapper.writer();
    if (outDir != null) {
      try {
        Files.createDirectories(outDir);
      } catch (IOException e) {
        cli.err.println("newsevents: " + outDir + ": cannot create the output directory ("
            + Inputs.describe(e) + ")");
        return BAD_INPUT;
      }
    }
    List<Job> jobs = new ArrayList<>();
    int status = OK;
    if (files.isEmpty()) {
      jobs.add(new Job(Source.SEED, "the bundled seed article", null, target("seed.txt")));
    }
    Map<String, String> targets = new HashMap<>();
    for (String file : files) {
      Path path = null;
      if (!file.equals(Inputs.STDIN)) {
        try {
          path = Path.of(file);
        } catch (InvalidPathException e) {
          cli.err.println("newsevents: " + file + ": not a valid file name (" + e.getReason() + ")");
          status = BAD_INPUT;
          continue;
        }
      }
      String name = Inputs.name(file);
      Path target = null;
      if (outDir != null) {
        target = target(path == null ? "stdin" : baseName(path));
        // compared without case: on macOS and Windows A.json and a.json are one file
        String earlier = targets.putIfAbsent(target.toString().toLowerCase(Locale.ROOT), name);
        if (earlier != null) {
          cli.err.println("newsevents: " + name + ": skipped: its output " + target
              + " would overwrite that of " + earlier);
          status = BAD_INPUT;
          continue;
        }
      }
      jobs.add(new Job(path == null ? Source.STDIN : Source.FILE, name, path, target));
    }
    return Math.max(status, runJobs(jobs, new Writer(writer, article.filter(), format)));
  }

  /** Runs the jobs on a pool and reports their outcomes in the order given. */
  private int runJobs(List<Job> jobs, Writer writer) {
    Progress progress =
        new Progress(cli.err, jobs.size(), cli.errIsTerminal && jobs.size() > Progress.THRESHOLD);
    int poolSize = Math.max(1, Math.min(threads, jobs.size()));
    // a bounded window of submitted jobs, so that one slow file early on cannot make the results
    // of all the later ones pile up in memory
    int window = poolSize * 4;
    ExecutorService pool = Executors.newFixedThreadPool(poolSize, r -> {
      Thread t = new Thread(r, "newsevents-extract");
      t.setDaemon(true);
      return t;
    });
    int status = OK;
    long nextRow = 1; // GDELT's GLOBALEVENTID numbers the rows of the whole run
    try {
      Deque<Future<Outcome>> pending = new ArrayDeque<>();
      int next = 0;
      for (int done = 0; done < jobs.size(); done++) {
        while (next < jobs.size() && pending.size() < window) {
          Job job = jobs.get(next++);
          pending.add(pool.submit(() -> extractOne(job, writer)));
        }
        Outcome outcome = await(pending.removeFirst());
        if (outcome.json != null || outcome.error != null) {
          progress.clear();
        }
        if (outcome.json != null && writer.format == OutputFormat.GDELT) {
          for (String row : outcome.json.split("\n", -1)) {
            if (!row.isEmpty()) {
              cli.out.println((nextRow++) + row.substring(row.indexOf('\t')));
            }
          }
        } else if (outcome.json != null) {
          cli.out.println(outcome.json);
          if (cli.out.checkError()) {
            return BAD_INPUT; // standard output is gone (a closed pipe): the rest would be lost too
          }
        }
        if (outcome.error != null) {
          status = Math.max(status, cli.report(outcome.error, outcome.bug));
        }
        progress.show(done + 1);
      }
      progress.finish();
      return status;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cli.err.println("newsevents: interrupted");
      return BAD_INPUT;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Outcome await(Future<Outcome> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      // extractOne turns every Exception into an Outcome: what reaches here is an Error
      Throwable cause = e.getCause();
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException("extractOne let an exception through", cause);
    }
  }

  /** Reads, extracts and writes one file: its JSON, or null when written to a file; or an error. */
  private Outcome extractOne(Job job, Writer writer) {
    String text;
    try {
      text = read(job);
    } catch (InputException e) {
      return Outcome.error(e.getMessage());
    } catch (IOException e) {
      return Outcome.error(job.name + ": cannot read (" + Inputs.describe(e) + ")");
    }
    String json;
    try {
      json = writer.write(cli.extractor.apply(text));
    } catch (IOException | RuntimeException e) {
      // the parser and the extractor are total on any String of at most the size limit, and the
      // JSON module writes every extraction: an exception is a bug, reported with its stack
      // trace; the other files are still processed
      return Outcome.bug(job.name + ": extraction failed, a bug in newsevents: " + e, e);
    }
    if (job.target == null) {
      return Outcome.json(json);
    }
    try {
      writeAtomically(job.target, json.isEmpty() ? "" : json + "\n");
      return Outcome.written();
    } catch (IOException e) {
      return Outcome.error(job.name + ": cannot write " + job.target + " (" + Inputs.describe(e) + ")");
    }
  }

  private String read(Job job) throws IOException {
    String text;
    switch (job.source) {
      case STDIN:
        text = Inputs.decode(job.name, Inputs.readLimited(job.name, cli.in, Inputs.Kind.ARTICLE));
        break;
      case SEED:
        text = readSeed();
        break;
      default:
        text = Inputs.readArticle(job.path);
    }
    if (text.length() > ParseOptions.DEFAULT_MAX_LENGTH) {
      throw new InputException(job.name + ": too large: " + text.length() + " chars, over the "
          + Inputs.LIMIT_MIB + " MiB limit of an article");
    }
    return text;
  }

  private static String readSeed() throws IOException {
    try (InputStream seed = ExtractCommand.class.getResourceAsStream(SEED)) {
      if (seed == null) {
        throw new InputException("the bundled seed article " + SEED + " is missing from the jar");
      }
      return Inputs.decode("the bundled seed article", seed.readAllBytes());
    }
  }

  /** Writes {@code text} to a temporary file in the target's directory, then renames it. */
  private static void writeAtomically(Path target, String text) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    // not Files.createTempFile: it makes the file readable by its owner only, and the rename
    // would carry that over to the output
    Path tmp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        channel.force(true); // on disk before the rename makes it visible
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("the file system cannot rename atomically, so " + target
            + " cannot be written whole or not at all", e);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private Path target(String fileName) {
    if (outDir == null) {
      return null;
    }
    String name = fileName.endsWith(".txt") ? fileName.substring(0, fileName.length() - 4) : fileName;
    return outDir.resolve(name + format.extension);
  }

  private static String baseName(Path path) {
    Path name = path.getFileName();
    return name == null ? path.toString() : name.toString();
  }

  /**
   * Writes an extraction in the format asked for: JSON (all of it, or through the {@code --article}
   * filter), GDELT rows (one line each, numbered from 1 in the file; standard output renumbers
   * them for the run), ninjs or JSON-LD.
   */
  private static final class Writer {
    private final ObjectWriter writer;
    private final TokenFilter filter;
    final OutputFormat format;

    Writer(ObjectWriter writer, TokenFilter filter, OutputFormat format) {
      this.writer = writer;
      this.filter = filter;
      this.format = format;
    }

    String write(Extraction extraction) throws IOException {
      switch (format) {
        case GDELT:
          StringBuilder rows = new StringBuilder();
          for (EventRow row : EventRows.of(extraction)) {
            if (rows.length() > 0) {
              rows.append('\n');
            }
            rows.append(EventRows.toTsv(row));
          }
          return rows.toString();
        case NINJS:
          return writer.writeValueAsString(Ninjs.write(extraction));
        case JSONLD:
          return writer.writeValueAsString(SchemaOrg.write(extraction));
        default:
          break;
      }
      if (filter == null) {
        return writer.writeValueAsString(extraction);
      }
      StringWriter json = new StringWriter();
      try (JsonGenerator generator = new FilteringGeneratorDelegate(
          writer.createGenerator(json), filter, TokenFilter.Inclusion.INCLUDE_ALL_AND_PATH, true)) {
        writer.writeValue(generator, extraction);
      }
      return json.toString();
    }
  }

  private enum Source { FILE, STDIN, SEED }

  /** One text to extract: where from, its name in messages, its path (for a FILE), its --out file. */
  private static final class Job {
    final Source source;
    final String name;
    final Path path;
    final Path target;

    Job(Source source, String name, Path path, Path target) {
      this.source = source;
      this.name = name;
      this.path = path;
      this.target = target;
    }
  }

  /** What became of one file: JSON to print, an error line, or both absent (written to a file). */
  private static final class Outcome {
    final String json;
    final String error;
    final Throwable bug;

    private Outcome(String json, String error, Throwable bug) {
      this.json = json;
      this.error = error;
      this.bug = bug;
    }

    static Outcome json(String json) {
      return new Outcome(json, null, null);
    }

    static Outcome written() {
      return new Outcome(null, null, null);
    }

    static Outcome error(String line) {
      return new Outcome(null, line, null);
    }

    static Outcome bug(String line, Throwable cause) {
      return new Outcome(null, line, cause);
    }
  }
}
