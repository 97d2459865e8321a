package io.github.newsevents.internal;

import io.github.newsevents.model.Sentence;
import io.github.newsevents.model.Span;
import java.util.List;

/**
 * Splits a paragraph into sentences in one pass over the input, tracking quotation marks so that a
 * sentence that begins inside a quotation is known to be quoted.
 *
 * <p>A sentence ends after terminal punctuation ({@code . ! ? …}, runs such as {@code !!!} or
 * {@code ...} included) and any closing quotes or brackets, when whitespace and then anything but
 * a lowercase letter follow; except:
 *
 * <ul>
 *   <li>after a title ({@code Mr.}, {@code Gen.}, {@code St.}) or {@code vs.}, {@code e.g.};
 *   <li>after {@code No.}, {@code Art.} or a month abbreviation ({@code Jan.}, {@code Sept.}) when a
 *       number follows;
 *   <li>after a single capital letter (an initial: {@code S. Jaishankar}, {@code Vladimir V.
 *       Putin}) when a capital follows;
 *   <li>after a dotted abbreviation ({@code U.S.}, {@code U.N.}, {@code a.m.}) when a capitalised
 *       word follows that seldom starts a sentence ({@code U.S. President}, not {@code U.S. The});
 *   <li>after a closing quote when an attribution follows ({@code ...!” Trump posted}).
 * </ul>
 *
 * <p>A sentence also ends before a capitalised pronoun or determiner glued to the word before it
 * ({@code UnionHe spoke}: text copied from a web page that lost a line break), see {@link #glued}.
 *
 * <p>Decimals ({@code 3.5}) and joined tokens ({@code U.S.-led}) never split because no space
 * follows the point. Work per character is constant: the token before a full stop is known from
 * the scan, and every look-ahead is bounded.
 */
public final class SentenceSplitter {
  /** Longest token before a full stop that is looked up as an abbreviation. */
  private static final int MAX_ABBREVIATION = 10;

  private static final WordSet TITLES =
      WordSet.of(
          "Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Drs", "Prof", "Gen", "Gens", "Lt",
          "Col", "Maj", "Capt", "Cmdr", "Cdr", "Adm", "Brig", "Sgt", "Cpl", "Pvt", "Gov", "Govs",
          "Sen", "Sens", "Rep", "Reps", "Rev", "Fr", "Hon", "Pres", "Amb", "Supt", "Insp", "Det",
          "Lieut", "Cmdt", "St", "Ste", "Mt", "Ft", "Sr", "Jr", "Sra", "Sgr");

  private static final WordSet BEFORE_NUMBER =
      WordSet.of(
          "No", "Nos", "no", "nos", "Art", "Arts", "art", "Vol", "vol", "Ch", "ch", "Fig", "fig",
          "Sec", "sec", "Para", "para", "pp", "p", "Pt", "pt", "Ref", "ref", "Rs", "Jan", "Feb",
          "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "ca", "approx");

  private static final WordSet NEVER_FINAL =
      WordSet.of("vs", "v", "cf", "e.g", "i.e", "viz", "approx", "Corp", "Bros");

  /** Words that often start a sentence, so that "in the U.S. The talks" splits. */
  private static final WordSet STARTERS =
      WordSet.of(
          "The", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "At", "A", "An",
          "This", "That", "These", "Those", "There", "His", "Her", "Their", "Its", "After", "As",
          "When", "While", "However", "Meanwhile", "Earlier", "Later", "Some", "Many", "If", "Yet",
          "So", "Still", "Also", "Since", "Both", "Last", "Next", "According", "Under", "Despite",
          "For", "Our", "My", "You", "No", "Such", "Now", "Then", "Other", "Most", "Several",
          "Officials", "What", "Why", "How", "Who", "Asked");

  /**
   * Words that start a sentence and end no name, so that a sentence glued to the word before it
   * ("UnionHe spoke") is split there; see {@link #glued}.
   */
  private static final WordSet GLUED =
      WordSet.of("He", "She", "They", "We", "The", "This", "These", "Those", "But");

  /** Verbs of attribution that keep "...!” Trump posted" one sentence. */
  private static final WordSet REPORTING =
      WordSet.of(
          "said", "says", "say", "told", "tells", "asked", "asks", "added", "adds", "wrote",
          "writes", "posted", "posts", "tweeted", "tweets", "declared", "declares", "insisted",
          "insists", "stressed", "stresses", "warned", "warns", "replied", "replies", "continued",
          "explained", "noted", "notes", "argued", "argues", "shouted", "exclaimed", "remarked",
          "recalled", "responded", "announced", "admitted", "claimed", "claims", "demanded",
          "urged", "cried", "quipped", "wondered", "concluded", "countered", "conceded");

  private SentenceSplitter() {}

  /**
   * The state of quotation marks, carried from sentence to sentence and paragraph to paragraph.
   * Mutable; one per parse.
   */
  public static final class QuoteState {
    private boolean dbl;
    private int dblOpenedAt = -1;
    private boolean sgl;

    /** Whether a quotation is open. */
    public boolean open() {
      return dbl || sgl;
    }

    /** Whether a double quotation is open. */
    public boolean doubleOpen() {
      return dbl;
    }

    /** Where the open double quotation began, or -1. */
    public int doubleOpenedAt() {
      return dbl ? dblOpenedAt : -1;
    }

    /** Forgets any open quotation. */
    public void reset() {
      dbl = false;
      sgl = false;
      dblOpenedAt = -1;
    }

    void openDouble(int at) {
      dbl = true;
      dblOpenedAt = at;
    }

    void closeDouble() {
      dbl = false;
      sgl = false; // a nested single quotation cannot outlive its double one
      dblOpenedAt = -1;
    }
  }

  /**
   * Splits {@code text[from, to)}, a trimmed paragraph, appending its sentences to {@code out}.
   *
   * <p>When a quotation was open at the end of the previous paragraph and this paragraph begins
   * with an opening mark, the quotation continues (news style reopens a quotation at each of its
   * paragraphs) and the first sentence is inside it. When the paragraph begins otherwise, the
   * quotation is taken as closed, and the offset of its unclosed double quotation mark returned.
   * Nothing outside {@code [from, to)} is read.
   *
   * @return the offset of a double quotation mark left unclosed by the previous paragraph, or -1
   */
  public static int split(
      CharSequence text, int from, int to, QuoteState q, List<Sentence> out) {
    char[] cs = new char[Math.max(0, to - from)];
    for (int i = 0; i < cs.length; i++) {
      cs[i] = text.charAt(from + i);
    }
    return split(cs, cs.length, from, q, out);
  }

  /**
   * {@link #split(CharSequence, int, int, QuoteState, List)} of a paragraph whose characters are
   * {@code chars[0, length)}, the first of them at offset {@code offset} of the text: the spans of
   * the sentences are offsets of the text. The scan reads an array, not a String whose every
   * {@code charAt} checks its coder and its bounds; a caller copies the paragraph into one array
   * it reuses for all paragraphs.
   */
  public static int split(char[] chars, int length, int offset, QuoteState q, List<Sentence> out) {
    char[] text = chars;
    int to = length;
    int unclosed = -1;
    int i = 0;
    boolean inside = false;
    if (q.open() && to > 0) {
      if (continues(text[0], q)) {
        q.sgl = q.sgl && !q.dbl;
        inside = true;
        i++;
      } else {
        unclosed = q.doubleOpenedAt();
        q.reset();
      }
    }
    int sentStart = 0;
    int tokenStart = i;
    while (i < to) {
      char c = text[i];
      byte kind = Chars.kind(c);
      if (kind == Chars.PLAIN) {
        if (c >= 'B' && c <= 'W' && glued(text, tokenStart, i, to)) {
          out.add(Sentence.of(Span.of(offset + sentStart, offset + i), inside));
          sentStart = i;
          tokenStart = i;
          inside = q.open();
        }
        i++;
      } else if (kind == Chars.SPACE) {
        tokenStart = i + 1;
        i++;
      } else if (kind == Chars.DOUBLE_QUOTE) {
        onDouble(c, offset + i, q);
        i++;
      } else if (kind == Chars.SINGLE_QUOTE) {
        onSingle(text, to, i, c, q);
        i++;
      } else {
        int j = i + 1;
        while (j < to && Chars.isTerminal(text[j])) {
          j++;
        }
        int k = j;
        boolean quoteClosed = false;
        while (k < to) {
          char d = text[k];
          if (Chars.isDoubleQuote(d)) {
            if (q.dbl) {
              q.closeDouble();
            }
            quoteClosed = true;
          } else if (Chars.isSingleQuote(d)) {
            q.sgl = false;
            quoteClosed = true;
          } else if (!Chars.isClosingBracket(d)) {
            break;
          }
          k++;
        }
        if (boundary(text, tokenStart, i, j, k, to, quoteClosed)) {
          out.add(Sentence.of(Span.of(offset + sentStart, offset + k), inside));
          int m = skipSpace(text, k, to);
          sentStart = m;
          tokenStart = m;
          inside = q.open();
          i = m;
        } else {
          i = k;
        }
      }
    }
    int end = to;
    while (end > sentStart && Chars.isSpace(text[end - 1])) {
      end--;
    }
    if (end > sentStart) {
      out.add(Sentence.of(Span.of(offset + sentStart, offset + end), inside));
    }
    return unclosed;
  }

  /**
   * Whether a paragraph starting at {@code from} continues the quotation left open by the previous
   * one (it begins with an opening mark while a quotation is open).
   */
  public static boolean continues(CharSequence text, int from, QuoteState q) {
    return from < text.length() && continues(text.charAt(from), q);
  }

  /** {@link #continues(CharSequence, int, QuoteState)} of a paragraph whose first character is {@code c}. */
  private static boolean continues(char c, QuoteState q) {
    return (q.dbl && isDoubleOpening(c)) || (!q.dbl && q.sgl && (c == '\'' || c == '\u2018'));
  }

  /** The first index in {@code [from, to)} of {@code text} that is not space, or {@code to}. */
  private static int skipSpace(char[] text, int from, int to) {
    int i = from;
    while (i < to && Chars.isSpace(text[i])) {
      i++;
    }
    return i;
  }

  private static boolean isDoubleOpening(char c) {
    return c == '"' || c == '\u201c' || c == '\u201e' || c == '\u00ab';
  }

  private static void onDouble(char c, int at, QuoteState q) {
    switch (c) {
      case '\u201d':
      case '\u00bb':
        q.closeDouble();
        break;
      case '"':
        if (q.dbl) {
          q.closeDouble();
        } else {
          q.openDouble(at);
        }
        break;
      default: // “ „ ‟ «
        q.openDouble(at);
    }
  }

  private static void onSingle(char[] text, int to, int at, char c, QuoteState q) {
    boolean prevWord = at > 0 && Chars.isWordChar(text[at - 1]);
    boolean nextWord = at + 1 < to && Chars.isWordChar(text[at + 1]);
    if (c == '\u2018' || c == '\u201a' || c == '\u201b') {
      if (!prevWord) {
        q.sgl = true;
      }
    } else if (prevWord && nextWord) {
      // an apostrophe inside a word: Trump’s, don't
    } else if (nextWord) {
      if (c == '\'') {
        q.sgl = true; // ’ before a word is an elision (’90s), not an opening mark
      }
    } else {
      q.sgl = false;
    }
  }

  /**
   * Whether the capital at {@code i} starts a sentence glued to the word before it, as text copied
   * from a web page often has where a line break was lost ("...of the African UnionHe spoke by
   * phone"): at least three letters, the last of them lower case, then one of {@link #GLUED} and a
   * space and a lower-case letter. Names with an inner capital ("McDonald", "LinkedIn", "DeWine")
   * end in no such word, nor do brands ending in "It" ("FixIt"), which is left out. Bounded
   * look-behind and look-ahead. {@link Tokens} ends the word there too, also after punctuation
   * ("(CouncilHe spoke"), where the splitter, which knows words only after a space, does not.
   */
  static boolean glued(char[] text, int tokenStart, int i, int to) {
    if (i - tokenStart < 3 || i - tokenStart > 25 || !asciiLower(text[i - 1])) {
      return false;
    }
    for (int p = tokenStart; p < i; p++) {
      if (!Character.isLetter(text[p])) {
        return false;
      }
    }
    int end = wordEnd(text, i, Math.min(to, i + 6));
    return end + 1 < to
        && Chars.isSpace(text[end])
        && asciiLower(text[end + 1])
        && GLUED.contains(text, i, end);
  }

  private static boolean asciiLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  /**
   * Whether a sentence ends after the terminal run {@code [i, j)} and closers {@code [j, k)}; the
   * token before the run starts at {@code tokenStart}.
   */
  private static boolean boundary(
      char[] text, int tokenStart, int i, int j, int k, int to, boolean quoteClosed) {
    if (k >= to) {
      return true;
    }
    if (!Chars.isSpace(text[k])) {
      return false; // 3.5, U.S.-led, example.com
    }
    int m = skipSpace(text, k, to);
    if (m >= to) {
      return true;
    }
    char n = text[m];
    if (Character.isLowerCase(n)) {
      return false; // "e.g. the", "...,” he said", "... and then"
    }
    if (Chars.isDoubleQuote(n) || Chars.isSingleQuote(n) || Chars.isOpeningBracket(n)) {
      int w = m + 1;
      while (w < to && w < m + 4 && (Chars.isDoubleQuote(text[w]) || Chars.isSingleQuote(text[w]))) {
        w++;
      }
      if (w < to && Character.isLowerCase(text[w])) {
        return false; // the U.S. "reciprocal" tariff: a quoted lowercase word goes on the sentence
      }
    }
    if (quoteClosed && attributionFollows(text, m, to)) {
      return false;
    }
    if (j - i == 1 && text[i] == '.') {
      return afterFullStop(text, tokenStart, i, m, n, to);
    }
    return true;
  }

  private static boolean afterFullStop(char[] text, int tokenStart, int dot, int m, char n, int to) {
    int ts = tokenStart;
    while (ts < dot) {
      char c = text[ts];
      if (!Chars.isOpeningBracket(c) && !Chars.isDoubleQuote(c) && !Chars.isSingleQuote(c)) {
        break;
      }
      ts++;
    }
    int len = dot - ts;
    if (len == 0 || len > MAX_ABBREVIATION) {
      return true;
    }
    if (TITLES.contains(text, ts, dot) || NEVER_FINAL.contains(text, ts, dot)) {
      return false;
    }
    if (Character.isDigit(n) && BEFORE_NUMBER.contains(text, ts, dot)) {
      return false;
    }
    if (len == 1 && Character.isUpperCase(text[ts])) {
      return !Character.isUpperCase(n); // an initial: S. Jaishankar
    }
    if (isDottedAbbreviation(text, ts, dot)) {
      return !Character.isUpperCase(n) || STARTERS.contains(text, m, wordEnd(text, m, Math.min(to, m + 12)));
    }
    return true;
  }

  /** U.S, U.N, a.m, D.C, U.S.A: letters joined by single points. */
  private static boolean isDottedAbbreviation(char[] text, int from, int to) {
    if (to - from < 3) {
      return false;
    }
    for (int p = from; p < to; p++) {
      char c = text[p];
      boolean letterSlot = (p - from) % 2 == 0;
      if (letterSlot ? !Character.isLetter(c) : c != '.') {
        return false;
      }
    }
    return true;
  }

  private static int wordEnd(char[] text, int from, int limit) {
    int p = from;
    while (p < limit && Character.isLetter(text[p])) {
      p++;
    }
    return p;
  }

  /**
   * Whether up to four capitalised words and then a verb of attribution start at {@code m}: "Trump
   * posted", "The Kremlin said". Bounded look-ahead.
   */
  private static boolean attributionFollows(char[] text, int m, int to) {
    int p = m;
    for (int words = 0; words < 5 && p < to; words++) {
      int q = p;
      while (q < to && !Chars.isSpace(text[q]) && q - p <= 25) {
        q++;
      }
      if (q - p > 25) {
        return false;
      }
      int we = q;
      while (we > p && !Character.isLetter(text[we - 1])) {
        we--;
      }
      if (words > 0 && REPORTING.contains(text, p, we)) {
        return true;
      }
      if (!Character.isUpperCase(text[p]) || we < q) {
        return false; // not a name, or punctuation ends the word: "Trump, who"
      }
      p = skipSpace(text, q, to);
    }
    return false;
  }
}
