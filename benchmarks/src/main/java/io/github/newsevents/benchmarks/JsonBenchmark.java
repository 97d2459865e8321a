package io.github.newsevents.benchmarks;

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
    for (int i = 0; i < extractions.length; i++) {
      extractions[i] = NewsEvents.extract(texts.get(i));
      json[i] = writer.writeValueAsBytes(extractions[i]);
    }
    next = 0;
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
}
