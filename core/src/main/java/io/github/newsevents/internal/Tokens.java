package io.github.newsevents.internal;

import java.util.Arrays;

/**
 * The words and marks of one stretch of text, as parallel arrays of offsets into the original
 * input: one linear pass, no substring per character. A word keeps inner hyphens and apostrophes
 * ("al-Assad", "don't") and the periods of initials and known abbreviations ("U.S.", "V.", "St.");
 * a possessive "'s" is a token of its own. Not thread-safe: each extraction tokenizes its own text
 * and caches token strings as it reads them.
 */
public final class Tokens {
  /** Abbreviations whose period belongs to the word. */
  private static final WordSet ABBREVIATIONS = WordSet.of(
      "St", "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt", "Capt", "Maj", "Adm", "Sen", "Rep",
      "Gov", "Prof", "Jr", "Sr", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov",
      "Dec", "No", "Mt", "Ft", "Rev", "Hon", "Brig", "Cmdr", "Pres", "Amb", "Inc", "Corp", "Ltd",
      "Co", "vs");

  /** ASCII character classes, so that the common case needs no Unicode look-up. */
  private static final byte OTHER = 0;
  private static final byte LETTER = 1;
  private static final byte DIGIT = 2;
  private static final byte BLANK = 3;
  private static final byte[] ASCII = new byte[128];

  /** Each ASCII letter and digit in lower case, 0 for the other ASCII characters. */
  private static final char[] FOLDED = new char[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII[c] = Character.isDigit(c) ? DIGIT : Character.isLetter(c) ? LETTER
          : Character.isWhitespace(c) || Character.isSpaceChar(c) ? BLANK : OTHER;
      FOLDED[c] = ASCII[c] == DIGIT || ASCII[c] == LETTER ? Character.toLowerCase(c) : 0;
    }
  }

  public static final byte WORD = 1;
  public static final byte NUMBER = 2;
  public static final byte PUNCT = 3;
  /** A quotation mark or an apostrophe that is not inside a word. */
  public static final byte QUOTE = 4;
  /** The possessive {@code 's} / {@code ’s}. */
  public static final byte POSSESSIVE = 5;

  private final String text;
  /**
   * The characters of the tokenized stretch, from {@link #base} on: the scans read an array rather
   * than a String that is UTF-16 as soon as one curly quotation mark is in the text.
   */
  private final char[] cs;
  private final int base;
  /** Shared instances for known words, so that {@link #get} and {@link #lower} need not copy them. */
  private final Vocabulary vocabulary;
  private int[] starts;
  private int[] ends;
  private byte[] types;
  /** Each token's first character: the stages test it for almost every token, often several times. */
  private char[] firsts;
  /** Each token's payload in the vocabulary: see {@link #payload}. */
  private byte[] payloads;
  /** A bit per token: an ASCII word whose lower case is none of the vocabulary's words. */
  private long[] absent;
  /**
   * Each token's {@linkplain Vocabulary#index index} of its lower case in the vocabulary, plus one,
   * negated when the token has a capital letter; 0 when it has none. A word set over the vocabulary
   * answers for the token with a bit test, and the word's lower case is the vocabulary's.
   */
  private int[] indexes;
  private int size;
  /** Each token's text and lower-case text, made on first use: the stages look words up many times. */
  private String[] words;
  private String[] lowers;
  /** {@link #MARKS} bits per token that one caller (the owner) keeps; see {@link #marked}. */
  private long[] marks;
  /** {@link #MARKS} values per token that the owner of the marks keeps; see {@link #kept}. */
  private Object[] kept;
  private Object marksOwner;

  private Tokens(Source source, int capacity, Vocabulary vocabulary) {
    this.text = source.text;
    this.cs = source.chars;
    this.base = source.base;
    this.vocabulary = vocabulary;
    this.starts = new int[capacity];
    this.ends = new int[capacity];
    this.types = new byte[capacity];
    this.firsts = new char[capacity];
    this.payloads = new byte[capacity];
    if (vocabulary != Vocabulary.EMPTY) {
      this.absent = new long[(capacity + 63) >>> 6];
      this.indexes = new int[capacity];
      this.source = source;
      if (source.pendingTokens.length < capacity) {
        source.pendingTokens = new int[capacity];
        source.pendingHashes = new int[capacity];
      }
      this.pendingTokens = source.pendingTokens;
      this.pendingHashes = source.pendingHashes;
    }
  }

  /**
   * A text's characters, copied once, and the scratch arrays of tokenizing it: the paragraphs of an
   * article tokenized one after another through one source share the copy and the arrays instead of
   * allocating their own. Not thread-safe.
   */
  public static final class Source {
    final String text;
    /** The characters of the text from {@link #base} on. */
    final char[] chars;
    final int base;
    int[] pendingTokens = NONE;
    int[] pendingHashes = NONE;
    int[] slots = NONE;
    long[] entries = NO_ENTRIES;

    /** The whole of {@code text}. */
    public Source(String text) {
      this(text, 0, text.length());
    }

    private Source(String text, int from, int to) {
      this.text = text;
      this.chars = new char[Math.max(0, to - from)];
      this.base = from;
      text.getChars(from, Math.max(from, to), chars, 0);
    }

    /**
     * Tokenizes the text from {@code from} (inclusive) to {@code to} (exclusive), as {@link
     * Tokens#of(String, int, int, Vocabulary)}.
     */
    public Tokens tokens(int from, int to, Vocabulary vocabulary) {
      if (from < base || to > base + chars.length) {
        throw new IndexOutOfBoundsException("[" + from + ", " + to + ") outside the source");
      }
      return Tokens.of(this, from, to, vocabulary);
    }
  }

  private static final long[] NO_ENTRIES = {};

  /** Tokenizes {@code text} from {@code from} (inclusive) to {@code to} (exclusive). */
  public static Tokens of(String text, int from, int to) {
    return of(text, from, to, Vocabulary.EMPTY);
  }

  /**
   * Tokenizes {@code text} from {@code from} (inclusive) to {@code to} (exclusive); {@link #get}
   * and {@link #lower} return the instances of {@code vocabulary} for the words it holds.
   */
  public static Tokens of(String text, int from, int to, Vocabulary vocabulary) {
    return of(new Source(text, from, to), from, to, vocabulary);
  }

  private static Tokens of(Source source, int from, int to, Vocabulary vocabulary) {
    // news English averages five to six characters a token: this rarely needs to grow
    Tokens t = new Tokens(source, Math.max(4, (int) ((to - from) * 2L / 9)), vocabulary);
    char[] cs = t.cs;
    int base = t.base;
    int i = from;
    while (i < to) {
      char c = cs[i - base];
      if (letterOrDigit(c)) {
        i = t.word(i, to);
      } else if (c < 128 ? ASCII[c] == BLANK
          : Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
        i++;
      } else if ((c == '\'' || c == '\u2019') && i + 1 < to && (cs[i + 1 - base] == 's' || cs[i + 1 - base] == 'S')
          && i > from && letterOrDigit(cs[i - 1 - base])
          && (i + 2 >= to || !letterOrDigit(cs[i + 2 - base]))) {
        t.add(i, i + 2, POSSESSIVE);
        i += 2;
      } else if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\'' || c == '\u2018' || c == '\u2019'
          || c == '\u00AB' || c == '\u00BB' || c == '\u201E') {
        t.add(i, i + 1, QUOTE);
        i++;
      } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(cs[i + 1 - base])) {
        t.add(i, i + 2, PUNCT);
        i += 2;
      } else {
        t.add(i, i + 1, PUNCT);
        i++;
      }
    }
    t.lookUp();
    return t;
  }

  private int word(int from, int to) {
    char[] cs = this.cs;
    int base = this.base;
    int i = from;
    boolean digits = true;
    boolean ascii = true;
    boolean capital = false;
    int hash = 0; // the String hash of the word's lower case while it is ASCII, for the vocabulary
    while (i < to) {
      char c = cs[i - base];
      if (c < 128) {
        // one table read says letter or digit, which, and the lower case for the hash
        char f = FOLDED[c];
        if (f != 0) {
          if (f != c) { // an upper-case letter
            if (i - from >= 3 && SentenceSplitter.glued(cs, from - base, i - base, to - base)) {
              break; // a sentence glued to this word: "UnionHe spoke"
            }
            capital = true;
          }
          digits &= f <= '9';
          hash = 31 * hash + f;
          i++;
          continue;
        }
      } else if (Character.isLetterOrDigit(c)) {
        digits &= Character.isDigit(c);
        ascii = false;
        i++;
        continue;
      }
      boolean inner = i + 1 < to && letterOrDigit(cs[i + 1 - base]);
      if (c == '-' && inner) {
        hash = 31 * hash + c;
        i++;
        continue;
      }
      if ((c == '\'' || c == '\u2019') && inner) {
        // a possessive 's ends the word; other apostrophes (don't, O'Brien) stay inside
        char n = cs[i + 1 - base];
        boolean possessive = (n == 's' || n == 'S') && (i + 2 >= to || !letterOrDigit(cs[i + 2 - base]));
        if (possessive) {
          break;
        }
        ascii &= c < 128;
        hash = 31 * hash + c;
        i++;
        continue;
      }
      if ((c == '.' || c == ',') && digits && inner && Character.isDigit(cs[i + 1 - base])) {
        hash = 31 * hash + c;
        i++; // 3.5, 10,000
        continue;
      }
      if (c == '.') {
        int len = i - from;
        // initials and dotted abbreviations: "V.", "U.S.", "U.N."
        boolean initial = Character.isUpperCase(cs[i - 1 - base]) && (len == 1 || cs[i - 2 - base] == '.');
        if (initial || len <= 5 && ABBREVIATIONS.contains(cs, from - base, i - base)) {
          hash = 31 * hash + c;
          i++;
          if (i + 1 < to && Character.isUpperCase(cs[i - base]) && cs[i + 1 - base] == '.') {
            continue;
          }
          break;
        }
      }
      break;
    }
    add(from, i, digits ? NUMBER : WORD);
    if (!digits) {
      if (!ascii) {
        payloads[size - 1] = NOT_LOOKED_UP;
      } else if (indexes != null) {
        // looked up with the paragraph's other words at the end (see lookUp)
        if (pending == pendingTokens.length) {
          pendingTokens = Arrays.copyOf(pendingTokens, 2 * pending + 8);
          pendingHashes = Arrays.copyOf(pendingHashes, 2 * pending + 8);
        }
        pendingTokens[pending] = size - 1;
        pendingHashes[pending] = hash;
        pending++;
        indexes[size - 1] = capital ? -1 : 0; // the sign, until lookUp knows the index
      }
    }
    return i;
  }

  /** The ASCII words to look up in the vocabulary, and the hashes of their lower case: the source's arrays. */
  private int[] pendingTokens;
  private int[] pendingHashes;
  private int pending;
  /** The source being tokenized, until {@link #lookUp} hands its arrays back. */
  private Source source;
  private static final int[] NONE = {};

  /**
   * The lower case of each known word and its payload, found once here for all words at once: the
   * stages ask for them again and again.
   */
  private void lookUp() {
    if (source == null) {
      return;
    }
    // the arrays, grown or not, serve the source's next stretch
    Source src = source;
    src.pendingTokens = pendingTokens;
    src.pendingHashes = pendingHashes;
    source = null;
    if (pending == 0) {
      pendingTokens = NONE;
      pendingHashes = NONE;
      return;
    }
    if (src.slots.length < pending) {
      src.slots = new int[Math.max(pending, 2 * src.slots.length)];
      src.entries = new long[src.slots.length];
    }
    int[] slots = src.slots;
    vocabulary.lowerSlots(cs, base, pendingTokens, starts, ends, pendingHashes, pending, slots, src.entries);
    for (int k = 0; k < pending; k++) {
      int i = pendingTokens[k];
      int slot = slots[k];
      if (slot >= 0) {
        payloads[i] = (byte) vocabulary.payload(slot);
        int x = vocabulary.index(slot) + 1;
        indexes[i] = indexes[i] < 0 ? -x : x;
      } else {
        indexes[i] = 0;
        absent[i >>> 6] |= 1L << i;
      }
    }
    pendingTokens = NONE;
    pendingHashes = NONE;
    pending = 0;
  }

  private static boolean lowerAscii(String s) {
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c >= 128 || c >= 'A' && c <= 'Z') {
        return false;
      }
    }
    return true;
  }

  private static boolean letterOrDigit(char c) {
    return c < 128 ? ASCII[c] == LETTER || ASCII[c] == DIGIT : Character.isLetterOrDigit(c);
  }

  private void add(int start, int end, byte type) {
    if (size == starts.length) {
      int n = size + (size >> 1) + 1;
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      types = Arrays.copyOf(types, n);
      firsts = Arrays.copyOf(firsts, n);
      payloads = Arrays.copyOf(payloads, n);
      if (indexes != null) {
        absent = Arrays.copyOf(absent, (n + 63) >>> 6);
        indexes = Arrays.copyOf(indexes, n);
      }
    }
    starts[size] = start;
    ends[size] = end;
    types[size] = type;
    firsts[size] = cs[start - base];
    size++;
  }

  public String text() {
    return text;
  }

  public int size() {
    return size;
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  public byte type(int i) {
    return types[i];
  }

  /** {@link #payload} of a word that is not ASCII: its lower case was not looked up. */
  public static final int NOT_LOOKED_UP = -1;

  /**
   * The {@linkplain Vocabulary#payload payload} of the lower case of word {@code i} in the
   * vocabulary given to {@link #of(String, int, int, Vocabulary)}: 0 when the lower case is none of
   * its words (or token {@code i} is no word); {@link #NOT_LOOKED_UP} for a word that is not ASCII.
   */
  public int payload(int i) {
    return payloads[i];
  }

  /**
   * Whether token {@code i} is an ASCII word whose lower case is none of the words of {@code
   * vocabulary}, these tokens having been made with it; false when that is not known (another
   * vocabulary, a word that is not ASCII, no word).
   */
  public boolean absentFrom(Vocabulary vocabulary, int i) {
    return vocabulary == this.vocabulary && absent != null && (absent[i >>> 6] & (1L << i)) != 0;
  }

  /**
   * The {@linkplain Vocabulary#index index} in {@code vocabulary} of the word that {@link #lower}
   * returns for token {@code i}, as the tokenizer found it; -1 when it has none (the token is no
   * ASCII word, or its lower case is none of the words) or these tokens were made with another one.
   */
  public int index(Vocabulary vocabulary, int i) {
    return vocabulary != this.vocabulary || indexes == null ? -1 : Math.abs(indexes[i]) - 1;
  }

  /**
   * {@link #index} plus one, negated when token {@code i} is an ASCII word with a capital letter;
   * 0 when it has no index.
   */
  int signedIndex(Vocabulary vocabulary, int i) {
    return vocabulary != this.vocabulary || indexes == null ? 0 : indexes[i];
  }

  /** How many bits per token {@link #mark} keeps. */
  public static final int MARKS = 2;

  /**
   * Whether {@code owner} marked token {@code i} with {@code bit} (0 to {@link #MARKS} - 1): a
   * caller that looks every token up several times (a phrase index) notes its misses here, so that
   * asking again costs a bit test. Marks of another owner are forgotten.
   */
  public boolean marked(Object owner, int i, int bit) {
    if (marksOwner != owner) {
      return false;
    }
    int b = i * MARKS + bit;
    return (marks[b >>> 6] & (1L << b)) != 0;
  }

  /** Marks token {@code i} with {@code bit} for {@code owner} (see {@link #marked}). */
  public void mark(Object owner, int i, int bit) {
    own(owner);
    int b = i * MARKS + bit;
    marks[b >>> 6] |= 1L << b;
  }

  /**
   * What {@code owner} kept for token {@code i} under {@code bit} (see {@link #keep}), or null: a
   * caller that looks every token up several times notes its finds here too, when they depend on
   * the tokens alone, so that asking again costs an array read. Another owner's are forgotten.
   */
  public Object kept(Object owner, int i, int bit) {
    return marksOwner != owner || kept == null ? null : kept[i * MARKS + bit];
  }

  /** Keeps {@code value} for token {@code i} under {@code bit} for {@code owner} (see {@link #kept}). */
  public void keep(Object owner, int i, int bit, Object value) {
    own(owner);
    if (kept == null) {
      kept = new Object[size * MARKS];
    }
    kept[i * MARKS + bit] = value;
  }

  /** Forgets the marks and kept values of another owner. */
  private void own(Object owner) {
    if (marksOwner != owner) {
      marks = new long[(size * MARKS + 63) >>> 6];
      kept = null;
      marksOwner = owner;
    }
  }

  /** The text of token {@code i}; the same String instance on every call. */
  public String get(int i) {
    if (words == null) {
      words = new String[size];
    }
    String w = words[i];
    if (w == null) {
      String lower = lowers == null ? null : lowers[i];
      int len = ends[i] - starts[i];
      int x = indexes == null ? 0 : indexes[i];
      // a word the tokenizer found is its lower case unless it has a capital, and a word found in
      // lower case already is its own text: no second look-up; nor for one whose lower case the
      // tokenizer found absent, when the vocabulary holds the lower case of each word
      w = x != 0 ? (x < 0 ? vocabulary.variant(-x - 1, text, starts[i], ends[i]) : vocabulary.wordAt(x - 1))
          : lower != null && lower.length() == len && text.regionMatches(starts[i], lower, 0, len) ? lower
          : absent != null && (absent[i >>> 6] & (1L << i)) != 0 && vocabulary.holdsLowerCases() ? null
          : vocabulary.get(text, starts[i], ends[i]);
      if (w == null) {
        w = text.substring(starts[i], ends[i]);
      }
      words[i] = w;
    }
    return w;
  }

  /** The text of token {@code i} in lower case (root locale); the same String instance on every call. */
  public String lower(int i) {
    if (lowers == null) {
      lowers = new String[size];
    }
    String w = lowers[i];
    if (w == null) {
      String word = words == null ? null : words[i];
      int x = indexes == null ? 0 : indexes[i];
      // the tokenizer found the lower case of most words; a word already made and in lower case is
      // its own lower case (toLowerCase would return it); one the tokenizer found absent from the
      // vocabulary is not looked up again
      w = x != 0 ? vocabulary.wordAt(Math.abs(x) - 1)
          : word != null && lowerAscii(word) ? word
          : absent != null && (absent[i >>> 6] & (1L << i)) != 0 ? null : vocabulary.lower(text, starts[i], ends[i]);
      if (w == null) {
        w = get(i).toLowerCase(java.util.Locale.ROOT);
      }
      lowers[i] = w;
    }
    return w;
  }

  /** Whether token {@code i} is exactly {@code s}. */
  public boolean is(int i, String s) {
    // the first character first: it turns most tokens away without reading their offsets; kept
    // under 35 bytes of bytecode so that the JIT inlines it at every call site, cold ones too
    if (s.isEmpty() || firsts[i] != s.charAt(0)) {
      return false;
    }
    return sameRest(i, s);
  }

  /** Whether token {@code i}, whose first character is that of {@code s}, is {@code s}. */
  private boolean sameRest(int i, String s) {
    int start = starts[i];
    int len = ends[i] - start;
    // the stages ask this of every token around a trigger, mostly for one-letter marks and short words;
    // regionMatches reads the characters without a bounds check per character (the text is UTF-16)
    return len == s.length() && (len == 1 || text.regionMatches(start + 1, s, 1, len - 1));
  }

  /** Whether token {@code i} is {@code s}, ignoring case. */
  public boolean isIgnoreCase(int i, String s) {
    // the length first, in few enough bytes of bytecode for the JIT to inline at every call site
    return ends[i] - starts[i] == s.length() && sameIgnoreCase(i, s);
  }

  /** {@link #isIgnoreCase} of a token as long as {@code s}. */
  private boolean sameIgnoreCase(int i, String s) {
    int len = s.length();
    // two ASCII first characters that differ in more than the case bit: no match, no region compare
    char a = firsts[i];
    char b = s.charAt(0);
    if (a != b && a < 128 && b < 128 && (a | 0x20) != (b | 0x20)) {
      return false;
    }
    // ASCII pairs are equal ignoring case when equal ignoring the case bit of a letter; the first
    // pair with another character and the rest are left to regionMatches, which folds case per
    // character (and is slow for UTF-16 text against Latin-1 words)
    int start = starts[i];
    char[] cs = this.cs;
    int at = start - base; // the token in the copy: no String coder check per character
    for (int k = 0; k < len; k++) {
      char c = cs[at + k];
      char d = s.charAt(k);
      if (c == d) {
        continue;
      }
      if (c >= 128 || d >= 128) {
        return text.regionMatches(true, start + k, s, k, len - k);
      }
      if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != (d >= 'A' && d <= 'Z' ? d + 32 : d)) {
        return false;
      }
    }
    return true;
  }

  public char firstChar(int i) {
    return firsts[i];
  }

  /** A word that starts with a capital letter. */
  public boolean capitalised(int i) {
    return types[i] == WORD && Chars.isUpperCase(firsts[i]); // small enough for the JIT to inline anywhere
  }

  /** The first token whose start is at or after {@code offset}. */
  public int indexAt(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The text from the start of token {@code from} to the end of token {@code to - 1}. */
  public String span(int from, int to) {
    return text.substring(starts[from], ends[to - 1]);
  }
}
