package io.github.newsevents.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Article;
import io.github.newsevents.model.Paragraph;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NoiseRulesTest {

  /** For each default rule: lines it removes. */
  static final Map<String, List<String>> POSITIVE = new LinkedHashMap<>();

  /** For each default rule: lines that look like its noise but are news, which no rule removes. */
  static final Map<String, List<String>> NEGATIVE = new LinkedHashMap<>();

  static {
    example(
        NoiseRules.ADVERTISEMENT,
        List.of(
            "Advertisement",
            "Advertisment",
            "ADVERTISEMENT",
            "advertisements",
            "Ad",
            "Sponsored",
            "Sponsored content",
            "- Advertisement -",
            "ADVERTISEMENT - SCROLL TO CONTINUE WITH CONTENT",
            "Story continues below advertisement"),
        List.of(
            "The advertisement industry grew.",
            "Ad hoc talks were held in Geneva.",
            "Sponsored by the UN, the talks began on Monday."));
    example(
        NoiseRules.ALSO_READ,
        List.of(
            "Also read:",
            "Also read: Ceasefire talks stall again",
            "Also Read | Envoy heads to Cairo for truce talks",
            "ALSO READ",
            "See also: Timeline of the negotiations"),
        List.of(
            "Also read the statement carefully, the minister urged.",
            "She also read a letter from the president."));
    example(
        NoiseRules.READ_MORE,
        List.of(
            "Read more",
            "READ MORE:",
            "Read more: Why the truce collapsed",
            "Read more \u00BB",
            "What happens after the truce?Read more",
            "Continue reading"),
        List.of(
            "Officials said they would read more of the documents.",
            "Read more carefully, the court told the lawyers."));
    example(
        NoiseRules.WATCH,
        List.of(
            "Watch:",
            "Watch: President speaks about the truce",
            "WATCH | Envoys arrive in Doha",
            "Video: Delegations arrive for the talks",
            "Watch video",
            "Live updates"),
        List.of(
            "Watch the skies, the minister said.",
            "Video footage showed the convoy crossing the border.",
            "Live fire exercises were halted during the talks."));
    example(
        NoiseRules.CLICK_HERE,
        List.of(
            "Click here to read the full statement",
            "For the full text of the accord, click here.",
            "Click to watch"),
        List.of(
            "Users who click here and there on unknown links risk fraud, the agency said.",
            "Click-through rates fell sharply."));
    example(
        NoiseRules.NEWSLETTER,
        List.of(
            "Sign up for our daily newsletter",
            "Subscribe to our WhatsApp channel",
            "Get breaking news alerts on the stories you follow.",
            "alert-iconGet instant alerts on the talks",
            "Join our Telegram channel for the latest news",
            "Get the latest headlines delivered to your inbox",
            "Newsletter"),
        List.of(
            "Subscribers to the bulletin grew by 10 percent, the company said.",
            "Get the latest updates from the front, the commander urged soldiers.",
            "Sign up for the peace plan came from both parties."));
    example(
        NoiseRules.SHARE_BAR,
        List.of(
            "Share",
            "Share this article",
            "Share on Facebook Twitter WhatsApp",
            "Share: Facebook, Twitter, LinkedIn",
            "Facebook | X | Email",
            "Share | Tweet | Email",
            "Tweet | Share | Email",
            "Share Tweet Email Print"),
        List.of(
            "Share prices fell on Monday.",
            "Facebook and Twitter were blocked in the capital.",
            "Tweet by tweet, the minister answered his critics.",
            "Email the ministry, the statement said."));
    example(
        NoiseRules.SOCIAL_FOLLOW,
        List.of(
            "Follow us on X",
            "Follow us on Facebook and Instagram",
            "Jane Doe is our diplomatic correspondent; follow her on X @janedoe."),
        List.of(
            "Supporters vowed to follow him on the campaign trail.",
            "Follow-up talks are due in May."));
    example(
        NoiseRules.PHOTO_CREDIT,
        List.of(
            "Photo: Reuters",
            "(Photo: Reuters)",
            "File photo",
            "FILE PHOTO: Delegates at an earlier round of talks",
            "Image credit: Foreign ministry",
            "Representational image",
            "Delegates arrive for the talks in Doha. Photograph: Jane Doe/Reuters",
            "The two ministers shake hands before the meeting (AP Photo/John Roe)",
            "A convoy crosses the border [File: Jane Doe/AFP]",
            "Soldiers patrol near the front line. (Handout via AFP)"),
        List.of(
            "The ministry released a photograph showing the delegations.",
            "Photographs of the meeting were published on Monday.",
            "The envoy met officials in Doha (File notes show the talks collapsed) on Friday."));
    example(
        NoiseRules.COPYRIGHT,
        List.of(
            "\u00A9 2025 Example News Ltd",
            "Copyright 2025 Example Media. All rights reserved.",
            "Copyright \u00A9 Example Times. All rights reserved.",
            "All rights reserved."),
        List.of(
            "Copyright holders sued the company in 2024.",
            "The law protects copyright, the court said."));
    example(
        NoiseRules.AGENCY_CREDIT,
        List.of(
            "(With inputs from agencies)",
            "(With inputs from Reuters)",
            "With inputs from PTI",
            "With agency inputs",
            "(Reporting by Jane Doe; Editing by John Roe)",
            "Reporting by Jane Doe in Kyiv; Editing by John Roe",
            "Edited by: Jane Doe",
            "\u2014 Reuters",
            "(AFP)"),
        List.of(
            "With inputs from both sides, the mediators drafted a plan.",
            "Reporting by state media suggested the talks had stalled.",
            "Reuters reported that the talks had stalled."));
    example(
        NoiseRules.SCROLL_PROMPT,
        List.of("Scroll down for video", "Scroll down for videos", "Scroll down to watch"),
        List.of(
            "Rescuers had to scroll down the list of names, officials said.",
            "Scroll down the page to vote, the election board told voters."));
    example(
        NoiseRules.TIMESTAMP,
        List.of(
            "PUBLISHED: 09:15 GMT, 3 March 2025 | UPDATED: 11:40 GMT, 3 March 2025",
            "Published 2 June 2024",
            "Last updated: March 3, 2025",
            "Updated 2 hours ago",
            "Feb 27, 2026 6:40 pm",
            "Monday, 3 March 2025",
            "March 3, 2025 (Example Daily)",
            "5 min read"),
        List.of(
            "Published reports said the ceasefire held.",
            "Updated figures on 3 May showed more displaced people.",
            "Posted 300 troops to the border, the ministry said",
            "March 3, 2025 was the day the talks began."));
    example(
        NoiseRules.RELATED,
        List.of(
            "RELATED:",
            "Related Articles",
            "Related: Envoys meet in Geneva",
            "More from World News",
            "You may also like",
            "Most read",
            "list 1 of 3Envoys meet in Geneva"),
        List.of(
            "Related talks in Geneva collapsed last year.",
            "More from the minister's speech follows.",
            "Most readers backed the deal, a poll found."));
  }

  private static void example(String rule, List<String> positive, List<String> negative) {
    POSITIVE.put(rule, positive);
    NEGATIVE.put(rule, negative);
  }

  private static Optional<String> firstMatch(String line) {
    return NoiseRules.defaults().stream().filter(r -> r.matches(line)).map(NoiseRule::name).findFirst();
  }

  static Stream<Arguments> positives() {
    return POSITIVE.entrySet().stream()
        .flatMap(e -> e.getValue().stream().map(line -> Arguments.of(e.getKey(), line)));
  }

  static Stream<Arguments> negatives() {
    return NEGATIVE.entrySet().stream()
        .flatMap(e -> e.getValue().stream().map(line -> Arguments.of(e.getKey(), line)));
  }

  @ParameterizedTest(name = "{0} removes \"{1}\"")
  @MethodSource("positives")
  void eachRuleRemovesItsNoise(String rule, String line) {
    assertThat(NoiseRules.named(rule).orElseThrow().matches(line)).isTrue();
    assertThat(firstMatch(line)).as("the first default rule to match").contains(rule);
  }

  @ParameterizedTest(name = "no rule removes \"{1}\" (near {0})")
  @MethodSource("negatives")
  void noRuleRemovesNews(String rule, String line) {
    assertThat(firstMatch(line)).isEmpty();
  }

  @Test
  void everyDefaultRuleHasPositiveAndNegativeExamples() {
    List<String> names = NoiseRules.defaults().stream().map(NoiseRule::name).collect(Collectors.toList());
    assertThat(POSITIVE.keySet()).containsExactlyElementsOf(names);
    POSITIVE.values().forEach(v -> assertThat(v).isNotEmpty());
    NEGATIVE.values().forEach(v -> assertThat(v).isNotEmpty());
  }

  @Test
  void thePrecheckOfABuiltInRuleNeverChangesWhatItsPatternMatches() {
    List<String> lines =
        Stream.concat(POSITIVE.values().stream(), NEGATIVE.values().stream())
            .flatMap(List::stream)
            .flatMap(l -> Stream.of(l, l.toUpperCase(Locale.ROOT), l.toLowerCase(Locale.ROOT)))
            .collect(Collectors.toList());
    for (NoiseRule rule : NoiseRules.defaults()) {
      for (String line : lines) {
        assertThat(rule.matches(line))
            .as("%s on \"%s\"", rule.name(), line)
            .isEqualTo(rule.pattern().matcher(line).matches());
      }
    }
  }

  @Test
  void theShareBarOfIssue18IsRemovedFromABodyAndRecorded() {
    String text = "date 2025-04-12\n\nEnvoys met in Riyadh on Friday.\nShare | Tweet | Email\n"
        + "They will meet again next week.";

    Article article = ArticleParser.defaults().parse(text);

    assertThat(article.paragraphs()).extracting(Paragraph::text)
        .containsExactly("Envoys met in Riyadh on Friday.", "They will meet again next week.");
    assertThat(article.removed()).singleElement().satisfies(r -> {
      assertThat(r.rule()).isEqualTo(NoiseRules.SHARE_BAR);
      assertThat(r.text()).isEqualTo("Share | Tweet | Email");
      assertThat(text.substring(r.span().start(), r.span().end())).isEqualTo("Share | Tweet | Email");
    });
  }

  @Test
  void namesAreDistinctAndTheListIsImmutable() {
    List<String> names = NoiseRules.defaults().stream().map(NoiseRule::name).collect(Collectors.toList());
    assertThat(names).doesNotHaveDuplicates();
    assertThat(NoiseRules.defaults()).isUnmodifiable();
    assertThat(NoiseRules.named("no-such-rule")).isEmpty();
  }

  @Test
  void rulesMatchWholeLinesOnlyInAnArticle() {
    String lines =
        NEGATIVE.values().stream().flatMap(List::stream).collect(Collectors.joining("\n\n"));
    Article article = ArticleParser.defaults().parse(lines);
    assertThat(article.removed()).isEmpty();
    assertThat(article.paragraphs().stream().map(Paragraph::text))
        .containsExactlyElementsOf(NEGATIVE.values().stream().flatMap(List::stream).collect(Collectors.toList()));
  }

  @Test
  void noiseWithSurroundingSpacesIsStillNoise() {
    assertThat(NoiseRules.named("advertisement").orElseThrow().matches(" \u00A0Advertisement\u200B\t")).isTrue();
  }
}
