package io.github.newsevents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Dateline;
import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.PartialDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineReaderTest {
  private static final Optional<PartialDate> PUBLISHED = Optional.of(PartialDate.of(2025, 4, 12));

  private static Optional<DatelineReader.Found> read(String paragraph, Optional<PartialDate> published) {
    return DatelineReader.readOpening(paragraph, 0, paragraph.length(), published);
  }

  private static DatelineReader.Found found(String paragraph) {
    return read(paragraph, PUBLISHED).orElseThrow(() -> new AssertionError("no dateline in " + paragraph));
  }

  /** Every form: the paragraph, the dateline as written, place, agency (or empty), date (or empty). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "WASHINGTON, April 11 (Reuters) - The talks began.|WASHINGTON, April 11 (Reuters) -|WASHINGTON|Reuters|2025-04-11",
        "GROSSETO, Italy (AP) -- The talks began.|GROSSETO, Italy (AP) --|GROSSETO|AP|",
        "Cairo (AFP) - The talks began.|Cairo (AFP) -|Cairo|AFP|",
        "New Delhi, Apr 25 (PTI) External Affairs officials met.|New Delhi, Apr 25 (PTI)|New Delhi|PTI|2024-04-25",
        "New Delhi [India], November 19 (ANI): The talks began.|New Delhi [India], November 19 (ANI):|New Delhi|ANI|2024-11-19",
        "BEIJING, Nov. 24 (Xinhua) -- The talks began.|BEIJING, Nov. 24 (Xinhua) --|BEIJING|Xinhua|2024-11-24",
        "ISTANBUL \u2014 The talks began.|ISTANBUL \u2014|ISTANBUL||",
        "ABU DHABI (WAM) -- Leaders met.|ABU DHABI (WAM) --|ABU DHABI|WAM|",
        "ASTANA, June 3. /TASS/. Ministers met.|ASTANA, June 3. /TASS/.|ASTANA|TASS|2024-06-03",
        "DOHA: Both delegations agreed to talk.|DOHA:|DOHA||",
        "MOSCOW/KYIV The two sides agreed.|MOSCOW/KYIV|MOSCOW/KYIV||",
        "MOSCOW, March 3, 2023 (Interfax) - Talks began.|MOSCOW, March 3, 2023 (Interfax) -|MOSCOW|Interfax|2023-03-03",
        "ST. PETERSBURG, Russia \u2013 Envoys met.|ST. PETERSBURG, Russia \u2013|ST. PETERSBURG||",
        // the look before the expressions: a mark as a word in capitals' second character, a place
        // of several words before the bracket, a slash as the only mark of the slashed form
        "O'HARE \u2014 Envoys met.|O'HARE \u2014|O'HARE||",
        "N'DJAMENA, March 2 (AFP) - Envoys met.|N'DJAMENA, March 2 (AFP) -|N'DJAMENA|AFP|2025-03-02",
        "Port Moresby, Papua New Guinea (AP) - Envoys met.|Port Moresby, Papua New Guinea (AP) -|Port Moresby|AP|",
        "ZAGREB/SARAJEVO Envoys met.|ZAGREB/SARAJEVO|ZAGREB/SARAJEVO||",
      })
  void recognisesEachForm(String paragraph, String written, String place, String agency, String date) {
    DatelineReader.Found f = found(paragraph);
    Dateline d = f.dateline();
    assertThat(d.span().of(paragraph)).isEqualTo(written);
    assertThat(d.place()).contains(place);
    assertThat(d.agency()).isEqualTo(Optional.ofNullable(agency));
    assertThat(d.date()).isEqualTo(Optional.ofNullable(date).map(PartialDate::parse));
    assertThat(f.bodyStart()).isGreaterThan(d.span().end());
    assertThat(Character.isUpperCase(paragraph.charAt(f.bodyStart()))).isTrue();
    assertThat(f.diagnostics()).isEmpty();
  }

  @Test
  void aYearlessDateOnOrBeforePublicationKeepsItsYear() {
    assertThat(found("WASHINGTON, April 12 (Reuters) - Text.").dateline().date())
        .contains(PartialDate.of(2025, 4, 12));
    assertThat(found("WASHINGTON, April 13 (Reuters) - Text.").dateline().date())
        .contains(PartialDate.of(2024, 4, 13));
  }

  @Test
  void aYearlessDateWithoutPublicationIsUnresolved() {
    String p = "BEIJING, Nov. 24 (Xinhua) -- Text.";
    DatelineReader.Found f = read(p, Optional.empty()).orElseThrow();
    assertThat(f.dateline().date()).isEmpty();
    assertThat(f.diagnostics()).extracting(Diagnostic::code).containsExactly("dateline.date.unresolved");
    assertThat(f.diagnostics().get(0).span().orElseThrow().of(p)).isEqualTo("Nov. 24");
  }

  @Test
  void aDayTheMonthNeverHasIsMalformed() {
    DatelineReader.Found f = found("GENEVA, February 30 (AFP) - Text.");
    assertThat(f.dateline().date()).isEmpty();
    assertThat(f.diagnostics()).extracting(Diagnostic::code).containsExactly("dateline.date.malformed");
  }

  @Test
  void aDatelineThatIsTheWholeParagraphLeavesNothing() {
    String p = "MOSCOW (Reuters) -";
    assertThat(found(p).bodyStart()).isEqualTo(p.length());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The Kremlin said on Friday that talks could take place.",
        "Paris (France) is hosting the talks.",
        "President Putin (pictured) said little.",
        "BREAKING: Talks collapse in Geneva",
        "UPDATE \u2014 Talks collapse in Geneva",
        "NATO \u2014 the alliance \u2014 said little.",
        "UN: the talks resume",
        "Officials said: talks resume",
        "WASHINGTON officials said the talks resume.",
      })
  void ordinaryOpeningsAreNoDatelines(String paragraph) {
    assertThat(read(paragraph, PUBLISHED)).isEmpty();
  }

  @Test
  void aStandalonePlaceIsADatelineButASlugIsNot() {
    String p = "WASHINGTON";
    DatelineReader.Found f = DatelineReader.readStandalone(p, 0, p.length()).orElseThrow();
    assertThat(f.dateline().place()).contains("WASHINGTON");
    assertThat(f.bodyStart()).isEqualTo(p.length());
    assertThat(DatelineReader.readStandalone("ABU DHABI, Emirates", 0, 19)).isPresent();
    assertThat(DatelineReader.readStandalone("BREAKING", 0, 8)).isEmpty();
    assertThat(DatelineReader.readStandalone("Washington", 0, 10)).isEmpty();
    assertThat(DatelineReader.readStandalone("The talks began.", 0, 16)).isEmpty();
  }

  @Test
  void onlyTheWindowAtTheStartIsRead() {
    String p = "x".repeat(10) + " WASHINGTON (Reuters) - Text.";
    assertThat(DatelineReader.readOpening(p, 11, p.length(), PUBLISHED)).isPresent();
    String longPlace = "A".repeat(DatelineReader.WINDOW * 2) + " (Reuters) - Text.";
    assertThat(read(longPlace, PUBLISHED)).isEmpty();
  }

  // A transcript's speaker label has the shape of a dateline in capitals but names a person by a
  // title: it is no dateline, and stays in the paragraph for the reader of the transcript.
  @ParameterizedTest
  @ValueSource(strings = {
      "FOREIGN MINISTER LOPEZ: Good afternoon.",
      "MODERATOR: Welcome to the briefing.",
      "PRESIDENT LOPEZ: Thank you all."})
  void aSpeakerLabelIsNoDateline(String paragraph) {
    assertThat(read(paragraph, PUBLISHED)).isEmpty();
  }
}
