package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 4 of "where unseen news breaks" (wrong merges): the renewal of a truce ("agreed
 * to extend the ceasefire until July 15", "an extension of that truce", "the truce has been
 * extended") is an agreement of its own, apart from the truce it renews, with that truce's sides;
 * renewals to different ends are two. "Renewed calls for a ceasefire" renews the calls, and "could
 * be extended" is a hypothesis: neither is a renewal. Made-up articles.
 */
class CeasefireRenewalTest {
  @Test
  void anAgreementToExtendTheTruceIsARecordOfItsOwnWithTheTrucesSides() {
    // pattern: a verb of renewal with the truce as its object ("agreed to extend the truce until ...")
    Extraction x = extract(article("2025-06-20",
        "Border truce to last into summer",
        "Peru and Chile agreed to a 30-day ceasefire on May 2 after weeks of shelling along their border.",
        "On Monday the two governments agreed to extend the truce until July 15, the Peruvian foreign ministry"
            + " said."));
    assertThat(x.ceasefires()).hasSize(2);
    assertThat(x.ceasefires()).allSatisfy(c -> assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile"));
    Ceasefire renewal = x.ceasefires().get(1);
    assertThat(renewal.status()).isEqualTo(CeasefireStatus.AGREED);
    assertThat(renewal.end()).contains(PartialDate.of(2025, 7, 15));
    assertThat(x.ceasefires().get(0).end()).isEmpty();
  }

  @Test
  void aPassiveOfRenewalAfterTheTruceIsTheRenewalAndTheTruceItselfStaysApart() {
    // pattern: "<truce> has been extended": the renewal is agreed; "the truce has held" is the truce
    Extraction x = extract(article("2025-06-20",
        "Truce extended",
        "The ceasefire between Peru and Chile has been extended until July 15, officials in Lima said on Friday.",
        "The truce has largely held since it began in May, according to monitors."));
    assertThat(x.ceasefires()).extracting(Ceasefire::status)
        .containsExactly(CeasefireStatus.AGREED, CeasefireStatus.IN_FORCE);
    assertThat(x.ceasefires().get(0).end()).contains(PartialDate.of(2025, 7, 15));
  }

  @Test
  void anExtensionThatMustBeIsProposedAndLaterCallsToExtendJoinIt() {
    // pattern: "there must be an extension of that truce": a renewal asked for; "to extend the
    // ceasefire" further on asks for the same one
    Extraction x = extract(article("2025-06-20",
        "Ministers seek longer truce",
        "Peru and Chile agreed to a 12-hour humanitarian truce on Saturday.",
        "The ministers meeting in Quito said there must be an extension of that truce.",
        "They said they would work through the night to extend the ceasefire."));
    assertThat(x.ceasefires()).extracting(Ceasefire::status)
        .containsExactly(CeasefireStatus.AGREED, CeasefireStatus.PROPOSED);
    assertThat(x.ceasefires().get(1).parties()).containsExactlyInAnyOrder("peru", "chile");
    assertThat(x.ceasefires().get(1).evidence()).hasSize(2);
  }

  @Test
  void renewalsToDifferentEndsAreTwo() {
    // pattern: each renewal to a new end is an agreement of its own
    Extraction x = extract(article("2025-06-20",
        "Truce extended again",
        "Peru and Chile agreed to a ceasefire on May 2.",
        "The two armies agreed on May 10 to extend the truce until May 31.",
        "On June 1 the two governments agreed to extend the ceasefire until July 15."));
    assertThat(x.ceasefires()).extracting(c -> c.end().map(PartialDate::toString).orElse("-"))
        .containsExactly("-", "2025-05-31", "2025-07-15");
  }

  @Test
  void renewedCallsAndAPossibleExtensionAreNoRenewal() {
    // pattern: the object of the renewal verb is another noun ("renewed calls for a ceasefire"), or
    // the renewal is only possible ("could be extended")
    Extraction x = extract(article("2025-06-20",
        "Truce holds",
        "Peru and Chile agreed to a 30-day ceasefire on May 2.",
        "Church leaders renewed calls for a ceasefire that would last beyond the summer.",
        "Officials said the truce could be extended if both armies kept their distance."));
    assertThat(x.ceasefires()).singleElement()
        .satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile"));
  }

  @Test
  void aRenewalOnlyPossibleOrDeniedOrOfAnotherSubjectIsNoRenewal() {
    // pattern: "could be extended", "has not been extended", and a passive of renewal in another
    // clause ("..., and the talks were extended") leave the truce one record
    for (String second : new String[] {"The truce could be extended.", "The truce has not been extended.",
        "The truce between the two was respected, and the talks were extended by a week."}) {
      Extraction x = extract(article("2025-06-20", "Truce holds", "Peru and Chile agreed to a 30-day ceasefire on May 2.",
          second));
      assertThat(x.ceasefires()).as(second).singleElement()
          .satisfies(c -> assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile"));
    }
  }

  @Test
  void aRenewalReportedInAThatClauseOrByAMovingVerbIsOneAndRenewalsToOtherEndsStayApart() {
    // pattern: "confirmed that <truce> has been extended until <day>" (the renewal inside a reported
    // clause); a later renewal to another end that names no side is another renewal; the truce they
    // renew is in force, and the renewal whose end has passed has expired
    Extraction x = extract(article("2025-05-20",
        "Truce extended",
        "Officials in Lima confirmed that the ceasefire between Peru and Chile has been extended until May 31.",
        "Earlier, the army chiefs agreed in a call to extend the truce until May 16.",
        "Peru and Chile agreed to the ceasefire on May 2 after a week of shelling."));
    assertThat(x.ceasefires()).extracting(c -> c.end().map(PartialDate::toString).orElse("-") + " " + c.status())
        .containsExactly("2025-05-31 AGREED", "2025-05-16 EXPIRED", "- IN_FORCE");
    assertThat(x.ceasefires()).allSatisfy(c -> assertThat(c.parties()).containsExactlyInAnyOrder("peru", "chile"));
  }

  @Test
  void aTruceMovedToADayOrExtendedToADayIsRenewedToThatEnd() {
    // pattern: "pushed <truce> further to <day>", "extend <truce> to <day>": a renewal done, ending
    // that day; "pushed the ceasefire plan" moves no end
    Extraction x = extract(article("2025-06-20", "Truce",
        "Peru and Chile agreed to a ceasefire on May 2.",
        "Talks between the army chiefs on May 10 pushed the truce further to July 31."));
    assertThat(x.ceasefires()).hasSize(2);
    assertThat(x.ceasefires().get(1).status()).isEqualTo(CeasefireStatus.AGREED);
    assertThat(x.ceasefires().get(1).end()).contains(PartialDate.of(2025, 7, 31));
    Extraction y = extract(article("2025-06-20", "Truce",
        "Peru and Chile agreed to a ceasefire on May 2.",
        "The two armies agreed on June 10 to extend the truce to July 31."));
    assertThat(y.ceasefires()).hasSize(2);
    assertThat(y.ceasefires().get(1).end()).contains(PartialDate.of(2025, 7, 31));
    Extraction z = extract(article("2025-06-20", "Truce",
        "Peru and Chile agreed to a ceasefire on May 2.",
        "Brazil pushed the ceasefire plan in talks with both sides."));
    assertThat(z.ceasefires()).singleElement().satisfies(c -> assertThat(c.end()).isEmpty());
  }

  @Test
  void theMonthMayIsNoModalThatDeniesARenewal() {
    // pattern: "<truce> of May 2 has been extended": "May" is the month, not "may be extended"
    Extraction x = extract(article("2025-06-20", "Truce",
        "Peru and Chile agreed to a ceasefire on May 2.",
        "The ceasefire of May 2 has been extended until July 15, officials said."));
    assertThat(x.ceasefires()).hasSize(2);
    assertThat(x.ceasefires().get(1).end()).contains(PartialDate.of(2025, 7, 15));
  }

  @Test
  void aTruceWhoseEndHasPassedHasExpired() {
    // pattern: an agreed truce "lasting until <day>" before the day of publication has run out
    Extraction x = extract(article("2025-05-20", "Truce",
        "Peru and Chile agreed to a ceasefire lasting until May 12."));
    assertThat(x.ceasefires()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CeasefireStatus.EXPIRED));
  }

  @Test
  void aTrucePastItsFirstEndButRenewedIsInForceAndARenewalAskedForRenewsNothingYet() {
    // pattern: a truce "until May 12" that "has been extended until May 31" (published May 20) is in
    // force, not expired; "pushed for the truce to be extended" asks for a renewal: proposed, and
    // the truce itself stays agreed
    Extraction x = extract(article("2025-05-20", "Truce",
        "Peru and Chile agreed on May 2 to a ceasefire until May 12.",
        "The ceasefire of May 2 has been extended until May 31, officials confirmed."));
    assertThat(x.ceasefires()).extracting(Ceasefire::status)
        .containsExactly(CeasefireStatus.IN_FORCE, CeasefireStatus.AGREED);
    Extraction y = extract(article("2025-05-20", "Truce",
        "Peru and Chile agreed to a ceasefire on May 2.", "Mediators pushed for the truce to be extended."));
    assertThat(y.ceasefires()).extracting(Ceasefire::status)
        .containsExactly(CeasefireStatus.AGREED, CeasefireStatus.PROPOSED);
  }
}
