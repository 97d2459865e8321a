package io.github.newsevents.testkit;

import java.util.random.RandomGenerator;

/**
 * Names built from parts, so that no list of real people is involved and memorising names does
 * not pay: given names from syllables (about 9,000 forms), surnames from a root and an ending
 * (about 6,000), groups and places from invented roots.
 */
final class NamePool {
  private static final String[] ONSETS = {
    "B", "D", "F", "G", "H", "K", "L", "M", "N", "P", "R", "S", "T", "V", "Z", "Br", "Dr", "Kr",
    "Tr", "St", "Sh", "Ch", "El", "Al", "Or", "Il", "An", "Jo", "Ma", "Ve"
  };
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ei", "ia", "io", "ou"};
  private static final String[] GIVEN_ENDINGS = {
    "n", "r", "l", "s", "m", "na", "ra", "la", "ko", "lo", "ric", "mir", "tan", "ssa", "dor",
    "lia", "ven", "rek", "mon", "ta", "x", "sha", "nor", "vi", "ld", "rin", "son", "mar", "no",
    ""
  };
  private static final String[] ROOTS = {
    "Vask", "Mor", "Tal", "Ber", "Kov", "Hal", "Dun", "Sel", "Rav", "Ost", "Lind", "Mar", "Pet",
    "Zor", "Kel", "Ant", "Brod", "Cal", "Dar", "Esk", "Fen", "Gor", "Hask", "Ir", "Jask", "Kar",
    "Lom", "Mend", "Nor", "Orl", "Pav", "Quel", "Ros", "Sav", "Tor", "Ulm", "Vel", "Wend", "Yar",
    "Zel", "Bran", "Crest", "Dov", "Elm", "Ferr", "Gal", "Holm", "Ivan", "Jur", "Kest", "Lor",
    "Mald", "Nev", "Oak", "Prem", "Rud", "Stan", "Trev", "Ud", "Vard"
  };
  private static final String[] SURNAME_ENDINGS = {
    "ov", "ova", "enko", "sen", "son", "ani", "ez", "berg", "ides", "escu", "ic", "ski", "ska",
    "oglu", "ström", "ley", "ford", "ari", "elli", "ado", "ayev", "mann", "ek", "uk", "ina",
    "ović", "quist", "oni", "ier", "ault", "ham", "wick", "eira", "ato", "uri", "is", "as", "os",
    "ian", "ev", "ero", "stad", "vik", "mark", "dal", "gaard", "haug", "lund", "ens", "ert", "ino",
    "ard", "ez-Ruiz", "by", "ton", "well", "more", "field", "ing", "and", "oux", "ain", "ell",
    "ett", "ot", "un", "ar", "ir", "ol", "ul", "an", "en", "in", "on", "ak", "ik", "ok", "uk",
    "ay", "ey", "oy", "uy", "ach", "ech", "ich", "och", "uch", "ash", "esh", "ish", "osh", "ush",
    "ada", "eda", "ida", "oda", "uda"
  };
  private static final String[] GROUP_WORDS = {
    "Front", "Movement", "Brigades", "Alliance", "Forces", "Council", "Army", "Union"
  };
  private static final String[] GROUP_ADJECTIVES = {
    "Free", "United", "Popular", "Northern", "Southern", "Eastern", "Western", "Revolutionary",
    "National", "Democratic", "Islamic", "Patriotic"
  };

  private NamePool() {}

  static String given(RandomGenerator r) {
    String s = ONSETS[r.nextInt(ONSETS.length)] + VOWELS[r.nextInt(VOWELS.length)]
        + GIVEN_ENDINGS[r.nextInt(GIVEN_ENDINGS.length)];
    return s.length() < 3 ? s + "n" : s;
  }

  static String surname(RandomGenerator r) {
    return ROOTS[r.nextInt(ROOTS.length)] + SURNAME_ENDINGS[r.nextInt(SURNAME_ENDINGS.length)];
  }

  /** An armed group: "the Free Valmora Front"; the root is an invented place. */
  static String group(RandomGenerator r) {
    return GROUP_ADJECTIVES[r.nextInt(GROUP_ADJECTIVES.length)] + " "
        + ROOTS[r.nextInt(ROOTS.length)] + VOWELS[r.nextInt(5)] + "n "
        + GROUP_WORDS[r.nextInt(GROUP_WORDS.length)];
  }

  /** A town: "Dunavo", "Selmora". */
  static String town(RandomGenerator r) {
    return ROOTS[r.nextInt(ROOTS.length)] + VOWELS[r.nextInt(5)] + new String[] {"vo", "ra", "sk", "grad", "polis", "ton", "dal"}[r.nextInt(7)];
  }
}
