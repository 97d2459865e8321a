package io.github.newsevents.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.newsevents.NewsEvents;
import io.github.newsevents.jackson.NewsEventsModule;
import io.github.newsevents.model.Extraction;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An {@link Extraction} as JSON with {@link NewsEventsModule}: {@link #write()} to UTF-8 bytes,
 * {@link #read()} back from them, and {@link #writeRead()} both in turn (the round trip). The
 * extractions (article included) are those of the corpus, made beforehand and taken in turn; the
 * mapper is built once, as an application would.
 *
 * <p>{@link #readTokens()} and {@link #writeTokens()} measure what no codec can avoid: Jackson's
 * parser reading every token of the same documents (names, strings and numbers decoded) and its
 * generator writing them (byte-identical to {@link #write()}), with no model at all.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonBenchmark {
  /** {@code articles}: the bundled wire articles or those of {@code -Dnewsevents.articles}; {@code seed}: the seed. */
  @Param({Corpus.ARTICLES, Corpus.SEED_ONLY})
  public String corpus;

  private ObjectWriter writer;
  private ObjectReader reader;
  private Extraction[] extractions;
  private byte[][] json;
  /** Each document's tokens in order, and their values (names, strings, numbers; else null). */
  private JsonToken[][] tokens;
  private Object[][] values;
  private JsonFactory factory;
  private int next;

  /** The mapper the benchmarks use: a plain {@link ObjectMapper} with {@link NewsEventsModule}. */
  public static ObjectMapper mapper() {
    return new ObjectMapper().registerModule(new NewsEventsModule());
  }

  @Setup
  public void setUp() throws IOException {
    ObjectMapper mapper = mapper();
    writer = mapper.writerFor(Extraction.class);
    reader = mapper.readerFor(Extraction.class);
    List<String> texts = Corpus.named(corpus);
    extractions = new Extraction[texts.size()];
    json = new byte[texts.size()][];
    factory = mapper.getFactory();
    tokens = new JsonToken[texts.size()][];
    values = new Object[texts.size()][];
    for (int i = 0; i < extractions.length; i++) {
      extractions[i] = NewsEvents.extract(texts.get(i));
      json[i] = writer.writeValueAsBytes(extractions[i]);
      List<JsonToken> ts = new java.util.ArrayList<>();
      List<Object> vs = new java.util.ArrayList<>();
      try (JsonParser p = factory.createParser(json[i])) {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          ts.add(t);
          vs.add(t == JsonToken.FIELD_NAME || t == JsonToken.VALUE_STRING ? p.getText()
              : t.isNumeric() ? p.getNumberValue() : null);
        }
      }
      tokens[i] = ts.toArray(new JsonToken[0]);
      values[i] = vs.toArray();
    }
    next = 0;
  }

  /** How many tokens the documents of {@link #readTokens()} and {@link #writeTokens()} hold, in turn. */
  public int[] tokenCounts() {
    int[] n = new int[tokens.length];
    for (int i = 0; i < n.length; i++) {
      n[i] = tokens[i].length;
    }
    return n;
  }

  private int advance() {
    int i = next;
    next = i + 1 == extractions.length ? 0 : i + 1;
    return i;
  }

  /** The extractions written and read, in the order the benchmarks take them. */
  public List<Extraction> extractions() {
    return List.of(extractions);
  }

  @Benchmark
  public byte[] write() throws IOException {
    return writer.writeValueAsBytes(extractions[advance()]);
  }

  @Benchmark
  public Extraction read() throws IOException {
    return reader.readValue(json[advance()]);
  }

  @Benchmark
  public Extraction writeRead() throws IOException {
    return reader.readValue(writer.writeValueAsBytes(extractions[advance()]));
  }

  /** Reads every token of a document, decoding names, strings and numbers; returns the token count. */
  @Benchmark
  public long readTokens() throws IOException {
    long count = 0;
    long check = 0;
    try (JsonParser p = factory.createParser(json[advance()])) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        count++;
        if (t == JsonToken.FIELD_NAME || t == JsonToken.VALUE_STRING) {
          check += p.getText().length();
        } else if (t == JsonToken.VALUE_NUMBER_INT) {
          check += p.getLongValue();
        }
      }
    }
    return check == Long.MIN_VALUE ? -1 : count; // the decoded values are used
  }

  /** Writes the tokens of a document with their values, as {@link #write()} does: the same bytes. */
  @Benchmark
  public byte[] writeTokens() throws IOException {
    int i = advance();
    JsonToken[] ts = tokens[i];
    Object[] vs = values[i];
    ByteArrayBuilder out = new ByteArrayBuilder(json[i].length + 64);
    try (JsonGenerator g = factory.createGenerator(out)) {
      for (int k = 0; k < ts.length; k++) {
        switch (ts[k]) {
          case START_OBJECT: g.writeStartObject(); break;
          case END_OBJECT: g.writeEndObject(); break;
          case START_ARRAY: g.writeStartArray(); break;
          case END_ARRAY: g.writeEndArray(); break;
          case FIELD_NAME: g.writeFieldName((String) vs[k]); break;
          case VALUE_STRING: g.writeString((String) vs[k]); break;
          case VALUE_NUMBER_INT: g.writeNumber(((Number) vs[k]).longValue()); break;
          case VALUE_NUMBER_FLOAT: g.writeNumber(((Number) vs[k]).doubleValue()); break;
          case VALUE_TRUE: g.writeBoolean(true); break;
          case VALUE_FALSE: g.writeBoolean(false); break;
          case VALUE_NULL: g.writeNull(); break;
          default: throw new IllegalStateException("unexpected token " + ts[k]);
        }
      }
    }
    return out.toByteArray();
  }
}
