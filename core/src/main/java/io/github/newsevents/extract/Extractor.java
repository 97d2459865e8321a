package io.github.newsevents.extract;

import io.github.newsevents.gazetteer.Gazetteer;
import io.github.newsevents.internal.Chars;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.Extraction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Extracts actors, statements, meetings and ceasefires from a parsed {@link Article}.
 *
 * <p>Immutable and thread-safe: the gazetteer index and every pattern are built once, when the
 * extractor is; {@link #extract(Article)} keeps no state between calls, so one instance can serve
 * many threads and gives the same result for the same article. Never returns {@code null};
 * throws only {@link NullPointerException} for a {@code null} article.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.defaults();
 * Extraction result = extractor.extract(NewsEvents.parseArticle(text));
 * }</pre>
 */
public final class Extractor {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Extractor.class);

  private static final class Default {
    static final Extractor INSTANCE = new Extractor(Gazetteer.defaults(), Words.NONE);
  }

  private final Gazetteer gazetteer;
  private final ActorStage actors;
  private final StatementStage statements;
  private final MeetingStage meetings;
  private final CeasefireStage ceasefires;

  private final Words words;

  private Extractor(Gazetteer gazetteer, Words words) {
    this.gazetteer = gazetteer;
    this.words = words;
    PhraseIndex index = new PhraseIndex(gazetteer);
    this.actors = new ActorStage(index);
    this.statements = new StatementStage(index, words);
    this.meetings = new MeetingStage(index, words);
    this.ceasefires = new CeasefireStage(index, words);
  }

  /** The extractor with the embedded gazetteer. */
  public static Extractor defaults() {
    return Default.INSTANCE;
  }

  /** An extractor that reads with {@code gazetteer} (for example the defaults plus entries of yours). */
  public static Extractor withGazetteer(Gazetteer gazetteer) {
    return new Extractor(Objects.requireNonNull(gazetteer, "gazetteer"), Words.NONE);
  }

  /**
   * A builder for an extractor of your own: another gazetteer (for a regional armed group's name),
   * words added to the stages' lists (for "parley" as talks).
   *
   * <pre>{@code
   * Extractor extractor = Extractor.builder()
   *     .addWords(WordList.TALKS, "parley", "powwow")
   *     .gazetteer(Gazetteer.defaults().toBuilder().add(myGroup).build())
   *     .build();
   * }</pre>
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Extractor}. Not thread-safe; the extractor it builds is. Words are compared
   * without case; each must be one word (no white space).
   */
  public static final class Builder {
    private Gazetteer gazetteer = Gazetteer.defaults();
    private final java.util.Map<WordList, java.util.Set<String>> added = new java.util.EnumMap<>(WordList.class);

    private Builder() {}

    /** The gazetteer to read with; {@link Gazetteer#defaults()} unless set. */
    public Builder gazetteer(Gazetteer gazetteer) {
      this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
      return this;
    }

    /**
     * Adds {@code words} to {@code list}, on top of its defaults.
     *
     * @throws IllegalArgumentException for a blank word or one with white space inside, naming it
     */
    public Builder addWords(WordList list, String... words) {
      Objects.requireNonNull(list, "list");
      Objects.requireNonNull(words, "words");
      for (String w : words) {
        Objects.requireNonNull(w, "a word of " + list);
        String n = Words.normalise(w);
        if (n.isEmpty() || n.codePoints().anyMatch(Character::isWhitespace)) {
          throw new IllegalArgumentException(list + ": '" + w + "' is not one word");
        }
        added.computeIfAbsent(list, k -> new java.util.LinkedHashSet<>()).add(n);
      }
      return this;
    }

    public Extractor build() {
      return new Extractor(gazetteer, new Words(added));
    }
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** Runs every stage over {@code article}. */
  public Extraction extract(Article article) {
    Objects.requireNonNull(article, "article");
    Doc doc = new Doc(article);
    List<Diagnostic> diagnostics = new ArrayList<>(article.diagnostics());
    ActorStage.Result found = actors.run(doc);
    List<StatementStage.Found> said = statements.run(doc, found, diagnostics);
    Discourse discourse = new Discourse(doc, found, words);
    List<MeetingStage.Found> met = meetings.run(doc, found, said, discourse);
    List<CeasefireStage.Found> truces = ceasefires.run(doc, found, discourse);
    java.util.Set<ActorRec> used = new java.util.HashSet<>();
    for (CeasefireStage.Found c : truces) {
      used.addAll(c.parties);
      used.addAll(c.roles.keySet());
    }
    for (MeetingStage.Found m : met) {
      used.addAll(m.participants);
    }
    discourse.adopt(found.actors, used);
    if (article.published().isEmpty()) {
      diagnostics.add(Diagnostic.of("date.unresolved",
          "the article has no publication date: relative dates (\"on Friday\", \"in March\") stay unresolved"));
    }
    Extraction.Builder b = new Extraction.Builder().article(article);
    java.util.Set<ActorRec> referenced = new java.util.HashSet<>(used);
    for (StatementStage.Found s : said) {
      if (s.speaker != null) {
        referenced.add(s.speaker);
      }
    }
    for (MeetingStage.Found m : met) {
      if (m.host != null) {
        referenced.add(m.host);
      }
    }
    for (ActorRec a : found.actors) {
      if (!referenced.contains(a) && !personCue(a)) {
        LOG.debug("'{}' has no person cue (no title, honorific, speech or event) and ends in a common noun: no person", a.name);
        continue;
      }
      b.addActor(toActor(a));
    }
    // unnamed sources ("a Norwegian official said") come from the statement stage
    java.util.Set<ActorRec> sources = new java.util.LinkedHashSet<>();
    for (StatementStage.Found s : said) {
      if (s.speaker != null && s.speaker.unnamed) {
        sources.add(s.speaker);
      }
    }
    for (ActorRec a : sources) {
      b.addActor(toActor(a));
    }
    // one record per quote: a caption repeating the body, or the same words reported twice
    Repeats quoted = new Repeats(said.size());
    java.util.Set<io.github.newsevents.model.Span> spans = new java.util.HashSet<>();
    for (StatementStage.Found s : said) {
      io.github.newsevents.model.Statement st = StatementStage.toStatement(s);
      if (!quoted.add(st) || st.span().isPresent() && !spans.add(st.span().get())) {
        LOG.debug("a statement repeated: the later one dropped");
        continue;
      }
      b.addStatement(st);
    }
    for (MeetingStage.Found m : met) {
      b.addMeeting(MeetingStage.toMeeting(m));
    }
    for (CeasefireStage.Found c : truces) {
      b.addCeasefire(CeasefireStage.toCeasefire(c));
    }
    return b.addAllDiagnostics(diagnostics).build();
  }

  /**
   * The statements seen so far, to tell one that repeats an earlier one: the same kind, the same
   * speaker and the same words, in any case and however spaced (its text with each run of ASCII
   * white space made one space, in lower case). The words are compared without copying them: a
   * hash of the folded text, then the two texts read side by side; the folded copies are made only
   * for a text that is not ASCII. (The speakers are ids, slugs with no "|": what this compares is
   * what a key of kind, speaker and folded text joined by "|" would.)
   */
  static final class Repeats {
    private final Map<Integer, List<io.github.newsevents.model.Statement>> byHash;

    Repeats(int expected) {
      this.byHash = new HashMap<>(Math.max(4, expected * 2));
    }

    /** Adds {@code st}; false when an earlier statement added (or refused) here is the same one. */
    boolean add(io.github.newsevents.model.Statement st) {
      String speaker = st.speaker().orElse("");
      int h = 31 * (31 * st.kind().ordinal() + speaker.hashCode()) + foldedHash(st.text());
      List<io.github.newsevents.model.Statement> same = byHash.computeIfAbsent(h, x -> new ArrayList<>(1));
      for (io.github.newsevents.model.Statement e : same) {
        if (e.kind() == st.kind() && e.speaker().orElse("").equals(speaker) && sameFolded(e.text(), st.text())) {
          return false;
        }
      }
      same.add(st);
      return true;
    }

    /** The hash code of {@link #folded}{@code (s)}, made without the copy when {@code s} is ASCII. */
    static int foldedHash(String s) {
      int h = 0;
      int n = s.length();
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c >= 128) {
          return folded(s).hashCode();
        }
        if (asciiSpace(c)) {
          while (i + 1 < n && asciiSpace(s.charAt(i + 1))) {
            i++;
          }
          c = ' ';
        } else if (c >= 'A' && c <= 'Z') {
          c += 32;
        }
        h = 31 * h + c;
      }
      return h;
    }

    /** Whether {@link #folded} of {@code a} and {@code b} are equal, read side by side when both are ASCII. */
    static boolean sameFolded(String a, String b) {
      int n = a.length();
      int m = b.length();
      int i = 0;
      int j = 0;
      while (i < n && j < m) {
        char c = a.charAt(i);
        char d = b.charAt(j);
        if (c >= 128 || d >= 128) {
          return folded(a).equals(folded(b)); // (lower case is no longer one ASCII character for one)
        }
        boolean space = asciiSpace(c);
        if (space != asciiSpace(d)) {
          return false;
        }
        if (space) {
          while (i < n && asciiSpace(a.charAt(i))) {
            i++;
          }
          while (j < m && asciiSpace(b.charAt(j))) {
            j++;
          }
          continue;
        }
        if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != (d >= 'A' && d <= 'Z' ? d + 32 : d)) {
          return false;
        }
        i++;
        j++;
      }
      // the rest of the longer one folds to at least one character more
      return i == n && j == m;
    }

    /** The text compared: each run of ASCII white space one space, in lower case. */
    static String folded(String s) {
      return Chars.collapseAsciiSpace(s).toLowerCase(java.util.Locale.ROOT);
    }

    /** The white space {@link Chars#collapseAsciiSpace} collapses. */
    private static boolean asciiSpace(char c) {
      return c == ' ' || c >= '\t' && c <= '\r';
    }
  }

  /** Runs the actor stage only: the actors of {@code article}, in order of first mention. */
  public List<Actor> actors(Article article) {
    Objects.requireNonNull(article, "article");
    List<Actor> out = new ArrayList<>();
    for (ActorRec a : actors.run(new Doc(article)).actors) {
      out.add(toActor(a));
    }
    return out;
  }

  /**
   * Whether a person found by its capitals alone has a cue that it is one: a title, an honorific
   * that gives its gender, or a last word that is no common noun ("Public Works", "Military
   * Operations", "Southeast Asia" are not people). Actors of other kinds always pass.
   */
  private static boolean personCue(ActorRec a) {
    if (a.kind != io.github.newsevents.model.ActorKind.PERSON || a.unnamed || !a.titles.isEmpty() || a.gender != 0) {
      return true;
    }
    String last = a.name.substring(a.name.lastIndexOf(' ') + 1);
    return !Lexicon.COMMON_WORDS.contains(last) && !Lexicon.NOT_NAMES.contains(last);
  }

  private static Actor toActor(ActorRec a) {
    Actor.Builder b = new Actor.Builder()
        .id(a.id)
        .name(a.name)
        .kind(a.kind)
        .addAllTitles(a.titles)
        .unnamed(a.unnamed);
    for (String form : a.forms) {
      if (!form.equals(a.name)) {
        b.addAlias(form);
      }
    }
    // sorted in place, not copied: every stage has run, and the builder copies the list anyway
    a.mentions.sort(null);
    b.addAllMentions(a.mentions);
    if (a.country != null) {
      b.country(a.country);
    }
    if (a.affiliation != null) {
      b.affiliation(a.affiliation);
    }
    return b.build();
  }
}
