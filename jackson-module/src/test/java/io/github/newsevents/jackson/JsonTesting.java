package io.github.newsevents.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** What the tests of this module share: a mapper, fixtures, and a readable form of error paths. */
final class JsonTesting {
  /** A plain mapper with only our module registered: Jackson's defaults otherwise. */
  static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new NewsEventsModule());

  private JsonTesting() {}

  /** A test resource beside this class, as UTF-8 text. */
  static String resource(String name) {
    try (InputStream in = JsonTesting.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON tree of {@code json}, for comparisons that ignore layout and key order. */
  static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Single quotes to double quotes, so that literal JSON in tests stays readable. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  /** {@code e.getPath()} as JSONPath, such as {@code $.meetings[0].participants[1]}. */
  static String path(JsonMappingException e) {
    StringBuilder b = new StringBuilder("$");
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        b.append('.').append(r.getFieldName());
      } else {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }
}
