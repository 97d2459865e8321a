package io.github.newsevents.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newsevents.NewsEvents;
import io.github.newsevents.extract.Extractor;
import io.github.newsevents.jackson.NewsEventsModule;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.parse.ArticleParser;
import io.github.newsevents.parse.Limits;
import io.github.newsevents.parse.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The tests' own articles (written for them), and helpers to write and read them back. */
final class Articles {
  private Articles() {}

  /** A meeting held, and a quotation of one of its participants. */
  static final String HELD = """
      date 2025-04-12

      Foreign Minister Lena Marsh of Norway met Russian President Oskar Vallin in Moscow on Friday.

      "We are closer than we were," she said.
      """;

  /** A meeting planned, announced by a spokesman. */
  static final String PLANNED = """
      date 2025-05-02

      Chancellor Petra Holm of Germany will meet Polish President Ivo Ranek in Warsaw next week, \
      her office said on Thursday.

      "The talks will be about trade and the border," spokesman Karl Weiss said.
      """;

  /** A partial ceasefire agreed, and a quotation. */
  static final String TRUCE = """
      date 2025-03-14

      KYIV (Reuters) - Ukraine and Russia agreed on Thursday to a 30-day ceasefire on energy \
      infrastructure, the foreign ministry said.

      Ukrainian Foreign Minister Anna Koval said the truce would begin on Saturday. "We will hold \
      our fire if they hold theirs," she told reporters.
      """;

  /** Talks held, no quotation. */
  static final String TALKS = """
      date 2025-06-01

      Swedish Prime Minister Tomas Brandt held talks with Finnish President Mira Lund in Helsinki \
      on Saturday.
      """;

  /** About {@code length} characters of plain text. */
  static String longText(int length) {
    StringBuilder b = new StringBuilder(length + 40);
    while (b.length() < length) {
      b.append("The committee met again on Tuesday and adjourned without a vote. ");
    }
    return b.toString();
  }

  static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new NewsEventsModule());

  /** What the library extracts from {@code text} in process, with {@code limits}. */
  static Extraction inProcess(String text, Limits limits) {
    return limits.apply(Extractor.defaults().extract(
        ArticleParser.with(ParseOptions.defaults().withLimits(limits)).parse(text)));
  }

  /** What {@link NewsEvents#extract(String)} gives. */
  static Extraction inProcess(String text) {
    return inProcess(text, Limits.defaults());
  }

  static void write(Path file, String text) {
    write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  static void write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each row as its values joined with {@code |}, nulls as {@code null}. */
  static List<String> rows(Dataset<Row> rows) {
    List<String> out = new ArrayList<>();
    for (Row r : rows.collectAsList()) {
      out.add(r.mkString("|"));
    }
    return out;
  }

  /** The JSON lines under {@code dir}, by id, each read back with the JSON module. */
  static Map<String, Extraction> jsonLines(Dataset<Row> lines) {
    Map<String, Extraction> byId = new LinkedHashMap<>();
    for (Row r : lines.collectAsList()) {
      try {
        JsonNode line = MAPPER.readTree(r.getString(0));
        if (line.size() != 2) {
          throw new AssertionError("a line has other fields than id and extraction: " + line.fieldNames());
        }
        Extraction x = MAPPER.treeToValue(line.get("extraction"), Extraction.class);
        if (byId.put(line.get("id").textValue(), x) != null) {
          throw new AssertionError("two lines have the id " + line.get("id"));
        }
      } catch (JsonProcessingException e) {
        throw new AssertionError("not a JSON line of an extraction: " + r.getString(0), e);
      }
    }
    return byId;
  }
}
