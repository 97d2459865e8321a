package io.github.newsevents.testkit;

import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.CeasefireScope;
import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.StatementKind;
import io.github.newsevents.testkit.gold.Gold;
import io.github.newsevents.testkit.gold.GoldActor;
import io.github.newsevents.testkit.gold.GoldCeasefire;
import io.github.newsevents.testkit.gold.GoldMeeting;
import io.github.newsevents.testkit.gold.GoldStatement;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Generated news articles with known answers: each {@link Fixture} holds the text of an article
 * and the gold a perfect extractor would return for it, in the format of the development corpus.
 *
 * <pre>{@code
 * @ParameterizedTest(name = "seed {0}")
 * @MethodSource("seeds")
 * void findsTheMeetingsOfGeneratedArticles(long seed) {
 *   Fixture article = ArticleScenarios.article(seed);
 *   ArticleScore score = ExtractionScorer.standard().score("s" + seed, article.gold(), myParser.parse(article.text()));
 *   assertThat(score.misses()).as(article.text()).isEmpty();
 * }
 * }</pre>
 *
 * <p><b>What an article holds.</b> A header (an inline {@code date YYYY-MM-DD} line, a date line,
 * or a header block with headline and source), then wire copy (a dateline such as {@code OSLO,
 * March 3 (Reuters) -}) or web copy (headline, byline, noise lines: advertisement slugs, "Also
 * read" headlines with quotes in them, share prompts, agency credits). People are introduced with
 * their title and country ("Norwegian Foreign Minister Arlo Vaskov", "Arlo Vaskov, Norway's foreign
 * minister,") and referred to later by surname, pronoun or title. Items:
 *
 * <ul>
 *   <li>statements, in 34 shapes: attribution before, after and inside the quote, split quotes
 *       (two statements), quotes running over two paragraphs (one statement, joined with a space,
 *       with its {@code paragraph_segments}), fragments, pronouns, definite titles, anonymous
 *       sources (speaker {@code "... (unnamed)"}, {@code speaker_unnamed}, the words the article
 *       describes the source by as its alias, as in the development corpus), questions;
 *   <li>meetings, in 33 shapes: held, planned, possible and cancelled; in person, by phone, by
 *       video link, talks between delegations; hosts, visits and counterparts; a pair of people
 *       has at most one meeting of each status in an article (two would be one meeting told twice);
 *   <li>ceasefires, in 32 shapes: proposed, agreed, in force, violated, rejected and expired;
 *       full or partial (with a scope note), with durations in days, hours or weeks, mediators
 *       and proposers named beside the parties; one ceasefire per pair of parties in an article
 *       (a later one is about the first state's conflict with an armed group), and "after talks
 *       in" a city as an optional meeting of the parties;
 *   <li>distractors that a careful reader does not annotate: scare quotes, quotes in noise lines,
 *       apostrophes, denied and negated meetings ("has not met ... since", only of people the
 *       article reports no meeting of), a ceasefire
 *       mediator next to the parties.
 * </ul>
 *
 * <p>Dates are written relative to the publication date ("on Monday", "yesterday", "on March 3",
 * "later this month") and resolved in the gold as a careful reader resolves them (a weekday to the
 * last such day before publication; "next week" to no date). Names of people, towns and armed
 * groups are built from parts (thousands of given names and surnames), states are real ones.
 *
 * <p><b>Reproducible.</b> An article is a pure function of its seed (or of the generator's
 * state), for a given version of this class: no clock, hash order or shared state is involved.
 * Safe to use from many threads, each with its own {@code RandomGenerator}.
 */
public final class ArticleScenarios {
  /** The number of statement, meeting and ceasefire shapes, for tests of the generator. */
  static final int STATEMENT_SHAPES = 34;
  static final int MEETING_SHAPES = 33;
  static final int CEASEFIRE_SHAPES = 32;

  private ArticleScenarios() {}

  /** The article of {@code seed} ({@link Seeds#random(long)}); named {@code "scenario SEED"}. */
  public static Fixture article(long seed) {
    return article(Seeds.random(seed), "scenario " + seed);
  }

  /** An article drawn from {@code random}, named {@code name}. */
  public static Fixture article(RandomGenerator random, String name) {
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(name, "name");
    return new Writer(random, -1, -1, -1).write(name);
  }

  /**
   * An article whose main statement, meeting and ceasefire take the given shapes (0 to {@link
   * #STATEMENT_SHAPES} - 1 ...; -1 draws one), for tests that want every shape.
   */
  static Fixture article(RandomGenerator random, int statement, int meeting, int ceasefire) {
    return new Writer(random, statement, meeting, ceasefire).write("shapes " + statement + "/" + meeting + "/" + ceasefire);
  }

  // --- the world an article is about

  /** A state: name, adjective, capital. Real states; their capitals as the gazetteer knows them. */
  private static final String[][] STATES = {
    {"Norway", "Norwegian", "Oslo"}, {"Sweden", "Swedish", "Stockholm"},
    {"Finland", "Finnish", "Helsinki"}, {"Poland", "Polish", "Warsaw"},
    {"Hungary", "Hungarian", "Budapest"}, {"Austria", "Austrian", "Vienna"},
    {"Portugal", "Portuguese", "Lisbon"}, {"Greece", "Greek", "Athens"},
    {"Kenya", "Kenyan", "Nairobi"}, {"Ethiopia", "Ethiopian", "Addis Ababa"},
    {"Nigeria", "Nigerian", "Abuja"}, {"Ghana", "Ghanaian", "Accra"},
    {"Brazil", "Brazilian", "Brasilia"}, {"Argentina", "Argentine", "Buenos Aires"},
    {"Chile", "Chilean", "Santiago"}, {"Peru", "Peruvian", "Lima"},
    {"Japan", "Japanese", "Tokyo"}, {"Indonesia", "Indonesian", "Jakarta"},
    {"Vietnam", "Vietnamese", "Hanoi"}, {"Thailand", "Thai", "Bangkok"},
    {"Egypt", "Egyptian", "Cairo"}, {"Jordan", "Jordanian", "Amman"},
    {"Qatar", "Qatari", "Doha"}, {"Oman", "Omani", "Muscat"},
    {"Armenia", "Armenian", "Yerevan"}, {"Azerbaijan", "Azerbaijani", "Baku"},
    {"Georgia", "Georgian", "Tbilisi"}, {"Serbia", "Serbian", "Belgrade"},
    {"Kazakhstan", "Kazakh", "Astana"}, {"Mongolia", "Mongolian", "Ulaanbaatar"},
    {"Canada", "Canadian", "Ottawa"}, {"Mexico", "Mexican", "Mexico City"},
    {"Morocco", "Moroccan", "Rabat"}, {"Algeria", "Algerian", "Algiers"},
    {"Tanzania", "Tanzanian", "Dodoma"}, {"Uganda", "Ugandan", "Kampala"},
    {"Colombia", "Colombian", "Bogota"}, {"Ecuador", "Ecuadorian", "Quito"},
    {"Malaysia", "Malaysian", "Kuala Lumpur"}, {"Philippines", "Philippine", "Manila"}
  };
  /** A state whose English name takes "the", where the text names it without. */
  private static final java.util.regex.Pattern WITH_ARTICLE =
      java.util.regex.Pattern.compile("(?<![Tt]he )\\bPhilippines\\b('s)?");

  /**
   * {@code text} with "the" before the states whose English name takes it ("the Philippines'
   * foreign minister", "The Philippines and Chile agreed ..."); the gold keeps the bare name, as
   * the development corpus and the gazetteer name the state.
   */
  static String withArticle(String text) {
    java.util.regex.Matcher m = WITH_ARTICLE.matcher(text);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String before = text.substring(Math.max(0, m.start() - 2), m.start());
      boolean opening = m.start() == 0 || before.equals(". ") || before.equals("- ");
      m.appendReplacement(b, (opening ? "The " : "the ") + "Philippines" + (m.group(1) != null ? "'" : ""));
    }
    m.appendTail(b);
    return b.toString();
  }

  private static final String[] TITLES = {
    "foreign minister", "defence minister", "president", "prime minister", "special envoy",
    "national security adviser", "chief negotiator", "deputy foreign minister", "interior minister",
    "army chief"
  };
  private static final String[] AGENCIES = {"Reuters", "AP", "AFP"};
  private static final String[] SOURCES = {"Daily Courier", "World Desk", "The Northern Ledger", "Meridian News"};

  private static final class Person {
    final String given;
    final String surname;
    final boolean female;
    final String title;
    final String[] state;
    boolean introduced;

    Person(String given, String surname, boolean female, String title, String[] state) {
      this.given = given;
      this.surname = surname;
      this.female = female;
      this.title = title;
      this.state = state;
    }

    String full() {
      return given + " " + surname;
    }

    String he() {
      return female ? "she" : "he";
    }

    String his() {
      return female ? "her" : "his";
    }
  }

  // --- the writer

  private static final class Writer {
    private final RandomGenerator r;
    private final int statementShape;
    private final int meetingShape;
    private final int ceasefireShape;
    private final LocalDate published;
    private final boolean curly;
    private final List<String> paragraphs = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<String[]> states = new ArrayList<>();
    private final Set<String> surnames = new HashSet<>();
    private final Map<String, GoldActor.Builder> actors = new LinkedHashMap<>();
    private final List<GoldStatement> statements = new ArrayList<>();
    private final List<GoldMeeting> meetings = new ArrayList<>();
    private final List<GoldCeasefire> ceasefires = new ArrayList<>();
    private final Set<String> usedStates = new HashSet<>();
    private final Set<String> ceasefirePairs = new HashSet<>();
    /** Pairs of people with a meeting, and "pair STATUS" for each status they have one of. */
    private final Set<String> meetingStatuses = new HashSet<>();
    private final String town;

    Writer(RandomGenerator r, int statementShape, int meetingShape, int ceasefireShape) {
      this.r = r;
      this.statementShape = statementShape;
      this.meetingShape = meetingShape;
      this.ceasefireShape = ceasefireShape;
      this.published = LocalDate.of(2021, 1, 1).plusDays(r.nextInt(9 * 365));
      this.curly = r.nextInt(4) != 0;
      this.town = NamePool.town(r);
      List<Integer> picked = new ArrayList<>();
      while (picked.size() < 3) {
        int i = r.nextInt(STATES.length);
        if (!picked.contains(i)) {
          picked.add(i);
        }
      }
      picked.forEach(i -> states.add(STATES[i]));
      for (int i = 0; i < 4; i++) {
        people.add(person(states.get(i % 2)));
      }
      if (r.nextBoolean()) {
        people.add(person(states.get(2)));
      }
    }

    private Person person(String[] state) {
      String surname;
      do {
        surname = NamePool.surname(r);
      } while (!surnames.add(surname));
      Set<String> titles = new HashSet<>();
      people.forEach(p -> titles.add(p.title));
      String title;
      do {
        title = TITLES[r.nextInt(TITLES.length)];
      } while (titles.contains(title));
      return new Person(NamePool.given(r), surname, r.nextBoolean(), title, state);
    }

    Fixture write(String name) {
      boolean wire = r.nextBoolean();
      String headline = withArticle(headline());
      // the lead: a held meeting, under a dateline in wire copy
      Person a = people.get(0);
      Person b = people.get(1);
      int leadShape = meetingShape >= 0 ? meetingShape : r.nextInt(MEETING_SHAPES);
      meetingStatuses.add(pair(a, b));
      meetingStatuses.add(pair(a, b) + " " + meetingStatus(leadShape));
      String lead = meeting(leadShape, a, b);
      if (wire) {
        lead = states.get(0)[2].toUpperCase(Locale.ROOT) + ", "
            + published.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
            + published.getDayOfMonth() + " (" + pick(AGENCIES) + ") - " + lead;
      } else {
        paragraphs.add(headline);
        paragraphs.add("By " + NamePool.given(r) + " " + NamePool.surname(r));
      }
      paragraphs.add(lead);
      int items = 2 + r.nextInt(4);
      for (int i = 0; i < items; i++) {
        if (!wire && r.nextInt(3) == 0) {
          paragraphs.add(noise());
        }
        int what = r.nextInt(10);
        Person speaker = people.get(r.nextInt(people.size()));
        if (i == 0 || what < 4) {
          paragraphs.add(statement(i == 0 && statementShape >= 0 ? statementShape : r.nextInt(STATEMENT_SHAPES), speaker));
        } else if (what < 6) {
          paragraphs.add(laterMeeting(people.get(2), people.get(3), speaker));
        } else if (what < 8 || ceasefires.isEmpty()) {
          paragraphs.add(ceasefire(r.nextInt(CEASEFIRE_SHAPES)));
        } else {
          paragraphs.add(distractor());
        }
      }
      if (ceasefireShape >= 0) {
        paragraphs.add(ceasefire(ceasefireShape));
      }
      if (r.nextBoolean()) {
        paragraphs.add(distractor());
      }
      if (!wire) {
        paragraphs.add(pick(new String[] {"(With inputs from agencies)", "Share this article",
            "Subscribe to our newsletter for the latest updates"}));
      }
      StringBuilder text = new StringBuilder();
      String date = published.toString();
      switch (r.nextInt(3)) {
        case 0:
          text.append("date ").append(date).append(' ');
          break;
        case 1:
          text.append("date ").append(date).append("\n\n");
          break;
        default:
          text.append("date: ").append(date).append("\nheadline: ").append(headline)
              .append("\nsource: ").append(pick(SOURCES)).append("\n\n");
      }
      paragraphs.replaceAll(ArticleScenarios::withArticle);
      text.append(String.join("\n\n", paragraphs)).append('\n');
      Gold.Builder gold = new Gold.Builder()
          .article(new io.github.newsevents.testkit.gold.GoldArticle.Builder()
              .date(PartialDate.of(published)).headline(headline).build())
          .addAllStatements(statements).addAllMeetings(meetings).addAllCeasefires(ceasefires)
          .notes("Generated by ArticleScenarios (" + name + ").");
      actors.values().forEach(x -> gold.addActor(x.build()));
      return new Fixture.Builder().name(name).text(text.toString()).gold(gold.build()).build();
    }

    private String headline() {
      // a headline names no event, so that it needs no annotation of its own
      return pick(new String[] {"Pressure grows over the " + town + " crisis",
          "Diplomacy in focus as " + states.get(0)[0] + " weighs its options",
          "What the " + town + " standoff means for the region",
          "Analysis: a long road ahead for " + states.get(0)[1] + " diplomacy"});
    }

    // --- mentions

    private String q(String words) {
      return curly ? "\u201c" + words + "\u201d" : "\"" + words + "\"";
    }

    /** The person as the subject of a sentence: introduced the first time, by surname after. */
    private String name(Person p) {
      actor(p);
      if (p.introduced) {
        return r.nextInt(4) == 0 && p.title.equals("president") ? "President " + p.surname : p.surname;
      }
      p.introduced = true;
      if (r.nextBoolean()) {
        return p.state[1] + " " + capitalized(p.title) + " " + p.full();
      }
      return p.full() + ", " + p.state[0] + "'s " + p.title + ",";
    }

    /** The person in object position: "Norwegian Foreign Minister Arlo Vaskov", later the surname. */
    private String object(Person p) {
      actor(p);
      if (p.introduced) {
        return p.surname;
      }
      p.introduced = true;
      return p.state[1] + " " + capitalized(p.title) + " " + p.full();
    }

    /** The person in object position with a definite title: "the Finnish chief negotiator, Arlo Vaskov,". */
    private String definite(Person p) {
      actor(p);
      if (p.introduced) {
        return p.surname;
      }
      p.introduced = true;
      return "the " + p.state[1] + " " + p.title + ", " + p.full() + ",";
    }

    private void actor(Person p) {
      actors.computeIfAbsent(p.full(), k -> {
        GoldActor.Builder b = new GoldActor.Builder().name(p.full()).kind(ActorKind.PERSON)
            .title(p.title).affiliation(p.state[0]).addAlias(p.surname);
        if (p.title.equals("president")) {
          b.addAlias("President " + p.surname);
        }
        return b;
      });
    }

    private String state(String[] s) {
      actors.computeIfAbsent(s[0], k -> new GoldActor.Builder().name(s[0]).kind(ActorKind.STATE));
      return s[0];
    }

    /**
     * An unnamed source: named {@code "... (unnamed)"} as in the development corpus, with the
     * words the article describes it by as an alias ("a senior Kenyan official"), as there.
     */
    private void anonymous(String name, String described) {
      actors.computeIfAbsent(name, k -> new GoldActor.Builder().name(name).kind(ActorKind.PERSON)
          .addAlias(described));
    }

    // --- statements

    private String quote() {
      String[] subjects = {"We", "Our negotiators", "Both governments", "The two sides", "Our allies",
          "Our delegations", "The people of this region", "My colleagues"};
      String[] verbs = {"are ready to", "will not", "want to", "have agreed to", "cannot",
          "must be able to", "intend to", "are prepared to"};
      String[] actions = {"discuss", "accept", "continue", "support", "reconsider", "rule out",
          "examine", "sign"};
      String[] objects = {"a lasting settlement", "any plan that ignores our borders",
          "the proposals on the table", "an exchange of prisoners", "further talks on the details",
          "a timetable for the withdrawal", "the return of displaced families",
          "a monitoring mission on the ground", "what was agreed last year"};
      String[] tails = {"", " before the end of the year", " in good faith", " without preconditions",
          " at this stage", " if the other side keeps its word", " as soon as possible"};
      String s = pick(subjects) + " " + pick(verbs) + " " + pick(actions) + " " + pick(objects) + pick(tails);
      return r.nextInt(5) == 0 ? s + ". " + pick(new String[] {"That is our position", "It won't be easy",
          "This is not a game", "The door remains open", "Time is running out"}) : s;
    }

    private String fragment() {
      return pick(new String[] {"constructive", "a step in the right direction", "deeply troubling",
          "premature", "very frank", "businesslike and useful", "a serious mistake", "encouraging",
          "unacceptable", "a good beginning"});
    }

    private void said(Person p, String quote, boolean fragment) {
      said(p.full(), quote, fragment, false);
    }

    private void said(String speaker, String quote, boolean fragment, boolean unnamed) {
      GoldStatement.Builder b = new GoldStatement.Builder().speaker(speaker).quote(quote)
          .kind(StatementKind.DIRECT).fragment(fragment);
      if (unnamed) {
        b.speakerUnnamed(true);
      }
      statements.add(b.build());
    }

    /** One paragraph with the statement shape {@code shape} by {@code p}. */
    private String statement(int shape, Person p) {
      String q1 = quote();
      String q2 = quote();
      String f = fragment();
      String city = p.state[2];
      switch (shape) {
        case 0:
          return said(p, q1 + ",", q(q1 + ",") + " " + name(p) + " said.");
        case 1:
          return said(p, q1 + ",", q(q1 + ",") + " said " + object(p) + ".");
        case 2:
          return said(p, q1 + ".", name(p) + " said: " + q(q1 + "."));
        case 3:
          return said(p, q1 + ".", name(p) + " said, " + q(q1 + "."));
        case 4:
          return said(p, q1 + ",", q(q1 + ",") + " " + name(p) + " told reporters in " + city + ".");
        case 5:
          return said(p, q1 + ",", q(q1 + ",") + " " + name(p) + " said in a statement " + past().words + ".");
        case 6: {
          String intro = name(p) + " arrived in " + city + " " + past().words + ". ";
          return said(p, q1 + ",", intro + q(q1 + ",") + " " + p.surname + " added.");
        }
        case 7:
          said(p, q1 + ",", false);
          said(p, q2 + ".", false);
          return q(q1 + ",") + " " + name(p) + " said. " + q(q2 + ".");
        case 8:
          said(p, q1 + ",", false);
          said(p, q2.substring(0, 1).toLowerCase(Locale.ROOT) + q2.substring(1) + ".", false);
          return q(q1 + ",") + " " + name(p) + " said, " + q(q2.substring(0, 1).toLowerCase(Locale.ROOT) + q2.substring(1) + ".");
        case 9:
          return said(p, q1 + ".", name(p) + " wrote on social media: " + q(q1 + "."));
        case 10:
          return said(p, q1 + ".", "In a post on X, " + name(p) + " wrote: " + q(q1 + "."));
        case 11:
          return said(p, "Why should we " + pick(new String[] {"wait", "trust them", "stop now"}) + "?",
              q("Why should we " + last() + "?") + " " + name(p) + " asked.");
        case 12:
        {
          String n = name(p);
          return said(p, q1 + ".", n + (n.endsWith(",") ? "" : ",") + " speaking at a news conference in " + city + ", said: " + q(q1 + "."));
        }
        case 13:
          return said(p, q1 + ".", "Asked about the talks, " + name(p) + " replied: " + q(q1 + "."));
        case 14:
          return said(p, f, name(p) + " called the talks " + q(f) + ".", true);
        case 15:
          return said(p, f, "According to " + object(p) + ", the meeting was " + q(f) + ".", true);
        case 16:
          return said(p, f, name(p) + " described the proposal as " + q(f) + " and asked for more time.", true);
        case 17: {
          String adj = pick(new String[] {"real", "significant", "modest", "genuine"});
          return said(p, adj, name(p) + " said the two sides had made " + q(adj) + " progress.", true);
        }
        case 18: {
          String joined = q1 + ". " + q2 + ".";
          statements.add(new GoldStatement.Builder().speaker(p.full()).quote(joined)
              .kind(StatementKind.DIRECT).fragment(false).addParagraphSegment(q1 + ".")
              .addParagraphSegment(q2 + ".").build());
          actor(p);
          String open = curly ? "\u201c" : "\"";
          String close = curly ? "\u201d" : "\"";
          return name(p) + " said: " + open + q1 + ".\n\n" + open + q2 + "." + close;
        }
        case 19:
          return said(p, q1 + ",", q(q1 + ",") + " " + name(p) + " said, adding that "
              + pick(new String[] {"more talks were needed", "the decision was final", "nothing had been signed"}) + ".");
        case 20:
          return said(p, q1 + ",", q(q1 + ",") + " " + name(p) + " said late " + past().words + ".");
        case 21:
          return said(p, q1 + ".", name(p) + " told state television: " + q(q1 + "."));
        case 22:
          return said(p, q1 + ",", q(q1 + ",") + " " + name(p) + " said in remarks broadcast on state television.");
        case 23: {
          String intro = name(p) + " spoke after the session in " + city + ". ";
          return said(p, q1 + ",", intro + q(q1 + ",") + " " + p.he() + " said.");
        }
        case 24: {
          String intro = name(p) + " met journalists in " + city + ". ";
          said(p, q1 + ",", false);
          said(p, lower(q2) + ".", false);
          return intro + q(q1 + ",") + " " + p.he() + " added, " + q(lower(q2) + ".");
        }
        case 25: {
          String who = "senior " + p.state[1] + " official (unnamed)";
          anonymous(who, "a senior " + p.state[1] + " official");
          said(who, q1 + ",", false, true);
          return q(q1 + ",") + " a senior " + p.state[1] + " official said on condition of anonymity.";
        }
        case 26: {
          String who = "diplomat familiar with the talks (unnamed)";
          anonymous(who, "one diplomat familiar with the talks");
          said(who, q1 + ",", false, true);
          return q(q1 + ",") + " one diplomat familiar with the talks said.";
        }
        case 27:
          return said(p, q1 + ".", name(p) + " insisted: " + q(q1 + "."));
        case 28:
          return said(p, q1, q(q1) + " \u2014 " + object(p) + " said.");
        case 29:
          return said(p, q1 + ".", name(p) + " was quoted by " + p.his() + " office as saying: " + q(q1 + "."));
        case 30: {
          String intro = name(p) + " left " + city + " " + past().words + ". ";
          return said(p, q1 + ",", intro + q(q1 + ",") + " the " + p.title + " said.");
        }
        case 31:
          return said(p, q1 + ".", name(p) + " put it bluntly: " + q(q1 + "."));
        case 32:
          return said(p, f, name(p) + " said that the plan was " + q(f) + ".", true);
        default: {
          String n = name(p);
          return said(p, q1 + ",", q(q1 + ",") + " " + n.replaceAll(",$", "") + ", who arrived in " + city
              + " " + past().words + ", said.");
        }
      }
    }

    private String lastPick;

    private String last() {
      return lastPick;
    }

    private String said(Person p, String quote, String paragraph) {
      return said(p, quote, paragraph, false);
    }

    private String said(Person p, String quote, String paragraph, boolean fragment) {
      actor(p);
      said(p, quote, fragment);
      return paragraph;
    }

    private static String lower(String s) {
      return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    // --- dates

    private static final class When {
      final String words;
      final PartialDate date;

      When(String words, PartialDate date) {
        this.words = words;
        this.date = date;
      }
    }

    /** A day before publication, as a reporter writes it. */
    private When past() {
      switch (r.nextInt(4)) {
        case 0:
          return new When("yesterday", PartialDate.of(published.minusDays(1)));
        case 1:
        case 2: {
          LocalDate d = published.minusDays(1 + r.nextInt(6));
          return new When("on " + d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH), PartialDate.of(d));
        }
        default: {
          LocalDate d = published.minusDays(7 + r.nextInt(40));
          return new When("on " + monthDay(d), PartialDate.of(d));
        }
      }
    }

    /** A day after publication: an explicit date, or "next week" (no date). */
    private When future() {
      if (r.nextInt(4) == 0) {
        return new When("next week", null);
      }
      LocalDate d = published.plusDays(3 + r.nextInt(40));
      return new When("on " + monthDay(d), PartialDate.of(d));
    }

    private String monthDay(LocalDate d) {
      String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      return r.nextBoolean() ? month + " " + d.getDayOfMonth() : d.getDayOfMonth() + " " + month;
    }

    // --- meetings

    private void meet(List<String> who, MeetingKind kind, MeetingStatus status, When when, String place) {
      GoldMeeting.Builder b = new GoldMeeting.Builder().addAllParticipants(who).kind(kind).status(status);
      if (when != null && when.date != null) {
        b.date(when.date);
      }
      if (place != null) {
        b.location(place);
      }
      meetings.add(b.build());
    }

    /**
     * A meeting of {@code a} and {@code b} after the lead, of a status they have no meeting of
     * yet: two shapes of one status about one pair told of one meeting twice ("Jaskdal held talks
     * with Haskay in Yerevan yesterday." under the same sentence with full names), or of two
     * possible meetings that are one; when every status is taken, a statement by {@code speaker}.
     */
    private String laterMeeting(Person a, Person b, Person speaker) {
      List<Integer> open = new ArrayList<>();
      for (int shape = 0; shape < MEETING_SHAPES; shape++) {
        if (!meetingStatuses.contains(pair(a, b) + " " + meetingStatus(shape))) {
          open.add(shape);
        }
      }
      if (open.isEmpty()) {
        return statement(r.nextInt(STATEMENT_SHAPES), speaker);
      }
      int shape = open.get(r.nextInt(open.size()));
      meetingStatuses.add(pair(a, b));
      meetingStatuses.add(pair(a, b) + " " + meetingStatus(shape));
      return meeting(shape, a, b);
    }

    /** The status of meeting shape {@code shape} (shapes are ordered by status). */
    private static MeetingStatus meetingStatus(int shape) {
      return shape <= 18 ? MeetingStatus.HELD : shape <= 24 ? MeetingStatus.PLANNED
          : shape <= 28 ? MeetingStatus.POSSIBLE : MeetingStatus.CANCELLED;
    }

    private static String pair(Person a, Person b) {
      return a.full().compareTo(b.full()) < 0 ? a.full() + "|" + b.full() : b.full() + "|" + a.full();
    }

    /** One paragraph with the meeting shape {@code shape} between {@code a} and {@code b}. */
    private String meeting(int shape, Person a, Person b) {
      String city = a.state[2];
      List<String> ab = List.of(a.full(), b.full());
      When w = past();
      When f = future();
      switch (shape) {
        case 0: {
          String s = name(a) + " met " + object(b) + " in " + city + " " + w.words + ".";
          meet(ab, MeetingKind.IN_PERSON, MeetingStatus.HELD, w, city);
          return s;
        }
        case 1: {
          String s = name(a) + " and " + object(b) + " met in " + city + " " + w.words + ".";
          meet(ab, MeetingKind.IN_PERSON, MeetingStatus.HELD, w, city);
          return s;
        }
        case 2: {
          String s = name(a) + " held talks with " + object(b) + " in " + city + " " + w.words + ".";
          meet(ab, MeetingKind.TALKS, MeetingStatus.HELD, w, city);
          return s;
        }
        case 3: {
          String s = name(a) + " hosted " + object(b) + " in " + city + " " + w.words + ".";
          meet(ab, MeetingKind.IN_PERSON, MeetingStatus.HELD, w, city);
          return s;
        }
        case 4: {
          String s = name(b) + " was received by " + object(a) + " in " + city + " " + w.words + ".";
          meet(List.of(b.full(), a.full()), MeetingKind.IN_PERSON, MeetingStatus.HELD, w, city);
          return s;
        }
        case 5: {
          String s = name(b) + " travelled to " + city + " " + w.words + ", where " + b.he() + " met " + object(a) + ".";
          meet(List.of(b.full(), a.full()), MeetingKind.IN_PERSON, MeetingStatus.HELD, w, city);
          return s;
        }
        case 6: {
          String s = name(a) + " and " + object(b) + " sat down for talks in " + city + " " + w.words + ".";
          meet(ab, MeetingKind.TALKS, MeetingStatus.HELD, w, city);
          return s;
        }
        case 7: {
          // "met his Finnish counterpart, Finnish Chief Negotiator ..." said the nationality twice and
          // made a prime minister's counterpart a negotiator: the title goes in a definite apposition
          String s = capitalized(w.words) + ", " + object(a) + " met " + definite(b) + " in " + city + ".";
          meet(ab, MeetingKind.IN_PERSON, MeetingStatus.HELD, w, city);
          return s;
        }
        case 8: {
          String s = name(a) + " and " + object(b) + " discussed the prisoner exchange at a meeting in "
              + city + " " + w.words + ".";
          meet(ab, MeetingKind.IN_PERSON, MeetingStatus.HELD, w, city);
          return s;
        }
        case 9: {
          String s = name(b) + " visited " + city + " " + w.words + " for talks with " + object(a) + ".";
          meet(List.of(b.full(), a.full()), MeetingKind.TALKS, MeetingStatus.HELD, w, city);
          return s;
        }
        case 10: {
          String s = name(a) + " spoke by phone with " + object(b) + " " + w.words + ".";
          meet(ab, MeetingKind.PHONE_CALL, MeetingStatus.HELD, w, null);
          return s;
        }
        case 11: {
          String s = name(a) + " and " + object(b) + " held a phone call " + w.words + ".";
          meet(ab, MeetingKind.PHONE_CALL, MeetingStatus.HELD, w, null);
          return s;
        }
        case 12: {
          String s = name(a) + " held a telephone conversation with " + object(b) + " " + w.words + ".";
          meet(ab, MeetingKind.PHONE_CALL, MeetingStatus.HELD, w, null);
          return s;
        }
        case 13: {
          String s = "In a phone call " + w.words + ", " + object(a) + " told " + object(b)
              + " that the border crossings would reopen.";
          meet(ab, MeetingKind.PHONE_CALL, MeetingStatus.HELD, w, null);
          return s;
        }
        case 14: {
          String s = name(a) + " called " + object(b) + " " + w.words + " to discuss the release of detainees.";
          meet(ab, MeetingKind.PHONE_CALL, MeetingStatus.HELD, w, null);
          return s;
        }
        case 15: {
          String s = name(a) + " and " + object(b) + " held a video call " + w.words + ".";
          meet(ab, MeetingKind.VIDEO_CALL, MeetingStatus.HELD, w, null);
          return s;
        }
        case 16: {
          String s = name(a) + " spoke with " + object(b) + " by video link " + w.words + ".";
          meet(ab, MeetingKind.VIDEO_CALL, MeetingStatus.HELD, w, null);
          return s;
        }
        case 17: {
          String x = state(a.state);
          String y = state(b.state);
          meet(List.of(x, y), MeetingKind.TALKS, MeetingStatus.HELD, w, city);
          return "Delegations from " + x + " and " + y + " held talks in " + city + " " + w.words + ".";
        }
        case 18: {
          String x = state(a.state);
          String y = state(b.state);
          meet(List.of(x, y), MeetingKind.TALKS, MeetingStatus.HELD, w, city);
          return "Talks between " + x + " and " + y + " took place in " + city + " " + w.words + ".";
        }
        case 19: {
          String s = name(a) + " will meet " + object(b) + " in " + city + " " + f.words + ".";
          meet(ab, MeetingKind.IN_PERSON, MeetingStatus.PLANNED, f, city);
          return s;
        }
        case 20: {
          String s = name(b) + " is scheduled to travel to " + city + " " + f.words + " for talks with " + object(a) + ".";
          meet(List.of(b.full(), a.full()), MeetingKind.TALKS, MeetingStatus.PLANNED, f, city);
          return s;
        }
        case 21: {
          String s = name(a) + " and " + object(b) + " are expected to meet in " + city + " next week.";
          meet(ab, MeetingKind.IN_PERSON, MeetingStatus.PLANNED, null, city);
          return s;
        }
        case 22: {
          String s = name(a) + " will hold talks with " + object(b) + " in " + city + " later this month.";
          meet(ab, MeetingKind.TALKS, MeetingStatus.PLANNED,
              new When("", PartialDate.ofMonth(published.getYear(), published.getMonthValue())), city);
          return s;
        }
        case 23: {
          String s = name(a) + " said " + a.he() + " would call " + object(b) + " " + f.words + ".";
          meet(ab, MeetingKind.PHONE_CALL, MeetingStatus.PLANNED, f, null);
          return s;
        }
        case 24: {
          String s = "A meeting between " + object(a) + " and " + object(b) + " is planned for "
              + f.words.replace("on ", "") + " in " + city + ".";
          meet(ab, MeetingKind.IN_PERSON, MeetingStatus.PLANNED, f, city);
          return s;
        }
        case 25: {
          String s = name(a) + " could meet " + object(b) + " in " + city + " in the coming weeks.";
          meet(ab, MeetingKind.IN_PERSON, MeetingStatus.POSSIBLE, null, city);
          return s;
        }
        case 26: {
          String s = name(a) + " did not rule out a meeting with " + object(b) + ".";
          meet(ab, MeetingKind.IN_PERSON, MeetingStatus.POSSIBLE, null, null);
          return s;
        }
        case 27: {
          String s = "A meeting between " + object(a) + " and " + object(b) + " is possible, officials said.";
          meet(ab, MeetingKind.IN_PERSON, MeetingStatus.POSSIBLE, null, null);
          return s;
        }
        case 28: {
          String s = name(b) + " may travel to " + city + " to meet " + object(a) + ", officials said.";
          meet(List.of(b.full(), a.full()), MeetingKind.IN_PERSON, MeetingStatus.POSSIBLE, null, city);
          return s;
        }
        case 29: {
          String s = name(a) + " cancelled " + a.his() + " planned meeting with " + object(b) + " in " + city + ".";
          meet(ab, MeetingKind.IN_PERSON, MeetingStatus.CANCELLED, null, city);
          return s;
        }
        case 30: {
          String x = state(a.state);
          String y = state(b.state);
          meet(List.of(x, y), MeetingKind.TALKS, MeetingStatus.CANCELLED, f, city);
          return "The talks between " + x + " and " + y + " scheduled for " + f.words.replace("on ", "")
              + " in " + city + " were called off.";
        }
        case 31: {
          String s = "A planned phone call between " + object(a) + " and " + object(b) + " did not take place.";
          meet(ab, MeetingKind.PHONE_CALL, MeetingStatus.CANCELLED, null, null);
          return s;
        }
        default: {
          String s = name(b) + " postponed " + b.his() + " visit to " + city + ", where " + b.he()
              + " was due to meet " + object(a) + ".";
          meet(List.of(b.full(), a.full()), MeetingKind.IN_PERSON, MeetingStatus.CANCELLED, null, city);
          return s;
        }
      }
    }

    // --- ceasefires

    private void truce(List<String> parties, CeasefireScope scope, String note, Integer days,
        When when, CeasefireStatus status, String mediator, String proposer) {
      GoldCeasefire.Builder b = new GoldCeasefire.Builder().addAllParties(parties).scope(scope).status(status);
      if (note != null) {
        b.scopeNote(note);
      }
      if (days != null) {
        b.durationDays(days);
      }
      if (when != null && when.date != null) {
        b.date(when.date);
      }
      if (mediator != null) {
        b.addMediator(mediator);
      }
      if (proposer != null) {
        b.proposer(proposer);
      }
      ceasefires.add(b.build());
    }

    /** One paragraph with the ceasefire shape {@code shape}; the states and group it names become actors. */
    private String ceasefire(int shape) {
      String group = r.nextInt(4) == 0 ? NamePool.group(r) : null;
      // one ceasefire per pair of parties: independent shapes about the same pair told
      // contradictory stories ("Despite the ceasefire, X and Y exchanged fire yesterday." then "A
      // ceasefire between X and Y took effect at midnight yesterday."); later paragraphs are about
      // a conflict of the first state with an armed group
      while (!ceasefirePairs.add(group == null ? "" : group)) {
        group = NamePool.group(r);
      }
      String paragraph = ceasefire(shape, group);
      for (String[] st : states) {
        if (paragraph.contains(st[0])) {
          state(st);
        }
      }
      if (group != null) {
        String armed = group;
        actors.computeIfAbsent(armed, k -> new GoldActor.Builder().name(armed).kind(ActorKind.GROUP));
      }
      return paragraph;
    }

    private String ceasefire(int shape, String group) {
      String x = states.get(0)[0];
      String y = group != null ? group : states.get(1)[0];
      String yText = group == null ? y : "the " + y;
      String m = states.get(2)[0];
      String city = states.get(2)[2];
      int[] daysChoice = {30, 3, 14, 7, 60};
      String[] daysWords = {"30-day", "72-hour", "two-week", "week-long", "60-day"};
      int k = r.nextInt(daysChoice.length);
      int days = daysChoice[k];
      String dw = daysWords[k];
      When w = past();
      List<String> xy = List.of(x, y);
      List<String> yx = List.of(y, x);
      String energy = "energy infrastructure";
      switch (shape) {
        case 0:
          truce(xy, CeasefireScope.FULL, null, days, w, CeasefireStatus.PROPOSED, null, null);
          return x + " proposed a " + dw + " ceasefire with " + yText + " " + w.words + ".";
        case 1:
          truce(xy, CeasefireScope.FULL, null, null, null, CeasefireStatus.PROPOSED, null, m);
          return m + " called on " + x + " and " + yText + " to agree to an immediate ceasefire.";
        case 2:
          truce(xy, CeasefireScope.FULL, null, days, null, CeasefireStatus.PROPOSED, null, m);
          return m + " put forward a plan for a " + dw + " truce between " + x + " and " + yText + ".";
        case 3:
          truce(xy, CeasefireScope.FULL, null, null, null, CeasefireStatus.PROPOSED, null, null);
          return x + " offered " + yText + " a truce over the holiday period.";
        case 4:
          truce(xy, CeasefireScope.PARTIAL, energy, null, w, CeasefireStatus.PROPOSED, null, m);
          return "A proposal for a ceasefire on " + energy + " between " + x + " and " + yText
              + " was presented by " + m + " in " + city + " " + w.words + ".";
        case 5:
          truce(xy, CeasefireScope.FULL, null, null, null, CeasefireStatus.PROPOSED, null, null);
          return x + " said it was ready for a ceasefire with " + yText + " if attacks on civilians stopped.";
        case 6:
          truce(xy, CeasefireScope.FULL, null, days, w, CeasefireStatus.AGREED, null, null);
          return x + " and " + yText + " agreed to a " + dw + " ceasefire " + w.words + ".";
        case 7:
          truce(xy, CeasefireScope.FULL, null, null, w, CeasefireStatus.AGREED, m, null);
          return x + " and " + yText + " agreed " + w.words + " to a ceasefire brokered by " + m + ".";
        case 8:
          truce(xy, CeasefireScope.FULL, null, null, w, CeasefireStatus.AGREED, m, null);
          return "A ceasefire between " + x + " and " + yText + " was agreed in " + city + " " + w.words
              + ", with " + m + " acting as mediator.";
        case 9:
          truce(xy, CeasefireScope.FULL, null, null, w, CeasefireStatus.AGREED, null, null);
          return x + " and " + yText + " signed a truce in " + city + " " + w.words + ".";
        case 10:
          truce(xy, CeasefireScope.PARTIAL, energy, days, null, CeasefireStatus.AGREED, m, null);
          return "Under a deal mediated by " + m + ", " + x + " and " + yText + " agreed to halt attacks on "
              + energy + " for " + days + " days.";
        case 11:
          truce(xy, CeasefireScope.FULL, null, null, null, CeasefireStatus.AGREED, null, null);
          // the talks were held, by the parties presumably, on no given day: debatable, so optional
          meetings.add(new GoldMeeting.Builder().addAllParticipants(xy).kind(MeetingKind.TALKS)
              .status(MeetingStatus.HELD).location(city).optional(true).build());
          return x + " agreed to a ceasefire with " + yText + " after talks in " + city + ".";
        case 12:
          truce(xy, CeasefireScope.FULL, null, null, w, CeasefireStatus.AGREED, null, null);
          return "The two sides, " + x + " and " + yText + ", reached a ceasefire agreement " + w.words + ".";
        case 13:
          truce(xy, CeasefireScope.FULL, null, null, w, CeasefireStatus.IN_FORCE, null, null);
          return "A ceasefire between " + x + " and " + yText + " took effect at midnight " + w.words + ".";
        case 14:
          truce(xy, CeasefireScope.FULL, null, null, null, CeasefireStatus.IN_FORCE, null, null);
          return "The truce between " + x + " and " + yText + " has largely held, residents said.";
        case 15:
          truce(xy, CeasefireScope.FULL, null, days, null, CeasefireStatus.IN_FORCE, null, null);
          return "The " + dw + " ceasefire between " + x + " and " + yText + " remains in force.";
        case 16:
          truce(xy, CeasefireScope.PARTIAL, "humanitarian pause in " + town, null, w, CeasefireStatus.IN_FORCE, null, null);
          return "A humanitarian pause in " + town + " agreed by " + x + " and " + yText + " came into effect " + w.words + ".";
        case 17:
          truce(xy, CeasefireScope.FULL, null, null, w, CeasefireStatus.VIOLATED, null, null);
          return x + " accused " + yText + " of violating the ceasefire " + w.words + ".";
        case 18:
          truce(xy, CeasefireScope.FULL, null, null, w, CeasefireStatus.VIOLATED, null, null);
          return "The truce between " + x + " and " + yText + " was broken " + w.words + " when shelling resumed near " + town + ".";
        case 19:
          truce(yx, CeasefireScope.FULL, null, null, null, CeasefireStatus.VIOLATED, null, null);
          return capitalized(yText) + " said " + x + " had breached the ceasefire several times this month.";
        case 20:
          truce(xy, CeasefireScope.FULL, null, null, w, CeasefireStatus.VIOLATED, null, null);
          return "Despite the ceasefire, " + x + " and " + yText + " exchanged fire " + w.words + ".";
        case 21:
          truce(xy, CeasefireScope.FULL, null, null, null, CeasefireStatus.REJECTED, null, null);
          return x + " rejected a ceasefire proposed by " + yText + ".";
        case 22:
          truce(yx, CeasefireScope.FULL, null, null, null, CeasefireStatus.REJECTED, null, null);
          return capitalized(yText) + " dismissed calls for a truce with " + x + ".";
        case 23:
          truce(xy, CeasefireScope.FULL, null, days, null, CeasefireStatus.REJECTED, null, m);
          return x + " turned down a plan by " + m + " for a " + dw + " truce with " + yText + ".";
        case 24:
          truce(xy, CeasefireScope.FULL, null, null, null, CeasefireStatus.REJECTED, null, null);
          return x + " said it would not accept a ceasefire with " + yText + ".";
        case 25:
          truce(xy, CeasefireScope.FULL, null, days, w, CeasefireStatus.EXPIRED, null, null);
          return "The " + dw + " ceasefire between " + x + " and " + yText + " expired " + w.words + ".";
        case 26:
          truce(xy, CeasefireScope.FULL, null, null, w, CeasefireStatus.EXPIRED, null, null);
          return "The truce between " + x + " and " + yText + " ended " + w.words + " without being renewed.";
        case 27:
          truce(xy, CeasefireScope.FULL, null, null, w, CeasefireStatus.EXPIRED, null, null);
          return x + " and " + yText + " let their ceasefire lapse " + w.words + ".";
        case 28:
          truce(xy, CeasefireScope.FULL, null, null, w, CeasefireStatus.AGREED, null, null);
          return x + " and " + yText + " announced a ceasefire " + w.words + ", officials in " + city + " said.";
        case 29:
          truce(xy, CeasefireScope.PARTIAL, energy, null, null, CeasefireStatus.PROPOSED, null, null);
          return x + " proposed a ceasefire on " + energy + " with " + yText + ".";
        case 30:
          truce(xy, CeasefireScope.PARTIAL, "shipping in the " + town + " strait", days, null,
              CeasefireStatus.AGREED, null, null);
          return x + " and " + yText + " agreed to stop attacks on shipping in the " + town + " strait for "
              + days + " days.";
        default:
          truce(xy, CeasefireScope.FULL, null, null, null, CeasefireStatus.IN_FORCE, m, null);
          return x + " and " + yText + " are observing a ceasefire brokered by " + m + ".";
      }
    }

    // --- what a careful reader leaves out

    private String noise() {
      Person p = people.get(r.nextInt(people.size()));
      switch (r.nextInt(4)) {
        case 0:
          return "Advertisement";
        case 1:
          return "Also read: " + q(quote()) + " says " + p.surname + " as talks drag on";
        case 2:
          return "Watch: " + p.state[2] + " prepares for the summit";
        default:
          return "ADVERTISEMENT";
      }
    }

    private String distractor() {
      Person a = people.get(r.nextInt(people.size()));
      Person b = people.get((people.indexOf(a) + 1) % people.size());
      int kind = r.nextInt(6);
      if ((kind == 1 || kind == 2 || kind == 4) && meetingStatuses.contains(pair(a, b))) {
        // "X has not met Y since 2023" under "X met Y yesterday" contradicts the article
        kind = 0;
      }
      switch (kind) {
        case 0:
          return "Critics dismissed the so-called " + q("road map") + " as a public relations exercise.";
        case 1:
          return name(a) + " denied that " + a.he() + " had met " + object(b) + " in secret.";
        case 2:
          return name(a) + " has not met " + object(b) + " since " + (published.getYear() - 2) + ".";
        case 3:
          return "The region's farmers say the conflict's costs are rising, and the '90s border dispute still weighs on trade.";
        case 4:
          return name(a) + " said there were no plans to meet " + object(b) + ".";
        default:
          return "Officials described the mood at the " + q("working dinner") + " as relaxed.";
      }
    }

    private String pick(String[] values) {
      lastPick = values[r.nextInt(values.length)];
      return lastPick;
    }

    private static String capitalized(String s) {
      StringBuilder b = new StringBuilder();
      for (String w : s.split(" ")) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
      }
      return b.toString();
    }
  }

}
