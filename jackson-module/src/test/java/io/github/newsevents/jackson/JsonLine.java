package io.github.newsevents.jackson;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A Jackson line and its newsevents module: Jackson 2 with {@code
 * io.github.newsevents.jackson.NewsEventsModule}, Jackson 3 with {@code
 * io.github.newsevents.jackson3.NewsEventsModule}. The round-trip, error-message and
 * untrusted-input tests of this module take one as their parameter, so that one suite holds both
 * modules to the same contract. What differs between the lines is Jackson's, not ours, and is
 * named here: the exception classes (Jackson 3's are unchecked and renamed), how a parse error
 * inside a value carries its path (Jackson 2 wraps it, Jackson 3 adds the path to it), the
 * wording of a repeated key, the default read limits and the default for unknown properties.
 */
enum JsonLine {
  JACKSON_2 {
    @Override
    Mapper mapper(Options options) {
      com.fasterxml.jackson.core.JsonFactory factory = new com.fasterxml.jackson.core.JsonFactory();
      if (options.maxStringLength > 0) {
        factory.setStreamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
            .maxStringLength(options.maxStringLength).build());
      }
      io.github.newsevents.jackson.NewsEventsModule.Builder module =
          io.github.newsevents.jackson.NewsEventsModule.builder().ignoreUnknownProperties(options.ignoreUnknown);
      if (options.maxArticleLength != null) {
        module.maxArticleLength(options.maxArticleLength);
      }
      com.fasterxml.jackson.databind.json.JsonMapper.Builder b =
          com.fasterxml.jackson.databind.json.JsonMapper.builder(factory).addModule(module.build());
      if (options.coercing) {
        b.enable(com.fasterxml.jackson.databind.DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
            com.fasterxml.jackson.databind.DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS,
            com.fasterxml.jackson.databind.DeserializationFeature.ACCEPT_FLOAT_AS_INT,
            com.fasterxml.jackson.databind.DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT);
      }
      if (options.refuseUnknown) {
        b.enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      }
      com.fasterxml.jackson.databind.ObjectMapper m = b.build();
      return new Mapper() {
        @Override
        public String write(Object value) throws Exception {
          return m.writeValueAsString(value);
        }

        @Override
        public byte[] writeBytes(Object value) throws Exception {
          return m.writeValueAsBytes(value);
        }

        @Override
        public <T> T read(String json, Class<T> type) throws Exception {
          return m.readValue(json, type);
        }

        @Override
        public <T> T read(byte[] json, Class<T> type) throws Exception {
          return m.readValue(json, type);
        }

        @Override
        public <T> List<T> readLines(String json, Class<T> type) throws Exception {
          try (com.fasterxml.jackson.databind.MappingIterator<T> it = m.readerFor(type).readValues(json)) {
            return it.readAll();
          }
        }
      };
    }

    @Override
    Class<? extends Throwable> type(Kind kind) {
      switch (kind) {
        case ANY: return com.fasterxml.jackson.core.JacksonException.class;
        case PARSE: return com.fasterxml.jackson.core.JsonParseException.class;
        case MAPPING: return com.fasterxml.jackson.databind.JsonMappingException.class;
        case WRONG_TYPE: return com.fasterxml.jackson.databind.exc.MismatchedInputException.class;
        case INVALID_FORMAT: return com.fasterxml.jackson.databind.exc.InvalidFormatException.class;
        case INVALID_NULL: return com.fasterxml.jackson.databind.exc.InvalidNullException.class;
        case INSTANTIATION: return com.fasterxml.jackson.databind.exc.ValueInstantiationException.class;
        case UNKNOWN_PROPERTY: return com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException.class;
        case LIMIT: return com.fasterxml.jackson.core.exc.StreamConstraintsException.class;
        default: throw new AssertionError(kind);
      }
    }

    @Override
    Throwable parseError(Throwable t) {
      // met inside a value, Jackson 2 wraps the parser's error to add the path
      return t instanceof com.fasterxml.jackson.core.JsonParseException ? t : t.getCause();
    }

    @Override
    List<Object[]> path(Throwable t) {
      List<Object[]> path = new ArrayList<>();
      if (!(t instanceof com.fasterxml.jackson.databind.JsonMappingException)) {
        return path; // a parse error at the root, which Jackson 2 does not wrap
      }
      for (com.fasterxml.jackson.databind.JsonMappingException.Reference r
          : ((com.fasterxml.jackson.databind.JsonMappingException) t).getPath()) {
        path.add(new Object[] {r.getFieldName(), r.getIndex()});
      }
      return path;
    }

    @Override
    String pathReference(Throwable t) {
      return t instanceof com.fasterxml.jackson.databind.JsonMappingException
          ? ((com.fasterxml.jackson.databind.JsonMappingException) t).getPathReference()
          : "";
    }

    @Override
    int[] lineAndColumn(Throwable t) {
      com.fasterxml.jackson.core.JsonLocation l = ((com.fasterxml.jackson.core.JsonProcessingException) t).getLocation();
      return new int[] {l.getLineNr(), l.getColumnNr()};
    }

    @Override
    String duplicateKey(String name) {
      return "Duplicate field '" + name + "'";
    }

    @Override
    int defaultMaxDepth() {
      return com.fasterxml.jackson.core.StreamReadConstraints.DEFAULT_MAX_DEPTH;
    }

    @Override
    int defaultMaxStringLength() {
      return com.fasterxml.jackson.core.StreamReadConstraints.DEFAULT_MAX_STRING_LEN;
    }

    @Override
    int defaultMaxNumberLength() {
      return com.fasterxml.jackson.core.StreamReadConstraints.DEFAULT_MAX_NUM_LEN;
    }
  },

  JACKSON_3 {
    @Override
    Mapper mapper(Options options) {
      tools.jackson.core.json.JsonFactoryBuilder factory = tools.jackson.core.json.JsonFactory.builder();
      if (options.maxStringLength > 0) {
        factory.streamReadConstraints(tools.jackson.core.StreamReadConstraints.builder()
            .maxStringLength(options.maxStringLength).build());
      }
      io.github.newsevents.jackson3.NewsEventsModule.Builder module =
          io.github.newsevents.jackson3.NewsEventsModule.builder().ignoreUnknownProperties(options.ignoreUnknown);
      if (options.maxArticleLength != null) {
        module.maxArticleLength(options.maxArticleLength);
      }
      tools.jackson.databind.json.JsonMapper.Builder b =
          tools.jackson.databind.json.JsonMapper.builder(factory.build()).addModule(module.build());
      if (options.coercing) {
        b.enable(tools.jackson.databind.DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
            tools.jackson.databind.DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS,
            tools.jackson.databind.DeserializationFeature.ACCEPT_FLOAT_AS_INT,
            tools.jackson.databind.DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT);
      }
      if (options.refuseUnknown) {
        b.enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      }
      tools.jackson.databind.ObjectMapper m = b.build();
      return new Mapper() {
        @Override
        public String write(Object value) {
          return m.writeValueAsString(value);
        }

        @Override
        public byte[] writeBytes(Object value) {
          return m.writeValueAsBytes(value);
        }

        @Override
        public <T> T read(String json, Class<T> type) {
          return m.readValue(json, type);
        }

        @Override
        public <T> T read(byte[] json, Class<T> type) {
          return m.readValue(json, type);
        }

        @Override
        public <T> List<T> readLines(String json, Class<T> type) {
          try (tools.jackson.databind.MappingIterator<T> it = m.readerFor(type).readValues(json)) {
            return it.readAll();
          }
        }
      };
    }

    @Override
    Class<? extends Throwable> type(Kind kind) {
      switch (kind) {
        case ANY: return tools.jackson.core.JacksonException.class;
        case PARSE: return tools.jackson.core.exc.StreamReadException.class;
        case MAPPING: return tools.jackson.databind.DatabindException.class;
        case WRONG_TYPE: return tools.jackson.databind.exc.MismatchedInputException.class;
        case INVALID_FORMAT: return tools.jackson.databind.exc.InvalidFormatException.class;
        case INVALID_NULL: return tools.jackson.databind.exc.InvalidNullException.class;
        case INSTANTIATION: return tools.jackson.databind.exc.ValueInstantiationException.class;
        case UNKNOWN_PROPERTY: return tools.jackson.databind.exc.UnrecognizedPropertyException.class;
        case LIMIT: return tools.jackson.core.exc.StreamConstraintsException.class;
        default: throw new AssertionError(kind);
      }
    }

    @Override
    Throwable parseError(Throwable t) {
      // Jackson 3 adds the path to the parser's error itself
      return t;
    }

    @Override
    List<Object[]> path(Throwable t) {
      List<Object[]> path = new ArrayList<>();
      for (tools.jackson.core.JacksonException.Reference r : ((tools.jackson.core.JacksonException) t).getPath()) {
        path.add(new Object[] {r.getPropertyName(), r.getIndex()});
      }
      return path;
    }

    @Override
    String pathReference(Throwable t) {
      return ((tools.jackson.core.JacksonException) t).getPathReference();
    }

    @Override
    int[] lineAndColumn(Throwable t) {
      tools.jackson.core.TokenStreamLocation l = ((tools.jackson.core.JacksonException) t).getLocation();
      return new int[] {l.getLineNr(), l.getColumnNr()};
    }

    @Override
    String duplicateKey(String name) {
      return "Duplicate Object property \"" + name + "\"";
    }

    @Override
    int defaultMaxDepth() {
      return tools.jackson.core.StreamReadConstraints.DEFAULT_MAX_DEPTH;
    }

    @Override
    int defaultMaxStringLength() {
      return tools.jackson.core.StreamReadConstraints.DEFAULT_MAX_STRING_LEN;
    }

    @Override
    int defaultMaxNumberLength() {
      return tools.jackson.core.StreamReadConstraints.DEFAULT_MAX_NUM_LEN;
    }
  };

  /** The kinds of error the README promises, each a class of its own in each line. */
  enum Kind {
    /** Any Jackson exception. */
    ANY,
    /** Not JSON: Jackson 2's {@code JsonParseException}, Jackson 3's {@code StreamReadException}. */
    PARSE,
    /** JSON of the wrong shape: {@code JsonMappingException}, Jackson 3's {@code DatabindException}. */
    MAPPING,
    WRONG_TYPE,
    INVALID_FORMAT,
    INVALID_NULL,
    INSTANTIATION,
    UNKNOWN_PROPERTY,
    /** Over a read limit. */
    LIMIT
  }

  /** How a mapper of the suite is configured; each line builds the same one. */
  static final class Options {
    boolean ignoreUnknown;
    boolean refuseUnknown;
    boolean coercing;
    Integer maxArticleLength;
    int maxStringLength;

    /** Unknown properties ignored by the module. */
    Options ignoreUnknown() {
      ignoreUnknown = true;
      return this;
    }

    /** Unknown properties refused by the mapper: Jackson 2's default, not Jackson 3's. */
    Options refuseUnknown() {
      refuseUnknown = true;
      return this;
    }

    /** A mapper set to coerce all it can: the module's types must still refuse. */
    Options coercing() {
      coercing = true;
      return this;
    }

    Options maxArticleLength(int max) {
      maxArticleLength = max;
      return this;
    }

    /** The mapper's own string limit ({@code StreamReadConstraints}). */
    Options maxStringLength(int max) {
      maxStringLength = max;
      return this;
    }
  }

  /** What the tests do with a mapper, in either line. */
  interface Mapper {
    String write(Object value) throws Exception;

    byte[] writeBytes(Object value) throws Exception;

    <T> T read(String json, Class<T> type) throws Exception;

    <T> T read(byte[] json, Class<T> type) throws Exception;

    /** JSON lines: one document after another. */
    <T> List<T> readLines(String json, Class<T> type) throws Exception;
  }

  private Mapper plain;

  /**
   * A mapper with only the module registered, Jackson's defaults otherwise except for unknown
   * properties, which it refuses in both lines (Jackson 2's default; Jackson 3 ignores them unless
   * told, see {@code NewsEventsModuleTest} of each module).
   */
  synchronized Mapper plain() {
    if (plain == null) {
      plain = mapper(new Options().refuseUnknown());
    }
    return plain;
  }

  abstract Mapper mapper(Options options);

  /** The line's exception class of {@code kind}. */
  abstract Class<? extends Throwable> type(Kind kind);

  /** Whether {@code t} is an error of {@code kind} in this line. */
  boolean is(Throwable t, Kind kind) {
    return type(kind).isInstance(t);
  }

  /** The parser's own error in {@code t}, an error met while reading a value. */
  abstract Throwable parseError(Throwable t);

  abstract List<Object[]> path(Throwable t);

  /** {@code t.getPath()} as JSONPath, such as {@code $.meetings[0].participants[1]}. */
  String jsonPath(Throwable t) {
    StringBuilder b = new StringBuilder("$");
    for (Object[] r : path(t)) {
      if (r[0] != null) {
        b.append('.').append(r[0]);
      } else {
        b.append('[').append(r[1]).append(']');
      }
    }
    return b.toString();
  }

  /** Jackson's reference chain, which its messages quote. */
  abstract String pathReference(Throwable t);

  /** Line and column of the error's location. */
  abstract int[] lineAndColumn(Throwable t);

  /** How the line words a key repeated in an object. */
  abstract String duplicateKey(String name);

  abstract int defaultMaxDepth();

  abstract int defaultMaxStringLength();

  abstract int defaultMaxNumberLength();

  @Override
  public String toString() {
    return this == JACKSON_2 ? "Jackson 2" : "Jackson 3";
  }
}
