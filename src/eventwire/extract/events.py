"""Events: who did what to whom, when and where, coded to CAMEO and PLOVER.

Each verb or noun whose lemma is in the trigger lexicon is a candidate
(:mod:`eventwire.extract.event_scope`). One chain of clauses states one event: what
completes another trigger is folded into it, and background is no event
(:mod:`eventwire.extract.folding`). A trigger with an actor as its source is coded
(:mod:`eventwire.extract.event_codes`), with its modality
(:mod:`eventwire.extract.event_modality`) and its targets (from the parse,
:mod:`eventwire.extract.participants`, else :mod:`eventwire.extract.event_targets`);
conjoined sources give one event each, and conjoined subjects of a meeting meet each
other. "said China must drop barriers" is a demand (10) on China. Events inside quotes
are *reported* and point to their quote; dates come from the clause's date expressions
resolved against the publication date, places from its "in"/"at" phrases. An act a
sentence states twice with the same participants ("shot and killed") is one event
(:mod:`eventwire.extract.restatements`), and in a sports report a "beat" or "attack" is a
move in a contest, not a conflict (:mod:`eventwire.extract.contests`).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from spacy.tokens import Doc, Span, Token

from eventwire.extract.actors import PLACE_LABELS, ActorIndex
from eventwire.extract.dates import resolve_date
from eventwire.extract.event_codes import code_event, declines_comment, inner_act
from eventwire.extract.event_modality import modality_of
from eventwire.extract.event_scope import (
    STATE_OR_ARMED,
    Decision,
    Scope,
    entry_text,
    finder_for,
    quote_index,
    ruled_out_by_object,
    sources_of,
    trigger_for,
)
from eventwire.extract.event_targets import anchor, place_objects, placed, targets_of
from eventwire.extract.folding import fold_reason
from eventwire.extract.gazetteer import role_sector
from eventwire.extract.lexicon import Trigger
from eventwire.extract.lexicons import Lexicons
from eventwire.extract.mentions import (
    Resolved,
    parse_depth,
    phrase_span,
    subject_of,
)
from eventwire.extract.participants import (
    FORCEFUL_TYPES,
    is_actor,
    is_mutual,
    needs_target,
    reporter,
    same_actor,
)
from eventwire.extract.places import geocode
from eventwire.extract.restatements import Candidate, restatements
from eventwire.extract.salience import GROUP_PRONOUNS, THING_PRONOUNS, compatible
from eventwire.models import Event, EventActor, Place, Quote

# A "sentence" longer than this (run-on text) is cut to a window around each event.
MAX_SENTENCE_CHARS = 1000
SENTENCE_WINDOW = 300
# How deep below a trigger its clause is searched for a date.
MAX_CLAUSE_DEPTH = 4
# Auxiliaries that make "X said Y must act" a demand on Y.
OBLIGATION_AUX = frozenset({"must", "should"})
# Nouns of saying whose "that" clause is what their giver says ("issued a reminder to Y
# that it must act"); not those that are triggers of their own ("a warning").
SAYING_NOUNS = frozenset({"reminder", "message", "statement"})
# Verbs by which such a noun is given, whose subject says it ("*sent* a message"); one
# rejected or doubted ("denied the statement that ...") is not the subject's saying.
SAYING_NOUN_VERBS = frozenset({"issue", "send", "give", "deliver", "convey", "relay", "release"})
# In a sports report "beat", "attacked" and "crushed" are moves in a contest
# (resources/sports.tsv): no act of force (participants.FORCEFUL_TYPES) is coded there,
# unless police, soldiers, officials, armed groups or criminals take part ("police arrested
# fans after the match"): those act as they would anywhere (event_scope.STATE_OR_ARMED).
CONTEST_REASON = "in a sports report: a contest, not a conflict"


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
    scope = Scope(index, lexicons, quotes, speakers, published, trace)
    found: list[tuple[Token, Event]] = []
    for tok in index.tokens:
        if tok.pos_ == "VERB" and (demand := _obligation(scope, tok)) is not None:
            found.append((tok, demand))
        trigger = trigger_for(scope, tok)
        if trigger is None:
            continue
        reason = fold_reason(scope, tok)
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
    if event.plover not in FORCEFUL_TYPES:
        return False
    parties = [p for p in (event.source, event.target) if p is not None]
    return not any(((p.code or "")[3:6] or role_sector(p.name)) in STATE_OR_ARMED for p in parties)


def _event_actor(resolved: Resolved) -> EventActor:
    phrase = phrase_span(resolved.span)
    return EventActor(
        name=resolved.name,
        actor=resolved.draft.id if resolved.draft is not None else None,
        code=resolved.code,
        start=phrase.start_char,
        end=phrase.end_char,
    )


def _events_for(scope: Scope, tok: Token, trigger: Trigger) -> Iterator[Event]:
    entry = entry_text(trigger)
    if ruled_out_by_object(scope, tok, trigger):
        scope.note(tok, entry, "discarded", "not an event with its object")
        return
    if declines_comment(scope, tok, trigger):
        scope.note(tok, entry, "discarded", "declined comment (CAMEO 011): a statement")
        return
    quote = quote_index(scope, tok)
    finder = finder_for(scope, tok)
    sources = sources_of(scope, finder, tok, trigger)
    if not sources:
        scope.note(tok, entry, "discarded", "no actor as its source")
        return
    modality, effects = modality_of(scope, tok)
    coding = code_event(scope, tok, trigger, modality, effects, sources[0])
    # An attempt is most often past ("tried to arrest him on Tuesday"): no future date.
    # An act intended is dated ahead, unless it was tried already ("tried to arrest them on
    # Friday"); a purpose ("are being sent to disarm them on Friday") is still ahead.
    when, when_text = _date(scope, tok, future=modality == "intended" and "tried" not in effects)
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
            placed(t, place) for t in targets_of(scope, finder, tok, trigger, source, mutual)
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
                negated="negated" in effects and not coding.refusal,
                modality=modality,
                date=when,
                date_text=when_text,
                location=place,
                quote=quote,
                trigger=entry,
                rule=coding.rule,
            )


def _obligation(scope: Scope, tok: Token) -> Event | None:
    """A demand stated as an obligation: "X said (that) Y must act" is X demanding of Y."""
    frame = _obligation_frame(scope, tok)
    if frame is None:
        return None
    saying, addressee = frame
    aux = next((c for c in tok.children if c.dep_ == "aux" and c.norm_ in OBLIGATION_AUX), None)
    if aux is None:
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    speaker_tok = subject_of(saying)
    if subject is None or speaker_tok is None:
        return None
    act = inner_act(scope, tok)
    row = scope.lexicons.rules.recode("obligation", act[1].cameo if act else "")
    if row is None:
        return None
    quote = quote_index(scope, tok)
    finder = finder_for(scope, tok)
    source, target = finder.resolve(speaker_tok), finder.resolve(subject)
    addressed = finder.resolve(addressee) if addressee is not None else None
    if subject.pos_ == "PRON" and addressed is not None and _addressed(addressed, subject):
        target = addressed  # "sent a message to Hamas that it must": Hamas
    elif not is_actor(target) and subject.pos_ == "PRON" and (stand_in := reporter(tok)):
        target = finder.resolve(stand_in)  # "told Hamas it must release": Hamas
    entry = f"{aux.norm_} (obligation)"
    if not (is_actor(source) and is_actor(target)) or same_actor(source, target):
        scope.note(tok, entry, "discarded", "speaker or addressee is not an actor")
        return None
    scope.demanded.add(tok.i)
    sentence = scope.index.sentence_of(tok)
    span = _event_span(saying, sentence, source, target)
    when, when_text = _date(scope, saying, future=False)
    scope.note(tok, entry, "coded", f"{row.cameo} {row.plover}: {source.name} -> {target.name}")
    return Event(
        cameo=row.cameo,
        plover=row.plover,
        mode=row.mode,
        verb=saying.lemma_.lower(),
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


def _addressed(addressee: Resolved, pronoun: Token) -> bool:
    """May the subject ``pronoun`` of a "must" clause stand for the ``addressee`` of the
    message it is in ("sent Peru a message that *it* must"; not "sent a message to voters
    that *he* must win", which is the sender's own)?"""
    if addressee.draft is None:
        return pronoun.lower_ in THING_PRONOUNS | GROUP_PRONOUNS
    return compatible(addressee.draft, pronoun.lower_)


def _obligation_frame(scope: Scope, tok: Token) -> tuple[Token, Token | None] | None:
    """The verb whose subject says the clause ``tok`` and whom it is said to, when ``tok``
    is what is said: the clause of a reporting verb ("said Y must act"), or the "that"
    clause of a noun of saying given to someone ("issued a reminder to Y that it must
    act", "sent Y a message that it must act"), whose giving verb's subject says it."""
    head = tok.head
    if tok.dep_ == "ccomp" and scope.lexicons.reporting.is_cue(head.lemma_):
        return head, None
    if tok.dep_ not in {"acl", "ccomp"} or head.lemma_.lower() not in SAYING_NOUNS:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
        return None
    verb = head.head
    if head.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_ not in SAYING_NOUN_VERBS:
        return None
    addressees = [
        c for node in (head, verb) for c in node.children if c.dep_ == "dative" and c.pos_ != "ADP"
    ]
    addressees += [
        p
        for node in (head, verb)
        for c in node.children
        if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return verb, next(iter(addressees), None)


def _sentence_text(scope: Scope, sent: Span, span: Span) -> str:
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


def _clause_tokens(tok: Token) -> Iterator[Token]:
    """Tokens of the trigger's own clause (not of clauses embedded in it), at most
    MAX_CLAUSE_DEPTH levels below it."""
    stack = [(c, 1) for c in anchor(tok).children]
    while stack:
        node, depth = stack.pop()
        if node.dep_ in {"ccomp", "relcl", "advcl"} or (
            node.pos_ in {"VERB", "AUX"} and node.i != tok.i
        ):
            continue
        yield node
        if depth < MAX_CLAUSE_DEPTH:
            stack.extend((c, depth + 1) for c in node.children)


def _date(scope: Scope, tok: Token, future: bool) -> tuple[date | None, str | None]:
    for node in sorted(_clause_tokens(tok), key=lambda t: abs(t.i - tok.i)):
        ent = scope.index.entity_of(node)
        if ent is not None and ent.label_ == "DATE":
            resolved = resolve_date(ent.text, scope.published, future=future)
            if resolved is not None:
                return resolved, ent.text
    return scope.published, None


def _place(scope: Scope, tok: Token) -> Place | None:
    for pobj in place_objects(tok):
        ent = scope.index.entity_of(pobj)
        if ent is not None and ent.label_ in PLACE_LABELS:
            found = geocode(ent.text)
            if found is not None:
                return found
    return None
