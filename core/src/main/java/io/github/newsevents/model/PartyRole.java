package io.github.newsevents.model;

/**
 * The part an actor plays in a ceasefire when the text says so. A party declares or agrees to stop
 * fighting; a mediator brokers, mediates or hosts the talks that reach it ("a truce brokered by
 * Qatar", "Egypt-mediated"); a proposer puts it forward without being bound by it ("Turkey
 * proposed a 30-day ceasefire between Russia and Ukraine"). Mediators and proposers need not be
 * parties, and are usually not.
 */
public enum PartyRole {
  /** A side that declares or agrees to the ceasefire. */
  DECLARING,
  /** A go-between: it brokers, mediates or hosts. */
  MEDIATING,
  /** It proposes the ceasefire, without being bound by it. */
  PROPOSING
}
