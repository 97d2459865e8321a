package io.github.newsevents.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.newsevents.NewsEvents;
import io.github.newsevents.jackson.NewsEventsModule;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.validate.ValidationResult;
import io.github.newsevents.validate.Validators;
import io.github.newsevents.validate.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The command line: extracts news articles to JSON, or validates extractions. {@code
 * java -jar newsevents.jar} with no arguments extracts the bundled seed article. Run with {@code
 * --help} for usage. Exit status: 0 success, 1 validation found violations, 2 a bad argument or
 * input file (each reported on standard error with the file's name; the good files are still
 * processed).
 */
public final class NewsEventsCli {
  static final String USAGE = String.join("\n",
      "usage: newsevents [options] [FILE...]          extract articles to JSON",
      "       newsevents validate [options] FILE.json...  check extractions",
      "",
      "With no FILE, extracts the bundled seed article. FILE '-' reads standard input.",
      "Articles are UTF-8 text: plain, with a 'date YYYY-MM-DD' first line, or with a header block.",
      "",
      "options:",
      "  --out DIR      write DIR/NAME.json for each NAME.txt instead of standard output",
      "  --pretty       indent the JSON",
      "  --threads N    extract N files at a time (default: the number of cores)",
      "  --verbose      log extraction decisions (DEBUG) on standard error",
      "  --help         print this help",
      "",
      "exit status: 0 ok, 1 violations found by validate, 2 bad arguments or unreadable input");

  private static final String SEED = "/io/github/newsevents/testkit/fixtures/seed.txt";

  private final PrintStream out;
  private final PrintStream err;
  private final InputStream in;

  NewsEventsCli(PrintStream out, PrintStream err, InputStream in) {
    this.out = out;
    this.err = err;
    this.in = in;
  }

  public static void main(String[] args) {
    int status = new NewsEventsCli(System.out, System.err, System.in).run(args);
    System.out.flush();
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the command line and returns its exit status; never calls {@code System.exit}. */
  int run(String[] args) {
    boolean validate = args.length > 0 && args[0].equals("validate");
    boolean pretty = false;
    boolean verbose = false;
    Path outDir = null;
    int threads = Runtime.getRuntime().availableProcessors();
    List<String> files = new ArrayList<>();
    for (int i = validate ? 1 : 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--help":
        case "-h":
          out.println(USAGE);
          return 0;
        case "--pretty":
          pretty = true;
          break;
        case "--verbose":
          verbose = true;
          break;
        case "--out":
        case "--threads":
          if (i + 1 >= args.length) {
            err.println("newsevents: " + a + " needs a value (see --help)");
            return 2;
          }
          String value = args[++i];
          if (a.equals("--out")) {
            outDir = Path.of(value);
          } else {
            try {
              threads = Integer.parseInt(value);
            } catch (NumberFormatException e) {
              threads = -1;
            }
            if (threads < 1) {
              err.println("newsevents: --threads needs a positive whole number, got '" + value + "'");
              return 2;
            }
          }
          break;
        default:
          if (a.startsWith("-") && !a.equals("-")) {
            err.println("newsevents: unknown option '" + a + "' (see --help)");
            return 2;
          }
          files.add(a);
      }
    }
    if (verbose) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
    }
    ObjectMapper mapper = new ObjectMapper().registerModule(new NewsEventsModule());
    ObjectWriter writer = pretty ? mapper.writer().with(SerializationFeature.INDENT_OUTPUT) : mapper.writer();
    if (validate) {
      if (files.isEmpty()) {
        err.println("newsevents: validate needs at least one FILE.json (see --help)");
        return 2;
      }
      return validate(mapper, files);
    }
    if (outDir != null) {
      try {
        Files.createDirectories(outDir);
      } catch (IOException e) {
        err.println("newsevents: " + outDir + ": cannot create the output directory (" + e.getMessage() + ")");
        return 2;
      }
    }
    if (files.isEmpty()) {
      try (InputStream seed = NewsEventsCli.class.getResourceAsStream(SEED)) {
        String text = new String(seed.readAllBytes(), StandardCharsets.UTF_8);
        out.println(writer.writeValueAsString(NewsEvents.extract(text)));
        return 0;
      } catch (IOException e) {
        err.println("newsevents: cannot read the bundled seed article: " + e.getMessage());
        return 2;
      }
    }
    return extract(files, writer, outDir, threads);
  }

  private int extract(List<String> files, ObjectWriter writer, Path outDir, int threads) {
    boolean progress = files.size() > 100 && System.console() != null;
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, files.size())));
    try {
      List<Future<String>> results = new ArrayList<>(files.size());
      for (String f : files) {
        results.add(pool.submit(() -> extractOne(f, writer, outDir)));
      }
      int status = 0;
      for (int i = 0; i < results.size(); i++) {
        String error;
        try {
          error = results.get(i).get();
        } catch (java.util.concurrent.ExecutionException e) {
          error = files.get(i) + ": " + e.getCause();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          err.println("newsevents: interrupted");
          return 2;
        }
        if (error != null && error.startsWith("{") || error != null && error.startsWith("[")) {
          out.println(error);
        } else if (error != null) {
          err.println("newsevents: " + error);
          status = 2;
        }
        if (progress) {
          err.print("\r" + (i + 1) + "/" + files.size() + " files");
          if (i + 1 == files.size()) {
            err.println();
          }
        }
      }
      return status;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Extracts one file; returns its JSON (standard output mode), null when written, or an error line. */
  private String extractOne(String file, ObjectWriter writer, Path outDir) {
    String text;
    try {
      text = file.equals("-") ? decode("standard input", in.readAllBytes()) : read(Path.of(file));
    } catch (InputException e) {
      return e.getMessage();
    } catch (IOException e) {
      return file + ": cannot read (" + e.getMessage() + ")";
    }
    Extraction x = NewsEvents.extract(text);
    try {
      String json = writer.writeValueAsString(x);
      if (outDir == null) {
        return json;
      }
      String name = file.equals("-") ? "stdin" : Path.of(file).getFileName().toString();
      if (name.endsWith(".txt")) {
        name = name.substring(0, name.length() - 4);
      }
      Path target = outDir.resolve(name + ".json");
      Path tmp = Files.createTempFile(outDir, "." + name, ".tmp");
      try {
        Files.writeString(tmp, json + "\n", StandardCharsets.UTF_8);
        try {
          Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
      return null;
    } catch (JsonProcessingException e) {
      return file + ": cannot write JSON (" + e.getOriginalMessage() + ")";
    } catch (IOException e) {
      return file + ": cannot write the output (" + e.getMessage() + ")";
    }
  }

  private int validate(ObjectMapper mapper, List<String> files) {
    int status = 0;
    for (String file : files) {
      String text;
      try {
        text = file.equals("-") ? decode("standard input", in.readAllBytes()) : read(Path.of(file));
      } catch (InputException e) {
        err.println("newsevents: " + e.getMessage());
        status = 2;
        continue;
      } catch (IOException e) {
        err.println("newsevents: " + file + ": cannot read (" + e.getMessage() + ")");
        status = 2;
        continue;
      }
      Extraction x;
      try {
        x = mapper.readValue(text, Extraction.class);
      } catch (JsonProcessingException e) {
        err.println("newsevents: " + file + ": not an extraction: " + e.getOriginalMessage().replace('\n', ' '));
        status = 2;
        continue;
      }
      ValidationResult result = Validators.standard().validate(x);
      for (Violation v : result.violations()) {
        out.println(file + ": " + v.path() + ": " + v.code() + ": " + v.message());
      }
      if (result.hasErrors() && status == 0) {
        status = 1;
      }
    }
    return status;
  }

  /** A file problem reported as one line naming the file. */
  static final class InputException extends IOException {
    InputException(String message) {
      super(message);
    }
  }

  private static String read(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      throw new InputException(path + ": is a directory, not a file");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new InputException(path + ": no such file");
    } catch (AccessDeniedException e) {
      throw new InputException(path + ": permission denied");
    }
    return decode(path.toString(), bytes);
  }

  /** Strict UTF-8: invalid input is an error naming the byte offset. */
  static String decode(String name, byte[] bytes) throws InputException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes);
    CharBuffer output = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = decoder.decode(input, output, true);
    if (r.isError()) {
      throw new InputException(name + ": invalid UTF-8 at byte offset " + input.position());
    }
    decoder.flush(output);
    output.flip();
    return output.toString();
  }
}
