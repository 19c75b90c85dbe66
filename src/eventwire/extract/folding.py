"""One event per chain of clauses: which triggers are not events of their own.

A trigger that completes another ("agreed to *withdraw*", "refused to *meet*",
"demanded the *withdrawal*", "staged a protest *demanding*") is folded into the nearest
trigger governing it that will itself be coded; a light verb ("held", "imposed") gives
way to the trigger noun it governs ("talks", "sanctions"); the condition of a threat
belongs to the threat. Background is no event: a trigger in a restrictive clause ("the
guerrillas *who praised* it"; not a past act of conflict by the actor it hangs on,
"militants *who attacked* a convoy"), inside another noun's phrase ("demonstrations
against the *violations*"), a noun naming a kind of thing ("*aid* convoys") or the object
of a verb that is not an event verb. :func:`fold_reason` says which rule applies."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from eventwire.extract.actors import TIME_LABELS
from eventwire.extract.codes import armed_code
from eventwire.extract.event_rules import SENDING_TEST
from eventwire.extract.event_scope import (
    ASSAULT,
    RELATIVE_DEPS,
    Scope,
    clause_of,
    codable,
    counted,
    decided_by,
    finder_for,
    for_clause,
    force_as_subject,
    sources_of,
    state_or_armed,
    trigger_for,
    undergoing_verb_of,
)
from eventwire.extract.lexicon import Trigger
from eventwire.extract.mentions import (
    NOMINAL,
    RELATIVE_TAGS,
    Resolved,
    agent_of,
    main_verb_on_noun,
    misread_main_verb,
    misread_participle,
    setting_subject,
    to_infinitive,
)
from eventwire.extract.modality import excluded_by, open_exclusion
from eventwire.extract.participants import (
    COMPLEMENT_DEPS,
    DESTINATION_PREPS,
    PURPOSE_DEPS,
    by_doers,
    claimant,
    is_actor,
    is_light_verb,
    light_head,
    light_phrase_objects,
    names_forces,
    names_people,
    same_actor,
)

# Acts whose purpose clause names their target ("marched to demand the minister's
# resignation"): the purpose is part of the act, not an act of its own.
PURPOSE_TARGET_TYPES = frozenset({"PROTEST"})
# Acts a participle adds to another kind of act as acts of their own ("denied it,
# *accusing* the army", "blasted the convoy, *killing* five"); a participle demanding or
# refusing something most often says what the act it hangs on is for ("blocked roads,
# *demanding* his release"), and the coercion words are too often used in another sense
# ("while *charging* students fees").
PARTICIPLE_ACT_TYPES = frozenset({"ACCUSE", "THREATEN", "ASSAULT"})
# A coercion participle on an act of force is a second act of its own, in its literal
# sense ("fired on the crowd, killing two and *arresting* ten").
COERCE = "COERCE"
# Acts no participle states the purpose of: what one adds to a visit or a meeting
# ("visited Damascus, *urging* Syria to resume talks") is an act of its own.
ENCOUNTER_TYPES = frozenset({"CONSULT"})
# Acts a restrictive relative clause on an actor states as news ("militants *who attacked*
# a convoy", "the bombing *that killed* 20"): conflict done by the noun's referent. Other
# acts in such a clause say which one is meant ("the man *who calls* himself X", "the
# manager *who promised* me"), and are background.
RELATIVE_ACT_TYPES = frozenset({"ASSAULT", "COERCE", "ACCUSE", "PROTEST", "THREATEN", "SANCTION"})
# Acts of force, which a participle in an apposition reports as news about the name it
# describes ("X, a commander *fighting* the rebels").
FORCE_TYPES = frozenset({"ASSAULT"})
# Clauses that may state the purpose or manner of an act ("protested, demanding ...").
ADJUNCT_DEPS = frozenset({"advcl", "acl", "pcomp"})
# Where a noun sits when it is what a verb acts on or asks for.
NOUN_ARGUMENT_DEPS = frozenset({"dobj", "nsubjpass", "attr"})
# How many governing triggers are passed on the way up to one that will be coded.
MAX_STATEMENT_CHAIN = 4
# How many levels a trigger is walked up to find the restrictive clause it is part of.
MAX_RESTRICTING_DEPTH = 4
# An intention with one of these conditions attached is a threat ("will withdraw unless").
CONDITION_MARKS = frozenset({"unless", "if"})
# Punctuation that sets a clause off from its noun (a non-restrictive clause).
SETTING_OFF = frozenset({",", "(", "-", "--", "\u2013", "\u2014"})
# Prepositions that set an act in time or circumstance: the act they name is another one
# ("called for a ban *after* the shooting by X"), not part of the act they hang on.
FRAME_PREPS = frozenset(
    {"after", "before", "following", "during", "since", "amid", "amidst", "despite", "until"}
)
# Of those, the ones whose clause states an act that has taken place ("opened a meeting
# *after placing* the blame on X"): it is an act of its own. Not "before"/"until", which
# may name one still to come ("demanded a truce *before allowing* aid").
DONE_FRAME_PREPS = FRAME_PREPS - {"before", "until"}
# Prepositions of a stretch of time an act has gone on for ("since 1964", "for decades").
DURATION_PREPS = frozenset({"since", "for"})
# Acts of helping forces may be sent to do ("sent soldiers *to support* the army"): the
# sending is aid, not the means of another act.
HELPING_TYPES = frozenset({"SUPPORT", "AID", "COOPERATE"})
# The preposition of forces sent into a place: a deployment, not aid ("sent troops *into*
# Chechnya").
DEPLOYMENT_PREP = "into"
# Classes of reporting verbs (reporting.tsv) that state what their object names.
STATING_CLASSES = frozenset({"speech", "writing", "naming"})
# "according to X": X says where the words come from, it is no event of its own.
ATTRIBUTION = frozenset({"according"})


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in tok.children)


def completes(tok: Token) -> bool:
    """Is the verb ``tok`` a clause that completes its head: a complement, a purpose or
    manner clause sharing its subject, or the content of a noun ("a demand that ...")?"""
    if misread_main_verb(tok):
        return False  # "workers held hostage *were freed*": the parse's slip, a main verb
    if tok.dep_ in COMPLEMENT_DEPS or for_clause(tok):
        return True
    if tok.dep_ not in ADJUNCT_DEPS:
        return False
    return not _has_subject(tok) or (tok.dep_ == "acl" and tok.head.pos_ == "NOUN")


def _governor(scope: Scope, tok: Token, depth: int = 0) -> Token | None:
    """The trigger whose event ``tok`` completes, if any (see the module docstring)."""
    head = tok.head
    if head.i == tok.i or depth > 2:
        return None
    if excluded_by(scope.lexicons.modality, tok):
        return None  # "has not ruled out a *strike*": the strike, left open, is the event
    if tok.pos_ == "VERB":
        if tok.dep_ == "conj" and head.pos_ == "VERB" and not _has_subject(tok):
            # "killing or *wounding* 50": a conjunct sharing its subject shares its place.
            return _governor(scope, head, depth + 1)
        if not completes(tok):
            return None
        if tok.dep_ == "pcomp" and head.dep_ == "prep":
            if head.lower_ in DONE_FRAME_PREPS:
                return None  # "opened a meeting *after placing* the blame on X": another act
            head = head.head
        sent = forces_sent_to(scope, head)
        if sent is not None and sent.i == tok.i:
            # "sent troops *to arrest* X": the act the forces are sent to do is the event,
            # and belongs where the sending's clause belongs.
            return _governor(scope, head, depth + 1)
        # "staged a protest to demand ...": the clause completes the light verb's event.
        return verb_event(scope, head)
    if tok.dep_ == "nsubj" and head.pos_ == "VERB":
        governing = trigger_for(scope, head)
        if governing is None or force_as_subject(scope, head, governing):
            return None  # "raids had helped the push": the raids are an act of their own
        return head  # "Israeli air raids killed 20": the killing states the raids' act
    if tok.dep_ in NOUN_ARGUMENT_DEPS and head.pos_ == "VERB":
        light = light_head(tok, scope.lexicons.rules)
        if light is not None and light.i == head.i:
            # "threatened to hold a strike", "threatened to impose sanctions": the object
            # of a light verb belongs where the light verb's clause belongs.
            return _governor(scope, light, depth + 1)
        return head if trigger_for(scope, head) is not None else None
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ not in FRAME_PREPS:
        owner = head.head
        light = light_head(tok, scope.lexicons.rules)
        if light is not None and light.i == owner.i:
            # "pressed ahead with the *strike*", "threatened to go on *strike*": the act
            # the light verb goes into belongs where the light verb's clause belongs.
            return _governor(scope, light, depth + 1)
        if trigger_for(scope, owner) is not None:
            return owner
        # "staged a strike in protest": the protest is part of the strike.
        noun = next((c for c in owner.children if c.dep_ == "dobj"), None)
        if noun is not None and noun.i != tok.i and trigger_for(scope, noun) is not None:
            return noun
        if owner.pos_ == "VERB" and completes(owner):
            # "refused to respond to a *demand*": what the completing clause is about
            # belongs to the act it completes.
            return _governor(scope, owner, depth + 1)
    return None


def light_object(scope: Scope, verb: Token) -> Token | None:
    """The trigger noun a light verb governs ("held *talks*"), or names in a phrase the
    verb is light with ("pressed ahead *with* the strike"), if any."""
    objects: list[Token] = []
    if is_light_verb(verb, scope.lexicons.rules):
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        # "launched mortar, tank and machine-gun *fire*": a conjunct of the object is one too.
        objects += [conj for obj in objects for conj in obj.conjuncts]
        # "undertook a *mediation* mission": the compound names the act the object carries;
        # not on a word for people ("holding two *aid* workers"), where it names their kind.
        objects += [
            c
            for obj in list(objects)
            if not names_people(obj)
            for c in obj.children
            if c.dep_ == "compound"
        ]
    objects += light_phrase_objects(verb, scope.lexicons.rules)
    return next((o for o in objects if trigger_for(scope, o) is not None), None)


def deployment(scope: Scope, tok: Token, trigger: Trigger, source: Resolved | None) -> bool:
    """Is the sending ``tok`` (the "sending" test of trigger_senses.tsv) a deployment of
    armed forces rather than aid: forces or police sent *into* a place ("sent troops into
    Chechnya"), or to a place of the sender's own state ("Arafat sent his police to Gaza
    City")? Forces sent to another state aid it."""
    rules = scope.lexicons.rules
    if source is None or tok.pos_ != "VERB" or rules.sense_test(trigger.lemma) != SENDING_TEST:
        return False
    sent = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not any(names_forces(c) for c in sent):
        return False
    preps = [c for c in tok.children if c.dep_ in {"prep", "dative"}]
    if any(p.lower_ == DEPLOYMENT_PREP for p in preps):
        return True
    home = (source.code or "")[:3]
    finder = finder_for(scope, tok)
    places = [o for p in preps if p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    return bool(home) and any((finder.resolve(o).code or "")[:3] == home for o in places)


def forces_sent_to(scope: Scope, verb: Token) -> Token | None:
    """The act armed forces are sent to do by ``verb``, a sending (the "sending" test of
    trigger_senses.tsv: "sent his police *to arrest* X", "deployed troops *to attack* the
    town"): that act is the event, the sending only its means. Not forces sent abroad
    ("sent troops to Bolivia to fight ...", not a :func:`deployment`), nor sent to help
    ("sent soldiers *to support* the army"): those are aid."""
    trigger = trigger_for(scope, verb) if verb.pos_ == "VERB" else None
    if trigger is None or scope.lexicons.rules.sense_test(trigger.lemma) != SENDING_TEST:
        return None
    if not any(c.dep_ == "dobj" and names_forces(c) for c in verb.children):
        return None
    destined = any(
        c.dep_ in {"prep", "dative"} and c.lower_ in DESTINATION_PREPS for c in verb.children
    )
    sources = sources_of(scope, finder_for(scope, verb), verb, trigger) if destined else []
    if destined and not (sources and deployment(scope, verb, trigger, sources[0])):
        return None  # "sent troops to Bolivia to fight ...": forces sent abroad are aid
    for clause in verb.children:
        act = trigger_for(scope, clause) if clause.dep_ in PURPOSE_DEPS else None
        if act is not None and to_infinitive(clause):
            return None if act.plover in HELPING_TYPES else clause
    return None


def verb_event(scope: Scope, verb: Token) -> Token | None:
    """The trigger whose event the verb ``verb`` states: the trigger noun it governs as a
    light verb ("held *talks*"), else the verb itself if it is a trigger. A light verb that
    is a trigger in other uses ("held a suspect", "imposed on") gives way to the noun, as
    fold_reason has it."""
    noun = light_object(scope, verb)
    if noun is not None:
        return noun
    return verb if trigger_for(scope, verb) is not None else None


def fold_reason(scope: Scope, tok: Token) -> str | None:
    """Why ``tok`` is not an event of its own, or None when it is."""
    if tok.i in scope.demanded:
        return "what a 'must' clause demands: coded as the demand"
    if open_exclusion(scope.lexicons.modality, tok):
        return "a negated verb of excluding rejects nothing: what it leaves open is the event"
    misread = _misread_participle_on(scope, tok)
    if misread is not None:
        return f"a participle on '{misread.text}' the parse read as its main verb: background"
    noun = light_object(scope, tok) if tok.pos_ == "VERB" else None
    if noun is not None:
        return f"light verb: the event is its object '{noun.text}'"
    purpose = forces_sent_to(scope, tok)
    if purpose is not None:
        return f"sends forces to '{purpose.text}': that act is the event"
    governor = _sourced_governor(scope, tok)
    if (
        governor is not None
        and not _participle_act(scope, tok, governor)
        and not _done_by_another(scope, tok, governor)
    ):
        return f"completes '{governor.text}': folded into that event"
    if _passive_frame(tok):
        return f"done to the subject of '{tok.head.text}' by no one named: background"
    conditioned = _conditioned(scope, tok)
    if conditioned is not None and codable(scope, conditioned):
        return f"the condition of '{conditioned.text}': folded into that event"
    if (
        tok.pos_ == "NOUN"
        and tok.dep_ == "dobj"
        and light_head(tok, scope.lexicons.rules) is None
        and not _undergone(scope, tok)
        and not _framed_with_doer(scope, tok)
        and not _reported_with_doer(scope, tok)
        and not _met_with(tok)
        and not excluded_by(scope.lexicons.modality, tok)
    ):
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


def _undergone(scope: Scope, tok: Token) -> bool:
    """Is the noun ``tok`` an act its verb's subject undergoes from someone named ("drew
    *criticism* from X", "won the *support* of X": undergoing.py)?"""
    return undergoing_verb_of(scope, tok) is not None


def _names_its_doer(scope: Scope, tok: Token) -> bool:
    """Does the noun ``tok`` name who did it in a "by" phrase of its own ("the wake of
    suicide attacks *by Hamas*", "the day of an offensive *by US warplanes*")? An act
    reported with its doer is an event even inside another noun's phrase; not inside an
    act's phrase ("demonstrations against violations *by X*": what the act is about) or
    an attribution ("according to a release *by X*")."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj":
        return False
    owner = tok.head.head
    if owner.lower_ in ATTRIBUTION or trigger_for(scope, owner) is not None:
        return False
    return _by_actor(scope, tok)


def _by_actor(scope: Scope, tok: Token) -> bool:
    """Does the noun ``tok`` have a "by" phrase naming an actor ("attacks *by Hamas*")?
    The parser often hangs it on the noun's "of" object instead ("the arrest of three
    men *by police*"); it still names who did the act."""
    finder = finder_for(scope, tok)
    return any(is_actor(finder.resolve(doer)) for doer in by_doers(tok))


def _reported_with_doer(scope: Scope, tok: Token) -> bool:
    """Is the noun ``tok`` the object of a verb that reports it, naming its doer in a
    "by" phrase ("officials *confirmed* the arrest of two men *by police*", "*cited* the
    inquiry *by the regulator*")? The report states the act, as "police arrested two
    men" would. Not the object of a verb of fearing, wanting or needing ("fear attacks
    by X", "require an inquiry by Y"): that act is not (yet) done. An owner ("touted
    *his* endorsement", "cites *the union's* support") is no such sign: the owner is
    often a pronoun for someone else, and the act often long past. Nor of a verb that
    negates what it governs (modality.tsv: "denied the killing of civilians by troops")."""
    lemma = tok.head.lemma_.lower()
    if scope.lexicons.modality.effect(lemma, "governor") == "negated":
        return False
    verb_class = scope.lexicons.reporting.verbs.get(lemma)
    return verb_class in STATING_CLASSES and _by_actor(scope, tok)


def _met_with(tok: Token) -> bool:
    """Is the noun ``tok`` the object of a past verb whose subject is a time or a place
    of no state ("the weekend *saw* fighting between X and Y", "Friday *saw* clashes")?
    The subject cannot be the act's doer: the act took place, with the doers its own
    phrases name."""
    verb = tok.head
    return verb.pos_ == "VERB" and _past_act(verb) and setting_subject(verb)


def _framed_with_doer(scope: Scope, tok: Token) -> bool:
    """Is the noun ``tok`` the object of a preposition the parser took for a verb
    ("charged *following* inquiries by the regulator"), naming its doer? Read as the
    preposition's object, it is an act with its doer, as in :func:`_names_its_doer`."""
    return tok.head.tag_ == "VBG" and tok.head.lower_ in FRAME_PREPS and _by_actor(scope, tok)


def _agent_named(scope: Scope, verb: Token) -> bool:
    """Does the participle or clause ``verb`` on a noun state an act of conflict by a
    state or armed actor it names as the doer, done to an actor ("the cleric *accused*
    by Washington of ...", "the fact that he *was arrested* by the police")? That is
    reported with whoever did it and to whom: an event, not a description. Other acts
    and doers most often say which thing is meant ("the video *released* by the group",
    "an issue *seized* upon by critics", "land *seized* by the army")."""
    trigger = trigger_for(scope, verb)
    doer = agent_of(verb)
    if trigger is None or trigger.plover not in RELATIVE_ACT_TYPES or doer is None:
        return False
    finder = finder_for(scope, verb)
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), verb.head)
    return state_or_armed(finder.resolve(doer)) and is_actor(finder.resolve(patient))


def _sourced_governor(scope: Scope, tok: Token) -> Token | None:
    """The nearest trigger up ``tok``'s chain of governors that will be an event (has an
    actor as its source): ``tok``'s event is folded into it. Any other passes ``tok`` on to
    its own ("agreed that their countries should cooperate to *encourage* refugees to
    *return*": both belong to the agreement); with no such trigger above ("it was agreed
    that Syria would withdraw") the act stands alone."""
    governor = _governor(scope, tok)
    for _ in range(MAX_STATEMENT_CHAIN):
        if governor is None or codable(scope, governor):
            return governor
        governor = _governor(scope, governor)
    return None


def _participle_act(scope: Scope, tok: Token, governor: Token) -> bool:
    """Is ``tok`` a participle adding an act of another kind to its governor's ("denied
    the charge, *accusing* the army instead", "visited Cairo, *accusing* Israel", "met the
    envoy, *urging* him to ...")? That is a second event; one of the same kind ("fired on
    the car, *killing* two") states the governor's act, and what a protest demands is the
    protest's purpose."""
    clause = tok.head if tok.dep_ == "conj" and tok.head.tag_ == "VBG" else tok
    if tok.tag_ != "VBG" or clause.dep_ != "advcl" or _has_subject(tok):
        return False
    own, other = trigger_for(scope, tok), trigger_for(scope, governor)
    if own is None or other is None or other.plover in PURPOSE_TARGET_TYPES:
        return False
    if own.plover == other.plover:
        return False
    if own.plover == COERCE and other.plover == ASSAULT:
        # "police opened fire, killing one and *arresting* 12": force makes it literal.
        return _by_forces(scope, governor, other)
    return own.plover in PARTICIPLE_ACT_TYPES or other.plover in ENCOUNTER_TYPES


def _by_forces(scope: Scope, governor: Token, trigger: Trigger) -> bool:
    """Do armed forces or police do the act of ``governor`` ("*police* fired on the
    crowd", "*Israeli troops* raided the camp"; not a candidate's verbal "offensive")?"""
    sources = sources_of(scope, finder_for(scope, governor), governor, trigger)
    return any(armed_code(s.code) or names_forces(s.span.root) for s in sources)


def _done_by_another(scope: Scope, tok: Token, governor: Token) -> bool:
    """Is the verb ``tok`` a passive adjunct clause naming a doer of its own, another
    actor than its governor's ("shot a guard *before being killed* by soldiers",
    "crossed the border *after being attacked* by rebels")? That is the other actor's
    act, not part of the governor's."""
    if tok.pos_ != "VERB" or tok.dep_ not in {"advcl", "pcomp"}:
        return False
    doer = agent_of(tok)
    governor_trigger = trigger_for(scope, governor)
    if doer is None or governor_trigger is None:
        return False
    finder = finder_for(scope, tok)
    own = finder.resolve(doer)
    if not is_actor(own):
        return False
    governor_sources = sources_of(scope, finder_for(scope, governor), governor, governor_trigger)
    return not any(same_actor(own, source) for source in governor_sources)


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


def _conditioned(scope: Scope, tok: Token) -> Token | None:
    """The trigger whose event the verb ``tok`` states the condition of, if it opens an
    "if"/"unless" clause on one ("threatened to strike *unless* Israel *lifted* the
    siege", "will attack *if* the rebels *advance*"): the condition is no act of its own
    but part of the threat or promise (whose target it names), and hypothetical. A noun
    is the condition its light verb opens ("unless X *arranged* a *ceasefire*")."""
    clause = clause_of(scope, tok)
    if clause is None or clause.pos_ != "VERB" or clause.dep_ != "advcl":
        return None
    if not _conditional(clause):
        return None
    head = clause.head
    # "threatened to hold a strike unless ...": the condition is on the light verb's event.
    return verb_event(scope, head) or _governor(scope, head)


def _conditional(clause: Token) -> bool:
    """Does the clause ``clause`` open with "if" or "unless"?"""
    return any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children)


def _part_of_head(verb: Token) -> bool:
    """Is the verb ``verb`` part of its head's clause: a complement, a conjunct or a
    purpose? Not what someone said ("women who said they *were harassed*"): a reported
    claim is a statement of its own."""
    if verb.pos_ != "VERB" or verb.dep_ == "ccomp":
        return False
    return verb.dep_ in {"xcomp", "conj"} or completes(verb)


def _restricting_ancestor(scope: Scope, tok: Token) -> Token | None:
    """The restrictive relative clause or participle that ``tok`` is part of without
    heading it, if any: an act a noun's defining clause aims at, tries or carries out is
    background like the clause itself ("a resolution *that aims* to tighten *sanctions*",
    "rebels *fighting* to *topple* the government", "the rally *staged* by students to
    *protest* the decision"). The walk goes up through objects, conjuncts and clauses
    completing their head, and stops at the first clause on a noun."""
    node = tok
    for _ in range(MAX_RESTRICTING_DEPTH):
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


def _restrictive_clause(scope: Scope, tok: Token) -> bool:
    """Is the verb ``tok`` a restrictive relative clause or participle, which says which
    thing a noun means rather than stating an event ("guerrillas *who praised* it", "the
    property *seized* by the army", "rebels *fighting* the government")? One set off by
    a comma adds news of its own ("Israel, which *bombed* Gaza, ...") and stays, as do a
    relative clause in an apposition ("X, the leader *who ordered* ..."), a participle
    giving a document's content ("a declaration *demanding* ..."), the clause of an
    existential ("there is no way we will *disarm*") and an act of conflict whose doer
    the clause names (:func:`_relative_act`, :func:`_agent_named`)."""
    if tok.pos_ != "VERB" or tok.dep_ not in RELATIVE_DEPS or tok.head.pos_ not in NOMINAL:
        return False
    if tok.tag_ == "VBG" and tok.lower_ in FRAME_PREPS:
        return False  # "charges *following* inquiries": a preposition, not a clause
    if tok.dep_ == "acl" and main_verb_on_noun(tok):
        return False  # a past tense the parser took for a participle: a main verb
    if tok.dep_ == "acl" and _owned_infinitive(tok):
        return False  # "Ghana's decision *to impose* a curfew": the owner's own act
    if _decided_act(scope, tok):
        return False  # "the Indian decision *to ban* flights": what India decided
    start = tok.left_edge.i
    while start > 0 and tok.doc[start - 1].is_space:
        start -= 1  # "Lynch,  who": a second space is a token of its own
    if start > 0 and tok.doc[start - 1].text in SETTING_OFF:
        return False
    head = tok.head
    if head.dep_ == "attr" and any(c.dep_ == "expl" for c in head.head.children):
        return False  # "there is no way we will *disarm*": the existential states it
    if _cleft(tok):
        return False  # "it was X *who pressed* for it": the cleft says who did the act
    if tok.dep_ == "acl" and _agent_named(scope, tok):
        return False  # "the cleric *accused* by Washington of ...": Washington's act
    if tok.dep_ == "relcl" and _relative_act(scope, tok):
        return False  # "militants *who attacked* a convoy": the militants' act
    if head.dep_ == "appos" and (tok.dep_ == "relcl" or _fighting_participle(scope, tok)):
        # "Hasan, the psychiatrist *who killed* 13", "X, a commander *fighting* the
        # rebels": an apposition is set off from the name it describes, and the clause in
        # it, or a participle of force, tells news about that name.
        return False
    return tok.dep_ == "relcl" or tok.head.lemma_.lower() not in scope.lexicons.reporting.documents


def _relative_act(scope: Scope, verb: Token) -> bool:
    """Does the relative clause ``verb`` state a past act of conflict by the noun it
    hangs on, its subject being the relative pronoun ("three gunmen *who attacked* a
    checkpoint", "rebels *who have opened* fire", "the bombing *that killed* 20")? That
    is the noun's act, reported as it would be in a clause of its own; one in the present
    or future ("people who attack my wife", "a force that would halt") is a kind or a
    possibility, and other acts are background (see RELATIVE_ACT_TYPES)."""
    if not _relative_subject(verb):
        return False
    if not _past_act(verb) or not _next_to_antecedent(verb):
        return False
    act = verb_event(scope, verb)
    if act is None:
        return False
    trigger = trigger_for(scope, act)
    return trigger is not None and trigger.plover in RELATIVE_ACT_TYPES and codable(scope, act)


def _cleft(clause: Token) -> bool:
    """Is the relative clause ``clause`` the clause of a cleft ("it was Egypt *that
    brokered* the truce")? "it" and the copula only single out who did the act: the
    clause states it. A clause on what a copula says someone else is ("the targets are
    leaders *who have supported* unity") describes them."""
    head = clause.head
    if head.dep_ != "attr" or head.head.lemma_ != "be" or not _relative_subject(clause):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.head.children)


def _fighting_participle(scope: Scope, verb: Token) -> bool:
    """Is ``verb`` a present participle of force ("a commander *fighting* the rebels")?
    Other participles in an apposition most often say what the name is ("a super PAC
    *supporting* X", "a tourist *visiting* Y"), not news; so does one of force that has
    gone on for a stretch of time ("a rebel group *fighting* the government since 1964",
    "for decades")."""
    trigger = trigger_for(scope, verb) if verb.tag_ == "VBG" else None
    return trigger is not None and trigger.plover in FORCE_TYPES and not _lasting(verb)


def _lasting(verb: Token) -> bool:
    """Has ``verb`` a "since" or "for" phrase of time ("since 1964", "for decades")?"""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in DURATION_PREPS
        and any(o.ent_type_ in TIME_LABELS for o in prep.children if o.dep_ == "pobj")
        for prep in verb.children
    )


def _relative_subject(clause: Token) -> bool:
    """Is the subject of the relative clause ``clause`` its relative pronoun ("the men
    *who* attacked", "the army *that* shelled"): the clause says what its noun did?"""
    return clause.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.tag_ in RELATIVE_TAGS for c in clause.children
    )


def _next_to_antecedent(clause: Token) -> bool:
    """Does the relative clause ``clause`` follow the noun it hangs on, or a phrase of
    that noun ("a bombing in Jerusalem *which killed* 10")? A clause the parser hung on
    a noun further back ("forces charged in pursuit of gunmen *who opened* fire") is
    about another noun, so whose act it is cannot be told."""
    start = clause.left_edge.i
    if start == 0:
        return False
    node = clause.doc[start - 1]
    while node.i != clause.head.i:
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            return False
        node = node.head
    return True


def _past_act(verb: Token) -> bool:
    """Is ``verb`` in a past or perfect tense ("attacked", "have killed")?"""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children
    )


def _decided_act(scope: Scope, verb: Token) -> bool:
    """Is the verb ``verb`` an act of conflict that an actor decided ("the Indian
    decision *to ban* flights", "the cabinet took a decision that police *will close*
    the offices")? The decision states the actor's act, as "India decided to ban" would.
    Other decided acts are left as background: "made a decision to grant a request" or
    "to evacuate people" are most often procedure, not political acts."""
    act = verb_event(scope, verb)
    trigger = trigger_for(scope, act) if act is not None else None
    if trigger is None or trigger.plover not in RELATIVE_ACT_TYPES:
        return False
    finder = finder_for(scope, verb)
    return any(is_actor(finder.resolve(owner)) for owner in decided_by(scope, verb))


def _misread_participle_on(scope: Scope, tok: Token) -> Token | None:
    """The noun the trigger ``tok`` (a verb, or the object of a light verb) describes as a
    participle the parser misread as a main verb ("two workers *held* hostage by the
    rebels were freed"; mentions.misread_participle): like a participle parsed as one, it
    says which people are meant, and its parsed subject is no doer."""
    verb = light_head(tok, scope.lexicons.rules) if tok.pos_ == "NOUN" else tok
    return misread_participle(verb) if verb is not None else None


def _owned_infinitive(verb: Token) -> bool:
    """Is ``verb`` an infinitive on a noun that has an owner ("Ghana's decision *to
    impose* a curfew", "the rebels' plan *to attack*")? It states what the owner decided,
    planned or offered to do, not which thing the noun means."""
    return to_infinitive(verb) and any(c.dep_ == "poss" for c in verb.head.children)


def _nested_noun(scope: Scope, tok: Token) -> bool:
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
    measure = scope.lexicons.rules.is_partitive(owner.text) or counted(owner) or _duration(owner)
    return not (tok.head.lower_ == "of" and measure)


def _duration(noun: Token) -> bool:
    """Is ``noun`` a stretch of time in the plural ("*weeks* of bombing", "*months* of
    talks")? It measures how long the acts of its "of" phrase went on, like a count: those
    acts are the news. A single day or time ("on the day of the attack") only dates one."""
    return noun.tag_ == "NNS" and noun.ent_type_ in TIME_LABELS


def _kind_word(scope: Scope, tok: Token) -> bool:
    """Is the noun ``tok`` a modifier naming a kind of thing ("*aid* convoys", "*truce*
    monitors", "*protest* leaders") rather than an event? Not when its phrase is the
    object of a light verb ("launched a *mediation* effort"), unless the noun it modifies
    is an event itself: "made an *emergency* visit" is a visit of some urgency."""
    if tok.pos_ != "NOUN" or tok.dep_ != "compound" or tok.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    return light_head(tok, scope.lexicons.rules) is None or trigger_for(scope, tok.head) is not None


def own_children(scope: Scope, tok: Token) -> list[Token]:
    """``tok``'s dependents, and for a noun its light verb's ("staged a protest *to demand*")."""
    children = list(tok.children)
    light = light_head(tok, scope.lexicons.rules) if tok.pos_ == "NOUN" else None
    if light is not None:
        children += [c for c in light.children if c.i != tok.i]
    return children


def folded_into(scope: Scope, tok: Token) -> Iterator[Token]:
    """The triggers folded into ``tok``'s event (its complements, purposes, objects)."""
    for child in own_children(scope, tok):
        heads = [child]
        if child.dep_ == "prep":
            heads = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
        elif is_light_verb(child, scope.lexicons.rules):
            heads += [c for c in child.children if c.dep_ == "dobj"]
        for node in heads:
            if trigger_for(scope, node) is None:
                continue
            governor = _governor(scope, node)
            if governor is not None and governor.i == tok.i:
                yield node


def condition_subject(tok: Token) -> Token | None:
    """The subject of an "unless"/"if" clause on ``tok`` or on a clause completing it
    ("threatened to strike unless Israel rescinds")."""
    nodes = [tok, *(c for c in tok.children if c.pos_ == "VERB" and c.dep_ in COMPLEMENT_DEPS)]
    for node in nodes:
        for child in node.children:
            if child.dep_ == "advcl" and _conditional(child):
                return next((c for c in child.children if c.dep_ == "nsubj"), None)
    return None
