/**
 * From an {@link io.github.newsevents.model.Article} to an {@link
 * io.github.newsevents.model.Extraction}: {@link io.github.newsevents.extract.Extractor} runs the
 * stages in order (actors; statements; the article's discourse frame; meetings and ceasefires,
 * with their dates) over an article tokenized once. The stages are package-private; an extractor
 * is immutable, keeps no state between calls and may be shared by any number of threads.
 *
 * <h2>How events are read (a five-minute tour)</h2>
 *
 * <p><b>Triggers.</b> A word of a {@link io.github.newsevents.extract.WordList} names the event and
 * its kind: "met", "summit", "visit" (in person), "talks", "another round" (talks), "call",
 * "spoke with" (phone), "ceasefire", "truce" (ceasefire). Some words count only in their frame:
 * "gathered" and "conferred" without an object ("EU leaders gathered in Brussels"), "exchanged
 * views", "shook hands", "an exchange with X", "negotiated with X", "a bilateral with X", and a
 * verb of pausing before the hostilities it stops ("agreed to stop all firing and military
 * action"). A form of "meet" whose object is a thing names no meeting ("met with criticism",
 * "meets the criteria": lists {@code met-reaction} and {@code met-target}). The lists are data, in
 * the resource
 * {@code io/github/newsevents/extract/words.tsv}; {@code Extractor.builder().addWords(...)} adds
 * words of your own ("parley"), {@code .gazetteer(...)} names of your own (a regional armed
 * group).
 *
 * <p><b>The clause.</b> Each trigger is read in its clause: the sentence, cut at semicolons and
 * colons and at most 80 tokens either side (so every scan is bounded and extraction stays linear
 * in one huge paragraph). Inside it the stage reads tense, modality and negation for the status
 * ("will meet" PLANNED, "could take place" POSSIBLE, "was called off" CANCELLED; "did not meet" is
 * no meeting, but "did not discuss tariffs in a call with X" is a call: a negation does not reach
 * past the preposition of an adjunct), refusals (an event that is the object of "ruled out",
 * "rejected" or "turned down" is no meeting and a rejected ceasefire), wishes ("ready for talks",
 * "we need negotiations", "a call for talks", "left the door open for talks": no event), its own time (after "and", a clause with
 * a pronoun subject, "... and they agreed to meet again in May", has a date of its own; a held
 * meeting that names none falls back on its sentence's date only up to the next event word), and
 * the arguments: the subject (coordinated: "A and B spoke"), "with", "between", "by"
 * and "among" phrases, a possessive ("Putin's call"), the first-person narrator of a quotation ("I
 * have just spoken with ..." is its speaker's call, dated the day of the remarks; in a transcript
 * the "I" of a paragraph is the person its speaker label names, "PRESIDENT LOPEZ: ..."; inside a
 * quotation the names it quotes are the clause's sides like any others, while a quotation read
 * from outside gives none), and the main clause's subject when the event sits in an opening
 * adjunct ("During a call with X, Y urged ..."). An apposition naming the object (", Jorge Vidal,")
 * does not end the clause when its place or time follows, nor does a scare quote ("held a
 * “productive” first round of talks"); a relative clause after "during which"
 * or "at which" is an event of its own; a date that determines another event noun ("Friday's
 * meeting") is that event's alone. Talks that "will continue" or "would resume" on a day to come
 * are the next session, planned; an event noun after an infinitive light verb ("agreed to hold
 * another round of talks") or of arranging ("trying to arrange talks", "efforts to set up a
 * meeting") is still to come, and one a verb of missing takes ("missed their planned meeting")
 * or that called-off plans were for ("plans for X to visit Cuba have been canceled") was cancelled;
 * a definite event that "during" governs ("During the call, X invited Y ...") took place; talks that are the topic of a position ("the softening on nuclear talks") are no
 * meeting; "any breach" of a truce is a warning, not a breach; a proposal is dated when it was made,
 * and a date after a verb in the past tense ("informed him on May 10 that ...") lies in the past.
 *
 * <p><b>The verb frame.</b> {@code Clause} reads a meeting verb's arguments the way news English
 * builds them: a transitive verb and its objects ("X met Y"), a light verb and an event noun with
 * "with" ("X held talks with Y", "had a call with Y"), a verb of speaking with "with" or "to"
 * ("spoke by phone with Y on Sunday and with Z on Tuesday"). The subject is the first person of
 * the noun phrase before the verb group ("The prime minister of Norway, Ola Berg, met ..."), or a
 * state's title with no name ("The Chinese foreign minister ... will meet"); a pronoun subject is
 * the subject of the sentences before it along the pronoun chain ("Mr X held talks. He met A. Earlier,
 * he ...": X each time). Each item of the object list is one side: a person; a title whose holder
 * follows in apposition ("his Danish counterpart, Lars Holm"); with no name, the title's state ("his
 * Kenyan counterpart", "Mongolia's president"). A single subject meeting two or more sides with a
 * verb of its own ("X met A, B and C") reports one meeting with each, unless the clause says they
 * met together ("together", "jointly", "trilateral").
 *
 * <p><b>Roles in the clause, shared by every stage.</b> {@code Roles} answers, once for all
 * stages, what part a name plays: a preposition governs it across a determiner, a title and a
 * possessor ("supported by Kenya's former leader X", "talks with the Danish premier"), so it is an
 * object and never the subject; a possessor only qualifies ("Moscow's envoy"); the subject starts
 * after an opening adverbial phrase ("With Norway watching, the Kremlin denied ..."). The meeting
 * and ceasefire stages read a clause's sides with it, and the statement stage the subject of a verb
 * of saying: the name right before the verb, its apposition ("the Kremlin's spokesman, X, said"),
 * the antecedent of a relative pronoun, a document that speaks for its author ("The draft, which
 * ..., says"), and along the coreference chain a pronoun's antecedent (a subject before an object,
 * the newest first, agreeing in gender from an honorific, a title or a given name of the
 * {@code female-name} and {@code male-name} lists).
 *
 * <p><b>Roles by verb frame.</b> Who takes part follows the verb: the agent of "brokered",
 * "mediated", "hosted" or "facilitated" mediates a ceasefire ({@code PartyRole.MEDIATING}), the
 * agent of "proposed" or "offered" proposes it ({@code PartyRole.PROPOSING}); neither is a party,
 * unless the proposer offers the truce to the other side ("Peru offered Chile a truce", "a truce
 * with Chile") or the article shows it fighting. The passive agent of "led", "chaired" or
 * "convened" ("talks on a truce led by Brazil") mediates too, and so do the antecedents of a
 * relative role verb and a co-agent after "along with" ("Egypt and Qatar, which mediated the truce
 * along with the US"). A truce's clause that names no side but "the two generals" or "both
 * commanders" binds the only two people titled so before. At talks, the heads of the sides'
 * delegations ("Peru's delegation was led by X") take part beside their sides. The sides of a civil war are actors too: a
 * non-state armed group named by a noun of insurgency ("the Shining Dawn rebels", "Peruvian rebels",
 * "the rebel group X", "leftist rebels"; a later "the rebels") is a side of its own, never its state;
 * in a war of a state with its own armed group, the state's side is the government body the article
 * names ("government forces", "the Myanmar military junta", "the Peruvian government": a state that
 * meets its own armed group is there as that government, and a bare "the government" across from
 * the group is that side), and a leader who meets the state's own rebels meets them for the state,
 * which joins the meeting beside the leader.
 * "Talks hosted by Oman" name Oman the meeting's host; an event word that is the object of "host"
 * is that event ("offered to host a round of talks between A and B": A and B's talks, the offerer
 * their host). A visit ("visited Mongolia", "a trip to Havana", "X is due in Lima") is a meeting of
 * the visitor with the state visited (with the head of state the article names when the side is
 * that head's seat: "will visit the White House"), unless it is made for an event reported ("travelled to Quito
 * for the negotiations": attending those). The gathering of an intergovernmental body ("the NATO
 * summit", "the summit of the African Union") is the body's own meeting among its members, with
 * the person the clause shows taking part ("X told the summit"); a summit after "at" is the setting
 * of the meeting before it ("agreed to meet at a summit in Astana"). A subject that reports, urges or
 * welcomes ("the US urged a truce", "..., the Kremlin said") is not a party. A person and their
 * own state or delegation are one side, so never a meeting on their own. A guest described by
 * "visiting" ("told visiting Foreign Minister Y") and a person one appears "alongside" ("speaking
 * alongside President Y") met the clause's subject; the members after "including" of a plural
 * object that names no one ("met several counterparts, including A and B") are met one by one. A
 * truce that names the one side declaring it "unilateral" binds that side only, and no truce binds
 * an actor the text says it "excludes". A state that negotiates a truce with no side of its own
 * ("is working with partners to negotiate a permanent ceasefire in Sudan") works for others: a
 * go-between, and so is the subject of an active verb of mediation whose object is the event
 * ("Brazil brokered talks between Peru and Chile"). A proposal one side answers ("Peru rejected a
 * ceasefire proposal by Chile") keeps its proposer, that side's foe, among the parties. The visitor
 * of "Y said X would visit Lima" or "Y invited X to visit Lima" is X, named before the verb group.
 * Groups act as sides too: the leaders or ministers of a region ("European leaders", "Arab foreign
 * ministers") or of a body ("the ASEAN trade and foreign ministers": two groups), meeting among
 * themselves ("met separately": each group on its own); "the two countries' foreign ministers" are
 * the title's one holder per state of the pair, and "the foreign ministers" as a subject the people
 * of that title named before.
 *
 * <p><b>The discourse frame.</b> Before the event stages run, the article's sides are ranked: the
 * states and armed groups it names (an institution stands for its state, a demonym counts for its
 * state: "Russian missiles"), the pairs it coordinates ("Armenia and Azerbaijan"), its main pair
 * (the two sides it names most), and the pair it shows fighting (named most in sentences of war,
 * never as a go-between: "Qatar-brokered", "the mediator Egypt"; a side right next to a word of war,
 * "Israeli strikes", "attacks on Kharkiv", and an armed group named in a sentence of war weigh
 * more as fighters than a state merely named there). An event whose clause names too
 * few sides takes them from there: "both sides", "the two countries", "the former foes" are the
 * last coordinated pair, else the main pair; "talks with Russia" are with the side the article
 * pairs Russia with; an agentless "a truce was announced" binds the fighting pair, and a ceasefire
 * naming one party binds it with the other side of that pair. With no fighting pair, the warring
 * sides are never a pair with a state shown mediating or hosting, and a statement's authors who
 * call themselves mediators ("As mediators, we ...") are go-betweens. A state named only as a place or by
 * its demonym becomes an actor when an event keeps it.
 *
 * <p><b>Event coreference.</b> A later mention of the same event joins the record it refers to: a
 * definite "the talks", "the call", "that truce" (also with modifiers that describe the event: "the
 * two-day trilateral talks") joins the last compatible event of its kind, whatever its status when
 * it is named by its forum or place ("the next G-20 summit") or is the object of a wish about what it
 * brings ("expected the talks to lead to an exchange"); several events of one subject counted by a
 * quantifier ("held several bilateral meetings") name no sides of their own; a
 * mention of the same sides, kind and status nearby adds its date, place and evidence; a change of
 * a ceasefire's status ("proposed", then "violated") updates it to the later stage of its life;
 * "the plan" or "the proposal" after a proposed ceasefire is that ceasefire, so a side's rejection
 * rejects it and the acceptance of every side agrees it; a bare "Talks in Quito ended ..." opening
 * its sentence is the talks of the article's pair ("Week-long negotiations in Lima failed" too).
 * Rounds in coordinated places ("the talks follow earlier rounds in Quito, Bogota and La Paz") are
 * one round of the series' sides in each place, none of them the sentence's other talks.
 * A ceasefire mention that names no side of its own, once given the article's sides, joins the
 * ceasefire of those sides reported before, however far back, unless scope, length or date set
 * them apart (a length in hours counts: "a 30-hour truce" is not "a 30-day" one); a word that
 * sets a mention apart ("an earlier truce", "a new ceasefire") makes it another ceasefire even next
 * to the first, and ordinals that differ ("a first truce", "a second ceasefire") never join. An
 * occasion names a truce ("the Easter truce", "a ceasefire for the Victory Day holiday"; list
 * {@code occasion} of {@code words.tsv}): a mention of that occasion joins the truce of that
 * occasion, whatever came between (within the bound below), and neither another occasion's truce nor an indefinite mention
 * of none ("a full ceasefire") joins it. The renewal of a truce ("agreed to extend the truce
 * until July 15", "an extension of that ceasefire", "the ceasefire has been extended") is an
 * agreement of its own, with the sides of the truce it renews, also inside a reported clause
 * ("confirmed that the ceasefire ... has been extended") and with a verb that moves its end ("pushed
 * the truce further to July 31"; a renewal's "to" a day is its end); renewals join when their ends
 * are the same or one gives none. At publication an agreed truce or renewal whose end has passed
 * has expired, and an agreed truce that a running renewal carries on is in force. A truce attacked
 * "despite" ("shelled the grid despite a ceasefire") is one already in place: the truce spoken of
 * before, whatever its scope. "The truce" that a clause accuses sides of violating, after a truce
 * that named no side, keeps those sides: whoever breaks a truce is bound by it. "Their planned
 * meeting" (an event of two marked as planned, postponed or missed) is that of the two people its
 * sentence names, the reporter too; a plain "their summit" is the one just reported.
 * Looking back is bounded (the last 24 events), which keeps the stages linear.
 *
 * <p><b>Order of sides.</b> A meeting's participants and a ceasefire's parties are listed states
 * first, then the other actors (groups, organisations, people), each in the order the text gave
 * them: "the FARC and Colombia" and "Colombia and the FARC" give one list.
 *
 * <p>Every decision above is logged at DEBUG (never article text above DEBUG).
 */
package io.github.newsevents.extract;
