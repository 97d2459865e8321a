package io.github.newsevents.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties of the generators. Each property test takes its seed as a parameter and names it in
 * its display name and in any failure; those drawing from {@link #seeds()} rerun for one seed with
 * {@code -Dnewsevents.seed=SEED}. The coverage tests use one constant seed, so that they cannot
 * fail by chance.
 */
@ExtendWith(SeedInFailureMessage.class)
class GeneratorsTest {
  /** Draws per generator in the coverage tests. */
  private static final int DRAWS = 2_000;

  /** The seed of the coverage tests; a constant, so that they cannot fail by chance on one run. */
  private static final long COVERAGE_SEED = 20251124L;

  /** Every public generator, by name, in a fixed order. */
  private static final Map<String, Function<RandomGenerator, ?>> GENERATORS = new LinkedHashMap<>();

  static {
    GENERATORS.put("text", r -> Generators.text(r, 200));
    GENERATORS.put("span", Generators::span);
    GENERATORS.put("partialDate", Generators::partialDate);
    GENERATORS.put("place", Generators::place);
    GENERATORS.put("actor", Generators::actor);
    GENERATORS.put("statement", Generators::statement);
    GENERATORS.put("meeting", Generators::meeting);
    GENERATORS.put("ceasefire", Generators::ceasefire);
    GENERATORS.put("diagnostic", Generators::diagnostic);
    GENERATORS.put("sentence", Generators::sentence);
    GENERATORS.put("paragraph", Generators::paragraph);
    GENERATORS.put("dateline", Generators::dateline);
    GENERATORS.put("removal", Generators::removal);
    GENERATORS.put("article", Generators::article);
    GENERATORS.put("extraction", Generators::extraction);
  }

  static LongStream seeds() {
    return Seeds.of(20251124L, 200);
  }

  // --- determinism

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sameSeedGivesEqualValues(long seed) {
    for (Map.Entry<String, Function<RandomGenerator, ?>> g : GENERATORS.entrySet()) {
      assertThat(draw(g.getValue(), seed, 5)).as(g.getKey()).isEqualTo(draw(g.getValue(), seed, 5));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void differentSeedsGiveDifferentExtractions(long seed) {
    assertThat(Generators.extraction(Seeds.random(seed)))
        .isNotEqualTo(Generators.extraction(Seeds.random(seed + 1)));
  }

  // --- consistency of composite values

  // The example of the Generators Javadoc, as written there.
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyParagraphMarksItsText(long seed) {
    Article article = Generators.article(Seeds.random(seed));
    for (Paragraph p : article.paragraphs()) {
      assertThat(p.span().of(article.text())).isEqualTo(p.text());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void extractionRefersOnlyToItsOwnActors(long seed) {
    Extraction e = Generators.extraction(Seeds.random(seed));

    List<String> ids = e.actors().stream().map(Actor::id).toList();
    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> Actor.ID.matcher(id).matches());
    for (Statement s : e.statements()) {
      s.speaker().ifPresent(speaker -> assertThat(ids).contains(speaker));
    }
    for (Meeting m : e.meetings()) {
      assertThat(ids).containsAll(m.participants());
      assertThat(m.participants()).doesNotHaveDuplicates();
      m.host().ifPresent(host -> assertThat(ids).contains(host));
    }
    for (Ceasefire c : e.ceasefires()) {
      assertThat(ids).containsAll(c.parties()).containsAll(c.roles().keySet());
      assertThat(c.parties()).doesNotHaveDuplicates();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void extractionSpansLieInsideTheArticle(long seed) {
    Extraction e = Generators.extraction(Seeds.random(seed));
    String input = e.article().text();

    List<Span> spans = new ArrayList<>();
    e.actors().forEach(a -> spans.addAll(a.mentions()));
    e.meetings().forEach(m -> spans.addAll(m.evidence()));
    e.ceasefires().forEach(c -> spans.addAll(c.evidence()));
    e.diagnostics().forEach(d -> d.span().ifPresent(spans::add));
    e.statements().forEach(s -> s.span().ifPresent(spans::add));
    assertThat(spans).allMatch(s -> s.end() <= input.length());
    for (Statement s : e.statements()) {
      s.span().ifPresent(span -> assertThat(span.of(input)).isEqualTo(s.text()));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void articleSpansMarkTheirText(long seed) {
    Article a = Generators.article(Seeds.random(seed));
    String input = a.text();

    int previousEnd = 0;
    for (Paragraph p : a.paragraphs()) {
      assertThat(p.span().of(input)).isEqualTo(p.text());
      assertThat(p.span().start()).isGreaterThanOrEqualTo(previousEnd);
      previousEnd = p.span().end();
      for (Sentence s : p.sentences()) {
        assertThat(s.span().of(input)).isNotBlank().isEqualTo(s.span().of(input).strip());
      }
    }
    for (Removal r : a.removed()) {
      assertThat(r.span().of(input)).isEqualTo(r.text());
    }
    a.dateline().ifPresent(d -> assertThat(d.span().of(input)).isEqualTo(Generators.written(d)));
    a.diagnostics()
        .forEach(
            d -> d.span().ifPresent(s -> assertThat(s.end()).isLessThanOrEqualTo(input.length())));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void ceasefiresEndNoEarlierThanTheyStartAndLastAPositiveTime(long seed) {
    Ceasefire c = Generators.ceasefire(Seeds.random(seed));

    if (c.start().isPresent() && c.end().isPresent()) {
      assertThat(c.end().get().lastDay()).isAfterOrEqualTo(c.start().get().firstDay());
    }
    c.duration().ifPresent(d -> assertThat(d.isNegative() || d.isZero()).isFalse());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void textIsNonBlankWellFormedAndWithinItsLength(long seed) {
    RandomGenerator random = Seeds.random(seed);
    for (int maxLength = 1; maxLength <= 64; maxLength++) {
      String text = Generators.text(random, maxLength);
      assertThat(text)
          .isNotBlank()
          .hasSizeLessThanOrEqualTo(maxLength)
          .isEqualTo(text.strip())
          .doesNotContain("\n");
      assertThat(isWellFormed(text)).as("well-formed UTF-16: %s", text).isTrue();
    }
  }

  // --- coverage over many draws

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = COVERAGE_SEED)
  void everyGeneratedValueBuilds(long seed) {
    RandomGenerator random = Seeds.random(seed);
    for (Map.Entry<String, Function<RandomGenerator, ?>> g : GENERATORS.entrySet()) {
      for (int i = 0; i < DRAWS; i++) {
        assertThat(g.getValue().apply(random)).as(g.getKey()).isNotNull();
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = COVERAGE_SEED)
  void everyEnumValueAppears(long seed) {
    RandomGenerator random = Seeds.random(seed);
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < DRAWS; i++) {
      seen.add(Generators.partialDate(random).precision());
      seen.add(Generators.actor(random).kind());
      seen.add(Generators.statement(random).kind());
      Meeting m = Generators.meeting(random);
      seen.add(m.kind());
      seen.add(m.status());
      Ceasefire c = Generators.ceasefire(random);
      seen.add(c.scope());
      seen.add(c.status());
      seen.addAll(c.roles().values());
    }
    assertThat(seen)
        .containsAll(EnumSet.allOf(PartialDate.Precision.class))
        .containsAll(EnumSet.allOf(ActorKind.class))
        .containsAll(EnumSet.allOf(StatementKind.class))
        .containsAll(EnumSet.allOf(MeetingKind.class))
        .containsAll(EnumSet.allOf(MeetingStatus.class))
        .containsAll(EnumSet.allOf(CeasefireScope.class))
        .containsAll(EnumSet.allOf(CeasefireStatus.class))
        .containsAll(EnumSet.allOf(PartyRole.class));
  }

  /**
   * For every generated type, each collection attribute is sometimes empty and sometimes not, each
   * optional sometimes absent and sometimes present, each boolean sometimes either.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = COVERAGE_SEED)
  void everyAttributeTakesItsEdgeValues(long seed) {
    Map<Class<?>, Function<RandomGenerator, ?>> byType = new LinkedHashMap<>();
    byType.put(Place.class, Generators::place);
    byType.put(Actor.class, Generators::actor);
    byType.put(Statement.class, Generators::statement);
    byType.put(Meeting.class, Generators::meeting);
    byType.put(Ceasefire.class, Generators::ceasefire);
    byType.put(Diagnostic.class, Generators::diagnostic);
    byType.put(Sentence.class, Generators::sentence);
    byType.put(Paragraph.class, Generators::paragraph);
    byType.put(Dateline.class, Generators::dateline);
    byType.put(Article.class, Generators::article);
    byType.put(Extraction.class, Generators::extraction);
    RandomGenerator random = Seeds.random(seed);

    Set<String> seen = new TreeSet<>();
    Set<String> expected = new TreeSet<>();
    for (Map.Entry<Class<?>, Function<RandomGenerator, ?>> t : byType.entrySet()) {
      List<Method> attributes = edgeAttributes(t.getKey());
      for (Method m : attributes) {
        String name = t.getKey().getSimpleName() + "." + m.getName();
        expected.add(name + (m.getReturnType() == boolean.class ? " false" : " empty"));
        expected.add(name + (m.getReturnType() == boolean.class ? " true" : " non-empty"));
      }
      for (int i = 0; i < DRAWS; i++) {
        Object value = t.getValue().apply(random);
        for (Method m : attributes) {
          seen.add(t.getKey().getSimpleName() + "." + m.getName() + " " + edge(invoke(m, value)));
        }
      }
    }
    assertThat(expected)
        .contains("Actor.titles empty", "Article.dateline empty", "Paragraph.heading true");
    assertThat(seen).containsAll(expected);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = COVERAGE_SEED)
  void textMixesScriptsQuotesAndSurrogatePairs(long seed) {
    RandomGenerator random = Seeds.random(seed);
    Set<String> seen = new TreeSet<>();
    for (int i = 0; i < DRAWS; i++) {
      String text = Generators.text(random, 200);
      text.codePoints().forEach(cp -> seen.add(category(cp)));
    }
    assertThat(seen)
        .contains(
            "ascii letter",
            "accented latin",
            "cyrillic",
            "han",
            "supplementary",
            "quotation mark",
            "digit");
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = COVERAGE_SEED)
  void valuesCarryNonAsciiText(long seed) {
    RandomGenerator random = Seeds.random(seed);
    boolean name = false;
    boolean id = false;
    boolean statement = false;
    for (int i = 0; i < DRAWS; i++) {
      Actor a = Generators.actor(random);
      name |= !isAscii(a.name());
      id |= !isAscii(a.id());
      statement |=
          Generators.statement(random)
              .text()
              .codePoints()
              .anyMatch(Character::isSupplementaryCodePoint);
    }
    assertThat(name).as("a non-ASCII actor name").isTrue();
    assertThat(id).as("a non-ASCII actor id").isTrue();
    assertThat(statement).as("a statement with a surrogate pair").isTrue();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = COVERAGE_SEED)
  void datesCoverTheirRangeAndLeapDays(long seed) {
    RandomGenerator random = Seeds.random(seed);
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    boolean leapDay = false;
    for (int i = 0; i < DRAWS; i++) {
      PartialDate d = Generators.partialDate(random);
      min = Math.min(min, d.year());
      max = Math.max(max, d.year());
      leapDay |= d.toString().endsWith("-02-29");
    }
    assertThat(min).isBetween(1800, 1810);
    assertThat(max).isBetween(2090, 2100);
    assertThat(leapDay).isTrue();
  }

  // --- arguments

  @Test
  void textNeedsRoomForOneCharacter() {
    assertThatThrownBy(() -> Generators.text(Seeds.random(1), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxLength");
  }

  @Test
  void nullGeneratorIsRefused() {
    for (Map.Entry<String, Function<RandomGenerator, ?>> g : GENERATORS.entrySet()) {
      assertThatThrownBy(() -> g.getValue().apply(null))
          .as(g.getKey())
          .isInstanceOf(NullPointerException.class);
    }
  }

  // --- helpers

  private static List<Object> draw(Function<RandomGenerator, ?> generator, long seed, int count) {
    RandomGenerator random = Seeds.random(seed);
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      values.add(generator.apply(random));
    }
    return values;
  }

  /** The type's accessors that can be empty, absent or false. */
  private static List<Method> edgeAttributes(Class<?> type) {
    List<Method> attributes = new ArrayList<>();
    for (Method m : type.getMethods()) {
      Class<?> r = m.getReturnType();
      if (m.getParameterCount() == 0
          && !Modifier.isStatic(m.getModifiers())
          && (Collection.class.isAssignableFrom(r)
              || Map.class.isAssignableFrom(r)
              || r == Optional.class
              || r == boolean.class)) {
        attributes.add(m);
      }
    }
    return attributes;
  }

  private static String edge(Object attribute) {
    if (attribute instanceof Boolean) {
      return attribute.toString();
    }
    boolean empty =
        attribute instanceof Optional
            ? ((Optional<?>) attribute).isEmpty()
            : attribute instanceof Map
                ? ((Map<?, ?>) attribute).isEmpty()
                : ((Collection<?>) attribute).isEmpty();
    return empty ? "empty" : "non-empty";
  }

  private static Object invoke(Method m, Object target) {
    try {
      return m.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(m.toString(), e);
    }
  }

  private static String category(int cp) {
    if (Character.isSupplementaryCodePoint(cp)) {
      return "supplementary";
    }
    if ("\"'“”‘’«»„「」".indexOf(cp) >= 0) {
      return "quotation mark";
    }
    if (cp < 0x80) {
      return Character.isLetter(cp)
          ? "ascii letter"
          : Character.isDigit(cp) ? "digit" : "ascii other";
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.LATIN ? "accented latin" : script.name().toLowerCase();
  }

  private static boolean isAscii(String s) {
    return s.chars().allMatch(c -> c < 0x80);
  }

  private static boolean isWellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
