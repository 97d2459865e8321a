package io.github.newsevents.spark;

import io.github.newsevents.parse.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The command line of {@link NewsEventsJob#main}: {@code [options] INPUT OUTPUT}. */
record Arguments(String input, String output, JobOptions options) {
  static final String USAGE = String.join(System.lineSeparator(),
      "Usage: NewsEventsJob [options] INPUT OUTPUT",
      "  INPUT   a directory (read with its subdirectories) or glob of .txt articles, one per file,",
      "          named by their ids; with --format jsonl, JSON lines with an id and a text field",
      "  OUTPUT  a directory; the job writes extractions/ (JSON lines) and the Parquet tables",
      "          statements/, meetings/, ceasefires/, actors/ and errors/ in it",
      "Options:",
      "  --format txt|jsonl      the input's form (default txt)",
      "  --id-field NAME         the JSON field of an article's id (default id)",
      "  --text-field NAME       the JSON field of an article's text (default text)",
      "  --max-characters N      the longest text extracted; longer ones go to errors (default "
          + Limits.DEFAULT_MAX_CHARACTERS + ")",
      "  --max-paragraphs N      paragraphs kept of an article (default " + Limits.DEFAULT_MAX_PARAGRAPHS + ")",
      "  --max-statements N      statements kept of an article (default " + Limits.DEFAULT_MAX_STATEMENTS + ")",
      "  --max-actors N          actors kept of an article (default " + Limits.DEFAULT_MAX_ACTORS + ")",
      "  --partitions N          spread the articles over N partitions before extracting",
      "                          (default: extract them in the partitions they are read in)",
      "  --overwrite             replace the outputs if they exist (otherwise the job refuses)",
      "  --help                  print this and exit");

  /** The options that take a value. */
  private static final Set<String> VALUED = Set.of("--format", "--id-field", "--text-field",
      "--max-characters", "--max-paragraphs", "--max-statements", "--max-actors", "--partitions");

  /**
   * The arguments, or null for {@code --help}.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  static Arguments parse(String... args) {
    JobOptions options = JobOptions.defaults();
    Limits limits = Limits.defaults();
    List<String> operands = new ArrayList<>();
    boolean optionsEnd = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (optionsEnd || !arg.startsWith("--")) {
        operands.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        optionsEnd = true;
        continue;
      }
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      switch (name) {
        case "--help":
          return null;
        case "--overwrite":
          if (value != null) {
            throw new IllegalArgumentException("--overwrite takes no value, got '" + value + "'");
          }
          options = options.withOverwrite(true);
          continue;
        default:
          break;
      }
      if (!VALUED.contains(name)) {
        throw new IllegalArgumentException("unknown option " + name);
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(name + " needs a value");
        }
        value = args[++i];
      }
      switch (name) {
        case "--format":
          if (value.equals("txt")) {
            options = options.withFormat(JobOptions.Format.TEXT);
          } else if (value.equals("jsonl")) {
            options = options.withFormat(JobOptions.Format.JSON_LINES);
          } else {
            throw new IllegalArgumentException("--format needs txt or jsonl, got '" + value + "'");
          }
          break;
        case "--id-field":
          options = options.withIdField(value);
          break;
        case "--text-field":
          options = options.withTextField(value);
          break;
        case "--max-characters":
          limits = limits.withMaxCharacters(count(name, value, 0));
          break;
        case "--max-paragraphs":
          limits = limits.withMaxParagraphs(count(name, value, 0));
          break;
        case "--max-statements":
          limits = limits.withMaxStatements(count(name, value, 0));
          break;
        case "--max-actors":
          limits = limits.withMaxActors(count(name, value, 0));
          break;
        case "--partitions":
          options = options.withPartitions(count(name, value, 1));
          break;
        default:
          throw new IllegalArgumentException("unknown option " + name);
      }
    }
    if (operands.size() != 2) {
      throw new IllegalArgumentException(
          "expected INPUT and OUTPUT, got " + operands.size() + " operand(s) " + operands);
    }
    return new Arguments(operands.get(0), operands.get(1), options.withLimits(limits));
  }

  private static int count(String name, String value, int min) {
    int n;
    try {
      n = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      n = min - 1;
    }
    if (n < min) {
      throw new IllegalArgumentException(
          name + " needs a whole number of at least " + min + ", got '" + value + "'");
    }
    return n;
  }
}
