package io.github.newsevents.json.interop;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document as plain Java values, what both Jackson lines make of a tree with {@code
 * convertValue(node, Map.class)} and of a map with {@code valueToTree}: an object is a {@code
 * Map<String, Object>} in document order, an array a {@code List}, a string a {@code String}, a
 * number a {@code Number}, {@code true} and {@code false} a {@code Boolean}, {@code null} a null
 * value. Reading follows Jackson 2's {@code JsonNode.path} and {@code asText}, so that a document
 * reads alike whichever line handed it over.
 */
final class PlainJson {
  /** What {@link #path} gives for a property that is not there (Jackson's missing node). */
  static final Object MISSING = new Object() {
    @Override
    public String toString() {
      return "missing";
    }
  };

  private PlainJson() {}

  /** The value of {@code name} in {@code node} when it is an object that has it, else {@link #MISSING}. */
  static Object path(Object node, String name) {
    if (node instanceof Map<?, ?> object && object.containsKey(name)) {
      return object.get(name);
    }
    return MISSING;
  }

  static boolean has(Object node, String name) {
    return path(node, name) != MISSING;
  }

  static boolean isText(Object value) {
    return value instanceof String;
  }

  /**
   * A value as text: a string itself, a number or boolean as JSON writes it, an object or array
   * empty; {@code otherwise} when missing or null (Jackson 2's {@code asText(otherwise)}).
   */
  static String text(Object value, String otherwise) {
    if (value == MISSING || value == null) {
      return otherwise;
    }
    if (value instanceof Map || value instanceof List) {
      return "";
    }
    return String.valueOf(value);
  }

  /** As {@link #text(Object, String)}, and {@code "null"} for null (Jackson 2's {@code asText()}). */
  static String text(Object value) {
    return value == null ? "null" : text(value, "");
  }

  /** The elements of an array, or the values of an object, in document order; none of anything else. */
  static Collection<?> elements(Object value) {
    if (value instanceof List<?> list) {
      return list;
    }
    if (value instanceof Map<?, ?> object) {
      return object.values();
    }
    return List.of();
  }

  /** An object being written, in the order its properties are put. */
  static final class Obj extends LinkedHashMap<String, Object> {
    private static final long serialVersionUID = 1L;

    Obj with(String name, String value) {
      put(name, value);
      return this;
    }

    Obj object(String name) {
      Obj o = new Obj();
      put(name, o);
      return o;
    }

    List<Object> array(String name) {
      List<Object> a = new ArrayList<>();
      put(name, a);
      return a;
    }
  }

  /** A new object appended to an array. */
  static Obj add(List<Object> array) {
    Obj o = new Obj();
    array.add(o);
    return o;
  }
}
