package io.github.newsevents.testkit.assertj;

import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Extraction;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a name a test gives stands for an actor id of an extraction: the actor's name, an alias
 * or the id itself, ignoring case; or a surname ("Peskov") against a full name ("Dmitry Peskov"),
 * either way round.
 */
final class Names {
  private Names() {}

  static boolean names(Extraction e, String id, String name) {
    Optional<Actor> actor = e.actor(id);
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    if (id.toLowerCase(Locale.ROOT).equals(wanted)) {
      return true;
    }
    if (actor.isEmpty()) {
      return false;
    }
    Actor a = actor.get();
    if (same(a.name(), wanted)) {
      return true;
    }
    for (String alias : a.aliases()) {
      if (same(alias, wanted)) {
        return true;
      }
    }
    return false;
  }

  private static boolean same(String candidate, String wanted) {
    String c = candidate.strip().toLowerCase(Locale.ROOT);
    if (c.equals(wanted)) {
      return true;
    }
    boolean cOne = c.indexOf(' ') < 0;
    boolean wOne = wanted.indexOf(' ') < 0;
    return (wOne && !cOne && last(c).equals(wanted)) || (cOne && !wOne && last(wanted).equals(c));
  }

  private static String last(String s) {
    return s.substring(s.lastIndexOf(' ') + 1);
  }

  /** The actor's name for {@code id}, or the id when no actor has it. */
  static String shown(Extraction e, String id) {
    return e.actor(id).map(Actor::name).orElse(id);
  }
}
