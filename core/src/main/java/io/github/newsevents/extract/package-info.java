/**
 * From an {@link io.github.newsevents.model.Article} to an {@link
 * io.github.newsevents.model.Extraction}. This page is the design in five minutes; the rules
 * themselves are documented where they are written (each stage's methods) and pinned by the tests
 * of {@code core/src/test}, one general pattern of news English per test, on texts of our own.
 *
 * <h2>The pipeline</h2>
 *
 * <p>{@link io.github.newsevents.extract.Extractor#extract} tokenizes the article once ({@code
 * Doc}: one token array per paragraph, each word looked up once in a vocabulary of every listed
 * word, its list memberships kept as bits) and runs the stages in order:
 *
 * <ol>
 *   <li>{@code ActorStage}: people, states, organisations and armed groups, from the gazetteer and
 *       from the shape of names and titles; mentions and aliases are joined into one actor each;
 *   <li>{@code StatementStage}: quotations and reported speech, and who said them;
 *   <li>{@code Discourse}: the article's frame (below);
 *   <li>{@code MeetingStage} and {@code CeasefireStage}: events, each found at a trigger word and
 *       read in its clause, then merged across the article;
 *   <li>the records: immutable {@code Actor}, {@code Statement}, {@code Meeting}, {@code
 *       Ceasefire}, checked by the model's own invariants.
 * </ol>
 *
 * <p>Stages are package-private and stateless; an extractor is immutable and may be shared by any
 * number of threads.
 *
 * <p>Names come from their shape as much as from lists. A body's or a movement's name ends in a head
 * word ("... Liberation Front", "... Protection Force") and keeps the place it is named after ("the
 * Cabo Delgado Liberation Movement"), or opens with its head ("the Movement for Democratic Change",
 * "the Frente Popular del X"); a name before a lower-case noun of a group is a group's ("the X
 * movement"); an acronym in brackets after a name ("(KPA)") stands for it for the rest of the
 * article, before the gazetteer's body of the same letters; a title's head noun ("the minister")
 * refers back to the one person whose title has that head.
 *
 * <h2>Word lists are data</h2>
 *
 * <p>The words that trigger and qualify events (meeting, talks and call words, ceasefire words,
 * words of war and of mediation, negations, modals, reporting verbs and more: see {@link
 * io.github.newsevents.extract.WordList}) live in the resource {@code
 * io/github/newsevents/extract/words.tsv}, one {@code list<TAB>word} line per word. A user extends
 * the lists named by {@code WordList} (meeting, talks, call, ceasefire, war, mediation, pair-noun)
 * without forking: {@code Extractor.builder().addWords(WordList.MEETING, "parley")} makes "parley"
 * a meeting word, and {@code .gazetteer(...)} adds names (a regional armed group as a {@code GROUP}
 * entry). A word matches as written, so each inflected form is added on its own ("parley",
 * "parleys", "parleyed"). Some narrower lists of a single rule are still constants of their stage.
 *
 * <h2>The clause</h2>
 *
 * <p>Every event is read in the clause of its trigger ({@code EventStage.clause}): its sentence,
 * from the last semicolon or colon before the trigger to the first semicolon after it, and never
 * more than 80 tokens either side, so every scan is bounded and extraction stays linear in the
 * length of the text, however long a paragraph. There the event stages read, with the readers
 * they share in {@code EventStage} and {@code Roles}:
 *
 * <ul>
 *   <li><b>status</b> from the verb group: tense ("will meet" planned, "met" held), modality
 *       ("could take place" possible), negation ("no meeting is planned": none), refusal (an event
 *       that is the object of a verb of rejecting is no event held), wishes ("ready for talks": no
 *       event), proposals ("proposed a truce"); each stage maps these cues to its own statuses
 *       ({@code MeetingStage.statusIn}, {@code CeasefireStage.status}, which knows the life of a
 *       truce: proposed, agreed, in force, violated, expired);
 *   <li><b>sides</b> from the arguments: the subject before the verb group (a coordinated subject
 *       gives several), "with", "between" and "among" phrases, a possessive ("the minister's
 *       call"), and, for meetings, the first person of a transcript or a statement (its speaker
 *       label, or the author named in its headline);
 *   <li><b>date</b> (and a meeting's place) from the clause's own stretch, up to the next event
 *       word, so that an event does not take the date of another one in the same sentence.
 * </ul>
 *
 * <p>The meeting stage reads its verb frames with {@code Clause}: a transitive verb and its objects
 * ("A met B"), a light verb and an event noun ("A held talks with B"), a verb of speaking with
 * "with" or "to" ("A spoke by phone with B", adverbials of time and manner allowed between: "spoke
 * this morning on telephone with B"); a subject meeting a list of sides with a verb of its own
 * meets each of them, unless the clause says together. A title's holder named in apposition is the
 * side, not the title's state, across a rank or a readout's style of address ("President of Chile,
 * H.E. Mr. X", "Mali's leader, Colonel Y"); abbreviated titles ("Gen.", "Sen.") are titles, not
 * names. The ceasefire stage does not use {@code
 * Clause}: it reads its parties from the same "between" phrases, the sides named in the clause and
 * the roles below, and turns away those who only report, urge or welcome a truce.
 *
 * <h2>Roles</h2>
 *
 * <p>Not everyone named in a clause takes part. {@code Roles} answers for every stage whether a
 * preposition governs a name (then it is no subject), whether a name is only a possessor, and where
 * the subject starts after an opening phrase. The verb frame then gives roles: the agent of a verb
 * of mediation, active or passive ("brokered", "mediated", "facilitated", "led by"), mediates a
 * ceasefire ({@link io.github.newsevents.model.PartyRole#MEDIATING}); the agent of "proposed" or
 * "offered" proposes it ({@link io.github.newsevents.model.PartyRole#PROPOSING}) and is no party
 * unless it offers the truce to the other side, and so does the owner named before a proposal
 * ("an Egyptian proposal for a truce with Israel"); whoever urges, welcomes or reports a truce is no
 * party, nor the sides a go-between's relative clause names ("Norway, which has mediated between A
 * and B, proposed ...": the truce is A's and B's). The subjects of a clause of the truce's terms
 * ("a truce ..., under which A and B would ...", "whereby", "during which") are the sides it binds.
 * A state's institution from the gazetteer ("the Kremlin", an army) that is a party stands for its
 * state. "Talks hosted by Oman" make Oman the meeting's {@code host}. These frames are read by
 * {@code EventStage.roleAgent}, by {@code CeasefireStage} (its role verbs) and by {@code
 * MeetingStage} (hosts).
 *
 * <h2>The discourse frame</h2>
 *
 * <p>Before the event stages run, {@code Discourse} ranks the article's sides: the states and
 * armed groups it names (a demonym counts for its state), the pairs it coordinates, its main pair
 * (the two sides named most) and its conflict pair (the two named most in sentences of war, less
 * the turns each takes as a go-between). An event whose clause names too few sides takes them from
 * there: "both sides" or "the two countries" are the last coordinated pair, else the main pair ("a
 * truce between the two sides" never takes another name of its clause instead); an
 * agentless "a truce was announced" binds the conflict pair; a ceasefire naming one party binds it
 * with the other side of that pair, never with a go-between the article shows mediating more than
 * fighting. A side named only as the object ("talks with Chile") does not take the pair's other
 * side as subject: the clause's own subject is missing, not unknown. "Government forces", "the army"
 * or "troops" with no state named are the forces of the article's home state: the country most of
 * its states, bodies, groups and places belong to, by a clear margin (made an actor when the article
 * never names it); with no home to go by, beside one of a state's own insurgent groups, that state.
 *
 * <h2>Event coreference</h2>
 *
 * <p>Each stage merges what it found across the article: a definite mention ("the talks", "the
 * call", "that truce") joins the last compatible event of its kind; a mention with the same sides,
 * kind and status nearby adds its date, place and evidence; a change of a ceasefire's status
 * ("proposed", then "rejected" or "violated") updates the ceasefire to the later stage of its life
 * instead of starting another; words that set a mention apart ("an earlier truce", "a second
 * ceasefire", another occasion, another length) keep it apart. Looking back is bounded (the last 24
 * events), which keeps the merge linear too.
 *
 * <h2>Adding a rule</h2>
 *
 * <p>Name the construction it covers (a verb frame, a role, a kind of phrase), write a test with
 * sentences of your own in the test class of that construction, and run {@code
 * ../shared/tools/evaluate} before and after: a rule that lifts the dev corpus and not the sealed
 * check corpus has learnt wording, not news English. Every decision is logged at DEBUG; article
 * text is never logged above DEBUG.
 */
package io.github.newsevents.extract;
