package io.github.newsevents.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Reading the job's input into articles: one row per article with its {@code id} and {@code text},
 * or, for input that is no article (a malformed JSON line, a file that is not UTF-8 or is too large
 * to hold an acceptable text), the {@code problem} and {@code reason} that send it to the errors
 * table.
 */
final class Inputs {
  private Inputs() {}

  static final String ID = "id";
  static final String TEXT = "text";
  static final String PROBLEM = "problem";
  static final String REASON = "reason";

  /** Articles, and input that is none, before extraction. */
  static final StructType ARTICLES =
      createStructType(
          List.of(
              createStructField(ID, StringType, true),
              createStructField(TEXT, StringType, true),
              createStructField(PROBLEM, StringType, true),
              createStructField(REASON, StringType, true)));

  /** The column Spark puts a JSON line it cannot read in; a name no article field should have. */
  private static final String CORRUPT = "_newsevents_malformed_line";

  /** How much of a malformed line an error's reason quotes. */
  private static final int QUOTED = 80;

  static Dataset<Row> read(SparkSession spark, String input, JobOptions options) {
    return options.format() == JobOptions.Format.TEXT
        ? textFiles(spark, input, options)
        : jsonLines(spark, input, options);
  }

  /** {@code id} and {@code text} from the user's columns (cast to strings), no problem yet. */
  static Dataset<Row> articles(Dataset<Row> rows, JobOptions options) {
    return rows.select(
        col(options.idField()).cast(StringType).as(ID),
        col(options.textField()).cast(StringType).as(TEXT),
        lit(null).cast(StringType).as(PROBLEM),
        lit(null).cast(StringType).as(REASON));
  }

  /**
   * The {@code .txt} files under {@code input} (a directory, read recursively, or a glob). A file
   * of more than three bytes per character of the limit cannot hold an acceptable text (UTF-8 has
   * at most three bytes per UTF-16 unit): it is refused by its length, unread. Two files of the
   * same name would give two articles one id: the job refuses to start, naming them.
   */
  static Dataset<Row> textFiles(SparkSession spark, String input, JobOptions options) {
    Dataset<Row> files =
        spark.read()
            .format("binaryFile")
            .option("pathGlobFilter", "*.txt")
            .option("recursiveFileLookup", "true")
            .load(input);
    refuseDuplicateNames(files);
    long maxBytes = 3L * options.limits().maxCharacters();
    // the length filter is applied to the files' listing: a long file's content is never read
    Dataset<Row> readable =
        files.filter(col("length").leq(maxBytes))
            .select("path", "content")
            .map(new DecodeFile(), Encoders.row(ARTICLES));
    Dataset<Row> tooLong =
        files.filter(col("length").gt(maxBytes))
            .select("path", "length")
            .map(new RefuseFile(options.limits().maxCharacters()), Encoders.row(ARTICLES));
    return pack(spark, readable.union(tooLong));
  }

  /**
   * Spark splits small files by a cost of 4 MB each ({@code spark.sql.files.openCostInBytes}): about
   * 30 articles to a partition, a task and a file of each output per 30 articles. Merged 64 to 1
   * (no shuffle), still at least two partitions for each core.
   */
  private static Dataset<Row> pack(SparkSession spark, Dataset<Row> articles) {
    int partitions = articles.rdd().getNumPartitions();
    int target = Math.max(2 * spark.sparkContext().defaultParallelism(), (partitions + 63) / 64);
    return partitions > target ? articles.coalesce(target) : articles;
  }

  private static void refuseDuplicateNames(Dataset<Row> files) {
    List<Row> twice =
        files.select(col("path"))
            .map(
                (MapFunction<Row, String>) r -> id(r.getString(0)),
                Encoders.STRING())
            .groupBy("value")
            .agg(count(lit(1)).as("n"))
            .filter(col("n").gt(1))
            .limit(5)
            .collectAsList();
    if (!twice.isEmpty()) {
      List<String> names = new ArrayList<>();
      twice.forEach(r -> names.add(r.getString(0) + ".txt (" + r.getLong(1) + " files)"));
      throw new IllegalArgumentException(
          "article ids are file names, and files in different directories share a name: "
              + String.join(", ", names)
              + "; rename them, or give JSON lines with an id field");
    }
  }

  /** The article id of a file: its name without {@code .txt}. */
  static String id(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.toLowerCase(Locale.ROOT).endsWith(".txt")
        ? name.substring(0, name.length() - 4)
        : name;
  }

  /** A file's bytes as an article, or a problem {@code input.encoding} when they are not UTF-8. */
  static final class DecodeFile implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Row call(Row file) {
      String path = file.getString(0);
      byte[] bytes = (byte[]) file.get(1);
      CharsetDecoder decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer in = ByteBuffer.wrap(bytes);
      CharBuffer out = CharBuffer.allocate(bytes.length);
      CoderResult result = decoder.decode(in, out, true);
      if (!result.isError()) {
        result = decoder.flush(out);
      }
      if (result.isError()) {
        int at = in.position();
        return RowFactory.create(id(path), null, Problem.INPUT_ENCODING,
            path + ": invalid UTF-8 at byte offset " + at
                + String.format(Locale.ROOT, " (byte 0x%02X)", bytes[at] & 0xFF));
      }
      out.flip();
      return RowFactory.create(id(path), out.toString(), null, null);
    }
  }

  /** A file too long to read: a problem {@code article.too-large}. */
  static final class RefuseFile implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final int maxCharacters;

    RefuseFile(int maxCharacters) {
      this.maxCharacters = maxCharacters;
    }

    @Override
    public Row call(Row file) {
      String path = file.getString(0);
      return RowFactory.create(id(path), null, Problem.TOO_LARGE,
          path + ": " + file.getLong(1) + " bytes, more than 3 bytes for each of the limit of "
              + maxCharacters + " characters, so not read; " + Engine.RAISE);
    }
  }

  /**
   * JSON lines under {@code input}: one object per line whose id and text fields the options
   * name. A line that is no JSON object is a problem {@code input.malformed} with the file's name
   * and the line's start; a missing id or text is found by the extraction.
   */
  static Dataset<Row> jsonLines(SparkSession spark, String input, JobOptions options) {
    StructType schema =
        createStructType(
            List.of(
                createStructField(options.idField(), StringType, true),
                createStructField(options.textField(), StringType, true),
                createStructField(CORRUPT, StringType, true)));
    Dataset<Row> lines =
        spark.read()
            .schema(schema)
            .option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", CORRUPT)
            .json(input);
    return lines
        .select(
            col(options.idField()),
            col(options.textField()),
            col(CORRUPT),
            col("_metadata.file_path"))
        .map(new CheckLine(), Encoders.row(ARTICLES));
  }

  /** A JSON line as an article, or a problem {@code input.malformed} when it is none. */
  static final class CheckLine implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Row call(Row line) {
      String malformed = line.getString(2);
      if (malformed == null) {
        return RowFactory.create(line.getString(0), line.getString(1), null, null);
      }
      String start = malformed.length() <= QUOTED ? malformed : malformed.substring(0, QUOTED) + "...";
      return RowFactory.create(line.getString(0), null, Problem.INPUT_MALFORMED,
          line.getString(3) + ": a line is not a JSON object: " + start);
    }
  }
}
