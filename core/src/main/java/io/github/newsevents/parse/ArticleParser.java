package io.github.newsevents.parse;

import io.github.newsevents.model.Article;
import io.github.newsevents.model.Dateline;
import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.Paragraph;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.Removal;
import io.github.newsevents.model.Sentence;
import io.github.newsevents.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns news text into an {@link Article}. Reads three input forms: a first line {@code date
 * YYYY-MM-DD} followed on the same line by the text; a header block of {@code key value} or {@code
 * key: value} lines ({@code date}, {@code headline}/{@code title}, {@code source}, {@code url},
 * {@code author}, {@code language}) ended by a blank line; plain text. Every non-blank line of the
 * body is a paragraph unless a {@link NoiseRule} removes it (each removal is recorded); a short line
 * without closing punctuation, or a "Label: quote" line, is a heading. A wire dateline opening the
 * body ({@code WASHINGTON, April 11 (Reuters) -}) is kept apart. Every span indexes the input as
 * given.
 *
 * <p>Immutable and thread-safe. Total on any non-null String: problems in the input are {@link
 * Diagnostic}s in {@link Article#diagnostics()}; only a {@code null} input ({@link
 * NullPointerException}) and an input over the size limit ({@link ArticleTooLargeException}) throw.
 */
public final class ArticleParser {
  private static final Logger LOG = LoggerFactory.getLogger(ArticleParser.class);
  /** 10 MiB of text. */
  public static final int DEFAULT_MAX_LENGTH = 10 * 1024 * 1024;

  private static final ArticleParser DEFAULTS = new ArticleParser(NoiseRule.defaults(), DEFAULT_MAX_LENGTH);

  private static final Set<String> HEADER_KEYS = Set.of("date", "headline", "title", "source", "url", "author", "language");
  private static final Pattern HEADER = Pattern.compile("([A-Za-z]{3,8}+)(?::\\s*+|\\s++)(.{1,2000}+)");
  private static final Pattern WIRE = Pattern.compile(
      "([A-Z][\\p{L} .'\\-]{1,40}?)(?:,\\s*+([A-Z][\\p{L} .]{1,30}?))?(?:\\s*+\\[([\\p{L} ]{1,30}+)\\])?"
          + "(?:,\\s*+([A-Z][a-z]{2,8}+\\.?\\s++\\d{1,2}+))?\\s*+\\((Reuters|AP|AFP|PTI|ANI|Xinhua|IANS|UNI|dpa|Bloomberg|TASS|Anadolu|Kyodo|Yonhap|EFE|ANSA|WAM|SPA|IRNA|KUNA|AA|Bernama|Antara|APP|UNB|BSS|Sputnik|RIA|Interfax|Ukrinform)\\)"
          + "\\s*+(?:--|-|\u2014|\u2013|:)?\\s*+");
  private static final Pattern CAPS_DATELINE = Pattern.compile("([A-Z][A-Z .'\\-]{2,40}+)\\s*+(?:\u2014|--)\\s*+");
  private static final Pattern BYLINE = Pattern.compile("(?:By|BY|by|Author:|Written by)\\s++([A-Z][\\p{L}.'\\-]{1,40}+(?:\\s++[A-Z][\\p{L}.'\\-]{1,40}+){0,4}+)");
  private static final Pattern LABEL_QUOTE = Pattern.compile("[A-Z][\\p{L}.' ]{0,40}+:\\s*+[\"\u201C\u2018'].{0,300}+");
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));

  private final List<NoiseRule> rules;
  private final int maxLength;

  private ArticleParser(List<NoiseRule> rules, int maxLength) {
    this.rules = List.copyOf(rules);
    this.maxLength = maxLength;
  }

  /** The parser with the built-in noise rules and the 10 MiB limit. */
  public static ArticleParser defaults() {
    return DEFAULTS;
  }

  /** This parser with another size limit, in chars. */
  public ArticleParser withMaxLength(int maxLength) {
    if (maxLength < 0) {
      throw new IllegalArgumentException("maxLength must not be negative, got " + maxLength);
    }
    return new ArticleParser(rules, maxLength);
  }

  /** This parser with {@code rule} tried after the others. */
  public ArticleParser withRule(NoiseRule rule) {
    List<NoiseRule> r = new ArrayList<>(rules);
    r.add(Objects.requireNonNull(rule, "rule"));
    return new ArticleParser(r, maxLength);
  }

  /** This parser without the rule named {@code name}. */
  public ArticleParser withoutRule(String name) {
    Objects.requireNonNull(name, "name");
    List<NoiseRule> r = new ArrayList<>(rules);
    r.removeIf(x -> x.name().equals(name));
    return new ArticleParser(r, maxLength);
  }

  /** This parser with no noise rules at all. */
  public ArticleParser withoutNoiseRules() {
    return new ArticleParser(List.of(), maxLength);
  }

  public List<NoiseRule> rules() {
    return rules;
  }

  /**
   * Parses {@code text}.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws ArticleTooLargeException if it is longer than the limit
   */
  public Article parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > maxLength) {
      LOG.warn("article of {} chars refused: over the limit of {}", text.length(), maxLength);
      throw new ArticleTooLargeException(text.length(), maxLength);
    }
    Article.Builder article = new Article.Builder().text(text);
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<int[]> lines = lines(text);
    int li = 0;
    PartialDate published = null;
    // header: the seed's inline form, or a block of key/value lines ended by a blank line
    int firstContent = li;
    while (firstContent < lines.size() && lines.get(firstContent)[0] == lines.get(firstContent)[1]) {
      firstContent++;
    }
    int bodyStartOverride = -1;
    if (firstContent < lines.size()) {
      int[] l = lines.get(firstContent);
      int lead = l[0];
      while (lead < l[1] && blank(text.charAt(lead))) {
        lead++;
      }
      l = new int[] {lead, l[1]};
      String line = text.substring(l[0], l[1]);
      if (line.startsWith("date ") || line.startsWith("date:")) {
        boolean block = true;
        int k = firstContent;
        while (k < lines.size() && lines.get(k)[0] != lines.get(k)[1]) {
          int[] hl = lines.get(k);
          Matcher m = HEADER.matcher(text.substring(hl[0], hl[1]));
          if (!m.matches() || !HEADER_KEYS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            block = false;
            break;
          }
          k++;
        }
        if (block && !(k == firstContent + 1 && text.substring(l[0], l[1]).length() > 16)) {
          for (int h = firstContent; h < k; h++) {
            int[] hl = lines.get(h);
            Matcher m = HEADER.matcher(text.substring(hl[0], hl[1]));
            m.matches();
            String key = m.group(1).toLowerCase(Locale.ROOT);
            String value = m.group(2).strip();
            int valueStart = hl[0] + m.start(2);
            switch (key) {
              case "date":
                published = date(value, Span.of(valueStart, valueStart + value.length()), diagnostics);
                break;
              case "headline":
              case "title":
                article.headline(value);
                break;
              case "source":
                article.source(value);
                break;
              case "url":
                article.url(value);
                break;
              case "author":
                for (String a : value.split(",|\\band\\b")) {
                  if (!a.isBlank()) {
                    article.addAuthor(a.strip());
                  }
                }
                break;
              default:
                article.language(value);
            }
          }
          li = k;
        } else {
          // "date 2025-04-12 The Kremlin said ...": the date, then the body on the same line
          int dateStart = l[0] + 5;
          while (dateStart < l[1] && text.charAt(dateStart) == ' ') {
            dateStart++;
          }
          int dateEnd = dateStart;
          while (dateEnd < l[1] && !Character.isWhitespace(text.charAt(dateEnd))) {
            dateEnd++;
          }
          published = date(text.substring(dateStart, dateEnd), Span.of(dateStart, dateEnd), diagnostics);
          bodyStartOverride = dateEnd;
          li = firstContent;
        }
      }
    }
    if (published != null) {
      article.published(published);
    }
    LocalDate pub = published == null ? null : published.toLocalDate().orElse(null);
    int kept = 0;
    int removed = 0;
    boolean first = true;
    boolean quoteOpen = false;
    for (; li < lines.size(); li++) {
      int[] l = lines.get(li);
      int s = l[0];
      if (bodyStartOverride >= 0) {
        s = Math.max(s, bodyStartOverride);
        bodyStartOverride = -1;
      }
      int e = l[1];
      while (s < e && blank(text.charAt(s))) {
        s++;
      }
      while (e > s && blank(text.charAt(e - 1))) {
        e--;
      }
      if (s == e) {
        continue;
      }
      String line = text.substring(s, e);
      NoiseRule rule = noise(line);
      if (rule != null) {
        LOG.debug("rule {} removed line at {}: {}", rule.name(), s, line);
        if (rule.name().equals("byline") && kept == 0) {
          Matcher by = BYLINE.matcher(line);
          if (by.matches()) {
            article.addAuthor(by.group(1));
          }
        }
        article.addRemoved(Removal.of(rule.name(), line, Span.of(s, e)));
        removed++;
        continue;
      }
      if (first && kept == 0) {
        Matcher by = BYLINE.matcher(line);
        if (by.matches()) {
          article.addAuthor(by.group(1));
          article.addRemoved(Removal.of("byline", line, Span.of(s, e)));
          removed++;
          continue;
        }
        Dateline dl = dateline(text, s, e, pub);
        if (dl != null) {
          article.dateline(dl);
          s = dl.span().end();
          if (s >= e) {
            continue;
          }
          line = text.substring(s, e);
        }
        first = false;
      }
      boolean heading = heading(line);
      Paragraph.Builder p = new Paragraph.Builder().text(line).span(Span.of(s, e)).heading(heading);
      quoteOpen = sentences(text, s, e, quoteOpen, p);
      article.addParagraph(p.build());
      kept++;
    }
    if (removed > 0 && removed > kept) {
      LOG.warn("noise rules removed {} of {} lines: check the rules against this source", removed, removed + kept);
    }
    return article.addAllDiagnostics(diagnostics).build();
  }

  private static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF'
        || c == '\u200C' || c == '\u200D' || c == '\u2060' || Character.isISOControl(c);
  }

  /** Line bounds [start, end) for \n, \r\n and lone \r. */
  private static List<int[]> lines(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(new int[] {start, i});
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    out.add(new int[] {start, text.length()});
    return out;
  }

  private NoiseRule noise(String line) {
    if (line.length() > 500) {
      return null; // page furniture is short; long lines are news
    }
    for (NoiseRule r : rules) {
      if (r.matches(line)) {
        return r;
      }
    }
    return null;
  }

  private static PartialDate date(String value, Span span, List<Diagnostic> diagnostics) {
    String v = value.length() >= 10 ? value.substring(0, 10) : value;
    try {
      return PartialDate.parse(v);
    } catch (IllegalArgumentException e) {
      diagnostics.add(Diagnostic.of("header.date.malformed", "the header date is not a date: " + e.getMessage(), span));
      return null;
    }
  }

  private static Dateline dateline(String text, int s, int e, LocalDate pub) {
    String head = text.substring(s, Math.min(e, s + 160));
    Matcher m = WIRE.matcher(head);
    Dateline.Builder b = new Dateline.Builder();
    if (m.lookingAt()) {
      b.place(m.group(1).strip()).agency(m.group(5)).span(Span.of(s, s + m.end()));
      if (m.group(4) != null && pub != null) {
        String[] md = m.group(4).replace(".", "").split("\\s+");
        Integer month = MONTHS.get(md[0].substring(0, 3).toLowerCase(Locale.ROOT));
        if (month != null) {
          int day = Integer.parseInt(md[1]);
          try {
            LocalDate d = LocalDate.of(pub.getYear(), month, day);
            if (d.isAfter(pub)) {
              d = d.minusYears(1);
            }
            b.date(PartialDate.of(d));
          } catch (java.time.DateTimeException ignored) {
            LOG.debug("dateline date {} is not a date", m.group(4));
          }
        }
      }
      return b.build();
    }
    Matcher c = CAPS_DATELINE.matcher(head);
    if (c.lookingAt() && c.end() < head.length()) {
      return b.place(c.group(1).strip()).span(Span.of(s, s + c.end())).build();
    }
    return null;
  }

  private static boolean heading(String line) {
    if (LABEL_QUOTE.matcher(line).matches() && line.length() < 200) {
      return true;
    }
    char last = line.charAt(line.length() - 1);
    boolean closed = last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201D'
        || last == '\u2019' || last == ')' || last == ':' || last == '\u2026';
    return !closed && line.length() <= 200 && line.split("\\s+").length <= 25;
  }

  private static final Set<String> ABBREVIATIONS = Set.of(
      "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Sgt", "Capt", "Maj", "Adm", "Sen", "Rep",
      "Gov", "Prof", "Jr", "Sr", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
      "Nov", "Dec", "No", "Mt", "Ft", "Rev", "Hon", "Brig", "Inc", "Corp", "Ltd", "Co", "vs", "etc");

  /** Splits [s, e) into sentences; returns whether a quotation is still open at the end. */
  private static boolean sentences(String text, int s, int e, boolean quoteOpen, Paragraph.Builder p) {
    int start = s;
    boolean open = quoteOpen && s < e && (text.charAt(s) == '\u201C' || text.charAt(s) == '"');
    boolean startInside = open;
    if (quoteOpen && !open) {
      open = false;
    }
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c == '\u201C') {
        open = true;
      } else if (c == '\u201D') {
        open = false;
      } else if (c == '"') {
        open = !open;
      }
      if (c != '.' && c != '!' && c != '?' && c != '\u2026') {
        continue;
      }
      int j = i + 1;
      while (j < e && (text.charAt(j) == '.' || text.charAt(j) == '"' || text.charAt(j) == '\u201D'
          || text.charAt(j) == '\u2019' || text.charAt(j) == ')' || text.charAt(j) == '\'')) {
        if (text.charAt(j) == '\u201D' || text.charAt(j) == '"') {
          open = false;
        }
        j++;
      }
      if (j >= e || !Character.isWhitespace(text.charAt(j))) {
        i = j - 1;
        continue;
      }
      int k = j;
      while (k < e && Character.isWhitespace(text.charAt(k))) {
        k++;
      }
      if (k >= e) {
        break;
      }
      char next = text.charAt(k);
      if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '\u201C' || next == '"'
          || next == '\u2018' || next == '\'')) {
        i = j - 1;
        continue;
      }
      if (c == '.' && abbreviation(text, start, i)) {
        i = j - 1;
        continue;
      }
      p.addSentence(Sentence.of(Span.of(start, j), startInside));
      startInside = open;
      start = k;
      i = k - 1;
    }
    if (start < e) {
      p.addSentence(Sentence.of(Span.of(start, e), startInside));
    }
    return open;
  }

  /** Whether the word ending at the period {@code dot} is a title, initial or known abbreviation. */
  private static boolean abbreviation(String text, int from, int dot) {
    int w = dot;
    while (w > from && Character.isLetter(text.charAt(w - 1)) || w > from && text.charAt(w - 1) == '.') {
      w--;
    }
    String word = text.substring(w, dot);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial: "S. Jaishankar", "Vladimir V. Putin"
    }
    if (word.indexOf('.') > 0) {
      return true; // "U.S", "U.N"
    }
    return ABBREVIATIONS.contains(word);
  }
}
