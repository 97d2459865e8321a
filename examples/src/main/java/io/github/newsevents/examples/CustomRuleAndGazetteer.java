package io.github.newsevents.examples;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.extract.Extractor;
import io.github.newsevents.gazetteer.EntryKind;
import io.github.newsevents.gazetteer.Gazetteer;
import io.github.newsevents.gazetteer.GazetteerEntry;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Removal;
import io.github.newsevents.parse.ArticleParser;
import io.github.newsevents.parse.NoiseRule;
import io.github.newsevents.parse.ParseOptions;
import java.util.List;

/**
 * Plugs a noise rule of your own into the {@link ArticleParser} and an entry of your own into the
 * {@link Gazetteer}, and shows the effect: the podcast promotion line is removed (and recorded),
 * and the Arctic Council becomes an actor. (All of this example's parser-specific code is here.)
 */
public final class CustomRuleAndGazetteer {
  private CustomRuleAndGazetteer() {}

  /** An article written for this example, with a line of page furniture the defaults keep. */
  static final String ARTICLE = String.join("\n",
      "date 2025-09-15",
      "headline Arctic talks resume in Tromso",
      "",
      "The Arctic Council said on Monday that its working groups would meet again in Tromso in October.",
      "",
      "Listen to our podcast: The Week in the North",
      "",
      "Danish Foreign Minister Jens Holm said the council \"has to talk about shipping routes now\".",
      "");

  public static void main(String[] args) {
    Extraction plain = NewsEvents.extract(ARTICLE);

    // a whole-line rule: the pattern must match the entire trimmed line, so it cannot cut a
    // sentence of news in two; bounded and possessive, as every pattern of the library is
    ArticleParser parser = ArticleParser.with(ParseOptions.defaults()
        .withNoiseRule(NoiseRule.ofRegex("podcast-promo", "listen to our podcast\\b[^\\n]{0,200}+")));
    Gazetteer gazetteer = Gazetteer.defaults().toBuilder()
        .add(GazetteerEntry.of(EntryKind.ORGANIZATION, "Arctic Council", null, List.of()))
        .build();
    Extractor extractor = Extractor.withGazetteer(gazetteer);
    Extraction custom = extractor.extract(parser.parse(ARTICLE));

    print("defaults", plain);
    print("custom rule and entry", custom);
  }

  private static void print(String label, Extraction extraction) {
    System.out.println(label + ":");
    for (Removal removal : extraction.article().removed()) {
      System.out.println("  removed by " + removal.rule() + ": " + removal.text());
    }
    System.out.println("  paragraphs: " + extraction.article().paragraphs().size());
    for (Actor actor : extraction.actors()) {
      System.out.println("  actor: " + actor.name() + " (" + actor.kind() + ")");
    }
  }
}
