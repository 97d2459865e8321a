package io.github.newsevents.jackson;

import static io.github.newsevents.jackson.JsonTesting.resource;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * schema.org's terms, from the derived table beside the tests ({@code
 * interop/schemaorg-30.0-vocabulary.tsv}), and the check that a JSON-LD document uses no other:
 * every type, property (on a type in its domains, with a value in its ranges) and enumeration
 * member. A Jackson 3 document is checked as the JSON text it writes, read here.
 */
final class SchemaOrgVocabulary {
  static final SchemaOrgVocabulary RELEASE_30 = new SchemaOrgVocabulary(resource("interop/schemaorg-30.0-vocabulary.tsv"));

  final Map<String, Set<String>> supers = new HashMap<>();
  final Map<String, Set<String>> domains = new HashMap<>();
  final Map<String, Set<String>> ranges = new HashMap<>();
  final Set<String> members = new HashSet<>();

  SchemaOrgVocabulary(String tsv) {
    for (String line : tsv.split("\n")) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] c = line.split("\t", -1);
      switch (c[0]) {
        case "type":
          supers.put(c[1], Set.of(c[2].split("\\|")));
          break;
        case "property":
          domains.put(c[1], Set.of(c[2].split("\\|")));
          ranges.put(c[1], Set.of(c[3].split("\\|")));
          break;
        default:
          members.add(c[1]);
      }
    }
  }

  /** The type and every type above it. */
  Set<String> lineage(String type) {
    Set<String> out = new HashSet<>();
    List<String> todo = new ArrayList<>(List.of(type));
    while (!todo.isEmpty()) {
      String t = todo.remove(todo.size() - 1);
      if (out.add(t)) {
        todo.addAll(supers.getOrDefault(t, Set.of()));
      }
    }
    return out;
  }

  /** What in {@code node} is not schema.org's, as readable lines ("Event.attendees: no such property"). */
  List<String> problems(JsonNode node) {
    List<String> out = new ArrayList<>();
    check(node, null, out);
    return out;
  }

  private void check(JsonNode node, String expectedBy, List<String> out) {
    if (node.isArray()) {
      node.forEach(n -> check(n, expectedBy, out));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    String type = node.path("@type").asText(null);
    if (type == null) {
      if (!node.has("@id")) {
        out.add("a node with neither @type nor @id: " + node);
      }
      return; // a reference
    }
    if (!supers.containsKey(type)) {
      out.add(type + ": no such type");
      return;
    }
    if (expectedBy != null && ranges.get(expectedBy).stream().noneMatch(lineage(type)::contains)) {
      out.add(expectedBy + " takes no " + type + " (it takes " + new TreeSet<>(ranges.get(expectedBy)) + ")");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext();) {
      Map.Entry<String, JsonNode> f = it.next();
      String p = f.getKey();
      if (p.startsWith("@")) {
        continue;
      }
      if (!domains.containsKey(p)) {
        out.add(type + "." + p + ": no such property");
        continue;
      }
      if (domains.get(p).stream().noneMatch(lineage(type)::contains)) {
        out.add(type + "." + p + ": not a property of " + type + " (its domains are " + domains.get(p) + ")");
      }
      for (JsonNode v : f.getValue().isArray() ? f.getValue() : List.of(f.getValue())) {
        if (v.isTextual() && v.asText().startsWith("https://schema.org/")) {
          String member = v.asText().substring("https://schema.org/".length());
          if (!members.contains(member)) {
            out.add(type + "." + p + ": " + member + " is no enumeration member of schema.org");
          }
        }
      }
      check(f.getValue(), p, out);
    }
  }
}
