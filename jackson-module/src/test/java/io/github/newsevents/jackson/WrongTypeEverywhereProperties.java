package io.github.newsevents.jackson;

import static io.github.newsevents.jackson.JsonLine.Kind.WRONG_TYPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.testkit.Generators;
import io.github.newsevents.testkit.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every value of a written extraction, replaced by a value of another JSON type, is refused as a
 * {@code MismatchedInputException} at that value's path: so that no property, today's or one added
 * later, is read with Jackson's coercions. Extractions drawn by the test kit's generators; a failure
 * names its seed (rerun alone with {@code -Dnewsevents.seed=<seed>}). One suite for both modules
 * ({@link JsonLine}); the documents are edited as Jackson 2 trees, which is only text here.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(JsonLine.class)
class WrongTypeEverywhereProperties {
  @Parameter
  JsonLine line;

  static LongStream seeds() {
    return Seeds.of(20261206L, 6);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyValueOfAnotherTypeIsRefusedAtItsPath(long seed) throws Exception {
    Extraction x = Generators.extraction(Seeds.random(seed));
    JsonNode tree = JsonTesting.tree(line.plain().write(x));
    List<String> failures = new ArrayList<>();
    int[] tried = {0};

    leaves(tree, "$", (leaf) -> {
      for (JsonNode wrong : wrongValues(leaf.value)) {
        tried[0]++;
        leaf.replace(wrong);
        String json = tree.toString();
        leaf.restore();
        Throwable t = catchThrowable(() -> line.plain().read(json, Extraction.class));
        if (t == null || !line.is(t, WRONG_TYPE)) {
          failures.add(leaf.path + " = " + wrong + ": " + (t == null ? "accepted" : t));
        } else if (!line.jsonPath(t).equals(leaf.path)) {
          failures.add(leaf.path + " = " + wrong + ": refused at " + line.jsonPath(t));
        }
      }
    });

    assertThat(tried[0]).as("seed %d", seed).isGreaterThan(10);
    assertThat(failures).as("seed %d", seed).isEmpty();
  }

  /** Values of every other JSON type than {@code v}'s (and a fraction for an integer). */
  private static List<JsonNode> wrongValues(JsonNode v) {
    if (v.isTextual()) {
      return List.of(IntNode.valueOf(5), BooleanNode.TRUE);
    }
    if (v.isIntegralNumber()) {
      return List.of(TextNode.valueOf(v.asText()), DoubleNode.valueOf(v.asInt() + 0.5));
    }
    if (v.isBoolean()) {
      return List.of(TextNode.valueOf(v.asText()), IntNode.valueOf(1));
    }
    return List.of();
  }

  /** A scalar value in the tree, which can be swapped for another and put back. */
  private static final class Leaf {
    final String path;
    final JsonNode value;
    private final Consumer<JsonNode> set;

    Leaf(String path, JsonNode value, Consumer<JsonNode> set) {
      this.path = path;
      this.value = value;
      this.set = set;
    }

    void replace(JsonNode other) {
      set.accept(other);
    }

    void restore() {
      set.accept(value);
    }
  }

  private static void leaves(JsonNode node, String path, Consumer<Leaf> each) {
    if (node instanceof ObjectNode) {
      ObjectNode o = (ObjectNode) node;
      List<String> names = new ArrayList<>();
      for (Map.Entry<String, JsonNode> property : o.properties()) {
        names.add(property.getKey());
      }
      for (String name : names) {
        JsonNode child = o.get(name);
        String p = path + "." + name;
        if (child.isValueNode() && !child.isNull()) {
          each.accept(new Leaf(p, child, v -> o.set(name, v)));
        } else {
          leaves(child, p, each);
        }
      }
    } else if (node instanceof ArrayNode) {
      ArrayNode a = (ArrayNode) node;
      for (int i = 0; i < a.size(); i++) {
        JsonNode child = a.get(i);
        String p = path + "[" + i + "]";
        int index = i;
        if (child.isValueNode() && !child.isNull()) {
          each.accept(new Leaf(p, child, v -> a.set(index, v)));
        } else {
          leaves(child, p, each);
        }
      }
    }
  }
}
