package io.github.newsevents.model;

/**
 * The part an actor plays in a ceasefire when the text says so. A party declares or agrees to stop
 * fighting; a mediator brokers, mediates or hosts the talks that reach it ("a truce brokered by
 * Qatar", "Egypt-mediated"); a proposer puts it forward ("Turkey proposed a 30-day ceasefire
 * between Russia and Ukraine"). Mediators and proposers need not be parties, and are usually not.
 * A proposer may be a party, one that offers the truce to the other side ("Peru offered Chile a
 * truce"); a mediator that is also a party would be a go-between in its own truce, which {@code
 * Validators.standard()} reports as a warning ({@code ceasefire.mediator.is-party}).
 */
public enum PartyRole {
  /** A side that declares or agrees to the ceasefire. */
  DECLARING,
  /** A go-between: it brokers, mediates or hosts. */
  MEDIATING,
  /** It proposes the ceasefire; bound by it only when it is also among the parties. */
  PROPOSING
}
