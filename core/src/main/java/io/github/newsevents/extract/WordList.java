package io.github.newsevents.extract;

/**
 * The word lists of the meeting and ceasefire stages that a user may extend through {@link
 * Extractor.Builder#addWords(WordList, String...)}. The defaults are data, in the resource {@code
 * io/github/newsevents/extract/words.tsv} (one {@code list<TAB>word} per line), documented there
 * and in the package documentation.
 *
 * <p>A word added to {@link #MEETING}, {@link #TALKS}, {@link #CALL} or {@link #CEASEFIRE} becomes
 * a trigger of its kind ("parley" as talks); one added to {@link #WAR} or {@link #MEDIATION} tunes
 * how the article's sides are told from its go-betweens; {@link #PAIR_NOUN} adds nouns that, after
 * "both", "two" or "warring", refer to the pair of sides an article is about.
 */
public enum WordList {
  /** Verbs and nouns of in-person meetings: "met", "summit", "visit". */
  MEETING("meeting"),
  /** Nouns of talks: "talks", "negotiations", "dialogue". */
  TALKS("talks"),
  /** Words of calls: "call", "phoned", "conversation". */
  CALL("call"),
  /** Nouns of ceasefires: "ceasefire", "truce", "armistice". */
  CEASEFIRE("ceasefire"),
  /** Words of armed conflict, which show a sentence's sides fighting: "shelling", "troops". */
  WAR("war"),
  /** Words that make the actor next to them a go-between: "mediator", "brokered". */
  MEDIATION("mediation"),
  /** Nouns that, after "both", "two" or "warring", refer to the article's pair of sides. */
  PAIR_NOUN("pair-noun");

  private final String resourceName;

  WordList(String resourceName) {
    this.resourceName = resourceName;
  }

  /** The list's name in {@code words.tsv}. */
  public String resourceName() {
    return resourceName;
  }
}
