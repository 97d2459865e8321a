package io.github.newsevents.extract;

import io.github.newsevents.internal.Tokens;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.Place;
import io.github.newsevents.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds meetings, visits, talks and calls. A trigger word names the event and its kind ("met",
 * "talks", "phone call", "video call"); participants come from "between A and B" / "with A" after
 * it or the actors named in its clause; status from tense, modality and negation ("could take
 * place" is POSSIBLE, "will meet" PLANNED, "was called off" CANCELLED, "no meeting is planned"
 * nothing). A definite "the talks"/"the meeting" without participants of its own, and sentences
 * sharing participants with the same kind, add to the meeting already found. Stateless.
 */
final class MeetingStage extends EventStage {
  private static final Logger LOG = LoggerFactory.getLogger(MeetingStage.class);

  static final Set<String> IN_PERSON = Set.copyOf(Arrays.asList(
      "met", "meet", "meets", "meeting", "meetings", "summit", "visit", "visited", "visiting",
      "received", "hosted", "hosts", "host", "hosting", "tête-à-tête", "sat"));
  static final Set<String> TALKS = Set.copyOf(Arrays.asList(
      "talks", "negotiations", "negotiation", "consultations", "dialogue"));
  static final Set<String> CALL = Set.copyOf(Arrays.asList(
      "call", "calls", "conversation", "phoned", "spoke", "spoken", "telephone", "phone"));
  private static final Set<String> CANCELLED = Set.copyOf(Arrays.asList(
      "cancelled", "canceled", "postponed", "scrapped", "off", "cancel", "cancels", "postpone",
      "suspended", "abandoned"));

  private static final Set<String> PRONOUNS = Set.of("he", "she", "his", "her", "He", "She", "His", "Her");

  /** A denial earlier in the clause ("denied a report that they spoke") leaves the meeting disputed. */
  private static final Set<String> DENIALS = Set.of("denied", "denies", "deny", "dismissed", "refuted", "rejected");

  private static final Set<String> OFF = Set.of("off");
  private static final Set<String> CALLED_OFF = Set.of("cancelled", "canceled", "postponed", "scrapped", "suspended");
  private static final Set<String> PLANNED_WORDS = Set.of("will", "would", "planned", "plans", "plan", "scheduled",
      "upcoming", "expected", "next", "due", "tomorrow", "forthcoming", "later", "going");
  private static final Set<String> AGREEING = Set.of("agree", "agreed", "agreeing", "agrees", "proposed");

  /** How many earlier meetings a new mention is compared with. */
  private static final int MERGE_WINDOW = 24;

  MeetingStage(PhraseIndex index) {
    super(index);
  }

  static final class Found {
    final LinkedHashSet<ActorRec> participants = new LinkedHashSet<>();
    Place location;
    PartialDate date;
    MeetingKind kind;
    MeetingStatus status;
    ActorRec host;
    final List<String> topics = new ArrayList<>(1);
    final List<Span> evidence = new ArrayList<>(2);
    int para;
    boolean explicit; // participants named with "between" / "with" / "by"
    int sentence;
    PartialDate sentenceDate; // the date of the sentence that first reports a held meeting
  }

  /** The next meeting trigger word at or after {@code from}, or {@code to}. */
  private static int nextTrigger(Doc.Para p, int from, int to) {
    Tokens t = p.tokens;
    for (int k = from; k < to; k++) {
      if ((p.flags(k) & WordFlags.MEETING) != 0) { // no flag, no trigger: skips lower-casing most words
        String w = lower(t, k);
        if (TALKS.contains(w) || IN_PERSON.contains(w) || CALL.contains(w) && callKind(t, k) != null) {
          return k;
        }
      }
    }
    return to;
  }

  List<Found> run(Doc doc, ActorStage.Result actors) {
    LocalDate published = doc.published;
    List<Found> out = new ArrayList<>();
    for (Doc.Para p : doc.paras) {
      if (p.heading()) {
        continue; // a headline sums up what the body reports
      }
      Tokens t = p.tokens;
      int lastTrigger = -10;
      for (int i = 0; i < t.size(); i++) {
        if ((p.flags(i) & WordFlags.MEETING) == 0) {
          continue;
        }
        String w = lower(t, i);
        MeetingKind kind = null;
        if (TALKS.contains(w)) {
          kind = MeetingKind.TALKS;
        } else if (IN_PERSON.contains(w)) {
          kind = MeetingKind.IN_PERSON;
        } else if (CALL.contains(w)) {
          kind = callKind(t, i);
        }
        if (kind == null || i - lastTrigger < 4) {
          continue;
        }
        int[] c = clause(p, i);
        Found f = meeting(doc, actors, p, i, c[0], c[1], kind, published, nextTrigger(p, i + 4, c[1]), out);
        if (f != null) {
          f.sentence = p.sentenceOf(i);
          lastTrigger = i;
          merge(out, f, t, i);
        }
      }
    }
    for (Found f : out) {
      if (f.kind == MeetingKind.PHONE_CALL && f.participants.size() > 2) {
        // a call has two parties on the line: the two people, when the text names two
        List<ActorRec> people = new ArrayList<>();
        for (ActorRec a : f.participants) {
          if (a.kind == ActorKind.PERSON) {
            people.add(a);
          }
        }
        if (people.size() == 2) {
          f.participants.retainAll(people);
        }
      }
      if (published != null && f.status == MeetingStatus.HELD && f.date != null
          && f.date.firstDay().isAfter(published)) {
        LOG.debug("held meeting dated {} after publication: date dropped", f.date);
        f.date = null;
      }
    }
    out.removeIf(f -> f.participants.size() < 2);
    return out;
  }

  /** A phone or video call, or null when "call" is not about one ("called for", "calls on"). */
  private static MeetingKind callKind(Tokens t, int i) {
    String w = lower(t, i);
    for (int k = Math.max(0, i - 2); k < Math.min(t.size(), i + 3); k++) {
      String x = lower(t, k);
      if (x.equals("video") || x.equals("videoconference") || x.equals("virtual") || x.equals("virtually")) {
        return MeetingKind.VIDEO_CALL;
      }
    }
    if (w.equals("phoned")) {
      return MeetingKind.PHONE_CALL;
    }
    if (w.equals("spoken")) {
      // "he had spoken to Israeli and Lebanese leaders": a round of calls
      return i + 1 < t.size() && (t.is(i + 1, "to") || t.is(i + 1, "with")) ? MeetingKind.PHONE_CALL : null;
    }
    if (w.equals("spoke")) {
      for (int k = i + 1; k < Math.min(t.size(), i + 5); k++) {
        if (t.is(k, "phone") || t.is(k, "telephone")) {
          return MeetingKind.PHONE_CALL;
        }
      }
      return null;
    }
    if (w.equals("phone") || w.equals("telephone")) {
      boolean noun = i + 1 < t.size() && (t.is(i + 1, "call") || t.is(i + 1, "conversation") || t.is(i + 1, "calls")
          || t.is(i + 1, "talks"));
      // "discussed the accord by phone", "spoke over the phone"
      boolean means = i > 0 && (t.is(i - 1, "by") || t.is(i - 1, "the") && i > 1 && (t.is(i - 2, "over") || t.is(i - 2, "on")));
      return noun || means ? MeetingKind.PHONE_CALL : null;
    }
    if (w.equals("conversation")) {
      return MeetingKind.PHONE_CALL;
    }
    // "call" / "calls" as a noun: "a call", "the call", "phone call"; not "called for", "calls on"
    if (i > 0 && (t.is(i - 1, "a") || t.is(i - 1, "the") || t.is(i - 1, "phone") || t.is(i - 1, "their")
        || t.is(i - 1, "telephone") || t.is(i - 1, "his") || t.is(i - 1, "her"))
        && !(i + 1 < t.size() && (t.is(i + 1, "for") || t.is(i + 1, "on")))) {
      return MeetingKind.PHONE_CALL;
    }
    return null;
  }

  private Found meeting(Doc doc, ActorStage.Result actors, Doc.Para p, int trigger, int from, int to,
      MeetingKind kind, LocalDate published, int nextTrigger, List<Found> earlier) {
    Tokens t = p.tokens;
    // negation: "no meeting is planned", "denied that talks took place"
    for (int k = Math.max(from, trigger - 6); k < Math.min(to, trigger + 4); k++) {
      if (t.type(k) == Tokens.WORD && NEGATIONS.contains(lower(t, k))) {
        LOG.debug("paragraph {}: meeting trigger '{}' negated", p.index, t.get(trigger));
        return null;
      }
    }
    Found f = new Found();
    f.kind = kind;
    f.para = p.index;
    List<ActorRec> named = between(actors, p, trigger, to);
    f.explicit = !named.isEmpty();
    int[] w = local(t, trigger, from, to);
    int wFrom = w[0];
    int wTo = Math.min(w[1], nextTrigger);
    ActorRec referred = null;
    if (named.size() < 2) {
      // "Putin's call with Trump", "Zelensky's upcoming visit"
      ActorRec owner = owner(actors, p, trigger);
      if (owner != null) {
        add(named, owner);
      }
      ActorRec subject = pronounSubject(doc, actors, p, trigger, wFrom);
      if (subject != null) {
        add(named, subject);
        referred = subject; // "X said he had spoken to ...": X reports and took part
      }
      if (pluralSubject(t, trigger, wFrom) && !earlier.isEmpty()) {
        // "the pair met", "the two leaders spoke": the participants of the last meeting
        for (ActorRec a : earlier.get(earlier.size() - 1).participants) {
          add(named, a);
        }
      }
    }
    if (named.size() == 1 && f.explicit) {
      // "a phone call with Putin": the other side is the sentence's subject
      ActorRec subject = sentenceSubject(actors, p, trigger, true);
      if (subject != null) {
        add(named, subject);
      }
    }
    boolean quoted = doc.quoted(p.index, trigger);
    if (named.size() < 2 && !f.explicit && !quoted) {
      for (ActorRec a : named(actors, p, wFrom, wTo)) {
        add(named, a);
      }
    }
    // the reporting subject ("the Kremlin said that ...") is not a participant
    int reportVerb = -1;
    for (int k = from; k < trigger; k++) {
      if (t.type(k) == Tokens.WORD && (StatementStage.VERBS.contains(t.get(k)) || DENIALS.contains(t.get(k)))
          && k + 1 < trigger && (t.is(k + 1, "that") || t.is(k + 1, "on") || t.is(k + 1, ",") || t.is(k + 1, "a"))) {
        reportVerb = k;
      }
    }
    for (ActorRec a : named) {
      if (reportVerb >= 0 && !f.explicit && mentionedOnlyBefore(actors, p, a, reportVerb, from)) {
        continue;
      }
      if (!f.explicit && a != referred && speakerOnly(actors, p, a, from, trigger)) {
        continue;
      }
      if (reportsAfter(actors, p, a, trigger, to)) {
        continue; // "X and Y could meet, Kremlin spokesperson Z said": Z reports it
      }
      if (a.kind == ActorKind.ORGANIZATION && affiliationOfAny(named, a)) {
        continue;
      }
      f.participants.add(a);
    }

    // status from modality in the comma-bounded stretch around the trigger
    boolean denied = anyIn(t, from, trigger, DENIALS);
    if (denied) {
      f.status = MeetingStatus.POSSIBLE; // reported by some, denied by others
    } else if (anyIn(t, wFrom, wTo, CANCELLED)
        && (anyIn(t, trigger, wTo, OFF) || anyIn(t, wFrom, wTo, CALLED_OFF))) {
      f.status = MeetingStatus.CANCELLED;
    } else if (anyIn(t, wFrom, wTo, POSSIBLE)) {
      f.status = MeetingStatus.POSSIBLE;
    } else if (anyIn(t, wFrom, wTo, PLANNED_WORDS)
        || anyIn(t, Math.max(wFrom, trigger - 5), trigger, AGREEING)
        || (trigger > 0 && t.is(trigger - 1, "to") && !t.is(trigger, "talks"))) {
      f.status = MeetingStatus.PLANNED;
    } else {
      f.status = MeetingStatus.HELD;
    }
    boolean future = f.status == MeetingStatus.PLANNED || f.status == MeetingStatus.POSSIBLE;
    f.location = location(actors, p, wFrom, wTo);
    f.date = date(p, wFrom, wTo, published, future);
    if (f.date == null && f.status == MeetingStatus.HELD) {
      // "Today, Trump hosted ...", "The Kremlin said on Friday that the meeting ...": the sentence's
      // date, used when no mention of the meeting gives its own
      Dates.Found d = Dates.first(t, from, to, published, false);
      f.sentenceDate = d == null ? null : d.date;
    }
    if (t.is(trigger, "received") || t.is(trigger, "hosted")) {
      for (Mention m : actors.mentions.get(p.index)) {
        if (t.is(trigger, "received") && m.from > trigger && m.from < trigger + 5 && t.is(trigger + 1, "by")) {
          f.host = m.actor;
        } else if (t.is(trigger, "hosted") && m.to <= trigger && m.to >= trigger - 3) {
          f.host = m.actor;
        }
      }
      if (f.host != null) {
        f.participants.add(f.host);
      }
    }
    topics(t, trigger, to, f);
    f.evidence.add(span(p, from, to));
    return f;
  }

  private static final Set<String> PLURAL_HEADS = Set.of("pair", "leaders", "men", "women", "presidents", "sides", "ministers", "two");

  /** "The pair met", "the two leaders last spoke", "They met": a plural subject right before the trigger. */
  private static boolean pluralSubject(Tokens t, int trigger, int from) {
    for (int k = trigger - 1; k >= Math.max(from, trigger - 4); k--) {
      if (t.is(k, "They") || t.is(k, "they")) {
        return true;
      }
      if (t.type(k) == Tokens.WORD && PLURAL_HEADS.contains(t.get(k)) && k > 0
          && (t.is(k - 1, "the") || t.is(k - 1, "The") || t.is(k - 1, "two") || t.is(k - 1, "both") || t.is(k - 1, "Both"))) {
        return true;
      }
    }
    return false;
  }

  /** The actor whose possessive qualifies the trigger: "Putin's call", "Zelensky's upcoming visit". */
  private static ActorRec owner(ActorStage.Result actors, Doc.Para p, int trigger) {
    Tokens t = p.tokens;
    for (int k = trigger - 1; k >= Math.max(1, trigger - 3); k--) {
      if (t.type(k) == Tokens.POSSESSIVE) {
        for (Mention m : actors.mentions.get(p.index)) {
          if (m.to == k) {
            return m.actor;
          }
        }
        return null;
      }
      if (t.type(k) != Tokens.WORD) {
        return null;
      }
    }
    return null;
  }

  /** "where he met": a pronoun subject right before the trigger, resolved to the last person named. */
  private static ActorRec pronounSubject(Doc doc, ActorStage.Result actors, Doc.Para p, int trigger, int from) {
    Tokens t = p.tokens;
    int k = trigger - 1;
    while (k >= from && k >= trigger - 3 && !PRONOUNS.contains(t.get(k))) {
      k--;
    }
    if (k < from || k < 0 || !PRONOUNS.contains(t.get(k))) {
      return null;
    }
    for (int q = p.index; q >= Math.max(0, p.index - 1); q--) {
      List<Mention> ms = actors.mentions.get(q);
      for (int i = ms.size() - 1; i >= 0; i--) {
        Mention m = ms.get(i);
        if (m.actor.kind == ActorKind.PERSON && (q < p.index || m.from < k)) {
          return m.actor;
        }
      }
    }
    return null;
  }

  /** Named only after the trigger, after a comma, as the subject of a reporting verb. */
  private static boolean reportsAfter(ActorStage.Result actors, Doc.Para p, ActorRec a, int trigger, int to) {
    Tokens t = p.tokens;
    boolean reporting = false;
    for (Mention m : actors.mentions.get(p.index)) {
      if (m.actor != a || m.to > to) {
        continue;
      }
      if (m.from < trigger) {
        return false;
      }
      boolean verbAfter = m.to < t.size() && t.type(m.to) == Tokens.WORD && StatementStage.VERBS.contains(t.get(m.to));
      boolean commaBefore = false;
      for (int k = m.from - 1; k > trigger; k--) {
        if (t.is(k, ",")) {
          commaBefore = true;
          break;
        }
        if (t.type(k) != Tokens.WORD) {
          break;
        }
      }
      if (!(verbAfter && commaBefore)) {
        return false;
      }
      reporting = true;
    }
    return reporting;
  }

  /** Named only as the subject of a reporting verb before the trigger ("Peskov described the meeting"). */
  private static boolean speakerOnly(ActorStage.Result actors, Doc.Para p, ActorRec a, int from, int trigger) {
    Tokens t = p.tokens;
    int last = -1;
    for (Mention m : actors.mentions.get(p.index)) {
      if (m.actor == a && m.from >= from) {
        if (m.from > trigger) {
          return false;
        }
        last = m.to;
      }
    }
    if (last < 0) {
      return false;
    }
    for (int k = last; k < trigger; k++) {
      if (t.type(k) == Tokens.WORD && StatementStage.VERBS.contains(t.get(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean affiliationOfAny(List<ActorRec> people, ActorRec org) {
    for (ActorRec a : people) {
      if (a.kind == ActorKind.PERSON && org.name.equals(a.affiliation)) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentionedOnlyBefore(ActorStage.Result actors, Doc.Para p, ActorRec a, int verb, int from) {
    for (Mention m : actors.mentions.get(p.index)) {
      if (m.actor == a && m.from > verb) {
        return false;
      }
    }
    return true;
  }

  /** "focused on the war in Ukraine", "to discuss trade": what the meeting was about. */
  private static void topics(Tokens t, int trigger, int to, Found f) {
    for (int k = trigger; k + 2 < to; k++) {
      boolean on = (t.is(k, "focused") || t.is(k, "focusing") || t.is(k, "centred") || t.is(k, "centered"))
          && t.is(k + 1, "on");
      boolean discuss = t.is(k, "discuss") || t.is(k, "discussed") || t.is(k, "on") && (t.is(k - 1, "talks"));
      if (on || discuss) {
        int s = on ? k + 2 : k + 1;
        if (t.is(s, "the")) {
          s++;
        }
        int e = s;
        while (e < to && e - s < 8 && t.type(e) == Tokens.WORD && !t.is(e, "and") && !t.is(e, "were")
            && !t.is(e, "was") && !t.is(e, "with")) {
          e++;
        }
        if (e > s) {
          String topic = t.span(s, e);
          if (!topic.isBlank() && !f.topics.contains(topic)) {
            f.topics.add(topic);
          }
        }
        return;
      }
    }
  }

  /**
   * Adds {@code f} to an earlier meeting it speaks of, or appends it. The same meeting: a definite
   * "the talks"/"the meeting" in the next paragraphs, or the same kind and status sharing a person.
   */
  private static void merge(List<Found> out, Found f, Tokens t, int trigger) {
    boolean definite = trigger > 0 && (t.is(trigger - 1, "The") || t.is(trigger - 1, "the")
        || t.is(trigger - 1, "that") || t.is(trigger - 1, "This")
        || t.type(trigger - 1) == Tokens.POSSESSIVE && trigger > 1 && Lexicon.WEEKDAYS.contains(t.get(trigger - 2)));
    // the same meeting is spoken of nearby: looking back a bounded number keeps the stage linear
    for (int k = out.size() - 1; k >= Math.max(0, out.size() - MERGE_WINDOW); k--) {
      Found o = out.get(k);
      boolean sameKind = o.kind == f.kind || o.kind != MeetingKind.PHONE_CALL && f.kind != MeetingKind.PHONE_CALL
          && o.kind != MeetingKind.VIDEO_CALL && f.kind != MeetingKind.VIDEO_CALL;
      boolean compatibleDate = o.date == null || f.date == null || o.date.contains(f.date) || f.date.contains(o.date);
      boolean compatiblePlace = o.location == null || f.location == null || o.location.name().equals(f.location.name());
      boolean sameSentence = o.para == f.para && o.sentence == f.sentence
          && sameKind && o.status == f.status && compatibleDate && compatiblePlace && k == out.size() - 1;
      boolean anaphora = sameSentence || definite && sameKind && compatiblePlace && compatibleDate
          && o.status == MeetingStatus.HELD && f.status == MeetingStatus.HELD;
      boolean alike = sameKind && o.status == f.status && compatibleDate && compatiblePlace;
      if (!anaphora && !alike) {
        continue; // nothing to merge: the participants need not be compared
      }
      // the same people: every person of one is in the other (a meeting of Trump and Putin is not
      // the same as one of Trump and Zelensky)
      boolean sharePerson = samePeople(f, o) || samePeople(o, f)
          || sameSides(f, o) || sameSides(o, f);
      if (anaphora || sharePerson && sameKind && o.status == f.status && compatibleDate && compatiblePlace) {
        // "the meeting" adds no one unless it names its participants
        if (!anaphora || f.explicit || sharePerson) {
          o.participants.addAll(f.participants);
        }
        if (o.location == null) {
          o.location = f.location;
        }
        if (o.date == null || f.date != null && o.date.contains(f.date)) {
          o.date = f.date; // the finer date of the same meeting
        }
        if (o.host == null) {
          o.host = f.host;
        }
        for (String topic : f.topics) {
          if (!o.topics.contains(topic)) {
            o.topics.add(topic);
          }
        }
        o.evidence.addAll(f.evidence);
        return;
      }
    }
    out.add(f);
  }

  /** Talks between states or groups only, all of whose sides the other meeting has too. */
  private static boolean sameSides(Found a, Found b) {
    if (a.participants.size() < 2) {
      return false;
    }
    for (ActorRec x : a.participants) {
      if (x.kind == ActorKind.PERSON || !b.participants.contains(x)) {
        return false;
      }
    }
    return true;
  }

  private static boolean samePeople(Found a, Found b) {
    int people = 0;
    for (ActorRec x : a.participants) {
      if (x.kind == ActorKind.PERSON) {
        if (!b.participants.contains(x)) {
          return false;
        }
        people++;
      }
    }
    return people > 0;
  }

  static Meeting toMeeting(Found f) {
    Meeting.Builder b = new Meeting.Builder()
        .addAllParticipants(ids(f.participants))
        .kind(f.kind)
        .status(f.status)
        .addAllTopics(f.topics)
        .addAllEvidence(f.evidence);
    if (f.location != null) {
      b.location(f.location);
    }
    if (f.date != null) {
      b.date(f.date);
    } else if (f.sentenceDate != null) {
      b.date(f.sentenceDate);
    }
    if (f.host != null) {
      b.host(f.host.id);
    }
    return b.build();
  }
}
