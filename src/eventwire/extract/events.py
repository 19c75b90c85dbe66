"""Events: who did what to whom, when and where, coded to CAMEO and PLOVER.

Each verb or noun whose lemma is in the trigger lexicon is a candidate. One chain of
clauses states one event: a trigger that completes another ("agreed to *withdraw*",
"refused to *meet*", "demanded the *withdrawal*", "staged a protest *demanding*") is
folded into the trigger governing it, which takes its target and, for agreements,
refusals and threats, its specific code (``resources/event_recoding.tsv``: "agreed to
withdraw" is 0356, intent to de-escalate). A light verb ("held", "imposed") gives way
to the trigger noun it governs ("talks", "sanctions").

Sources and targets come from :mod:`eventwire.extract.participants`; conjoined sources
give one event each, and conjoined subjects of a meeting meet each other. A trigger
with no target of its own takes one from the clauses completing it, from a purpose
clause only for a protest ("marched to demand ..."), then from the body a protest is
held outside, then from the place it happened in; a target named only by its role
takes the country of that place ("killed three people in Gaza"). Modality and
negation come from ``resources/modality.tsv``: an intended act of cooperation is coded
as an intent (03), an intended act of conflict as a threat (13), a refused one as a
rejection (12); "said China must drop barriers" is a demand (10) on China. Events
inside quotes are *reported* and point to their quote; dates come from the clause's
date expressions resolved against the publication date. An act a sentence states twice
with the same participants ("shot and killed") is one event
(:mod:`eventwire.extract.restatements`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from eventwire.extract.actors import PLACE_LABELS, ActorDraft, ActorIndex
from eventwire.extract.dates import resolve_date
from eventwire.extract.event_rules import NO_OBJECT, PERSON, PREDICATE, Recoding
from eventwire.extract.gazetteer import role_sector
from eventwire.extract.lexicon import Trigger
from eventwire.extract.lexicons import Lexicons
from eventwire.extract.mentions import (
    NOMINAL,
    Resolved,
    main_verb_on_noun,
    names_person,
    parse_depth,
    phrase_span,
    subject_of,
    to_infinitive,
)
from eventwire.extract.modality import ModalityLexicon
from eventwire.extract.participants import (
    COMPLEMENT_DEPS,
    TargetFinder,
    aimed_elsewhere,
    claimant,
    crowd,
    is_actor,
    is_light_verb,
    is_mutual,
    light_head,
    needs_target,
    reporter,
    same_actor,
    source_candidates,
    split_by_country,
    with_count,
)
from eventwire.extract.places import geocode
from eventwire.extract.restatements import Candidate, restatements
from eventwire.models import Event, EventActor, Modality, Place, Quote

PLACE_PREPS = frozenset({"in", "at"})
# Purpose and manner clauses, and the acts whose purpose names their target.
ADJUNCT_TARGET_DEPS = frozenset({"advcl", "pcomp"})
PURPOSE_TARGET_TYPES = frozenset({"PROTEST"})
# Acts a participle adds to another kind of act as acts of their own ("denied it,
# *accusing* the army", "blasted the convoy, *killing* five"); a participle demanding or
# refusing something most often says what the act it hangs on is for ("blocked roads,
# *demanding* his release"), and the coercion words are too often used in another sense
# ("while *charging* students fees").
PARTICIPLE_ACT_TYPES = frozenset({"ACCUSE", "THREATEN", "ASSAULT"})
INFINITIVE_TARGET_TYPES = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN"})
# Acts whose site names whom they are aimed at ("protested outside the embassy"), and
# the prepositions of that site ("in front of" is read apart).
SITE_TARGET_TYPES = frozenset({"PROTEST"})
SITE_PREPS = frozenset({"outside"})
# Where a meeting takes place says nothing about whom it is with, nor where a statement,
# promise or refusal is made ("announced the agreement in Kabul"). A request's place may be
# its addressee ("sought refuge in Germany").
PLACE_NOT_TARGET = frozenset({"CONSULT", "AGREE", "SUPPORT", "ACCUSE", "REJECT", "THREATEN"})
# Dependencies along which a clause's modality is read from the clauses governing it.
MODALITY_CHAIN_DEPS = frozenset({"xcomp", "ccomp", "relcl", "acl", "conj", "acomp"})
# Verb tags of a finite verb, which cannot share another verb's auxiliary.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
ROLE_OF_DEP = {"aux": "aux", "auxpass": "aux", "neg": "neg", "mark": "mark"}
# Clauses that may state the purpose or manner of an act ("protested, demanding ...").
ADJUNCT_DEPS = frozenset({"advcl", "acl", "pcomp"})
# Where a noun sits when it is what a verb acts on or asks for.
NOUN_ARGUMENT_DEPS = frozenset({"dobj", "nsubjpass", "attr"})
# Governing types that take their code from the act they govern, by rule.
# The dependencies of an adjective that says what a verb makes of its object ("held Iran
# *responsible*"): in the lexicon it is the verb's particle.
PREDICATIVE_DEPS = frozenset({"oprd", "ccomp", "acomp", "xcomp"})
GOVERNOR_RULES = {"AGREE": "intent", "REJECT": "refusal", "THREATEN": "threat"}
COOPERATION_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
CONFLICT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
REQUEST_ROOTS = frozenset({"02", "10"})
DEMAND_ROOT = "10"
APPEAL_ROOT = "02"
# A governed act after these is opposed, not promised ("warned against new sanctions").
OPPOSING_PREPS = frozenset({"against"})
# Acts that are themselves statements of intent, refusal or threat: never recoded again.
SPEECH_ACT_ROOTS = frozenset({"03", "12", "13"})
MAX_STATEMENT_CHAIN = 4
# A "sentence" longer than this (run-on text) is cut to a window around each event.
MAX_SENTENCE_CHARS = 1000
# How deep below a trigger its clause is searched for a date.
MAX_CLAUSE_DEPTH = 4
SENTENCE_WINDOW = 300
OBLIGATION_AUX = frozenset({"must", "should"})
# An intention with one of these conditions attached is a threat ("will withdraw unless").
CONDITION_MARKS = frozenset({"unless", "if"})
MAX_TARGET_DEPTH = 2
# Clauses that modify a noun: relative clauses and participles ("the property seized").
RELATIVE_DEPS = frozenset({"relcl", "acl"})
# Punctuation that sets a clause off from its noun (a non-restrictive clause).
SETTING_OFF = frozenset({",", "(", "-", "--", "\u2013", "\u2014"})
# A violent act whose subject is an attack with no one named for it ("a car bomb killed
# 20") has that attack as its source: the perpetrators are unidentified.
ASSAULT = "ASSAULT"
# Prepositions that set an act in time or circumstance: the act they name is another one
# ("called for a ban *after* the shooting by X"), not part of the act they hang on.
FRAME_PREPS = frozenset(
    {"after", "before", "following", "during", "since", "amid", "amidst", "despite", "until"}
)
# Of those, the ones whose clause states an act that has taken place ("opened a meeting
# *after placing* the blame on X"): it is an act of its own. Not "before"/"until", which
# may name one still to come ("demanded a truce *before allowing* aid").
DONE_FRAME_PREPS = FRAME_PREPS - {"before", "until"}
# "according to X": X says where the words come from, it is no event of its own.
ATTRIBUTION = frozenset({"according"})


# In a sports report "beat", "attacked" and "crushed" are moves in a contest
# (resources/sports.tsv): no material conflict is coded there.
CONTEST_TYPES = frozenset({"ASSAULT", "COERCE"})
CONTEST_REASON = "in a sports report: a contest, not a conflict"
# ... unless police, soldiers, officials, armed groups or criminals take part ("police arrested
# fans after the match"): those act as they would anywhere.
STATE_OR_ARMED = frozenset({"COP", "MIL", "GOV", "JUD", "REB", "SPY", "CRM"})


@dataclass(frozen=True, slots=True)
class Decision:
    """One trigger the event coder considered, and what it did with it (for ``explain``)."""

    start: int  # character offset of the trigger word
    word: str
    entry: str  # the lexicon entry, as in ``Event.trigger``
    outcome: str  # "coded" or "discarded"
    reason: str


@dataclass(slots=True)
class _Scope:
    index: ActorIndex
    lexicons: Lexicons
    quotes: list[Quote]
    speakers: dict[int, ActorDraft]
    published: date | None
    quote_starts: list[int] = field(default_factory=list)
    trace: list[Decision] | None = None
    demanded: set[int] = field(default_factory=set)
    sources: dict[int, list[Resolved]] = field(default_factory=dict)  # by trigger token

    def note(self, tok: Token, entry: str, outcome: str, reason: str) -> None:
        """Record a decision when tracing."""
        if self.trace is not None:
            self.trace.append(Decision(tok.idx, tok.text, entry, outcome, reason))


@dataclass(frozen=True, slots=True)
class _Coding:
    """The code an event ends up with, and the rule that gave it (if not the lexicon)."""

    cameo: str
    plover: str
    mode: str | None
    rule: str | None = None


def extract_events(
    doc: Doc,
    index: ActorIndex,
    quotes: list[Quote],
    lexicons: Lexicons,
    published: date | None,
    trace: list[Decision] | None = None,
) -> list[Event]:
    """Every coded event in ``doc``, in text order; each trigger considered and the
    rule that coded or discarded it is appended to ``trace`` when one is given."""
    speakers = {
        k: d
        for k, q in enumerate(quotes)
        if q.speaker is not None
        and q.speaker.actor is not None
        and (d := next((a for a in index.drafts if a.id == q.speaker.actor), None)) is not None
    }
    scope = _Scope(index, lexicons, quotes, speakers, published, [q.start for q in quotes], trace)
    found: list[tuple[Token, Event]] = []
    for tok in index.tokens:
        if tok.pos_ == "VERB" and (demand := _obligation(scope, tok)) is not None:
            found.append((tok, demand))
        trigger = _trigger_for(scope, tok)
        if trigger is None:
            continue
        reason = _folded(scope, tok)
        if reason is not None:
            scope.note(tok, entry_text(trigger), "discarded", reason)
            continue
        for event in _events_for(scope, tok, trigger):
            if _contest(event) and lexicons.sports.names_sport(tok.sent):
                scope.note(tok, event.trigger or tok.text, "discarded", CONTEST_REASON)
            else:
                found.append((tok, event))
    candidates = [Candidate(e, t.sent.start, parse_depth(t)) for t, e in found]
    dropped = restatements(candidates)
    for k in sorted(dropped):
        tok, event = found[k]
        scope.note(tok, event.trigger or tok.text, "discarded", "restates another event's act")
    return [event for k, (_, event) in enumerate(found) if k not in dropped]


def _contest(event: Event) -> bool:
    """Would ``event``, in a sports report, be a move in a contest: material conflict
    between parties none of whom is police, military, government or an armed group?"""
    if event.plover not in CONTEST_TYPES:
        return False
    parties = [p for p in (event.source, event.target) if p is not None]
    return not any(((p.code or "")[3:6] or role_sector(p.name)) in STATE_OR_ARMED for p in parties)


def entry_text(trigger: Trigger) -> str:
    """A lexicon entry as it is shown: ``"meet VERB -> 040"``, ``"call VERB for -> 020"``."""
    prep = f" {trigger.prep}" if trigger.prep else ""
    return f"{trigger.lemma} {trigger.pos}{prep} -> {trigger.cameo}"


def _prep_of(tok: Token) -> str | None:
    for child in tok.children:
        if child.dep_ in {"prt", "prep"} and child.i > tok.i:
            return child.lower_
        if _for_clause(child):
            return "for"  # "calls for Israel to withdraw"
        if child.dep_ in PREDICATIVE_DEPS and child.pos_ == "ADJ" and child.i > tok.i:
            return child.lower_  # "held Iran responsible": the adjective completes the verb
        if _object_infinitive(child):
            # "told the rebels to disarm", "gave them 48 hours to leave": what the object
            # is to do, or has the time to do.
            return "to"
    return None


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


def _for_clause(tok: Token) -> bool:
    """Is ``tok`` a "for X to V" clause ("calls for Israel to withdraw")?"""
    return tok.dep_ in {"advcl", "ccomp"} and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in tok.children
    )


def _trigger_for(scope: _Scope, tok: Token) -> Trigger | None:
    if tok.pos_ not in {"VERB", "NOUN"}:
        return None
    return scope.lexicons.triggers.lookup(tok.lemma_.lower(), tok.pos_, _prep_of(tok))


# --- one event per chain of clauses ----------------------------------------------------


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in tok.children)


def _completes(tok: Token) -> bool:
    """Is the verb ``tok`` a clause that completes its head: a complement, a purpose or
    manner clause sharing its subject, or the content of a noun ("a demand that ...")?"""
    if tok.dep_ in COMPLEMENT_DEPS or _for_clause(tok):
        return True
    if tok.dep_ not in ADJUNCT_DEPS:
        return False
    return not _has_subject(tok) or (tok.dep_ == "acl" and tok.head.pos_ == "NOUN")


def _governor(scope: _Scope, tok: Token, depth: int = 0) -> Token | None:
    """The trigger whose event ``tok`` completes, if any (see the module docstring)."""
    head = tok.head
    if head.i == tok.i or depth > 2:
        return None
    if tok.pos_ == "VERB":
        if tok.dep_ == "conj" and head.pos_ == "VERB" and not _has_subject(tok):
            # "killing or *wounding* 50": a conjunct sharing its subject shares its place.
            return _governor(scope, head, depth + 1)
        if not _completes(tok):
            return None
        if tok.dep_ == "pcomp" and head.dep_ == "prep":
            if head.lower_ in DONE_FRAME_PREPS:
                return None  # "opened a meeting *after placing* the blame on X": another act
            head = head.head
        if _trigger_for(scope, head) is not None:
            return head
        # "staged a protest to demand ...": the clause completes the light verb's event.
        return _light_object(scope, head)
    if tok.dep_ == "nsubj" and head.pos_ == "VERB" and _trigger_for(scope, head) is not None:
        return head  # "Israeli air raids killed 20": the killing states the raids' act
    if tok.dep_ in NOUN_ARGUMENT_DEPS and head.pos_ == "VERB":
        light = light_head(tok, scope.lexicons.rules)
        if light is not None and light.i == head.i:
            # "threatened to hold a strike", "threatened to impose sanctions": the object
            # of a light verb belongs where the light verb's clause belongs.
            return _governor(scope, light, depth + 1)
        return head if _trigger_for(scope, head) is not None else None
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ not in FRAME_PREPS:
        owner = head.head
        if _trigger_for(scope, owner) is not None:
            return owner
        # "staged a strike in protest": the protest is part of the strike.
        noun = next((c for c in owner.children if c.dep_ == "dobj"), None)
        if noun is not None and noun.i != tok.i and _trigger_for(scope, noun) is not None:
            return noun
        if owner.pos_ == "VERB" and _completes(owner):
            # "refused to respond to a *demand*": what the completing clause is about
            # belongs to the act it completes.
            return _governor(scope, owner, depth + 1)
    return None


def _light_object(scope: _Scope, verb: Token) -> Token | None:
    """The trigger noun a light verb governs ("held *talks*"), if any."""
    if not is_light_verb(verb, scope.lexicons.rules):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # "launched artillery, mortar and rocket *fire*": a conjunct of the object is one too.
    objects += [conj for obj in objects for conj in obj.conjuncts]
    # "undertook a *mediation* mission": the compound names the act the object carries.
    objects += [c for obj in list(objects) for c in obj.children if c.dep_ == "compound"]
    return next((o for o in objects if _trigger_for(scope, o) is not None), None)


def _folded(scope: _Scope, tok: Token) -> str | None:
    """Why ``tok`` is not an event of its own, or None when it is."""
    if tok.i in scope.demanded:
        return "what a 'must' clause demands: coded as the demand"
    noun = _light_object(scope, tok) if tok.pos_ == "VERB" else None
    if noun is not None:
        return f"light verb: the event is its object '{noun.text}'"
    governor = _sourced_governor(scope, tok)
    if governor is not None and not _participle_act(scope, tok, governor):
        return f"completes '{governor.text}': folded into that event"
    if _passive_frame(tok):
        return f"done to the subject of '{tok.head.text}' by no one named: background"
    conditioned = _conditioned(scope, tok)
    if conditioned is not None and _codable(scope, conditioned):
        return f"the condition of '{conditioned.text}': folded into that event"
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and light_head(tok, scope.lexicons.rules) is None:
        return f"object of '{tok.head.text}', which is not an event verb"
    if _kind_word(scope, tok):
        return f"modifies '{tok.head.text}': names a kind of thing, not an event"
    if _restrictive_clause(scope, tok):
        return f"restricts '{tok.head.text}': background, not an event"
    if _nested_noun(scope, tok) and not _names_its_doer(scope, tok):
        return f"inside the phrase of '{tok.head.head.text}': background, not an event"
    clause = _restricting_ancestor(scope, tok)
    if clause is not None:
        return f"part of a clause restricting '{clause.head.text}' ('{clause.text}'): background"
    return None


def _names_its_doer(scope: _Scope, tok: Token) -> bool:
    """Does the noun ``tok`` name who did it in a "by" phrase of its own ("the wake of
    suicide attacks *by Hamas*", "the day of an offensive *by US warplanes*")? An act
    reported with its doer is an event even inside another noun's phrase; not inside an
    act's phrase ("demonstrations against violations *by X*": what the act is about) or
    an attribution ("according to a release *by X*")."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj":
        return False
    owner = tok.head.head
    if owner.lower_ in ATTRIBUTION or _trigger_for(scope, owner) is not None:
        return False
    finder = _finder(scope, tok)
    doers = [
        pobj
        for prep in tok.children
        if prep.dep_ == "prep" and prep.lower_ == "by"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    return any(is_actor(finder.resolve(doer)) for doer in doers)


def _sourced_governor(scope: _Scope, tok: Token) -> Token | None:
    """The nearest trigger up ``tok``'s chain of governors that will be an event (has an
    actor as its source): ``tok``'s event is folded into it. Any other passes ``tok`` on to
    its own ("agreed that their countries should cooperate to *encourage* refugees to
    *return*": both belong to the agreement); with no such trigger above ("it was agreed
    that Syria would withdraw") the act stands alone."""
    governor = _governor(scope, tok)
    for _ in range(MAX_STATEMENT_CHAIN):
        if governor is None or _codable(scope, governor):
            return governor
        governor = _governor(scope, governor)
    return None


def _participle_act(scope: _Scope, tok: Token, governor: Token) -> bool:
    """Is ``tok`` a participle adding an act of another kind to its governor's ("denied
    the charge, *accusing* the army instead", "visited Cairo, *urging* talks")? That is
    a second event; one of the same kind ("fired on the car, *killing* two") states the
    governor's act, and what a protest demands is the protest's purpose."""
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or _has_subject(tok):
        return False
    own, other = _trigger_for(scope, tok), _trigger_for(scope, governor)
    if own is None or other is None or other.plover in PURPOSE_TARGET_TYPES:
        return False
    return own.plover in PARTICIPLE_ACT_TYPES and own.plover != other.plover


def _passive_frame(tok: Token) -> bool:
    """Is the verb ``tok`` a passive participle framing its clause with no one named as
    its doer ("*Asked* about the raid, the minister said ...", "*Accused* of fraud, he
    resigned")? What it says was done to the clause's subject, by someone it does not
    name: no act of the subject's, and no event without its actor."""
    if tok.pos_ != "VERB" or tok.dep_ != "advcl" or tok.tag_ != "VBN":
        return False
    return not any(
        c.dep_ in {"nsubj", "nsubjpass", "agent", "aux", "auxpass"} for c in tok.children
    )


def _conditioned(scope: _Scope, tok: Token) -> Token | None:
    """The trigger whose event the verb ``tok`` states the condition of, if it opens an
    "if"/"unless" clause on one ("threatened to strike *unless* Israel *lifted* the
    siege", "will attack *if* the rebels *advance*"): the condition is no act of its own
    but part of the threat or promise (whose target it names), and hypothetical. A noun
    is the condition its light verb opens ("unless X *arranged* a *ceasefire*")."""
    clause = light_head(tok, scope.lexicons.rules) if tok.pos_ == "NOUN" else tok
    if clause is None or clause.pos_ != "VERB" or clause.dep_ != "advcl":
        return None
    if not any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children):
        return None
    head = clause.head
    if _trigger_for(scope, head) is not None:
        return head
    # "threatened to hold a strike unless ...": the condition is on the light verb's event.
    return _light_object(scope, head) or _governor(scope, head)


def _part_of_head(verb: Token) -> bool:
    """Is the verb ``verb`` part of its head's clause: a complement, a conjunct or a
    purpose? Not what someone said ("women who said they *were harassed*"): a reported
    claim is a statement of its own."""
    if verb.pos_ != "VERB" or verb.dep_ == "ccomp":
        return False
    return verb.dep_ in {"xcomp", "conj"} or _completes(verb)


def _restricting_ancestor(scope: _Scope, tok: Token) -> Token | None:
    """The restrictive relative clause or participle that ``tok`` is part of without
    heading it, if any: an act a noun's defining clause aims at, tries or carries out is
    background like the clause itself ("a resolution *that aims* to tighten *sanctions*",
    "rebels *fighting* to *topple* the government", "the rally *staged* by students to
    *protest* the decision"). The walk goes up through objects, conjuncts and clauses
    completing their head, and stops at the first clause on a noun."""
    node = tok
    for _ in range(MAX_CLAUSE_DEPTH):
        if node.pos_ == "NOUN" and node.dep_ in NOUN_ARGUMENT_DEPS | {"conj"}:
            node = node.head
        elif node.pos_ == "VERB" and node.dep_ in RELATIVE_DEPS:
            if node.i == tok.i or not _restrictive_clause(scope, node):
                return None
            return node
        elif _part_of_head(node):
            if node.dep_ == "pcomp" and node.head.dep_ == "prep":
                node = node.head
            node = node.head
        else:
            return None
        if node.pos_ not in {"VERB", "NOUN"}:
            return None
    return None


def _restrictive_clause(scope: _Scope, tok: Token) -> bool:
    """Is the verb ``tok`` a restrictive relative clause or participle, which says which
    thing a noun means rather than stating an event ("guerrillas *who overran* it", "the
    property *seized* by the army", "rebels *fighting* the government")? One set off by
    a comma adds news of its own ("Israel, which *bombed* Gaza, ...") and stays, as do a
    relative clause in an apposition ("X, the leader *who ordered* ..."), a participle
    giving a document's content ("a declaration *demanding* ...") and the clause of an
    existential ("there is no way we will *disarm*")."""
    if tok.pos_ != "VERB" or tok.dep_ not in RELATIVE_DEPS or tok.head.pos_ not in NOMINAL:
        return False
    if tok.dep_ == "acl" and main_verb_on_noun(tok):
        return False  # a past tense the parser took for a participle: a main verb
    if tok.dep_ == "acl" and _owned_infinitive(tok):
        return False  # "Ghana's decision *to impose* a curfew": the owner's own act
    start = tok.left_edge.i
    while start > 0 and tok.doc[start - 1].is_space:
        start -= 1  # "Lynch,  who": a second space is a token of its own
    if start > 0 and tok.doc[start - 1].text in SETTING_OFF:
        return False
    head = tok.head
    if head.dep_ == "attr" and any(c.dep_ == "expl" for c in head.head.children):
        return False  # "there is no way we will *disarm*": the existential states it
    if tok.dep_ == "relcl" and head.dep_ == "appos":
        # "Hasan, the psychiatrist *who killed* 13": an apposition is set off from the
        # name it describes, and the clause in it tells news about that name.
        return False
    return tok.dep_ == "relcl" or tok.head.lemma_.lower() not in scope.lexicons.reporting.documents


def _owned_infinitive(verb: Token) -> bool:
    """Is ``verb`` an infinitive on a noun that has an owner ("Ghana's decision *to
    impose* a curfew", "the rebels' plan *to attack*")? It states what the owner decided,
    planned or offered to do, not which thing the noun means."""
    return to_infinitive(verb) and any(c.dep_ == "poss" for c in verb.head.children)


def _nested_noun(scope: _Scope, tok: Token) -> bool:
    """Is the noun ``tok`` named inside another noun's phrase ("demonstrations against
    the *violations*", "an attack in the current *uprising*") or an attribution
    ("according to a press *release*")? Such a noun refers to an event as background to
    the one the clause states, or to no event. Not after a measure ("5 million
    dollars *of* aid", "thousands of ..."), which only counts the noun, nor acts that
    the object of a light verb holds ("staged a day of *protests*")."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    if claimant(tok, scope.lexicons.rules) is not None:
        return False  # "claimed responsibility for the *bombing*": the claimant's act
    owner = tok.head.head
    if tok.tag_ == "NNS" and light_head(tok, scope.lexicons.rules) is not None:
        # "launched a campaign of *attacks*", "staged a day of *protests*": the acts the
        # light verb's object holds are its event. Not a thing it is about ("conducted
        # the test of a *bomb*", "gave it their seal of *approval*").
        return False
    if owner.lower_ in ATTRIBUTION:
        return True  # "according to a press *release*" names where words come from
    if owner.pos_ not in {"NOUN", "PROPN"}:
        return False
    measure = scope.lexicons.rules.is_partitive(owner.text) or any(
        c.dep_ == "nummod" for c in owner.children
    )
    return not (tok.head.lower_ == "of" and measure)


def _kind_word(scope: _Scope, tok: Token) -> bool:
    """Is the noun ``tok`` a modifier naming a kind of thing ("*aid* convoys", "*truce*
    monitors", "*protest* leaders") rather than an event? Not when its phrase is the
    object of a light verb ("launched a *mediation* effort")."""
    return (
        tok.pos_ == "NOUN"
        and tok.dep_ == "compound"
        and tok.head.pos_ in {"NOUN", "PROPN"}
        and light_head(tok, scope.lexicons.rules) is None
    )


def _own_children(scope: _Scope, tok: Token) -> list[Token]:
    """``tok``'s dependents, and for a noun its light verb's ("staged a protest *to demand*")."""
    children = list(tok.children)
    light = light_head(tok, scope.lexicons.rules) if tok.pos_ == "NOUN" else None
    if light is not None:
        children += [c for c in light.children if c.i != tok.i]
    return children


def _codable(scope: _Scope, tok: Token) -> bool:
    """Will the trigger ``tok`` be an event (so that what it governs can be folded into
    it): does it have an actor as its source, and the object it needs, if any? "It was
    agreed that Syria would withdraw" has no source, and "delivered a speech" an object
    that makes it no event: what they govern stands alone."""
    trigger = _trigger_for(scope, tok)
    if trigger is None or _ruled_out_by_object(scope, tok, trigger):
        return False
    return bool(_sources(scope, _finder(scope, tok), tok, trigger))


def _finder(scope: _Scope, tok: Token) -> TargetFinder:
    """A target finder that reads "we" and "I" inside a quote as its speaker."""
    quote = _quote_index(scope, tok)
    speaker = scope.speakers.get(quote) if quote is not None else None
    return TargetFinder(scope.index, speaker, scope.lexicons.rules)


def _folded_into(scope: _Scope, tok: Token) -> Iterator[Token]:
    """The triggers folded into ``tok``'s event (its complements, purposes, objects)."""
    for child in _own_children(scope, tok):
        heads = [child]
        if child.dep_ == "prep":
            heads = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
        elif is_light_verb(child, scope.lexicons.rules):
            heads += [c for c in child.children if c.dep_ == "dobj"]
        for node in heads:
            if _trigger_for(scope, node) is None:
                continue
            governor = _governor(scope, node)
            if governor is not None and governor.i == tok.i:
                yield node


def _condition_subject(tok: Token) -> Token | None:
    """The subject of an "unless"/"if" clause on ``tok`` or on a clause completing it
    ("threatened to strike unless Israel rescinds")."""
    nodes = [tok, *(c for c in tok.children if c.pos_ == "VERB" and c.dep_ in COMPLEMENT_DEPS)]
    for node in nodes:
        for child in node.children:
            if child.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in child.children
            ):
                return next((c for c in child.children if c.dep_ == "nsubj"), None)
    return None


# --- coding -------------------------------------------------------------------------------


def _recoded(row: Recoding | None, coding: _Coding, why: str) -> _Coding:
    if row is None or row.cameo == coding.cameo:
        return coding
    rule = f"{why}: {coding.cameo} -> {row.cameo}"
    return _Coding(
        row.cameo, row.plover, row.mode, f"{coding.rule}; {rule}" if coding.rule else rule
    )


def _of_objects(tok: Token) -> list[Token]:
    """The objects of ``tok``'s "of" phrases."""
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj"]  # fmt: skip


def _object_words(tok: Token) -> list[str]:
    """What ``tok`` acts on, as lookup keys: "martial law", then "law" (and, after all
    objects, their compound modifiers alone)."""
    if tok.pos_ == "VERB":
        objects = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    else:
        objects = _of_objects(tok) + [c for c in tok.children if c.dep_ == "compound"]
    # "received a mission of observers", "sent a shipment of arms": what the measure holds.
    objects += [inner for obj in list(objects) for inner in _of_objects(obj)]
    words = []
    for obj in objects:
        lemma = obj.lemma_.lower()
        words += [
            f"{m.lemma_.lower()} {lemma}" for m in obj.lefts if m.dep_ in {"compound", "amod"}
        ]
        words.append(lemma)
    # Last, what a compound says the object is about: "violated the *ceasefire* agreement".
    words += [m.lemma_.lower() for obj in objects for m in obj.lefts if m.dep_ == "compound"]
    # And whether the object is a person ("joined *Kim* on the trip" goes along with him),
    # whether the verb says what its object is ("*called* the plan a sham"), or whether
    # a verb has none ("Mr X *charged*" says something, charges no one).
    if any(names_person(obj) for obj in objects):
        words.append(PERSON)
    if any(c.dep_ == "oprd" for c in tok.children):
        words.append(PREDICATE)
    if not objects and tok.pos_ == "VERB":
        words.append(NO_OBJECT)
    return words


def _lexicon_coding(scope: _Scope, tok: Token, trigger: Trigger) -> _Coding:
    """The lexicon's code for ``tok``, made specific by its object where the object table
    says so ("violate a ceasefire" is 196)."""
    coding = _Coding(trigger.cameo, trigger.plover, trigger.mode)
    rules = scope.lexicons.rules
    row = rules.by_object(rules.object_key(trigger.lemma, trigger.prep), _object_words(tok))
    if row is None or not row.has_code or row.cameo == trigger.cameo:
        return coding
    rule = f"object '{row.object}': {trigger.cameo} -> {row.cameo}"
    return _Coding(row.cameo, row.plover, row.mode, rule)


def _inner_act(scope: _Scope, inner: Token) -> tuple[Token, _Coding] | None:
    """The act a folded trigger states, and its code: for a light verb that is itself a
    trigger ("threatened to *impose* sanctions"), the noun it governs."""
    noun = _light_object(scope, inner) if inner.pos_ == "VERB" else None
    node = noun if noun is not None else inner
    trigger = _trigger_for(scope, node)
    if trigger is None or _ruled_out_by_object(scope, node, trigger):
        return None  # "vowed to protect jobs": protecting jobs is no act to recode by
    return node, _lexicon_coding(scope, node, trigger)


def _ruled_out_by_object(scope: _Scope, tok: Token, trigger: Trigger) -> bool:
    """Is ``tok`` no event with its object ("deliver a speech", "recall a visit")?"""
    rules = scope.lexicons.rules
    return rules.rules_out(rules.object_key(trigger.lemma, trigger.prep), _object_words(tok))


def _declines_comment(scope: _Scope, tok: Token, trigger: Trigger) -> bool:
    """Is ``tok`` a refusal to say something ("declined to comment", "refused to say how
    long")? That is CAMEO 011, a public statement with no PLOVER type, not a rejection:
    the refused verb is a verb of saying that codes no event of its own. A reply refused
    *to* someone's demand is a rejection ("refused to respond to their demands")."""
    if trigger.plover != "REJECT":
        return False
    return any(
        child.dep_ == "xcomp"
        and scope.lexicons.reporting.is_cue(child.lemma_.lower())
        and _trigger_for(scope, child) is None
        and not any(c.dep_ == "prep" and c.lower_ == "to" for c in child.children)
        for child in tok.children
    )


def _governed_code(scope: _Scope, tok: Token, coding: _Coding, rule: str, negated: bool) -> _Coding:
    """The code of an agreement, refusal or threat from the act it governs: "agreed to
    withdraw" is an intent to de-escalate, "refused to meet" a refusal to meet."""
    rules = scope.lexicons.rules
    for inner in _folded_into(scope, tok):
        found = _inner_act(scope, inner)
        if found is None or found[1].cameo[:2] in SPEECH_ACT_ROOTS:
            continue
        node, act = found
        root = act.cameo[:2]
        if any(c.dep_ == "neg" for c in node.children):
            return coding  # "agreed not to attack": the agreement stands as it is
        if inner.pos_ == "VERB" and inner.dep_ != "xcomp":
            return coding  # "agreed that others should ...": not the actor's own act
        if node.dep_ == "pobj" and node.head.lower_ in OPPOSING_PREPS:
            return coding  # "warned against sanctions" opposes them: no threat of them
        if rule in {"obligation", "appeal"} and root not in COOPERATION_ROOTS:
            return coding  # a demand for conflict or for a statement keeps its own code
        if rule == "intent" and negated:
            # "did not agree to release", "will never accept the occupation"
            base = act if root in COOPERATION_ROOTS | REQUEST_ROOTS else coding
            why = f"refusal ({node.text})"
            refused = _requested_act(scope, node, base)
            return _recoded(rules.recode("refusal", refused.cameo), coding, why)
        if negated:
            return coding  # "did not refuse", "did not threaten"
        if rule == "refusal":
            act = _requested_act(scope, node, act)
        if rule == "intent" and root in REQUEST_ROOTS:
            if node.pos_ == "VERB":
                return coding  # "promised to seek a law" will ask, yields to no one
            rule = "accede"  # "accepted the demands" yields to them
        elif rule == "intent" and root in CONFLICT_ROOTS:
            if node.pos_ == "NOUN":
                return coding  # "accepted the occupation" promises nothing
            rule = "threat"  # "vowed to attack" promises conflict: a threat
        return _recoded(rules.recode(rule, act.cameo), coding, f"{rule} ({node.text})")
    return coding


def _requested_act(scope: _Scope, request: Token, coding: _Coding) -> _Coding:
    """What a refused request asks for, as the act refused: "rejected calls for his
    *resignation*" rejects a change of leadership (1231), "turned down demands for *talks*"
    a meeting (125). ``coding`` itself when ``request`` is no request noun or names no act
    of cooperation."""
    if request.pos_ == "VERB" or coding.cameo[:2] not in REQUEST_ROOTS:
        return coding
    for inner in _folded_into(scope, request):
        found = _inner_act(scope, inner)
        if found is not None and found[1].cameo[:2] in COOPERATION_ROOTS:
            return found[1]
    return coding


def _yielded_to(scope: _Scope, tok: Token, coding: _Coding) -> _Coding:
    """What a yielding act gives in to, when it is a request that names an act: "will not
    meet the demands to *release* the prisoners" refuses a release (1243), not just to
    yield (124). ``coding`` itself otherwise."""
    for inner in _folded_into(scope, tok):
        found = _inner_act(scope, inner)
        if found is None or found[1].cameo[:2] not in REQUEST_ROOTS:
            continue
        requested = _requested_act(scope, found[0], found[1])
        if requested is not found[1]:
            return requested
    return coding


def _own_statement(scope: _Scope, tok: Token, source: Resolved | None) -> bool:
    """Is an announced act the actor's own intention ("Iran said it would attack", "Germany
    will send troops, officials said"), not someone else's prediction ("analysts expect
    that Pakistan will attack")? A reported announcement is the actor's; a clause that
    another actor expects, believes or fears is not."""
    node = tok
    for _ in range(MAX_STATEMENT_CHAIN):
        if node.dep_ == "ccomp" and node.head.i != node.i:
            if scope.lexicons.reporting.is_cue(node.head.lemma_):
                return True
            thinker = subject_of(node.head)
            if thinker is None or source is None:
                return True
            finder = TargetFinder(scope.index, None, scope.lexicons.rules)
            other = finder.resolve(thinker)
            same_state = other.code is not None and other.code[:3] == (source.code or "")[:3]
            return same_actor(other, source) or same_state
        if not _governed_clause(node) or node.head.i == node.i:
            return True
        node = node.head
    return True


def _code(
    scope: _Scope,
    tok: Token,
    trigger: Trigger,
    modality: Modality,
    effects: set[str],
    source: Resolved | None,
) -> _Coding:
    """The event's code: the lexicon's, unless a governed act, an intention, a threat or a
    refusal changes it."""
    rules = scope.lexicons.rules
    coding = _lexicon_coding(scope, tok, trigger)
    rule = GOVERNOR_RULES.get(coding.plover)
    if coding.cameo.startswith(DEMAND_ROOT):
        rule = "obligation"  # "demanded the withdrawal" is a demand to de-escalate (1056)
    elif coding.cameo.startswith(APPEAL_ROOT):
        rule = "appeal"  # "called for talks" is an appeal to negotiate (026)
    if rule is not None:
        return _governed_code(scope, tok, coding, rule, "negated" in effects)
    root = coding.cameo[:2]
    refused = "negated" in effects and ("intended" in effects or "refused" in effects)
    if refused and root in COOPERATION_ROOTS:
        refused_act = _yielded_to(scope, tok, coding)
        return _recoded(rules.recode("refusal", refused_act.cameo), coding, "refusal")
    if "negated" in effects or modality != "intended" or not _own_statement(scope, tok, source):
        return coding
    if root in CONFLICT_ROOTS:
        why = "conditional threat" if _condition_subject(tok) is not None else "threat"
        return _recoded(rules.recode("threat", coding.cameo), coding, why)
    if root in COOPERATION_ROOTS:
        # "will withdraw its force unless ..." puts a price on cooperation: a threat.
        if _condition_subject(tok) is not None and trigger.plover == "RETREAT":
            return _recoded(rules.recode("threat", coding.cameo), coding, "conditional threat")
        return _recoded(rules.recode("intent", coding.cameo), coding, "intent")
    return coding


# --- events ------------------------------------------------------------------------------


def _event_actor(resolved: Resolved) -> EventActor:
    phrase = phrase_span(resolved.span)
    return EventActor(
        name=resolved.name,
        actor=resolved.draft.id if resolved.draft is not None else None,
        code=resolved.code,
        start=phrase.start_char,
        end=phrase.end_char,
    )


def _quote_index(scope: _Scope, tok: Token) -> int | None:
    """The index of the quote whose span holds ``tok`` (quotes never overlap)."""
    k = bisect_right(scope.quote_starts, tok.idx) - 1
    if k >= 0 and tok.idx < scope.quotes[k].end:
        return k
    return None


def _sources(scope: _Scope, finder: TargetFinder, tok: Token, trigger: Trigger) -> list[Resolved]:
    """The actors doing the act of the trigger ``tok``, worked out once per trigger (a
    governor's are asked for before its own event is coded)."""
    known = scope.sources.get(tok.i)
    if known is None:
        known = _find_sources(scope, finder, tok, trigger)
        scope.sources[tok.i] = known
    return known


def _find_sources(
    scope: _Scope, finder: TargetFinder, tok: Token, trigger: Trigger
) -> list[Resolved]:
    for candidate in source_candidates(tok, trigger, scope.lexicons.rules):
        each = finder.resolve_each(candidate)
        resolved = [r for s in each for r in split_by_country(finder, s.span.root) or [s]]
        actors = [r for r in resolved if is_actor(r)]
        if actors:
            return [with_count(r, candidate, scope.lexicons.rules) for r in actors]
    counted = crowd(scope.index, tok, scope.lexicons.rules)
    if counted is not None:
        return [counted]
    return _unclaimed_attack(scope, finder, tok, trigger)


def _unclaimed_attack(
    scope: _Scope, finder: TargetFinder, tok: Token, trigger: Trigger
) -> list[Resolved]:
    """The source of a violent act whose subject is an attack no one is named for ("a
    car *bomb* killed 20", "a minefield *explosion* wounded five"): the attack itself
    stands for its unidentified perpetrators, so the killing is still an event."""
    if tok.pos_ != "VERB" or trigger.plover != ASSAULT:
        return []
    # Its own active subject only: "police being *shot*" names whom it is done to.
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return []
    act = _trigger_for(scope, subject)
    if act is None or act.plover != ASSAULT:
        return []
    return [finder.resolve(subject)]


def _targets(
    scope: _Scope,
    finder: TargetFinder,
    tok: Token,
    trigger: Trigger,
    source: Resolved,
    mutual: bool = False,
) -> list[Resolved]:
    """The targets of ``tok``'s event: its own, else those of the acts folded into it.
    None of a ``mutual`` act's inner acts: conjoined subjects that "agreed that their
    countries should cooperate" agreed with each other."""
    found = finder.target(tok, trigger, source)
    if found is None and mutual:
        return []
    if found is None:
        for inner in _complements(scope, tok):
            inner_trigger = _trigger_for(scope, inner) or trigger
            if not _adjunct_names_target(inner, trigger) and not _casualties(
                trigger, inner_trigger
            ):
                continue
            if aimed_elsewhere(trigger, inner_trigger):
                continue  # "called for attacks against Israel" asks no one of Israel
            found = finder.target(inner, inner_trigger, source)
            if found is not None:
                break
    if found is None:
        found = _condition_subject(tok)  # "will withdraw unless X ...": X is threatened
    if found is None and trigger.plover in SITE_TARGET_TYPES:
        found = next(_site_objects(tok), None)
    if found is None and trigger.plover not in PLACE_NOT_TARGET:
        found = _place_target(scope, tok)
    if found is None:
        return []
    resolved = finder.resolve_each(found)
    return [r for r in resolved if is_actor(r) and not same_actor(r, source)]


def _casualties(trigger: Trigger, inner: Trigger) -> bool:
    """Does the violent act ``inner``, in a clause on the attack ``trigger``, say whom
    the attack hit ("blew himself up, *killing* 12 soldiers")?"""
    return trigger.plover == inner.plover == "ASSAULT"


def _site_objects(tok: Token) -> Iterator[Token]:
    """What a protest is held outside or in front of ("rallied outside the Turkish
    embassy", "a strike in front of parliament"): the body it is aimed at."""
    for node in {tok, _anchor(tok)}:
        for prep in (c for c in node.children if c.dep_ == "prep"):
            if prep.lower_ in SITE_PREPS:
                yield from (c for c in prep.children if c.dep_ == "pobj")
            front = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if prep.lower_ == "in" and front is not None and front.lower_ == "front":
                for of in (c for c in front.children if c.dep_ == "prep" and c.lower_ == "of"):
                    yield from (c for c in of.children if c.dep_ == "pobj")


def _placed(target: Resolved, place: Place | None) -> Resolved:
    """A target named only by its role belongs to the state where the act happened
    ("Israeli troops killed three people in Gaza", "bombed villages in northern Iraq"):
    the country guessed from what the article is about gives way to the place's."""
    if not target.guessed or not target.code or place is None or place.country is None:
        return target
    return replace(target, code=place.country + target.code[len(place.country) :])


def _adjunct_names_target(inner: Token, trigger: Trigger) -> bool:
    """May the clause ``inner`` say whom its governor's act is done to? A complement or
    a noun's content does ("agreed to lift sanctions on Iran"); a purpose or manner
    clause only says whom a protest is against ("marched to demand the minister's
    resignation"): another act's purpose is an act of its own ("resigned to allow
    elections", "denounced the attacks, saying the rebels ..."). An infinitive the
    parser took for a purpose may complete a promise, request, refusal or threat
    ("promised on Sunday to end the blockade")."""
    if inner.dep_ not in ADJUNCT_TARGET_DEPS or _for_clause(inner):
        return True
    if trigger.plover in PURPOSE_TARGET_TYPES:
        return True
    return to_infinitive(inner) and trigger.plover in INFINITIVE_TARGET_TYPES


def _place_target(scope: _Scope, tok: Token) -> Token | None:
    """A place where the act happened, standing for the state it is done to ("bombs in
    Kabul", "eased measures in Montenegro"): the last resort for a target."""
    for pobj in _place_objects(tok):
        # "in the capital Kabul": the place may be named in apposition.
        for node in (pobj, *(c for c in pobj.children if c.dep_ == "appos")):
            draft = scope.index.actor_of(node)
            if draft is not None and draft.kind == "place":
                return node
    return None


def _place_objects(tok: Token) -> Iterator[Token]:
    """The objects of "in"/"at" on the trigger, then on the verb its noun hangs on."""
    nodes = [tok] if _anchor(tok).i == tok.i else [tok, _anchor(tok)]
    for node in nodes:
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
                yield from (c for c in child.children if c.dep_ == "pobj")


def _complements(scope: _Scope, tok: Token, depth: int = 0) -> Iterator[Token]:
    """Clauses and folded triggers whose target may stand for ``tok``'s ("agreed to lift
    embargoes on Iran"), nearest first."""
    if depth >= MAX_TARGET_DEPTH:
        return
    for child in _own_children(scope, tok):
        if child.pos_ == "VERB" and _completes(child):
            yield child
            yield from _complements(scope, child, depth + 1)
    yield from _folded_into(scope, tok)


def _events_for(scope: _Scope, tok: Token, trigger: Trigger) -> Iterator[Event]:
    entry = entry_text(trigger)
    if _ruled_out_by_object(scope, tok, trigger):
        scope.note(tok, entry, "discarded", "not an event with its object")
        return
    if _declines_comment(scope, tok, trigger):
        scope.note(tok, entry, "discarded", "declined comment (CAMEO 011): a statement")
        return
    quote = _quote_index(scope, tok)
    finder = _finder(scope, tok)
    sources = _sources(scope, finder, tok, trigger)
    if not sources:
        scope.note(tok, entry, "discarded", "no actor as its source")
        return
    modality, effects = _modality(scope, tok)
    coding = _code(scope, tok, trigger, modality, effects, sources[0])
    when, when_text = _date(scope, tok, future=modality == "intended")
    if quote is not None and modality == "asserted":
        # An act a quote asserts is reported; one it announces or supposes stays intended
        # or hypothetical ("we will retaliate"), and ``quote`` says whose words they are.
        modality = "reported"
    place = _place(scope, tok)
    sentence = scope.index.sentence_of(tok)
    triggers = scope.lexicons.triggers
    mutual = is_mutual(tok, trigger, coding.plover, coding.cameo, triggers) and len(sources) > 1
    for source in sources:
        targets: list[Resolved | None] = [
            _placed(t, place) for t in _targets(scope, finder, tok, trigger, source, mutual)
        ]
        if not targets and mutual:
            targets = [s for s in sources if s is not source]
        if not targets and needs_target(coding.plover):
            scope.note(tok, entry, "discarded", f"{coding.plover} with no one to meet")
            continue
        for target in targets or [None]:
            span = _event_span(tok, sentence, source, target)
            scope.note(
                tok,
                entry,
                "coded",
                f"{coding.cameo} {coding.plover}"
                + (f" ({coding.rule})" if coding.rule else "")
                + f": {source.name} -> {target.name if target else '-'}",
            )
            yield Event(
                cameo=coding.cameo,
                plover=coding.plover,
                mode=coding.mode,
                verb=tok.lemma_.lower(),
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                sentence=_sentence_text(scope, sentence, span),
                source=_event_actor(source),
                target=_event_actor(target) if target is not None else None,
                negated="negated" in effects,
                modality=modality,
                date=when,
                date_text=when_text,
                location=place,
                quote=quote,
                trigger=entry,
                rule=coding.rule,
            )


def _obligation(scope: _Scope, tok: Token) -> Event | None:
    """A demand stated as an obligation: "X said (that) Y must act" is X demanding of Y."""
    if tok.dep_ != "ccomp" or not scope.lexicons.reporting.is_cue(tok.head.lemma_):
        return None
    aux = next((c for c in tok.children if c.dep_ == "aux" and c.norm_ in OBLIGATION_AUX), None)
    if aux is None:
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    speaker_tok = subject_of(tok.head)
    if subject is None or speaker_tok is None:
        return None
    act = _inner_act(scope, tok)
    row = scope.lexicons.rules.recode("obligation", act[1].cameo if act else "")
    if row is None:
        return None
    quote = _quote_index(scope, tok)
    finder = _finder(scope, tok)
    source, target = finder.resolve(speaker_tok), finder.resolve(subject)
    if not is_actor(target) and subject.pos_ == "PRON" and (stand_in := reporter(tok)):
        target = finder.resolve(stand_in)  # "told Hamas it must release": Hamas
    entry = f"{aux.norm_} (obligation)"
    if not (is_actor(source) and is_actor(target)) or same_actor(source, target):
        scope.note(tok, entry, "discarded", "speaker or addressee is not an actor")
        return None
    scope.demanded.add(tok.i)
    sentence = scope.index.sentence_of(tok)
    span = _event_span(tok.head, sentence, source, target)
    when, when_text = _date(scope, tok.head, future=False)
    scope.note(tok, entry, "coded", f"{row.cameo} {row.plover}: {source.name} -> {target.name}")
    return Event(
        cameo=row.cameo,
        plover=row.plover,
        mode=row.mode,
        verb=tok.head.lemma_.lower(),
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        sentence=_sentence_text(scope, sentence, span),
        source=_event_actor(source),
        target=_event_actor(target),
        modality="reported" if quote is not None else "asserted",
        date=when,
        date_text=when_text,
        location=_place(scope, tok),
        quote=quote,
        trigger=entry,
        rule=f"obligation: {tok.text} -> {row.cameo}",
    )


def _sentence_text(scope: _Scope, sent: Span, span: Span) -> str:
    """The sentence an event is stated in; for a sentence that runs on past
    MAX_SENTENCE_CHARS (no full stops), the part of it around the event."""
    start, end = sent.start_char, sent.end_char
    if end - start > MAX_SENTENCE_CHARS:
        start = max(start, span.start_char - SENTENCE_WINDOW)
        end = min(end, span.end_char + SENTENCE_WINDOW)
    return scope.index.text[start:end].strip()


def _event_span(tok: Token, sent: Span, source: Resolved, target: Resolved | None) -> Span:
    """The words that state the event: from its first participant to its last."""
    doc = tok.doc
    ends = [tok.i, tok.i + 1]
    for part in (source, target):
        if part is not None and part.span.start >= sent.start and part.span.end <= sent.end:
            ends += [part.span.start, part.span.end]
    return doc[min(ends) : max(ends)]


# --- modality, date, place -----------------------------------------------------


def _modality(scope: _Scope, tok: Token) -> tuple[Modality, set[str]]:
    """The modality and the set of effects ("negated", "intended", "refused" for a
    negating governor such as "refused to") from a noun's modifiers, auxiliaries,
    governing words, markers and negators, up the trigger's chain of governing clauses
    until a reporting verb: "did not say that X attacked" does not negate the attack."""
    lex = scope.lexicons.modality
    # "a *proposed* ban", "the *planned* visit": the noun names an act not (yet) done.
    effects = {
        e
        for c in tok.children
        if tok.pos_ == "NOUN" and c.dep_ == "amod" and (e := lex.effect(c.lower_, "modifier"))
    }
    node = _light_anchor(scope, tok)
    reported = False
    # Coming up from a conjunct, the verb it is joined to does not govern it ("declined
    # to comment and defended the ad" refuses only the comment), and a conjunct with
    # a subject or auxiliary of its own shares none of that verb's words but its marker
    # ("is not against anyone, but will vote for him"); both share what governs the pair.
    coordinated = own_clause = questioned = False
    for depth in range(4):
        level = set()
        for child in node.children:
            role = ROLE_OF_DEP.get(child.dep_)
            if own_clause and role != "mark":
                continue  # "whether it came from X or was fired": the marker is shared
            if role is None and depth > 0 and child.dep_ == "det":
                role = "neg"  # "there is no way we will ..."
            # norm_ folds "wo"/"’ll" to "will" and "n’t" to "not".
            if role and (e := lex.effect(child.norm_, role) or lex.effect(child.lower_, role)):
                level.add(e)
        if depth > 0 and not coordinated and (e := _governor_effect(lex, node)):
            level |= {e, "refused"} if e == "negated" else {e}
        if questioned:
            # "did not know whether X would endorse him", "will decide whether to meet":
            # the negation or intention is of the knowing or deciding; the act stays open.
            level &= {"hypothetical"}
        effects |= level
        questioned = questioned or any(
            c.dep_ == "mark" and lex.effect(c.lower_, "mark") == "hypothetical"
            for c in node.children
        )
        if not _governed_clause(node) or node.head.i == node.i:
            break
        coordinated, own_clause = node.dep_ == "conj", _own_clause(node)
        node = node.head
        if scope.lexicons.reporting.is_cue(node.lemma_):
            # "calls for X to withdraw" asks for it; "said that X withdrew" only reports.
            if lex.effect(node.lemma_, "governor") == "hypothetical":
                effects.add("hypothetical")
            reported = True
            break
    if "conditional" in effects:
        effects.add("intended" if reported else "hypothetical")
    modality: Modality = "asserted"
    if "hypothetical" in effects and "intended" not in effects:
        modality = "hypothetical"
    elif "intended" in effects:
        modality = "intended"
    return modality, effects


def _governor_effect(lex: ModalityLexicon, verb: Token) -> str | None:
    """What governing ``verb`` makes of the act it governs: its passive effect where it
    is passive and has one ("is expected to meet" predicts, "expects to meet" intends),
    else its own."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return (passive and lex.effect(verb.lemma_, "passive")) or lex.effect(verb.lemma_, "governor")


def _own_clause(node: Token) -> bool:
    """Is ``node`` a conjunct with its own subject or auxiliary, a clause of its own that
    shares nothing with the one it is joined to ("is not against anyone, but *will vote*
    for him": the vote is not negated)?"""
    if node.dep_ != "conj":
        return False
    # A finite verb joined to a bare one ("did not attack and *withdrew*") cannot share
    # its auxiliary: it carries its own tense and negation.
    finite = node.tag_ in FINITE_TAGS and node.head.tag_ == "VB"
    return finite or any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in node.children)


def _governed_clause(node: Token) -> bool:
    """Does ``node``'s clause take its modality from its head: a complement, or an
    infinitive the parser hung as an adverbial clause ("have sworn to fight")?"""
    if node.dep_ in MODALITY_CHAIN_DEPS:
        return True
    return node.dep_ == "advcl" and to_infinitive(node)


def _light_anchor(scope: _Scope, tok: Token) -> Token:
    """Where a noun trigger's modality is read: the light verb it is the object of."""
    if tok.pos_ == "NOUN":
        return light_head(tok, scope.lexicons.rules) or tok
    return tok


def _anchor(tok: Token) -> Token:
    """Where a trigger's clause hangs: a noun trigger's verb ("held talks"), else itself."""
    return tok.head if tok.pos_ == "NOUN" and tok.dep_ in {"dobj", "pobj"} else tok


def _clause_tokens(tok: Token) -> Iterator[Token]:
    """Tokens of the trigger's own clause (not of clauses embedded in it), at most
    MAX_CLAUSE_DEPTH levels below it."""
    stack = [(c, 1) for c in _anchor(tok).children]
    while stack:
        node, depth = stack.pop()
        if node.dep_ in {"ccomp", "relcl", "advcl"} or (
            node.pos_ in {"VERB", "AUX"} and node.i != tok.i
        ):
            continue
        yield node
        if depth < MAX_CLAUSE_DEPTH:
            stack.extend((c, depth + 1) for c in node.children)


def _date(scope: _Scope, tok: Token, future: bool) -> tuple[date | None, str | None]:
    for node in sorted(_clause_tokens(tok), key=lambda t: abs(t.i - tok.i)):
        ent = scope.index.entity_of(node)
        if ent is not None and ent.label_ == "DATE":
            resolved = resolve_date(ent.text, scope.published, future=future)
            if resolved is not None:
                return resolved, ent.text
    return scope.published, None


def _place(scope: _Scope, tok: Token) -> Place | None:
    for pobj in _place_objects(tok):
        ent = scope.index.entity_of(pobj)
        if ent is not None and ent.label_ in PLACE_LABELS:
            found = geocode(ent.text)
            if found is not None:
                return found
    return None
