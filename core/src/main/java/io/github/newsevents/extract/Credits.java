package io.github.newsevents.extract;

import io.github.newsevents.internal.Tokens;
import java.util.Set;

/**
 * Credit lines the article parser leaves in the text: "Mark Dolan contributed to this report.",
 * "CNN's Ana Ruiz contributed reporting.", "Compiled by X", "Written by X; edited by Y". The people
 * "Rune Dahl reported from Kyiv", "Follow Hans Lund on X". The people they name wrote or edited the
 * story; they are no people of it (a name the story itself uses elsewhere is found there). Stateless.
 */
final class Credits {
  private Credits() {}

  /** A credit line is short: a paragraph longer than this is the story's own text. */
  private static final int MAX_TOKENS = 40;

  /** The words that, followed by "by", open a credit ("Reporting by", "Additional reporting by"). */
  private static final Set<String> CREDIT_ROLES = Set.of(
      "report", "reporting", "writing", "editing", "written", "edited", "compiled", "additional", "produced",
      "translated", "translation", "research", "photos", "photography", "graphics", "illustration");

  /** What may follow "contributed" in a credit: "to this report", "reporting", or nothing. */
  private static final Set<String> CONTRIBUTED_OBJECTS = Set.of(
      "reporting", "research", "additional", ".");

  private static final Set<String> STORY_NOUNS = Set.of("report", "story", "article", "coverage", "reporting");

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
      if (t.type(k) != Tokens.WORD || !CREDIT_ROLES.contains(t.lower(k))) {
        break;
      }
      if (t.is(k + 1, "by")) {
        return true;
      }
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
