package io.github.newsevents.interop;

import static io.github.newsevents.interop.Records.actor;
import static io.github.newsevents.interop.Records.ceasefire;
import static io.github.newsevents.interop.Records.extraction;
import static io.github.newsevents.interop.Records.meeting;
import static io.github.newsevents.interop.Records.state;
import static io.github.newsevents.interop.Records.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.CeasefireScope;
import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.PartyRole;
import io.github.newsevents.model.Place;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class EventCodesTest {
  private static final Extraction STATES = extraction(
      state("russia", "Russia", "RUS"), state("united-states", "United States", "USA"),
      state("ukraine", "Ukraine", "UKR"), state("saudi-arabia", "Saudi Arabia", "SAU"),
      state("qatar", "Qatar", "QAT"), state("israel", "Israel", "ISR"),
      actor("hamas", "Hamas", ActorKind.GROUP, "PSE"),
      actor("nato", "NATO", ActorKind.ORGANIZATION, null),
      actor("vladimir-putin", "Vladimir Putin", ActorKind.PERSON, "RUS", "President"),
      actor("sergei-lavrov", "Sergei Lavrov", ActorKind.PERSON, "RUS", "Foreign Minister"));

  /** Every kind and status of a meeting, without context: only a host could make a visit. */
  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
    "IN_PERSON,  HELD,      040, 'Consult, not specified below',          1.0, CONSULT,",
    "PHONE_CALL, HELD,      041, Discuss by telephone,                   1.0, CONSULT, phone",
    "VIDEO_CALL, HELD,      041, Discuss by telephone,                   1.0, CONSULT, phone",
    "TALKS,      HELD,      046, Engage in negotiation,                  7.0, CONSULT,",
    "IN_PERSON,  PLANNED,   036, Express intent to meet or negotiate,    4.0, AGREE,",
    "PHONE_CALL, PLANNED,   036, Express intent to meet or negotiate,    4.0, AGREE,",
    "VIDEO_CALL, PLANNED,   036, Express intent to meet or negotiate,    4.0, AGREE,",
    "TALKS,      PLANNED,   036, Express intent to meet or negotiate,    4.0, AGREE,",
    "IN_PERSON,  POSSIBLE,  036, Express intent to meet or negotiate,    4.0, AGREE,",
    "PHONE_CALL, POSSIBLE,  036, Express intent to meet or negotiate,    4.0, AGREE,",
    "VIDEO_CALL, POSSIBLE,  036, Express intent to meet or negotiate,    4.0, AGREE,",
    "TALKS,      POSSIBLE,  036, Express intent to meet or negotiate,    4.0, AGREE,",
    "IN_PERSON,  CANCELLED, 161, Reduce or break diplomatic relations,  -4.0, REJECT,  meet",
    "PHONE_CALL, CANCELLED, 161, Reduce or break diplomatic relations,  -4.0, REJECT,  meet",
    "VIDEO_CALL, CANCELLED, 161, Reduce or break diplomatic relations,  -4.0, REJECT,  meet",
    "TALKS,      CANCELLED, 164, Halt negotiations,                     -7.0, REJECT,  meet",
  })
  void everyKindAndStatusOfAMeetingHasItsCode(
      MeetingKind kind, MeetingStatus status, String cameo, String label, double goldstein,
      String plover, String mode) {
    EventCode code = EventCodes.of(meeting(kind, status, "russia", "united-states"));
    assertThat(code.cameoCode()).isEqualTo(cameo);
    assertThat(code.cameoLabel()).isEqualTo(label);
    assertThat(code.goldstein()).isEqualTo(goldstein);
    assertThat(code.ploverEvent()).isEqualTo(Optional.ofNullable(plover));
    assertThat(code.ploverMode()).isEqualTo(Optional.ofNullable(mode));
  }

  @Test
  void everyKindAndStatusOfAMeetingHasACodeInContextToo() {
    for (MeetingKind kind : MeetingKind.values()) {
      for (MeetingStatus status : MeetingStatus.values()) {
        Meeting m = Records.meetingBuilder(kind, status, "russia", "united-states")
            .location(Place.of("Riyadh", "SAU")).build();
        assertThat(EventCodes.of(m, STATES).cameoCode()).as("%s %s", kind, status).matches("0[0-9]{2}|1[0-9]{2}");
      }
    }
  }

  @Test
  void aMeetingWithAHostIsAVisit() {
    Meeting m = Records.meetingBuilder(MeetingKind.IN_PERSON, MeetingStatus.HELD,
        "vladimir-putin", "united-states").host("vladimir-putin").build();
    EventCode code = EventCodes.of(m);
    assertThat(code.cameoCode()).isEqualTo("042");
    assertThat(code.cameoLabel()).isEqualTo("Make a visit");
    assertThat(code.ploverEvent()).contains("CONSULT");
    assertThat(code.ploverMode()).contains("visit");
    assertThat(code.caseName()).isEqualTo("visit");
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', value = {
    "in the capital of one participant  | Moscow, RUS    | 042 | visit        | visit",
    "in the capital of neither          | Riyadh, SAU    | 044 | third-place  | third-party",
    "at a place of no known country     | Camp David,    | 040 | unspecified  |",
  })
  void theVenueTellsAVisitFromAMeetingAtAThirdPlace(
      String what, String place, String cameo, String caseName, String mode) {
    String[] p = place.split(",");
    Place venue = p.length > 1 && !p[1].isBlank() ? Place.of(p[0], p[1].strip()) : Place.of(p[0]);
    Meeting m = Records.meetingBuilder(MeetingKind.IN_PERSON, MeetingStatus.HELD,
        "sergei-lavrov", "united-states").location(venue).build();
    EventCode code = EventCodes.of(m, STATES);
    assertThat(code.cameoCode()).isEqualTo(cameo);
    assertThat(code.caseName()).isEqualTo(caseName);
    assertThat(code.ploverMode()).isEqualTo(Optional.ofNullable(mode));
  }

  @Test
  void aMeetingOfPeopleOfOneCountryInThatCountryIsNoVisit() {
    Meeting m = Records.meetingBuilder(MeetingKind.IN_PERSON, MeetingStatus.HELD,
        "vladimir-putin", "sergei-lavrov").location(Place.of("Moscow", "RUS")).build();
    assertThat(EventCodes.of(m, STATES).cameoCode()).isEqualTo("040");
    assertThat(EventCodes.of(m, STATES).caseName()).isEqualTo("unspecified");
  }

  @Test
  void threeParticipantsOrAnInternationalBodyMakeAMultilateralMeeting() {
    EventCode three = EventCodes.of(
        meeting(MeetingKind.IN_PERSON, MeetingStatus.HELD, "russia", "ukraine", "united-states"), STATES);
    EventCode alliance = EventCodes.of(
        meeting(MeetingKind.IN_PERSON, MeetingStatus.HELD, "nato", "ukraine"), STATES);
    for (EventCode code : new EventCode[] {three, alliance}) {
      assertThat(code.cameoCode()).isEqualTo("040");
      assertThat(code.ploverMode()).contains("multilateral");
      assertThat(code.caseName()).isEqualTo("multilateral");
    }
  }

  @Test
  void aParticipantThatMediatesACeasefireBetweenTheOthersMakesAMediation() {
    Ceasefire truce = Records.ceasefireBuilder(CeasefireScope.FULL, CeasefireStatus.AGREED,
        "israel", "hamas").putRole("qatar", PartyRole.MEDIATING).build();
    Extraction context = extraction(java.util.List.of(truce), STATES.actors().toArray(new io.github.newsevents.model.Actor[0]));
    Meeting talks = meeting(MeetingKind.IN_PERSON, MeetingStatus.HELD, "qatar", "hamas");
    assertThat(EventCodes.of(talks, context).cameoCode()).isEqualTo("045");
    assertThat(EventCodes.of(talks, context).cameoLabel()).isEqualTo("Mediate");
    // the same meeting without the mediating ceasefire is no mediation
    assertThat(EventCodes.of(talks, STATES).cameoCode()).isNotEqualTo("045");
  }

  /** Every scope and status of a ceasefire; the scope does not change the code. */
  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
    "FULL,    PROPOSED, 0356, Express intent to de-escalate military engagement,  7.0, AGREE,",
    "PARTIAL, PROPOSED, 0356, Express intent to de-escalate military engagement,  7.0, AGREE,",
    "FULL,    AGREED,   0871, 'Declare truce, ceasefire',                           9.0, CONCEDE,",
    "PARTIAL, AGREED,   0871, 'Declare truce, ceasefire',                           9.0, CONCEDE,",
    "FULL,    IN_FORCE, 0871, 'Declare truce, ceasefire',                           9.0, RETREAT, ceasefire",
    "PARTIAL, IN_FORCE, 0871, 'Declare truce, ceasefire',                           9.0, RETREAT, ceasefire",
    "FULL,    VIOLATED, 196,  Violate ceasefire,                                  -9.5, ASSAULT,",
    "PARTIAL, VIOLATED, 196,  Violate ceasefire,                                  -9.5, ASSAULT,",
    "FULL,    REJECTED, 1246, Refuse to de-escalate military engagement,          -4.0, REJECT,  yield",
    "PARTIAL, REJECTED, 1246, Refuse to de-escalate military engagement,          -4.0, REJECT,  yield",
  })
  void everyScopeAndStatusOfACeasefireHasItsCode(
      CeasefireScope scope, CeasefireStatus status, String cameo, String label, double goldstein,
      String plover, String mode) {
    EventCode code = EventCodes.of(ceasefire(scope, status, "russia", "ukraine")).orElseThrow();
    assertThat(code.cameoCode()).isEqualTo(cameo);
    assertThat(code.cameoLabel()).isEqualTo(label);
    assertThat(code.goldstein()).isEqualTo(goldstein);
    assertThat(code.ploverEvent()).isEqualTo(Optional.ofNullable(plover));
    assertThat(code.ploverMode()).isEqualTo(Optional.ofNullable(mode));
  }

  @ParameterizedTest
  @EnumSource(CeasefireScope.class)
  void anExpiredCeasefireIsNoCameoAct(CeasefireScope scope) {
    assertThat(EventCodes.of(ceasefire(scope, CeasefireStatus.EXPIRED, "russia", "ukraine"))).isEmpty();
  }

  @Test
  void aCeasefireProposedByAThirdPartyIsAnAppeal() {
    Ceasefire byTurkey = Records.ceasefireBuilder(CeasefireScope.FULL,
        CeasefireStatus.PROPOSED, "russia", "ukraine").putRole("turkey", PartyRole.PROPOSING).build();
    Ceasefire byUkraine = Records.ceasefireBuilder(CeasefireScope.PARTIAL,
        CeasefireStatus.PROPOSED, "russia", "ukraine").putRole("ukraine", PartyRole.PROPOSING).build();
    EventCode appeal = EventCodes.of(byTurkey).orElseThrow();
    assertThat(appeal.cameoCode()).isEqualTo("0256");
    assertThat(appeal.ploverEvent()).contains("REQUEST");
    assertThat(appeal.ploverMode()).contains("yield");
    assertThat(EventCodes.of(byUkraine).orElseThrow().cameoCode()).isEqualTo("0356");
  }

  @ParameterizedTest(name = "''{0}'': {1}")
  @CsvSource(nullValues = "NONE", value = {
    "said,                  010, say",
    "told reporters,        010, say",
    "NONE,                  010, say",
    "whispered,             010, say",
    "declined to comment,   011, decline-comment",
    "lamented,              012, pessimistic",
    "expressed optimism,    013, optimistic",
    "is considering,        010, say",
    "considering,           014, consider",
    "admitted,              015, admit",
    "denied,                016, deny",
    "expressed condolences, 018, condole",
    "agreed,                019, agree-that",
    "urged,                 020, appeal",
    "called on,             020, appeal",
    "Called For,            020, appeal",
    "pledged,               030, promise",
    "praised,               051, praise",
    "apologised,            055, apologize",
    "demanded,              100, demand",
    "condemned,             111, criticize",
    "accused,               112, accuse",
    "rejected,              120, reject",
    "threatened,            130, threaten",
  })
  void aStatementIsCodedByTheClassOfItsReportingVerb(String verb, String cameo, String verbClass) {
    assertThat(EventCodes.defaults().verbClass(statement(verb))).isEqualTo(verbClass);
    assertThat(EventCodes.of(statement(verb)).cameoCode()).isEqualTo(cameo);
  }

  @Test
  void everyVerbClassHasAStatementRow() throws IOException {
    String verbs = new String(EventCodes.class.getResourceAsStream(EventCodes.VERBS_RESOURCE).readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    var classes = verbs.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t")[0]).collect(Collectors.toSet());
    assertThat(classes).hasSize(18);
    for (String c : classes) {
      assertThat(EventCodes.defaults().lookup("Statement", "verb:" + c, "-", "-")).as(c).isPresent();
    }
  }

  @ParameterizedTest(name = "{0} {1} {2} {3}: {4}")
  @CsvSource({
    "Meeting,   TALKS,     POSSIBLE,  consider,   014",
    "Meeting,   IN_PERSON, POSSIBLE,  appeal,     026",
    "Meeting,   TALKS,     POSSIBLE,  demand,     106",
    "Meeting,   TALKS,     CANCELLED, refusal,    125",
    "Meeting,   IN_PERSON, HELD,      host,       043",
    "Ceasefire, FULL,      PROPOSED,  demand,     1056",
    "Ceasefire, PARTIAL,   AGREED,    signed,     057",
    "Ceasefire, FULL,      VIOLATED,  accusation, 1123",
    "Ceasefire, FULL,      REJECTED,  plan,       127",
  })
  void lookupFindsTheRowsThatRecordsDoNotTellApart(
      String type, String kind, String status, String caseName, String cameo) {
    assertThat(EventCodes.defaults().lookup(type, kind, status, caseName).orElseThrow().cameoCode())
        .isEqualTo(cameo);
  }

  @Test
  void lookupOfNoRowOrOfNoActIsEmpty() {
    assertThat(EventCodes.defaults().lookup("Meeting", "IN_PERSON", "HELD", "picnic")).isEmpty();
    assertThat(EventCodes.defaults().lookup("Ceasefire", "FULL", "EXPIRED", "-")).isEmpty();
  }

  @ParameterizedTest(name = "{0}: root {1}, base {2}, quad class {3}")
  @CsvSource({
    "041,  04, 041, 1",
    "0871, 08, 087, 2",
    "057,  05, 057, 1",
    "111,  11, 111, 3",
    "1246, 12, 124, 3",
    "196,  19, 196, 4",
    "161,  16, 161, 4",
  })
  void rootBaseAndQuadClassFollowTheCode(String cameo, String root, String base, int quad) {
    EventCode code = new EventCode.Builder().cameoCode(cameo).cameoLabel("x").goldstein(0)
        .caseName("-").note("").build();
    assertThat(code.cameoRootCode()).isEqualTo(root);
    assertThat(code.cameoBaseCode()).isEqualTo(base);
    assertThat(code.quadClass()).isEqualTo(quad);
  }

  @Test
  void aCodeOutsideCameoIsRefused() {
    assertThatThrownBy(() -> new EventCode.Builder().cameoCode("215").cameoLabel("x").goldstein(0)
        .caseName("-").note("").build()).hasMessageContaining("cameoCode");
    assertThatThrownBy(() -> new EventCode.Builder().cameoCode("041").cameoLabel("x").goldstein(11)
        .caseName("-").note("").build()).hasMessageContaining("goldstein");
  }

  @Test
  void malformedTablesAreRefusedNamingTheLine() {
    String header = "our_type\tour_kind\tour_status\tcase\tcameo_code\tcameo_label\tgoldstein"
        + "\tplover_event\tplover_mode\tnote\n";
    assertThatThrownBy(() -> EventCodes.parse(new StringReader("# c\nour_type\tkind\n"), new StringReader("")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
    assertThatThrownBy(() -> EventCodes.parse(new StringReader(header
        + "Meeting\t*\tHELD\t-\t041\tDiscuss\tmuch\t-\t-\t\n"), new StringReader("")))
        .hasMessageContaining("event-codes.tsv line 2");
    assertThatThrownBy(() -> EventCodes.parse(new StringReader(header),
        new StringReader("say\tsaid\ndeny\tsaid\n")))
        .hasMessageContaining("verb-classes.tsv line 2").hasMessageContaining("already of class say");
  }

  @Test
  void aTableOfOnesOwnIsUsedAndSaysWhatItLacks() throws IOException {
    String table = "our_type\tour_kind\tour_status\tcase\tcameo_code\tcameo_label\tgoldstein"
        + "\tplover_event\tplover_mode\tnote\n"
        + "Meeting\t*\t*\t-\t040\tConsult\t1.0\tCONSULT\t-\tall of them\n";
    EventCodes own = EventCodes.parse(new StringReader(table), new StringReader(""));
    assertThat(own.code(meeting(MeetingKind.TALKS, MeetingStatus.CANCELLED, "russia")).cameoCode())
        .isEqualTo("040");
    assertThatThrownBy(() -> own.code(statement("said")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no row for Statement verb:say");
  }

  @Test
  void nullsAreRefused() {
    assertThatThrownBy(() -> EventCodes.of((Meeting) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> EventCodes.of(meeting(MeetingKind.TALKS, MeetingStatus.HELD, "a"), null))
        .isInstanceOf(NullPointerException.class);
  }

}
