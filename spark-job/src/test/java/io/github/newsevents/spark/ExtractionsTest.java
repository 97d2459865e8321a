package io.github.newsevents.spark;

import static io.github.newsevents.spark.Articles.HELD;
import static io.github.newsevents.spark.Articles.TRUCE;
import static io.github.newsevents.spark.Articles.inProcess;
import static io.github.newsevents.spark.Articles.jsonLines;
import static io.github.newsevents.spark.Articles.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.newsevents.parse.Limits;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Starts Spark: runs with {@code -Pspark-tests} (see the module's POM). */
@Tag("spark")
class ExtractionsTest {
  private final SparkSession spark = LocalSpark.session();

  @Test
  void extractsArticlesThatAreAlreadyInADataset() {
    StructType schema = new StructType()
        .add("url", DataTypes.StringType)
        .add("body", DataTypes.StringType)
        .add("crawled", DataTypes.LongType);
    Dataset<Row> articles = spark.createDataFrame(List.of(
        RowFactory.create("https://example.org/a", HELD, 1L),
        RowFactory.create("https://example.org/b", TRUCE, 2L),
        RowFactory.create("https://example.org/c", null, 3L)), schema);

    Extractions x = NewsEventsJob.extract(articles,
        JobOptions.defaults().withIdField("url").withTextField("body")).persist();
    try {
      assertThat(x.summary().toString()).isEqualTo("3 articles: 2 extracted, 1 failed; rows:"
          + " statements 3, meetings 1, ceasefires 1, actors 6, errors 1");
      assertThat(rows(x.table(Table.MEETINGS)
          .selectExpr("article_id", "index", "array_join(array_sort(participants), '+')", "status")))
          .containsExactly("https://example.org/a|0|lena-marsh+oskar-vallin|HELD");
      assertThat(rows(x.table(Table.ACTORS).selectExpr("article_id", "index", "id", "kind")))
          .containsExactly(
              "https://example.org/a|0|lena-marsh|PERSON",
              "https://example.org/a|1|norway|STATE",
              "https://example.org/a|2|oskar-vallin|PERSON",
              "https://example.org/b|0|ukraine|STATE",
              "https://example.org/b|1|russia|STATE",
              "https://example.org/b|2|anna-koval|PERSON");
      assertThat(rows(x.table(Table.ERRORS)))
          .containsExactly("https://example.org/c|0|input.malformed"
              + "|the article has no text ('body' is missing or null)|false");
      assertThat(jsonLines(x.jsonLines()))
          .containsEntry("https://example.org/a", inProcess(HELD))
          .containsEntry("https://example.org/b", inProcess(TRUCE))
          .hasSize(2);
    } finally {
      x.unpersist();
    }
  }

  @Test
  void anExtractionCutShortByALimitIsKeptAndNotedInErrors() {
    Dataset<Row> articles = spark.createDataFrame(
        List.of(RowFactory.create("held", HELD)),
        new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType));

    Extractions x = NewsEventsJob.extract(articles,
        JobOptions.defaults().withLimits(Limits.defaults().withMaxStatements(0)));

    assertThat(rows(x.table(Table.ERRORS).selectExpr("article_id", "code", "kept")))
        .containsExactly("held|limit.statements|true");
    assertThat(x.table(Table.STATEMENTS).count()).isZero();
    assertThat(jsonLines(x.jsonLines()))
        .containsExactly(entry("held", inProcess(HELD, Limits.defaults().withMaxStatements(0))));
  }
}
