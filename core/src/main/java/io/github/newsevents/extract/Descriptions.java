package io.github.newsevents.extract;

import io.github.newsevents.internal.StringSet;
import io.github.newsevents.internal.Tokens;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speakers the text describes instead of naming: "a senior Norwegian official", "a spokesman for
 * the Foreign Ministry", "Norway's foreign ministry", "the president's office", "the European
 * Commission spokesperson". News English introduces such an actor with an indefinite description
 * ("a defence official") and refers back to it with a definite one ("the official"): a bare
 * definite description resolves to the latest actor before it with the same head noun, else to the
 * fuller description that introduced it, else stands for an actor of its own. Each distinct
 * description is one actor, marked unnamed, of kind PERSON (an official), GROUP (officials) or
 * ORGANIZATION (a ministry).
 *
 * <p>One instance per extraction: it collects the article's described actors. Every lookup is
 * bounded (a description spans at most {@value #MAX_WORDS} words, and an introduction is sought
 * at most {@value #LOOK_BACK} paragraphs and {@value #LOOK_BACK_TOKENS} tokens back), so the cost
 * stays linear in the article's length.
 */
final class Descriptions {
  private static final Logger LOG = LoggerFactory.getLogger(Descriptions.class);

  /** Head nouns of one person described: "an official", "the spokeswoman". */
  static final Set<String> PERSON_HEADS = StringSet.of(
      "official", "source", "diplomat", "aide", "spokesman", "spokeswoman", "spokesperson",
      "negotiator", "officer", "adviser", "advisor", "minister", "envoy", "representative",
      "ambassador", "commander", "mediator", "person");

  /** Nouns of unnamed people that "the source" may refer back to. */
  private static final java.util.List<String> SOURCE_INTRODUCTIONS = java.util.List.of(
      "official", "diplomat", "aide", "adviser", "advisor", "negotiator", "officer");

  /** Head nouns of several people described together: "two officials", "the sources". */
  static final Set<String> GROUP_HEADS = StringSet.of(
      "officials", "sources", "diplomats", "aides", "negotiators", "officers", "advisers",
      "advisors", "ministers", "envoys", "representatives", "spokesmen", "spokespeople",
      "mediators", "commanders", "chiefs", "leaders", "people");

  /** Head nouns of an institution described: "the ministry", "the president's office". */
  static final Set<String> INSTITUTION_HEADS = StringSet.of(
      "ministry", "office", "department", "agency", "embassy", "consulate", "commission",
      "government", "presidency", "secretariat", "cabinet", "administration", "army", "military",
      "command");

  /** Prepositions that attach an institution to a person described: "a spokesman for the ministry". */
  private static final Set<String> TAIL_PREPOSITIONS = StringSet.of("for", "of", "at", "from");

  /** Lower-case words allowed in such a tail besides institution nouns: "for the foreign ministry". */
  private static final Set<String> TAIL_WORDS = StringSet.of(
      "the", "of", "and", "foreign", "defence", "defense", "interior", "state", "justice",
      "finance", "trade", "economy", "health", "energy", "affairs", "national", "security",
      "presidential", "prime", "minister's", "president's");

  /** Words a description never contains: they end a noun phrase. */
  private static final Set<String> BREAKS = StringSet.of(
      "and", "or", "but", "who", "which", "that", "with", "by", "in", "on", "as", "to", "was",
      "were", "is", "are", "has", "had", "have", "said", "says", "told");

  static final int MAX_WORDS = 6;
  static final int LOOK_BACK = 12;
  /** Tokens read at most while seeking an introduction. */
  static final int LOOK_BACK_TOKENS = 3_000;

  private final PhraseIndex index;
  private final Doc doc;
  private final ActorStage.Result actors;
  private final Map<String, ActorRec> byDescription = new LinkedHashMap<>();
  private final Map<String, Mentions> mentionsByHead = new HashMap<>();
  /** The actor last described with each head noun. */
  private final Map<String, ActorRec> lastByHead = new HashMap<>();

  Descriptions(PhraseIndex index, Doc doc, ActorStage.Result actors) {
    this.index = index;
    this.doc = doc;
    this.actors = actors;
  }

  /** The actors this extraction described, in order of first description. */
  Collection<ActorRec> all() {
    return byDescription.values();
  }

  /** A description parsed from the tokens of one paragraph. */
  private static final class Parsed {
    Doc.Para para;
    int determiner; // first token: "a", "the", or a possessor's first word
    int from; // first token of the description proper (after "a" or "the")
    int head; // the head noun
    int to; // exclusive end, after any tail ("for the ministry")
    boolean indefinite;
    boolean bare; // "the" and the head noun, nothing between and no tail
  }

  /**
   * The described actor whose description ends right before {@code verb} (one adverb may stand
   * between: "the official later said"), starting no earlier than {@code from}; or null.
   */
  ActorRec endingBefore(Doc.Para p, int from, int verb) {
    Tokens t = p.tokens;
    int end = verb;
    if (end - 1 >= from && t.type(end - 1) == Tokens.WORD && adverb(t.lower(end - 1))) {
      end--;
    }
    // the earliest determiner whose description runs exactly to the verb: "a spokesman for the
    // ministry" wins over "the ministry"
    for (int d = Math.max(from, end - MAX_WORDS - 9); d < end; d++) {
      Parsed x = parse(p, d, end);
      if (x != null && x.to == end) {
        return resolve(p, x);
      }
    }
    return null;
  }

  /** The described actor whose determiner is token {@code at} ("said a senior official"); or null. */
  ActorRec startingAt(Doc.Para p, int at, int limit) {
    Parsed x = parse(p, at, Math.min(limit, p.tokens.size()));
    if (x == null) {
      return null;
    }
    if (x.to + 1 < p.tokens.size() && p.tokens.is(x.to, ",")) {
      for (Mention m : actors.mentions.get(p.index)) {
        if (m.from == x.to + 1 && m.actor.kind == ActorKind.PERSON) {
          return null; // "the president's spokesman, Dmitry Peskov": the name in apposition speaks
        }
      }
    }
    return resolve(p, x);
  }

  /**
   * The described actor that opens the sentence starting at {@code start} as the subject of a
   * verb ("Norway's foreign minister later confirmed ..."), before {@code limit}; or null.
   */
  ActorRec subjectAt(Doc.Para p, int start, int limit) {
    Tokens t = p.tokens;
    Parsed x = parse(p, start, Math.min(limit, t.size()));
    if (x == null) {
      return null;
    }
    int v = x.to;
    if (v < limit && t.type(v) == Tokens.WORD && adverb(t.lower(v))) {
      v++;
    }
    if (v >= limit || t.type(v) != Tokens.WORD || !StatementStage.VERBS.contains(t.lower(v))
        && !StatementStage.INDIRECT_VERBS.contains(t.lower(v))) {
      return null;
    }
    return resolve(p, x);
  }

  private static boolean adverb(String w) {
    return w.equals("also") || w.equals("later") || w.equals("then") || w.equals("earlier")
        || w.equals("again") || w.equals("previously") || w.equals("separately") || w.equals("further")
        || w.length() > 4 && w.endsWith("ly") && !w.equals("early") && !w.equals("family");
  }

  /** A description starting at determiner {@code d} and ending before {@code limit}, or null. */
  private Parsed parse(Doc.Para p, int d, int limit) {
    Tokens t = p.tokens;
    if (d >= limit || t.type(d) != Tokens.WORD) {
      return null;
    }
    Parsed x = new Parsed();
    x.para = p;
    x.determiner = d;
    int k;
    if (t.isIgnoreCase(d, "a") || t.isIgnoreCase(d, "an") || t.isIgnoreCase(d, "one")) {
      x.indefinite = true;
      k = d + 1;
      x.from = k;
    } else if (t.isIgnoreCase(d, "the")) {
      k = d + 1;
      x.from = k;
    } else if (t.capitalised(d) && !(d > 0 && t.type(d - 1) == Tokens.WORD && t.capitalised(d - 1))) {
      // a possessor opens it: "Norway's foreign ministry", "Trump's spokeswoman"
      int e = d;
      while (e < limit && e - d < 4 && t.type(e) == Tokens.WORD && t.capitalised(e)) {
        e++;
      }
      if (e == d || e + 1 >= limit || t.type(e) != Tokens.POSSESSIVE) {
        return null;
      }
      k = e + 1;
      x.from = d;
    } else {
      return null;
    }
    int words = 0;
    for (; k < limit && words <= MAX_WORDS; k++) {
      if (t.type(k) == Tokens.POSSESSIVE) {
        continue; // "the president's office"
      }
      if (t.type(k) != Tokens.WORD) {
        return null;
      }
      String w = t.lower(k);
      // "the president's office", "a ministry spokesman": a noun before another is a modifier
      if (head(w) && !(k + 1 < limit && (t.type(k + 1) == Tokens.POSSESSIVE
          || t.type(k + 1) == Tokens.WORD && head(t.lower(k + 1))))) {
        if (k + 1 < t.size() && t.type(k + 1) == Tokens.WORD && t.capitalised(k + 1)) {
          return null; // "Foreign Minister Ishaq Dar": a title before a name, not a description
        }
        if (named(p.index, k)) {
          return null; // "the Defense Ministry": the actor stage has it by name
        }
        x.head = k;
        x.to = tail(t, k + 1, limit);
        // "the official", "the same source": a definite description that refers back
        x.bare = !x.indefinite && x.from == d + 1 && (k == d + 1 || k == d + 2 && t.is(d + 1, "same")) && x.to == k + 1;
        return x;
      }
      if (BREAKS.contains(w) || StatementStage.VERBS.contains(w)) {
        return null;
      }
      words++;
    }
    return null;
  }

  /** Adjectives and participles that, with their preposition, describe an anonymous source: "familiar with". */
  private static final Map<String, Set<String>> SOURCE_MODIFIERS = Map.of(
      "familiar", Set.of("with"), "close", Set.of("to"), "briefed", Set.of("on", "about"),
      "involved", Set.of("in"), "knowledgeable", Set.of("about"));

  /**
   * The end of the phrase that news English puts after an anonymous source's noun: "familiar with
   * the talks", "close to the president", "briefed on the negotiations", "with knowledge of the
   * matter" (at most five words after the preposition, up to a verb, a comma or a relative
   * pronoun); {@code k} when there is none.
   */
  private static int postModifier(Tokens t, int k, int limit) {
    if (k + 2 >= limit || t.type(k) != Tokens.WORD || t.type(k + 1) != Tokens.WORD) {
      return k;
    }
    String w = t.lower(k);
    int j;
    Set<String> prepositions = SOURCE_MODIFIERS.get(w);
    if (prepositions != null && prepositions.contains(t.lower(k + 1))) {
      j = k + 2;
    } else if (w.equals("with") && t.is(k + 1, "knowledge") && t.is(k + 2, "of")) {
      j = k + 3;
    } else {
      return k;
    }
    int start = j;
    while (j < limit && j < start + 5 && (t.type(j) == Tokens.WORD || t.type(j) == Tokens.POSSESSIVE)) {
      String x = t.lower(j);
      if (StatementStage.VERBS.contains(x) || StatementStage.INDIRECT_VERBS.contains(x) || x.equals("who")
          || x.equals("which") || x.equals("that") || x.equals("and")) {
        break;
      }
      j++;
    }
    return j > start ? j : k;
  }

  /** The end of "for the Foreign Ministry" after a head noun at {@code k - 1}, or {@code k} when there is none. */
  private static int tail(Tokens t, int k, int limit) {
    int post = postModifier(t, k, limit);
    if (post > k) {
      return post;
    }
    if (k + 1 >= limit || t.type(k) != Tokens.WORD || !TAIL_PREPOSITIONS.contains(t.lower(k))) {
      return k;
    }
    int end = k;
    boolean proper = false;
    for (int j = k + 1; j < limit && j <= k + 8; j++) {
      if (t.type(j) == Tokens.POSSESSIVE) {
        continue;
      }
      if (t.type(j) != Tokens.WORD) {
        break;
      }
      String w = t.lower(j);
      if (t.capitalised(j) && !w.equals("the")) {
        proper = true;
        end = j + 1;
      } else if (INSTITUTION_HEADS.contains(w)) {
        proper = true;
        end = j + 1;
      } else if (!TAIL_WORDS.contains(w)) {
        break;
      }
    }
    return proper ? end : k;
  }

  /** Whether token {@code k} of paragraph {@code para} lies inside an actor's name. */
  private boolean named(int para, int k) {
    for (Mention m : actors.mentions.get(para)) {
      if (m.from <= k && k < m.to) {
        return true;
      }
    }
    return false;
  }

  private static boolean head(String lower) {
    return PERSON_HEADS.contains(lower) || GROUP_HEADS.contains(lower) || INSTITUTION_HEADS.contains(lower);
  }

  private static ActorKind kind(String head) {
    if (INSTITUTION_HEADS.contains(head)) {
      return ActorKind.ORGANIZATION;
    }
    return GROUP_HEADS.contains(head) ? ActorKind.GROUP : ActorKind.PERSON;
  }

  private ActorRec resolve(Doc.Para p, Parsed x) {
    Tokens t = p.tokens;
    String head = t.lower(x.head);
    Span span = Span.of(t.start(x.determiner), t.end(x.to - 1));
    ActorRec a;
    if (x.bare) {
      a = antecedent(head, span.start());
      String form = span.of(doc.text); // (made once, for the log too)
      if (a == null) {
        Parsed intro = introduction(p.index, x.determiner, head);
        if (intro == null && head.equals("source")) {
          // "a senior diplomat said ...", then "the source said": the unnamed person introduced
          // last, whatever noun introduced them
          for (String other : SOURCE_INTRODUCTIONS) {
            Parsed o = introduction(p.index, x.determiner, other);
            if (o != null && (intro == null || o.para.index > intro.para.index
                || o.para.index == intro.para.index && o.from > intro.from)) {
              intro = o;
            }
          }
        }
        if (intro == null && head.equals("source")) {
          // "the source said" with no unnamed person before: the speaker just quoted, whom the
          // statement stage knows (see StatementStage#sourceBack); no person called "source"
          return null;
        }
        a = intro != null ? described(intro.para, intro.para.tokens.span(intro.from, intro.to), head, intro)
            : described(p, t.get(x.head), head, x);
      } else {
        LOG.debug("paragraph {}: '{}' refers back to {}", p.index, form, a.name);
      }
      if (!form.equalsIgnoreCase(a.name)) {
        a.forms.add(form);
      }
    } else {
      a = described(p, t.span(x.from, x.to), head, x);
    }
    a.mentions.add(span);
    lastByHead.put(head, a);
    return a;
  }

  private ActorRec described(Doc.Para p, String description, String head, Parsed x) {
    ActorRec a = byDescription.get(description);
    if (a == null) {
      a = new ActorRec(kind(head), description, null);
      a.unnamed = true;
      a.country = index.countryIn(p.tokens, x.from, x.to);
      a.seen(p.index, x.determiner);
      byDescription.put(description, a);
      LOG.debug("paragraph {}: an unnamed {} described as '{}'", p.index, a.kind, description);
    }
    return a;
  }

  /** The latest actor mentioned before {@code offset} whose name ends with the head noun ("the ministry"). */
  private ActorRec antecedent(String head, int offset) {
    ActorRec best = null;
    int bestAt = -1;
    ActorRec last = lastByHead.get(head);
    if (last != null) {
      // described in document order: its latest mention before the offset is near the end
      for (int k = last.mentions.size() - 1; k >= 0; k--) {
        int at = last.mentions.get(k).start();
        if (at < offset) {
          best = last;
          bestAt = at;
          break;
        }
      }
    }
    if (PERSON_HEADS.contains(head)) {
      // "the minister said" after "Foreign Minister Maria Costa": the person last named with a
      // title of that head, when no unnamed one was described with it since
      Mentions m = mentionsOf(TITLED + head);
      int k = Arrays.binarySearch(m.starts, offset);
      k = k >= 0 ? k - 1 : -k - 2;
      if (k >= 0 && m.starts[k] > bestAt) {
        best = m.owners[k];
        bestAt = m.starts[k];
      }
    }
    if (INSTITUTION_HEADS.contains(head) || GROUP_HEADS.contains(head)) {
      Mentions m = mentionsOf(head);
      int k = Arrays.binarySearch(m.starts, offset);
      k = k >= 0 ? k - 1 : -k - 2;
      if (k >= 0 && m.starts[k] > bestAt) {
        best = m.owners[k];
      }
    }
    return best;
  }

  /** Mention starts in order, with the actor each belongs to. */
  private static final class Mentions {
    final int[] starts;
    final ActorRec[] owners;

    Mentions(int[] starts, ActorRec[] owners) {
      this.starts = starts;
      this.owners = owners;
    }
  }

  /** The mentions of the actor stage's organisations and groups whose name ends with {@code head}. */
  private Mentions mentionsOf(String head) {
    Mentions found = mentionsByHead.get(head);
    if (found == null) {
      List<long[]> all = new ArrayList<>();
      List<ActorRec> owners = new ArrayList<>();
      boolean titled = head.startsWith(TITLED);
      String word = titled ? head.substring(TITLED.length()) : head;
      for (ActorRec a : actors.actors) {
        if (titled ? a.kind == ActorKind.PERSON && !a.unnamed && titleEndsWith(a, word)
            : a.kind != ActorKind.PERSON && endsWithWord(a.name, head)) {
          for (Span s : a.mentions) {
            all.add(new long[] {s.start(), owners.size()});
          }
          owners.add(a);
        }
      }
      all.sort((x, y) -> Long.compare(x[0], y[0]));
      int[] starts = new int[all.size()];
      ActorRec[] by = new ActorRec[all.size()];
      for (int k = 0; k < starts.length; k++) {
        starts[k] = (int) all.get(k)[0];
        by[k] = owners.get((int) all.get(k)[1]);
      }
      found = new Mentions(starts, by);
      mentionsByHead.put(head, found);
    }
    return found;
  }

  /** The key prefix of the index of people by the head noun of their titles. */
  private static final String TITLED = "titled:";

  private static boolean titleEndsWith(ActorRec a, String head) {
    for (String title : a.titles) {
      if (endsWithWord(title, head)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithWord(String name, String head) {
    int n = name.length();
    int h = head.length();
    return n >= h && name.regionMatches(true, n - h, head, 0, h) && (n == h || name.charAt(n - h - 1) == ' ');
  }

  /**
   * The description that introduced a head noun before token {@code before} of paragraph
   * {@code para} ("a defence official" for a later "the official"; "the European Commission
   * spokesperson" for a later "the spokesperson"), outside quotation
   * marks, at most {@value #LOOK_BACK} paragraphs and {@value #LOOK_BACK_TOKENS} tokens back; or null.
   */
  private Parsed introduction(int para, int before, String head) {
    int budget = LOOK_BACK_TOKENS;
    for (int q = para; q >= Math.max(0, para - LOOK_BACK) && budget > 0; q--) {
      Doc.Para pq = doc.paras.get(q);
      Tokens t = pq.tokens;
      int end = q == para ? before : t.size();
      for (int i = end - 1; i >= 0 && budget-- > 0; i--) {
        if (t.type(i) != Tokens.WORD || !t.lower(i).equals(head)) {
          continue;
        }
        for (int d = i - 1; d >= Math.max(0, i - MAX_WORDS - 1); d--) {
          if (t.isIgnoreCase(d, "a") || t.isIgnoreCase(d, "an") || t.isIgnoreCase(d, "the")) {
            // "a defence official", or a fuller definite one: "the European Commission spokesperson"
            Parsed x = parse(pq, d, Math.min(t.size(), i + 10));
            if (x != null && x.head == i && !x.bare && !doc.quoted(q, d)) {
              return x;
            }
            break;
          }
        }
      }
    }
    return null;
  }
}
