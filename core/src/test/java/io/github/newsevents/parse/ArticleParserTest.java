package io.github.newsevents.parse;

import static io.github.newsevents.parse.ArticleAssertions.assertOffsetsExact;
import static io.github.newsevents.parse.ArticleAssertions.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsevents.model.Article;
import io.github.newsevents.model.Dateline;
import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.Paragraph;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.Removal;
import io.github.newsevents.model.Span;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ArticleParserTest {
  private static final ArticleParser PARSER = ArticleParser.defaults();

  private static List<String> texts(Article a) {
    return a.paragraphs().stream().map(Paragraph::text).collect(Collectors.toList());
  }

  private static List<String> codes(Article a) {
    return a.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList());
  }

  private static Diagnostic diagnostic(Article a, String code) {
    return a.diagnostics().stream()
        .filter(d -> d.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no diagnostic " + code + " in " + a.diagnostics()));
  }

  @Nested
  class Seed {
    private final String seed = seed();
    private final Article article = PARSER.parse(seed);

    @Test
    void readsTheInlineDateHeader() {
      assertThat(seed).startsWith(" date 2025-04-12 The Kremlin");
      assertThat(article.published()).contains(PartialDate.of(2025, 4, 12));
      assertThat(article.paragraphs().get(0).span().start()).isEqualTo(17);
      assertThat(article.paragraphs().get(0).text()).startsWith("The Kremlin said on Friday");
      assertThat(article.language()).isEqualTo("en");
      assertThat(article.headline()).isEmpty();
      assertThat(article.dateline()).isEmpty();
    }

    @Test
    void keepsTwelveParagraphsOfWhichTwoAreHeadings() {
      assertThat(article.paragraphs()).hasSize(12);
      List<Paragraph> headings =
          article.paragraphs().stream().filter(Paragraph::heading).collect(Collectors.toList());
      assertThat(headings).hasSize(2);
      assertThat(headings.get(0).text()).startsWith("Trump:");
      assertThat(headings.get(1).text()).isEqualTo("Third Russian visit for Trump envoy");
      assertThat(article.paragraphs().indexOf(headings.get(0))).isEqualTo(3);
      assertThat(article.paragraphs().indexOf(headings.get(1))).isEqualTo(8);
    }

    @Test
    void removesTheNoise() {
      for (String p : texts(article)) {
        assertThat(p)
            .doesNotContain("Advertisment")
            .doesNotContain("Also read")
            .doesNotContain("Watch:")
            .doesNotContain("(With inputs from agencies)");
      }
    }

    @Test
    void recordsTheEightRemovals() {
      assertThat(article.removed()).hasSize(8);
      assertThat(article.removed())
          .extracting(Removal::rule)
          .containsExactly(
              "advertisement",
              "also-read",
              "advertisement",
              "advertisement",
              "also-read",
              "also-read",
              "watch",
              "agency-credit");
      assertThat(article.removed().get(0).text()).isEqualTo("Advertisment");
      assertThat(article.removed().get(7).text()).isEqualTo("(With inputs from agencies)");
      assertThat(article.removed().get(7).span().end()).isEqualTo(seed.length());
    }

    @Test
    void spansIndexTheInputExactly() {
      assertOffsetsExact(article);
      assertThat(article.text()).isSameAs(seed);
    }

    @Test
    void splitsSentencesAndTracksTheQuoteRunningOverTwo() {
      // “Russia has to get moving. Too many people were DYING, ...!!!” Trump posted ...
      Paragraph quote = article.paragraphs().get(5);
      assertThat(quote.text()).startsWith("“Russia has to get moving.");
      assertThat(quote.sentences()).hasSize(2);
      assertThat(quote.sentences().get(0).insideQuote()).isFalse();
      assertThat(quote.sentences().get(1).insideQuote()).isTrue();
      assertThat(quote.sentences().get(1).span().of(seed)).endsWith("Trump posted on Truth Social on Friday (11 April).");
      assertThat(article.paragraphs().get(11).sentences()).hasSize(3);
    }

    @Test
    void reportsNothingOdd() {
      assertThat(article.diagnostics()).isEmpty();
    }
  }

  @Nested
  class HeaderBlock {
    private final String text =
        "headline: Envoys agree to extend grain corridor\n"
            + "source: Example Wire\n"
            + "url: https://news.example.com/world/grain-corridor\n"
            + "author: Jane Doe and John Roe\n"
            + "language: en-GB\n"
            + "date: 2025-03-14\n"
            + "\n"
            + "ANKARA, March 13 (Reuters) - Negotiators from both countries agreed on Thursday to"
            + " extend a shipping corridor for another 60 days, the foreign ministry said.\n"
            + "\n"
            + "Advertisement\n"
            + "\n"
            + "\"We have found a formula that keeps the ships moving,\" the ministry's spokesman told"
            + " reporters. \"Nobody wanted the corridor to close.\"\n"
            + "\n"
            + "What the deal covers\n"
            + "\n"
            + "The extension applies to grain and fertiliser cargoes leaving three ports.\n"
            + "\n"
            + "(Reporting by Jane Doe; Editing by John Roe)\n";
    private final Article article = PARSER.parse(text);

    @Test
    void readsEveryKey() {
      assertThat(article.headline()).contains("Envoys agree to extend grain corridor");
      assertThat(article.source()).contains("Example Wire");
      assertThat(article.url()).contains("https://news.example.com/world/grain-corridor");
      assertThat(article.authors()).containsExactly("Jane Doe", "John Roe");
      assertThat(article.language()).isEqualTo("en-GB");
      assertThat(article.published()).contains(PartialDate.of(2025, 3, 14));
      assertThat(article.diagnostics()).isEmpty();
    }

    @Test
    void stripsTheDatelineAndResolvesItsDate() {
      Dateline d = article.dateline().orElseThrow();
      assertThat(d.place()).contains("ANKARA");
      assertThat(d.agency()).contains("Reuters");
      assertThat(d.date()).contains(PartialDate.of(2025, 3, 13));
      assertThat(d.span().of(text)).isEqualTo("ANKARA, March 13 (Reuters) -");
      assertThat(article.paragraphs().get(0).text()).startsWith("Negotiators from both");
      assertThat(article.paragraphs().get(0).span().start()).isEqualTo(d.span().end() + 1);
    }

    @Test
    void keepsTheBodyWithoutNoise() {
      assertThat(texts(article)).hasSize(4);
      assertThat(article.paragraphs().get(2).text()).isEqualTo("What the deal covers");
      assertThat(article.paragraphs().get(2).heading()).isTrue();
      assertThat(article.paragraphs().get(1).sentences()).hasSize(2);
      assertThat(article.removed()).extracting(Removal::rule)
          .containsExactly("advertisement", "agency-credit");
      assertOffsetsExact(article);
    }

    @Test
    void acceptsKeysWithoutColonsAndRepeatedAuthors() {
      Article a =
          PARSER.parse(
              "date 2024-11-02\ntitle Talks resume\nauthor Jane Doe\nauthor John Roe, Ann Poe\n"
                  + "source Example Daily\n\nThe talks resumed on Friday.");
      assertThat(a.published()).contains(PartialDate.of(2024, 11, 2));
      assertThat(a.headline()).contains("Talks resume");
      assertThat(a.authors()).containsExactly("Jane Doe", "John Roe", "Ann Poe");
      assertThat(a.source()).contains("Example Daily");
      assertThat(texts(a)).containsExactly("The talks resumed on Friday.");
    }

    @Test
    void readsWrittenOutAndTimestampedDates() {
      assertThat(PARSER.parse("Date: April 12, 2025\n\nText.").published())
          .contains(PartialDate.of(2025, 4, 12));
      assertThat(PARSER.parse("date: 2025-04-12T09:30:00Z\n\nText.").published())
          .contains(PartialDate.of(2025, 4, 12));
      assertThat(PARSER.parse("date 2025-04\n\nText.").published())
          .contains(PartialDate.ofMonth(2025, 4));
    }

    @Test
    void reportsAMalformedDateWithItsSpan() {
      String input = "date 2025-13-45\nsource: Example Wire\n\nThe talks resumed on Friday.";
      Article a = PARSER.parse(input);
      assertThat(a.published()).isEmpty();
      Diagnostic d = diagnostic(a, "header.date.malformed");
      assertThat(d.span()).contains(Span.of(5, 15));
      assertThat(d.span().orElseThrow().of(input)).isEqualTo("2025-13-45");
      assertThat(d.message()).contains("2025-13-45");
      assertThat(a.source()).contains("Example Wire");
      assertThat(texts(a)).containsExactly("The talks resumed on Friday.");
    }

    @Test
    void reportsUnknownDuplicateEmptyAndMalformedValues() {
      Article a =
          PARSER.parse(
              "title: One\ntitle: Two\ncategory: world\nsource:\nlanguage: not a tag\n\nText.");
      assertThat(a.headline()).contains("One");
      assertThat(codes(a))
          .containsExactly(
              "header.key.duplicate",
              "header.key.unknown",
              "header.value.empty",
              "header.language.malformed");
      assertThat(a.language()).isEqualTo("en");
    }

    @Test
    void reportsAHeaderNotEndedByABlankLine() {
      String input = "date: 2025-01-02\nThe talks resumed on Friday.";
      Article a = PARSER.parse(input);
      assertThat(a.published()).contains(PartialDate.of(2025, 1, 2));
      assertThat(texts(a)).containsExactly("The talks resumed on Friday.");
      assertThat(diagnostic(a, "header.unterminated").span().orElseThrow().start())
          .isEqualTo(input.indexOf("The"));
    }
  }

  @Nested
  class InlineAndPlain {
    @Test
    void inlineMalformedDateIsADiagnosticAndTheBodyStillStartsAfterIt() {
      String input = " date 2025-13-45 The ministry said talks would resume.";
      Article a = PARSER.parse(input);
      assertThat(a.published()).isEmpty();
      Diagnostic d = diagnostic(a, "header.date.malformed");
      assertThat(d.span().orElseThrow().of(input)).isEqualTo("2025-13-45");
      assertThat(texts(a)).containsExactly("The ministry said talks would resume.");
    }

    @Test
    void plainTextHasNoPublishedDate() {
      Article a = PARSER.parse("The ministry said talks would resume.\n\nNo date was set.");
      assertThat(a.published()).isEmpty();
      assertThat(texts(a))
          .containsExactly("The ministry said talks would resume.", "No date was set.");
      assertThat(a.diagnostics()).isEmpty();
    }

    @Test
    void proseThatStartsLikeAHeaderKeyIsText() {
      Article a = PARSER.parse("date night plans were cancelled as the summit ran late.\n");
      assertThat(a.published()).isEmpty();
      assertThat(texts(a)).containsExactly("date night plans were cancelled as the summit ran late.");
      Article b = PARSER.parse("Source: the foreign ministry.\nNote: talks resume on Monday.");
      assertThat(b.source()).contains("the foreign ministry.");
      assertThat(texts(b)).containsExactly("Note: talks resume on Monday.");
    }

    @Test
    void emptyAndBlankInputGiveAnEmptyArticle() {
      for (String input : List.of("", " ", "\n\n\r\n", "\uFEFF", "\u200B\u00A0\t")) {
        Article a = PARSER.parse(input);
        assertThat(a.paragraphs()).isEmpty();
        assertThat(codes(a)).contains("body.empty");
        assertThat(a.text()).isEqualTo(input);
      }
    }

    @Test
    void headerOnlyGivesNoParagraphs() {
      Article a = PARSER.parse("date 2025-02-03\nheadline: Nothing yet\n");
      assertThat(a.published()).contains(PartialDate.of(2025, 2, 3));
      assertThat(a.paragraphs()).isEmpty();
      assertThat(codes(a)).containsExactly("body.empty");
    }
  }

  @Nested
  class Paragraphs {
    @Test
    void everyLineIsAParagraphWithOrWithoutBlankLines() {
      Article a =
          PARSER.parse("The envoy arrived on Monday.\nTalks began an hour later.\n\nThey ended at dusk.");
      assertThat(texts(a))
          .containsExactly(
              "The envoy arrived on Monday.", "Talks began an hour later.", "They ended at dusk.");
    }

    @Test
    void aHardWrappedSentenceIsJoined() {
      String input = "The foreign minister said the talks\nwould resume next week in Geneva.\nA date was set.";
      Article a = PARSER.parse(input);
      assertThat(texts(a))
          .containsExactly(
              "The foreign minister said the talks\nwould resume next week in Geneva.",
              "A date was set.");
      assertThat(a.paragraphs().get(0).heading()).isFalse();
      assertThat(a.paragraphs().get(0).sentences()).hasSize(1);
      assertOffsetsExact(a);
    }

    @Test
    void spansShrinkToTheTrimmedText() {
      String input = "   \t The envoy arrived.  \u00A0\n\n  \u200BHe left.\u200B  ";
      Article a = PARSER.parse(input);
      assertThat(texts(a)).containsExactly("The envoy arrived.", "He left.");
      assertThat(a.paragraphs().get(0).span()).isEqualTo(Span.of(5, 23));
      assertOffsetsExact(a);
    }

    @Test
    void crLfAndLoneCrBreakLines() {
      Article crlf = PARSER.parse("date 2025-01-02\r\n\r\nFirst paragraph.\r\n\r\nSecond one.\r\n");
      assertThat(crlf.published()).contains(PartialDate.of(2025, 1, 2));
      assertThat(texts(crlf)).containsExactly("First paragraph.", "Second one.");
      Article cr = PARSER.parse("date 2025-01-02\r\rFirst paragraph.\r\rAdvertisement\rSecond one.");
      assertThat(cr.published()).contains(PartialDate.of(2025, 1, 2));
      assertThat(texts(cr)).containsExactly("First paragraph.", "Second one.");
      assertThat(cr.removed()).hasSize(1);
      assertOffsetsExact(crlf);
      assertOffsetsExact(cr);
    }

    @Test
    void everyLineBreakEndsABodyLineAsANewLineDoes() {
      // the body's lines are found with a search for \n only when the text has no other break
      for (String br : List.of("\r", "\u0085", "\u2028", "\u2029")) {
        Article a = PARSER.parse("First paragraph.\n\nSecond one." + br + "Advertisement" + br + "Third one.");
        assertThat(texts(a)).as("break U+%04X", (int) br.charAt(0))
            .containsExactly("First paragraph.", "Second one.", "Third one.");
        assertThat(a.removed()).hasSize(1);
        assertOffsetsExact(a);
      }
    }
  }

  @Nested
  class Headings {
    private Article parse(String... lines) {
      return PARSER.parse(String.join("\n\n", lines));
    }

    @Test
    void aShortUnpunctuatedLineBetweenParagraphsIsAHeading() {
      Article a =
          parse("The talks opened in Geneva on Monday.", "A long road to the table", "Both sides had refused for months.");
      assertThat(a.paragraphs()).extracting(Paragraph::heading).containsExactly(false, true, false);
    }

    @Test
    void aLabelAndAQuotationIsAHeadingEvenWithPunctuation() {
      Article a =
          parse(
              "The talks opened in Geneva on Monday.",
              "Lavrov: \"We are ready to talk.\"",
              "Trump: \u201C A senseless war that should not go on\u201D",
              "Both sides had refused for months.");
      assertThat(a.paragraphs()).extracting(Paragraph::heading).containsExactly(false, true, true, false);
    }

    @Test
    void sentencesLongLinesLowerCaseAndTheLastLineAreNotHeadings() {
      Article a =
          parse(
              "The talks opened in Geneva on Monday.",
              "Both sides came.",
              "Officials from both sides met for the first time in many months in a hotel near the lake",
              "according to officials",
              "Why the talks matter?",
              "He said:",
              "The end of the talks");
      assertThat(a.paragraphs()).extracting(Paragraph::heading).containsOnly(false);
    }

    @Test
    void aHeadlineLookingFirstLineIsAHeadingAndTheHeadlineWhenTheHeaderHasNone() {
      Article a =
          parse(
              "Envoys from both sides meet in Geneva as pressure grows for a lasting ceasefire deal",
              "The talks opened in Geneva on Monday.");
      assertThat(a.paragraphs().get(0).heading()).isTrue();
      assertThat(a.headline())
          .contains("Envoys from both sides meet in Geneva as pressure grows for a lasting ceasefire deal");
      Article b = PARSER.parse("headline: Given\n\nEnvoys meet in Geneva\n\nThe talks opened.");
      assertThat(b.headline()).contains("Given");
      assertThat(b.paragraphs().get(0).heading()).isTrue();
    }

    @Test
    void aParagraphContinuingAQuotationIsNotAHeading() {
      Article a =
          parse(
              "\u201CWe came to talk, not to fight,\u201D the envoy said. \u201CWe will stay.",
              "\u201CAs long as it takes",
              "The talks went on.");
      assertThat(a.paragraphs().get(1).heading()).isFalse();
      assertThat(a.paragraphs().get(1).sentences().get(0).insideQuote()).isTrue();
    }
  }

  @Nested
  class Bylines {
    @Test
    void aBylineAtTheTopGivesTheAuthors() {
      String input = "date 2025-01-02\n\nBy Jane Doe and John Roe\n\nThe envoy arrived on Monday.";
      Article a = PARSER.parse(input);
      assertThat(a.authors()).containsExactly("Jane Doe", "John Roe");
      assertThat(a.removed()).singleElement().satisfies(r -> {
        assertThat(r.rule()).isEqualTo("byline");
        assertThat(r.text()).isEqualTo("By Jane Doe and John Roe");
      });
      assertThat(texts(a)).containsExactly("The envoy arrived on Monday.");
    }

    @Test
    void bylineAuthorsAddToHeaderAuthorsWithoutRepeats() {
      Article a = PARSER.parse("author: Jane Doe\n\nBY JANE DOE\nBy Jane Doe\n\nText here.");
      assertThat(a.authors()).containsExactly("Jane Doe", "JANE DOE");
    }

    @Test
    void aSentenceStartingWithByStays() {
      Article a = PARSER.parse("By the end of the week, the talks had stalled.\n\nBy Monday");
      assertThat(a.authors()).isEmpty();
      assertThat(a.removed()).isEmpty();
      assertThat(texts(a)).hasSize(2);
    }

    @Test
    void aByLineDeepInTheBodyIsTextButAnAuthorLabelIsAByline() {
      Article a =
          PARSER.parse(
              "The envoy arrived on Monday.\n\nHe met the minister.\n\nBy Jane Doe\n\nAuthor: John Roe");
      assertThat(a.authors()).containsExactly("John Roe");
      assertThat(texts(a)).containsExactly("The envoy arrived on Monday.", "He met the minister.", "By Jane Doe");
    }
  }

  @Nested
  class Datelines {
    @Test
    void aYearlessDatelineResolvesToTheLatestDateNotAfterPublication() {
      Article a = PARSER.parse("date 2025-01-03\n\nGENEVA, Dec. 30 (AFP) - Talks ended without a deal.");
      assertThat(a.dateline().orElseThrow().date()).contains(PartialDate.of(2024, 12, 30));
      assertThat(texts(a)).containsExactly("Talks ended without a deal.");
    }

    @Test
    void withoutAPublicationDateTheDatelineDateIsUnresolved() {
      String input = "GENEVA, Dec. 30 (AFP) - Talks ended without a deal.";
      Article a = PARSER.parse(input);
      assertThat(a.dateline().orElseThrow().date()).isEmpty();
      assertThat(diagnostic(a, "dateline.date.unresolved").span().orElseThrow().of(input))
          .isEqualTo("Dec. 30");
    }

    @Test
    void aDatelineAfterTheHeadlineAndAStandfirstIsFound() {
      Article a =
          PARSER.parse(
              "date 2025-06-10\n\nTruce holds in the north\n\nBoth sides say they will keep to the terms,"
                  + " officials report\n\nBEIRUT (AP) -- The truce held overnight, officials said.");
      assertThat(a.dateline().orElseThrow().place()).contains("BEIRUT");
      assertThat(a.paragraphs().get(2).text()).isEqualTo("The truce held overnight, officials said.");
      assertThat(a.paragraphs().get(2).heading()).isFalse();
    }

    @Test
    void aPlaceOnItsOwnLineIsADatelineAndNoParagraph() {
      Article a = PARSER.parse("Truce talks resume\n\nWASHINGTON\n\nThe talks resumed on Monday, officials said.");
      assertThat(a.dateline().orElseThrow().place()).contains("WASHINGTON");
      assertThat(a.dateline().orElseThrow().agency()).isEmpty();
      assertThat(texts(a)).containsExactly("Truce talks resume", "The talks resumed on Monday, officials said.");
    }

    @Test
    void noDatelineInOrdinaryProse() {
      Article a = PARSER.parse("Paris (France) is hosting the talks.\n\nNATO — the alliance — said little.");
      assertThat(a.dateline()).isEmpty();
      assertThat(texts(a)).hasSize(2);
    }
  }

  @Nested
  class Robustness {
    @Test
    void bomNbspZeroWidthNulAndLoneSurrogatesKeepOffsetsExact() {
      String input =
          "\uFEFFdate 2025-05-06\n\n"
              + "ROME (Reuters)\u00A0- Talks\u00A0resumed\u200B on Monday.\u0000 Both sides came.\n\n"
              + "\uD800 A broken character stood here. \uDC00\n\n"
              + "Advertisement\u200B";
      Article a = PARSER.parse(input);
      assertThat(a.published()).contains(PartialDate.of(2025, 5, 6));
      assertThat(a.dateline().orElseThrow().agency()).contains("Reuters");
      assertThat(a.paragraphs()).hasSize(2);
      assertThat(a.paragraphs().get(0).sentences()).hasSize(2);
      assertThat(a.removed()).extracting(Removal::rule).containsExactly("advertisement");
      assertThat(codes(a)).contains("input.control-character", "input.lone-surrogate");
      assertThat(diagnostic(a, "input.control-character").span().orElseThrow().start())
          .isEqualTo(input.indexOf('\u0000'));
      assertOffsetsExact(a);
    }

    @Test
    void anUnclosedQuotationIsADiagnostic() {
      String input = "\u201CWe will never agree, the minister said.\n\nThe talks ended.";
      Article a = PARSER.parse(input);
      assertThat(diagnostic(a, "quote.unclosed").span()).contains(Span.of(0, 1));
      assertThat(a.paragraphs().get(1).sentences().get(0).insideQuote()).isFalse();
    }

    @Test
    void noiseRemovingMostLinesIsADiagnostic() {
      Article a = PARSER.parse("Advertisement\nAlso read: Something\nThe envoy left.");
      assertThat(codes(a)).containsExactly("noise.majority");
      assertThat(texts(a)).containsExactly("The envoy left.");
    }
  }

  @Nested
  class Contract {
    @Test
    void nullIsRejectedNamingTheParameter() {
      assertThatThrownBy(() -> PARSER.parse(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("text");
      assertThatThrownBy(() -> ArticleParser.with(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("options");
    }

    @Test
    void inputOverTheLimitIsRejectedWithAnActionableMessage() {
      ArticleParser small = ArticleParser.with(ParseOptions.defaults().withMaxLength(10));
      assertThat(small.parse("0123456789").text()).hasSize(10);
      assertThatThrownBy(() -> small.parse("0123456789A"))
          .isInstanceOf(ArticleTooLargeException.class)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("11")
          .hasMessageContaining("10")
          .hasMessageContaining("ParseOptions.withMaxLength");
    }

    @Test
    void theDefaultLimitIsTenMebibytes() {
      assertThat(PARSER.options().maxLength()).isEqualTo(10 * 1024 * 1024);
      String tooLong = " ".repeat(10 * 1024 * 1024 + 1);
      assertThatThrownBy(() -> PARSER.parse(tooLong)).isInstanceOf(ArticleTooLargeException.class);
    }

    @Test
    void optionsSwitchRulesOffAndAddNewOnes() {
      String seed = seed();
      Article none = ArticleParser.with(ParseOptions.defaults().withoutNoiseRules()).parse(seed);
      assertThat(none.removed()).isEmpty();
      assertThat(texts(none)).contains("Advertisment", "(With inputs from agencies)");

      Article noWatch = ArticleParser.with(ParseOptions.defaults().withoutNoiseRule("watch")).parse(seed);
      assertThat(noWatch.removed()).hasSize(7);
      assertThat(texts(noWatch)).anyMatch(p -> p.startsWith("Watch:"));

      NoiseRule envoy = NoiseRule.of("envoy-heading", Pattern.compile("Third Russian visit.{0,100}+"));
      Article custom = ArticleParser.with(ParseOptions.defaults().withNoiseRule(envoy)).parse(seed);
      assertThat(custom.removed()).hasSize(9);
      assertThat(custom.removed()).extracting(Removal::rule).contains("envoy-heading");
      assertThat(custom.paragraphs()).hasSize(11);
    }

    @Test
    void theSameInputGivesEqualArticlesFromManyThreads() throws Exception {
      String seed = seed();
      Article expected = PARSER.parse(seed);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Article>> results =
            pool.invokeAll(java.util.Collections.nCopies(32, () -> PARSER.parse(seed)));
        for (Future<Article> f : results) {
          assertThat(f.get()).isEqualTo(expected);
        }
      } finally {
        pool.shutdownNow();
      }
    }

    @Test
    void withDefaultOptionsGivesTheSharedParser() {
      assertThat(ArticleParser.with(ParseOptions.defaults())).isSameAs(ArticleParser.defaults());
      assertThat(ArticleParser.with(ParseOptions.defaults().withMaxLength(5)).options().maxLength())
          .isEqualTo(5);
    }
  }
  @Nested
  class Logging {
    private final java.nio.file.Path log = java.nio.file.Path.of("target", "test.log");

    private List<String> warnings() throws java.io.IOException {
      return java.nio.file.Files.readAllLines(log).stream()
          .filter(l -> l.startsWith("WARN"))
          .collect(Collectors.toList());
    }

    @Test
    void warnsWithoutArticleTextWhenNoiseRemovesMostLines() throws Exception {
      PARSER.parse("Advertisement\nAlso read: Zebra envoys sail home\nZebra talks ended.");
      assertThat(warnings())
          .anyMatch(l -> l.contains("noise rules removed 2 of 3 non-blank lines"))
          .noneMatch(l -> l.contains("Zebra"));
    }

    @Test
    void warnsWhenTheLimitIsHit() throws Exception {
      ArticleParser tiny = ArticleParser.with(ParseOptions.defaults().withMaxLength(3));
      assertThatThrownBy(() -> tiny.parse("Quokka")).isInstanceOf(ArticleTooLargeException.class);
      assertThat(warnings())
          .anyMatch(l -> l.contains("article text of 6 characters exceeds the limit of 3"))
          .noneMatch(l -> l.contains("Quokka"));
    }
  }

  /** The examples of README.md's "Parsing an article", run as written. */
  @Nested
  class ReadmeExamples {
    @Test
    void parsingAnArticle() {
      String text = """
          headline: Envoys agree to extend grain corridor
          date: 2025-03-14

          ANKARA, March 13 (Reuters) - Negotiators agreed on Thursday to extend the corridor.

          Advertisement

          "We have found a formula," the spokesman said. "Nobody wanted it to close."
          """;
      Article article = io.github.newsevents.NewsEvents.parseArticle(text);
      assertThat(article.published()).contains(PartialDate.of(2025, 3, 14));
      assertThat(article.dateline().get().agency()).contains("Reuters");
      assertThat(article.paragraphs().get(0).text())
          .isEqualTo("Negotiators agreed on Thursday to extend the corridor.");
      assertThat(article.paragraphs().get(1).sentences()).hasSize(2);
      assertThat(article.paragraphs().get(1).sentences().get(1).span().of(text)).startsWith("\"Nobody");
      assertThat(article.removed().get(0).rule()).isEqualTo("advertisement");
    }

    @Test
    void configuringTheRules() {
      String text = "Watch: the summit in full\n\nListen to our podcast on the summit\n\nTalks ended.";
      ArticleParser parser = ArticleParser.with(ParseOptions.defaults()
          .withoutNoiseRule("watch")
          .withNoiseRule(NoiseRule.ofRegex("podcast-promo", "listen to our podcast.{0,200}+"))
          .withMaxLength(1_000_000));
      Article article = parser.parse(text);
      assertThat(texts(article)).containsExactly("Watch: the summit in full", "Talks ended.");
      assertThat(article.removed()).extracting(Removal::rule).containsExactly("podcast-promo");

      ArticleParser keepEverything = ArticleParser.with(ParseOptions.defaults().withoutNoiseRules());
      assertThat(keepEverything.parse(text).paragraphs()).hasSize(3);
    }
  }
}
