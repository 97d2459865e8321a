package io.github.newsevents.spark;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Extracts one partition of articles ({@link Inputs#ARTICLES}) into result rows ({@link
 * Results#SCHEMA}), lazily, one article at a time, with this JVM's {@link Engine}. Holds only the
 * options; what it extracts with is looked up on the executor, never shipped.
 */
final class ExtractPartition implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final JobOptions options;

  ExtractPartition(JobOptions options) {
    this.options = options;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> articles) {
    Engine engine = Engine.of(options);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return articles.hasNext();
      }

      @Override
      public Row next() {
        return result(engine, articles.next());
      }
    };
  }

  private Row result(Engine engine, Row article) {
    String id = article.getString(0);
    String text = article.getString(1);
    String problem = article.getString(2);
    if (problem != null) {
      return Results.failed(id, new Problem(problem, article.getString(3), false));
    }
    if (id == null || id.isBlank()) {
      return Results.failed(null, new Problem(Problem.INPUT_MALFORMED,
          "an article has no id ('" + options.idField() + "' is missing, null or blank)", false));
    }
    if (text == null) {
      return Results.failed(id, new Problem(Problem.INPUT_MALFORMED,
          "the article has no text ('" + options.textField() + "' is missing or null)", false));
    }
    return engine.extract(id, text);
  }
}
