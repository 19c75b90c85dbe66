"""An event's target when its trigger names none of its own.

The target comes from the clauses completing the trigger ("agreed to lift sanctions on
*Iran*"), from a purpose clause only for a protest ("marched to demand ..."), from the
subject of an "unless" condition, from the body a protest is held outside, and last
from the place the act happened in; a target named only by its role takes the country
of that place ("killed three people in Gaza")."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from eventwire.extract import gazetteer
from eventwire.extract.event_codes import inner_act
from eventwire.extract.event_scope import Scope, for_clause, trigger_for
from eventwire.extract.folding import (
    PURPOSE_TARGET_TYPES,
    RELATIVE_ACT_TYPES,
    completes,
    condition_subject,
    folded_into,
    own_children,
)
from eventwire.extract.lexicon import Trigger
from eventwire.extract.mentions import (
    Resolved,
    agent_of,
    coded_as_thing,
    subject_of,
    to_infinitive,
)
from eventwire.extract.participants import (
    TargetFinder,
    aimed_elsewhere,
    is_actor,
    own_subject,
    same_actor,
    split_sides,
)
from eventwire.models import Place

# Prepositions naming where an act happened ("in Kabul", "at the border", "raids across
# the region", "throughout the province").
PLACE_PREPS = frozenset({"in", "at", "across", "throughout"})
# Purpose and manner clauses, which name the target of only some acts.
ADJUNCT_TARGET_DEPS = frozenset({"advcl", "pcomp"})
# Acts an infinitive the parser took for a purpose may complete ("promised on Sunday to
# end the blockade"): its target is theirs.
INFINITIVE_TARGET_TYPES = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN"})
# Acts whose site names whom they are aimed at ("protested outside the embassy"), and
# the prepositions of that site ("in front of" is read apart).
SITE_TARGET_TYPES = frozenset({"PROTEST"})
SITE_PREPS = frozenset({"outside"})
# Nouns of the phrase "in ... of/against X" that says whom a protest is aimed at ("in
# defiance of the governor", "in protest against the mayor").
PROTEST_AIM_NOUNS = frozenset({"defiance", "protest"})
# Where a meeting takes place says nothing about whom it is with, nor where a statement,
# promise or refusal is made ("announced the agreement in Kabul"). A request's place may be
# its addressee ("sought refuge in Germany").
PLACE_NOT_TARGET = frozenset({"CONSULT", "AGREE", "SUPPORT", "ACCUSE", "REJECT", "THREATEN"})
# How many levels of completing clauses are searched for a target.
MAX_TARGET_DEPTH = 2


def targets_of(
    scope: Scope,
    finder: TargetFinder,
    tok: Token,
    trigger: Trigger,
    source: Resolved,
    mutual: bool = False,
) -> list[Resolved]:
    """The targets of ``tok``'s event: its own, else those of the acts folded into it.
    None of a ``mutual`` act's inner acts: conjoined subjects that "agreed that their
    countries should cooperate" agreed with each other."""
    aim = _protest_aim(tok) if _object_plover(scope, tok, trigger) in SITE_TARGET_TYPES else None
    aim_trigger = trigger_for(scope, aim) if aim is not None else None
    found = finder.target(aim, aim_trigger, source) if aim and aim_trigger else None
    if found is None:
        found = finder.target(tok, trigger, source)
    # The act whose target was found: it says whether people named by who they are may be
    # its victims ("promised to arrest the men": the arrest's).
    plover = trigger.plover
    if found is None and mutual:
        return []
    if found is None:
        for inner in _complements(scope, tok):
            inner_trigger = trigger_for(scope, inner) or trigger
            if not _adjunct_names_target(inner, trigger) and not _casualties(
                trigger, inner_trigger
            ):
                continue
            if aimed_elsewhere(trigger, inner_trigger):
                continue  # "called for attacks against Israel" asks no one of Israel
            found = finder.target(inner, inner_trigger, source)
            if found is not None:
                plover = inner_trigger.plover
                break
    if found is None:
        found = condition_subject(tok)  # "will withdraw unless X ...": X is threatened
    if found is None:
        found = _passive_adjunct_subject(scope, tok) or _reduced_passive_head(tok, trigger)
    if found is None and trigger.plover in SITE_TARGET_TYPES:
        found = next(_site_objects(tok), None)
    if found is None and _object_plover(scope, tok, trigger) not in PLACE_NOT_TARGET:
        found = _place_target(scope, tok)
    if found is None:
        return []
    resolved = [_as_actor(scope, r) for r in _each_side(finder, found, plover)]
    return [r for r in resolved if is_actor(r) and not same_actor(r, source)]


def _object_plover(scope: Scope, tok: Token, trigger: Trigger) -> str:
    """The PLOVER type of ``tok``'s act as its object makes it ("blasted targets" is an
    attack, "blasted the senator" criticism; "struck a deal" an agreement): whether the
    place it happened in is what it was done to depends on that act, not the word's."""
    act = inner_act(scope, tok)
    return act[1].plover if act is not None else trigger.plover


def _each_side(finder: TargetFinder, found: Token, plover: str) -> list[Resolved]:
    """The actors the target phrase headed by ``found`` names, one per country when
    conjoined country words share its noun, as for sources ("met Hungarian and Romanian
    envoys": each of them; "talks between Kenyan and Ugandan officials": the source's
    counterpart, not the phrase that names both sides)."""
    return [
        side
        for each in finder.resolve_each(found, plover)
        for side in split_sides(finder, each.span.root) or [each]
    ]


def _as_actor(scope: Scope, target: Resolved) -> Resolved:
    """``target`` coded as the actor it names: an act ("talks in Germany", "a ban on
    travellers entering Kenya": a noun the trigger lexicon lists, and no role
    like "the opposition") names none by the places and parties it mentions
    (mentions.coded_as_thing)."""
    head = target.span.root
    if head.pos_ != "NOUN" or not scope.lexicons.triggers.lists(head.lemma_, "NOUN"):
        return target
    if gazetteer.role_sector(head.text) is not None:
        return target
    return coded_as_thing(scope.index, target)


def _passive_adjunct_subject(scope: Scope, tok: Token) -> Token | None:
    """Whom a passive adjunct clause with no subject of its own is done to: the subject
    of the act it hangs on ("the gunmen shot a guard *before being killed* by soldiers":
    the gunmen). Not of a clause that is no act ("fired, officials said, *before being
    shot*"): the parser may have hung it there."""
    if tok.pos_ != "VERB" or tok.dep_ not in ADJUNCT_TARGET_DEPS:
        return None
    if not any(c.dep_ == "auxpass" for c in tok.children) or own_subject(tok) is not None:
        return None
    head = tok.head.head if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" else tok.head
    return subject_of(head) if trigger_for(scope, head) is not None else None


def _reduced_passive_head(tok: Token, trigger: Trigger) -> Token | None:
    """Whom a participle naming its doer is done to, for an act of conflict: the noun
    it hangs on ("the cleric *accused* by Washington": the cleric). Not for other acts:
    a document "signed by" its parties is what they sign, not whom."""
    if trigger.plover not in RELATIVE_ACT_TYPES or tok.dep_ != "acl" or tok.tag_ != "VBN":
        return None
    return tok.head if agent_of(tok) is not None else None


def _casualties(trigger: Trigger, inner: Trigger) -> bool:
    """Does the violent act ``inner``, in a clause on the attack ``trigger``, say whom
    the attack hit ("blew himself up, *killing* 12 soldiers")?"""
    return trigger.plover == inner.plover == "ASSAULT"


def _site_objects(tok: Token) -> Iterator[Token]:
    """What a protest is held outside or in front of ("rallied outside the Turkish
    embassy", "a strike in front of parliament"): the body it is aimed at."""
    for node in [tok] if anchor(tok).i == tok.i else [tok, anchor(tok)]:
        for prep in (c for c in node.children if c.dep_ == "prep"):
            if prep.lower_ in SITE_PREPS:
                yield from (c for c in prep.children if c.dep_ == "pobj")
            front = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if prep.lower_ == "in" and front is not None and front.lower_ == "front":
                for of in (c for c in front.children if c.dep_ == "prep" and c.lower_ == "of"):
                    yield from (c for c in of.children if c.dep_ == "pobj")


def _protest_aim(tok: Token) -> Token | None:
    """The noun saying whom a protest defies ("blocked roads *in defiance* of the
    governor", "marched *in protest* against the mayor"), on the trigger or on the verb
    its noun hangs on: whom it names outranks a place inside the protest's object
    ("blocked streets in the capital")."""
    for node in [tok] if anchor(tok).i == tok.i else [tok, anchor(tok)]:
        for prep in (c for c in node.children if c.dep_ == "prep" and c.lower_ == "in"):
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                if noun.lemma_.lower() in PROTEST_AIM_NOUNS:
                    return noun
    return None


def placed(target: Resolved, place: Place | None) -> Resolved:
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
    if inner.dep_ not in ADJUNCT_TARGET_DEPS or for_clause(inner):
        return True
    if trigger.plover in PURPOSE_TARGET_TYPES:
        return True
    return to_infinitive(inner) and trigger.plover in INFINITIVE_TARGET_TYPES


def _place_target(scope: Scope, tok: Token) -> Token | None:
    """A place where the act happened, standing for the state it is done to ("bombs in
    Kabul", "eased measures in Montenegro"): the last resort for a target."""
    for pobj in place_objects(tok):
        # "in the capital Kabul": the place may be named in apposition.
        for node in (pobj, *(c for c in pobj.children if c.dep_ == "appos")):
            draft = scope.index.actor_of(node)
            if draft is not None and draft.kind == "place":
                return node
    return None


def place_objects(tok: Token) -> Iterator[Token]:
    """The objects of "in"/"at" on the trigger, then on the verb its noun hangs on."""
    nodes = [tok] if anchor(tok).i == tok.i else [tok, anchor(tok)]
    for node in nodes:
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
                yield from (c for c in child.children if c.dep_ == "pobj")


def _complements(scope: Scope, tok: Token, depth: int = 0) -> Iterator[Token]:
    """Clauses and folded triggers whose target may stand for ``tok``'s ("agreed to lift
    embargoes on Iran"), nearest first."""
    if depth >= MAX_TARGET_DEPTH:
        return
    for child in own_children(scope, tok):
        if child.pos_ == "VERB" and completes(child):
            yield child
            yield from _complements(scope, child, depth + 1)
    yield from folded_into(scope, tok)


def anchor(tok: Token) -> Token:
    """Where a trigger's clause hangs: a noun trigger's verb ("held talks"), else itself."""
    return tok.head if tok.pos_ == "NOUN" and tok.dep_ in {"dobj", "pobj"} else tok
