package io.github.newsevents.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.internal.Chars;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Paragraph;
import io.github.newsevents.model.Removal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The index answers for all rules at once exactly what each rule's own precheck answers, so the
 * parser removes the same lines with it as without it.
 */
class NoiseIndexTest {
  /** Lines whose first or last characters are the awkward ones for a precheck. */
  private static final List<String> AWKWARD =
      List.of(
          "\u0130nbox news", // a capital I with a dot, lower case "i" plus a mark
          "\u212Aremlin said", // the Kelvin sign, lower case "k"
          "\u00C9lys\u00E9e statement", // an accented capital
          "\u00E9bauche du texte", // an accented lower-case start
          "\u2013 Reuters",
          "\u2014 AP",
          "\u2022 Advertisement",
          "\u00A9 2025 News Ltd",
          "\u0661\u0662 min read", // Arabic-Indic digits
          "\u00BD of the talks",
          "x",
          "X | Email",
          "E-mail | Print",
          "e",
          "Abcdefghijklmnopqrstuvwxyz is one long first word",
          "Monday, March 3, 2025",
          "Mondayish plans",
          "Talks ended.",
          "The envoy met",
          "\"No.\"",
          "He said: \"No\" (AP Photo/Jane Roe)",
          "Caption of the day Photograph: Agency",
          "Send it to your inbox!",
          "Find out more:",
          "Follow the envoy @envoy.",
          "[File: a protest in the capital]");

  private static List<String> lines() {
    return Stream.of(
            NoiseRulesTest.POSITIVE.values().stream().flatMap(List::stream),
            NoiseRulesTest.NEGATIVE.values().stream().flatMap(List::stream),
            AWKWARD.stream())
        .flatMap(s -> s)
        .flatMap(l -> Stream.of(l, l.toUpperCase(Locale.ROOT), l.toLowerCase(Locale.ROOT)))
        .collect(Collectors.toList());
  }

  @Test
  void answersForEveryBuiltInRuleWhatItsOwnPrecheckAnswers() {
    List<NoiseRule> rules = NoiseRules.defaults();
    NoiseIndex index = NoiseIndex.of(rules);
    for (String line : lines()) {
      int from = Chars.skipSpace(line, 0, line.length());
      int to = Chars.trimEnd(line, from, line.length());
      if (from == to) {
        continue;
      }
      long candidates = index.candidates(line, from, to);
      for (int r = 0; r < rules.size(); r++) {
        assertThat((candidates & 1L << r) != 0)
            .as("%s on \"%s\"", rules.get(r).name(), line)
            .isEqualTo(rules.get(r).mayMatch(line, from, to));
      }
    }
  }

  @Test
  void aRuleWithoutAPrecheckIsTriedOnEveryLine() {
    List<NoiseRule> rules = new ArrayList<>(NoiseRules.defaults());
    rules.add(2, NoiseRule.ofRegex("promo", "promo code .{1,40}+"));
    NoiseIndex index = NoiseIndex.of(rules);

    assertThat(index.candidates("Talks ended.", 0, 12) & 1L << 2).isNotZero();
    assertThat(index.candidates("promo code X1", 0, 13) & 1L << 2).isNotZero();
  }

  @Test
  void rulesPastTheIndexedOnesStillRemoveTheirLines() {
    List<NoiseRule> rules = new ArrayList<>();
    for (int i = 0; i < NoiseIndex.INDEXED + 6; i++) {
      rules.add(NoiseRule.of("filler-" + i, Pattern.compile("filler line " + i)));
    }
    rules.addAll(NoiseRules.defaults()); // the built-in rules, with their prechecks, past bit 63
    ArticleParser parser = ArticleParser.with(ParseOptions.defaults().withNoiseRules(rules));

    Article article =
        parser.parse("Envoys met on Friday.\nfiller line 69\nAdvertisement\nThey meet again soon.");

    assertThat(article.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly("Envoys met on Friday.", "They meet again soon.");
    assertThat(article.removed())
        .extracting(Removal::rule)
        .containsExactly("filler-69", NoiseRules.ADVERTISEMENT);
  }

  @Test
  void theParserRemovesTheSameLinesAsEachRuleOnItsOwn() {
    List<String> lines = lines();
    String text = String.join("\n\n", lines);
    Article article = ArticleParser.with(ParseOptions.defaults()).parse("\n" + text);

    List<String> expected = new ArrayList<>();
    for (String line : lines) {
      NoiseRules.defaults().stream()
          .filter(r -> r.matches(line))
          .findFirst()
          .ifPresent(r -> expected.add(r.name() + ": " + trimmed(line)));
    }
    assertThat(article.removed().stream()
            .filter(r -> !r.rule().equals(ParseRun.BYLINE))
            .map(r -> r.rule() + ": " + r.text()))
        .containsExactlyElementsOf(expected);
  }

  private static String trimmed(String line) {
    int from = Chars.skipSpace(line, 0, line.length());
    return line.substring(from, Chars.trimEnd(line, from, line.length()));
  }
}
