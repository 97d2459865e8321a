package io.github.newsevents.spark;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.newsevents.extract.Extractor;
import io.github.newsevents.jackson.NewsEventsModule;
import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.parse.ArticleParser;
import io.github.newsevents.parse.ArticleTooLargeException;
import io.github.newsevents.parse.Limits;
import io.github.newsevents.parse.ParseOptions;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one JVM extracts with: the parser, the {@link Extractor} and the JSON writer, built once per
 * JVM (per set of limits) on first use and shared by every task of that executor. All three are
 * immutable and thread-safe, so tasks running side by side share no mutable state.
 */
final class Engine {
  private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
  private static final Pattern WHITESPACE = Pattern.compile("\\s++");

  /** One engine per set of limits: in a cluster one in all, in tests one per configuration. */
  private static final ConcurrentMap<Limits, Engine> ENGINES = new ConcurrentHashMap<>();

  /** How to raise the limit on an article's length, from the command line or from Java. */
  static final String RAISE = "raise it with --max-characters (JobOptions.withLimits)";

  private final ArticleParser parser;
  private final Limits limits;
  private final Extractor extractor;
  private final ObjectWriter writer;

  private Engine(Limits limits) {
    this.limits = limits;
    this.parser = ArticleParser.with(ParseOptions.defaults().withLimits(limits));
    this.extractor = Extractor.defaults();
    this.writer = new ObjectMapper().registerModule(new NewsEventsModule()).writer();
  }

  /** The engine of this JVM for {@code options}' limits. */
  static Engine of(JobOptions options) {
    return ENGINES.computeIfAbsent(options.limits(), Engine::new);
  }

  /**
   * The result row of one article ({@link Results#SCHEMA}): its JSON line and the rows of each
   * table, or no JSON line and the problem that stopped it. Never throws for an article's content.
   */
  Row extract(String id, String text) {
    Extraction x;
    String json;
    try {
      x = limits.apply(extractor.extract(parser.parse(text)));
      json = jsonLine(id, x);
    } catch (ArticleTooLargeException e) {
      return Results.failed(id, new Problem(Problem.TOO_LARGE, "article text has " + e.length()
          + " characters, more than the limit of " + e.limit() + "; " + RAISE, false));
    } catch (RuntimeException e) {
      // recorded in the errors table, with the exception, and the job goes on with the next article
      LOG.warn("article '{}' failed: {}", id, e.toString(), e);
      return Results.failed(id, new Problem(Problem.FAILED, describe(e), false));
    }
    List<Problem> problems = new ArrayList<>();
    for (Diagnostic d : x.diagnostics()) {
      if (d.code().startsWith("limit.")) {
        problems.add(new Problem(d.code(), d.message(), true));
      }
    }
    return RowFactory.create(
        id,
        json,
        Tables.STATEMENTS.rows(x.statements(), x),
        Tables.MEETINGS.rows(x.meetings(), x),
        Tables.CEASEFIRES.rows(x.ceasefires(), x),
        Tables.ACTORS.rows(x.actors(), x),
        Tables.ERRORS.rows(problems, x));
  }

  /** {@code {"id": ..., "extraction": {...}}} on one line. */
  private String jsonLine(String id, Extraction x) {
    StringWriter out = new StringWriter(4096);
    try (JsonGenerator g = writer.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("id", id);
      g.writeFieldName("extraction");
      writer.writeValue(g, x);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** {@code IllegalStateException: message}, with the first frame, on one line. */
  static String describe(Throwable e) {
    StringBuilder b = new StringBuilder(e.getClass().getName());
    if (e.getMessage() != null) {
      b.append(": ").append(WHITESPACE.matcher(e.getMessage()).replaceAll(" "));
    }
    StackTraceElement[] trace = e.getStackTrace();
    if (trace.length > 0) {
      b.append(" (at ").append(trace[0]).append(')');
    }
    return b.toString();
  }
}
