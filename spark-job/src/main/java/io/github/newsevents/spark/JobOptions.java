package io.github.newsevents.spark;

import io.github.newsevents.parse.Limits;
import java.io.Serializable;
import java.util.Objects;

/**
 * How {@link NewsEventsJob} reads, extracts and writes: the input format, the JSON fields of the id
 * and the text, the parser's and the extraction's {@link Limits}, the number of partitions to
 * extract in, and whether to replace an existing output.
 *
 * <pre>{@code
 * JobOptions options = JobOptions.defaults()
 *     .withFormat(JobOptions.Format.JSON_LINES)
 *     .withTextField("body")
 *     .withLimits(Limits.defaults().withMaxCharacters(1_000_000));
 * }</pre>
 *
 * <p>Immutable and serializable (Spark ships it to the executors): every {@code with...} method
 * returns a new instance. No method accepts {@code null}.
 */
public final class JobOptions implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How the input is laid out. */
  public enum Format {
    /**
     * One article per {@code .txt} file, UTF-8, in any form the parser reads; the article's id is
     * the file's name without {@code .txt}. The input is a directory (read with its
     * subdirectories) or a glob.
     */
    TEXT,
    /**
     * JSON lines: one object per line with an id and a text field ({@link #idField()}, {@link
     * #textField()}); other fields are ignored. The input is a file, a directory or a glob.
     */
    JSON_LINES
  }

  private static final JobOptions DEFAULTS =
      new JobOptions(Format.TEXT, "id", "text", Limits.defaults(), 0, false);

  private final Format format;
  private final String idField;
  private final String textField;
  private final int maxCharacters;
  private final int maxParagraphs;
  private final int maxStatements;
  private final int maxActors;
  private final int partitions;
  private final boolean overwrite;

  private JobOptions(
      Format format, String idField, String textField, Limits limits, int partitions,
      boolean overwrite) {
    this.format = format;
    this.idField = idField;
    this.textField = textField;
    this.maxCharacters = limits.maxCharacters();
    this.maxParagraphs = limits.maxParagraphs();
    this.maxStatements = limits.maxStatements();
    this.maxActors = limits.maxActors();
    this.partitions = partitions;
    this.overwrite = overwrite;
  }

  /** Text files, fields {@code id} and {@code text}, {@link Limits#defaults()}, partitions as read, no overwrite. */
  public static JobOptions defaults() {
    return DEFAULTS;
  }

  public Format format() {
    return format;
  }

  /** The JSON field of an article's id in {@link Format#JSON_LINES} input; {@code id} by default. */
  public String idField() {
    return idField;
  }

  /** The JSON field of an article's text in {@link Format#JSON_LINES} input; {@code text} by default. */
  public String textField() {
    return textField;
  }

  /**
   * The parser's limits (an article over {@link Limits#maxCharacters()} goes to the errors table)
   * and the extraction's (statements and actors beyond them are left out, and noted there).
   */
  public Limits limits() {
    return Limits.defaults()
        .withMaxCharacters(maxCharacters)
        .withMaxParagraphs(maxParagraphs)
        .withMaxStatements(maxStatements)
        .withMaxActors(maxActors);
  }

  /**
   * The number of partitions the articles are spread over before extraction; 0 keeps the input's
   * (text files packed about 2,000 to a partition, JSON lines in Spark's splits of 128 MB).
   */
  public int partitions() {
    return partitions;
  }

  /** Whether outputs already in the output directory are replaced (otherwise the job refuses to run). */
  public boolean overwrite() {
    return overwrite;
  }

  public JobOptions withFormat(Format format) {
    return new JobOptions(Objects.requireNonNull(format, "format"), idField, textField, limits(),
        partitions, overwrite);
  }

  /**
   * These options with another id field.
   *
   * @throws IllegalArgumentException if {@code field} is blank
   */
  public JobOptions withIdField(String field) {
    return new JobOptions(format, field("idField", field), textField, limits(), partitions, overwrite);
  }

  /**
   * These options with another text field.
   *
   * @throws IllegalArgumentException if {@code field} is blank
   */
  public JobOptions withTextField(String field) {
    return new JobOptions(format, idField, field("textField", field), limits(), partitions, overwrite);
  }

  public JobOptions withLimits(Limits limits) {
    return new JobOptions(format, idField, textField, Objects.requireNonNull(limits, "limits"),
        partitions, overwrite);
  }

  /**
   * These options with another number of partitions: the articles are redistributed evenly over
   * {@code partitions} before extraction (a shuffle); 0 extracts them in the partitions they are
   * read in.
   *
   * @throws IllegalArgumentException if {@code partitions} is negative
   */
  public JobOptions withPartitions(int partitions) {
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must not be negative, got " + partitions);
    }
    return new JobOptions(format, idField, textField, limits(), partitions, overwrite);
  }

  public JobOptions withOverwrite(boolean overwrite) {
    return new JobOptions(format, idField, textField, limits(), partitions, overwrite);
  }

  private static String field(String what, String name) {
    Objects.requireNonNull(name, what);
    if (name.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return name;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof JobOptions)) {
      return false;
    }
    JobOptions j = (JobOptions) o;
    return j.format == format && j.idField.equals(idField) && j.textField.equals(textField)
        && j.limits().equals(limits()) && j.partitions == partitions && j.overwrite == overwrite;
  }

  @Override
  public int hashCode() {
    return Objects.hash(format, idField, textField, limits(), partitions, overwrite);
  }

  @Override
  public String toString() {
    return "JobOptions[format=" + format + ", idField=" + idField + ", textField=" + textField
        + ", limits=" + limits() + ", partitions=" + partitions + ", overwrite=" + overwrite + "]";
  }
}
