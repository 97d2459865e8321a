package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static io.github.newsevents.extract.News.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 2: the people a credit line names wrote or edited the story; they are no actors
 * of it, unless the story itself names them.
 */
class CreditsTest {
  @Test
  void contributorsOfTheReportAreNoPeopleOfIt() {
    Extraction x = extract(article("2025-04-14",
        "Foreign Minister Lena Marsh said the talks went well.",
        "Karin Olsson and Ben Tate contributed to this report.",
        "The Daily Ledger's Mark Dolan contributed reporting."));
    assertThat(names(x)).contains("Lena Marsh").doesNotContain("Karin Olsson", "Ben Tate", "Mark Dolan");
  }

  @Test
  void linesOfWritersAndEditorsNameNoPeople() {
    Extraction x = extract(article("2025-04-14",
        "Foreign Minister Lena Marsh said the talks went well.",
        "Compiled by Mara Stein for the news desk.",
        "Written by Omar Haddad; edited by Lisa Park"));
    assertThat(names(x)).contains("Lena Marsh").doesNotContain("Mara Stein", "Omar Haddad", "Lisa Park");
  }

  @Test
  void aContributorTheStoryNamesIsStillAPerson() {
    Extraction x = extract(article("2025-04-14",
        "Envoy Ben Tate said the talks went well.",
        "Ben Tate contributed to this report."));
    assertThat(names(x)).contains("Ben Tate");
  }

  @Test
  void aStateThatContributesToAnEffortIsNoCredit() {
    Extraction x = extract(article("2025-04-14",
        "Norway contributed to the relief effort, Foreign Minister Lena Marsh said."));
    assertThat(names(x)).contains("Norway", "Lena Marsh");
  }

  @Test
  void placesOfReportingAndPromptsToFollowAWriterNameNoPeople() {
    Extraction x = extract(article("2025-04-14",
        "Foreign Minister Lena Marsh said the talks went well.",
        "Rune Dahl reported from Kyiv; Anne Moe reported from Moscow.",
        "Report by Ola Nord; edited by Kim Sand.",
        "Follow Hans Lund on X."));
    assertThat(names(x)).contains("Lena Marsh").doesNotContain("Rune Dahl", "Anne Moe", "Ola Nord", "Kim Sand", "Hans Lund");
  }

  @Test
  void aPersonWhoReportsFromAPlaceInTheStoryIsStillAPerson() {
    Extraction x = extract(article("2025-04-14",
        "Officials in Oslo said the border was calm, and the governor of the region, Lena Marsh, reported from Kirkenes"
            + " that no troops had moved across it since Friday."));
    assertThat(names(x)).contains("Lena Marsh");
  }

  @Test
  void creditsInsideACaptionNameNoPeople() {
    Extraction x = extract(article("2025-04-14",
        "Foreign Minister Lena Marsh said the talks went well.",
        "A drone flies over the port. Video by Ines Moraes. Produced by Leo Grant."));
    assertThat(names(x)).contains("Lena Marsh").doesNotContain("Ines Moraes", "Leo Grant");
  }

  @Test
  void aNoteAboutTheWriterAtTheEndNamesNoPerson() {
    Extraction x = extract(article("2025-04-14",
        "Foreign Minister Lena Marsh said the talks went well.",
        "Kenji Mori is a senior correspondent for the Harbour Ledger.",
        "About the author: Olga Ivanova covers the region."));
    assertThat(names(x)).contains("Lena Marsh").doesNotContain("Kenji Mori", "Olga Ivanova");
  }

  @Test
  void aReporterTheStoryIsAboutIsAPerson() {
    Extraction x = extract(article("2025-04-14",
        "Kenji Mori is a reporter for the Harbour Ledger who was detained in March.",
        "Foreign Minister Lena Marsh said his trial would begin on Monday.",
        "The talks on his release went on, officials said."));
    assertThat(names(x)).contains("Lena Marsh", "Kenji Mori");
  }
}
