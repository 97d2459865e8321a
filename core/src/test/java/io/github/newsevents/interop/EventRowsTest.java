package io.github.newsevents.interop;

import static io.github.newsevents.interop.Records.actor;
import static io.github.newsevents.interop.Records.state;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.CeasefireScope;
import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.PartyRole;
import io.github.newsevents.model.Place;
import io.github.newsevents.model.Span;
import io.github.newsevents.model.Statement;
import io.github.newsevents.model.StatementKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventRowsTest {
  private static final String TEXT = "date 2025-04-12\nurl https://news.example/visit\n\n"
      + "The Omani foreign minister flew to Tehran on Friday.\n\n"
      + "Later, Norway proposed a truce between Armenia and Azerbaijan, and Baku said it would reply.\n";

  private static Span span(String words) {
    int at = TEXT.indexOf(words);
    return Span.of(at, at + words.length());
  }

  private static Extraction extraction() {
    Article article = NewsEvents.parseArticle(TEXT);
    Meeting visit = new Meeting.Builder()
        .addParticipants("badr-albusaidi", "iran")
        .location(Place.of("Tehran", "IRN"))
        .date(PartialDate.parse("2025-04-11"))
        .kind(MeetingKind.IN_PERSON)
        .status(MeetingStatus.HELD)
        .addEvidence(span("flew to Tehran"))
        .build();
    Ceasefire proposal = new Ceasefire.Builder()
        .addParties("armenia", "azerbaijan")
        .scope(CeasefireScope.FULL)
        .status(CeasefireStatus.PROPOSED)
        .putRole("norway", PartyRole.PROPOSING)
        .addEvidence(span("proposed a truce"), span("reply"))
        .build();
    Ceasefire expired = new Ceasefire.Builder()
        .addParties("armenia", "azerbaijan")
        .scope(CeasefireScope.PARTIAL)
        .status(CeasefireStatus.EXPIRED)
        .build();
    Statement reply = new Statement.Builder()
        .speaker("azerbaijan")
        .text("it would reply")
        .kind(StatementKind.INDIRECT)
        .verb("said")
        .date(PartialDate.parse("2025-04"))
        .span(span("it would reply"))
        .build();
    return new Extraction.Builder()
        .article(article)
        .addActors(
            actor("badr-albusaidi", "Badr Albusaidi", ActorKind.PERSON, null, "Omani foreign minister"),
            state("iran", "Iran", "IRN"), state("norway", "Norway", "NOR"),
            state("armenia", "Armenia", "ARM"), state("azerbaijan", "Azerbaijan", "AZE"))
        .addMeetings(visit)
        .addCeasefires(proposal, expired)
        .addStatements(reply)
        .build();
  }

  @Test
  void oneRowPerEventMeetingsCeasefiresThenStatements() {
    List<EventRow> rows = EventRows.of(extraction());
    assertThat(rows).extracting(EventRow::item)
        .containsExactly("meetings[0]", "ceasefires[0]", "statements[0]"); // the expired truce is no act
    assertThat(rows).extracting(EventRow::id).containsExactly(1L, 2L, 3L);
    assertThat(EventRows.of(extraction(), 100)).extracting(EventRow::id).containsExactly(100L, 101L, 102L);
  }

  @Test
  void aVisitIsTheVisitorsRowTowardTheHost() {
    List<String> c = EventRows.of(extraction()).get(0).cells();
    assertThat(c).hasSize(61);
    assertThat(c.subList(0, 5)).containsExactly("1", "20250411", "202504", "2025", "2025.3589"); // GDELT: year + (month * 30 + day) / 365;
    assertThat(c.subList(5, 15)).containsExactly(
        "OMNGOV", "BADR ALBUSAIDI", "OMN", "", "", "", "", "GOV", "", "");
    assertThat(c.subList(15, 25)).containsExactly("IRN", "IRAN", "IRN", "", "", "", "", "", "", "");
    assertThat(c.subList(25, 35)).containsExactly("1", "042", "042", "04", "1", "1.9", "1", "1", "1", "");
    assertThat(c.get(52)).isEqualTo("Tehran");
    assertThat(c.get(59)).isEmpty();
    assertThat(c.get(60)).isEqualTo("https://news.example/visit");
  }

  @Test
  void aThirdPartysProposalIsItsAppealToTheParties() {
    List<String> c = EventRows.of(extraction()).get(1).cells();
    // no date of its own: the publication date
    assertThat(c.subList(1, 4)).containsExactly("20250412", "202504", "2025");
    assertThat(c.get(5)).isEqualTo("NOR");
    assertThat(c.get(15)).isEqualTo("ARM");
    assertThat(c.subList(25, 32)).containsExactly("0", "0256", "025", "02", "1", "-0.3", "2");
  }

  @Test
  void aStatementHasItsSpeakerAloneAndADateOfItsPrecision() {
    List<String> c = EventRows.of(extraction()).get(2).cells();
    assertThat(c.subList(1, 5)).containsExactly("", "202504", "2025", "");
    assertThat(c.get(5)).isEqualTo("AZE");
    assertThat(c.get(6)).isEqualTo("AZERBAIJAN");
    assertThat(c.get(15)).isEmpty();
    assertThat(c.subList(26, 31)).containsExactly("010", "010", "01", "1", "0.0");
  }

  @Test
  void aTsvLineIsTheCellsJoinedByTabs() {
    EventRow row = EventRows.of(extraction()).get(0);
    String line = EventRows.toTsv(row);
    assertThat(line.split("\t", -1)).hasSize(61).containsExactly(row.cells().toArray(new String[0]));
    assertThat(line).doesNotContain("\n");
    assertThat(EventRows.COLUMNS).hasSize(61).startsWith("GLOBALEVENTID").endsWith("SOURCEURL");
  }

  @Test
  void tabsAndLineBreaksInsideValuesBecomeSpaces() {
    Extraction e = new Extraction.Builder()
        .article(new Article.Builder().text("").build())
        .addMeetings(new Meeting.Builder().addParticipants("a", "b").kind(MeetingKind.TALKS)
            .status(MeetingStatus.HELD).location(Place.of("Geneva\tand\nLausanne")).build())
        .build();
    List<String> c = EventRows.of(e).get(0).cells();
    assertThat(c.get(52)).isEqualTo("Geneva and Lausanne");
    // unknown actors: their ids are kept in the row, with no name or code
    assertThat(EventRows.of(e).get(0).actor1()).contains("a");
    assertThat(c.get(5)).isEmpty();
    assertThat(c.get(1)).isEmpty(); // no date at all
  }
}
