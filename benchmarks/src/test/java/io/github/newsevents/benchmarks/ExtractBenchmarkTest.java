package io.github.newsevents.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractBenchmarkTest {
  static ExtractBenchmark benchmark(String corpus) {
    ExtractBenchmark b = new ExtractBenchmark();
    b.corpus = corpus;
    b.setUp();
    return b;
  }

  static List<Extraction> oneRound(ExtractBenchmark b) {
    List<Extraction> out = new ArrayList<>();
    for (int i = 0; i < Corpus.articles().size(); i++) {
      out.add(b.extract());
    }
    return out;
  }

  static Statement said(Extraction x, String start) {
    return x.statements().stream().filter(s -> s.text().startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no statement '" + start + "...' in " + x.statements()));
  }

  @Test
  void extractFindsTheActorsStatementsMeetingsAndCeasefiresOfOurArticles() {
    List<Extraction> xs = oneRound(benchmark("articles"));
    for (Extraction x : xs) {
      assertThat(x.statements()).hasSizeGreaterThanOrEqualTo(8);
      assertThat(x.actors()).hasSizeGreaterThanOrEqualTo(10);
      assertThat(x.meetings()).isNotEmpty();
      for (Statement s : x.statements()) {
        assertThat(s.span().orElseThrow().of(x.article().text())).isEqualTo(s.text());
      }
    }
    Extraction jeddah = xs.get(0);
    assertThat(said(jeddah, "This is not peace, but it is a door").speaker()).contains("faisal-al-rashid");
    assertThat(said(jeddah, "Every day without shelling").speaker()).contains("amira-nasser");
    assertThat(jeddah.ceasefires()).anySatisfy(c -> {
      assertThat(c.parties()).contains("rapid-support-forces");
      assertThat(c.duration()).contains(Period.ofDays(14));
    });
    Extraction brussels = xs.get(1);
    assertThat(said(brussels, "They say no before the question").speaker()).contains("tomasz-wielgus");
    assertThat(said(brussels, "Ukraine needs to be able to protect").speaker()).contains("helena-varga");
    assertThat(brussels.meetings()).anySatisfy(m -> {
      assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
      assertThat(m.participants()).containsExactlyInAnyOrder("mehmet-aydın", "claire-duval");
    });
    Extraction manila = xs.get(2);
    assertThat(said(manila, "These are our waters").speaker()).contains("ana-villanueva");
    Meeting talks = manila.meetings().stream().filter(m -> m.kind() == MeetingKind.TALKS).findFirst().orElseThrow();
    assertThat(talks.participants()).contains("ramon-castillo", "zhao-lei");
    assertThat(talks.status()).isEqualTo(MeetingStatus.HELD);
    assertThat(talks.location().map(l -> l.name())).contains("Manila");
    Extraction beirut = xs.get(3);
    assertThat(said(beirut, "We agreed to the extension").speaker()).contains("avi-shalev");
    assertThat(said(beirut, "Nobody in this region needs another war").speaker()).contains("daniel-hart");
    assertThat(beirut.ceasefires()).anySatisfy(c -> assertThat(c.parties()).contains("israel"));
  }

  @Test
  void extractParsedAndActorsComputeWhatExtractDoes() {
    ExtractBenchmark b = benchmark("articles");
    List<Extraction> full = oneRound(b);
    for (Extraction x : full) {
      assertThat(b.extractParsed()).isEqualTo(x);
    }
    for (Extraction x : full) {
      List<Actor> actors = b.actors();
      // the actor stage alone: every named actor; unnamed sources come with the statements
      assertThat(actors).isEqualTo(x.actors().stream().filter(a -> !a.unnamed()).collect(Collectors.toList()));
    }
  }

  @Test
  void seedCorpusExtractsTheSeed() {
    Extraction x = benchmark("seed").extract();
    assertThat(x.article().text()).isEqualTo(Corpus.seed());
    assertThat(said(x, "businesslike").speaker()).contains("dmitry-peskov");
  }

  @SuppressWarnings("try") // the resource only sets and restores a system property
  @Test
  void articlesComeFromTheDirectoryOfTheProperty(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("oslo.txt"), "date: 2024-06-07\n\n"
        + "OSLO — Foreign Minister Lena Marsh of Norway met her Danish counterpart in Oslo on Thursday.\n\n"
        + "\u201cWe are closer than we were,\u201d Marsh told reporters.\n");
    ExtractBenchmark b;
    try (SystemProperty ignored = SystemProperty.set(Corpus.PROPERTY, dir.toString())) {
      b = benchmark("articles");
    }
    Extraction x = b.extract();
    assertThat(x.article().published().map(Object::toString)).contains("2024-06-07");
    assertThat(said(x, "We are closer than we were").speaker()).contains("lena-marsh");
    assertThat(b.extract()).isEqualTo(x); // the only article, again
  }
}
