package io.github.newsevents.testkit.score;

import io.github.newsevents.model.Span;
import io.github.newsevents.model.StatementKind;
import io.github.newsevents.testkit.gold.Gold;
import io.github.newsevents.testkit.gold.GoldActor;
import io.github.newsevents.testkit.gold.GoldCeasefire;
import io.github.newsevents.testkit.gold.GoldMeeting;
import io.github.newsevents.testkit.gold.GoldStatement;
import io.github.newsevents.testkit.score.Prediction.PActor;
import io.github.newsevents.testkit.score.Prediction.PEvent;
import io.github.newsevents.testkit.score.Prediction.PStatement;
import io.github.newsevents.testkit.score.Prediction.Ref;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * One article scored: {@code score_file} of the corpus tool, step for step (the same
 * thresholds, the same greedy one-to-one matching and its order of ties, the same tallies), with
 * every pairing kept as a {@link Finding}. Not thread-safe; one instance per article.
 */
final class ArticleScoring {
  private final Gold gold;
  private final Prediction pred;
  private final Optional<String> text;
  private final Map<Category, Tally> tallies = new EnumMap<>(Category.class);
  private final List<Finding> findings = new ArrayList<>();

  ArticleScoring(Gold gold, Prediction pred, Optional<String> text) {
    this.gold = gold;
    this.pred = pred;
    this.text = text;
    for (Category c : Category.values()) {
      tallies.put(c, new Tally());
    }
  }

  ArticleScore run(String id, Optional<String> problem) {
    statements();
    people();
    events(Category.MEETINGS);
    events(Category.CEASEFIRES);
    ArticleScore.Builder b = new ArticleScore.Builder().id(id).text(text).predictionProblem(problem);
    tallies.forEach((c, t) -> b.putCount(c, t.counts()));
    return b.addAllFindings(findings).build();
  }

  // --- statements

  private void statements() {
    List<GoldStatement> gs = gold.statements().stream()
        .filter(s -> s.kind() == StatementKind.DIRECT).toList();
    List<PStatement> ps = pred.statements.stream().filter(PStatement::direct).toList();
    List<int[]> m = greedyMatch(gs.size(), ps.size(),
        (i, j) -> Text.quoteSimilarity(gs.get(i).quote(), ps.get(j).text()), 0.6);
    boolean[] optional = new boolean[gs.size()];
    for (int i = 0; i < gs.size(); i++) {
      optional[i] = gs.get(i).isOptional();
    }
    Tally t = tallies.get(Category.STATEMENTS);
    int neutral = count(t, optional, ps.size(), m);
    Tally e2e = tallies.get(Category.STATEMENTS_WITH_SPEAKER);
    e2e.gold += gs.size() - count(optional);
    e2e.predicted += ps.size() - neutral;
    Map<Integer, Integer> byGold = new LinkedHashMap<>();
    m.forEach(p -> byGold.put(p[0], p[1]));
    Set<Integer> matchedPred = new HashSet<>(byGold.values());
    for (int i = 0; i < gs.size(); i++) {
      Integer j = byGold.get(i);
      Finding.Builder f = new Finding.Builder().category(Category.STATEMENTS)
          .gold(goldStatement(i, gs.get(i)));
      if (j != null) {
        f.predicted(predStatement(j, ps.get(j)));
      }
      if (optional[i]) {
        f.outcome(Outcome.NEUTRAL);
      } else if (j == null) {
        f.outcome(Outcome.MISS);
      } else {
        boolean ok = goldActorNames(gs.get(i).speaker()).matches(predRefNames(ps.get(j).speaker()));
        t.attribute("speaker", ok);
        if (ok) {
          e2e.matched++;
        }
        f.outcome(Outcome.HIT).putAttribute("speaker", ok);
      }
      findings.add(f.build());
    }
    for (int j = 0; j < ps.size(); j++) {
      if (!matchedPred.contains(j)) {
        findings.add(new Finding.Builder().category(Category.STATEMENTS)
            .outcome(Outcome.FALSE_ALARM).predicted(predStatement(j, ps.get(j))).build());
      }
    }
  }

  private Item goldStatement(int index, GoldStatement s) {
    Item.Builder b = new Item.Builder().index(index)
        .label(s.speaker() + ": " + s.quote())
        .putAttribute("speaker", s.speaker())
        .putAttribute("quote", s.quote());
    if (s.isFragment()) {
      b.putAttribute("fragment", "true");
    }
    if (s.isOptional()) {
      b.putAttribute("optional", "true");
    }
    text.ifPresent(t -> {
      List<String> parts = s.paragraphSegments().isEmpty() ? List.of(s.quote()) : s.paragraphSegments();
      for (String part : parts) {
        Locate.find(t, part).ifPresent(b::addSpan);
      }
    });
    return b.build();
  }

  private Item predStatement(int index, PStatement s) {
    String speaker = pred.shown(s.speaker());
    Item.Builder b = new Item.Builder().index(index)
        .label((speaker.isEmpty() ? "(no speaker)" : speaker) + ": " + s.text())
        .putAttribute("speaker", speaker)
        .putAttribute("quote", s.text());
    if (!s.spans().isEmpty()) {
      b.addAllSpans(fitting(s.spans()));
    } else {
      text.flatMap(t -> Locate.find(t, s.text())).ifPresent(b::addSpan);
    }
    return b.build();
  }

  // --- people

  private void people() {
    List<GoldActor> ga = gold.actors().stream()
        .filter(a -> a.kind() == io.github.newsevents.model.ActorKind.PERSON).toList();
    List<PActor> pa = pred.actors.stream().filter(a -> a.kind().equals("PERSON")).toList();
    List<Set<String>> gNames = new ArrayList<>();
    for (GoldActor a : ga) {
      List<String> names = new ArrayList<>();
      names.add(a.name());
      names.addAll(a.aliases());
      gNames.add(new Names(names).full);
    }
    List<Set<String>> pNames = new ArrayList<>();
    for (PActor a : pa) {
      List<String> names = new ArrayList<>();
      names.add(a.name());
      a.aliases().stream().filter(x -> x.strip().contains(" ")).forEach(names::add);
      pNames.add(new Names(names).full);
    }
    List<int[]> m = greedyMatch(ga.size(), pa.size(),
        (i, j) -> Collections.disjoint(gNames.get(i), pNames.get(j)) ? 0.0 : 1.0, 1.0);
    boolean[] optional = new boolean[ga.size()];
    for (int i = 0; i < ga.size(); i++) {
      optional[i] = ga.get(i).isOptional();
    }
    count(tallies.get(Category.PERSON_ACTORS), optional, pa.size(), m);
    listFindings(Category.PERSON_ACTORS, ga.size(), pa.size(), m, optional,
        i -> new Item.Builder().index(i).label(ga.get(i).name())
            .putAttribute("name", ga.get(i).name())
            .putAttribute("aliases", String.join(", ", ga.get(i).aliases())).build(),
        j -> new Item.Builder().index(j).label(Objects.toString(pa.get(j).name(), "(no name)"))
            .putAttribute("name", Objects.toString(pa.get(j).name(), ""))
            .putAttribute("aliases", String.join(", ", pa.get(j).aliases())).build(),
        Map.of());
  }

  // --- meetings and ceasefires

  private void events(Category category) {
    boolean meetings = category == Category.MEETINGS;
    List<GoldEvent> gl = meetings
        ? gold.meetings().stream().map(GoldEvent::of).toList()
        : gold.ceasefires().stream().map(GoldEvent::of).toList();
    List<PEvent> pl = meetings ? pred.meetings : pred.ceasefires;
    List<List<Names>> gNames = new ArrayList<>();
    for (GoldEvent g : gl) {
      gNames.add(g.refs.stream().map(this::goldActorNames).toList());
    }
    List<List<Names>> pNames = new ArrayList<>();
    for (PEvent p : pl) {
      pNames.add(p.refs().stream().map(this::predRefNames).toList());
    }
    List<int[]> m = greedyMatch(gl.size(), pl.size(), (gi, pj) -> {
      List<Names> a = gNames.get(gi);
      List<Names> b = pNames.get(pj);
      if (a.isEmpty() || b.isEmpty()) {
        return 0.0;
      }
      int hits = overlap(a, b);
      if (hits < Math.min(2, a.size())) {
        return 0.0;
      }
      // equal participant overlap: the pair whose attributes agree more wins the tie
      GoldEvent g = gl.get(gi);
      PEvent p = pl.get(pj);
      int agree = 0;
      agree += p.status().equals(g.status) ? 1 : 0;
      agree += !g.date.isEmpty() && p.date().equals(g.date) ? 1 : 0;
      agree += p.kind().equals(g.kind) ? 1 : 0;
      agree += g.durationDays != null && sameDuration(p.durationDays(), g.durationDays) ? 1 : 0;
      return (double) hits / Math.max(a.size(), b.size()) + 0.001 * agree;
    }, 0.01);
    boolean[] optional = new boolean[gl.size()];
    for (int i = 0; i < gl.size(); i++) {
      optional[i] = gl.get(i).optional;
    }
    Tally t = tallies.get(category);
    count(t, optional, pl.size(), m);
    Map<Integer, Map<String, Boolean>> attributes = new TreeMap<>();
    for (int[] pair : m) {
      int i = pair[0];
      if (optional[i]) {
        continue;
      }
      GoldEvent g = gl.get(i);
      PEvent p = pl.get(pair[1]);
      Map<String, Boolean> judged = new LinkedHashMap<>();
      judged.put("status", p.status().equals(g.status));
      if (!g.date.isEmpty()) {
        judged.put("date", p.date().equals(g.date));
      }
      if (meetings) {
        judged.put("kind", p.kind().equals(g.kind));
        if (!g.location.isEmpty()) {
          judged.put("location", new Names(List.of(g.location)).matches(new Names(List.of(p.location()))));
        }
      } else {
        judged.put("scope", p.scope().equals(g.scope));
        if (g.durationDays != null) {
          judged.put("duration", sameDuration(p.durationDays(), g.durationDays));
        }
      }
      judged.forEach(t::attribute);
      attributes.put(i, judged);
    }
    listFindings(category, gl.size(), pl.size(), m, optional,
        i -> goldEventItem(i, gl.get(i), meetings),
        j -> predEventItem(j, pl.get(j), meetings),
        attributes);
  }

  /** A gold meeting or ceasefire in the form the tool compares it in. */
  private static final class GoldEvent {
    List<String> refs;
    String status;
    String date;
    String kind;
    String location;
    String scope;
    Integer durationDays;
    boolean optional;
    Map<String, String> shown = new LinkedHashMap<>();

    static GoldEvent of(GoldMeeting m) {
      GoldEvent g = new GoldEvent();
      g.refs = m.participants();
      g.status = m.status().name();
      g.date = m.date().map(Object::toString).orElse("");
      g.kind = m.kind().name();
      g.location = m.location().orElse("");
      g.scope = "";
      g.optional = m.isOptional();
      g.shown.put("participants", String.join(", ", m.participants()));
      g.shown.put("kind", g.kind);
      g.shown.put("status", g.status);
      g.shown.put("date", g.date);
      g.shown.put("location", g.location);
      return g;
    }

    static GoldEvent of(GoldCeasefire c) {
      GoldEvent g = new GoldEvent();
      g.refs = c.parties();
      g.status = c.status().name();
      g.date = c.date().map(Object::toString).orElse("");
      g.kind = Optional.ofNullable(c.unknownFields().get("kind"))
          .map(k -> k.startsWith("\"") ? k.substring(1, k.length() - 1) : k)
          .orElse("").toUpperCase(Locale.ROOT);
      g.location = "";
      // str(None).upper() for a scope the file leaves null
      g.scope = c.scope().map(Enum::name).orElse("NONE");
      g.durationDays = c.durationDays().orElse(null);
      g.optional = c.isOptional();
      g.shown.put("parties", String.join(", ", c.parties()));
      g.shown.put("status", g.status);
      g.shown.put("scope", c.scope().map(Enum::name).orElse("") + c.scopeNote().map(n -> " (" + n + ")").orElse(""));
      g.shown.put("duration", c.durationDays().map(d -> d + " days").orElse(""));
      g.shown.put("date", g.date);
      g.shown.put("mediators", String.join(", ", c.mediators()));
      return g;
    }
  }

  private Item goldEventItem(int index, GoldEvent g, boolean meeting) {
    return new Item.Builder().index(index)
        .label(String.join(", ", g.refs) + " (" + g.status + (meeting ? ", " + g.kind : "") + ")")
        .putAllAttributes(g.shown)
        .build();
  }

  private Item predEventItem(int index, PEvent p, boolean meeting) {
    String refs = p.refs().stream().map(pred::shown).collect(Collectors.joining(", "));
    Item.Builder b = new Item.Builder().index(index)
        .label(refs + " (" + p.status() + (meeting ? ", " + p.kind() : "") + ")")
        .putAttribute(meeting ? "participants" : "parties", refs);
    if (meeting) {
      b.putAttribute("kind", p.kind()).putAttribute("status", p.status())
          .putAttribute("date", p.date()).putAttribute("location", p.location());
    } else {
      b.putAttribute("status", p.status()).putAttribute("scope", p.scope())
          .putAttribute("duration", p.durationDays() == null ? ""
              : String.format(Locale.ROOT, "%.0f days", p.durationDays()))
          .putAttribute("date", p.date());
    }
    return b.addAllSpans(fitting(p.spans())).build();
  }

  private static boolean sameDuration(Double predicted, Integer gold) {
    return predicted != null && gold != null && predicted.doubleValue() == gold.doubleValue();
  }

  // --- the tool's helpers

  /** {@code gold_actor_names}: the name, and the name and aliases of every actor going by it. */
  private Names goldActorNames(String name) {
    List<String> names = new ArrayList<>();
    names.add(name);
    String n = Text.norm(name);
    for (GoldActor a : gold.actors()) {
      boolean same = Text.norm(a.name()).equals(n);
      if (!same) {
        for (String alias : a.aliases()) {
          if (Text.norm(alias).equals(n)) {
            same = true;
            break;
          }
        }
      }
      if (same) {
        names.add(a.name());
        names.addAll(a.aliases());
      }
    }
    return new Names(names);
  }

  /**
   * {@code pred_ref_names}: the reference's names, and those of every predicted actor with its
   * id; a state, body or group (not a person) with a country also goes by that country.
   */
  private Names predRefNames(Ref ref) {
    List<String> names = new ArrayList<>(ref.names());
    if (ref.id() != null) {
      for (PActor a : pred.actors) {
        if (Objects.equals(a.id(), ref.id())) {
          if (a.name() != null) {
            names.add(a.name());
          }
          names.addAll(a.aliases());
          if (a.country() != null && !a.country().isEmpty() && !a.kind().equals("PERSON")) {
            names.add(a.country());
          }
        }
      }
    }
    return new Names(names);
  }

  /** How many of {@code a} find a partner in {@code b}, each partner used once, in order. */
  private static int overlap(List<Names> a, List<Names> b) {
    boolean[] used = new boolean[b.size()];
    int hits = 0;
    for (Names x : a) {
      for (int k = 0; k < b.size(); k++) {
        if (!used[k] && x.matches(b.get(k))) {
          used[k] = true;
          hits++;
          break;
        }
      }
    }
    return hits;
  }

  private interface Similarity {
    double of(int gold, int pred);
  }

  /**
   * {@code greedy_match}: every pair at or above {@code threshold}, best first (Python's reverse
   * sort of (similarity, gold index, prediction index) tuples: ties go to the later indices),
   * each item used once.
   */
  static List<int[]> greedyMatch(int golds, int preds, Similarity sim, double threshold) {
    List<double[]> pairs = new ArrayList<>();
    for (int i = 0; i < golds; i++) {
      for (int j = 0; j < preds; j++) {
        double s = sim.of(i, j);
        if (s >= threshold) {
          pairs.add(new double[] {s, i, j});
        }
      }
    }
    pairs.sort((x, y) -> {
      for (int k = 0; k < 3; k++) {
        int c = Double.compare(y[k], x[k]);
        if (c != 0) {
          return c;
        }
      }
      return 0;
    });
    boolean[] usedG = new boolean[golds];
    boolean[] usedP = new boolean[preds];
    List<int[]> matched = new ArrayList<>();
    for (double[] p : pairs) {
      int i = (int) p[1];
      int j = (int) p[2];
      if (!usedG[i] && !usedP[j]) {
        usedG[i] = true;
        usedP[j] = true;
        matched.add(new int[] {i, j});
      }
    }
    return matched;
  }

  /** {@code count}: adds one file's figures; returns how many matches were of optional gold items. */
  private static int count(Tally t, boolean[] optional, int predicted, List<int[]> matched) {
    int neutral = 0;
    for (int[] p : matched) {
      if (optional[p[0]]) {
        neutral++;
      }
    }
    t.gold += optional.length - count(optional);
    t.predicted += predicted - neutral;
    t.matched += matched.size() - neutral;
    return neutral;
  }

  private static int count(boolean[] flags) {
    int n = 0;
    for (boolean f : flags) {
      n += f ? 1 : 0;
    }
    return n;
  }

  private void listFindings(
      Category category, int golds, int preds, List<int[]> m, boolean[] optional,
      IntFunction<Item> goldItem, IntFunction<Item> predItem,
      Map<Integer, Map<String, Boolean>> attributes) {
    Integer[] byGold = new Integer[golds];
    boolean[] matchedPred = new boolean[preds];
    for (int[] p : m) {
      byGold[p[0]] = p[1];
      matchedPred[p[1]] = true;
    }
    for (int i = 0; i < golds; i++) {
      Finding.Builder f = new Finding.Builder().category(category).gold(goldItem.apply(i));
      if (byGold[i] != null) {
        f.predicted(predItem.apply(byGold[i]));
      }
      f.outcome(optional[i] ? Outcome.NEUTRAL : byGold[i] == null ? Outcome.MISS : Outcome.HIT);
      f.putAllAttributes(attributes.getOrDefault(i, Map.of()));
      findings.add(f.build());
    }
    for (int j = 0; j < preds; j++) {
      if (!matchedPred[j]) {
        findings.add(new Finding.Builder().category(category).outcome(Outcome.FALSE_ALARM)
            .predicted(predItem.apply(j)).build());
      }
    }
  }

  /** Spans that lie inside the text (a prediction for another text may carry others). */
  private List<Span> fitting(List<Span> spans) {
    int length = text.map(String::length).orElse(Integer.MAX_VALUE);
    return spans.stream().filter(s -> s.end() <= length).toList();
  }

  /** A tally in the making. */
  private static final class Tally {
    int gold;
    int predicted;
    int matched;
    final Map<String, Integer> judged = new TreeMap<>();
    final Map<String, Integer> agreed = new TreeMap<>();

    void attribute(String name, boolean ok) {
      judged.merge(name, 1, Integer::sum);
      agreed.merge(name, ok ? 1 : 0, Integer::sum);
    }

    Counts counts() {
      return new Counts.Builder().gold(gold).predicted(predicted).matched(matched)
          .putAllJudged(judged).putAllAgreed(agreed).build();
    }
  }
}
