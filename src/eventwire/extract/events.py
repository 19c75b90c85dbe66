"""Events: who did what to whom, when and where, coded to CAMEO and PLOVER.

Each verb or noun whose lemma is in the trigger lexicon is a candidate. Its source
is the subject (the agent of a passive; the subject borrowed along xcomp/conj/advcl
chains, so "agreed to instruct" and "met ... and arrived" share one), its target
the direct object, a preposition the lexicon names ("met with", "arrived in"), or
the subject of a demanded clause ("demanding the US take steps"). Conjoined
sources give one event each, and two conjoined subjects of a meeting meet each
other. Modality and negation come from ``resources/modality.tsv``; events inside
quotes are *reported* and point to their quote; dates come from the clause's
date expressions resolved against the publication date.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from eventwire.extract.actors import PLACE_LABELS, ActorDraft, ActorIndex
from eventwire.extract.dates import resolve_date
from eventwire.extract.lexicon import Trigger
from eventwire.extract.lexicons import Lexicons
from eventwire.extract.mentions import Resolved, agent_of, resolve, subject_of
from eventwire.extract.places import geocode
from eventwire.models import Event, EventActor, Modality, Place, Quote

# Consultations and agreements between conjoined subjects are mutual.
MUTUAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
PLACE_PREPS = frozenset({"in", "at"})
OBJECT_DEPS = frozenset({"dobj", "dative", "attr"})
CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
# Dependencies along which a clause's modality is read from the clauses governing it.
CHAIN_DEPS = frozenset({"xcomp", "ccomp", "relcl", "acl", "conj"})
ROLE_OF_DEP = {"aux": "aux", "auxpass": "aux", "neg": "neg", "mark": "mark"}
# "disarm ourselves" has no target: the actor acts on itself.
REFLEXIVES = frozenset(
    {"myself", "ourselves", "yourself", "himself", "herself", "itself", "themselves"}
)


@dataclass(slots=True)
class _Scope:
    index: ActorIndex
    lexicons: Lexicons
    quotes: list[Quote]
    speakers: dict[int, ActorDraft]
    published: date | None
    quote_starts: list[int] = field(default_factory=list)


def extract_events(
    doc: Doc,
    index: ActorIndex,
    quotes: list[Quote],
    lexicons: Lexicons,
    published: date | None,
) -> list[Event]:
    """Every coded event in ``doc``, in text order."""
    speakers = {
        k: d
        for k, q in enumerate(quotes)
        if q.speaker is not None
        and q.speaker.actor is not None
        and (d := next((a for a in index.drafts if a.id == q.speaker.actor), None)) is not None
    }
    scope = _Scope(index, lexicons, quotes, speakers, published, [q.start for q in quotes])
    events: list[Event] = []
    for tok in doc:
        trigger = _trigger_for(scope, tok)
        if trigger is None or _governed_by_trigger(scope, tok):
            continue
        events.extend(_events_for(scope, tok, trigger))
    return events


def _prep_of(tok: Token) -> str | None:
    for child in tok.children:
        if child.dep_ in {"prt", "prep"} and child.i > tok.i:
            return child.lower_
    return None


def _trigger_for(scope: _Scope, tok: Token) -> Trigger | None:
    if tok.pos_ not in {"VERB", "NOUN"}:
        return None
    return scope.lexicons.triggers.lookup(tok.lemma_.lower(), tok.pos_, _prep_of(tok))


def _governed_by_trigger(scope: _Scope, tok: Token) -> bool:
    """Is ``tok`` the complement of another trigger ("agreed to meet", "invited X to visit")?"""
    return tok.dep_ == "xcomp" and _trigger_for(scope, tok.head) is not None


# --- participants -------------------------------------------------------------


def _conjuncts(tok: Token) -> list[Token]:
    return [tok, *(c for c in tok.conjuncts if c.pos_ in {"PROPN", "NOUN", "PRON"})]


def _source_token(tok: Token) -> Token | None:
    if tok.pos_ == "NOUN":
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is not None:
            return poss
        if tok.dep_ in {"dobj", "nsubjpass"} and tok.head.pos_ == "VERB":
            return subject_of(tok.head)
        return None
    if any(c.dep_ == "nsubjpass" for c in tok.children):
        return agent_of(tok)  # "was joined by X"; a passive without an agent has no source
    return subject_of(tok)


def _target_token(tok: Token, trigger: Trigger, source: Token | None) -> Token | None:
    passive_subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if passive_subject is not None and (source is None or passive_subject.i != source.i):
        return passive_subject
    for child in tok.children:
        if child.dep_ in OBJECT_DEPS and child.pos_ in {"PROPN", "NOUN", "PRON"}:
            return child
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in trigger.target_preps:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    for child in tok.children:
        if child.dep_ in CLAUSE_DEPS:
            subj = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
    return None


def _event_actor(resolved: Resolved) -> EventActor:
    return EventActor(
        name=resolved.name,
        actor=resolved.draft.id if resolved.draft is not None else None,
        code=resolved.code,
    )


def _quote_index(scope: _Scope, tok: Token) -> int | None:
    """The index of the quote whose span holds ``tok`` (quotes never overlap)."""
    k = bisect_right(scope.quote_starts, tok.idx) - 1
    if k >= 0 and tok.idx < scope.quotes[k].end:
        return k
    return None


def _events_for(scope: _Scope, tok: Token, trigger: Trigger) -> Iterator[Event]:
    quote = _quote_index(scope, tok)
    speaker = scope.speakers.get(quote) if quote is not None else None
    source_tok = _source_token(tok)
    if source_tok is None:
        return
    target_tok = _target_token(tok, trigger, source_tok)
    sources = [resolve(scope.index, s, speaker=speaker) for s in _conjuncts(source_tok)]
    sources = [s for s in sources if s.code is not None or s.draft is not None]
    if not sources:
        return
    targets: list[Resolved | None] = [None]
    if target_tok is not None and target_tok.lower_ not in REFLEXIVES:
        resolved = [resolve(scope.index, t, speaker=speaker) for t in _conjuncts(target_tok)]
        # A pronoun target that names no actor ("signed that") is no target at all.
        targets = [t for t in resolved if t.draft is not None or t.span.root.pos_ != "PRON"] or [
            None
        ]
    modality, negated = _modality(scope, tok)
    when, when_text = _date(scope, tok, future=modality == "intended")
    if quote is not None:
        modality = "reported"
    place = _place(scope, tok)
    sentence = scope.index.sentence_of(tok)
    for source in sources:
        these = targets
        if targets == [None] and trigger.plover in MUTUAL_TYPES and len(sources) > 1:
            these = [s for s in sources if s is not source]
        for target in these:
            if target is not None and _same(source, target):
                continue
            span = _event_span(tok, sentence, source, target)
            yield Event(
                cameo=trigger.cameo,
                plover=trigger.plover,
                mode=trigger.mode or None,
                verb=tok.lemma_.lower(),
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                sentence=sentence.text.strip(),
                source=_event_actor(source),
                target=_event_actor(target) if target is not None else None,
                negated=negated,
                modality=modality,
                date=when,
                date_text=when_text,
                location=place,
                quote=quote,
            )


def _same(a: Resolved, b: Resolved) -> bool:
    if a.draft is not None and b.draft is not None:
        return a.draft is b.draft
    return a.span == b.span


def _event_span(tok: Token, sent: Span, source: Resolved, target: Resolved | None) -> Span:
    """The words that state the event: from its first participant to its last."""
    doc = tok.doc
    ends = [tok.i, tok.i + 1]
    for part in (source, target):
        if part is not None and part.span.start >= sent.start and part.span.end <= sent.end:
            ends += [part.span.start, part.span.end]
    return doc[min(ends) : max(ends)]


# --- modality, date, place -----------------------------------------------------


def _modality(scope: _Scope, tok: Token) -> tuple[Modality, bool]:
    """(modality, negated) from auxiliaries, governing verbs, markers and negators,
    up the trigger's chain of governing clauses until a reporting verb: "did not say
    that X attacked" does not negate the attack."""
    lex = scope.lexicons.modality
    effects: set[str] = set()
    node = tok
    for depth in range(3):
        for child in node.children:
            role = ROLE_OF_DEP.get(child.dep_)
            if role is None and depth > 0 and child.dep_ == "det":
                role = "neg"  # "there is no way we will ..."
            # norm_ folds "wo"/"’ll" to "will" and "n’t" to "not".
            if role and (e := lex.effect(child.norm_, role) or lex.effect(child.lower_, role)):
                effects.add(e)
        if depth > 0 and (e := lex.effect(node.lemma_, "governor")):
            effects.add(e)
        if node.dep_ not in CHAIN_DEPS or node.head.i == node.i:
            break
        node = node.head
        if scope.lexicons.reporting.is_cue(node.lemma_):
            break
    modality: Modality = "asserted"
    if "hypothetical" in effects:
        modality = "hypothetical"
    elif "intended" in effects:
        modality = "intended"
    return modality, "negated" in effects


def _anchor(tok: Token) -> Token:
    """Where a trigger's clause hangs: a noun trigger's verb ("held talks"), else itself."""
    return tok.head if tok.pos_ == "NOUN" and tok.dep_ in {"dobj", "pobj"} else tok


def _clause_tokens(tok: Token) -> Iterator[Token]:
    """Tokens of the trigger's own clause (not of clauses embedded in it)."""
    stack = list(_anchor(tok).children)
    while stack:
        node = stack.pop()
        if node.dep_ in {"ccomp", "relcl", "advcl"} or (node.pos_ == "VERB" and node.i != tok.i):
            continue
        yield node
        stack.extend(node.children)


def _date(scope: _Scope, tok: Token, future: bool) -> tuple[date | None, str | None]:
    for node in sorted(_clause_tokens(tok), key=lambda t: abs(t.i - tok.i)):
        ent = scope.index.entity_of(node)
        if ent is not None and ent.label_ == "DATE":
            resolved = resolve_date(ent.text, scope.published, future=future)
            if resolved is not None:
                return resolved, ent.text
    return scope.published, None


def _place(scope: _Scope, tok: Token) -> Place | None:
    for node in (tok, _anchor(tok)):
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                ent = scope.index.entity_of(pobj) if pobj is not None else None
                if ent is not None and ent.label_ in PLACE_LABELS:
                    found = geocode(ent.text)
                    if found is not None:
                        return found
    return None
