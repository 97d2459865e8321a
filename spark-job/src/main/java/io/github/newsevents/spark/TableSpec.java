package io.github.newsevents.spark;

import io.github.newsevents.model.Extraction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The columns of one output table, each a name, a Spark type and a function of the item: the
 * schema and the rows are both derived from this one list, so that a column (a CAMEO code, say) is
 * added in one line. Built in a static initializer (the {@link Tables}), never changed after; the
 * functions are pure.
 *
 * @param <T> the model type of one row (a Statement, a Meeting ...)
 */
final class TableSpec<T> {
  private final List<String> names = new ArrayList<>();
  private final List<BiFunction<? super T, Extraction, Object>> values = new ArrayList<>();
  private final List<StructField> fields = new ArrayList<>();

  /** Adds a column that is never null, a function of the item. */
  TableSpec<T> required(String name, DataType type, Function<? super T, Object> value) {
    Objects.requireNonNull(value, "value");
    return add(name, type, false, (item, x) -> value.apply(item));
  }

  /** Adds a column that is null where the item has no such value, a function of the item. */
  TableSpec<T> optional(String name, DataType type, Function<? super T, Object> value) {
    Objects.requireNonNull(value, "value");
    return add(name, type, true, (item, x) -> value.apply(item));
  }

  /**
   * Adds a column that is never null, a function of the item and the extraction it is part of
   * (for a code that depends on the item's actors, say).
   */
  TableSpec<T> required(String name, DataType type, BiFunction<? super T, Extraction, Object> value) {
    return add(name, type, false, value);
  }

  /** Adds a column that may be null, a function of the item and its extraction. */
  TableSpec<T> optional(String name, DataType type, BiFunction<? super T, Extraction, Object> value) {
    return add(name, type, true, value);
  }

  private TableSpec<T> add(
      String name, DataType type, boolean nullable, BiFunction<? super T, Extraction, Object> value) {
    if (names.contains(name)) {
      throw new IllegalArgumentException("two columns are named '" + name + "'");
    }
    names.add(name);
    values.add(Objects.requireNonNull(value, "value"));
    fields.add(DataTypes.createStructField(name, type, nullable));
    return this;
  }

  /** The struct type of one item; the table's columns after {@code article_id} and {@code index}. */
  StructType schema() {
    return DataTypes.createStructType(fields);
  }

  /** One item of {@code x} (null for an item of no extraction) as a row of {@link #schema()}. */
  Row row(T item, Extraction x) {
    Object[] cells = new Object[values.size()];
    for (int i = 0; i < cells.length; i++) {
      Object cell = values.get(i).apply(item, x);
      if (cell == null && !fields.get(i).nullable()) {
        throw new IllegalStateException("column '" + names.get(i) + "' must not be null");
      }
      cells[i] = scala(cell);
    }
    return RowFactory.create(cells);
  }

  /** Spark's rows hold Scala collections, not Java ones. */
  private static Object scala(Object cell) {
    if (cell instanceof List) {
      return CollectionConverters.asScala((List<?>) cell).toSeq();
    }
    if (cell instanceof Map) {
      return CollectionConverters.asScala((Map<?, ?>) cell);
    }
    return cell;
  }

  /** Every item of {@code x} as a row, in order, as the Scala sequence a row holds. */
  Seq<Row> rows(List<? extends T> items, Extraction x) {
    List<Row> rows = new ArrayList<>(items.size());
    for (T item : items) {
      rows.add(row(item, x));
    }
    return CollectionConverters.asScala(rows).toSeq();
  }
}
