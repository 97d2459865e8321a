package io.github.newsevents.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CustomRuleAndGazetteerTest {
  @Test
  void theRuleRemovesThePromotionAndTheEntryMakesTheCouncilAnActor() throws Exception {
    String out = StandardOutput.of(() -> CustomRuleAndGazetteer.main(new String[0]));

    int custom = out.indexOf("custom rule and entry:\n");
    assertThat(custom).isPositive();
    List<String> defaults = out.substring(0, custom).lines().toList();
    List<String> withCustom = out.substring(custom).lines().toList();

    // what the defaults find may grow as the extractors improve; the difference is the point
    assertThat(defaults).contains("defaults:", "  paragraphs: 3", "  actor: Jens Holm (PERSON)")
        .noneMatch(line -> line.contains("podcast") || line.contains("Arctic Council"));
    assertThat(withCustom).containsSubsequence(
        "custom rule and entry:",
        "  removed by podcast-promo: Listen to our podcast: The Week in the North",
        "  paragraphs: 2",
        "  actor: Arctic Council (ORGANIZATION)",
        "  actor: Jens Holm (PERSON)");
    assertThat(withCustom).hasSize(defaults.size() + 2); // one removal and one actor more
  }
}
