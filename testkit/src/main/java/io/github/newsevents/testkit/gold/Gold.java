package io.github.newsevents.testkit.gold;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The gold annotation of one article: its actors, its direct statements, meetings and ceasefires,
 * and the annotator's notes. Items marked {@code optional} are debatable: a scorer counts them
 * neither as hits nor as misses. Immutable; build one with {@link Builder} or read one with {@link
 * GoldFormat}.
 */
@Value.Immutable
public interface Gold {
  /** The article's date, headline and source, when the file gives them. */
  Optional<GoldArticle> article();

  List<GoldActor> actors();

  List<GoldStatement> statements();

  List<GoldMeeting> meetings();

  List<GoldCeasefire> ceasefires();

  /** The annotator's judgement calls. */
  Optional<String> notes();

  /**
   * Top-level fields this format does not know, by name in file order, each as compact JSON text;
   * written back after the known ones.
   */
  Map<String, String> unknownFields();

  /** The actor named {@code name}, or going by it as an alias (compared exactly). */
  default Optional<GoldActor> actor(String name) {
    for (GoldActor a : actors()) {
      if (a.name().equals(name) || a.aliases().contains(name)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  final class Builder extends ImmutableGold.Builder {}
}
