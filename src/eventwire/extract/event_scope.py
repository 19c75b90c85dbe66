"""What the event coder knows while it reads one article, and what it asks of every
token: the trigger lexicon's entry for it (with the preposition or particle and the
object that select the entry, and the sense tests of ``resources/trigger_senses.tsv``),
and the actors doing its act: its subject or other source candidates, a crowd, whoever
decided it ("the Indian decision to ban"), or an unclaimed attack. An attack that is
the subject of an act of another kind is no doer of it (:func:`force_as_subject`);
:func:`state_or_armed` tells states and their armed bodies from other actors.

A trigger's sources are worked out once and kept in the :class:`Scope`, because a
governing trigger's sources are asked for (is it an event at all?) before its own event
is coded."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Token

from eventwire.extract.actors import PLACE_LABELS, TIME_LABELS, ActorDraft, ActorIndex
from eventwire.extract.event_rules import NO_OBJECT, PERSON, PLACE, SAYS, ObjectCode
from eventwire.extract.gazetteer import country_of, phrase_sector, role_sector
from eventwire.extract.lexicon import Trigger
from eventwire.extract.lexicons import Lexicons
from eventwire.extract.mentions import (
    RELATIVE_TAGS,
    Resolved,
    agent_of,
    names_person,
    subject_of,
    to_infinitive,
)
from eventwire.extract.modality import excluded_by
from eventwire.extract.participants import (
    COLLECTIVES,
    FORCEFUL_TYPES,
    TargetFinder,
    crowd,
    is_actor,
    light_head,
    names_by_head,
    own_subject,
    owners,
    same_actor,
    source_candidates,
    split_sides,
    subjectless_conjuncts,
    with_count,
)
from eventwire.extract.places import geocode
from eventwire.extract.salience import refers_to_thing
from eventwire.extract.undergoing import undergoing_verb
from eventwire.models import Quote

# The dependencies of an adjective that says what a verb makes of its object ("held Iran
# *responsible*"): in the lexicon it is the verb's particle.
PREDICATIVE_DEPS = frozenset({"oprd", "ccomp", "acomp", "xcomp"})
# Particles the parser may take for adverbs when they follow the verb ("shot *back*").
PARTICLES = frozenset({"back", "down", "off", "out", "up", "away"})
# Clauses that modify a noun: relative clauses and participles ("the property seized").
RELATIVE_DEPS = frozenset({"relcl", "acl"})
# A violent act whose subject is an attack with no one named for it ("a car bomb killed
# 20") has that attack as its source: the perpetrators are unidentified.
ASSAULT = "ASSAULT"
# The sector of such unidentified attackers: CAMEO's unidentified armed force, after the
# country where they struck ("LBNUAF").
UNIDENTIFIED_ARMED = "UAF"
# The attack nouns whose "in" phrase names the attack a passive killing was done in ("was
# killed in a bombing"), by CAMEO code: an attack, a bombing, an assassination, shooting,
# shelling and air strikes; not a battle between sides ("killed in clashes", 190).
ATTACK_CODES = ("180", "183", "186", "193", "194", "195")
# Attack nouns that also name what happens by accident ("a gas explosion", "a blaze"):
# an attack only with a weapon named before them ("a car bomb explosion", "rocket fire").
ACCIDENT_NOUNS = frozenset({"explosion", "blast", "fire"})
# Nouns of deciding: the infinitive or "that" clause on one is the act decided ("the
# Indian decision *to ban* flights", "took a decision that police *will close* ...").
DECIDING_NOUNS = frozenset({"decision"})
# Words that name who owns a noun: its possessor and an actor word before it.
OWNER_DEPS = frozenset({"poss", "amod", "compound"})
# The modifiers that say what kind of contest a fight is: "a *primary* battle".
CONTEST_KIND_DEPS = frozenset({"amod", "compound"})
# Where the parser may hang the bare predicate noun of "took X *hostage*".
MISREAD_PREDICATE_DEPS = frozenset({"xcomp", "advcl", "dobj", "ccomp"})
# What a predicate word is tagged ("held *hostage*", "taken *captive*").
PREDICATE_POS = frozenset({"NOUN", "ADJ", "VERB"})
# What such a word may carry: the time or place of the act ("hostage *on Sunday*").
ADJUNCT_DEPS_OF_PREDICATE = frozenset({"prep", "npadvmod", "advmod"})
# The prepositions of the rival in a contest: "battled *with* X for votes".
RIVAL_PREPS = frozenset({"with", "against"})
# Sectors of the state's and armed actors: police, military, government, courts, rebels,
# intelligence and criminals.
STATE_OR_ARMED = frozenset({"COP", "MIL", "GOV", "JUD", "REB", "SPY", "CRM", UNIDENTIFIED_ARMED})
# Aid: the type of acts a private person does only as private help (:func:`_private_help`).
AID = "AID"
# The prepositions that name whom aid goes to ("gave $1m *to* the army", "*for* Kenya").
RECIPIENT_PREPS = frozenset({"to", "for"})
# The prepositions that name what a warning is of ("warned *of* retaliation", "*about*
# the virus", "*against* complacency").
DANGER_PREPS = frozenset({"of", "about", "against"})
# The sector of civilians: a people or a crowd may fight with arms as well as in words.
CIVILIAN_SECTORS = frozenset({"CVL"})
# The sectors of persons who act privately: civilians and business people.
PRIVATE_SECTORS = CIVILIAN_SECTORS | {"BUS"}
# The prepositions that name whom one fights ("fought *against* the rebels", "battled
# *with* police", "opened fire *on* them").
OPPONENT_PREPS = frozenset({"against", "with", "on"})
# The prepositions that name the other party of a sale, a trade or an investment
# ("sold jets *to* India", "trade *with* China", "bought gas *from* Russia", "invested
# *in* Kenya").
COUNTERPART_PREPS = frozenset({"to", "with", "from", "in", "into"})
# The clauses that state what a fight is for: "fought hard *to defend* the tax", "a battle
# *to make* them listen".
AIM_DEPS = frozenset({"xcomp", "advcl", "acl"})
# Words for a polity, which acts through its state: "his *country* would help them".
POLITIES = frozenset({"country", "nation", "state", "side"})
# Named-entity labels of what may be recognized as a state or a body: a polity, an
# organisation, a people ("recognized *Kosovo*", "recognize *Hamas*").
RECOGNIZED_ENTITIES = frozenset({"GPE", "ORG", "NORP"})
# Named-entity labels of a place named by its name: a polity or a region ("the Sinai").
PLACE_ENTITIES = frozenset({"GPE", "LOC"})
# What a polity is recognized as having ("recognized *Kosovo's* independence"), so that the
# polity is the one recognized; other things owned ("the contributions of Muslims") are not.
STATUS_NOUNS = frozenset({"independence", "sovereignty", "statehood", "annexation", "government"})
# The words of a share in a poll ("his 32% support", "40 percent support").
PERCENT_WORDS = frozenset({"%", "percent", "cent"})  # "per cent" is two words
# Protest: the type of a rally that may be a candidate's campaign event (:func:`_campaign`).
PROTEST = "PROTEST"
# The preposition naming whom a protest is against ("rallied *against* the war").
AGAINST = frozenset({"against"})
# The sectors of those who hold campaign rallies: candidates, office holders and parties
# (an opposition's rally is often a protest, and is left one).
CAMPAIGN_SECTORS = frozenset({"ELI", "GOV", "LEG", "PTY"})
# The sectors of persons who rally in protest: civilians, workers, activists, the
# opposition, students and clergy.
PROTESTER_SECTORS = frozenset({"CVL", "LAB", "NGO", "OPP", "EDU", "REL"})


@dataclass(frozen=True, slots=True)
class Decision:
    """One trigger the event coder considered, and what it did with it (for ``explain``)."""

    start: int  # character offset of the trigger word
    word: str
    entry: str  # the lexicon entry, as in ``Event.trigger``
    outcome: str  # "coded" or "discarded"
    reason: str


@dataclass(slots=True)
class Scope:
    """What the coder holds while it reads one article: its actors, lexicons, quotes
    (with the speaker of each, for "we" inside a quote), publication date, the trace it
    writes to, the clauses already coded as demanded, and each trigger's sources."""

    index: ActorIndex
    lexicons: Lexicons
    quotes: list[Quote]
    speakers: dict[int, ActorDraft]
    published: date | None
    trace: list[Decision] | None = None
    quote_starts: list[int] = field(init=False)  # where each quote starts, for bisection
    demanded: set[int] = field(default_factory=set)
    sources: dict[int, list[Resolved]] = field(default_factory=dict)  # by trigger token

    def __post_init__(self) -> None:
        self.quote_starts = [q.start for q in self.quotes]

    def note(self, tok: Token, entry: str, outcome: str, reason: str) -> None:
        """Record a decision when tracing."""
        if self.trace is not None:
            self.trace.append(Decision(tok.idx, tok.text, entry, outcome, reason))


def state_or_armed(actor: Resolved) -> bool:
    """Is ``actor`` a state ("Washington", "Pakistan"), one of its state or armed bodies,
    or an intergovernmental body?"""
    code = actor.code or ""
    return len(code) == 3 or code[3:6] in STATE_OR_ARMED or code.startswith("IGO")


def decided_by(scope: Scope, verb: Token) -> list[Token]:
    """Who decided the act of the verb ``verb`` when it is the content of a noun of
    deciding (DECIDING_NOUNS), as an infinitive or a "that" clause: the noun's owner
    ("Ghana's decision", "the *Indian* decision *to ban*"), else the subject of the light
    verb taking the noun ("*the cabinet* took a decision that ...")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "decision to downgrade ties and *ban* flights": both decided
    noun = verb.head
    if verb.dep_ != "acl" or noun.lemma_.lower() not in DECIDING_NOUNS:
        return []
    if not (to_infinitive(verb) or any(c.dep_ == "mark" for c in verb.children)):
        return []
    owners = [c for c in noun.children if c.dep_ in OWNER_DEPS]
    light = light_head(noun, scope.lexicons.rules)
    if light is not None and (subject := subject_of(light)) is not None:
        owners.append(subject)
    return owners


def entry_text(trigger: Trigger) -> str:
    """A lexicon entry as it is shown: ``"meet VERB -> 040"``, ``"call VERB for -> 020"``."""
    prep = f" {trigger.prep}" if trigger.prep else ""
    return f"{trigger.lemma} {trigger.pos}{prep} -> {trigger.cameo}"


def _prep_of(tok: Token) -> str | None:
    """The word that selects ``tok``'s lexicon entry after it: a particle or preposition,
    a "for X to" clause, a predicative adjective or an object's infinitive."""
    for child in tok.children:
        if child.dep_ in {"prt", "prep"} and child.i > tok.i and not _time_phrase(child):
            return child.lower_
        if child.dep_ == "advmod" and child.i == tok.i + 1 and child.lower_ in PARTICLES:
            return child.lower_  # "shot *back* that ...": a particle parsed as an adverb
        if for_clause(child):
            return "for"  # "calls for Israel to withdraw"
        if child.dep_ in PREDICATIVE_DEPS and child.pos_ == "ADJ" and child.i > tok.i:
            return child.lower_  # "held Iran responsible": the adjective completes the verb
        if _object_infinitive(child):
            # "told the rebels to disarm", "gave them 48 hours to leave": what the object
            # is to do, or has the time to do.
            return "to"
    return None


def _time_phrase(prep: Token) -> bool:
    """Is ``prep`` a phrase of time ("a strike *on Monday*", "called *on Friday* for
    talks")? It says when, and selects no sense of the word it follows."""
    return any(c.dep_ == "pobj" and c.ent_type_ in TIME_LABELS for c in prep.children)


def _object_infinitive(tok: Token) -> bool:
    """Is ``tok`` a to-infinitive after its verb's direct object ("told the rebels *to
    disarm*", "gave them 48 hours *to leave*"), or that object itself when such an
    infinitive hangs on it ("12 hours *to comply*")?"""
    if tok.dep_ == "dobj":
        return any(c.dep_ in RELATIVE_DEPS and to_infinitive(c) for c in tok.children)
    return (
        tok.dep_ in {"xcomp", "advcl"}
        and to_infinitive(tok)
        and any(c.dep_ == "dobj" and c.i < tok.i for c in tok.head.children)
    )


def clause_of(scope: Scope, tok: Token) -> Token | None:
    """The verb whose clause states ``tok``'s act: the verb ``tok`` itself, or for a noun
    the light verb it is the object of ("*imposed* sanctions"), None when it has none."""
    return light_head(tok, scope.lexicons.rules) if tok.pos_ == "NOUN" else tok


def for_clause(tok: Token) -> bool:
    """Is ``tok`` a "for X to V" clause ("calls for Israel to withdraw")?"""
    return tok.dep_ in {"advcl", "ccomp"} and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in tok.children
    )


def trigger_for(scope: Scope, tok: Token) -> Trigger | None:
    """The lexicon entry the verb or noun ``tok`` triggers, if any."""
    if tok.pos_ not in {"VERB", "NOUN"}:
        return None
    triggers, lemma, prep = scope.lexicons.triggers, tok.lemma_.lower(), _prep_of(tok)
    prefix = _hyphened_prefix(tok)
    if prefix is not None and (whole := triggers.lookup(f"{prefix}-{lemma}", tok.pos_, prep)):
        return whole  # "test-fired a missile" tests a weapon, it fires on no one
    return triggers.lookup(lemma, tok.pos_, prep)


def undergoing_verb_of(scope: Scope, noun: Token) -> Token | None:
    """The verb whose subject undergoes the act the trigger noun ``noun`` names, from
    someone named ("*drew* criticism from X", "*won* the support of X": undergoing.py)."""
    trigger = trigger_for(scope, noun)
    return undergoing_verb(noun, trigger.plover) if trigger is not None else None


def _hyphened_prefix(tok: Token) -> str | None:
    """The word joined to ``tok`` by a hyphen before it ("*test*-fired"), if any: the
    tokenizer splits such a compound into three tokens."""
    if tok.i < 2:
        return None
    hyphen, word = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or word.whitespace_ or not word.is_alpha:
        return None
    return word.lower_


def codable(scope: Scope, tok: Token) -> bool:
    """Will the trigger ``tok`` be an event (so that what it governs can be folded into
    it): does it have an actor as its source, and the object it needs, if any? "It was
    agreed that Syria would withdraw" has no source, and "delivered a speech" an object
    that makes it no event: what they govern stands alone."""
    trigger = trigger_for(scope, tok)
    if trigger is None or ruled_out_by_object(scope, tok, trigger):
        return False
    return bool(sources_of(scope, finder_for(scope, tok), tok, trigger))


def finder_for(scope: Scope, tok: Token) -> TargetFinder:
    """A target finder that reads "we" and "I" inside a quote as its speaker."""
    quote = quote_index(scope, tok)
    speaker = scope.speakers.get(quote) if quote is not None else None
    return TargetFinder(scope.index, speaker, scope.lexicons.rules, scope.lexicons.triggers)


def _of_objects(tok: Token) -> list[Token]:
    """The objects of ``tok``'s "of" phrases."""
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj"]  # fmt: skip


def counted(noun: Token) -> bool:
    """Is ``noun`` counted by a number ("*1,000* tons", "*two* truckloads")?"""
    return any(c.dep_ == "nummod" for c in noun.children)


def acted_on(verb: Token) -> list[Token]:
    """What the verb ``verb`` acts on: its direct objects and passive subject; the noun its
    participle modifies ("a statement *released* by the army"; through a relative pronoun,
    "the statement that was *released*"); else the objects of the verb coordinated after
    it that has no subject of its own ("police *beat* and arrested protesters")."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if verb.dep_ in RELATIVE_DEPS and verb.head.pos_ in {"NOUN", "PROPN"}:
        relative = [o for o in objects if o.tag_ in RELATIVE_TAGS]
        if relative or (verb.dep_ == "acl" and verb.tag_ == "VBN" and not objects):
            objects = [o for o in objects if o not in relative] + [verb.head]
    if not objects:
        objects = _objects_of_next_conjunct(verb)
    return objects


def _objects_of_next_conjunct(verb: Token) -> list[Token]:
    """The direct objects of the verb coordinated after ``verb`` when that verb has no
    subject of its own: both verbs act on them ("*beat* and arrested protesters")."""
    conj = next(subjectless_conjuncts(verb), None)
    return [c for c in conj.children if c.dep_ == "dobj"] if conj is not None else []


def _noun_keys(noun: Token) -> list[str]:
    """``noun`` as lookup keys of the object table: with each modifier ("martial law"),
    then alone ("law")."""
    lemma = noun.lemma_.lower()
    modified = [f"{m.lemma_.lower()} {lemma}" for m in noun.lefts if m.dep_ in {"compound", "amod"}]
    return [*modified, lemma]


def mover_words(noun: Token) -> list[str]:
    """What the body ``noun`` that moves somewhere is ("*peacekeeping troops* arrived",
    "a *deployment of peacekeepers* arrived"), as lookup keys of the object table: the
    keys of the noun, then of its "of" phrase, then its compound modifiers alone."""
    nouns = [noun, *_of_objects(noun)]
    words = [word for each in nouns for word in _noun_keys(each)]
    return words + [m.lemma_.lower() for m in noun.lefts if m.dep_ == "compound"]


def object_words(tok: Token) -> list[str]:
    """What ``tok`` acts on, as lookup keys: "martial law", then "law" (and, after all
    objects, their compound modifiers alone)."""
    if tok.pos_ == "VERB":
        # The noun a verb makes its object into ("were taken *prisoner*", "held *hostage*")
        # says what the act is, before the people it is done to.
        objects = _predicate_nouns(tok) + acted_on(tok)
    else:
        objects = _of_objects(tok) + [c for c in tok.children if c.dep_ == "compound"]
    # Whether the object itself is a person ("joined *Kim* on the trip", "*he* was
    # captured") or a place named by its name ("returned *the Sinai*"); not a name in its
    # "of" phrase ("the town of Goma").
    person = any(names_person(obj) for obj in objects)
    place = any(obj.ent_type_ in PLACE_ENTITIES for obj in objects)
    # "received a mission of observers", "sent a shipment of arms": what the measure holds.
    held = [inner for obj in list(objects) for inner in _of_objects(obj)]
    # "let through the delivery of *200 tonnes* of rice": what a counted measure holds.
    held += [inner for obj in held if counted(obj) for inner in _of_objects(obj)]
    objects += held
    # A name coordinated with a noun shares that noun: "closed Hamas and Islamic Jihad
    # *offices*" closes the offices of both (the parse makes "Hamas" the object).
    objects += [c for obj in list(objects) if obj.pos_ == "PROPN" for c in _shared_heads(obj)]
    words = [word for obj in objects for word in _noun_keys(obj)]
    # Last, what a compound says the object is about: "violated the *ceasefire* agreement";
    # not whose it is ("captured a *guerrilla* stronghold" captures no guerrilla).
    words += [
        m.lemma_.lower()
        for obj in objects
        for m in obj.lefts
        if m.dep_ == "compound" and role_sector(m.text) is None
    ]
    # And whether the object is a person (see above), whether a verb reports words ("X
    # *protested* that ..."), or whether it has no object ("Mr X *charged*" says
    # something, charges no one).
    if person:
        words.append(PERSON)
    if place:
        words.append(PLACE)
    if tok.pos_ == "VERB" and any(_reported_clause(c) for c in tok.children):
        words.append(SAYS)
    if not objects and tok.pos_ == "VERB":
        words.append(NO_OBJECT)
    return words


def _predicate_nouns(verb: Token) -> list[Token]:
    """The nouns the parse gives ``verb`` as an object predicate ("were taken *prisoner*",
    "two men held *hostage*"): what its object or passive subject is made into. The parser
    may hang such a bare word after the verb's object as a clause or a second object
    ("took eight foreigners *hostage*", "took the governor *captive*"), even tagged a verb
    ("took three foreigners *hostage* on Sunday"): a word after the object with no
    subject, object or determiner of its own, only adjuncts, is none."""
    predicates = [c for c in verb.children if c.dep_ == "oprd" and c.pos_ in {"NOUN", "ADJ"}]
    first_object = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if first_object is None:
        return predicates
    return predicates + [
        c
        for c in verb.children
        if c.dep_ in MISREAD_PREDICATE_DEPS
        and c.pos_ in PREDICATE_POS
        and c.i > first_object.right_edge.i
        and all(a.dep_ in ADJUNCT_DEPS_OF_PREDICATE and a.i > c.i for a in c.children)
    ]


def _shared_heads(name: Token) -> list[Token]:
    """The common nouns coordinated with the name ``name`` ("Hamas and Islamic Jihad
    *offices*"): the head noun the coordination shares, which the parse gives to the last
    conjunct only."""
    return [c for c in name.conjuncts if c.pos_ == "NOUN"]


def _reported_clause(child: Token) -> bool:
    """Is ``child`` a clause of what is said in reported speech ("protested *that the police
    were lying*")? Words in quotation marks are no such clause: '"...," Mr X *charged*'
    names no one the words are about."""
    if child.dep_ != "ccomp":
        return False
    doc, start, end = child.doc, child.left_edge.i, child.right_edge.i + 1
    # The marks may hang on the verb: look one word before the clause and two after it.
    return not any(t.is_quote for t in doc[max(start - 1, 0) : end + 2])


def ruled_out_by_object(scope: Scope, tok: Token, trigger: Trigger) -> bool:
    """Is ``tok`` no event with its object ("deliver a speech", "recall a visit"), in
    the sense its parse shows ("helped ensure", "prices declined"), with what it is
    fought for or the kind of contest it is ("the fight for the nomination"), or as a
    private person's help to no state?"""
    rules = scope.lexicons.rules
    key, words = rules.object_key(trigger.lemma, trigger.prep), object_words(tok)
    if rules.rules_out(key, words):
        return True
    return (
        wrong_sense(scope, tok, trigger)
        or political_contest(scope, tok, trigger)
        or _private_help(scope, tok, trigger, rules.by_object(key, words))
    )


def _private_help(scope: Scope, tok: Token, trigger: Trigger, row: ObjectCode | None) -> bool:
    """Is the aid ``tok`` a private person's help to no state ("she helped people overcome
    their fears", "he donated $500 to her campaign", "the banker helped the firm sell
    itself")? CAMEO 07 is aid given by or to a political actor; a private person's help,
    gift or service to another private party or a campaign is none. Aid to a state or a
    state body ("the businessman donated $1m to the Kenyan army") stays. ``row`` is the
    object table's row for ``tok``, which may make it an act of another kind."""
    plover = row.plover if row is not None and row.has_code else trigger.plover
    if plover != AID:
        return False
    finder = finder_for(scope, tok)
    sources = sources_of(scope, finder, tok, trigger)
    if not sources or not all(_private_person(s) for s in sources):
        return False
    helped = _helped(tok)
    return not any(_public_party(finder.resolve(h)) for h in helped)


def _helped(tok: Token) -> list[Token]:
    """Whom the aid ``tok`` may go to: a verb's objects and the subject of its bare
    clause, and the objects of its "to" and "for" phrases (a noun's only those)."""
    helped = _preps_objects(tok, RECIPIENT_PREPS)
    if tok.pos_ == "VERB":
        helped += acted_on(tok) + [c for c in tok.children if c.dep_ == "dative"]
        subject = _clause_subject(tok)
        if subject is not None:
            helped.append(subject)
    return helped


def political_contest(scope: Scope, tok: Token, trigger: Trigger) -> bool:
    """Is the attack, fight or battle ``tok`` a political, legal or business contest
    (political_contests.tsv): one fought for a stake of elections ("fought it out *for
    first place*", "the battle *for the nomination*"), or a noun whose modifier names
    such a contest ("a bruising *primary* battle", "the *leadership* fight")? It is no
    armed conflict, and no event of the codebook."""
    if trigger.plover != ASSAULT:
        return False
    rules = scope.lexicons.rules
    # The contest is the noun itself, or the one a verb fights ("fought a primary battle");
    # never a victim ("killed a *court* official") nor an act of another kind.
    objects = [c for c in tok.children if c.dep_ == "dobj"] if tok.pos_ == "VERB" else []
    contests = [n for n in (tok, *objects) if n.pos_ == "NOUN" and rules.is_contest(n.lemma_)]
    if not contests and not rules.is_contest(tok.lemma_):
        return False
    if any(
        c.dep_ in CONTEST_KIND_DEPS and rules.is_contest_kind(c.lemma_)
        for contest in contests
        for c in contest.children
    ):
        return True
    return any(rules.is_contest_stake(stake.lemma_) for stake in _fought_for(tok))


def _fought_for(tok: Token) -> Iterator[Token]:
    """The objects of "for" on ``tok``, on its particle ("fighting it out for X") or on
    the rival it fights, where the parser may hang it ("battled with X for votes")."""
    rivals = [
        pobj
        for prep in tok.children
        if prep.dep_ == "prep" and prep.lower_ in RIVAL_PREPS
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    nodes = (tok, *(c for c in tok.children if c.dep_ in {"prt", "dobj"}), *rivals)
    for node in nodes:
        for prep in node.children:
            if prep.dep_ == "prep" and prep.lower_ == "for":
                yield from (c for c in prep.children if c.dep_ == "pobj")


def wrong_sense(scope: Scope, tok: Token, trigger: Trigger) -> bool:
    """Does the verb ``tok`` fail the sense test its lemma has in trigger_senses.tsv:
    "party" (an act done to someone, with no one it is done to: "helped ensure"),
    "forecast" (a warning neither to anyone nor of the warner's own act: "warned that
    growth could slow"), "falls" (an intransitive verb with no actor as its subject:
    "prices declined"), "intransitive" (an object or a clause: "demonstrated that he can
    win"), "opinion" (a clause that states no act, or agreeing with someone: "agreed that
    the plan was flawed", "voters agree with him"),
    "state" (a capture or a permission by no state: "the senator captured Iowa"),
    "struggle" (a fight against no one by no armed body: "she fought hard", for a noun
    too: "her fight for child care"), "exchange"
    (a sale or a purchase with no state on either side: "the firm sold its stake"),
    "nominal" (resisting doing something: "could not resist taking a swipe"), "visitor"
    (a trip by private persons: "she travelled to visit her daughter"), "ballot" (a vote
    by private persons or a place: "voters voted for him"), "campaign" (a candidate's or
    a party's rally, for a noun too: "a Trump rally"), "doer" (a thing as the subject:
    "a blaze forced the closure"), "counterpart" (talking with no one: "discussed his
    book"), "plea" (a plea in court: "pleaded guilty"), "electorate" (voters' support:
    "black voters backed her by 40 points"; a noun's, a candidate's standing in polls:
    "her support among women"), "guest" (a noun's: a welcome given to no one, "gave a
    cautious welcome to the plan"), "recognition" (no state or body recognized,
    for a noun too: "recognized that the plan was flawed", "name recognition")? "party"
    also fails on a thing as
    the subject ("the decision helped them")."""
    test = scope.lexicons.rules.sense_test(trigger.lemma)
    if test == "recognition":
        return _recognizes_no_body(scope, tok)  # a noun's too: "his name recognition"
    if test == "campaign":
        return _campaign(scope, tok, trigger)  # a noun's sense too: "a Trump rally"
    if test == "struggle":
        return _struggle(scope, tok, trigger)  # a noun's too: "her fight for child care"
    if test == "electorate" and tok.pos_ == "NOUN":
        return _poll_support(scope, tok)
    if test == "guest" and tok.pos_ == "NOUN":
        return _no_guest(scope, tok, trigger)
    if tok.pos_ != "VERB":
        return False
    if test == "party":
        no_party = not acted_on(tok) and _clause_subject(tok) is None
        return no_party or _thing_as_subject(scope, tok)
    if test == "doer":
        return _thing_as_subject(scope, tok)
    if test == "counterpart":
        return _alone(scope, tok, trigger)
    if test == "electorate":
        sources = sources_of(scope, finder_for(scope, tok), tok, trigger)
        return bool(sources) and all(_electorate(s) for s in sources)
    if test == "plea":
        # "pleaded (not) guilty": the adjective says what is pleaded in court.
        return any(c.dep_ in PREDICATIVE_DEPS and c.pos_ == "ADJ" for c in tok.children)
    if test == "forecast":
        return _forecast(scope, tok, trigger)
    if test == "falls":
        return _falls(scope, tok)
    if test == "intransitive":
        return any(c.dep_ in {"dobj", "ccomp"} for c in tok.children)
    if test == "opinion":
        return _opinion(scope, tok)
    if test == "state":
        # A doer with no code ("the rebels") may be armed: only coded doers rule it out.
        sources = sources_of(scope, finder_for(scope, tok), tok, trigger)
        coded = [s for s in sources if s.code]
        return bool(coded) and not any(state_or_armed(s) for s in coded)
    if test == "exchange":
        return _business(scope, tok, trigger)
    if test == "nominal":
        return any(c.dep_ == "xcomp" for c in tok.children)
    if test == "visitor":
        sources = sources_of(scope, finder_for(scope, tok), tok, trigger)
        return bool(sources) and all(_private_person(s) for s in sources)
    if test == "ballot":
        sources = sources_of(scope, finder_for(scope, tok), tok, trigger)
        return bool(sources) and all(_private_person(s) or _is_place(s) for s in sources)
    return False


def _recognizes_no_body(scope: Scope, tok: Token) -> bool:
    """Does the recognition ``tok`` recognize no state, government or body: no object a
    polity, an organisation or a non-person actor names by its head (a verb's object or
    passive subject, a noun's "of" phrase, or the owner or "of" phrase of a status among
    those)?
    Diplomatic recognition (CAMEO 054) is of such a body ("Russia recognized Abkhazia",
    "the recognition of the new government", "recognized Kosovo's independence");
    recognizing that something is so, a fact, a need or a person ("recognized that the plan
    was flawed", "recognize the importance of", "his name recognition") acknowledges."""
    finder = finder_for(scope, tok)
    # Not a noun's own owner: "his name recognition" is his, whoever recognizes him.
    recognized = acted_on(tok) if tok.pos_ == "VERB" else _of_objects(tok)
    # "recognized *Kosovo's* independence", "the independence *of Abkhazia*": the polity
    # whose status (STATUS_NOUNS) is recognized.
    recognized += [
        inner
        for obj in recognized
        if obj.lemma_.lower() in STATUS_NOUNS
        for inner in (*_of_objects(obj), *_owners_of(obj))
    ]
    return not any(_recognizable(obj, finder.resolve(obj)) for obj in recognized)


def _owners_of(tok: Token) -> list[Token]:
    """The possessive owners of ``tok`` ("*Kosovo's* independence")."""
    return [c for c in tok.children if c.dep_ == "poss"]


def _recognizable(tok: Token, actor: Resolved) -> bool:
    """Can ``tok`` (resolved as ``actor``) be recognized diplomatically: a polity, an
    organisation or a people by its entity label, or a coded actor of no person named by
    its head ("the new *government*")? A pronoun ("recognize *themselves*") is none."""
    if actor.is_person or tok.pos_ == "PRON":
        return False
    if tok.ent_type_ in RECOGNIZED_ENTITIES:
        return True
    return actor.code is not None and names_by_head(tok, actor)


def _thing_as_subject(scope: Scope, verb: Token) -> bool:
    """Is the subject of the verb ``verb`` a thing, named by no actor at its head ("*Trump's
    win* is helping him", "*a new blaze* has forced the closure", "*the decision* helped
    Republicans")? A thing that helps, forces or unites is a cause, and no doer. A word
    for a body of people ("an armed *group*") or a polity ("his *country* would help") is
    no thing, nor is a plural with no owner ("militia gang *members*"), which most often
    names people."""
    subject = subject_of(verb)
    if subject is None or subject.dep_ != "nsubj" or subject.pos_ != "NOUN":
        return False
    if subject.lemma_.lower() in COLLECTIVES | POLITIES:
        return False
    owned = any(c.dep_ == "poss" for c in subject.children)
    if subject.tag_ != "NN" and not owned:
        return False
    return not names_by_head(subject, finder_for(scope, verb).resolve(subject))


def _alone(scope: Scope, verb: Token, trigger: Trigger) -> bool:
    """Does the verb ``verb`` of talking together name no one it is done with: no "with"
    phrase (on the verb or its object: "discussed ties *with* Jakarta"), no conjoined
    subjects, and a single doer ("the senator discussed his new book", "the minister
    discussed options")? A consultation (CAMEO 04) is held with someone; talking about
    something alone is speech."""
    nodes = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    if any(_preps_objects(node, frozenset({"with"})) for node in nodes):
        return False
    subject = subject_of(verb)
    if subject is not None and any(c.dep_ == "conj" for c in subject.children):
        return False
    return len(sources_of(scope, finder_for(scope, verb), verb, trigger)) < 2


def _campaign(scope: Scope, tok: Token, trigger: Trigger) -> bool:
    """Is the rally ``tok`` (CAMEO 141) a campaign event, no protest: held, against no
    one, by a candidate, an office holder or a party ("a Trump rally", "Sanders held a
    rally", "at his rallies", "she rallied the base")? A protest rally is a crowd's
    ("supporters rallied outside"), an opposition's, or one against something ("rallied
    against the war", "staged rallies against the mayor": the phrase may hang on the
    light verb). A rally whose object gives it a code of its own ("rallying support",
    CAMEO 053) is that act, and left to it."""
    holders = _with_light_verb(scope, tok)
    if trigger.plover != PROTEST or any(_preps_objects(h, AGAINST) for h in holders):
        return False
    rules = scope.lexicons.rules
    row = rules.by_object(rules.object_key(trigger.lemma, trigger.prep), object_words(tok))
    if row is not None and row.has_code:
        return False
    sources = sources_of(scope, finder_for(scope, tok), tok, trigger)
    return bool(sources) and all(_campaigner(s) for s in sources)


def _no_guest(scope: Scope, tok: Token, trigger: Trigger) -> bool:
    """Is the welcome ``tok`` (CAMEO 043, a noun) given to no guest: its phrase of the
    trigger's target prepositions, on it or on its light verb, names no actor, or a thing
    ("gave a cautious welcome to the plan", "to the Kenyan proposal"), which it praises?
    A welcome to a person or a body ("gave a warm welcome to the Kenyan president") hosts
    them, as one the person receives ("received a warm welcome from X")."""
    guests = [
        pobj
        for holder in _with_light_verb(scope, tok)
        for prep in holder.children
        if prep.dep_ in {"prep", "dative"} and prep.lower_ in trigger.target_preps
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    # "the minister received a warm welcome from X": who undergoes it is the guest.
    undergone = undergoing_verb(tok, trigger.plover)
    if undergone is not None and (undergoer := subject_of(undergone)) is not None:
        guests.append(undergoer)
    finder = finder_for(scope, tok)
    return not any(
        is_actor(finder.resolve(guest)) and not scope.lexicons.triggers.lists(guest.lemma_, "NOUN")
        for guest in guests
    )


def _with_light_verb(scope: Scope, noun: Token) -> list[Token]:
    """The trigger ``noun`` and, when it is one's object, its light verb: a phrase on
    either may belong to the act ("staged rallies in Gaza *against* the mayor")."""
    light = light_head(noun, scope.lexicons.rules) if noun.pos_ == "NOUN" else None
    return [noun] if light is None else [noun, light]


def _campaigner(actor: Resolved) -> bool:
    """Does ``actor`` hold campaign rallies: a candidate, an office holder or a party by
    its code, or a person of no protesting sector (a rally is a person's only as its
    speaker: a protest is a crowd's)?"""
    sector = (actor.code or "")[3:6]
    if sector in CAMPAIGN_SECTORS:
        return True
    return actor.is_person and sector not in PROTESTER_SECTORS


def _private_person(actor: Resolved) -> bool:
    """Is ``actor`` a private person: a person with no code, known only by their country,
    or a civilian or a businessman; or a group of civilians ("the victims' families")?"""
    sector = (actor.code or "")[3:6]
    if not actor.is_person:
        return sector in CIVILIAN_SECTORS
    return not actor.code or _country_only(actor) or sector in PRIVATE_SECTORS


def _public_party(actor: Resolved) -> bool:
    """Is ``actor`` a state, a state or armed body, or an intergovernmental body (as
    :func:`state_or_armed`), and not a person known only by their country ("George
    Smith[USA]"), who is a private person?"""
    return state_or_armed(actor) and not (actor.is_person and _country_only(actor))


def _electorate(actor: Resolved) -> bool:
    """Is ``actor`` a body of voters or citizens (a group coded as civilians: "black
    voters", "Americans") or a place as its electorate, no named person?"""
    if actor.is_person:
        return False
    return _is_place(actor) or (actor.code or "")[3:6] in CIVILIAN_SECTORS


def _poll_support(scope: Scope, noun: Token) -> bool:
    """Is the support ``noun`` a candidate's standing with voters, as polls measure it:
    support *among* a group ("her support among women"), a share of it ("his 32%
    support"), or a person's as its modifier ("the *Sanders* support")? It is the
    electorate's, given to that person, and no endorsement (CAMEO 051) by anyone."""
    if _preps_objects(noun, frozenset({"among"})):
        return True
    finder = finder_for(scope, noun)
    for child in noun.children:
        if child.dep_ == "nummod" or child.lower_ in PERCENT_WORDS:
            return True
        if child.dep_ == "compound" and child.pos_ == "PROPN" and finder.resolve(child).is_person:
            return True
    return False


def _is_place(actor: Resolved) -> bool:
    """Is ``actor`` a place below a state ("Vigo County", "South Dakota"): as a voter,
    its electorate? A country or a capital voting ("Kenya voted for the resolution") is
    a state's act."""
    if actor.draft is None or actor.draft.kind != "place":
        return False
    return country_of(actor.draft.name) is None


def _country_only(actor: Resolved) -> bool:
    """Is ``actor`` coded by a country alone, with no sector ("George Smith[USA]")?"""
    return len(actor.code or "") == 3


def _struggle(scope: Scope, verb: Token, trigger: Trigger) -> bool:
    """Is the fighting ``verb`` (a verb or a noun) a struggle or an effort, no attack: it
    is against no one (no object, no "against", "with" or "on" phrase, no conjoined doers
    fighting each other, for a noun no "between" phrase) and either it is for an aim that
    is no act of force ("fought hard to defend the tax", "waged a battle to make them
    listen") or no state, armed body or civilians do it ("she fought hard", "the firm
    battled on", "her fight for child care")? An armed body's fighting needs no foe named
    ("the rebels fought for hours", "the army's battle for the town")."""
    if any(c.dep_ == "dobj" for c in verb.children) or _preps_objects(verb, OPPONENT_PREPS):
        return False
    if verb.pos_ != "VERB" and _preps_objects(verb, frozenset({"between"})):
        return False  # "the battle between Chile and Peru": each other
    aim = next((c for c in verb.children if c.dep_ in AIM_DEPS and to_infinitive(c)), None)
    if aim is not None:
        # "fought hard to defend the tax": an effort for an aim, unless the aim is itself
        # an act of force ("fought to take the town").
        act = trigger_for(scope, aim)
        return act is None or act.plover not in FORCEFUL_TYPES
    subject = subject_of(verb)
    if subject is not None and any(c.dep_ == "conj" for c in subject.children):
        return False  # "Chile and Peru fought": each other
    sources = sources_of(scope, finder_for(scope, verb), verb, trigger)
    return bool(sources) and not any(_armed_or_state(s) for s in sources)


def _armed_or_state(actor: Resolved) -> bool:
    """Can ``actor`` fight with arms: a state, an armed body or civilians by its code, or,
    with no code, a state or armed body by its role word ("rebels", "troops")?"""
    if actor.code:
        # A person known by their country alone may be a fighter ("the Australian captured
        # fighting alongside the Taliban"), and a people may take up arms ("ethnic
        # Albanians vowed to fight"): their fights stay.
        return state_or_armed(actor) or actor.code[3:6] in CIVILIAN_SECTORS
    return role_sector(actor.span.root.text) in STATE_OR_ARMED


def _business(scope: Scope, verb: Token, trigger: Trigger) -> bool:
    """Is the sale, purchase, trade or investment ``verb`` business, no economic
    cooperation between political actors: neither its doers nor its counterparts (the
    objects of its "to", "with", "from", "in" phrases, its dative, an actor it trades)
    are a state or a state body ("the company was trading", "he is selling his gun",
    "she invested in firms"; "Russia sold jets to India" stays)?"""
    finder = finder_for(scope, verb)
    counterparts = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    counterparts += _preps_objects(verb, COUNTERPART_PREPS)
    parties = sources_of(scope, finder, verb, trigger) + [finder.resolve(c) for c in counterparts]
    return not any(_public_party(p) for p in parties if is_actor(p))


def _preps_objects(tok: Token, preps: frozenset[str]) -> list[Token]:
    """The objects of ``tok``'s prepositions among ``preps``."""
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj"]  # fmt: skip


def _clause_subject(verb: Token) -> Token | None:
    """The subject of a bare clause the verb ``verb`` takes ("helped *Kenya* rebuild",
    "help *them* to leave"): not a "that" clause, nor one with a modal or tense."""
    for clause in verb.children:
        # The bare infinitive is often tagged as a present tense (VBP): both are base forms.
        if clause.dep_ != "ccomp" or clause.tag_ not in {"VB", "VBP"}:
            continue
        if any(c.dep_ == "mark" or (c.dep_ == "aux" and c.lower_ != "to") for c in clause.children):
            continue
        subject = own_subject(clause)
        if subject is not None:
            return subject
    return None


def _forecast(scope: Scope, verb: Token, trigger: Trigger) -> bool:
    """Is the warning ``verb`` a caution or a forecast: something warned of, no actor
    warned, and what is warned of is no threat: a clause that is no act of the warner's
    own side ("warned that the economy could slow"; "warned that police will ban rallies"
    is a threat, "warned that it could default" states no act), or a danger named with
    no act in it ("warned about the virus", "cautioned against complacency"; "warned of
    retaliation" names one)?"""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    dangers = _preps_objects(verb, DANGER_PREPS)
    if not clauses and not dangers:
        return False
    finder = finder_for(scope, verb)
    warned = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    if any(is_actor(finder.resolve(w)) for w in warned):
        return False
    if any(_states_act(scope, danger) for danger in dangers):
        return False
    sources = sources_of(scope, finder, verb, trigger)
    for clause in clauses:
        subject = subject_of(clause)
        doer = finder.resolve(subject) if subject is not None else None
        own = doer is not None and is_actor(doer) and any(_same_side(doer, s) for s in sources)
        if own and _states_act(scope, clause):
            return False
    return True


def _states_act(scope: Scope, clause: Token) -> bool:
    """Does the clause or phrase headed by ``clause`` state an act, a trigger word ("police
    will *ban* rallies", "a harsh *response*"), not a state or a mishap ("it could default
    on its debt", "the virus")?"""
    return any(trigger_for(scope, t) is not None for t in clause.subtree)


def _opinion(scope: Scope, verb: Token) -> bool:
    """Does the verb ``verb`` hold a view, not commit to an act: no infinitive, no object
    and no phrase but a "with" one, and either a clause in which nothing is an act
    ("agreed that the delay was only a question of timing"; "agreed that talks would resume"
    states an act), or, with no clause, a "with" phrase: agreeing with someone or with
    their view ("a quarter of voters agree with him", "she agreed with the analysis";
    "agreed with Kenya on a ceasefire" or "to open talks" commits)?"""
    if any(c.dep_ in {"xcomp", "dobj"} for c in verb.children):
        return False
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    if preps - {"with"}:
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses:
        # What is agreed on may hang on the partner: "agreed with Kenya *on* a truce".
        partners = _preps_objects(verb, frozenset({"with"}))
        return bool(partners) and not any(c.dep_ == "prep" for p in partners for c in p.children)
    return not any(trigger_for(scope, t) is not None for clause in clauses for t in clause.subtree)


def _same_side(one: Resolved, other: Resolved) -> bool:
    """Are two actors the same, or of the same state?"""
    if same_actor(one, other):
        return True
    return bool(one.code and other.code and one.code[:3] == other.code[:3])


def _falls(scope: Scope, verb: Token) -> bool:
    """Is the verb ``verb`` intransitive (no object, no clause) with a subject that is
    no actor ("emissions *declined*", "its approval rating has *declined*")?"""
    if any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in verb.children):
        return False
    subject = subject_of(verb)
    if subject is None:
        return False
    # By its head word: "*Kenyan* exports" are no actor, though "Kenyan" codes one.
    return not names_by_head(subject, finder_for(scope, verb).resolve(subject))


def quote_index(scope: Scope, tok: Token) -> int | None:
    """The index of the quote whose span holds ``tok`` (quotes never overlap)."""
    k = bisect_right(scope.quote_starts, tok.idx) - 1
    if k >= 0 and tok.idx < scope.quotes[k].end:
        return k
    return None


def sources_of(scope: Scope, finder: TargetFinder, tok: Token, trigger: Trigger) -> list[Resolved]:
    """The actors doing the act of the trigger ``tok``, worked out once per trigger (a
    governor's are asked for before its own event is coded)."""
    known = scope.sources.get(tok.i)
    if known is None:
        known = _find_sources(scope, finder, tok, trigger)
        scope.sources[tok.i] = known
    return known


def force_as_subject(scope: Scope, verb: Token, trigger: Trigger) -> bool:
    """Is the subject of the verb ``verb`` an act of force while ``verb``'s own act is of
    another kind ("bombing raids by US warplanes had *helped* the push", "a new fire is
    *threatening* homes")? The attack neither does that act nor folds into it: it keeps its
    own event, with its own doer ("raids *by US warplanes*")."""
    if verb.pos_ != "VERB" or trigger.plover in FORCEFUL_TYPES:
        return False
    subject = subject_of(verb)
    if subject is None or subject.dep_ != "nsubj" or subject.pos_ != "NOUN":
        return False
    act = trigger_for(scope, subject)
    return act is not None and act.plover in FORCEFUL_TYPES


def _find_sources(
    scope: Scope, finder: TargetFinder, tok: Token, trigger: Trigger
) -> list[Resolved]:
    if force_as_subject(scope, tok, trigger):
        return []
    weapon = _weapon_agent(scope, finder, tok, trigger) or _placed_attack(scope, tok, trigger)
    if weapon is not None:
        # "killed by a roadside bomb near X": the weapon's attackers, not the place.
        return [_unidentified(scope, finder, weapon, tok)]
    for found in source_candidates(tok, trigger, scope.lexicons.rules):
        candidate = _finder_of(found) if refers_to_thing(scope.index, found) else found
        if candidate is None:
            break  # "it is clear that ...": no one, not even the reporter, does it
        each = finder.resolve_each(candidate)
        resolved = [r for s in each for r in split_sides(finder, s.span.root) or [s]]
        actors = [r for r in resolved if is_actor(r)]
        if actors:
            return [with_count(r, candidate, scope.lexicons.rules) for r in actors]
    counted = crowd(scope.index, tok, scope.lexicons.rules)
    if counted is not None:
        return [counted]
    if tok.pos_ == "NOUN" and excluded_by(scope.lexicons.modality, tok):
        # "Russia has not ruled out military action": what is left open is Russia's to do.
        subject = subject_of(tok.head)
        excluder = [finder.resolve(subject)] if subject is not None else []
        if excluder and is_actor(excluder[0]):
            return excluder
    clause = clause_of(scope, tok)
    # "the Indian decision to ban flights": who decided it does it.
    deciders = [finder.resolve(c) for c in decided_by(scope, clause)] if clause else []
    actors = [r for r in deciders if is_actor(r)]
    if actors:
        return actors[:1]
    return _unclaimed_attack(scope, finder, tok, trigger)


def _finder_of(placeholder: Token) -> Token | None:
    """Who does the act of a clause whose "it" holds its place in a small clause: the
    subject of the verb that finds or makes it so ("Kenya will find *it* difficult to
    attack": Kenya); None for any other "it" that stands for no actor."""
    if placeholder.head.pos_ != "ADJ" or placeholder.head.dep_ not in PREDICATIVE_DEPS:
        return None
    return subject_of(placeholder.head.head)


def _unclaimed_attack(
    scope: Scope, finder: TargetFinder, tok: Token, trigger: Trigger
) -> list[Resolved]:
    """The source of a violent act done by an attack or a weapon no one is named for ("a
    car *bomb* killed 20", "a minefield *explosion* wounded five", "was killed *by a
    roadside bomb*", "were hurt *in a truck bomb explosion*"): the attack stands for its
    unidentified perpetrators, an armed force (UNIDENTIFIED_ARMED) of the country where it
    struck, so the killing is still an event. A relative pronoun subject stands for the
    noun its clause hangs on ("the bombing *that killed* 20")."""
    if tok.pos_ != "VERB" or trigger.plover != ASSAULT:
        return []
    attack = _attack_subject(scope, tok)
    if attack is None and _done_to_someone(finder, tok):
        attack = next((n for n in _passive_means(tok) if _unclaimed(scope, n)), None)
    return [] if attack is None else [_unidentified(scope, finder, attack, tok)]


def _weapon_agent(
    scope: Scope, finder: TargetFinder, verb: Token, trigger: Trigger
) -> Token | None:
    """The weapon or attack no one is named for that the passive act of force ``verb``
    was done by, when the place in its phrase would make it an actor ("were killed *by a
    roadside bomb near Kandahar*"), if any."""
    if verb.pos_ != "VERB" or trigger.plover != ASSAULT or not _done_to_someone(finder, verb):
        return None
    agent = agent_of(verb)
    if agent is None or not is_actor(finder.resolve(agent)):
        return None  # coded by its place alone: else the attackers the clause names go first
    return agent if _unclaimed(scope, agent) else None


def _placed_attack(scope: Scope, verb: Token, trigger: Trigger) -> Token | None:
    """The attack no one is named for that is the active subject of the act of force
    ``verb``, when a place in its phrase would make it an actor ("a bombing *in Lima*
    killed 14" is no act of the government in Lima), if any."""
    if verb.pos_ != "VERB" or trigger.plover != ASSAULT:
        return None
    attack = _attack_subject(scope, verb)
    if attack is None or not any(c.dep_ == "prep" for c in attack.children):
        return None
    return attack if _unclaimed(scope, attack) else None


def _unidentified(scope: Scope, finder: TargetFinder, attack: Token, verb: Token) -> Resolved:
    """The unidentified attackers who used the weapon or made the attack ``attack`` that
    ``verb`` tells of: named by it alone ("a car bomb explosion", not the place in its
    phrase), an armed force (UNIDENTIFIED_ARMED) of the country where it struck."""
    found = finder.resolve(attack)
    country = _scene_country(scope, (attack, verb))
    name = attack.doc[attack.left_edge.i : attack.i + 1].text
    code = None if country is None else country + UNIDENTIFIED_ARMED
    return replace(found, draft=None, name=name, code=code, guessed=False)


def _attack_subject(scope: Scope, verb: Token) -> Token | None:
    """The attack noun that is the active subject of ``verb`` ("a car *bomb* killed 20")."""
    # Its own active subject only: "police being *shot*" names whom it is done to.
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None or subject.pos_ != "NOUN":
        return None
    act = trigger_for(scope, subject)
    return subject if act is not None and act.plover == ASSAULT else None


def _done_to_someone(finder: TargetFinder, verb: Token) -> bool:
    """Is ``verb`` passive, done to an actor its subject names ("three soldiers *were
    killed*", "the soldiers *killed* by a mine")? Not to no one ("nobody was hurt"), nor
    to a pronoun left unresolved ("they were killed"), whose attackers may be named before."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        subjects = [verb.head]
    else:
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return any(is_actor(r) for s in subjects for r in finder.resolve_each(s, ASSAULT))


def _passive_means(verb: Token) -> Iterator[Token]:
    """The nouns that may name what the passive ``verb`` was done by or in: its "by"
    phrase ("killed *by a landmine*") and its "in" phrases ("killed *in a truck bomb
    explosion*")."""
    agent = agent_of(verb)
    if agent is not None:
        yield agent
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        yield from (c for c in prep.children if c.dep_ == "pobj")


def _unclaimed(scope: Scope, noun: Token) -> bool:
    """Does ``noun`` name a weapon or an attack (ATTACK_CODES) that no one is named for,
    neither in its own words ("*Israeli* air strikes", "*their* bombs") nor as the doer of
    its own event ("an attack *by the rebels*")? A word for what also happens by accident
    (ACCIDENT_NOUNS) is an attack only with a weapon named before it ("a *car bomb*
    explosion", not "a gas explosion"). A weapon named before another word makes a
    means of attack of what it was done *by* ("by an *explosive* device"), but no attack
    of what it was done *in* ("in a *mine* collapse", "in a *helicopter* crash")."""
    words = noun.doc[noun.left_edge.i : noun.i + 1].text
    if noun.pos_ != "NOUN" or phrase_sector(words) is not None:
        return False  # "a suicide bomber", "a gunman": armed people, actors of their own
    rules = scope.lexicons.rules
    armed_by = any(
        c.dep_ in {"compound", "amod"} and rules.is_weapon(c.lemma_) for c in noun.children
    )
    act = trigger_for(scope, noun)
    attack = (
        act is not None
        and act.plover == ASSAULT
        and act.cameo.startswith(ATTACK_CODES)
        and (armed_by or noun.lemma_.lower() not in ACCIDENT_NOUNS)
    )
    done_in = noun.dep_ == "pobj" and noun.head.lower_ == "in"
    if not (attack or rules.is_weapon(noun.lemma_) or (armed_by and not done_in)):
        return False
    if next(owners(noun), None) is not None:
        return False
    return act is None or not sources_of(scope, finder_for(scope, noun), noun, act)


def _scene_country(scope: Scope, nodes: tuple[Token, ...]) -> str | None:
    """The country of the first place named in a phrase on one of ``nodes`` ("killed
    outside *the city of Basra*", "an explosion *in Beirut*"), if any."""
    for node in nodes:
        for prep in (c for c in node.children if c.dep_ == "prep"):
            for word in prep.subtree:
                ent = scope.index.entity_of(word)
                if ent is None or ent.label_ not in PLACE_LABELS:
                    continue
                place = geocode(ent.text)
                if place is not None and place.country is not None:
                    return place.country
    return None
