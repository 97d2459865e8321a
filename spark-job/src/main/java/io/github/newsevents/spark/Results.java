package io.github.newsevents.spark;

import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The rows the extraction produces, one per article: the id, the JSON line (null when the article
 * gave no extraction), and an array of rows for each table. The job caches these and writes every
 * output from them, so that each article is extracted once.
 */
final class Results {
  private Results() {}

  static final String ID = "id";
  static final String JSON = "json";

  static final StructType SCHEMA =
      createStructType(
          List.of(
              createStructField(ID, StringType, true),
              createStructField(JSON, StringType, true),
              items(Table.STATEMENTS, Tables.STATEMENTS),
              items(Table.MEETINGS, Tables.MEETINGS),
              items(Table.CEASEFIRES, Tables.CEASEFIRES),
              items(Table.ACTORS, Tables.ACTORS),
              items(Table.ERRORS, Tables.ERRORS)));

  private static org.apache.spark.sql.types.StructField items(Table table, TableSpec<?> spec) {
    return createStructField(table.column(), createArrayType(spec.schema(), false), false);
  }

  private static final Seq<Row> NONE = CollectionConverters.asScala(List.<Row>of()).toSeq();

  /** The row of an article that gave no extraction. */
  static Row failed(String id, Problem problem) {
    return RowFactory.create(id, null, NONE, NONE, NONE, NONE,
        CollectionConverters.asScala(List.of(Tables.ERRORS.row(problem, null))).toSeq());
  }
}
