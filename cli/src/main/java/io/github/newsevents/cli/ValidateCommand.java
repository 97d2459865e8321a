package io.github.newsevents.cli;

import static io.github.newsevents.cli.Inputs.oneLine;
import static io.github.newsevents.cli.NewsEventsCli.INVALID;
import static io.github.newsevents.cli.NewsEventsCli.OK;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.github.newsevents.cli.Inputs.InputException;
import io.github.newsevents.jackson.NewsEventsModule;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.Statement;
import io.github.newsevents.validate.ValidationResult;
import io.github.newsevents.validate.Violation;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code newsevents validate}: reads extractions and prints their violations, one line per file and
 * a total.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = NewsEventsCli.Version.class,
    sortOptions = false,
    header = "Checks extractions against the standard rules.",
    description = {
      "Reads the JSON that extract writes (with the full article). Prints each violation as"
          + " 'FILE: path: code: message', then one line per FILE ('FILE: valid',"
          + " 'FILE: 2 errors, 1 warning'), then the total ('3 files: 2 valid, 1 with 2 errors')."
    },
    optionListHeading = "%nOptions:%n")
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand
  private NewsEventsCli cli;

  @Spec
  private CommandSpec spec;

  @Parameters(
      paramLabel = "FILE.json",
      arity = "1..*",
      description = "An extraction, one JSON document; '-' reads standard input.")
  private List<String> files = new ArrayList<>();

  @Option(names = "--verbose", description = "Log decisions (DEBUG) on standard error.")
  private boolean verbose;

  @Override
  public Integer call() {
    if (files.stream().filter(Inputs.STDIN::equals).count() > 1) {
      throw new ParameterException(spec.commandLine(), "standard input ('-') can be read only once");
    }
    if (verbose) {
      NewsEventsCli.logDecisions();
    }
    ObjectMapper mapper = new ObjectMapper().registerModule(new NewsEventsModule());
    Total total = new Total();
    int status = OK;
    for (String file : files) {
      String name = Inputs.name(file);
      int fileStatus = validate(mapper, file, name, total);
      status = Math.max(status, fileStatus);
    }
    cli.out.println(total);
    return status;
  }

  /** Validates one file, prints its violations and its summary line; returns its status. */
  private int validate(ObjectMapper mapper, String file, String name, Total total) {
    Extraction extraction;
    try {
      String text = file.equals(Inputs.STDIN)
          ? Inputs.decode(name, Inputs.readLimited(name, cli.in, Inputs.Kind.EXTRACTION))
          : Inputs.decode(name, Inputs.readFile(name, Path.of(file), Inputs.Kind.EXTRACTION));
      extraction = readExtraction(mapper, name, text);
    } catch (InputException e) {
      return notChecked(name, total, cli.report(e.getMessage(), null));
    } catch (InvalidPathException e) {
      return notChecked(name, total, cli.report(file + ": not a valid file name (" + e.getReason() + ")", null));
    } catch (IOException e) {
      return notChecked(name, total, cli.report(name + ": cannot read (" + Inputs.describe(e) + ")", null));
    }
    ValidationResult result;
    try {
      result = cli.validators.validate(extraction);
    } catch (RuntimeException e) {
      // rules report, they do not throw: an exception is a bug in a rule
      return notChecked(name, total,
          cli.report(name + ": validation failed, a bug in newsevents: " + e, e));
    }
    for (Violation v : result.violations()) {
      cli.out.println(name + ": " + v.path() + ": " + v.code() + ": " + oneLine(v.message()));
    }
    int errors = result.errors().size();
    int warnings = result.warnings().size();
    total.add(errors, warnings);
    cli.out.println(name + ": " + (errors == 0 ? "valid" : count(errors, "error"))
        + (warnings == 0 ? "" : ", " + count(warnings, "warning")));
    return errors == 0 ? OK : INVALID;
  }

  private int notChecked(String name, Total total, int status) {
    total.unread++;
    cli.out.println(name + ": not checked");
    return status;
  }

  /**
   * One extraction from {@code text}: "not JSON" and "JSON of the wrong shape" are told apart, and
   * an id that no actor has is left to the {@code reference.actor.unknown} rule.
   */
  private static Extraction readExtraction(ObjectMapper mapper, String name, String text)
      throws InputException {
    if (text.isBlank()) {
      throw new InputException(name + ": empty, expected the JSON of an extraction");
    }
    Extraction extraction;
    JsonLocation second;
    try (JsonParser parser = mapper.createParser(text)) {
      if (parser.nextToken() == JsonToken.VALUE_NULL) {
        // said here in the command line's words, whatever the JSON module makes of a root null
        if (parser.nextToken() != null) {
          throw moreThanOne(name, parser.currentTokenLocation());
        }
        throw new InputException(name + ": not an extraction: the JSON is null, expected an object");
      }
      // the module turns on FAIL_ON_TRAILING_TOKENS; here the command line reports a second value itself
      extraction = mapper.readerFor(Extraction.class)
          .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .readValue(parser);
      second = parser.nextToken() == null ? null : parser.currentTokenLocation();
    } catch (JsonMappingException e) {
      // a syntax error met inside a deserializer arrives wrapped, with the path
      JsonParseException syntax = syntaxError(e);
      if (syntax != null) {
        throw notJson(name, syntax);
      }
      if (unknownActor(e)) {
        return readWithUnknownActors(mapper, name, text);
      }
      throw notAnExtraction(name, text, mapper, e);
    } catch (JsonParseException e) {
      throw notJson(name, e);
    } catch (InputException e) {
      throw e;
    } catch (IOException e) {
      // the input is a String, so no I/O can fail: this is a Jackson failure of another kind
      throw new InputException(name + ": not an extraction: " + oneLine(e.getMessage()));
    }
    if (second != null) {
      throw moreThanOne(name, second);
    }
    if (extraction == null) {
      // a reader that maps some other document to null: still not an extraction, never a bug
      throw new InputException(name + ": not an extraction: the JSON reads as null, expected an object");
    }
    return extraction;
  }

  private static InputException moreThanOne(String name, JsonLocation second) {
    return new InputException(name + ": more than one JSON value, the second at line "
        + second.getLineNr() + ", column " + second.getColumnNr()
        + " (validate reads one extraction per file)");
  }

  /** The JSON module refuses an id that no actor has; the model leaves that to validation. */
  private static boolean unknownActor(JsonMappingException e) {
    return e instanceof InvalidFormatException
        && ((InvalidFormatException) e).getTargetType() == Actor.class;
  }

  /**
   * The extraction read part by part, each part by the JSON module, and built without the check of
   * its references. Called only once the whole document has been read, and refused for its
   * references alone: every part is known to be well formed, and there is one JSON value.
   */
  private static Extraction readWithUnknownActors(ObjectMapper mapper, String name, String text)
      throws InputException {
    JsonNode tree;
    try (JsonParser parser = mapper.createParser(text)) {
      // a second value is reported below, as for the first reading, not by the module's own check
      tree = mapper.reader()
          .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .readTree(parser);
      if (parser.nextToken() != null) {
        throw moreThanOne(name, parser.currentTokenLocation());
      }
    } catch (InputException e) {
      throw e;
    } catch (IOException e) {
      throw new IllegalStateException(name + ": read whole, but not as a tree: " + e.getMessage(), e);
    }
    try {
      return new Extraction.Builder()
          .article(mapper.treeToValue(tree.get("article"), Article.class))
          .addAllActors(list(mapper, tree, "actors", new TypeReference<List<Actor>>() {}))
          .addAllStatements(list(mapper, tree, "statements", new TypeReference<List<Statement>>() {}))
          .addAllMeetings(list(mapper, tree, "meetings", new TypeReference<List<Meeting>>() {}))
          .addAllCeasefires(list(mapper, tree, "ceasefires", new TypeReference<List<Ceasefire>>() {}))
          .addAllDiagnostics(list(mapper, tree, "diagnostics", new TypeReference<List<Diagnostic>>() {}))
          .build();
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          name + ": read whole, but not part by part: " + e.getMessage(), e);
    }
  }

  private static <T> List<T> list(ObjectMapper mapper, JsonNode tree, String field, TypeReference<List<T>> type)
      throws IOException {
    JsonNode node = tree.get(field);
    return node == null || node.isNull() ? List.of() : mapper.readerFor(type).readValue(node);
  }

  private static InputException notAnExtraction(
      String name, String text, ObjectMapper mapper, JsonMappingException e) {
    String at = e.getPath().isEmpty() ? "" : " at " + path(e.getPath());
    String hint = withoutArticleText(mapper, text)
        ? " (written with extract --article none or spans? validate reads the full article)"
        : "";
    return new InputException(
        name + ": not an extraction: " + oneLine(e.getOriginalMessage()) + at + hint);
  }

  /** Whether the document is an object whose {@code article} has no {@code text}. */
  private static boolean withoutArticleText(ObjectMapper mapper, String text) {
    try {
      JsonNode article = mapper.readTree(text).path("article");
      return article.isObject() && !article.has("text");
    } catch (IOException e) {
      return false;
    }
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

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** {@code 3 files: 2 valid, 1 with 2 errors; 1 warning}. */
  private static final class Total {
    int valid;
    int invalid;
    int unread;
    int errors;
    int warnings;

    void add(int errors, int warnings) {
      if (errors == 0) {
        valid++;
      } else {
        invalid++;
      }
      this.errors += errors;
      this.warnings += warnings;
    }

    @Override
    public String toString() {
      return count(valid + invalid + unread, "file") + ": " + valid + " valid"
          + (invalid == 0 ? "" : ", " + invalid + " with " + count(errors, "error"))
          + (unread == 0 ? "" : ", " + unread + " not checked")
          + (warnings == 0 ? "" : "; " + count(warnings, "warning"));
    }
  }
}
