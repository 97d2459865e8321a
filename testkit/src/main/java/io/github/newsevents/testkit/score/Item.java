package io.github.newsevents.testkit.score;

import io.github.newsevents.model.Span;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A gold or predicted item as a report shows it: a one-line label, its attributes by name (names
 * of actors resolved from ids), and where the article speaks of it. Immutable.
 */
@Value.Immutable
public interface Item {
  /** Its position in the gold file's or the prediction's list of its kind. */
  int index();

  /** One line: "Dmitry Peskov: businesslike", "Steve Witkoff, Yuri Ushakov (IN_PERSON, HELD)". */
  String label();

  /** Attribute values by name, in a fixed order per kind ({@code speaker}, {@code quote} ...). */
  Map<String, String> attributes();

  /**
   * Where the article's text holds it: a predicted item's spans, or where a gold quote's words
   * were found; empty when unknown.
   */
  List<Span> spans();

  final class Builder extends ImmutableItem.Builder {}
}
