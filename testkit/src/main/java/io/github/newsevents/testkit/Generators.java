package io.github.newsevents.testkit;

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
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Random, valid values of every model type, for property tests of code that reads, writes or
 * judges them.
 *
 * <p>Every value satisfies its type's invariants (its builder does not throw), and no more: a
 * generated meeting may have no participants, and a ceasefire's start may lie after the article's
 * publication date. Over many draws the values take every enum constant, both empty and non-empty
 * collections, absent and present optionals, and text in several scripts with quotation marks and
 * characters outside the Basic Multilingual Plane (always as whole surrogate pairs, so that every
 * string is well-formed UTF-16). {@link #article} and {@link #extraction} are consistent within
 * themselves: every span lies inside the article's text, a paragraph's span marks exactly its
 * text, and an extraction refers only to the ids of its own actors.
 *
 * <p>Each method is a pure function of the generator's state: the same seed gives the same values
 * (for a given version of this class; no clock, hash order or shared state is involved). The
 * methods are safe to call from many threads as long as each thread uses its own {@code
 * RandomGenerator}. No method accepts {@code null}.
 *
 * <p>With JUnit 5, draw one seed per invocation and print it in the display name, so that a
 * failure can be rerun alone (see {@link Seeds}):
 *
 * <pre>{@code
 * @ParameterizedTest(name = "seed {0}")
 * @MethodSource("seeds")
 * void everyParagraphMarksItsText(long seed) {
 *   Article article = Generators.article(Seeds.random(seed));
 *   for (Paragraph p : article.paragraphs()) {
 *     assertThat(p.span().of(article.text())).isEqualTo(p.text());
 *   }
 * }
 *
 * static LongStream seeds() {
 *   return Seeds.of(20251124L, 200);
 * }
 * }</pre>
 */
public final class Generators {
  /** Spans of values generated on their own point into an imagined input of this length. */
  static final int STANDALONE_INPUT_LENGTH = 10_000;

  private static final String ASCII = "abcdefghijklmnopqrstuvwxyz";
  private static final String ACCENTED = "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿąćęłńśźżčďěňřšťůžğışőű";
  private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ";
  private static final String CJK = "习近平会谈停火协议和平外交部长北京莫斯科基辅华盛顿声明总统";
  /** Emoji, most outside the Basic Multilingual Plane (a surrogate pair each). */
  private static final int[] EMOJI = {
    0x1F600, 0x1F30D, 0x1F54A, 0x1F91D, 0x1F4F0, 0x1F525, 0x1F3F3, 0x262E, 0x2764
  };
  /** Lower-case letters ({@code \p{Ll}}), other letters ({@code \p{Lo}}), digits: as ids allow. */
  private static final String[] SLUG_ALPHABETS = {ACCENTED, CYRILLIC, CJK, "0123456789"};
  private static final String[][] QUOTES = {
    {"\"", "\""}, {"“", "”"}, {"‘", "’"}, {"«", "»"}, {"„", "“"}, {"'", "'"}, {"「", "」"}
  };
  private static final String[] PUNCTUATION = {",", ".", ":", ";", "!", "?", " —", "…"};

  private static final String[] COUNTRIES = {
    "RUS", "UKR", "USA", "CHN", "IND", "PAK", "ISR", "PSE", "LBN", "SYR", "IRN", "TUR", "QAT",
    "EGY", "SAU", "ARE", "FRA", "DEU", "GBR", "POL", "BLR", "KAZ", "JPN", "KOR", "PRK", "BRA",
    "ZAF", "ETH"
  };
  private static final String[] PLACES = {
    "Kyiv", "Київ", "Москва", "St. Petersburg", "北京", "Doha", "Riyadh", "Genève", "İstanbul",
    "Sharm el-Sheikh", "Washington", "Ḥalab", "Tel Aviv-Yafo", "Brasília"
  };
  private static final String[] VERBS = {
    "said", "told reporters", "posted", "wrote", "added", "warned", "заявил", "表示"
  };
  private static final String[] CHANNELS = {
    "Truth Social", "a statement", "Telegram", "X", "a press conference", "微博", "пресс-конференция"
  };
  private static final String[] AGENCIES = {
    "Reuters", "AP", "AFP", "TASS", "Xinhua", "Ukrinform", "Anadolu"
  };
  private static final String[] SOURCES = {
    "Reuters", "Al Jazeera", "The Hindu", "Коммерсантъ", "新华网", "Le Monde"
  };
  private static final String[] RULES = {
    "advertisement", "also-read", "newsletter", "share-buttons", "related", "image-credit",
    "subscribe"
  };
  private static final String[] CODES = {
    "date.unresolved", "date.malformed", "quote.unclosed", "header.unknown", "actor.ambiguous",
    "place.unknown", "span.truncated"
  };
  private static final String[] LANGUAGES = {"en", "ru", "uk", "fr", "de", "ar", "zh-Hans", "he"};

  private Generators() {}

  /**
   * Non-blank text of 1 to {@code maxLength} UTF-16 units (as {@link String#length()} counts):
   * words in ASCII, accented Latin, Cyrillic, CJK, emoji and digits, mixed word by word, some in
   * quotation marks or followed by punctuation. It never begins or ends with whitespace, holds no
   * line breaks and never splits a surrogate pair.
   *
   * @throws IllegalArgumentException if {@code maxLength} is less than 1
   */
  public static String text(RandomGenerator random, int maxLength) {
    Objects.requireNonNull(random, "random");
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be at least 1, got " + maxLength);
    }
    int target = 1 + random.nextInt(maxLength);
    StringBuilder b = new StringBuilder(target + 16);
    while (b.length() < target) {
      if (b.length() > 0) {
        b.append(' ');
      }
      word(random, b);
    }
    // Cut at the target without splitting a surrogate pair, then drop a trailing space.
    int end = target;
    if (end < b.length() && Character.isLowSurrogate(b.charAt(end))) {
      end--;
    }
    String text = b.substring(0, end).strip();
    return text.isEmpty() ? ASCII.substring(0, 1) : text;
  }

  /** A span of up to 500 units inside the first 10,000 of an input; sometimes empty. */
  public static Span span(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    int start = random.nextInt(STANDALONE_INPUT_LENGTH);
    int length = random.nextInt(4) == 0 ? 0 : random.nextInt(500);
    return Span.of(start, start + length);
  }

  /**
   * A date in the years 1800 to 2100 at year, month or day precision (about a third each), with
   * leap days and the ends of months and years more often than chance would give them.
   */
  public static PartialDate partialDate(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    int year = 1800 + random.nextInt(301);
    switch (random.nextInt(3)) {
      case 0:
        return PartialDate.ofYear(year);
      case 1:
        return PartialDate.ofMonth(year, 1 + random.nextInt(12));
      default:
        if (random.nextInt(10) == 0) {
          return edgeDay(random, year);
        }
        int month = 1 + random.nextInt(12);
        int days = YearMonth.of(year, month).lengthOfMonth();
        return PartialDate.of(year, month, 1 + random.nextInt(days));
    }
  }

  /** A place with a known or a random name and, sometimes, a country code. */
  public static Place place(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    String name = oneOf(random, PLACES, 40);
    return new Place.Builder()
        .name(name)
        .country(maybe(random, () -> pick(random, COUNTRIES)))
        .build();
  }

  /** An actor with a random slug id; its mentions point into an imagined input. */
  public static Actor actor(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    return actor(random, slug(random), STANDALONE_INPUT_LENGTH);
  }

  /** A statement whose speaker, when present, is a random slug. */
  public static Statement statement(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    Statement.Builder b = statementBuilder(random, ids(random, random.nextInt(3)));
    return b.text(text(random, 200)).span(maybe(random, () -> span(random))).build();
  }

  /** A meeting between distinct random slugs (sometimes none). */
  public static Meeting meeting(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    return meeting(random, ids(random, random.nextInt(6)), STANDALONE_INPUT_LENGTH);
  }

  /** A ceasefire between distinct random slugs (sometimes none); it never ends before it starts. */
  public static Ceasefire ceasefire(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    return ceasefire(random, ids(random, random.nextInt(6)), STANDALONE_INPUT_LENGTH);
  }

  /** A diagnostic with a stable-looking code, a message and, sometimes, a span. */
  public static Diagnostic diagnostic(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    return diagnostic(random, STANDALONE_INPUT_LENGTH);
  }

  /** A sentence at a random span. */
  public static Sentence sentence(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    return Sentence.of(span(random), random.nextBoolean());
  }

  /**
   * A paragraph at a random offset, its span as long as its text and its sentences (sometimes none)
   * marking consecutive stretches of that text.
   */
  public static Paragraph paragraph(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    return paragraph(random, random.nextInt(STANDALONE_INPUT_LENGTH));
  }

  /** A dateline at a random offset, its span as long as its written form would be. */
  public static Dateline dateline(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    return dateline(random, random.nextInt(STANDALONE_INPUT_LENGTH));
  }

  /** A removal at a random offset, its span as long as its text. */
  public static Removal removal(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    return removal(random, random.nextInt(STANDALONE_INPUT_LENGTH));
  }

  /**
   * An article whose text is made of what it describes: an optional dateline, then paragraphs and
   * removed lines (none, sometimes, so the text may be empty) separated by blank lines. Every span
   * (of a paragraph, sentence, removal, dateline or diagnostic) lies inside the text, and the span
   * of a paragraph or removal marks exactly its text.
   */
  public static Article article(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    Article.Builder b = new Article.Builder()
        .published(maybe(random, () -> partialDate(random)))
        .headline(maybe(random, () -> text(random, 120)))
        .source(maybe(random, () -> pick(random, SOURCES)))
        .url(maybe(random, () -> "https://news.example/" + slug(random)))
        .addAllAuthors(list(random, 3, () -> text(random, 40)));
    if (random.nextBoolean()) {
      b.language(pick(random, LANGUAGES));
    }
    StringBuilder text = new StringBuilder();
    if (random.nextInt(3) == 0) {
      Dateline dateline = dateline(random, 0);
      text.append(written(dateline));
      b.dateline(dateline);
    }
    int blocks = random.nextInt(6);
    for (int i = 0; i < blocks; i++) {
      if (text.length() > 0) {
        text.append(i == 0 ? " " : "\n\n");
      }
      if (random.nextInt(6) == 0) {
        Removal removal = removal(random, text.length());
        text.append(removal.text());
        b.addRemoved(removal);
      } else {
        Paragraph paragraph = paragraph(random, text.length());
        text.append(paragraph.text());
        b.addParagraph(paragraph);
      }
    }
    int length = text.length();
    b.addAllDiagnostics(list(random, 2, () -> diagnostic(random, length)));
    return b.text(text.toString()).build();
  }

  /**
   * An extraction around a generated {@link #article}: up to five actors with unique slug ids, and
   * statements, meetings and ceasefires that refer only to those ids (participants and parties each
   * once). Every span lies inside the article's text; a statement's span, when present, marks
   * exactly the statement's text (a sentence of the article).
   */
  public static Extraction extraction(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    Article article = article(random);
    String input = article.text();
    List<Span> sentences = new ArrayList<>();
    for (Paragraph p : article.paragraphs()) {
      p.sentences().forEach(s -> sentences.add(s.span()));
    }
    List<String> ids = ids(random, random.nextInt(6));
    Extraction.Builder b = new Extraction.Builder().article(article);
    for (String id : ids) {
      b.addActor(actor(random, id, input.length()));
    }
    b.addAllStatements(list(random, 4, () -> {
      Statement.Builder s = statementBuilder(random, ids);
      if (!sentences.isEmpty() && random.nextBoolean()) {
        Span span = pick(random, sentences);
        return s.text(span.of(input)).span(span).build();
      }
      return s.text(text(random, 200)).build();
    }));
    b.addAllMeetings(list(random, 3, () -> meeting(random, ids, input.length())));
    b.addAllCeasefires(list(random, 3, () -> ceasefire(random, ids, input.length())));
    b.addAllDiagnostics(list(random, 2, () -> diagnostic(random, input.length())));
    return b.build();
  }

  // --- generators at a given place, shared by the standalone ones and article/extraction

  static Actor actor(RandomGenerator random, String id, int inputLength) {
    return new Actor.Builder()
        .id(id)
        .name(text(random, 40))
        .kind(pick(random, ActorKind.values()))
        .addAllTitles(list(random, 3, () -> text(random, 40)))
        .country(maybe(random, () -> pick(random, COUNTRIES)))
        .affiliation(maybe(random, () -> text(random, 60)))
        .addAllAliases(list(random, 3, () -> text(random, 30)))
        .addAllMentions(list(random, 4, () -> spanWithin(random, inputLength)))
        .unnamed(random.nextInt(5) == 0)
        .build();
  }

  /** Everything of a statement but its text and span. */
  private static Statement.Builder statementBuilder(RandomGenerator random, List<String> speakers) {
    return new Statement.Builder()
        .speaker(speakers.isEmpty() || random.nextInt(4) == 0
            ? Optional.empty()
            : Optional.of(pick(random, speakers)))
        .kind(pick(random, StatementKind.values()))
        .verb(maybe(random, () -> pick(random, VERBS)))
        .channel(maybe(random, () -> oneOf(random, CHANNELS, 30)))
        .date(maybe(random, () -> partialDate(random)));
  }

  static Meeting meeting(RandomGenerator random, List<String> ids, int inputLength) {
    List<String> participants = sample(random, ids, random.nextInt(Math.min(ids.size(), 4) + 1));
    Optional<String> host = Optional.empty();
    if (!ids.isEmpty() && random.nextBoolean()) {
      boolean outsider = participants.isEmpty() || random.nextInt(4) == 0;
      host = Optional.of(pick(random, outsider ? ids : participants));
    }
    return new Meeting.Builder()
        .addAllParticipants(participants)
        .location(maybe(random, () -> place(random)))
        .date(maybe(random, () -> partialDate(random)))
        .kind(pick(random, MeetingKind.values()))
        .status(pick(random, MeetingStatus.values()))
        .host(host)
        .addAllTopics(list(random, 3, () -> text(random, 50)))
        .addAllEvidence(list(random, 3, () -> spanWithin(random, inputLength)))
        .build();
  }

  static Ceasefire ceasefire(RandomGenerator random, List<String> ids, int inputLength) {
    Ceasefire.Builder b = new Ceasefire.Builder()
        .addAllParties(sample(random, ids, random.nextInt(Math.min(ids.size(), 4) + 1)))
        .scope(pick(random, CeasefireScope.values()))
        .scopeNote(maybe(random, () -> text(random, 60)))
        .duration(maybe(random, () -> period(random)))
        .date(maybe(random, () -> partialDate(random)))
        .status(pick(random, CeasefireStatus.values()));
    Optional<PartialDate> start = maybe(random, () -> partialDate(random));
    Optional<PartialDate> end = maybe(random, () -> partialDate(random));
    if (start.isPresent() && end.isPresent()
        && end.get().lastDay().isBefore(start.get().firstDay())) {
      // The end lies wholly before the start; swapped, the two are in order.
      Optional<PartialDate> t = start;
      start = end;
      end = t;
    }
    b.start(start).end(end);
    for (String id : sample(random, ids, random.nextInt(Math.min(ids.size(), 3) + 1))) {
      b.putRole(id, pick(random, PartyRole.values()));
    }
    return b.addAllEvidence(list(random, 3, () -> spanWithin(random, inputLength))).build();
  }

  static Diagnostic diagnostic(RandomGenerator random, int inputLength) {
    return new Diagnostic.Builder()
        .code(pick(random, CODES))
        .message(text(random, 120))
        .span(maybe(random, () -> spanWithin(random, inputLength)))
        .build();
  }

  /**
   * A paragraph starting at {@code offset}: up to four sentences separated by single spaces, or
   * (sometimes) text without sentences.
   */
  static Paragraph paragraph(RandomGenerator random, int offset) {
    Paragraph.Builder b = new Paragraph.Builder().heading(random.nextInt(5) == 0);
    int sentences = random.nextInt(5);
    String text;
    if (sentences == 0) {
      text = text(random, 80);
    } else {
      StringBuilder t = new StringBuilder();
      for (int i = 0; i < sentences; i++) {
        if (i > 0) {
          t.append(' ');
        }
        int start = offset + t.length();
        t.append(text(random, 120));
        boolean insideQuote = i > 0 && random.nextInt(4) == 0;
        b.addSentence(Sentence.of(Span.of(start, offset + t.length()), insideQuote));
      }
      text = t.toString();
    }
    return b.text(text).span(Span.of(offset, offset + text.length())).build();
  }

  /** A dateline starting at {@code offset}, its span as long as {@link #written} makes it. */
  static Dateline dateline(RandomGenerator random, int offset) {
    Optional<String> place = maybe(random, () -> oneOf(random, PLACES, 20));
    Optional<String> agency = maybe(random, () -> pick(random, AGENCIES));
    Optional<PartialDate> date = maybe(random, () -> partialDate(random));
    int length = written(place, agency, date).length();
    return new Dateline.Builder()
        .place(place)
        .agency(agency)
        .date(date)
        .span(Span.of(offset, offset + length))
        .build();
  }

  /** The dateline as an article's text gives it: {@code KYIV 2025-04-11 (Reuters) -}. */
  static String written(Dateline dateline) {
    return written(dateline.place(), dateline.agency(), dateline.date());
  }

  private static String written(
      Optional<String> place, Optional<String> agency, Optional<PartialDate> date) {
    StringJoiner j = new StringJoiner(" ");
    place.ifPresent(j::add);
    date.ifPresent(d -> j.add(d.toString()));
    agency.ifPresent(a -> j.add("(" + a + ")"));
    return j.add("-").toString();
  }

  static Removal removal(RandomGenerator random, int offset) {
    String text = text(random, 60);
    return Removal.of(pick(random, RULES), text, Span.of(offset, offset + text.length()));
  }

  // --- small parts

  /** {@code count} distinct actor ids. */
  static List<String> ids(RandomGenerator random, int count) {
    List<String> ids = new ArrayList<>(count);
    Set<String> seen = new HashSet<>(); // membership only; order comes from the list
    while (ids.size() < count) {
      String id = slug(random);
      if (seen.add(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  /** An id matching {@link Actor#ID}: one to three hyphen-joined segments, each in one script. */
  static String slug(RandomGenerator random) {
    StringBuilder b = new StringBuilder();
    int segments = 1 + random.nextInt(3);
    for (int i = 0; i < segments; i++) {
      if (i > 0) {
        b.append('-');
      }
      String letters = random.nextInt(3) != 0 ? ASCII : pick(random, SLUG_ALPHABETS);
      int length = 1 + random.nextInt(8);
      for (int k = 0; k < length; k++) {
        b.append(letters.charAt(random.nextInt(letters.length())));
      }
    }
    return b.toString();
  }

  /** Appends one word in one script, sometimes quoted or followed by punctuation. */
  private static void word(RandomGenerator random, StringBuilder b) {
    String[] quote = random.nextInt(8) == 0 ? pick(random, QUOTES) : null;
    if (quote != null) {
      b.append(quote[0]);
    }
    int length = 1 + random.nextInt(7);
    switch (random.nextInt(7)) {
      case 0:
      case 1:
        letters(random, b, ASCII, length, true);
        break;
      case 2:
        letters(random, b, ASCII + ACCENTED, length, true);
        break;
      case 3:
        letters(random, b, CYRILLIC, length, true);
        break;
      case 4:
        letters(random, b, CJK, length, false);
        break;
      case 5:
        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
          b.appendCodePoint(EMOJI[random.nextInt(EMOJI.length)]);
        }
        break;
      default:
        b.append(random.nextInt(10_000));
        break;
    }
    if (quote != null) {
      b.append(quote[1]);
    }
    if (random.nextInt(5) == 0) {
      b.append(pick(random, PUNCTUATION));
    }
  }

  private static void letters(
      RandomGenerator random, StringBuilder b, String alphabet, int length, boolean mayCapitalize) {
    boolean capital = mayCapitalize && random.nextInt(3) == 0;
    for (int i = 0; i < length; i++) {
      char c = alphabet.charAt(random.nextInt(alphabet.length()));
      b.append(i == 0 && capital ? Character.toUpperCase(c) : c);
    }
  }

  /** The first or last day of a month or a year, or a leap day. */
  private static PartialDate edgeDay(RandomGenerator random, int year) {
    switch (random.nextInt(3)) {
      case 0:
        int leap = year - year % 4;
        if (!Year.isLeap(leap)) { // 1800, 1900 or 2100: take the nearest leap year in range
          leap += leap == 2100 ? -4 : 4;
        }
        return PartialDate.of(leap, 2, 29);
      case 1:
        return PartialDate.of(year, 1 + random.nextInt(12), 1);
      default:
        return PartialDate.of(YearMonth.of(year, 1 + random.nextInt(12)).atEndOfMonth());
    }
  }

  /** A positive period: days, weeks, months, or a mix of years, months and days. */
  private static Period period(RandomGenerator random) {
    switch (random.nextInt(4)) {
      case 0:
        return Period.ofDays(1 + random.nextInt(365));
      case 1:
        return Period.ofWeeks(1 + random.nextInt(12));
      case 2:
        return Period.ofMonths(1 + random.nextInt(24));
      default:
        Period p = Period.of(random.nextInt(3), random.nextInt(12), random.nextInt(31));
        return p.isZero() ? Period.ofDays(1) : p;
    }
  }

  /** A span inside an input of {@code length} units; sometimes empty. */
  static Span spanWithin(RandomGenerator random, int length) {
    int start = random.nextInt(length + 1);
    return Span.of(start, start + random.nextInt(length - start + 1));
  }

  /** {@code count} distinct elements of {@code from}, in random order. */
  private static List<String> sample(RandomGenerator random, List<String> from, int count) {
    List<String> pool = new ArrayList<>(from);
    for (int i = 0; i < count; i++) {
      int j = i + random.nextInt(pool.size() - i);
      pool.set(j, pool.set(i, pool.get(j)));
    }
    return pool.subList(0, count);
  }

  /** Zero to {@code max} values, each from {@code next}. */
  private static <T> List<T> list(RandomGenerator random, int max, Supplier<T> next) {
    int n = random.nextInt(max + 1);
    List<T> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values.add(next.get());
    }
    return values;
  }

  /** Present half the time; {@code next} is asked only then. */
  private static <T> Optional<T> maybe(RandomGenerator random, Supplier<T> next) {
    return random.nextBoolean() ? Optional.of(next.get()) : Optional.empty();
  }

  /** One of {@code known} or, as often, random text of up to {@code maxLength}. */
  private static String oneOf(RandomGenerator random, String[] known, int maxLength) {
    return random.nextBoolean() ? pick(random, known) : text(random, maxLength);
  }

  private static <T> T pick(RandomGenerator random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static <T> T pick(RandomGenerator random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
