package io.github.newsevents.examples;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.newsevents.NewsEvents;
import io.github.newsevents.jackson.NewsEventsModule;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.parse.ParseOptions;
import io.github.newsevents.validate.ValidationResult;
import io.github.newsevents.validate.Validators;
import io.github.newsevents.validate.Violation;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The command line ({@code examples/target/newsevents.jar}): extracts news articles to JSON, or
 * validates extractions. With no arguments it extracts the bundled seed article; {@code --help}
 * prints the usage ({@link #USAGE}).
 *
 * <p>Exit status: 0 success; 1 {@code validate} found an ERROR violation (warnings alone give 0);
 * 2 a bad argument or a bad input file (each reported on standard error in one line naming the
 * file and the problem; the good files are still processed); 3 an unexpected exception, which is a
 * bug in newsevents (its stack trace follows on standard error).
 *
 * <p>Standard output is always UTF-8, whatever the platform's encoding, since JSON is UTF-8.
 */
public final class NewsEventsCli {
  static final String USAGE = String.join("\n",
      "usage: newsevents [options] [FILE...]                extract articles to JSON",
      "       newsevents validate [--verbose] FILE.json...  check extractions",
      "",
      "With no FILE, extracts the bundled seed article. FILE '-' reads standard input.",
      "Articles are UTF-8 text: plain, with a 'date YYYY-MM-DD' first line, or with a header block.",
      "Prints one JSON document per FILE, in the order given. '--' ends the options.",
      "",
      "options:",
      "  --out DIR      write DIR/NAME.json for each NAME.txt instead of standard output",
      "                 (DIR is created; each file is written whole or not at all)",
      "  --pretty       indent the JSON",
      "  --threads N    extract N files at a time (default: the number of cores);",
      "                 the output does not depend on N",
      "  --verbose      log extraction decisions (DEBUG) on standard error",
      "  --help         print this help",
      "",
      "validate prints each violation as 'FILE: path: code: message'.",
      "",
      "exit status: 0 ok; 1 validate found an ERROR (warnings alone give 0);",
      "             2 bad arguments or input (one line per problem on standard error,",
      "               the good files are still processed); 3 a bug in newsevents");

  static final int OK = 0;
  static final int INVALID = 1;
  static final int BAD_INPUT = 2;
  static final int BUG = 3;

  /** A progress line is shown only over this many files. */
  static final int PROGRESS_THRESHOLD = 100;

  private static final String SEED = "/io/github/newsevents/testkit/fixtures/seed.txt";
  private static final String STDIN = "-";
  /** A UTF-8 text longer than this many bytes has more chars than the parser accepts. */
  private static final long MAX_ARTICLE_BYTES = 3L * ParseOptions.DEFAULT_MAX_LENGTH;
  private static final int LIMIT_MIB = ParseOptions.DEFAULT_MAX_LENGTH / (1024 * 1024);

  private final PrintStream out;
  private final PrintStream err;
  private final InputStream in;
  private final boolean errIsTerminal;
  private final Function<String, Extraction> extractor;
  private final Validators validators;

  NewsEventsCli(PrintStream out, PrintStream err, InputStream in) {
    this(out, err, in, false, NewsEvents::extract, Validators.standard());
  }

  /**
   * For tests: whether standard error is a terminal, the extraction to run on each text and the
   * validators of {@code validate}.
   */
  NewsEventsCli(
      PrintStream out, PrintStream err, InputStream in, boolean errIsTerminal,
      Function<String, Extraction> extractor, Validators validators) {
    this.out = out;
    this.err = err;
    this.in = in;
    this.errIsTerminal = errIsTerminal;
    this.extractor = extractor;
    this.validators = validators;
  }

  public static void main(String[] args) {
    // JSON is UTF-8: do not let a non-UTF-8 platform encoding turn quotation marks into '?'
    PrintStream utf8Out = new PrintStream(
        new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false,
        StandardCharsets.UTF_8);
    // System.console() is non-null when standard input and output are a terminal; Java has no
    // portable test for standard error itself, so this is the proxy for "the user is watching"
    boolean terminal = System.console() != null;
    int status = new NewsEventsCli(
        utf8Out, System.err, System.in, terminal, NewsEvents::extract, Validators.standard())
        .run(args);
    utf8Out.flush();
    if (status != OK) {
      System.exit(status);
    }
  }

  /** Runs the command line and returns its exit status; never calls {@code System.exit}. */
  int run(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (UsageException e) {
      err.println("newsevents: " + e.getMessage() + " (see --help)");
      return BAD_INPUT;
    }
    if (options.help) {
      out.println(USAGE);
      out.flush();
      return OK;
    }
    if (options.verbose) {
      // slf4j-simple reads its level when the first logger is created; nothing has created one
      // yet (this class has no logger, and no library class has been initialised by now)
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
    }
    ObjectMapper mapper = new ObjectMapper().registerModule(new NewsEventsModule());
    int status = options.validate ? validate(mapper, options.files) : extract(mapper, options);
    out.flush();
    if (out.checkError()) {
      err.println("newsevents: cannot write to standard output");
      return Math.max(status, BAD_INPUT);
    }
    return status;
  }

  // ---------------------------------------------------------------- extract

  private int extract(ObjectMapper mapper, Options options) {
    ObjectWriter writer =
        options.pretty ? mapper.writer().with(SerializationFeature.INDENT_OUTPUT) : mapper.writer();
    if (options.outDir != null) {
      try {
        Files.createDirectories(options.outDir);
      } catch (IOException e) {
        err.println("newsevents: " + options.outDir + ": cannot create the output directory ("
            + describe(e) + ")");
        return BAD_INPUT;
      }
    }
    List<Job> jobs = new ArrayList<>();
    int status = OK;
    if (options.files.isEmpty()) {
      jobs.add(new Job(Source.SEED, "the bundled seed article", null, target(options.outDir, "seed.txt")));
    }
    Map<String, String> targets = new HashMap<>();
    for (String file : options.files) {
      Path path = null;
      if (!file.equals(STDIN)) {
        try {
          path = Path.of(file);
        } catch (InvalidPathException e) {
          err.println("newsevents: " + file + ": not a valid file name (" + e.getReason() + ")");
          status = BAD_INPUT;
          continue;
        }
      }
      String name = file.equals(STDIN) ? "standard input" : file;
      Path target = null;
      if (options.outDir != null) {
        target = target(options.outDir, path == null ? "stdin" : baseName(path));
        // compared without case: on macOS and Windows A.json and a.json are one file
        String earlier = targets.putIfAbsent(target.toString().toLowerCase(Locale.ROOT), name);
        if (earlier != null) {
          err.println("newsevents: " + name + ": skipped: its output " + target
              + " would overwrite that of " + earlier);
          status = BAD_INPUT;
          continue;
        }
      }
      jobs.add(new Job(path == null ? Source.STDIN : Source.FILE, name, path, target));
    }
    return Math.max(status, runJobs(jobs, writer, options.threads));
  }

  /** Runs the jobs on a pool and reports their outcomes in the order given. */
  private int runJobs(List<Job> jobs, ObjectWriter writer, int threads) {
    Progress progress = new Progress(err, jobs.size(), errIsTerminal && jobs.size() > PROGRESS_THRESHOLD);
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
        if (outcome.json != null) {
          out.println(outcome.json);
          if (out.checkError()) {
            return BAD_INPUT; // standard output is gone (a closed pipe): the rest would be lost too
          }
        }
        if (outcome.error != null) {
          status = Math.max(status, report(outcome.error, outcome.bug));
        }
        progress.show(done + 1);
      }
      progress.finish();
      return status;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("newsevents: interrupted");
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
  private Outcome extractOne(Job job, ObjectWriter writer) {
    String text;
    try {
      text = read(job);
    } catch (InputException e) {
      return Outcome.error(e.getMessage());
    } catch (IOException e) {
      return Outcome.error(job.name + ": cannot read (" + describe(e) + ")");
    }
    String json;
    try {
      json = writer.writeValueAsString(extractor.apply(text));
    } catch (JsonProcessingException | RuntimeException e) {
      // the parser and the extractor are total on any String of at most the size limit, and the
      // JSON module writes every extraction: an exception is a bug, reported with its stack
      // trace; the other files are still processed
      return Outcome.bug(job.name + ": extraction failed, a bug in newsevents: " + e, e);
    }
    if (job.target == null) {
      return Outcome.json(json);
    }
    try {
      writeAtomically(job.target, json + "\n");
      return Outcome.written();
    } catch (IOException e) {
      return Outcome.error(job.name + ": cannot write " + job.target + " (" + describe(e) + ")");
    }
  }

  private String read(Job job) throws IOException {
    String text;
    switch (job.source) {
      case STDIN:
        text = decode(job.name, readLimited(job.name, in));
        break;
      case SEED:
        text = readSeed();
        break;
      default:
        text = readArticle(job.path);
    }
    if (text.length() > ParseOptions.DEFAULT_MAX_LENGTH) {
      throw new InputException(job.name + ": too large: " + text.length() + " chars, over the "
          + LIMIT_MIB + " MiB limit of an article");
    }
    return text;
  }

  private String readSeed() throws IOException {
    try (InputStream seed = NewsEventsCli.class.getResourceAsStream(SEED)) {
      if (seed == null) {
        throw new InputException("the bundled seed article " + SEED + " is missing from the jar");
      }
      return decode("the bundled seed article", seed.readAllBytes());
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

  private static Path target(Path outDir, String fileName) {
    if (outDir == null) {
      return null;
    }
    String name = fileName.endsWith(".txt") ? fileName.substring(0, fileName.length() - 4) : fileName;
    return outDir.resolve(name + ".json");
  }

  private static String baseName(Path path) {
    Path name = path.getFileName();
    return name == null ? path.toString() : name.toString();
  }

  // ---------------------------------------------------------------- validate

  private int validate(ObjectMapper mapper, List<String> files) {
    int status = OK;
    for (String file : files) {
      String name = file.equals(STDIN) ? "standard input" : file;
      Extraction extraction;
      try {
        String text = file.equals(STDIN)
            ? decode(name, in.readAllBytes())
            : decode(name, readFile(name, Path.of(file), Long.MAX_VALUE));
        extraction = readExtraction(mapper, name, text);
      } catch (InputException e) {
        status = Math.max(status, report(e.getMessage(), null));
        continue;
      } catch (InvalidPathException e) {
        status = Math.max(status, report(file + ": not a valid file name (" + e.getReason() + ")", null));
        continue;
      } catch (IOException e) {
        status = Math.max(status, report(name + ": cannot read (" + describe(e) + ")", null));
        continue;
      }
      ValidationResult result;
      try {
        result = validators.validate(extraction);
      } catch (RuntimeException e) {
        // rules report, they do not throw: an exception is a bug in a rule
        status = Math.max(status, report(name + ": validation failed, a bug in newsevents: " + e, e));
        continue;
      }
      for (Violation v : result.violations()) {
        out.println(name + ": " + v.path() + ": " + v.code() + ": " + oneLine(v.message()));
      }
      if (result.hasErrors()) {
        status = Math.max(status, INVALID);
      }
    }
    return status;
  }

  /** Prints an error line (and a bug's stack trace) on standard error; returns the exit status. */
  private int report(String line, Throwable bug) {
    out.flush(); // keep the line next to the output it follows on a terminal
    err.println("newsevents: " + line);
    if (bug != null) {
      bug.printStackTrace(err);
      return BUG;
    }
    return BAD_INPUT;
  }

  /** One extraction from {@code text}: "not JSON" and "JSON of the wrong shape" are told apart. */
  private static Extraction readExtraction(ObjectMapper mapper, String name, String text)
      throws InputException {
    if (text.isBlank()) {
      throw new InputException(name + ": empty, expected the JSON of an extraction");
    }
    Extraction extraction;
    JsonLocation second;
    try (JsonParser parser = mapper.createParser(text)) {
      extraction = mapper.readValue(parser, Extraction.class);
      second = parser.nextToken() == null ? null : parser.currentTokenLocation();
    } catch (JsonMappingException e) {
      // a syntax error met inside a deserializer arrives wrapped, with the path
      JsonParseException syntax = syntaxError(e);
      if (syntax != null) {
        throw notJson(name, syntax);
      }
      String at = e.getPath().isEmpty() ? "" : " at " + path(e.getPath());
      throw new InputException(name + ": not an extraction: " + oneLine(e.getOriginalMessage()) + at);
    } catch (JsonParseException e) {
      throw notJson(name, e);
    } catch (IOException e) {
      // the input is a String, so no I/O can fail: this is a Jackson failure of another kind
      throw new InputException(name + ": not an extraction: " + oneLine(e.getMessage()));
    }
    if (second != null) {
      throw new InputException(name + ": more than one JSON value, the second at line "
          + second.getLineNr() + ", column " + second.getColumnNr()
          + " (validate reads one extraction per file)");
    }
    return extraction;
  }

  private static JsonParseException syntaxError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonParseException) {
        return (JsonParseException) t;
      }
    }
    return null;
  }

  private static InputException notJson(String name, JsonParseException e) {
    JsonLocation at = e.getLocation();
    return new InputException(name + ": not JSON: " + oneLine(e.getOriginalMessage())
        + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()));
  }

  /** A JSON path written as the validators write theirs: {@code statements[2].span}. */
  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : references) {
      if (r.getFieldName() != null) {
        b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.length() == 0 ? "the top level" : b.toString();
  }

  // ---------------------------------------------------------------- reading

  /** An input problem, reported as one line naming the file. */
  static final class InputException extends IOException {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
      super(message);
    }
  }

  private static String readArticle(Path path) throws IOException {
    return decode(path.toString(), readFile(path.toString(), path, MAX_ARTICLE_BYTES));
  }

  private static byte[] readFile(String name, Path path, long limit) throws IOException {
    if (Files.isDirectory(path)) {
      throw new InputException(name + ": is a directory, not a file");
    }
    try {
      if (Files.size(path) > limit) {
        throw new InputException(name + ": too large: " + Files.size(path) + " bytes, over the "
            + LIMIT_MIB + " MiB limit of an article");
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new InputException(name + ": no such file");
    } catch (AccessDeniedException e) {
      throw new InputException(name + ": permission denied");
    }
  }

  private static byte[] readLimited(String name, InputStream stream) throws IOException {
    byte[] bytes = stream.readNBytes((int) MAX_ARTICLE_BYTES + 1);
    if (bytes.length > MAX_ARTICLE_BYTES) {
      throw new InputException(name + ": too large: over the "
          + LIMIT_MIB + " MiB limit of an article");
    }
    return bytes;
  }

  /** Strict UTF-8: invalid input is an error naming the byte offset (counted from 0). */
  static String decode(String name, byte[] bytes) throws InputException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes);
    CharBuffer output = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(input, output, true);
    if (!result.isError()) {
      result = decoder.flush(output);
    }
    if (result.isError()) {
      int offset = input.position();
      throw new InputException(name + ": invalid UTF-8 at byte offset " + offset
          + String.format(" (byte 0x%02X)", bytes[offset] & 0xFF));
    }
    output.flip();
    return output.toString();
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + oneLine(message));
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*+[\\r\\n]++\\s*+", " ");
  }

  // ---------------------------------------------------------------- plumbing

  /** The parsed command line. */
  private static final class Options {
    private static final Set<String> FLAGS = Set.of("--", "--help", "--pretty", "--verbose");

    boolean validate;
    boolean help;
    boolean pretty;
    boolean verbose;
    Path outDir;
    int threads = Runtime.getRuntime().availableProcessors();
    final List<String> files = new ArrayList<>();

    static Options parse(String[] args) throws UsageException {
      Options o = new Options();
      o.validate = args.length > 0 && args[0].equals("validate");
      boolean optionsEnded = false;
      for (int i = o.validate ? 1 : 0; i < args.length; i++) {
        String arg = args[i];
        if (optionsEnded || arg.equals(STDIN) || !arg.startsWith("-")) {
          if (arg.equals(STDIN) && o.files.contains(STDIN)) {
            throw new UsageException("standard input ('-') can be read only once");
          }
          o.files.add(arg);
          continue;
        }
        String option = arg;
        String value = null;
        int eq = arg.indexOf('=');
        if (arg.startsWith("--") && eq > 0) {
          option = arg.substring(0, eq);
          value = arg.substring(eq + 1);
        }
        if (value != null && FLAGS.contains(option)) {
          throw new UsageException(option + " takes no value");
        }
        switch (option) {
          case "--":
            optionsEnded = true;
            break;
          case "--help":
          case "-h":
            o.help = true;
            return o;
          case "--pretty":
            o.notForValidate(option);
            o.pretty = true;
            break;
          case "--verbose":
            o.verbose = true;
            break;
          case "--out":
          case "--threads":
            o.notForValidate(option);
            if (value == null) {
              if (i + 1 >= args.length) {
                throw new UsageException(option + " needs a value");
              }
              value = args[++i];
            }
            if (option.equals("--out")) {
              o.outDir = outDir(value);
            } else {
              o.threads = threads(value);
            }
            break;
          default:
            throw new UsageException("unknown option '" + arg + "'");
        }
      }
      if (o.validate && o.files.isEmpty()) {
        throw new UsageException("validate needs at least one FILE.json");
      }
      return o;
    }

    private void notForValidate(String option) throws UsageException {
      if (validate) {
        throw new UsageException(option + " is not an option of validate");
      }
    }

    private static Path outDir(String value) throws UsageException {
      if (value.isEmpty()) {
        throw new UsageException("--out needs a directory, got ''");
      }
      try {
        return Path.of(value);
      } catch (InvalidPathException e) {
        throw new UsageException("--out: '" + value + "' is not a valid directory name");
      }
    }

    private static int threads(String value) throws UsageException {
      int n;
      try {
        n = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        n = 0;
      }
      if (n < 1) {
        throw new UsageException("--threads needs a whole number of at least 1, got '" + value + "'");
      }
      return n;
    }
  }

  private static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
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

  /** "newsevents: 57/150 files" on standard error, rewritten in place; cleared before other output. */
  private static final class Progress {
    private final PrintStream err;
    private final int total;
    private final boolean enabled;
    private int width;

    Progress(PrintStream err, int total, boolean enabled) {
      this.err = err;
      this.total = total;
      this.enabled = enabled;
    }

    void show(int done) {
      if (enabled) {
        String line = "newsevents: " + done + "/" + total + " files";
        width = line.length();
        err.print("\r" + line);
        err.flush();
      }
    }

    void clear() {
      if (enabled && width > 0) {
        err.print("\r" + " ".repeat(width) + "\r");
        err.flush();
        width = 0;
      }
    }

    void finish() {
      if (enabled && width > 0) {
        err.println();
        width = 0;
      }
    }
  }
}
