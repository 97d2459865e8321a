package io.github.newsevents.extract;

import io.github.newsevents.internal.StringSet;
import io.github.newsevents.internal.Tokens;
import io.github.newsevents.internal.VocabularySet;
import java.util.Set;

/**
 * Credit lines the article parser leaves in the text: "Mark Dolan contributed to this report.",
 * notes about the writer ("Kenji Mori is a correspondent for ...", "About the author: ..."),
 * "CNN's Ana Ruiz contributed reporting.", "Compiled by X", "Written by X; edited by Y". The people
 * "Rune Dahl reported from Kyiv", "Follow Hans Lund on X". The people they name wrote or edited the
 * story; they are no people of it (a name the story itself uses elsewhere is found there). Stateless.
 */
final class Credits {
  private Credits() {}

  /**
   * {@link #CREDIT_ROLES} and {@link #CAPTION_ROLES} as bits over the vocabulary (see {@link
   * KnownWords#members}), in a holder built on first use: {@link KnownWords} reads this class's lists
   * while it builds the vocabulary.
   */
  private static final class Bits {
    static final VocabularySet CREDIT_ROLES = KnownWords.members(Credits.CREDIT_ROLES);
    static final VocabularySet CAPTION_ROLES = KnownWords.members(Credits.CAPTION_ROLES);
  }

  /** A credit line is short: a paragraph longer than this is the story's own text. */
  private static final int MAX_TOKENS = 40;

  /** The words that, followed by "by", open a credit ("Reporting by", "Additional reporting by"). */
  private static final Set<String> CREDIT_ROLES = StringSet.of(
      "report", "reporting", "writing", "editing", "written", "edited", "compiled", "additional", "produced",
      "translated", "translation", "research", "photos", "photography", "graphics", "illustration");

  /** Roles that open a credit sentence inside a caption ("Video by X. Produced by Y."). */
  private static final Set<String> CAPTION_ROLES = StringSet.of(
      "video", "photo", "photos", "photograph", "produced", "filmed", "animation", "design", "designed",
      "map", "maps", "graphic", "graphics", "illustration", "reporting", "editing", "written", "edited");

  /** Journalists' roles that make "X is a correspondent ..." a note about the writer. */
  private static final Set<String> WRITER_ROLES = StringSet.of(
      "correspondent", "reporter", "journalist", "editor", "writer", "columnist", "contributor",
      "producer", "photographer", "photojournalist");

  /** How many words may stand between "is a" and the writer's role: "a senior foreign affairs correspondent". */
  private static final int WRITER_ROLE_REACH = 5;

  /**
   * Whether a sentence starting at token {@code k} is a credit inside a caption or a paragraph
   * ("Video by Ines Moraes.", "Produced by Leo Grant."): a role and "by".
   */
  static boolean opensCredit(Tokens t, int k) {
    // "by" first: asked of every word, the set look-up would make its lower case
    return k + 1 < t.size() && t.is(k + 1, "by") && t.type(k) == Tokens.WORD && Bits.CAPTION_ROLES.containsLower(t, k);
  }

  /** What may follow "contributed" in a credit: "to this report", "reporting", or nothing. */
  private static final Set<String> CONTRIBUTED_OBJECTS = StringSet.of(
      "reporting", "research", "additional", ".");

  private static final Set<String> STORY_NOUNS = StringSet.of("report", "story", "article", "coverage", "reporting");

  /**
   * Whether paragraph {@code p} is a note about the writer ("Kenji Mori is a correspondent for the
   * Daily Star."): a name, "is a", and a journalist's role within a few words. Asked only of an
   * article's last paragraphs, where such notes stand: in the story, "X is a reporter detained in
   * ..." introduces one of its people.
   */
  static boolean writerNote(Doc.Para p) {
    Tokens t = p.tokens;
    int n = t.size();
    if (n == 0 || n > MAX_TOKENS || !t.capitalised(0)) {
      return false;
    }
    for (int k = 1; k + 1 < n && k <= 4; k++) {
      if (t.is(k, "is") && (t.is(k + 1, "a") || t.is(k + 1, "an") || t.is(k + 1, "the"))) {
        for (int r = k + 2; r < n && r <= k + 1 + WRITER_ROLE_REACH; r++) {
          if (t.type(r) == Tokens.WORD && WRITER_ROLES.contains(t.lower(r))) {
            return true;
          }
        }
        return false;
      }
      if (t.type(k) != Tokens.WORD || !t.capitalised(k)) {
        return false;
      }
    }
    return false;
  }

  /** Whether paragraph {@code p} is a credit line rather than the story's text. */
  static boolean line(Doc.Para p) {
    Tokens t = p.tokens;
    int n = t.size();
    if (n == 0 || n > MAX_TOKENS) {
      return false;
    }
    int first = t.is(0, "(") || t.is(0, "[") ? 1 : 0;
    // "Reporting by ...", "(Additional reporting by ...)"
    for (int k = first; k < Math.min(n - 1, first + 2); k++) {
      // a bit test: the first word of most paragraphs is a name or a word of no list, whose lower
      // case would be made for the look-up
      if (t.type(k) != Tokens.WORD || !Bits.CREDIT_ROLES.containsLower(t, k)) {
        break;
      }
      if (t.is(k + 1, "by")) {
        return true;
      }
    }
    // "About the author: ..."
    if (first + 2 < n && t.is(first, "About") && t.is(first + 1, "the") && t.is(first + 2, "author")) {
      return true;
    }
    // "Follow Hans Lund on X": a prompt to follow the writer
    if (t.is(first, "Follow") && n <= 15) {
      return true;
    }
    // "Rune Dahl reported from Kyiv; Anne Moe reported from Moscow."
    if (t.capitalised(first) && n <= 25) {
      for (int k = first + 2; k + 1 < n; k++) {
        if (t.is(k, "reported") && t.is(k + 1, "from") && t.capitalised(k - 1)) {
          return true;
        }
      }
    }
    // "X and Y contributed to this report." / "CNN's X contributed." / "X contributed reporting from Kyiv."
    for (int k = 1; k < n; k++) {
      if (!t.is(k, "contributed")) {
        continue;
      }
      if (k + 1 == n || !t.is(k + 1, "to") && CONTRIBUTED_OBJECTS.contains(t.lower(k + 1))) {
        return true;
      }
      // "to this report", "to the story": not "contributed to the war effort"
      return k + 3 < n && (t.is(k + 2, "this") || t.is(k + 2, "the")) && STORY_NOUNS.contains(t.lower(k + 3));
    }
    return false;
  }
}
