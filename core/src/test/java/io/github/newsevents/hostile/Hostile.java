package io.github.newsevents.hostile;

import java.util.Random;
import java.util.function.IntFunction;

/**
 * Text built to hurt a news extractor, by class: the fifteen classes of hostile text of issue 18
 * (size extremes, surrogates, controls, NUL, line endings, invisible characters, bidi, unbalanced
 * and nested quotes, deep nesting, mojibake, normalisation and homoglyphs, markup leftovers, regex
 * fodder, absurd numbers and dates, odd names) and the inputs that issue found superlinear. Each
 * makes a text of about the size asked for (never shorter, at most one unit longer), the same on
 * every run. Shared through the core's test jar with the benchmarks and the JSON module's tests.
 *
 * <p>Most classes come in one long paragraph, the layout that used to hurt: the stages look back
 * and ahead within a paragraph. {@link #paragraphs(String, int)} makes the short-paragraph layout
 * of any of them.
 */
public enum Hostile {
  // --- the fifteen classes
  SIZE_ONE_WORD("size: one word without a space", n -> "A" + "a".repeat(Math.max(0, n - 1))),
  SIZE_ONE_PARAGRAPH("size: ordinary news in one paragraph", n -> fill(n, Hostile.NEWS + " ")),
  SURROGATES("surrogates: pairs, lone halves, reversed pairs",
      n -> fill(n, "Talks \uD83D\uDE00 in \uD800Oslo\uDC00 said \uDC00\uD800 \u201C\uD83C\uDDF3\uD83C\uDDF4\u201D. ")),
  CONTROLS("controls: C0 and C1 characters inside words and quotes",
      n -> fill(n, "Ber\u0001lin \u001Bsaid \u201C\u0007we\u0085 agree\u009F\u201D\u0008 on Friday. ")),
  NUL("NUL: inside and between words", n -> fill(n, "Putin\u0000 met\u0000\u0000Erdogan \u0000said \"\u0000\". ")),
  LINE_ENDINGS("line endings: CR, CRLF, LS, PS, NEL, VT, FF",
      n -> fill(n, "Talks ended.\rThe envoy met\r\nthe minister.\u2028He said\u2029\"No.\"\u0085Then\u000B\u000C. ")),
  INVISIBLE("invisible characters: zero-width, soft hyphen, word joiner, BOM",
      n -> fill(n, "Pu\u200Btin me\u00ADt Er\u2060do\u200Dgan\uFEFF in \u200CAnkara, \u201C\u200B\u201D he s\u200Baid. ")),
  BIDI("bidi: overrides, isolates, right-to-left script",
      n -> fill(n, "\u202EPutin met Erdogan\u202C \u2067\u05E9\u05DC\u05D5\u05DD\u2069 \u201C\u0633\u0644\u0627\u0645\u201D said \u200FAbbas. ")),
  QUOTES_UNBALANCED("quotes: openings never closed",
      n -> fill(n, "\u201CWe will talk, the envoy said \u2018perhaps \"tomorrow \u00AB ")),
  QUOTES_NESTED("quotes: nested marks of every kind after a speaker",
      n -> "Peskov said " + fill(n, "\u201C\u2018\u201E\u300C\u2039\u00AB\"'")),
  DEEP_NESTING("deep nesting: brackets and parentheses",
      n -> "Talks " + fill(n, "([{(\u201C") + " ended."),
  MOJIBAKE("mojibake: UTF-8 read as Windows-1252",
      n -> fill(n, "Ã¢â‚¬Å“We agreeÃ¢â‚¬Â, said the PrÃ©sident of CÃ´te dâ€™Ivoire â€” talks â€œendedâ€. ")),
  NORMALISATION("normalisation and homoglyphs: decomposed accents, Cyrillic and fullwidth letters",
      n -> fill(n, "Pre\u0301sident Macron met \u0420utin (\u0440\u0430ris) and \uFF30\uFF55\uFF54\uFF49\uFF4E said \u201Cyes\u201D. ")),
  MARKUP("markup leftovers: tags, entities, script, markdown",
      n -> fill(n, "<p class=\"x\">Putin &amp; Erdogan <b>met</b></p><script>var a=\"</script>&quot;said&#8221; **talks** [link](http://x) ")),
  REGEX_FODDER("regex fodder: noise words, separators and runs of spaces in one line",
      n -> fill(n, "Advertisement Share | Read more: ... Photo: (AP Photo/ \u00A9 2025 -- By    ")),
  ABSURD_NUMBERS("absurd numbers and dates",
      n -> fill(n, "On 31 February 99999 a 2147483648-day ceasefire for 99999999999999 weeks began on 00/00/0000 at 25:61, 1e309 days. ")),
  ODD_NAMES("odd names: long, hyphenated, apostrophes, initials, all capitals",
      n -> fill(n, "Jean-Baptiste-Marie O'Neill-McAllister Van Der Berg-Smith, A. B. C. D. E. said, and MR JOHN SMITH-JONES met al-Sheikh bin Abdul-Aziz ibn Saud. ")),

  // --- the inputs issue 18 found superlinear in one long paragraph
  MET("issue 18: \"met \" repeated", n -> fill(n, "met ")),
  CEASEFIRE_WORD("issue 18: \"ceasefire \" repeated", n -> fill(n, "ceasefire ")),
  TALKS("issue 18: \"talks \" repeated", n -> fill(n, "talks ")),
  AGREED_SENTENCE("issue 18: a ceasefire sentence repeated",
      n -> fill(n, "Russia and Ukraine agreed a ceasefire. ")),
  CAPITALISED("issue 18: capitalised words", n -> capitalised(n)),
  KREMLIN_ENVOY("issue 18: \"Kremlin Envoy Talks Said \" repeated", n -> fill(n, "Kremlin Envoy Talks Said ")),
  NESTED_MARKS("issue 18: nested quotation marks of mixed kinds", n -> fill(n, "\u201C\u2018\"'\u00AB\u2039\u201E\u300C")),
  ABSURD_CEASEFIRE("issue 18: an absurd ceasefire repeated",
      n -> fill(n, "a 2147483648-day ceasefire for 99999999999999 weeks ")),
  SAID_NESTED("issue 18: nested marks after \"X said\"",
      n -> fill(n, "Lavrov said \u2018\u201E\u300C\u2039\u201C\u2018 ")),
  ARMED_GROUPS("distinct armed groups, appositions and \"the rebels\" in one paragraph", n -> armedGroups(n));

  private final String description;
  private final IntFunction<String> maker;

  Hostile(String description, IntFunction<String> maker) {
    this.description = description;
    this.maker = maker;
  }

  /** What the class is, for display names and tables. */
  public String description() {
    return description;
  }

  /** A text of this class of at least {@code size} characters (one paragraph unless said). */
  public String of(int size) {
    return maker.apply(size);
  }

  /** Whether this is one of the inputs issue 18 reported, rather than one of the fifteen classes. */
  public boolean fromIssue() {
    return description.startsWith("issue 18");
  }

  /**
   * {@code text} cut into paragraphs of about {@code length} characters (at the first space after
   * each {@code length}, or at {@code length} when there is none), one per line.
   */
  public static String paragraphs(String text, int length) {
    StringBuilder b = new StringBuilder(text.length() + text.length() / length + 1);
    int start = 0;
    while (start < text.length()) {
      int end = Math.min(text.length(), start + length);
      int space = text.indexOf(' ', end);
      if (space >= 0 && space - end < 40) {
        end = space + 1;
      }
      b.append(text, start, end).append('\n');
      start = end;
    }
    return b.toString();
  }

  /**
   * Ordinary news of {@code size} characters or more, in paragraphs of about 500 characters as news
   * comes: the baseline that hostile text is measured against.
   */
  public static String news(int size) {
    return fill(size, NEWS + "\n");
  }

  /** Fictional news written for these tests: names, titles, quotes, meetings, a ceasefire. */
  public static final String NEWS =
      "Norwegian Foreign Minister Lena Marsh met Russian President Oskar Vallin in Moscow on"
          + " Friday to discuss a ceasefire in the east. \u201CWe are closer than we were,\u201D"
          + " she told reporters after the talks. Vallin said the two sides had agreed a 30-day"
          + " pause in strikes on energy facilities, which would take effect on Monday. The"
          + " Kremlin spokesman, Ivan Sorokin, said a second meeting could take place in Geneva"
          + " next month. Ukraine's envoy called the truce \u201Ca first step\u201D but warned"
          + " that attacks had continued overnight.";

  static String fill(int size, String unit) {
    StringBuilder b = new StringBuilder(size + unit.length());
    while (b.length() < size) {
      b.append(unit);
    }
    return b.toString();
  }

  /** Distinct capitalised words (so that no name repeats), seeded. */
  /** Ever new names of armed groups, each compared with the ones before it, and references back. */
  private static String armedGroups(int size) {
    Random random = new Random(15);
    StringBuilder b = new StringBuilder(size + 64);
    while (b.length() < size) {
      String name = word(random) + " " + word(random);
      b.append("Peru and the ").append(name).append(" rebels, a rebel group, agreed a truce; the rebels and the rebel group ")
          .append(word(random)).append(" Tigers, ").append(word(random)).append(", a militia, met ");
    }
    return b.toString();
  }

  private static String word(Random random) {
    StringBuilder b = new StringBuilder().append((char) ('A' + random.nextInt(26)));
    for (int i = 0, len = 3 + random.nextInt(6); i < len; i++) {
      b.append((char) ('a' + random.nextInt(26)));
    }
    return b.toString();
  }

  private static String capitalised(int size) {
    Random random = new Random(18);
    StringBuilder b = new StringBuilder(size + 16);
    while (b.length() < size) {
      b.append((char) ('A' + random.nextInt(26)));
      int len = 2 + random.nextInt(8);
      for (int i = 0; i < len; i++) {
        b.append((char) ('a' + random.nextInt(26)));
      }
      b.append(' ');
    }
    return b.toString();
  }
}
