package io.github.newsevents.cli;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.jackson.NewsEventsModule;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.validate.Validators;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line ({@code cli/target/newsevents.jar}): {@code extract} turns news articles into
 * JSON, {@code validate} checks extractions, {@code score} scores them against gold annotations.
 * With no command it extracts: {@code newsevents a.txt} is {@code newsevents extract a.txt}, and
 * {@code newsevents} alone extracts the bundled seed article. {@code --help} prints the usage, of the whole tool or of one command.
 *
 * <p>Exit status: 0 success; 1 {@code validate} found an ERROR violation (warnings alone give 0);
 * 2 a bad argument or a bad input file (each reported on standard error in one line naming the
 * file and the problem; the good files are still processed); 3 an unexpected exception, which is a
 * bug in newsevents (its stack trace follows on standard error).
 *
 * <p>Standard output is always UTF-8, whatever the platform's encoding, since JSON is UTF-8.
 *
 * <p>A command is one class annotated with picocli's {@code @Command}, listed in {@code
 * subcommands} below; it reaches the streams and the configured extractor through its
 * {@code @ParentCommand}, reports a per-file problem with {@link #report} and returns its exit
 * status.
 */
@Command(
    name = "newsevents",
    mixinStandardHelpOptions = true,
    versionProvider = NewsEventsCli.Version.class,
    synopsisSubcommandLabel = "[COMMAND]",
    customSynopsis = {
      "newsevents [COMMAND] [OPTION...] [FILE...]",
      "       newsevents [-hV]"
    },
    description = {
      "Turns news articles into JSON records of statements, meetings and ceasefires,",
      "checks them, and scores them against gold annotations.",
      "With no COMMAND, runs extract: 'newsevents a.txt' is 'newsevents extract a.txt',",
      "and 'newsevents' alone extracts the bundled seed article.",
      "'newsevents COMMAND --help' describes a command."
    },
    optionListHeading = "%nOptions:%n",
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:ok",
      "1:validate found an ERROR (warnings alone give 0)",
      "2:bad arguments or input (one line per problem on standard error; the good files are still"
          + " processed)",
      "3:a bug in newsevents (its stack trace follows on standard error)"
    },
    subcommands = {
      ExtractCommand.class,
      ValidateCommand.class,
      ScoreCommand.class,
      AutoComplete.GenerateCompletion.class,
    })
public final class NewsEventsCli {
  static final int OK = 0;
  static final int INVALID = 1;
  static final int BAD_INPUT = 2;
  static final int BUG = 3;

  /** The command that runs when the first argument names none. */
  static final String DEFAULT_COMMAND = "extract";

  private static final Set<String> OWN_OPTIONS = Set.of("-h", "--help", "-V", "--version");

  final PrintStream out;
  final PrintStream err;
  final InputStream in;
  final boolean errIsTerminal;
  final Function<String, Extraction> extractor;
  final Validators validators;

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

  /**
   * Runs the command line and exits with its status (see the class comment).
   *
   * @param args the command line's arguments
   */
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

  /** The picocli command line of this tool, writing help to {@link #out}. */
  CommandLine commandLine() {
    CommandLine cmd = new CommandLine(this);
    cmd.setExpandAtFiles(false); // '@name' is a file name, not a file of arguments
    cmd.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cmd.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cmd.setParameterExceptionHandler((e, args) -> usageError(e));
    cmd.setExecutionExceptionHandler((e, command, parsed) -> report(
        "a bug in newsevents: " + e, e));
    // the completion script is a command worth finding in the help
    cmd.getSubcommands().get("generate-completion").getCommandSpec().usageMessage()
        .hidden(false)
        .description("Prints a bash/zsh completion script: source <(newsevents generate-completion)");
    return cmd;
  }

  /** Runs the command line and returns its exit status; never calls {@code System.exit}. */
  int run(String[] args) {
    CommandLine cmd = commandLine();
    int status = cmd.execute(withCommand(cmd, args));
    cmd.getOut().flush();
    out.flush();
    if (out.checkError()) {
      err.println("newsevents: cannot write to standard output");
      return Math.max(status, BAD_INPUT);
    }
    return status;
  }

  /** {@code args}, with {@value #DEFAULT_COMMAND} in front when they start with no command. */
  private static String[] withCommand(CommandLine cmd, String[] args) {
    if (args.length > 0 && (cmd.getSubcommands().containsKey(args[0]) || OWN_OPTIONS.contains(args[0]))) {
      return args;
    }
    List<String> all = new ArrayList<>(args.length + 1);
    all.add(DEFAULT_COMMAND);
    all.addAll(List.of(args));
    return all.toArray(String[]::new);
  }

  /** One line on standard error in the words of this tool, not picocli's; status 2. */
  private int usageError(ParameterException e) {
    out.flush();
    err.println("newsevents: " + usageMessage(e) + " (see --help)");
    return BAD_INPUT;
  }

  private static String usageMessage(ParameterException e) {
    CommandLine cmd = e.getCommandLine();
    if (e instanceof UnmatchedArgumentException && !((UnmatchedArgumentException) e).getUnmatched().isEmpty()) {
      String arg = ((UnmatchedArgumentException) e).getUnmatched().get(0);
      int eq = arg.indexOf('=');
      String option = arg.startsWith("--") && eq > 0 ? arg.substring(0, eq) : arg;
      CommandLine root = cmd.getParent() == null ? cmd : cmd.getParent();
      for (CommandLine other : root.getSubcommands().values()) {
        if (other != cmd && other.getCommandSpec().findOption(option) != null) {
          return option + " is not an option of " + cmd.getCommandName();
        }
      }
      return arg.startsWith("-")
          ? "unknown option '" + arg + "'"
          : "unexpected argument '" + arg + "'";
    }
    if (e instanceof MissingParameterException) {
      ArgSpec missing = ((MissingParameterException) e).getMissing().get(0);
      if (missing.isOption()) {
        return ((OptionSpec) missing).longestName() + " needs a value";
      }
      if (missing.arity().max() > 1) {
        return cmd.getCommandName() + " needs at least one " + missing.paramLabel();
      }
      // picocli names the first missing parameter; those after it are missing too
      int first = ((PositionalParamSpec) missing).index().min();
      List<String> labels = new ArrayList<>();
      for (PositionalParamSpec p : cmd.getCommandSpec().positionalParameters()) {
        if (p.index().min() >= first && p.arity().min() > 0) {
          labels.add(p.paramLabel());
        }
      }
      return cmd.getCommandName() + " needs " + String.join(" and ", labels);
    }
    ArgSpec arg = e.getArgSpec();
    if (arg != null && arg.isOption() && arg.arity().max() == 0) {
      return ((OptionSpec) arg).longestName() + " takes no value";
    }
    return e.getMessage();
  }

  /**
   * Prints an error line (and a bug's stack trace) on standard error; returns the exit status,
   * {@link #BUG} with a bug, else {@link #BAD_INPUT}.
   */
  int report(String line, Throwable bug) {
    out.flush(); // keep the line next to the output it follows on a terminal
    err.println("newsevents: " + line);
    if (bug != null) {
      bug.printStackTrace(err);
      return BUG;
    }
    return BAD_INPUT;
  }

  /** Makes slf4j-simple log at DEBUG: before the first logger exists, which nothing has made yet. */
  static void logDecisions() {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
  }

  /** {@code newsevents 0.1.0}: the version of the JSON module, which is that of every artifact. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"newsevents " + new NewsEventsModule().version()};
    }
  }
}
