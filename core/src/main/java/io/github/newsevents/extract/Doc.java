package io.github.newsevents.extract;

import io.github.newsevents.internal.Tokens;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Paragraph;
import io.github.newsevents.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/** An article tokenized once, paragraph by paragraph, for all the stages of one extraction. */
final class Doc {
  final Article article;
  final String text;
  final List<Para> paras;
  /** The article's quotations, once the statement stage has found them. */
  List<Quotes.Quote> quotes = List.of();

  /** Whether token {@code i} of paragraph {@code para} lies inside a quotation. */
  boolean quoted(int para, int i) {
    for (Quotes.Quote q : quotes) {
      if (para < q.para || para > q.lastPara) {
        continue;
      }
      int from = para == q.para ? q.openToken : -1;
      int to = para == q.lastPara ? q.closeToken : Integer.MAX_VALUE;
      if (i > from && i < to) {
        return true;
      }
    }
    return false;
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

    boolean heading() {
      return paragraph.heading();
    }

    /** The sentence that token {@code i} belongs to. */
    int sentenceOf(int i) {
      int s = 0;
      while (s + 1 < sentenceStarts.length && sentenceStarts[s + 1] <= i) {
        s++;
      }
      return s;
    }

    int sentenceStart(int s) {
      return sentenceStarts[s];
    }

    int sentenceEnd(int s) {
      return s + 1 < sentenceStarts.length ? sentenceStarts[s + 1] : tokens.size();
    }

    /** Whether token {@code i} begins a sentence. */
    boolean sentenceInitial(int i) {
      for (int s : sentenceStarts) {
        if (s == i) {
          return true;
        }
        if (s > i) {
          return false;
        }
      }
      return false;
    }
  }

  Doc(Article article) {
    this.article = article;
    this.text = article.text();
    List<Paragraph> ps = article.paragraphs();
    this.paras = new ArrayList<>(ps.size());
    for (int p = 0; p < ps.size(); p++) {
      Paragraph paragraph = ps.get(p);
      Tokens tokens = Tokens.of(text, paragraph.span().start(), paragraph.span().end());
      List<Sentence> sentences = paragraph.sentences();
      int[] starts = new int[Math.max(1, sentences.size())];
      for (int s = 1; s < sentences.size(); s++) {
        starts[s] = tokens.indexAt(sentences.get(s).span().start());
      }
      paras.add(new Para(p, paragraph, tokens, starts));
    }
  }
}
