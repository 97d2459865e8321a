package io.github.newsevents.internal;

import io.github.newsevents.model.Dateline;
import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a wire dateline at the start of a paragraph. The forms, each bounded and applied to
 * at most the first {@value #WINDOW} characters of the paragraph:
 *
 * <ul>
 *   <li>place, optional qualifier and date, then the agency in brackets and an optional separator:
 *       {@code WASHINGTON, April 11 (Reuters) -}, {@code GROSSETO, Italy (AP) --}, {@code Cairo
 *       (AFP) -}, {@code New Delhi, Apr 25 (PTI)}, {@code New Delhi [India], November 19 (ANI):},
 *       {@code BEIJING, Nov. 24 (Xinhua) --}; accepted when it has a separator, a date, a known
 *       agency or an all-capital place, so that "Paris (France) is" is not a dateline;
 *   <li>TASS's {@code ASTANA, June 3. /TASS/.};
 *   <li>an all-capital place and a dash or colon, without agency: {@code ISTANBUL —}, {@code
 *       DOHA:}, {@code MOSCOW, Russia --} (slugs such as {@code BREAKING:} or {@code UPDATE —}
 *       are not places);
 *   <li>all-capital places joined by slashes before the text: {@code MOSCOW/KYIV The};
 *   <li>a paragraph that is only an all-capital place ({@code WASHINGTON}), see {@link
 *       #readStandalone}.
 * </ul>
 *
 * <p>The place is the first place name as written ({@code GROSSETO}, {@code New Delhi}); its
 * qualifiers ({@code , Italy}, {@code [India]}) are not kept. A date without a year is resolved
 * against the publication date.
 */
public final class DatelineReader {
  /** How much of a paragraph's start a dateline may take. */
  public static final int WINDOW = 200;

  private static final String CAP_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.\\-]{0,30}+";
  private static final String PARTICLE =
      "(?:de|da|do|del|della|di|du|la|le|el|al|of|upon|am|an|sur|en|es)";
  private static final String PLACE =
      CAP_WORD + "(?:\\h++(?:" + PARTICLE + "\\h++)?" + CAP_WORD + "){0,3}";
  private static final String PLACES = PLACE + "(?:/" + PLACE + "){0,2}";
  private static final String CAPS_WORD = "\\p{Lu}[\\p{Lu}'’.\\-]{1,30}+";
  private static final String CAPS_PLACE = CAPS_WORD + "(?:[\\h/]" + CAPS_WORD + "){0,3}";
  private static final String MONTH = "(?i:" + DateWords.MONTH_REGEX + ")";
  private static final String DATE =
      "(?:(?<mon>"
          + MONTH
          + ")\\.?\\h++(?<day>\\d{1,2})(?:,\\h*+(?<year>\\d{4}))?"
          + "|(?<day2>\\d{1,2})\\h++(?<mon2>"
          + MONTH
          + ")(?:\\h++(?<year2>\\d{4}))?)";

  private static final Pattern BRACKETED =
      Pattern.compile(
          "(?<place>"
              + PLACES
              + ")(?:\\h*+\\[[^\\]]{1,40}+\\])?(?:,\\h*+"
              + PLACE
              + ")?(?:,\\h*+"
              + DATE
              + ")?\\.?\\h*+\\((?<agency>\\p{L}[\\p{L}\\p{N}.&'’/\\- ]{0,38}+)\\)"
              + "(?<sep>\\h*+(?:-{1,3}+|[–—]|:)\\h*+)?");

  private static final Pattern TASS =
      Pattern.compile(
          "(?<place>"
              + PLACES
              + "),\\h*+"
              + DATE
              + "\\.?\\h*+/(?<agency>\\p{L}[\\p{L}\\-]{1,20}+)/\\.?\\h*+");

  private static final Pattern CAPS =
      Pattern.compile(
          "(?<place>"
              + CAPS_PLACE
              + ")(?:,\\h*+"
              + PLACE
              + ")?(?:,\\h*+"
              + DATE
              + ")?(?:\\h*+[–—]\\h*+|\\h++-{1,2}+\\h++|\\h*+--\\h*+|:\\h++)");

  private static final Pattern SLASHED =
      Pattern.compile(
          "(?<place>"
              + CAPS_WORD
              + "(?:\\h"
              + CAPS_WORD
              + "){0,2}(?:/"
              + CAPS_WORD
              + "(?:\\h"
              + CAPS_WORD
              + "){0,2}){1,3})\\h++(?=\\p{Lu})");

  private static final Pattern STANDALONE =
      Pattern.compile("(?<place>" + CAPS_PLACE + ")(?:,\\h*+" + PLACE + ")?");

  private static final WordSet AGENCIES =
      WordSet.of(
          "Reuters", "AP", "AFP", "PTI", "ANI", "IANS", "UNI", "Xinhua", "Kyodo", "Yonhap", "dpa",
          "DPA", "TASS", "ITAR-TASS", "RIA", "EFE", "ANSA", "AA", "Bernama", "Antara", "WAM",
          "SPA", "KUNA", "QNA", "IRNA", "Anadolu", "Bloomberg", "CNN", "UPI", "BBC", "Sputnik",
          "Interfax", "APP", "CNA", "VNA", "PNA", "PA", "AAP", "KCNA", "MENA", "SANA", "Ukrinform",
          "BSS", "NNA", "Petra", "Lusa", "BTA", "CTK", "PAP", "MTI", "Jiji", "AP Photo");

  /** Capitalised slugs that open paragraphs like a dateline but name no place. */
  private static final WordSet NOT_PLACES =
      WordSet.ignoringCase(
          "BREAKING", "UPDATE", "UPDATED", "UPDATES", "EXCLUSIVE", "WATCH", "LIVE", "ANALYSIS",
          "OPINION", "NOTE", "EDITOR'S", "EDITOR’S", "EDITORS", "CORRECTION", "CLARIFICATION",
          "VIDEO", "VIDEOS", "PHOTO", "PHOTOS", "FILE", "ALERT", "WARNING", "REVIEW", "FACT",
          "FACTBOX", "EXPLAINER", "INTERVIEW", "COMMENT", "EDITORIAL", "NEWS", "READ", "ALSO",
          "RELATED", "SPONSORED", "ADVERTISEMENT", "MORE", "CLICK", "SHARE", "NATO", "Q", "A",
          "QUESTION", "ANSWER", "TRANSCRIPT", "SUMMARY", "BACKGROUND", "CONTEXT", "WHAT", "WHY",
          "HOW", "THE", "TOP", "LATEST", "DEVELOPING", "URGENT", "FLASH", "BULLETIN", "ADDS",
          "RECAP", "REPORT", "SOURCE", "SOURCES", "CREDIT", "NB", "PS", "OK", "TV", "FAQ");

  /** Titles and roles of a transcript's speaker labels: a capitalised run with one of them is no place. */
  private static final WordSet SPEAKER_TITLES =
      WordSet.ignoringCase(
          "PRESIDENT", "MINISTER", "SECRETARY", "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON", "MODERATOR",
          "MR", "MRS", "MS", "AMBASSADOR", "CHAIRMAN", "CHAIRWOMAN", "SPEAKER", "REPORTER", "PREMIER",
          "CHANCELLOR", "SENATOR", "PARTICIPANT", "JOURNALIST", "INTERVIEWER", "HOST", "PRESS");

  private DatelineReader() {}

  /** A dateline found, where the paragraph's text resumes after it, and what was noticed. */
  public static final class Found {
    private final Dateline dateline;
    private final int bodyStart;
    private final List<Diagnostic> diagnostics;

    Found(Dateline dateline, int bodyStart, List<Diagnostic> diagnostics) {
      this.dateline = dateline;
      this.bodyStart = bodyStart;
      this.diagnostics = diagnostics;
    }

    public Dateline dateline() {
      return dateline;
    }

    /** The first index of the paragraph's text after the dateline (the paragraph end if none). */
    public int bodyStart() {
      return bodyStart;
    }

    public List<Diagnostic> diagnostics() {
      return diagnostics;
    }
  }

  /** A dateline opening the trimmed paragraph {@code text[from, to)}, if it has one. */
  public static Optional<Found> readOpening(
      String text, int from, int to, Optional<PartialDate> published) {
    int limit = Math.min(to, from + WINDOW);
    if (from >= limit || !Character.isUpperCase(text.codePointAt(from))) {
      return Optional.empty(); // every form opens with a capital letter (a place)
    }
    // what each form needs, tried before its expression (most paragraphs open with none of them):
    // a bracket or a slash in the window, or a second capital letter (or mark) of a word in capitals
    boolean paren = false;
    boolean slash = false;
    for (int i = from; i < limit && !(paren && slash); i++) { // one pass over the window for both
      char c = text.charAt(i);
      paren |= c == '(';
      slash |= c == '/';
    }
    int second = from + Character.charCount(text.codePointAt(from));
    boolean caps = second < limit && capsWordGoesOn(text.codePointAt(second));
    Matcher m;
    if (paren) {
      m = BRACKETED.matcher(text).region(from, limit);
      if (m.lookingAt()) {
        String agency =
            text.substring(m.start("agency"), Chars.trimEnd(text, m.start("agency"), m.end("agency")));
        boolean allCaps = Chars.isAllCaps(text, m.start("place"), m.end("place"));
        boolean dated = m.start("mon") >= 0 || m.start("mon2") >= 0;
        if ((m.start("sep") >= 0 || dated || AGENCIES.contains(agency) || allCaps)
            && Chars.countWords(agency, 0, agency.length(), 4) <= 4
            && !agency.isBlank()) {
          return Optional.of(found(text, m, agency, true, to, published));
        }
      }
    }
    if (slash) {
      m = TASS.matcher(text).region(from, limit);
      if (m.lookingAt()) {
        return Optional.of(found(text, m, m.group("agency"), true, to, published));
      }
    }
    if (caps) {
      m = CAPS.matcher(text).region(from, limit);
      if (m.lookingAt() && isPlace(text, m.start("place"), m.end("place"))) {
        return Optional.of(found(text, m, null, true, to, published));
      }
      if (slash) {
        m = SLASHED.matcher(text).region(from, limit);
        if (m.lookingAt() && isPlace(text, m.start("place"), m.end("place"))) {
          return Optional.of(found(text, m, null, false, to, published));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether {@code c} is in {@link #CAPS_WORD}'s class after its first letter. */
  private static boolean capsWordGoesOn(int c) {
    return Character.isUpperCase(c) || c == '\'' || c == '\u2019' || c == '.' || c == '-';
  }

  /**
   * A dateline that is the whole trimmed paragraph {@code text[from, to)}: an all-capital place
   * on a line of its own, as some agencies set it above the text ({@code WASHINGTON}).
   */
  public static Optional<Found> readStandalone(String text, int from, int to) {
    if (to - from > 60) {
      return Optional.empty();
    }
    Matcher m = STANDALONE.matcher(text).region(from, to);
    if (!m.matches() || !isPlace(text, m.start("place"), m.end("place"))) {
      return Optional.empty();
    }
    Dateline d =
        new Dateline.Builder()
            .place(text.substring(m.start("place"), m.end("place")))
            .span(Span.of(from, to))
            .build();
    return Optional.of(new Found(d, to, List.of()));
  }

  private static Found found(
      String text,
      Matcher m,
      String agency,
      boolean mayHaveDate,
      int to,
      Optional<PartialDate> published) {
    int from = m.regionStart();
    int end = Chars.trimEnd(text, from, m.end());
    Dateline.Builder b =
        new Dateline.Builder()
            .place(text.substring(m.start("place"), m.end("place")))
            .span(Span.of(from, end));
    if (agency != null) {
      b.agency(agency);
    }
    List<Diagnostic> diagnostics = new ArrayList<>(1);
    if (mayHaveDate && m.start("mon") >= 0) {
      date(text, m, "mon", "day", "year", published, diagnostics).ifPresent(b::date);
    } else if (mayHaveDate && m.start("mon2") >= 0) {
      date(text, m, "mon2", "day2", "year2", published, diagnostics).ifPresent(b::date);
    }
    return new Found(b.build(), Chars.skipSpace(text, m.end(), to), diagnostics);
  }

  private static Optional<PartialDate> date(
      String text,
      Matcher m,
      String monthGroup,
      String dayGroup,
      String yearGroup,
      Optional<PartialDate> published,
      List<Diagnostic> diagnostics) {
    int month = DateWords.month(text, m.start(monthGroup), m.end(monthGroup));
    int day = Integer.parseInt(m.group(dayGroup));
    int dateStart = Math.min(m.start(monthGroup), m.start(dayGroup));
    int dateEnd = Math.max(m.end(monthGroup), m.end(dayGroup));
    if (m.start(yearGroup) >= 0) {
      dateEnd = Math.max(dateEnd, m.end(yearGroup));
    }
    Span span = Span.of(dateStart, dateEnd);
    if (month == 0 || !DateWords.dayExists(month, day)) {
      diagnostics.add(
          Diagnostic.of(
              "dateline.date.malformed",
              "the dateline's date '" + span.of(text) + "' is not a day of the calendar",
              span));
      return Optional.empty();
    }
    if (m.start(yearGroup) >= 0) {
      try {
        return Optional.of(PartialDate.of(Integer.parseInt(m.group(yearGroup)), month, day));
      } catch (IllegalArgumentException e) {
        diagnostics.add(
            Diagnostic.of(
                "dateline.date.malformed",
                "the dateline's date '" + span.of(text) + "' does not exist in that year",
                span));
        return Optional.empty();
      }
    }
    Optional<PartialDate> resolved = DateWords.resolveYearless(month, day, published);
    if (resolved.isEmpty()) {
      diagnostics.add(
          Diagnostic.of(
              "dateline.date.unresolved",
              "the dateline's date '"
                  + span.of(text)
                  + "' gives no year and the article has no publication date to supply one",
              span));
    }
    return resolved;
  }

  private static boolean isWordPart(char c) {
    return Character.isLetter(c) || c == '\'' || c == '’';
  }

  /** An all-capital place of at least three letters whose first word is no slug. */
  private static boolean isPlace(CharSequence s, int from, int to) {
    int firstEnd = from;
    while (firstEnd < to && isWordPart(s.charAt(firstEnd))) {
      firstEnd++;
    }
    if (NOT_PLACES.contains(s, from, firstEnd)) {
      return false;
    }
    // a transcript's speaker label, "FOREIGN MINISTER LOPEZ:", "MODERATOR:": a title names no place
    for (int w = from; w < to; ) {
      int e = w;
      while (e < to && isWordPart(s.charAt(e))) {
        e++;
      }
      if (e > w && SPEAKER_TITLES.contains(s, w, e)) {
        return false;
      }
      w = e + 1;
    }
    int letters = 0;
    for (int i = from; i < to; i++) {
      if (Character.isLetter(s.charAt(i))) {
        letters++;
      }
    }
    return letters >= 3;
  }
}
