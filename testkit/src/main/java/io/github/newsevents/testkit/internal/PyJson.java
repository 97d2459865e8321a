package io.github.newsevents.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Writes a Jackson tree exactly as Python's {@code json.dumps(value, indent=N, ensure_ascii=A)}
 * does: {@code ", "}-free line ends, {@code ": "} after keys, {@code []} and {@code {}} for empty
 * containers, no final line break; strings escaped as Python escapes them (control characters as
 * {@code \\u00XX} in lower-case hex and, with {@code asciiOnly}, everything from U+007F up, a
 * character outside the Basic Multilingual Plane as its two surrogates). Numbers are written as
 * their text ({@link JsonNode#asText()}). Stateless.
 */
public final class PyJson {
  private PyJson() {}

  /** {@code node} in Python's layout with {@code indent} spaces per level. */
  public static String write(JsonNode node, int indent, boolean asciiOnly) {
    StringBuilder b = new StringBuilder();
    write(b, node, indent, 0, asciiOnly);
    return b.toString();
  }

  private static void write(StringBuilder b, JsonNode node, int indent, int depth, boolean ascii) {
    if (node.isObject()) {
      if (node.isEmpty()) {
        b.append("{}");
        return;
      }
      b.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonNode> f : node.properties()) {
        if (!first) {
          b.append(',');
        }
        first = false;
        newline(b, indent, depth + 1);
        string(b, f.getKey(), ascii);
        b.append(": ");
        write(b, f.getValue(), indent, depth + 1, ascii);
      }
      newline(b, indent, depth);
      b.append('}');
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        b.append("[]");
        return;
      }
      b.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          b.append(',');
        }
        newline(b, indent, depth + 1);
        write(b, node.get(i), indent, depth + 1, ascii);
      }
      newline(b, indent, depth);
      b.append(']');
    } else if (node.isTextual()) {
      string(b, node.textValue(), ascii);
    } else if (node.isNull() || node.isMissingNode()) {
      b.append("null");
    } else if (node.isBoolean()) {
      b.append(node.booleanValue() ? "true" : "false");
    } else if (node.isBigDecimal()) {
      b.append(node.decimalValue().toString());
    } else {
      b.append(node.asText());
    }
  }

  private static void newline(StringBuilder b, int indent, int depth) {
    b.append('\n');
    for (int i = indent * depth; i > 0; i--) {
      b.append(' ');
    }
  }

  /** {@code s} as a JSON string, escaped as Python's {@code json} module escapes it. */
  public static void string(StringBuilder b, String s, boolean asciiOnly) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          b.append("\\\"");
          break;
        case '\\':
          b.append("\\\\");
          break;
        case '\n':
          b.append("\\n");
          break;
        case '\r':
          b.append("\\r");
          break;
        case '\t':
          b.append("\\t");
          break;
        case '\b':
          b.append("\\b");
          break;
        case '\f':
          b.append("\\f");
          break;
        default:
          if (c < 0x20 || (asciiOnly && c > 0x7e)) {
            b.append("\\u");
            String hex = Integer.toHexString(c);
            for (int k = hex.length(); k < 4; k++) {
              b.append('0');
            }
            b.append(hex);
          } else {
            b.append(c);
          }
      }
    }
    b.append('"');
  }
}
