package io.github.newsevents.internal;

/**
 * Character classes and line scanning over the original input. Every method reads the text as
 * given, so that offsets found with them index the input exactly, whatever it holds (a BOM, NBSP,
 * zero-width characters, control characters, lone surrogates, any mix of line breaks).
 */
public final class Chars {
  /** A character of no interest to the scanners: a letter, digit or ordinary punctuation. */
  public static final byte PLAIN = 0;

  /** Whitespace, a line break or a control character ({@link #isSpace}). */
  public static final byte SPACE = 1;

  /** A double quotation mark ({@link #isDoubleQuote}). */
  public static final byte DOUBLE_QUOTE = 2;

  /** A single quotation mark or apostrophe ({@link #isSingleQuote}). */
  public static final byte SINGLE_QUOTE = 3;

  /** Terminal punctuation ({@link #isTerminal}). */
  public static final byte TERMINAL = 4;

  private static final byte[] ASCII = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII[c] = slowKind(c);
    }
  }

  private Chars() {}

  /**
   * The scanners' class of {@code c}: {@link #PLAIN}, {@link #SPACE}, {@link #DOUBLE_QUOTE}, {@link
   * #SINGLE_QUOTE} or {@link #TERMINAL}; a table look-up for ASCII.
   */
  public static byte kind(char c) {
    return c < 128 ? ASCII[c] : slowKind(c);
  }

  private static byte slowKind(char c) {
    if (isSpace(c)) {
      return SPACE;
    }
    if (isDoubleQuote(c)) {
      return DOUBLE_QUOTE;
    }
    if (isSingleQuote(c)) {
      return SINGLE_QUOTE;
    }
    return isTerminal(c) ? TERMINAL : PLAIN;
  }

  /**
   * Whether {@code c} ends a line: {@code \n}, {@code \r} (alone or before {@code \n}), NEL, and
   * the Unicode line and paragraph separators.
   */
  public static boolean isLineBreak(char c) {
    return c <= '\r'
        ? c == '\n' || c == '\r'
        : c >= '\u0085' && (c == '\u0085' || c == '\u2028' || c == '\u2029');
  }

  /**
   * {@link Character#isUpperCase(char)}, with ASCII (most characters of news) answered by a range
   * test instead of the character tables.
   */
  public static boolean isUpperCase(char c) {
    return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
  }

  /**
   * {@link Character#isLowerCase(char)}, with ASCII (most characters of news) answered by a range
   * test instead of the character tables.
   */
  public static boolean isLowerCase(char c) {
    return c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
  }

  /**
   * Whether {@code c} counts as space for trimming and blank-line detection: Java whitespace, the
   * no-break spaces, zero-width characters, the BOM, and every other control character (NUL
   * included), none of which can carry words.
   */
  public static boolean isSpace(char c) {
    // ASCII first, in few enough bytes of bytecode for the JIT to inline at every call site
    return c <= ' ' || c >= '\u007f' && isSpaceAbove(c);
  }

  /** {@link #isSpace} of a character from DEL on. */
  private static boolean isSpaceAbove(char c) {
    if (c <= '\u009f') {
      return true; // DEL and C1 controls
    }
    switch (c) {
      case '\u00a0': // no-break space
      case '\u2007': // figure space
      case '\u202f': // narrow no-break space
      case '\u200b': // zero-width space
      case '\u200c': // zero-width non-joiner
      case '\u200d': // zero-width joiner
      case '\u2060': // word joiner
      case '\ufeff': // BOM / zero-width no-break space
        return true;
      default:
        return Character.isWhitespace(c);
    }
  }

  /** The index just past the line that starts at or contains {@code from}, before its break. */
  public static int lineEnd(CharSequence s, int from) {
    int n = s.length();
    int i = from;
    while (i < n && !isLineBreak(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The start of the next line, given the index {@code lineEnd} of a line break (or the end). */
  public static int nextLineStart(CharSequence s, int lineEnd) {
    int n = s.length();
    if (lineEnd >= n) {
      return n;
    }
    if (s.charAt(lineEnd) == '\r' && lineEnd + 1 < n && s.charAt(lineEnd + 1) == '\n') {
      return lineEnd + 2;
    }
    return lineEnd + 1;
  }

  /** The first index in {@code [from, to)} that is not space, or {@code to}. */
  public static int skipSpace(CharSequence s, int from, int to) {
    int i = from;
    while (i < to && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The index just past the last non-space character in {@code [from, to)}, or {@code from}. */
  public static int trimEnd(CharSequence s, int from, int to) {
    int i = to;
    while (i > from && isSpace(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** Terminal punctuation of a sentence: full stop, question and exclamation marks, ellipsis. */
  public static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  /** A double quotation mark of any style (straight, curly, low-9, guillemets). */
  public static boolean isDoubleQuote(char c) {
    return c == '"'
        || c == '\u201c'
        || c == '\u201d'
        || c == '\u201e'
        || c == '\u201f'
        || c == '\u00ab'
        || c == '\u00bb';
  }

  /** A single quotation mark or apostrophe (straight or curly). */
  public static boolean isSingleQuote(char c) {
    return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201a' || c == '\u201b';
  }

  /** A closing bracket. */
  public static boolean isClosingBracket(char c) {
    return c == ')' || c == ']' || c == '}';
  }

  /** An opening bracket. */
  public static boolean isOpeningBracket(char c) {
    return c == '(' || c == '[' || c == '{';
  }

  /** A letter or digit (for the sides of a word). */
  public static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  /** Counts the words of {@code [from, to)}, stopping once the count exceeds {@code max}. */
  public static int countWords(CharSequence s, int from, int to, int max) {
    int words = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      boolean space = kind(s.charAt(i)) == SPACE;
      if (!space && !inWord) {
        words++;
        if (words > max) {
          return words;
        }
      }
      inWord = !space;
    }
    return words;
  }

  /** The first index of {@code c} in {@code s[from, to)}, or -1: a search that stops at {@code to}. */
  public static int indexOf(String s, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@code s} with every run of ASCII whitespace (space, tab, line feed, vertical tab, form feed,
   * carriage return: what the regex {@code \\s} matches) replaced by one space; {@code s} itself when
   * there is nothing to replace. The same as {@code s.replaceAll("\\s++", " ")}, without a regex.
   */
  public static String collapseAsciiSpace(String s) {
    int n = s.length();
    int i = 0;
    // most texts have single spaces only: then there is nothing to copy
    while (i < n) {
      char c = s.charAt(i);
      if (asciiSpace(c) && (c != ' ' || i + 1 < n && asciiSpace(s.charAt(i + 1)))) {
        break;
      }
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder b = new StringBuilder(n).append(s, 0, i);
    while (i < n) {
      char c = s.charAt(i++);
      if (asciiSpace(c)) {
        while (i < n && asciiSpace(s.charAt(i))) {
          i++;
        }
        b.append(' ');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean asciiSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  /** Whether {@code s[from, to)} has a letter and no lower-case character ("DOHA", "U.S.", "MODERATOR"). */
  public static boolean isAllCaps(CharSequence s, int from, int to) {
    boolean letters = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters;
  }

  /** Whether every character of {@code s[from, to)} is ASCII. */
  public static boolean isAscii(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** Whether every character of {@code s} is ASCII. */
  public static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }
}
