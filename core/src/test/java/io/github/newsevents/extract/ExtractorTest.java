package io.github.newsevents.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.CeasefireScope;
import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.Statement;
import io.github.newsevents.model.StatementKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ExtractorTest {
  private static final Extractor EXTRACTOR = Extractor.defaults();

  static String seed() throws IOException {
    try (InputStream in = ExtractorTest.class.getResourceAsStream("/fixtures/seed.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Extraction extract(String text) {
    return EXTRACTOR.extract(NewsEvents.parseArticle(text));
  }

  private static Actor actor(Extraction x, String name) {
    return x.actors().stream().filter(a -> a.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor " + name + " in " + x.actors()));
  }

  private static Optional<String> speakerName(Extraction x, Statement s) {
    return s.speaker().flatMap(x::actor).map(Actor::name);
  }

  private static Statement quote(Extraction x, String text) {
    return x.statements().stream().filter(s -> s.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no statement '" + text + "' in " + x.statements()));
  }

  @Test
  void seedPeopleHaveTheirCountriesAndNoOneIsInvented() throws IOException {
    Extraction x = extract(seed());
    List<String> people = x.actors().stream().filter(a -> a.kind() == ActorKind.PERSON)
        .map(Actor::name).collect(Collectors.toList());
    assertThat(people).containsExactlyInAnyOrder(
        "Vladimir Putin", "Donald Trump", "Steve Witkoff", "Yuri Ushakov", "Kirill Dmitriev", "Dmitry Peskov");
    assertThat(actor(x, "Vladimir Putin").country()).contains("RUS");
    assertThat(actor(x, "Vladimir Putin").aliases()).contains("Putin", "President Putin");
    assertThat(actor(x, "Donald Trump").country()).contains("USA");
    assertThat(actor(x, "Steve Witkoff").country()).contains("USA");
    assertThat(actor(x, "Yuri Ushakov").country()).contains("RUS");
    assertThat(actor(x, "Kirill Dmitriev").country()).contains("RUS");
    assertThat(actor(x, "Kirill Dmitriev").affiliation()).contains("Russian Direct Investment Fund");
    assertThat(actor(x, "Dmitry Peskov").titles()).contains("Kremlin spokesperson");
    assertThat(actor(x, "Kremlin").kind()).isEqualTo(ActorKind.ORGANIZATION);
    assertThat(actor(x, "Russia").kind()).isEqualTo(ActorKind.STATE);
    assertThat(actor(x, "United States").aliases()).contains("Washington");
    assertThat(actor(x, "Ukraine").aliases()).contains("Kyiv");
  }

  @Test
  void seedStatementsBelongToTheirSpeakers() throws IOException {
    Extraction x = extract(seed());
    assertThat(speakerName(x, quote(x, "businesslike"))).contains("Dmitry Peskov");
    assertThat(speakerName(x, quote(x, "theoretically possible"))).contains("Dmitry Peskov");
    Statement post = x.statements().stream().filter(s -> s.text().startsWith("Russia has to get moving"))
        .findFirst().orElseThrow();
    assertThat(speakerName(x, post)).contains("Donald Trump");
    assertThat(post.channel()).contains("Truth Social");
    assertThat(post.date().map(Object::toString)).contains("2025-04-11");
    Statement talking = x.statements().stream().filter(s -> s.text().startsWith("We are talking to Russia"))
        .findFirst().orElseThrow();
    assertThat(speakerName(x, talking)).contains("Donald Trump");
    assertThat(x.statements()).anySatisfy(s -> {
      assertThat(s.kind()).isEqualTo(StatementKind.INDIRECT);
      assertThat(s.text()).startsWith("peace talks with Russia were ongoing");
    });
    for (Statement s : x.statements()) {
      assertThat(s.span().orElseThrow().of(x.article().text())).isEqualTo(s.text());
    }
  }

  @Test
  void seedEvents() throws IOException {
    Extraction x = extract(seed());
    Meeting petersburg = x.meetings().stream()
        .filter(m -> m.location().map(l -> l.name().equals("St. Petersburg")).orElse(false)).findFirst().orElseThrow();
    assertThat(petersburg.status()).isEqualTo(MeetingStatus.HELD);
    assertThat(petersburg.participants()).contains("steve-witkoff", "yuri-ushakov", "kirill-dmitriev");
    assertThat(x.meetings()).anySatisfy(m -> {
      assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
      assertThat(m.status()).isEqualTo(MeetingStatus.POSSIBLE);
      assertThat(m.participants()).containsExactlyInAnyOrder("vladimir-putin", "donald-trump");
    });
    assertThat(x.meetings()).anySatisfy(m -> {
      assertThat(m.location().map(l -> l.name())).contains("Moscow");
      assertThat(m.date().map(Object::toString)).contains("2025-03-13");
      assertThat(m.participants()).contains("steve-witkoff", "vladimir-putin");
    });
    assertThat(x.meetings()).anySatisfy(m -> {
      assertThat(m.location().map(l -> l.name())).contains("Istanbul");
      assertThat(m.kind()).isEqualTo(MeetingKind.TALKS);
      assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
    });
    Ceasefire full = x.ceasefires().stream().filter(c -> c.scope() == CeasefireScope.FULL).findFirst().orElseThrow();
    assertThat(full.parties()).containsExactlyInAnyOrder("united-states", "ukraine");
    assertThat(full.duration()).contains(Period.ofDays(30));
    assertThat(full.status()).isEqualTo(CeasefireStatus.AGREED);
    assertThat(full.date().map(Object::toString)).contains("2025-03");
    Ceasefire energy = x.ceasefires().stream().filter(c -> c.scope() == CeasefireScope.PARTIAL).findFirst().orElseThrow();
    assertThat(energy.status()).isEqualTo(CeasefireStatus.VIOLATED);
    assertThat(energy.scopeNote().orElseThrow()).contains("energy");
    assertThat(energy.parties()).contains("russia");
  }

  @Test
  void splitQuotePronounsAndInvertedAttribution() {
    Extraction x = extract("date 2024-06-07\n\n"
        + "Foreign Minister Lena Marsh of Norway said the envoys had made progress.\n\n"
        + "\u201cWe are closer than we were,\u201d she said. \u201cBut nothing is agreed.\u201d\n\n"
        + "\u201cThe talks were useful,\u201d said Marsh.\n");
    assertThat(speakerName(x, quote(x, "We are closer than we were,"))).contains("Lena Marsh");
    assertThat(speakerName(x, quote(x, "But nothing is agreed."))).contains("Lena Marsh");
    assertThat(speakerName(x, quote(x, "The talks were useful,"))).contains("Lena Marsh");
    assertThat(quote(x, "The talks were useful,").verb()).contains("said");
  }

  @Test
  void apostrophesScareQuotesAndUnclosedQuotes() {
    Extraction x = extract("date 2024-06-07\n\n"
        + "Don't expect the '90s to return, and Marsh's staff won't either.\n\n"
        + "The so-called \u201cpeace plan\u201d was published on Monday.\n\n"
        + "\u201cThis never closes, the minister said and the paragraph ends.\n");
    assertThat(x.statements()).noneMatch(s -> s.kind() == StatementKind.DIRECT && s.text().contains("peace plan"));
    assertThat(x.statements()).noneMatch(s -> s.text().contains("90s"));
    assertThat(x.diagnostics()).anyMatch(d -> d.code().equals("quote.unclosed"));
  }

  @Test
  void meetingStatusFromTenseAndModality() {
    Extraction x = extract("date 2024-06-07\n\n"
        + "Chancellor Olaf Brandt will meet Prime Minister Aino Virtanen in Geneva next week.\n\n"
        + "A summit between Brandt and President Jonas Keller was called off.\n\n"
        + "The Kremlin said no meeting is planned between Russia and Ukraine.\n");
    assertThat(x.meetings()).anySatisfy(m -> {
      assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
      assertThat(m.location().map(l -> l.name())).contains("Geneva");
    });
    assertThat(x.meetings()).anySatisfy(m -> assertThat(m.status()).isEqualTo(MeetingStatus.CANCELLED));
    assertThat(x.meetings()).noneMatch(m -> m.participants().contains("russia"));
  }

  @Test
  void ceasefireThatTookEffect() {
    Extraction x = extract("date 2024-06-07\n\n"
        + "A 72-hour ceasefire between Israel and Hamas took effect on Friday.\n");
    assertThat(x.ceasefires()).singleElement().satisfies(c -> {
      assertThat(c.parties()).containsExactlyInAnyOrder("israel", "hamas");
      assertThat(c.status()).isEqualTo(CeasefireStatus.IN_FORCE);
      assertThat(c.duration()).contains(Period.ofDays(3));
    });
  }

  @Test
  void withoutPublicationDateRelativeDatesStayUnresolved() {
    Extraction x = extract("Prime Minister Aino Virtanen met President Jonas Keller on Friday.\n");
    assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.date()).isEmpty());
    assertThat(x.diagnostics()).anyMatch(d -> d.code().equals("date.unresolved"));
  }

  @Test
  void articlesWithoutActorsOrWithHostileTextGiveEmptyResults() {
    assertThat(extract("").actors()).isEmpty();
    assertThat(extract("the rain fell on the quiet town all day.").actors()).isEmpty();
    StringBuilder capitals = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      capitals.append("Word").append(i % 7 == 0 ? "" : "x").append(' ');
    }
    assertThat(extract(capitals.toString()).actors()).noneMatch(a -> a.kind() == ActorKind.PERSON);
    assertThat(extract("\"".repeat(10_000)).statements()).isEmpty();
    StringBuilder people = new StringBuilder("date 2024-06-07\n\n");
    for (int i = 0; i < 1000; i++) {
      people.append("Minister Alpha").append(Integer.toString(i, 26).replaceAll("[0-9]", "q"))
          .append(" Beta met officials.\n\n");
    }
    assertThat(extract(people.toString()).actors()).isNotEmpty();
  }

  @Test
  void oneExtractorSharedByEightThreadsGivesTheSameResults() throws Exception {
    List<String> texts = List.of(seed(), "date 2024-06-07\n\nA 72-hour ceasefire between Israel and Hamas took effect.\n");
    List<Extraction> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(extract(t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Extraction>> futures = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        String t = texts.get(i % texts.size());
        futures.add(pool.submit(() -> extract(t)));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i % texts.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
