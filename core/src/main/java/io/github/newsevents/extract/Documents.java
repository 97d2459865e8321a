package io.github.newsevents.extract;

import io.github.newsevents.internal.StringSet;
import io.github.newsevents.internal.Tokens;
import io.github.newsevents.internal.VocabularySet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The documents an article introduces with their authors, so that a later "the joint statement
 * said" speaks for whoever issued it. News English names a document's author in a few frames:
 * the possessive ("the ministry's statement"), a preposition after the noun ("a statement from
 * the ministry", "a statement issued by the leaders", "the declaration of the ministers") or the
 * subject of a verb of saying or issuing with the document as its channel or object ("the
 * ministers said in a joint statement", "the ministry issued a statement"). A sentence that merely
 * mentions a document ("the statement did not name China", "the EU says so, and the statement
 * notes that ...") names no author: the nearest document before with an author is the one meant.
 *
 * <p>One instance per extraction, built in one pass over the tokens (one lookup per document noun,
 * each bounded), so the cost stays linear in the article's length.
 */
final class Documents {

  /** Nouns of documents that speak for their authors: "the statement said", "the communique added". */
  static final Set<String> NOUNS = StringSet.of(
      "statement", "communique", "communiqué", "readout", "declaration", "release", "letter", "document", "memo",
      "draft");

  /** Verbs whose subject issues a document named as their object: "the ministry issued a statement". */
  private static final Set<String> ISSUING = StringSet.of(
      "issued", "issues", "released", "releases", "published", "publishes", "adopted", "adopts", "signed",
      "signs", "sent", "sends", "put", "puts");

  /** Participles between a document and its author: "a statement issued by the ministry". */
  private static final Set<String> ISSUED = StringSet.of("issued", "released", "published", "signed", "sent", "adopted");

  /** How many tokens may stand between an author and its document noun ("said late on Monday in a joint statement"). */
  private static final int REACH = 8;

  private record Intro(int para, int token, ActorRec author) { }

  private final List<Intro> intros = new ArrayList<>();

  /**
   * {@link #NOUNS} as bits over the vocabulary: a bit test per token, no String made for it. A
   * holder built on first use, because {@link KnownWords} reads this class's lists.
   */
  private static final class Bits {
    static final VocabularySet NOUNS = KnownWords.members(Documents.NOUNS);
  }

  Documents(Doc doc, ActorStage.Result actors) {
    for (Doc.Para p : doc.paras) {
      Tokens t = p.tokens;
      for (int k = 0; k < t.size(); k++) {
        if (t.type(k) == Tokens.WORD && Bits.NOUNS.containsLower(t, k) && !doc.quoted(p.index, k)) {
          ActorRec author = author(doc, actors, p, k);
          if (author == null) {
            author = subject(actors, p, k);
          }
          if (author != null) {
            intros.add(new Intro(p.index, k, author));
          }
        }
      }
    }
  }

  /** Whether the word at {@code k} is a document noun outside quotation marks. */
  static boolean noun(Doc doc, Doc.Para p, int k) {
    Tokens t = p.tokens;
    return t.type(k) == Tokens.WORD && Bits.NOUNS.containsLower(t, k) && !doc.quoted(p.index, k);
  }

  /**
   * The author the noun phrase itself names: "the ministry's statement", "a statement from the
   * ministry", "the declaration of the ministers", "a statement issued by the leaders"; else null.
   */
  static ActorRec author(Doc doc, ActorStage.Result actors, Doc.Para p, int noun) {
    Tokens t = p.tokens;
    List<Mention> ms = actors.mentions.get(p.index);
    int longest = actors.longest(p.index);
    for (Mention m : Mention.starting(ms, noun - 3 - longest, noun)) {
      if (m.to < noun && noun - m.to <= 3 && t.type(m.to) == Tokens.POSSESSIVE && !m.quoted) {
        return m.actor; // "the ministry's statement"
      }
    }
    int k = noun + 1;
    if (k < t.size() && t.type(k) == Tokens.WORD && ISSUED.contains(t.lower(k))) {
      k++;
    }
    if (k < t.size() && (t.is(k, "from") || t.is(k, "by") || t.is(k, "of"))) {
      int at = k + 1 < t.size() && t.is(k + 1, "the") ? k + 2 : k + 1;
      for (Mention m : Mention.starting(ms, k + 1, at + 1)) {
        if (!m.quoted) {
          return m.actor;
        }
      }
    }
    return null;
  }

  /**
   * The subject of a verb of saying or issuing whose channel or object is the document: "X said
   * in a joint statement", "X issued a statement". The name ends right before the verb (one adverb
   * allowed) and no comma or clause stands between the verb and the noun.
   */
  private static ActorRec subject(ActorStage.Result actors, Doc.Para p, int noun) {
    Tokens t = p.tokens;
    int verb = -1;
    boolean in = false;
    for (int i = noun - 1; i >= Math.max(0, noun - REACH); i--) {
      if (t.type(i) != Tokens.WORD) {
        return null; // a comma, a quotation mark: another clause
      }
      String w = t.lower(i);
      if (ISSUING.contains(w) || in && StatementStage.VERBS.contains(w)) {
        verb = i;
        break;
      }
      if (w.equals("and") || w.equals("that") || w.equals("which")) {
        return null;
      }
      if (w.equals("in")) {
        ActorRec agent = agentEndingAt(actors, p, i);
        if (agent != null) {
          return agent; // "the plan, set out by the council in a draft": the passive's agent issued it
        }
      }
      in |= w.equals("in");
    }
    if (verb < 1) {
      return null;
    }
    List<Mention> ms = actors.mentions.get(p.index);
    int longest = actors.longest(p.index);
    for (int end = verb; end >= verb - 1 && end > 0; end--) {
      for (Mention m : Mention.starting(ms, end - longest, end)) {
        if (m.to == end && !m.quoted) {
          return m.actor;
        }
      }
    }
    return null;
  }

  /** The actor of a "by" phrase that ends right before token {@code end}, or null. */
  private static ActorRec agentEndingAt(ActorStage.Result actors, Doc.Para p, int end) {
    List<Mention> ms = actors.mentions.get(p.index);
    int longest = actors.longest(p.index);
    for (Mention m : Mention.starting(ms, end - longest, end)) {
      if (m.to == end && !m.quoted) {
        int k = m.from - 1;
        while (k >= 0 && k >= m.from - 4 && p.tokens.capitalised(k)) {
          k--; // the title before the name: "by Council President Lena Marsh"
        }
        if (k >= 0 && p.tokens.is(k, "by")) {
          return m.actor;
        }
      }
    }
    return null;
  }

  /** The author of the latest document introduced before token {@code token} of paragraph {@code para}, or null. */
  ActorRec latestBefore(int para, int token) {
    int lo = 0;
    int hi = intros.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      Intro in = intros.get(mid);
      if (in.para < para || in.para == para && in.token < token) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo == 0 ? null : intros.get(lo - 1).author;
  }
}
