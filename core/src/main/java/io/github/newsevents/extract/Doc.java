package io.github.newsevents.extract;

import io.github.newsevents.internal.Tokens;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Paragraph;
import io.github.newsevents.model.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/** An article tokenized once, paragraph by paragraph, for all the stages of one extraction. */
final class Doc {
  final Article article;
  final String text;
  /** The publication date when the article gives one to the day, else null. */
  final LocalDate published;
  final List<Para> paras;
  /** Each paragraph's quoted token ranges [from, to), once the statement stage has found them. */
  private List<List<int[]>> quoted = List.of();
  /** The documents the article introduces with their authors, once the statement stage has read them. */
  Documents documents;

  /** Records the article's quotations, by paragraph. */
  void quotes(List<Quotes.Quote> quotes) {
    List<List<int[]>> byPara = new ArrayList<>(paras.size());
    for (int k = 0; k < paras.size(); k++) {
      byPara.add(new ArrayList<>(0));
    }
    for (Quotes.Quote q : quotes) {
      for (int para = q.para; para <= q.lastPara && para < paras.size(); para++) {
        int from = para == q.para ? q.openToken + 1 : 0;
        int to = para == q.lastPara ? q.closeToken : Integer.MAX_VALUE;
        byPara.get(para).add(new int[] {from, to});
      }
    }
    this.quoted = byPara;
  }

  /** Whether token {@code i} of paragraph {@code para} lies inside a quotation. */
  boolean quoted(int para, int i) {
    return quoteAt(para, i) != null;
  }

  /**
   * Whether mention {@code m} stands in a quotation that does not hold token {@code i} of its
   * paragraph: words someone is quoted saying, read from outside them. Within one quotation the
   * quoted words are a clause like any other ("'I met Vidal this morning,' Lopez said").
   */
  boolean quotedApart(Mention m, int i) {
    return m.quoted && quoteAt(m.para, m.from) != quoteAt(m.para, i);
  }

  /** The quoted range [from, to) of paragraph {@code para} that holds token {@code i}, or null. */
  private int[] quoteAt(int para, int i) {
    if (para >= quoted.size()) {
      return null;
    }
    // ranges are in text order and do not overlap: binary search for the last one starting at or before i
    List<int[]> ranges = quoted.get(para);
    int lo = 0;
    int hi = ranges.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (ranges.get(mid)[0] <= i) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found >= 0 && i < ranges.get(found)[1] ? ranges.get(found) : null;
  }

  static final class Para {
    final int index;
    final Paragraph paragraph;
    final Tokens tokens;
    /** Token index at which each sentence starts, ascending; sentenceStarts[0] == 0. */
    final int[] sentenceStarts;

    Para(int index, Paragraph paragraph, Tokens tokens, int[] sentenceStarts) {
      this.index = index;
      this.paragraph = paragraph;
      this.tokens = tokens;
      this.sentenceStarts = sentenceStarts;
    }

    /** The {@link WordFlags} bits of token {@code i}. */
    int flags(int i) {
      // the vocabulary carries each known word's flags, found when the paragraph was tokenized
      int f = tokens.payload(i);
      return f != Tokens.NOT_LOOKED_UP ? f : flagsOfText(i);
    }

    /** The flags of a word that was not looked up (it is not ASCII), read from its text. */
    private int flagsOfText(int i) {
      return WordFlags.of(tokens.text(), tokens.start(i), tokens.end(i));
    }

    boolean heading() {
      return paragraph.heading();
    }

    /** The sentence that token {@code i} belongs to. */
    int sentenceOf(int i) {
      // most paragraphs are one sentence: no search, and few enough bytes for the JIT to inline
      return sentenceStarts.length == 1 ? 0 : searchSentence(i);
    }

    private int searchSentence(int i) {
      // the last sentence starting at or before i; binary search keeps long paragraphs linear
      int lo = 0;
      int hi = sentenceStarts.length - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (sentenceStarts[mid] <= i) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo;
    }

    int sentenceStart(int s) {
      return sentenceStarts[s];
    }

    int sentenceEnd(int s) {
      return s + 1 < sentenceStarts.length ? sentenceStarts[s + 1] : tokens.size();
    }

    /** Whether token {@code i} begins a sentence. */
    boolean sentenceInitial(int i) {
      return sentenceStarts[sentenceOf(i)] == i;
    }

    /** The tokens that pass each test asked about, by key (a few keys: compared by identity), and how often asked. */
    private Object[] keys = NO_KEYS;
    private int[][] found = NO_POSITIONS;
    private int[] asked = NO_COUNTS;
    private int keyCount;
    private static final Object[] NO_KEYS = {};
    private static final int[][] NO_POSITIONS = {};
    private static final int[] NO_COUNTS = {};

    /**
     * The tokens of this paragraph that may pass {@code test}, in order, for a stage to ask what a
     * window holds by binary search ({@link #first}) instead of reading the window once per trigger.
     * The first {@value #SCANS} times a key is asked (most paragraphs have a trigger or two), every
     * token: the caller tests them as it would have; after that, those that pass, found once per
     * paragraph and {@code key} (the same key always comes with the same test).
     */
    int[] positions(Object key, IntPredicate test) {
      int k = 0;
      while (k < keyCount && keys[k] != key) {
        k++;
      }
      if (k == keyCount) {
        if (k == keys.length) {
          // room for the dozen keys a paragraph with triggers is asked about, not one copy per key
          int room = Math.max(16, 2 * k);
          keys = Arrays.copyOf(keys, room);
          found = Arrays.copyOf(found, room);
          asked = Arrays.copyOf(asked, room);
        }
        keys[k] = key;
        keyCount++;
      }
      if (found[k] != null) {
        return found[k];
      }
      if (++asked[k] <= SCANS) {
        return everyToken();
      }
      int[] all = new int[8];
      int n = 0;
      for (int i = 0; i < tokens.size(); i++) {
        if (test.test(i)) {
          if (n == all.length) {
            all = Arrays.copyOf(all, 2 * n);
          }
          all[n++] = i;
        }
      }
      found[k] = Arrays.copyOf(all, n);
      return found[k];
    }

    /** How many times a key is answered with every token before its positions are found. */
    static final int SCANS = 4;

    private static final int[] FIRST_TOKENS = new int[1 << 12];

    static {
      for (int i = 0; i < FIRST_TOKENS.length; i++) {
        FIRST_TOKENS[i] = i;
      }
    }

    private int[] everyToken;

    /** 0, 1, 2, ... up to this paragraph's last token at least. */
    private int[] everyToken() {
      if (tokens.size() <= FIRST_TOKENS.length) {
        return FIRST_TOKENS;
      }
      if (everyToken == null) {
        everyToken = new int[tokens.size()];
        for (int i = 0; i < everyToken.length; i++) {
          everyToken[i] = i;
        }
      }
      return everyToken;
    }

    /** The index of the first of {@code positions} (ascending token indices) at or after {@code from}. */
    static int first(int[] positions, int from) {
      // every token (a key's first few asks) holds from at index from: no search, and few enough
      // bytes for the JIT to inline; distinct ascending indices that hold it there are 0 to from
      return from >= 0 && from < positions.length && positions[from] == from ? from : search(positions, from);
    }

    private static int search(int[] positions, int from) {
      int lo = 0;
      int hi = positions.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (positions[mid] < from) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  Doc(Article article) {
    this.article = article;
    this.text = article.text();
    this.published = article.published().flatMap(d -> d.toLocalDate()).orElse(null);
    List<Paragraph> ps = article.paragraphs();
    this.paras = new ArrayList<>(ps.size());
    // the text copied once for all paragraphs, and the tokenizer's scratch arrays shared by them
    Tokens.Source source = new Tokens.Source(text);
    for (int p = 0; p < ps.size(); p++) {
      Paragraph paragraph = ps.get(p);
      Tokens tokens = source.tokens(paragraph.span().start(), paragraph.span().end(), KnownWords.VOCABULARY);
      List<Sentence> sentences = paragraph.sentences();
      int[] starts = new int[Math.max(1, sentences.size())];
      for (int s = 1; s < sentences.size(); s++) {
        starts[s] = tokens.indexAt(sentences.get(s).span().start());
      }
      paras.add(new Para(p, paragraph, tokens, starts));
    }
  }
}
