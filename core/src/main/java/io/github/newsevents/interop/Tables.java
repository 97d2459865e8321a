package io.github.newsevents.interop;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The tab-separated resources of this package, read with {@link io.github.newsevents.internal.TsvLines}. */
final class Tables {
  private Tables() {}

  /** A resource of this package, as a UTF-8 reader; the library is broken without it. */
  static Reader resource(String name) {
    InputStream in = Tables.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name + " in newsevents-core");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /** Reads a bundled resource with {@code parser}, which the tests prove cannot fail on it. */
  static <T> T load(String name, IoFunction<Reader, T> parser) {
    try (Reader reader = resource(name)) {
      return parser.apply(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  @FunctionalInterface
  interface IoFunction<A, B> {
    B apply(A a) throws IOException;
  }
}
