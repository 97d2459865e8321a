package io.github.newsevents.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Actor;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.CeasefireScope;
import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.Dateline;
import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.Paragraph;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.PartyRole;
import io.github.newsevents.model.Place;
import io.github.newsevents.model.Removal;
import io.github.newsevents.model.Sentence;
import io.github.newsevents.model.Span;
import io.github.newsevents.model.Statement;
import io.github.newsevents.model.StatementKind;
import io.github.newsevents.testkit.Generators;
import io.github.newsevents.testkit.Seeds;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code read(write(x)).equals(x)} for every model type, over {@value #COUNT} values of each drawn
 * by the test kit's seeded generators. A failure names its seed; rerun it alone with {@code
 * -Dnewsevents.seed=<seed>}. One suite for both modules ({@link JsonLine}).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(JsonLine.class)
class RoundTripProperties {
  @Parameter
  JsonLine line;

  static final long BASE_SEED = 20261124L;
  static final int COUNT = 1_000;

  static Stream<Arguments> types() {
    return Stream.of(
        type(Span.class, Generators::span),
        type(PartialDate.class, Generators::partialDate),
        type(Place.class, Generators::place),
        type(Actor.class, Generators::actor),
        type(Statement.class, Generators::statement),
        type(Meeting.class, Generators::meeting),
        type(Ceasefire.class, Generators::ceasefire),
        type(Diagnostic.class, Generators::diagnostic),
        type(Sentence.class, Generators::sentence),
        type(Paragraph.class, Generators::paragraph),
        type(Dateline.class, Generators::dateline),
        type(Removal.class, Generators::removal),
        type(Article.class, Generators::article),
        type(Extraction.class, Generators::extraction));
  }

  private static <T> Arguments type(Class<T> type, Function<RandomGenerator, T> generator) {
    return Arguments.of(type, generator);
  }

  @ParameterizedTest(name = "{0}, " + COUNT + " values from base seed " + BASE_SEED)
  @MethodSource("types")
  <T> void readingWhatWasWrittenGivesAnEqualValue(Class<T> type, Function<RandomGenerator, T> generator)
      throws Exception {
    roundTrip(line.plain(), type, generator);
  }

  @ParameterizedTest(name = "{0}, " + COUNT + " values, module ignoring unknown properties")
  @MethodSource("types")
  <T> void theLenientModuleReadsWhatItWritesToo(Class<T> type, Function<RandomGenerator, T> generator)
      throws Exception {
    roundTrip(line.mapper(new JsonLine.Options().ignoreUnknown()), type, generator);
  }

  private static <T> void roundTrip(JsonLine.Mapper mapper, Class<T> type, Function<RandomGenerator, T> generator)
      throws Exception {
    long[] seeds = Seeds.of(BASE_SEED, COUNT).toArray();
    for (long seed : seeds) {
      T value = generator.apply(Seeds.random(seed));
      byte[] json = mapper.writeBytes(value);
      T read = mapper.read(json, type);
      assertThat(read)
          .as("%s from seed %d (rerun alone with -D%s=%d); JSON: %s",
              type.getSimpleName(), seed, Seeds.PROPERTY, seed, new String(json, java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(value);
    }
  }

  /**
   * The generated extractions reach what a round trip must survive: empty and non-empty lists,
   * absent and present optionals, text outside the Basic Multilingual Plane, every enum value.
   */
  @Test
  void theGeneratedExtractionsCoverWhatTheRoundTripMustSurvive() throws Exception {
    Set<String> seen = new HashSet<>();
    boolean emptyList = false;
    boolean nullValue = false;
    boolean surrogatePair = false;
    boolean presentOptional = false;
    for (long seed : Seeds.of(BASE_SEED, COUNT).toArray()) {
      Extraction extraction = Generators.extraction(Seeds.random(seed));
      String json = line.plain().write(extraction);
      emptyList |= json.contains("[]");
      nullValue |= json.contains(":null");
      surrogatePair |= json.codePoints().anyMatch(Character::isSupplementaryCodePoint);
      presentOptional |= extraction.article().published().isPresent();
      extraction.actors().forEach(a -> seen.add(a.kind().name()));
      extraction.statements().forEach(s -> seen.add(s.kind().name()));
      extraction.meetings().forEach(m -> {
        seen.add(m.kind().name());
        seen.add(m.status().name());
      });
      extraction.ceasefires().forEach(c -> {
        seen.add(c.scope().name());
        seen.add(c.status().name());
        c.roles().values().forEach(r -> seen.add(r.name()));
      });
    }
    assertThat(emptyList).isTrue();
    assertThat(nullValue).isTrue();
    assertThat(surrogatePair).isTrue();
    assertThat(presentOptional).isTrue();
    Stream.of(ActorKind.values(), StatementKind.values(), MeetingKind.values(), MeetingStatus.values(),
            CeasefireScope.values(), CeasefireStatus.values(), PartyRole.values())
        .flatMap(Arrays::stream)
        .forEach(constant -> assertThat(seen).as("enum values seen").contains(constant.name()));
  }
}
