package io.github.newsevents.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each stage benchmark runs the stage it names, on the inputs the extractor gives it. */
class StageBenchmarkTest {
  static StageBenchmark benchmark(String corpus) {
    StageBenchmark b = new StageBenchmark();
    b.corpus = corpus;
    b.setUp();
    return b;
  }

  @ParameterizedTest
  @ValueSource(strings = {"articles", "seed"})
  void tokenizeTokenisesEveryParagraph(String corpus) {
    StageBenchmark b = benchmark(corpus);
    for (int i = 0; i < b.articles.length; i++) {
      Doc doc = (Doc) b.tokenize();
      assertThat(doc.article).isSameAs(b.articles[i]);
      assertThat(doc.paras).hasSize(b.articles[i].paragraphs().size());
      assertThat(doc.paras).allSatisfy(p -> assertThat(p.tokens.size()).isPositive());
    }
  }

  /** The extractions of the benchmark's articles, in the order its methods take them. */
  private static List<Extraction> extractions(StageBenchmark b) {
    List<Extraction> out = new ArrayList<>();
    for (int i = 0; i < b.articles.length; i++) {
      out.add(Extractor.defaults().extract(b.articles[i]));
    }
    return out;
  }

  // each method takes the articles in turn from a counter the methods share: a fresh benchmark each

  @ParameterizedTest
  @ValueSource(strings = {"articles", "seed"})
  void actorStageFindsTheExtractorsActors(String corpus) {
    StageBenchmark b = benchmark(corpus);
    for (Extraction x : extractions(b)) {
      ActorStage.Result found = (ActorStage.Result) b.actorStage();
      // the actor stage finds every named actor; unnamed sources come with the statements
      assertThat(found.actors.stream().map(a -> a.id)).containsExactlyElementsOf(
          x.actors().stream().filter(a -> !a.unnamed()).map(Actor::id).collect(Collectors.toList()));
      assertThat(found.actors).hasSizeGreaterThanOrEqualTo(10);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"articles", "seed"})
  void statementStageFindsTheExtractorsStatements(String corpus) {
    StageBenchmark b = benchmark(corpus);
    for (Extraction x : extractions(b)) {
      assertThat(statements(b)).containsExactlyElementsOf(x.statements());
      assertThat(x.statements()).hasSizeGreaterThanOrEqualTo(5);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"articles", "seed"})
  void meetingStageFindsTheExtractorsMeetings(String corpus) {
    StageBenchmark b = benchmark(corpus);
    for (Extraction x : extractions(b)) {
      assertThat(meetings(b)).containsExactlyElementsOf(x.meetings());
      assertThat(x.meetings()).isNotEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"articles", "seed"})
  void ceasefireStageFindsTheExtractorsCeasefires(String corpus) {
    StageBenchmark b = benchmark(corpus);
    int found = 0;
    for (Extraction x : extractions(b)) {
      assertThat(ceasefires(b)).containsExactlyElementsOf(x.ceasefires());
      found += x.ceasefires().size();
    }
    assertThat(found).isPositive();
  }

  @SuppressWarnings("unchecked")
  private static List<Statement> statements(StageBenchmark b) {
    return ((List<StatementStage.Found>) b.statementStage()).stream()
        .map(StatementStage::toStatement).collect(Collectors.toList());
  }

  @SuppressWarnings("unchecked")
  private static List<Meeting> meetings(StageBenchmark b) {
    return ((List<MeetingStage.Found>) b.meetingStage()).stream()
        .map(MeetingStage::toMeeting).collect(Collectors.toList());
  }

  @SuppressWarnings("unchecked")
  private static List<Ceasefire> ceasefires(StageBenchmark b) {
    return ((List<CeasefireStage.Found>) b.ceasefireStage()).stream()
        .map(CeasefireStage::toCeasefire).collect(Collectors.toList());
  }

  /** The event stages only read the actor stage's result, so computing it once beforehand is sound. */
  @ParameterizedTest
  @ValueSource(strings = {"articles", "seed"})
  void repeatedRunsGiveTheSameResultAndLeaveTheActorsAlone(String corpus) {
    StageBenchmark b = benchmark(corpus);
    List<String> before = actorState(b);
    List<Extraction> xs = extractions(b);
    for (int round = 0; round < 3; round++) {
      for (Extraction x : xs) {
        assertThat(statements(b)).isEqualTo(x.statements());
      }
      for (Extraction x : xs) {
        assertThat(meetings(b)).isEqualTo(x.meetings());
      }
      for (Extraction x : xs) {
        assertThat(ceasefires(b)).isEqualTo(x.ceasefires());
      }
    }
    assertThat(actorState(b)).isEqualTo(before);
  }

  private static List<String> actorState(StageBenchmark b) {
    List<String> out = new ArrayList<>();
    for (ActorStage.Result r : b.found) {
      for (ActorRec a : r.actors) {
        out.add(a.id + "|" + a.name + "|" + a.titles + "|" + a.forms + "|" + a.mentions + "|" + a.country
            + "|" + a.affiliation);
      }
      out.add("mentions " + r.mentions.stream().mapToInt(List::size).sum());
    }
    return out;
  }
}
