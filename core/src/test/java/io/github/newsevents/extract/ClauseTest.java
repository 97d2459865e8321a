package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The clause analysis ({@link Clause}): the subject and the object list of a meeting verb, as the
 * meeting stage reads them. Each test names the construction of news English it covers; the
 * sentences are made up.
 */
class ClauseTest {
  private static final String PUBLISHED = "2025-04-14";

  private static Set<Set<String>> meetings(String... paragraphs) {
    Extraction x = extract(article(PUBLISHED, paragraphs));
    return x.meetings().stream().map(m -> Set.copyOf(m.participants())).collect(Collectors.toSet());
  }

  @Test
  void aTitleInAppositionIsItsHolder() {
    assertThat(meetings("Prime Minister Ola Berg met his Danish counterpart, Lars Holm, on Tuesday in Oslo."))
        .containsExactly(Set.of("ola-berg", "lars-holm"));
  }

  @Test
  void aReadoutsStyleOfAddressBeforeTheHolderInApposition() {
    // a government readout's "Title of State, H.E. Mr. Name": the person in apposition, not the state
    assertThat(meetings("On 12 April, Prime Minister Ola Berg met President of Chile, H.E. Mr. Tomas Vera."))
        .containsExactly(Set.of("ola-berg", "tomas-vera"));
    assertThat(meetings("Prime Minister Ola Berg spoke by telephone with the Emir of Qatar, His Highness Sheikh"
        + " Hamad bin Khalid, on Sunday."))
        .containsExactly(Set.of("ola-berg", "hamad-bin-khalid"));
    assertThat(meetings("Prime Minister Ola Berg met the President of Chile, H.E. Ms. Ana Soto, in Oslo."))
        .containsExactly(Set.of("ola-berg", "ana-soto"));
    // with no name in apposition the state stays the side
    assertThat(meetings("On 12 April, Prime Minister Ola Berg met the President of Chile in Oslo."))
        .containsExactly(Set.of("ola-berg", "chile"));
  }

  @Test
  void adverbialsOfTimeAndMannerBetweenTheVerbAndItsWithPhrase() {
    // "spoke this morning on telephone with X": the "with" phrase is the verb's, however far
    // (the object list read as a clause's: the title's holder in apposition is the side, not the state)
    assertThat(meetings("President Ana Soto spoke this morning on telephone with the President of Chile, Tomas Vera."))
        .containsExactly(Set.of("ana-soto", "tomas-vera"));
    assertThat(meetings("President Ana Soto talked late on Sunday by video link with the Emir of Qatar, Hamad"
        + " bin Khalid.")).containsExactly(Set.of("ana-soto", "hamad-bin-khalid"));
    // other words between make the "with" phrase no side of the verb
    assertThat(meetings("President Ana Soto spoke at length to the nation's farmers and bankers with Chancellor"
        + " Lars Holm listening.")).isEmpty();
  }

  @Test
  void aDescriptionInLowerCaseBeforeTheNamedObject() {
    // "met government panel chair X", "met with opposition leader Y": the person after the description
    assertThat(meetings("Norway's special envoy, Lars Holm, met government panel chair Tomas Vera in Lima on Monday."))
        .containsExactly(Set.of("lars-holm", "tomas-vera"));
    assertThat(meetings("President Ana Soto met with opposition leader Tomas Vera in Lima."))
        .containsExactly(Set.of("ana-soto", "tomas-vera"));
    // a reaction is still no meeting: "met with opposition from Congress"
    assertThat(meetings("The plan met with opposition from Congress on Monday.")).isEmpty();
  }

  @Test
  void aSubjectWithATitleBeforeItsNameInApposition() {
    assertThat(meetings("The prime minister of Norway, Ola Berg, met Chancellor Lars Holm on Tuesday."))
        .containsExactly(Set.of("ola-berg", "lars-holm"));
  }

  @Test
  void aSingleSubjectMeetingAListMeetsEachSideOnItsOwn() {
    assertThat(meetings("The prime minister of Norway, Ola Berg, met his Danish counterpart, Lars Holm,"
        + " Swedish Prime Minister, Eva Lind, and Finnish President Mikko Aho on Tuesday in Oslo."))
        .containsExactlyInAnyOrder(Set.of("ola-berg", "lars-holm"), Set.of("ola-berg", "eva-lind"),
            Set.of("ola-berg", "mikko-aho"));
  }

  @Test
  void aLightVerbAndItsNounMeetEachSideOnItsOwn() {
    assertThat(meetings("Earlier on Monday, President Jan Novak held talks with Mongolia's president and Qatar's emir."))
        .containsExactlyInAnyOrder(Set.of("jan-novak", "mongolia"), Set.of("jan-novak", "qatar"));
  }

  @Test
  void togetherKeepsOneMeeting() {
    assertThat(meetings("President Jan Novak met Chancellor Lars Holm and President Mikko Aho together in Oslo."))
        .containsExactly(Set.of("jan-novak", "lars-holm", "mikko-aho"));
  }

  @Test
  void anEventNounWithAListIsOneMeeting() {
    // a noun phrase with no verb of its own: one meeting of everyone it lists
    assertThat(meetings("A meeting of President Jan Novak with Chancellor Lars Holm and President Mikko Aho"
        + " took place in Oslo on Monday."))
        .containsExactly(Set.of("jan-novak", "lars-holm", "mikko-aho"));
  }

  @Test
  void anUnnamedCounterpartIsTheirState() {
    assertThat(meetings("Secretary of State Paul Reed met his Kenyan counterpart in Washington on Monday."))
        .containsExactly(Set.of("paul-reed", "kenya"));
  }

  @Test
  void aRepeatedWithAfterAnAdjunctContinuesTheList() {
    Extraction x = extract(article(PUBLISHED, "Foreign Minister Ana Costa spoke by phone with General Omar Idris"
        + " on Sunday and with General Musa Kabir on Tuesday."));
    assertThat(x.meetings()).extracting(m -> Set.copyOf(m.participants()))
        .containsExactlyInAnyOrder(Set.of("ana-costa", "omar-idris"), Set.of("ana-costa", "musa-kabir"));
    assertThat(x.meetings()).extracting(Meeting::kind).containsOnly(MeetingKind.PHONE_CALL);
  }

  @Test
  void separatelyWithACoordinatedStateSubject() {
    assertThat(meetings("Norway plans to meet with both Chile and Peru separately."))
        .containsExactlyInAnyOrder(Set.of("norway", "chile"), Set.of("norway", "peru"));
  }

  @Test
  void aCommaThatClosesAnOpeningAdjunctEndsTheList() {
    assertThat(meetings("During a phone call with Chancellor Otto Brandt, President Ruth Maddox urged restraint."))
        .containsExactly(Set.of("ruth-maddox", "otto-brandt"));
  }

  @Test
  void aPronounSubjectIsTheSubjectOfThePronounChain() {
    // "he" twice: the antecedent is the subject before the chain, not the last name of the list
    List<String> paragraphs = List.of(
        "Prime Minister Ola Berg held several meetings on the margins of the forum.",
        "He met Chancellor Lars Holm and President Mikko Aho.",
        "Earlier this week, he held talks with President Eva Lind.");
    assertThat(meetings(paragraphs.toArray(String[]::new)))
        .contains(Set.of("ola-berg", "eva-lind"))
        .doesNotContain(Set.of("mikko-aho", "eva-lind"));
  }

  @Test
  void aStatesTitleWithNoNameAsSubjectIsTheState() {
    assertThat(meetings("The Chinese foreign minister, who arrived on Thursday, will meet his Indian counterpart on Friday."))
        .containsExactly(Set.of("china", "india"));
  }

  @Test
  void aMonthsShortFormBeforeASurnameIsAGivenNameNotADate() {
    Extraction x = extract(article(PUBLISHED, "President Jan Novak hosted Chancellor Eva Brandt on Monday."));
    assertThat(x.meetings()).singleElement().satisfies(m ->
        assertThat(m.date()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2025-04-14")));
  }
}
