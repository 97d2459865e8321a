package io.github.newsevents.extract;

import io.github.newsevents.internal.Chars;
import io.github.newsevents.internal.StringSet;
import io.github.newsevents.internal.Tokens;
import io.github.newsevents.internal.VocabularySet;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.Span;
import io.github.newsevents.model.Statement;
import io.github.newsevents.model.StatementKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds who said what. Direct quotations come from {@link Quotes}; each is attributed by the
 * reporting clause around it (speaker before or after the quote, inverted "said Peskov", a title,
 * an organisation or state, a pronoun resolved to the sentence's or paragraph's speaker), or by the
 * paragraph-continuation convention. A quote with neither speaker nor reporting verb is a scare
 * quote or a title and is left out. Reported speech ("X confirmed that ...") becomes an INDIRECT
 * statement. Stateless.
 */
final class StatementStage {
  private static final Logger LOG = LoggerFactory.getLogger(StatementStage.class);

  static final Set<String> VERBS = StringSet.copyOf(Arrays.asList(
      "said", "says", "say", "told", "tells", "added", "adds", "posted", "posts", "wrote", "writes",
      "stated", "states", "declared", "declares", "announced", "announces", "insisted", "insists",
      "stressed", "stresses", "noted", "notes", "warned", "warns", "asked", "asks", "explained",
      "explains", "argued", "argues", "claimed", "claims", "tweeted", "tweets", "remarked",
      "replied", "replies", "responded", "described", "describes", "called", "calls", "urged",
      "urges", "suggested", "acknowledged", "admitted", "confirmed", "confirms", "recalled",
      "continued", "concluded", "emphasised", "emphasized", "underlined", "underscored",
      "observed", "commented", "quipped", "vowed", "pledged", "promised", "predicted", "cautioned",
      "complained", "conceded", "contended", "maintained", "reiterated", "repeated", "mentioned",
      "boasted", "lamented", "countered", "joked", "calling", "describing", "saying",
      "dubbing", "dubbed", "branding", "branded", "terming", "termed", "labelled", "labeled",
      "telling", "adding", "writing", "posting", "noting", "warning", "insisting", "stressing",
      "arguing", "accusing", "accused", "praised", "praising", "hailed", "hailing", "criticised",
      "criticized", "denied", "denies", "demanded", "demands", "threatened", "agreed", "expressed",
      "welcomed", "thanked", "condemned", "according", "quoted", "cited", "reported", "told"));

  /** Verbs that report words even when the text does not say whose. */
  private static final Set<String> REPORTING = StringSet.copyOf(Arrays.asList(
      "said", "says", "say", "told", "stated", "expressed", "reiterated", "noted", "reaffirmed",
      "reaffirms", "according", "warned", "added", "described", "called", "declared", "announced",
      "wrote", "posted", "insisted", "stressed", "urged", "pledged", "vowed", "agreed"));

  /** Verbs that introduce reported speech with "that". */
  static final Set<String> INDIRECT_VERBS = StringSet.copyOf(Arrays.asList(
      "said", "says", "confirmed", "confirms", "announced", "announces", "stressed", "insisted",
      "warned", "claimed", "claims", "argued", "noted", "acknowledged", "admitted", "denied",
      "stated", "declared", "told", "added", "suggested", "reiterated", "maintained"));

  private static final Set<String> AUDIENCES = StringSet.of(
      "reporters", "journalists", "the", "media", "press", "lawmakers", "parliament", "an",
      "state", "television", "broadcaster", "Reuters", "AFP", "CNN", "BBC");

  private static final Set<String> CHANNEL_NOUNS = StringSet.of(
      "statement", "letter", "interview", "post", "speech", "address", "briefing", "tweet",
      "video", "message", "op-ed", "article", "memo", "communique", "communiqué", "readout",
      "conference", "call");

  private static final Set<String> NAMING_VERBS = StringSet.of(
      "calls", "called", "dubbed", "dubs", "termed", "terms", "labelled", "labeled", "branded", "brands");

  /** Lower-case words a title-case name keeps: "Face the Nation", "Voice of America". */
  private static final Set<String> TITLE_SMALL_WORDS = StringSet.of(
      "of", "the", "and", "a", "an", "in", "on", "for", "to", "with", "at", "by");

  /**
   * A quotation of two to six words, each capitalised but for small function words, with no
   * punctuation, inside running text (the word before it lower-case, so no title-case headline):
   * the name of a show, a plan or a book, not words someone said.
   */
  private static boolean quotedTitle(Tokens t, Quotes.Quote q) {
    int open = q.openToken;
    int close = q.closeToken;
    if (open < 1 || close <= open || t.type(open - 1) != Tokens.WORD || t.capitalised(open - 1)) {
      return false;
    }
    int words = close - open - 1;
    if (words < 2 || words > 6) {
      return false;
    }
    for (int i = open + 1; i < close; i++) {
      if (t.type(i) != Tokens.WORD) {
        return false;
      }
      if (!t.capitalised(i) && (i == open + 1 || !TITLE_SMALL_WORDS.contains(t.get(i)))) {
        return false;
      }
    }
    return t.capitalised(close - 1);
  }

  /**
   * A quotation that names rather than reports: right after "so-called", or of four words or fewer
   * after a naming verb and a determiner ("calls a "special military operation"").
   */
  private boolean naming(Tokens t, Quotes.Quote q) {
    int open = q.openToken;
    if (open > 0 && t.lower(open - 1).equals("so-called")) {
      return true;
    }
    if (eventName(t, q)) {
      return true;
    }
    if (open < 2 || !(t.isIgnoreCase(open - 1, "a") || t.isIgnoreCase(open - 1, "an") || t.isIgnoreCase(open - 1, "the"))
        || t.type(open - 2) != Tokens.WORD || !NAMING_VERBS.contains(t.lower(open - 2))) {
      return false;
    }
    int words = 0;
    for (int k = open + 1; k < q.closeToken; k++) {
      if (t.type(k) == Tokens.WORD || t.type(k) == Tokens.NUMBER) {
        words++;
      }
    }
    return words <= 4;
  }

  /**
   * A quotation that is the name of an agreement or a format of talks, after a determiner and at
   * most three plain modifiers: `announced a unilateral three-month "humanitarian truce"`, `agreed
   * on a "cessation of hostilities"`, `the "proximity talks"`. The marks set off the parties' term
   * for the event, which the event stages read; nobody's words are reported. Four quoted words at
   * most, the last a ceasefire or talks noun.
   */
  private boolean eventName(Tokens t, Quotes.Quote q) {
    int open = q.openToken;
    int close = q.closeToken;
    int last = close - 1;
    while (last > open && t.type(last) != Tokens.WORD) {
      last--;
    }
    if (last <= open || !eventNouns.contains(t.lower(last))) {
      return false;
    }
    int words = 0;
    for (int k = open + 1; k < close; k++) {
      if (t.type(k) == Tokens.WORD || t.type(k) == Tokens.NUMBER) {
        words++;
      } else if (!t.is(k, "-")) {
        return false; // a comma or a clause inside: words, not a name
      }
    }
    if (words > 4) {
      return false;
    }
    for (int k = open - 1; k >= Math.max(0, open - 7); k--) {
      if (t.is(k, "-")) {
        continue; // "ten-day", written as three tokens
      }
      if (t.type(k) != Tokens.WORD && t.type(k) != Tokens.NUMBER) {
        return false;
      }
      String w = t.lower(k);
      if (DETERMINERS.contains(w)) {
        // "described it as a "...", "called it a "...": a description, which is someone's words
        return !(k > 0 && (t.is(k - 1, "as") || NAMING_VERBS.contains(t.lower(k - 1)))
            || k > 1 && NAMING_VERBS.contains(t.lower(k - 2)));
      }
      if (t.capitalised(k) || VERBS.contains(w) || NAMING_VERBS.contains(w)) {
        return false; // "said peaceful "talks"": a verb or a name before the noun phrase starts
      }
    }
    return false;
  }

  /**
   * Quotation marks around a person's name and nothing else (`ELN representative "Pablo Beltran"
   * told media`, `the commander, "Ivan Mordisco,"`), as some outlets write noms de guerre: the
   * marks quote no words, and the name stays a possible speaker.
   */
  private static boolean quotedName(Doc doc, ActorStage.Result actors, Quotes.Quote q) {
    if (q.parts.size() != 1 || q.lastPara != q.para) {
      return false;
    }
    Tokens t = doc.paras.get(q.para).tokens;
    int end = q.closeToken;
    if (end - 1 > q.openToken && t.is(end - 1, ",")) {
      end--; // the comma inside the closing mark
    }
    List<Mention> ms = actors.mentions.get(q.para);
    int i = Mention.first(ms, q.openToken + 1);
    boolean name = i < ms.size() && ms.get(i).from == q.openToken + 1 && ms.get(i).to == end
        && ms.get(i).actor.kind == ActorKind.PERSON;
    if (name) {
      LOG.debug("quotation marks around the name {}: no statement", ms.get(i).actor.name);
    }
    return name;
  }

  /** Nouns and verbs after which quotation marks enclose the title of a work ("the novel "..."). */
  private static final Set<String> WORKS = StringSet.of(
      "novel", "book", "film", "movie", "song", "album", "play", "poem", "series", "documentary",
      "memoir", "essay", "column", "titled", "entitled", "opera", "show", "programme", "program");


  /** A fragment of at most this many words, with no speaker, is a scare quote. */
  private static final int SHORT_FRAGMENT = 2;

  /** Words after which "show", "play" are verbs, not a work's class noun: "to show "courage"". */
  private static final Set<String> VERB_BEFORE = StringSet.of(
      "to", "will", "would", "could", "can", "must", "should", "may", "might", "did", "does", "do");

  /** How far after the start of its sentence a document's verb may stand: "The draft, seen by ..., says". */
  private static final int DOCUMENT_SUBJECT_REACH = 16;

  /** Determiners before the name of an event in quotation marks. */
  private static final Set<String> DETERMINERS = StringSet.of("a", "an", "the", "its", "their", "this", "that");

  private final PhraseIndex index;
  /** The last words of an event's name: the ceasefire and talks word lists, and "hostilities". */
  private final Set<String> eventNouns;

  /** With the default word lists. */
  StatementStage(PhraseIndex index) {
    this(index, Words.NONE);
  }

  StatementStage(PhraseIndex index, Words words) {
    this.index = index;
    Set<String> nouns = new java.util.HashSet<>(words.all(WordList.CEASEFIRE));
    nouns.addAll(words.all(WordList.TALKS));
    nouns.add("hostilities");
    this.eventNouns = Set.copyOf(nouns);
  }

  /** A statement before actor ids are final. */
  static final class Found {
    ActorRec speaker;
    String text;
    StatementKind kind;
    String verb;
    String channel;
    PartialDate date;
    Span span;
    int para;
    int token; // opening mark or start of the reported clause
  }

  List<Found> run(Doc doc, ActorStage.Result actors, List<Diagnostic> diagnostics) {
    LocalDate published = doc.published;
    List<Quotes.Quote> quotes = new ArrayList<>(Quotes.find(doc, diagnostics));
    quotes.removeIf(q -> quotedName(doc, actors, q));
    doc.quotes(quotes);
    markQuoted(doc, actors);
    List<Found> out = new ArrayList<>(quotes.size());
    // reported speech first: a paragraph that is only a quote may continue its speaker
    Documents documents = new Documents(doc, actors); // documents introduced with their authors
    doc.documents = documents;
    List<Found> reported = new ArrayList<>();
    indirect(doc, actors, reported);
    int nextReported = 0;
    Descriptions unnamed = new Descriptions(index, doc, actors); // speakers described, not named
    Found previous = null;
    Quotes.Quote before = null;
    SentenceVerb sentenceVerb = new SentenceVerb();
    for (Quotes.Quote q : quotes) {
      Quotes.Quote earlier = before;
      before = q;
      Doc.Para p = doc.paras.get(q.para);
      Doc.Para last = doc.paras.get(q.lastPara);
      Found f = new Found();
      f.kind = StatementKind.DIRECT;
      f.para = q.para;
      f.token = q.openToken;
      if (q.parts.size() == 1) {
        f.text = q.parts.get(0).of(doc.text);
        f.span = q.parts.get(0);
      } else {
        StringBuilder b = new StringBuilder();
        for (Span s : q.parts) {
          if (b.length() > 0) {
            b.append(' ');
          }
          b.append(s.of(doc.text));
        }
        f.text = b.toString();
        f.span = Span.of(q.parts.get(0).start(), q.parts.get(q.parts.size() - 1).end());
      }
      if (!hasWords(f.text)) {
        continue; // blank, or only marks and invisible characters ("‘„「‹", a zero-width space): no words said
      }
      // the reporting clause after the closing mark, then before the opening mark
      Tokens lt = last.tokens;
      int afterFrom = q.closeToken + 1;
      int afterTo = closedSentence(last, q, afterFrom) ? afterFrom : clauseEnd(last, afterFrom);
      Tokens t = p.tokens;
      int sentence = p.sentenceOf(q.openToken);
      int beforeFrom = Math.max(Math.max(p.sentenceStart(sentence), q.openToken - SENTENCE_REACH),
          earlier != null && earlier.lastPara == q.para ? earlier.closeToken + 1 : 0);
      if (q.openToken > 0 && t.type(q.openToken - 1) == Tokens.WORD && WORKS.contains(t.lower(q.openToken - 1))
          && !(q.openToken > 1 && t.type(q.openToken - 2) == Tokens.WORD && VERB_BEFORE.contains(t.lower(q.openToken - 2)))) {
        LOG.debug("quote at {} is the title of a work, not a statement", q.parts.get(0));
        continue;
      }
      boolean fragment = q.openToken > p.sentenceStart(sentence) && !t.is(q.openToken - 1, ":")
          && !t.is(q.openToken - 1, ",") && !t.is(q.openToken - 1, "that");
      // told "Morning Hour With Lena" host ...: a title-case name in running text names a show, a plan, a
      // book; it reports no words, but its clause's speaker goes on speaking in the quotes that follow
      boolean title = fragment && q.parts.size() == 1 && quotedTitle(t, q);
      if (fragment && q.parts.size() == 1 && naming(t, q)) {
        // so-called "reciprocal" tariffs; what the Kremlin calls a "special military operation"
        LOG.debug("quote at {} names a thing, it reports no words", q.parts.get(0));
        continue;
      }
      // a fragment inside a sentence is attributed by the clause before it; a full quote by the one after
      Attribution a = fragment ? before(doc, p, beforeFrom, q.openToken, actors, previous, unnamed)
          : after(doc, last, afterFrom, afterTo, actors, previous, unnamed);
      if (a != null && !fragment && "according to".equals(a.verb) && beforeFrom < q.openToken) {
        // `Wang told Lavrov that, ..., "..." according to a statement from the ministry`: the
        // document is where the words were reported; the verb of saying before the quote names who said them
        Attribution told = before(doc, p, beforeFrom, q.openToken, actors, previous, unnamed);
        if (told != null && told.speaker.kind == ActorKind.PERSON && !"according to".equals(told.verb)) {
          a = told;
        }
      }
      if (a == null) {
        a = fragment ? after(doc, last, afterFrom, afterTo, actors, previous, unnamed)
            : before(doc, p, beforeFrom, q.openToken, actors, previous, unnamed);
      }
      int sentenceStart = Math.max(p.sentenceStart(sentence), q.openToken - SENTENCE_REACH);
      if (a == null && fragment && beforeFrom > sentenceStart) {
        // `X said work would begin "immediately" after the "frank" call`: the sentence's reporting clause
        a = before(doc, p, sentenceStart, q.openToken, actors, previous, unnamed);
      }
      if (a == null && fragment) {
        // the passive of a verb of naming: "the talks were described by X as 'useful'"
        a = passiveAgent(actors, p, sentenceStart, q.openToken);
      }
      // the latest speaker before the quote, of a quote or of reported speech ("X said the talks would ...")
      while (nextReported < reported.size() && before(reported.get(nextReported), q.para, q.openToken)) {
        nextReported++;
      }
      Found said = nextReported > 0 && (previous == null || before(previous, reported.get(nextReported - 1).para,
          reported.get(nextReported - 1).token)) ? reported.get(nextReported - 1) : previous;
      if (a == null && said != null && !fragment && onlyQuote(p, q) && !namedSubjectAfter(lt, afterFrom, afterTo)
          && (said.para == q.para || said.para == q.para - 1) && said.speaker != null) {
        // a paragraph that is only a quote continues the previous speaker
        a = new Attribution(said.speaker, null);
        LOG.debug("quote at {} continues the previous speaker {}", f.span, said.speaker.name);
      }
      if (a == null && said != null && q.para == said.para && !fragment && said.speaker != null) {
        // "A," he said. "B." — the second part of a split quote, said the same way
        a = new Attribution(said.speaker, said == previous ? said.verb : null);
        a.channel = said == previous ? said.channel : null;
      }
      if (a == null && q.openToken > 0 && t.is(q.openToken - 1, ":")) {
        // `Biden recalled his first meeting with her predecessor: "..."`: the subject of the clause the colon ends
        ActorRec subject = colonSubject(doc, actors, p, sentenceStart, q.openToken - 1, said);
        if (subject != null) {
          a = new Attribution(subject, null);
        }
      }
      if (a == null && !fragment) {
        // `"...", adding that "..."` with no subject in the sentence: the person the text is about
        int participle = participleAfter(lt, afterFrom, afterTo);
        if (participle >= 0) {
          ActorRec topic = topic(doc, actors, q.para, said);
          if (topic != null) {
            a = new Attribution(topic, lt.get(participle));
          }
        }
      }
      if (a == null && said != null && said.speaker != null
          && (sourceBack(lt, afterFrom, afterTo) || sourceBack(t, beforeFrom, q.openToken))) {
        // "..., confirmed the same source": the speaker just quoted, when no unnamed source was introduced
        a = new Attribution(said.speaker, null);
      }
      String verbOnly = a == null ? reportingVerb(last, p, p.sentenceStart(sentence), afterTo, sentenceVerb) : null;
      if (a == null && verbOnly == null) {
        verbOnly = documentVerb(doc, last, afterFrom, afterTo); // "the statement continued", "the statement reads"
      }
      if (a == null && verbOnly != null) {
        // "the joint statement said", "the communique added": a document speaks for its author
        ActorRec author = last == p ? documentAuthor(doc, actors, documents, unnamed, p, sentenceStart, afterTo)
            : documentAuthor(doc, actors, documents, unnamed, last, afterFrom, afterTo);
        if (author != null) {
          a = new Attribution(author, verbOnly);
          LOG.debug("quote at {} is a document's words: its author {}", f.span, author.name);
        }
      }
      if (a == null && verbOnly != null && fragment && words(f.text) <= SHORT_FRAGMENT) {
        // `agreed on a "joint mechanism"`, `new "chapters"`: one or two quoted words with nobody to say
        // them are a term the writer marks, not words reported
        LOG.debug("quote at {} is a short fragment with no speaker: left out as a scare quote", f.span);
        continue;
      }
      if (a == null && verbOnly != null) {
        // "expressed "grave concern", according to the statement": reported, by a speaker the text leaves open
        LOG.debug("quote at {} is reported ('{}') but the text names no speaker", f.span, verbOnly);
        f.verb = verbOnly;
        diagnostics.add(Diagnostic.of("statement.speaker.unknown",
            "a quotation whose speaker the text does not name", f.span));
      } else if (a == null) {
        if (fragment || q.single) {
          LOG.debug("quote at {} has no speaker and no reporting verb: left out as a scare quote", f.span);
          continue;
        }
        LOG.debug("quote at {} got no speaker: the text does not say who spoke", f.span);
        diagnostics.add(Diagnostic.of("statement.speaker.unknown",
            "a quotation whose speaker the text does not name", f.span));
      } else {
        f.speaker = a.speaker;
        f.verb = a.verb;
        f.channel = a.channel;
        if (a.dateFrom >= 0) {
          Dates.Found d = Dates.first(a.tokens, a.dateFrom, a.dateTo, published, false);
          if (d != null) {
            f.date = d.date;
          }
        }
      }
      if (title) {
        LOG.debug("quote at {} is a title-case name, it reports no words", f.span);
      } else {
        out.add(f);
      }
      previous = f;
    }
    out.addAll(reported);
    out.sort((x, y) -> x.span.compareTo(y.span));
    if (!unnamed.all().isEmpty()) {
      // readable ids for the anonymous sources, unique beside the actor stage's
      Set<String> ids = new HashSet<>();
      for (ActorRec a : actors.actors) {
        ids.add(a.id);
      }
      for (ActorRec a : unnamed.all()) {
        a.id = ActorStage.uniqueId(a.name, ids);
      }
    }
    return out;
  }

  private static void markQuoted(Doc doc, ActorStage.Result actors) {
    for (List<Mention> ms : actors.mentions) {
      for (Mention m : ms) {
        m.quoted = doc.quoted(m.para, m.from);
      }
    }
  }


  /**
   * The first reporting verb outside quotation marks of the last sentence asked about, and whether
   * its end lies inside quotation marks: found once per sentence, however many quotes it holds.
   */
  private static final class SentenceVerb {
    Doc.Para para;
    int start = -1;
    int verb;
    boolean inside;
  }

  /** A reporting verb of the quote's sentence outside quotation marks, or null. */
  private static String reportingVerb(Doc.Para last, Doc.Para p, int sentenceStart, int afterTo, SentenceVerb memo) {
    Tokens t = p.tokens;
    int sentenceEnd = p.sentenceEnd(p.sentenceOf(sentenceStart));
    int end = p == last ? Math.max(afterTo, sentenceEnd) : sentenceEnd;
    if (memo.para != p || memo.start != sentenceStart) {
      memo.para = p;
      memo.start = sentenceStart;
      memo.verb = -1;
      boolean inside = false;
      for (int i = sentenceStart; i < Math.min(sentenceEnd, t.size()) && memo.verb < 0; i++) {
        if (t.type(i) == Tokens.QUOTE && Chars.isDoubleQuote(t.firstChar(i))) {
          inside = !inside;
        } else if (!inside && t.type(i) == Tokens.WORD && REPORTING.contains(t.get(i))) {
          memo.verb = i;
        }
      }
      memo.inside = inside;
    }
    if (memo.verb >= 0) {
      int i = memo.verb;
      return t.lower(i).equals("according") ? "according to" : t.get(i);
    }
    // none in the sentence: the rest of a reporting clause that runs past its end
    boolean inside = memo.inside;
    for (int i = sentenceEnd; i < Math.min(end, t.size()); i++) {
      if (t.type(i) == Tokens.QUOTE && Chars.isDoubleQuote(t.firstChar(i))) {
        inside = !inside;
        continue;
      }
      if (!inside && t.type(i) == Tokens.WORD && REPORTING.contains(t.get(i))) {
        return t.lower(i).equals("according") ? "according to" : t.get(i);
      }
    }
    return null;
  }

  private static boolean onlyQuote(Doc.Para p, Quotes.Quote q) {
    return q.openToken == 0;
  }

  /**
   * Whether the clause after a quote names a subject of its own by a proper name before its verb of
   * saying (`"...," the rebel group Free North said`, `"...," Marsh, speaking from Oslo, said`):
   * someone named, found as an actor or not, spoke, so the quote continues no earlier speaker. A
   * description ("the premier added") may well be the earlier speaker, and is left to that rule.
   */
  private boolean namedSubjectAfter(Tokens t, int from, int to) {
    for (int i = from; i < to && i < from + AFTER_REACH && i < t.size(); i++) {
      if (t.type(i) != Tokens.WORD) {
        continue;
      }
      if (Bits.VERBS.containsLower(t, i)) {
        return false;
      }
      if (t.capitalised(i) && !Lexicon.NOT_NAMES.contains(t.get(i)) && index.title(t, i) == null) {
        for (int v = i + 1; v < to && v < from + AFTER_REACH && v < t.size(); v++) {
          if (t.type(v) == Tokens.WORD && Bits.VERBS.containsLower(t, v)) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /** Words that open reported content after a verb of saying: "said yesterday the talks would ...". */
  private static final Set<String> CONTENT_OPENERS = StringSet.of(
      "the", "a", "an", "that", "it", "he", "she", "they", "we", "there", "this", "these", "his",
      "her", "their", "its", "some", "all", "no");

  /**
   * The word lists that windows of tokens are scanned for, as bits over the vocabulary (see {@link
   * KnownWords#members}): a holder built on first use, because {@link KnownWords} reads this class's
   * lists to build the vocabulary.
   */
  private static final class Bits {
    static final VocabularySet VERBS = KnownWords.members(StatementStage.VERBS);
    static final VocabularySet INDIRECT_VERBS = KnownWords.members(StatementStage.INDIRECT_VERBS);
    static final VocabularySet TIME_WORDS = KnownWords.members(StatementStage.TIME_WORDS);
    static final VocabularySet FINITE = KnownWords.members(StatementStage.FINITE);
    static final VocabularySet NOT_CONTENT = KnownWords.members(StatementStage.NOT_CONTENT);
    static final VocabularySet TOLD = KnownWords.members(StatementStage.TOLD);
  }

  /** Words of time that may stand between such a verb and its content. */
  private static final Set<String> TIME_WORDS = StringSet.of(
      "yesterday", "today", "on", "late", "early", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "earlier", "later", "also", "last", "week", "night");

  /**
   * Whether the quote's own sentence ends inside its closing mark ({@code ...venue."}) and a new
   * sentence follows that reports other words ({@code The rebels said yesterday the talks would
   * ...}): that sentence's subject did not say these; a sentence that is only a reporting clause
   * ({@code ...ready." Peskov said.}) still attributes them.
   */
  private static boolean closedSentence(Doc.Para p, Quotes.Quote q, int from) {
    Tokens t = p.tokens;
    if (from >= t.size() || q.closeToken < 1 || !t.is(q.closeToken - 1, ".") || !t.capitalised(from)) {
      return false;
    }
    int end = Math.min(t.size(), from + AFTER_REACH);
    for (int i = from; i < end; i++) {
      if (t.type(i) == Tokens.QUOTE || t.is(i, ".")) {
        return false;
      }
      if (t.type(i) == Tokens.WORD && Bits.VERBS.containsLower(t, i)) {
        int k = i + 1;
        while (k < end && k <= i + 3 && t.type(k) == Tokens.WORD && Bits.TIME_WORDS.containsLower(t, k)) {
          k++;
        }
        return k < end && t.type(k) == Tokens.WORD && CONTENT_OPENERS.contains(t.lower(k));
      }
    }
    return false;
  }

  /** The end of the reporting clause that starts at {@code from}: the next opening quote or sentence end. */
  private static int clauseEnd(Doc.Para p, int from) {
    Tokens t = p.tokens;
    int end = Math.min(t.size(), from + 30);
    for (int i = from; i < end; i++) {
      if (t.type(i) == Tokens.QUOTE && Chars.isDoubleQuote(t.firstChar(i))) {
        return i;
      }
      if ((t.is(i, ".") || t.is(i, "!") || t.is(i, "?")) && i > from) {
        return i;
      }
    }
    return end;
  }

  /** Verbs of naming whose passive agent said the quoted words: "described by X as", "called by X". */
  private static final Set<String> NAMING_PASSIVES = StringSet.of("described", "called", "termed", "labelled", "labeled", "characterised",
      "characterized", "dismissed", "praised", "hailed");

  /** "was described by X as": the agent after "by", when a verb of naming stands right before it. */
  private static Attribution passiveAgent(ActorStage.Result actors, Doc.Para p, int from, int open) {
    Tokens t = p.tokens;
    for (int k = Math.max(from, open - 20); k + 1 < open; k++) {
      if (t.type(k) == Tokens.WORD && NAMING_PASSIVES.contains(t.lower(k)) && t.is(k + 1, "by")) {
        for (Mention m : Mention.starting(actors.mentions.get(p.index), k + 2, k + 5)) {
          if (m.from > k + 1 && m.from <= k + 4 && m.to <= open && !m.quoted) {
            return new Attribution(m.actor, t.lower(k));
          }
        }
      }
    }
    return null;
  }

  /** Verbs with which a document, not a person, speaks: "the statement reads". */
  private static final Set<String> DOCUMENT_VERBS = StringSet.of("reads", "read", "continued", "continues");

  /**
   * The verb of a clause in which a document speaks ("the statement continued", "the communique
   * reads"): a verb of saying right after a document noun, or null.
   */
  private static String documentVerb(Doc doc, Doc.Para p, int from, int to) {
    Tokens t = p.tokens;
    for (int k = Math.max(0, from); k + 1 < to && k + 1 < t.size(); k++) {
      if (Documents.noun(doc, p, k) && t.type(k + 1) == Tokens.WORD
          && (Bits.VERBS.containsLower(t, k + 1) || DOCUMENT_VERBS.contains(t.lower(k + 1)))) {
        return t.get(k + 1);
      }
    }
    return null;
  }

  /**
   * The author of the document a quote's reporting clause names ("the joint statement said"): the
   * author the noun phrase names ("the ministry's statement", "a statement from the ministry");
   * for "according to the statement" the subject that opens the sentence, whose words the
   * document reports ("The ministers pledged to "act", according to the statement"); else the
   * author of the latest document the article introduced with one ({@link Documents}). Null when
   * the clause names no document or no author is found.
   */
  private static ActorRec documentAuthor(Doc doc, ActorStage.Result actors, Documents documents,
      Descriptions unnamed, Doc.Para p, int from, int to) {
    Tokens t = p.tokens;
    int noun = -1;
    for (int k = Math.max(0, from); k < to && k < t.size(); k++) {
      if (Documents.noun(doc, p, k)) {
        noun = k;
        break;
      }
    }
    if (noun < 0) {
      return null;
    }
    ActorRec named = Documents.author(doc, actors, p, noun);
    if (named != null) {
      return named;
    }
    int according = -1;
    for (int k = noun - 1; k >= Math.max(1, noun - 3) && according < 0; k--) {
      if (t.is(k, "to") && t.is(k - 1, "according")) {
        according = k - 1;
      }
    }
    if (according > 0) {
      int start = p.sentenceStart(p.sentenceOf(according));
      int at = start < t.size() && t.isIgnoreCase(start, "the") ? start + 1 : start;
      for (Mention m : Mention.starting(actors.mentions.get(p.index), start, at + 1)) {
        if (!m.quoted && m.to < according && m.actor.kind != ActorKind.STATE
            && m.to < t.size() && t.type(m.to) == Tokens.WORD && !t.capitalised(m.to)) {
          return m.actor; // "Lena Marsh also agreed ..., according to the statement"
        }
      }
      ActorRec described = unnamed.startingAt(p, start, according);
      if (described != null) {
        return described; // "The defence chiefs also agreed ..., according to the statement"
      }
    }
    return documents.latestBefore(p.index, noun);
  }

  static final class Attribution {
    final ActorRec speaker;
    final String verb;
    String channel;
    Tokens tokens;
    int dateFrom = -1;
    int dateTo;

    Attribution(ActorRec speaker, String verb) {
      this.speaker = speaker;
      this.verb = verb;
    }
  }

  /** How many tokens after a closing mark the reporting verb may come. */
  private static final int AFTER_REACH = 28;

  /** `"...," he said` / `" Trump posted on X` / `," said Peskov` / `," the Kremlin said`. */
  private Attribution after(Doc doc, Doc.Para p, int from, int to, ActorStage.Result actors, Found previous,
      Descriptions unnamed) {
    Tokens t = p.tokens;
    int verb = -1;
    // the subject may be long: `"...," the acting head of the bureau at the ministry, Ambassador X, said`
    for (int i = from; i < to && i < from + AFTER_REACH; i++) {
      if (t.type(i) == Tokens.WORD && Bits.VERBS.containsLower(t, i)) {
        verb = i;
        break;
      }
    }
    for (int i = to - 3; verb < 0 && i >= Math.max(from, to - 10); i--) {
      if (t.is(i, "according") && t.is(i + 1, "to")) {
        verb = i; // a long clause that ends "according to the official."
      }
    }
    if (verb < 0) {
      return null;
    }
    ActorRec speaker = null;
    if ((t.is(verb, "quoted") || t.is(verb, "cited")) && verb + 3 < to) {
      // "the statement quoted Director General Rafael Grossi as saying"
      for (Mention m : Mention.starting(actors.mentions.get(p.index), verb + 1, verb + 5)) {
        if (m.from > verb && m.from <= verb + 4 && m.to + 1 < t.size() && t.is(m.to, "as")) {
          speaker = m.actor;
          break;
        }
      }
    }
    if (speaker == null && t.lower(verb).equals("according") && verb + 2 < to && t.is(verb + 1, "to")) {
      // `"...," will be settled later, according to the official`
      speaker = unnamed.startingAt(p, verb + 2, to);
      if (speaker == null) {
        speaker = objectAfter(doc, p, verb + 1, to, actors);
      }
      if (speaker == null) {
        return null;
      }
      Attribution a = new Attribution(speaker, "according to");
      details(t, from, to, a);
      return a;
    }
    if (speaker == null) {
      // "an Indian government spokesman said": a description ending at the verb is its subject
      speaker = unnamed.endingBefore(p, from, verb);
    }
    if (speaker == null) {
      speaker = aged(t, from, verb, actors);
    }
    if (speaker == null) {
      speaker = subjectBefore(doc, p, from, verb, actors, previous, unnamed);
    }
    if (speaker == null && verb - from <= 1) {
      // inverted: `," said the official`, `," said a spokesman for the ministry`, `," said Peskov`
      speaker = unnamed.startingAt(p, verb + 1, to);
      if (speaker == null) {
        speaker = objectAfter(doc, p, verb, to, actors);
      }
    }
    if (speaker == null && dependent(t, verb)) {
      speaker = describedSubject(p, verb, unnamed);
    }
    if (speaker == null) {
      return null;
    }
    Attribution a = new Attribution(speaker, verbPhrase(t, verb, to));
    details(t, from, to, a);
    return a;
  }

  /** `Peskov said: "..."` / `X described ... as "..."` / `according to X, "..."`. */
  private Attribution before(Doc doc, Doc.Para p, int from, int open, ActorStage.Result actors, Found previous,
      Descriptions unnamed) {
    Tokens t = p.tokens;
    // "Name: "..."" label form (headlines, sub-headings)
    if (open >= 2 && t.is(open - 1, ":")) {
      Mention label = mentionEndingAt(actors, p, open - 1);
      if (label != null && onlyTitleWordsBefore(t, p.sentenceStart(p.sentenceOf(label.from)), label.from)) {
        return new Attribution(label.actor, null);
      }
    }
    int verb = -1;
    for (int i = open - 1; i >= Math.max(from, open - SENTENCE_REACH); i--) {
      // a verb inside an earlier quotation of the sentence ('... "agreed to meet" to seek "..."') was quoted, not reported with
      if (t.type(i) == Tokens.WORD && Bits.VERBS.containsLower(t, i) && !doc.quoted(p.index, i)) {
        verb = i;
        break;
      }
    }
    if (verb < 0) {
      return null;
    }
    if (t.lower(verb).equals("agreed")) {
      // `X said A and B agreed to an "immediate" truce`: an agreement is no one's words; inside what a
      // verb of saying reports, the marks reproduce the reporter's
      int outer = outerReporter(doc, p, Math.max(from, open - SENTENCE_REACH), verb);
      if (outer >= 0) {
        verb = outer;
      }
    }
    ActorRec speaker;
    if (t.lower(verb).equals("according") && verb + 2 < open && t.is(verb + 1, "to")) {
      speaker = unnamed.startingAt(p, verb + 2, open);
      if (speaker == null) {
        speaker = objectAfter(doc, p, verb + 1, open, actors);
      }
    } else {
      speaker = unnamed.endingBefore(p, from, verb);
      if (speaker == null) {
        speaker = subjectBefore(doc, p, from, verb, actors, previous, unnamed);
      }
      if (speaker == null && dependent(t, verb)) {
        speaker = describedSubject(p, verb, unnamed);
      }
      int sentenceStart = Math.max(p.sentenceStart(p.sentenceOf(open)), open - SENTENCE_REACH);
      if (speaker == null && sentenceStart < from) {
        // "X described ... and added that ... is "..."": the subject the verbs share
        speaker = subjectBefore(doc, p, sentenceStart, verb, actors, previous, unnamed);
      }
    }
    if (speaker == null) {
      return null;
    }
    Attribution a = new Attribution(speaker, verbPhrase(t, verb, open));
    details(t, from, open, a);
    return a;
  }

  /**
   * A verb of saying before {@code verb} in the same clause chain whose reported clause holds it
   * ("said" in `X said A and B agreed to`), or -1: no quotation mark, colon or semicolon between.
   */
  private static int outerReporter(Doc doc, Doc.Para p, int from, int verb) {
    Tokens t = p.tokens;
    for (int i = verb - 1; i >= from; i--) {
      if (t.type(i) == Tokens.QUOTE || t.is(i, ":") || t.is(i, ";") || doc.quoted(p.index, i)) {
        return -1;
      }
      if (t.type(i) == Tokens.WORD && INDIRECT_VERBS.contains(t.lower(i))) {
        return i;
      }
    }
    return -1;
  }

  private static String verbPhrase(Tokens t, int verb, int to) {
    if ((t.is(verb, "told") || t.is(verb, "telling")) && verb + 1 < to && t.type(verb + 1) == Tokens.WORD
        && AUDIENCES.contains(t.get(verb + 1)) && !t.is(verb + 1, "the") && !t.is(verb + 1, "an")) {
      return t.span(verb, verb + 2);
    }
    if (t.lower(verb).equals("according") && verb + 1 < to && t.is(verb + 1, "to")) {
      return "according to";
    }
    return t.get(verb);
  }

  /** Channel ("on Truth Social", "in a statement") and the date's whereabouts in a clause. */
  private void details(Tokens t, int from, int to, Attribution a) {
    a.tokens = t;
    a.dateFrom = from;
    a.dateTo = to;
    for (int i = from; i + 1 < to; i++) {
      if (t.is(i, "on") && t.type(i + 1) == Tokens.WORD) {
        PhraseIndex.Match m = index.name(t, i + 1);
        if (m != null && m.entry().kind() == io.github.newsevents.gazetteer.EntryKind.PLATFORM) {
          a.channel = m.entry().name();
          return;
        }
      }
      if ((t.is(i, "in") || t.is(i, "at") || t.is(i, "during")) && i + 2 < to
          && (t.is(i + 1, "a") || t.is(i + 1, "an") || t.is(i + 1, "the") || t.is(i + 1, "his")
              || t.is(i + 1, "her") || t.is(i + 1, "their"))) {
        for (int k = i + 2; k < Math.min(to, i + 5); k++) {
          if (t.type(k) == Tokens.WORD && CHANNEL_NOUNS.contains(t.lower(k))) {
            a.channel = t.span(i + 2, k + 1);
            return;
          }
        }
      }
    }
  }

  /**
   * The author of a document that is the subject of the verb at {@code verb}: the sentence opens
   * with the document's noun phrase ("The joint statement", "The final draft, which ..., says") and
   * no other verb of saying or quotation mark stands before the verb; else null.
   */
  private static ActorRec documentSubject(Doc doc, ActorStage.Result actors, Doc.Para p, int from, int verb) {
    if (doc.documents == null) {
      return null;
    }
    Tokens t = p.tokens;
    int start = p.sentenceStart(p.sentenceOf(verb));
    if (start < from - 1 || verb - start > DOCUMENT_SUBJECT_REACH) {
      return null;
    }
    int noun = openingDocument(doc, p, start, verb);
    if (noun < 0) {
      return null;
    }
    for (int k = noun + 1; k < verb; k++) {
      if (t.type(k) == Tokens.QUOTE || t.type(k) == Tokens.WORD && Bits.VERBS.containsLower(t, k)) {
        return null;
      }
    }
    ActorRec author = Documents.author(doc, actors, p, noun);
    return author != null ? author : doc.documents.latestBefore(p.index, noun);
  }

  /**
   * "The draft says ... It stresses ...": when the sentence before the pronoun at {@code it} opens
   * with a document as its subject, "it" is that document, and the author speaks; else null.
   */
  private static ActorRec documentBefore(Doc doc, ActorStage.Result actors, Doc.Para p, int it) {
    if (doc.documents == null) {
      return null;
    }
    int sentence = p.sentenceOf(it);
    Doc.Para q = p;
    int start;
    if (sentence > 0) {
      start = q.sentenceStart(sentence - 1);
    } else if (p.index > 0 && doc.paras.get(p.index - 1).tokens.size() > 0) {
      q = doc.paras.get(p.index - 1);
      start = q.sentenceStart(q.sentenceOf(q.tokens.size() - 1));
    } else {
      return null;
    }
    int noun = openingDocument(doc, q, start, q.tokens.size());
    if (noun < 0) {
      return null;
    }
    ActorRec author = Documents.author(doc, actors, q, noun);
    return author != null ? author : doc.documents.latestBefore(q.index, noun);
  }

  /**
   * The document noun that opens the sentence starting at {@code start} ("The joint statement",
   * "The final draft"), within its first four words and before {@code to}; or -1. A name before
   * the noun ("The EU statement") is the author, which {@link Documents#author} reads instead.
   */
  private static int openingDocument(Doc doc, Doc.Para p, int start, int to) {
    Tokens t = p.tokens;
    for (int k = start; k < Math.min(to, start + 4); k++) {
      if (Documents.noun(doc, p, k)) {
        return k;
      }
      if (t.type(k) != Tokens.WORD || k > start && t.capitalised(k) && !t.isIgnoreCase(k, "the")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The subject of the reporting verb at {@code verb}: the actor named right before it ("Peskov
   * said", "Trump also said"), a pronoun there, for a participle or a second verb ("..., adding",
   * "and added") the subject of the sentence, and otherwise the first person named in the clause
   * (so "Witkoff, who led the team alongside Kushner, said" is Witkoff's). Names inside quotation
   * marks and places ("in Ukraine") are never subjects.
   */
  private ActorRec subjectBefore(Doc doc, Doc.Para p, int from, int verb, ActorStage.Result actors, Found previous,
      Descriptions unnamed) {
    Tokens t = p.tokens;
    List<Mention> ms = actors.mentions.get(p.index);
    ActorRec author = documentSubject(doc, actors, p, from, verb);
    if (author != null) {
      return author; // "The draft, which was seen by reporters, says": a document speaks for its author
    }
    // 1. right before the verb, allowing one adverb ("also", "later")
    for (int gap = 1; gap <= 2 && verb - gap >= from; gap++) {
      int end = verb - gap + 1;
      for (Mention m : Mention.starting(ms, end - actors.longest(p.index), end)) {
        if (m.to == end && !m.quoted && !locative(t, m.from) && !titleOfPerson(ms, m, t)) {
          Mention owner = m.from > 1 && t.is(m.from - 1, "of") ? mentionEndingAt(actors, p, m.from - 1) : null;
          // "Lena Marsh of Norway said": the state places the person, who speaks
          return owner != null && owner.actor.kind == ActorKind.PERSON && !owner.quoted ? owner.actor : m.actor;
        }
      }
      if (t.type(end - 1) == Tokens.WORD && Lexicon.PERSON_PRONOUNS.contains(t.get(end - 1))) {
        return pronoun(doc, actors, p.index, end - 1, previous);
      }
      if (t.type(end - 1) == Tokens.WORD && (t.is(end - 1, "it") || t.is(end - 1, "It"))) {
        ActorRec written = documentBefore(doc, actors, p, end - 1);
        return written != null ? written : institution(doc, actors, p.index, end - 1, unnamed);
      }
      if (t.type(verb - 1) != Tokens.WORD || Lexicon.PERSON_PRONOUNS.contains(t.get(verb - 1))) {
        break;
      }
    }
    // "the Kremlin's spokesman, Dmitri S. Peskov, said": a name in apposition right before the verb
    if (verb - 1 > from && t.is(verb - 1, ",")) {
      for (Mention m : Mention.starting(ms, verb - 1 - actors.longest(p.index), verb - 1)) {
        if (m.to == verb - 1 && m.from > from && t.is(m.from - 1, ",") && !m.quoted
            && m.actor.kind == ActorKind.PERSON) {
          return m.actor;
        }
      }
    }
    // "Beijing, which ... said": the antecedent of a relative pronoun
    for (int k = verb - 1; k > from; k--) {
      if ((t.is(k, "which") || t.is(k, "who")) && t.is(k - 1, ",")) {
        for (Mention m : Mention.starting(ms, k - 1 - actors.longest(p.index), k - 1)) {
          if (m.to == k - 1 && !m.quoted) {
            return m.actor;
          }
        }
        break;
      }
      // a double quotation mark ends the clause; an apostrophe ("the leaders' summit") does not
      if (t.is(k, ".") || t.type(k) == Tokens.QUOTE && Chars.isDoubleQuote(t.firstChar(k))) {
        break;
      }
    }
    int sentenceStart = p.sentenceStart(p.sentenceOf(verb));
    boolean dependent = dependent(t, verb);
    int start = dependent ? Math.min(from, sentenceStart) : from;
    if (dependent) {
      // "The Kremlin on Monday denied the report, calling it "...": the actor that opens the sentence,
      // after an opening adverbial phrase ("On Monday, the Kremlin ...") as the event stages read it
      int comma = Roles.openingComma(t, sentenceStart, verb);
      int opens = comma >= 0 ? comma + 1 : sentenceStart;
      for (Mention m : Mention.starting(ms, opens, opens + 2)) {
        if (m.from >= opens && m.from <= opens + 1 && m.to <= verb && !m.quoted
            && !Roles.possessive(t, m) && !titleOfPerson(ms, m, t)) {
          return m.actor;
        }
      }
      // "Trump said "...", adding "..."": the subject of the sentence's main reporting verb
      for (int v = start; v < verb; v++) {
        if (t.type(v) == Tokens.WORD && VERBS.contains(t.get(v)) && !t.get(v).endsWith("ing")) {
          for (Mention m : Mention.starting(ms, v - 1 - actors.longest(p.index), v)) {
            if ((m.to == v || m.to == v - 1) && !m.quoted && !titleOfPerson(ms, m, t)) {
              return m.actor;
            }
          }
        }
      }
    }
    Mention firstPerson = null;
    Mention other = null;
    for (Mention m : Mention.starting(ms, start, verb)) {
      if (m.from >= start && m.to <= verb && !m.quoted && !locative(t, m.from) && !titleOfPerson(ms, m, t)
          && !Roles.possessive(t, m) && !Roles.governed(t, m.from, Roles.SAYING)) {
        if (m.actor.kind == ActorKind.PERSON) {
          if (firstPerson == null) {
            firstPerson = m;
          }
        } else if (other == null || verb - m.to < verb - other.to) {
          other = m;
        }
      }
    }
    if (firstPerson != null) {
      return firstPerson.actor;
    }
    if (dependent) {
      for (int i = start; i < verb; i++) {
        if (t.type(i) == Tokens.WORD && Lexicon.PERSON_PRONOUNS.contains(t.get(i))) {
          return pronoun(doc, actors, p.index, i, previous);
        }
      }
    }
    return other != null && (verb - other.to <= 4 || apposition(t, other.to, verb)) ? other.actor : null;
  }

  /** "-year-old": the suffix of an age used as a noun or adjective ("the 61-year-old said"). */
  private static final String YEAR_OLD = "-year-old";

  /**
   * The person "the 61-year-old" (or "the 61-year-old president") before the verb refers to: the one
   * whose age an apposition gave ("Oskar Vallin, 61,"); or null.
   */
  private static ActorRec aged(Tokens t, int from, int verb, ActorStage.Result actors) {
    if (actors.ages.isEmpty()) {
      return null;
    }
    for (int k = Math.max(from + 1, verb - 3); k < verb; k++) {
      if (t.type(k) == Tokens.WORD && t.isIgnoreCase(k - 1, "the")) {
        String w = t.get(k);
        if (w.endsWith(YEAR_OLD) && w.length() > YEAR_OLD.length()) {
          return actors.ages.get(w.substring(0, w.length() - YEAR_OLD.length()));
        }
      }
    }
    return null;
  }

  /** The most tokens an apposition between a subject and its verb may take: ", an aid group based in Oslo,". */
  private static final int APPOSITION_REACH = 12;

  /**
   * Whether tokens [from, verb) are an apposition set off by commas and nothing else (`The
   * Norwegian Refugee Council, an aid group, said`): the actor before it is the verb's subject.
   */
  private static boolean apposition(Tokens t, int from, int verb) {
    if (verb - from < 3 || verb - from > APPOSITION_REACH || !t.is(from, ",") || !t.is(verb - 1, ",")) {
      return false;
    }
    for (int k = from + 1; k < verb - 1; k++) {
      if (t.type(k) == Tokens.QUOTE || t.is(k, ",") || t.is(k, ".") || t.is(k, ";")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The described subject a participle or second verb shares with its sentence: the one before
   * the sentence's main reporting verb (`"...," the ministry said, adding "..."`), or the one that
   * opens the sentence ("Norway's foreign minister later confirmed the deal, adding that "..."").
   */
  private static ActorRec describedSubject(Doc.Para p, int verb, Descriptions unnamed) {
    Tokens t = p.tokens;
    int start = Math.max(p.sentenceStart(p.sentenceOf(verb)), verb - SENTENCE_REACH);
    for (int v = start + 1; v < verb; v++) {
      if (t.type(v) == Tokens.WORD && VERBS.contains(t.get(v)) && !t.get(v).endsWith("ing")) {
        int from = v;
        while (from > start && t.type(from - 1) != Tokens.QUOTE) {
          from--;
        }
        ActorRec a = unnamed.endingBefore(p, from, v);
        if (a != null) {
          return a;
        }
      }
    }
    return unnamed.subjectAt(p, start, verb);
  }

  /** A participle or a second verb: "..., adding", "and added"; its subject is the sentence's. */
  private static boolean dependent(Tokens t, int verb) {
    return t.get(verb).endsWith("ing") || verb > 0 && (t.is(verb - 1, "and") || t.is(verb - 1, "but"));
  }

  /**
   * "It said": in the pronoun's own sentence, the nearest organisation, state or group before it
   * that is no object of a preposition and no possessor ("Beirut was shelled and the militia
   * launched drones at what it said were ..." is the militia's); else the one that opens the
   * nearest earlier sentence of this or the previous paragraph (institutions, not people, are "it"),
   * or a described institution that opens one of its last sentences ("the defence ministry said").
   */
  private static ActorRec institution(Doc doc, ActorStage.Result actors, int para, int token, Descriptions unnamed) {
    Doc.Para here = doc.paras.get(para);
    Tokens t = here.tokens;
    int sentenceStart = here.sentenceStart(here.sentenceOf(token));
    Mention nearest = null;
    List<Mention> inPara = actors.mentions.get(para);
    // backwards from the pronoun: the first found is the nearest (within a bounded reach)
    for (int i = Mention.first(inPara, token) - 1; i >= 0 && nearest == null; i--) {
      Mention m = inPara.get(i);
      if (m.from < sentenceStart || m.from < token - LOOK_BACK) {
        break;
      }
      if (m.from >= sentenceStart && m.to <= token && !m.quoted && m.actor.kind != ActorKind.PERSON
          && !Roles.possessive(t, m) && !Roles.governed(t, m.from, Roles.SAYING)
          && !(m.from > 0 && Lexicon.LOCATIVE.contains(t.lower(m.from - 1)))) {
        nearest = m;
      }
    }
    if (nearest != null) {
      return nearest.actor;
    }
    for (int q = para; q >= Math.max(0, para - 1); q--) {
      Doc.Para pq = doc.paras.get(q);
      List<Mention> ms = actors.mentions.get(q);
      // the latest sentence before the pronoun that names one, found from the mentions backwards,
      // and the first it names
      int end = q == para ? token : pq.tokens.size();
      Mention first = null;
      int sentenceFrom = -1;
      for (int i = Mention.first(ms, end) - 1; i >= 0; i--) {
        Mention m = ms.get(i);
        if (m.from < sentenceFrom || m.from < end - LOOK_BACK) {
          break;
        }
        Tokens tq = pq.tokens;
        // "Moscow's envoy", "talks with Beijing": a possessor or an object does not speak as "it"
        if (!m.quoted && m.actor.kind != ActorKind.PERSON && !Roles.possessive(tq, m)
            && !Roles.governed(tq, m.from, Roles.SAYING)) {
          first = m;
          if (sentenceFrom < 0) {
            sentenceFrom = pq.sentenceStart(pq.sentenceOf(m.from));
          }
        }
      }
      if (first != null) {
        return first.actor;
      }
      ActorRec described = describedInstitution(pq, q == para ? token : pq.tokens.size(), unnamed);
      if (described != null) {
        return described;
      }
    }
    return null;
  }

  /** How many sentences back "it" looks for a described institution that opens one. */
  private static final int DESCRIBED_SENTENCES = 2;

  /**
   * The described institution that speaks at the start of one of the last sentences before {@code
   * end} ("The Norwegian foreign ministry said the talks would resume. '...,' it said"): no actor
   * of the actor stage, so not among the mentions; or null.
   */
  private static ActorRec describedInstitution(Doc.Para p, int end, Descriptions unnamed) {
    if (unnamed == null || end <= 0) {
      return null;
    }
    int s = p.sentenceOf(end - 1);
    if (p.sentenceStart(s) == end - 1 || p.sentenceStart(s) >= end) {
      s--; // the pronoun opens its sentence: look from the one before
    }
    for (int k = 0; k < DESCRIBED_SENTENCES && s >= 0; k++, s--) {
      ActorRec a = unnamed.subjectAt(p, p.sentenceStart(s), Math.min(p.sentenceEnd(s), end));
      if (a != null && a.kind != ActorKind.PERSON) {
        return a;
      }
    }
    return null;
  }

  private static boolean locative(Tokens t, int i) {
    return i > 0 && Lexicon.LOCATIVE.contains(t.lower(i - 1))
        && !t.is(i - 1, "of");
  }

  /** An organisation or state named inside a person's title ("Kremlin spokesperson Dmitry Peskov"). */
  private static boolean titleOfPerson(List<Mention> ms, Mention m, Tokens t) {
    if (m.actor.kind == ActorKind.PERSON) {
      return false;
    }
    for (Mention o : Mention.starting(ms, m.from + 1, m.to + 5)) {
      if (o.actor.kind == ActorKind.PERSON && o.from > m.from && o.from - m.to <= 4) {
        return true;
      }
    }
    return false;
  }

  /** The actor named right after the verb: `said Peskov`, `said Kremlin spokesman Dmitry Peskov`. */
  private static ActorRec objectAfter(Doc doc, Doc.Para p, int verb, int to, ActorStage.Result actors) {
    Mention first = null;
    for (Mention m : Mention.starting(actors.mentions.get(p.index), verb + 1, verb + 7)) {
      if (m.from > verb && m.from <= verb + 6 && m.from < to && !m.quoted) {
        if (m.actor.kind == ActorKind.PERSON) {
          return m.actor;
        }
        if (first == null) {
          first = m;
        }
      }
    }
    return first == null ? null : first.actor;
  }

  private static Mention mentionEndingAt(ActorStage.Result actors, Doc.Para p, int end) {
    for (Mention m : Mention.starting(actors.mentions.get(p.index), end - actors.longest(p.index), end)) {
      if (m.to == end) {
        return m;
      }
    }
    return null;
  }

  /** Whether tokens [from, to) are capitalised words only: a label's title ("Kremlin spokesman"). */
  private static boolean onlyTitleWordsBefore(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!t.capitalised(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * He or she: the first person named (outside quotes) earlier in the same sentence, else the
   * first named in the nearest earlier sentence of the paragraph that names one, else the previous
   * statement's speaker within two paragraphs, else the first person of the last sentence of the
   * paragraphs before that names one; always skipping people whose honorific ("Mr", "Ms") gives the
   * other gender.
   */
  private static ActorRec pronoun(Doc doc, ActorStage.Result actors, int para, int token, Found previous) {
    Doc.Para p = doc.paras.get(para);
    char gender = Lexicon.gender(p.tokens.get(token));
    Map<ActorRec, Character> learned = actors.pronounGenders;
    // the pronoun's own sentence first: "Guterres said he welcomed ..."
    ActorRec a = firstOfSentence(p, actors.mentions.get(para), token, gender, learned);
    if (a != null) {
      return learn(learned, a, gender);
    }
    if (gender != 0) {
      // a person whose honorific gives the pronoun's gender wins over one of unknown gender, in this
      // paragraph or the two before: "Vallin spoke after Ms Marsh arrived. 'It was useful,' she said"
      // A person of unknown gender in a later sentence is nearer and stays the candidate.
      for (int q = para; a == null && q >= Math.max(0, para - 2); q--) {
        Doc.Para pq = doc.paras.get(q);
        int s = q == para ? p.sentenceOf(token) : pq.sentenceStarts.length - 1;
        int limit = q == para ? token : Integer.MAX_VALUE;
        int[] exact = {-1};
        int[] any = {-1};
        ActorRec marked = subjectOfSentences(pq, actors.mentions.get(q), s, limit, gender, true, learned, exact);
        ActorRec agreeing = subjectOfSentences(pq, actors.mentions.get(q), s, limit, gender, false, learned, any);
        if (marked != null && exact[0] >= any[0]) {
          a = marked;
        } else if (agreeing != null) {
          break;
        }
      }
      if (a != null) {
        return a;
      }
    }
    a = subjectOfSentences(p, actors.mentions.get(para), p.sentenceOf(token), token, gender, false, learned);
    if (a != null) {
      return learn(learned, a, gender);
    }
    boolean previousAgrees = previous != null && previous.speaker != null && previous.speaker.kind == ActorKind.PERSON
        && para - previous.para <= 2 && agrees(previous.speaker, gender, learned);
    if (previousAgrees && previous.para >= para - 1) {
      return learn(learned, previous.speaker, gender);
    }
    if (para >= 1) {
      Doc.Para pq = doc.paras.get(para - 1);
      // the newest first: a person who opens a sentence of the paragraph before wins over a
      // speaker two paragraphs back ("Merkel sought to ... . // '...,' she said")
      a = previousAgrees ? openingSubject(pq, actors.mentions.get(para - 1), gender, learned)
          : subjectOfSentences(pq, actors.mentions.get(para - 1), pq.sentenceStarts.length - 1, Integer.MAX_VALUE, gender, false, learned);
      if (a != null) {
        return learn(learned, a, gender);
      }
    }
    if (previousAgrees) {
      return learn(learned, previous.speaker, gender);
    }
    if (para >= 2) {
      Doc.Para pq = doc.paras.get(para - 2);
      a = subjectOfSentences(pq, actors.mentions.get(para - 2), pq.sentenceStarts.length - 1, Integer.MAX_VALUE, gender, false, learned);
    }
    return a == null ? null : learn(learned, a, gender);
  }

  /**
   * A person a gendered pronoun refers to is of its gender from then on: "she" cannot later be a
   * man the text called "he". Kept apart from the genders honorifics give, which alone make a
   * person win over others of unknown gender.
   */
  private static ActorRec learn(Map<ActorRec, Character> learned, ActorRec a, char gender) {
    if (a.gender == 0 && gender != 0) {
      learned.putIfAbsent(a, gender);
    }
    return a;
  }

  /**
   * The first agreeing person named (outside quotes) in the pronoun's sentence before it, one whose
   * honorific gives the pronoun's gender first; or null.
   */
  private static ActorRec firstOfSentence(Doc.Para p, List<Mention> ms, int token, char gender, Map<ActorRec, Character> learned) {
    int start = Math.max(p.sentenceStart(p.sentenceOf(token)), token - SENTENCE_REACH);
    ActorRec first = null;
    for (Mention m : Mention.starting(ms, start, token)) {
      if (m.from >= start && m.to <= token && m.actor.kind == ActorKind.PERSON && !m.quoted
          && agrees(m.actor, gender, learned)) {
        if (gender != 0 && m.actor.gender == gender) {
          return m.actor; // "Vallin met Ms Marsh, and she said": the honorific decides
        }
        if (first == null) {
          first = m.actor;
        }
      }
    }
    return first;
  }

  /** The agreeing person that opens (after its title) the latest sentence of {@code p} that one opens, or null. */
  private static ActorRec openingSubject(Doc.Para p, List<Mention> ms, char gender, Map<ActorRec, Character> learned) {
    Tokens t = p.tokens;
    for (int i = ms.size() - 1, seen = 0; i >= 0 && seen < SENTENCE_REACH; i--, seen++) {
      Mention m = ms.get(i);
      if (m.actor.kind == ActorKind.PERSON && !m.quoted && agrees(m.actor, gender, learned)
          && onlyTitleWordsBefore(t, p.sentenceStart(p.sentenceOf(m.from)), m.from)) {
        return m.actor;
      }
    }
    return null;
  }

  /**
   * How far back a pronoun looks for its person, or a document for its author, in tokens: several
   * times the longest news paragraph, and a bound that keeps one huge paragraph linear.
   */
  static final int LOOK_BACK = 1_000;

  /**
   * How far a reporting clause reaches back from its quotation within one sentence, in tokens:
   * twice the longest news sentence, and a bound that keeps one huge sentence linear.
   */
  static final int SENTENCE_REACH = 200;

  /** As above; {@code exactly}: only people whose gender is known to be {@code gender}. */
  private static ActorRec subjectOfSentences(Doc.Para p, List<Mention> ms, int s, int limit, char gender, boolean exactly,
      Map<ActorRec, Character> learned) {
    return subjectOfSentences(p, ms, s, limit, gender, exactly, learned, null);
  }

  /** As above; {@code sentence[0]} receives the start of the sentence the person was found in (-1: none). */
  private static ActorRec subjectOfSentences(Doc.Para p, List<Mention> ms, int s, int limit, char gender, boolean exactly,
      Map<ActorRec, Character> learned, int[] sentence) {
    // the mentions backwards from the limit: the latest sentence that names an agreeing person,
    // then its first one that is no object of a preposition and no possessor ("After talks with
    // Lund, Berg said ..." is Berg's), else its first one (the sentences before it are not read)
    int end = Math.min(limit, p.sentenceEnd(s));
    int reach = end - LOOK_BACK;
    Tokens t = p.tokens;
    ActorRec found = null;
    ActorRec subject = null;
    int sentenceFrom = -1;
    for (int i = Mention.first(ms, end) - 1; i >= 0; i--) {
      Mention m = ms.get(i);
      if (m.from < sentenceFrom || m.from < reach) {
        break;
      }
      if (m.actor.kind == ActorKind.PERSON && !m.quoted
          && (exactly ? m.actor.gender == gender : agrees(m.actor, gender, learned))) {
        found = m.actor;
        if (!Roles.possessive(t, m) && !Roles.governed(t, m.from, Roles.SAYING)) {
          subject = m.actor;
        }
        if (sentenceFrom < 0) {
          sentenceFrom = p.sentenceStart(p.sentenceOf(m.from));
        }
      }
    }
    if (sentence != null) {
      sentence[0] = sentenceFrom;
    }
    // a gender alone picks a person only as a clause's subject: "proposed by Mr X" is no subject
    return subject != null || exactly ? subject : found;
  }

  private static boolean agrees(ActorRec a, char gender, Map<ActorRec, Character> learned) {
    char known = a.gender != 0 ? a.gender : learned.getOrDefault(a, (char) 0);
    return gender == 0 || known == 0 || known == gender;
  }

  /**
   * The subject of the clause before a colon that introduces a quote: the person or actor that
   * opens the sentence (after its title), or the person a pronoun opening it refers to; or null.
   */
  private static ActorRec colonSubject(Doc doc, ActorStage.Result actors, Doc.Para p, int start, int colon, Found said) {
    Tokens t = p.tokens;
    int k = start;
    if (k < colon && t.type(k) == Tokens.WORD && Lexicon.PERSON_PRONOUNS.contains(t.get(k))) {
      return pronoun(doc, actors, p.index, k, said);
    }
    for (Mention m : Mention.starting(actors.mentions.get(p.index), start, Math.min(colon, start + 6))) {
      if (m.from >= start && m.to < colon && !m.quoted && onlyTitleWordsBefore(t, start, m.from)
          && !Roles.possessive(t, m) && !titleOfPerson(actors.mentions.get(p.index), m, t)) {
        return m.actor;
      }
    }
    return null;
  }

  /** A participle of saying that opens the clause after a quote (`", adding that`), or -1. */
  private static int participleAfter(Tokens t, int from, int to) {
    int k = from;
    if (k < to && t.is(k, ",")) {
      k++;
    }
    return k < to && t.type(k) == Tokens.WORD && t.get(k).endsWith("ing") && VERBS.contains(t.get(k)) ? k : -1;
  }

  /**
   * The person a subjectless clause is about: the one who opens the latest sentence of the
   * paragraph before that one opens (this paragraph is the quote's own, and opens with it), else
   * the speaker just quoted when in that paragraph or this one; or null.
   */
  private static ActorRec topic(Doc doc, ActorStage.Result actors, int para, Found said) {
    if (para >= 1) {
      ActorRec a = openingSubject(doc.paras.get(para - 1), actors.mentions.get(para - 1), (char) 0, actors.pronounGenders);
      if (a != null) {
        return a;
      }
    }
    return said != null && said.speaker != null && said.para >= para - 1 ? said.speaker : null;
  }

  /**
   * Whether tokens [from, to) of a reporting clause hold "the source" or "the same source" (which
   * {@link Descriptions} leaves to this stage when no unnamed source was introduced before).
   */
  private static boolean sourceBack(Tokens t, int from, int to) {
    for (int k = Math.max(from, to - 30) + 1; k < Math.min(to, t.size()); k++) {
      if (t.is(k, "source") && (t.isIgnoreCase(k - 1, "the") || t.is(k - 1, "same") && k >= 2 && t.isIgnoreCase(k - 2, "the"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether statement {@code f} starts before token {@code token} of paragraph {@code para}. */
  private static boolean before(Found f, int para, int token) {
    return f.para < para || f.para == para && f.token < token;
  }

  /**
   * "Trump confirmed that peace talks were ongoing", "the ministry said it was trying ...": reported
   * speech outside quotation marks, in the order of the text.
   */
  private void indirect(Doc doc, ActorStage.Result actors, List<Found> out) {
    for (Doc.Para p : doc.paras) {
      Tokens t = p.tokens;
      for (int s = 0; s < p.sentenceStarts.length; s++) {
        int from = p.sentenceStart(s);
        int to = p.sentenceEnd(s);
        if (hasQuote(t, from, to)) {
          continue;
        }
        for (int i = from + 1; i + 2 < to; i++) {
          if ((p.flags(i) & WordFlags.INDIRECT_VERB) == 0) {
            continue; // the cheap test first: most words are no reporting verb
          }
          int that = thatAfter(t, i, to);
          if (that < 0 && Bits.INDIRECT_VERBS.contains(t, i)) {
            that = contentAfter(t, i, to) - 1; // "said the talks would ...": the content without "that"
          }
          if (Bits.INDIRECT_VERBS.contains(t, i) && that > 0) {
            ActorRec speaker = subjectBefore(doc, p, from, i, actors, null, null);
            if (speaker == null) {
              break;
            }
            int end = to;
            while (end > that + 1 && t.type(end - 1) == Tokens.PUNCT) {
              end--;
            }
            if (end <= that + 1) {
              break;
            }
            Found f = new Found();
            f.kind = StatementKind.INDIRECT;
            f.speaker = speaker;
            f.verb = t.get(i);
            f.span = Span.of(t.start(that + 1), t.end(end - 1));
            f.text = f.span.of(doc.text);
            if (!hasWords(f.text)) {
              break; // only marks: no words reported
            }
            f.para = p.index;
            f.token = that + 1;
            if (that > i + 1 || that == i + 1 && !t.is(that, "that")) {
              // "said on Friday that ...": the date between the verb and "that" is the statement's
              Dates.Found d = Dates.first(t, i + 1, t.is(that, "that") ? that : that + 1, doc.published, false);
              f.date = d == null ? null : d.date;
            }
            out.add(f);
            break;
          }
        }
      }
    }
  }

  /** Finite verbs that show a clause after a verb of saying is its reported content. */
  private static final Set<String> FINITE = StringSet.of(
      "would", "will", "could", "can", "should", "may", "might", "must", "was", "were", "is", "are",
      "had", "has", "have", "did", "does", "do", "wants", "wanted", "needs", "needed", "remains",
      "remained", "plans", "planned", "hoped", "hopes", "intends", "intended", "won't", "wouldn't",
      "can't", "cannot", "isn't", "wasn't", "aren't", "weren't", "hasn't", "hadn't", "didn't", "doesn't");

  /** Words after a verb of saying that open no reported clause: prepositions, adverbs of manner, "so". */
  private static final Set<String> NOT_CONTENT = StringSet.of(
      "in", "at", "after", "before", "during", "to", "with", "by", "for", "of", "as", "from",
      "about", "so", "not", "only", "nothing", "something", "anything", "what", "when", "while",
      "if", "whether", "and", "but", "or", "more", "repeatedly", "again", "publicly", "privately");

  /** Audiences a verb of saying may name before its content: "told reporters the talks would ...". */
  private static final Set<String> TOLD = StringSet.of("reporters", "journalists", "lawmakers", "parliament", "legislators", "reuters", "afp", "ap", "cnn", "bbc");

  /**
   * The first token of reported content that follows a verb of saying without "that" ("said the
   * talks would resume", "said on Friday it was trying", "told reporters Russia will ..."): a word
   * that opens a clause (no preposition, no finite verb), then a finite verb before any comma; or -1.
   */
  private static int contentAfter(Tokens t, int verb, int to) {
    int k = verb + 1;
    while (k < to && k <= verb + 3 && t.type(k) == Tokens.WORD
        && (Bits.TIME_WORDS.containsLower(t, k) || Bits.TOLD.containsLower(t, k))) {
      k++;
    }
    if (k >= to || t.type(k) != Tokens.WORD || t.is(k, "that") || Lexicon.WEEKDAYS.contains(t.get(k))
        || Bits.NOT_CONTENT.containsLower(t, k) || Bits.FINITE.containsLower(t, k)) {
      return -1; // "said in a statement", "the deal he said would fail": no content of its own here
    }
    for (int j = k + 1; j < Math.min(to, k + 12); j++) {
      if (t.type(j) != Tokens.WORD) {
        if (t.type(j) == Tokens.POSSESSIVE) {
          continue;
        }
        return -1; // a comma or a mark first: no clause of its own
      }
      if (Bits.FINITE.containsLower(t, j)) {
        return j > k ? k : -1;
      }
    }
    return -1;
  }

  /** Verbs of telling, whose addressee and an adjunct may stand before "that": "told X in a call on Monday that". */
  private static final Set<String> TELLING = StringSet.of("told", "tells", "telling", "assured", "assures", "informed",
      "informs");

  /**
   * The "that" opening reported speech after the verb at {@code verb}, allowing "on Friday" between
   * (and, after a verb of telling, its addressee and an adjunct: "told X in a phone call on Monday
   * that"); or -1.
   */
  private static int thatAfter(Tokens t, int verb, int to) {
    int reach = TELLING.contains(t.get(verb)) ? 13 : 5;
    for (int k = verb + 1; k < Math.min(to - 1, verb + reach); k++) {
      if (t.is(k, "that")) {
        return k;
      }
      if (t.type(k) != Tokens.WORD && t.type(k) != Tokens.NUMBER) {
        return -1;
      }
    }
    return -1;
  }

  /** How many words (runs of letters, digits, hyphens and apostrophes) {@code text} holds. */
  static int words(String text) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean part = Character.isLetterOrDigit(c) || Character.isSurrogate(c)
          || in && (c == '-' || c == '\'' || c == '\u2019');
      if (part && !in) {
        n++;
      }
      in = part;
    }
    return n;
  }

  /** Whether {@code text} has a letter or a digit: a statement holds words, not only marks. */
  static boolean hasWords(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  private static boolean hasQuote(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (t.type(i) == Tokens.QUOTE && Chars.isDoubleQuote(t.firstChar(i))) {
        return true;
      }
    }
    return false;
  }

  /** Builds the model value once actor ids are known. */
  static Statement toStatement(Found f) {
    Statement.Builder b = new Statement.Builder()
        .text(f.text)
        .kind(f.kind)
        .span(f.span);
    if (f.speaker != null) {
      b.speaker(f.speaker.id);
    }
    if (f.verb != null) {
      b.verb(f.verb);
    }
    if (f.channel != null) {
      b.channel(f.channel);
    }
    if (f.date != null) {
      b.date(f.date);
    }
    return b.build();
  }
}
