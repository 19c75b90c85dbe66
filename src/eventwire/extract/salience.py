"""Pronoun resolution by salience: a pronoun refers to the most prominent compatible
actor of the recent text.

Prominence follows centering theory: within a sentence, subjects outrank other
mentions and earlier mentions outrank later ones; nearer sentences outrank
farther ones. Gender comes from titles ("Mr", "Mrs") and from pronouns already
resolved to the same person, so "she" never lands on someone already called "he".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.extract.actors import OBJECT_DEPS, ActorDraft, ActorIndex

PERSON_PRONOUNS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
THING_PRONOUNS = frozenset({"it", "its", "itself"})
GROUP_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
PRONOUNS = frozenset(PERSON_PRONOUNS) | THING_PRONOUNS | GROUP_PRONOUNS
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
LOOKBACK_SENTENCES = 4
# Nor further back than this many tokens, however long the sentences: four sentences of
# news are about a hundred tokens, and without a bound a run-on "sentence" of thousands
# of pronouns made every pronoun walk every token before it (quadratic).
LOOKBACK_TOKENS = 400


def _compatible(draft: ActorDraft, pronoun: str) -> bool:
    if pronoun in PERSON_PRONOUNS:
        return draft.kind == "person" and draft.gender in (None, PERSON_PRONOUNS[pronoun])
    if pronoun in THING_PRONOUNS:
        return draft.kind in {"organisation", "place"}
    if pronoun in GROUP_PRONOUNS:
        # "they" may mean several people named apart; only a named group is safe.
        return draft.kind == "group"
    return False


MAIN_SUBJECT, SUBJECT, NOT_SUBJECT = 0, 1, 2


def _prominence(tok: Token) -> int:
    """The subject of the main clause outranks other subjects, which outrank the rest."""
    if tok.dep_ not in SUBJECT_DEPS:
        return NOT_SUBJECT
    return MAIN_SUBJECT if tok.head.dep_ == "ROOT" else SUBJECT


def _candidates(
    index: ActorIndex,
    sent: Span,
    window: range,
    pronoun: str,
    *,
    inside_quote: bool,
    speakers: list[ActorDraft],
) -> list[ActorDraft]:
    """Compatible actors mentioned in ``sent`` within the token ``window`` (which ends at
    the pronoun, or after the sentence), most salient first, other than ``speakers``."""
    ranked: list[tuple[int, int, ActorDraft]] = []
    cache = index.pronouns
    doc = sent.doc
    before = window.stop
    for i in range(max(sent.start, window.start), min(sent.end, before)):
        tok = doc[i]
        if tok.i in index.quoted and not inside_quote:
            continue  # a name inside someone's quoted words is not the narrator's topic
        draft = index.actor_of(tok)
        if draft is None and tok.lower_ in PERSON_PRONOUNS:
            draft = cache.get(tok.i)  # "he ... he": a resolved person pronoun carries on
        if draft is None or not _compatible(draft, pronoun):
            continue
        if draft in speakers:
            continue  # '"He had a knife," X said': in a quote, "he" is not the speaker
        rank = _prominence(tok)
        if rank == NOT_SUBJECT and pronoun not in PERSON_PRONOUNS and before < sent.end:
            continue  # within its own sentence, "it" or "they" refers back to a subject only
        ranked.append((rank, tok.i, draft))
    ranked.sort(key=lambda r: (r[0], r[1]))
    return [d for _, _, d in ranked]


def _quote_speakers(index: ActorIndex, sents: list[Span], bounds: range) -> list[ActorDraft]:
    """The actors who speak the quotes of ``sents`` (their tokens within ``bounds``): a
    third-person pronoun inside their quotation marks is someone they talk about, never
    themselves. The speaker is the subject, outside quotation marks, of a verb of saying
    in a sentence that quotes someone."""
    speakers = []
    for sent in sents:
        tokens = range(max(sent.start, bounds.start), min(sent.end, bounds.stop))
        if index.reporting is None or not any(i in index.quoted for i in tokens):
            continue
        for i in tokens:
            tok = index.tokens[i]
            if i in index.quoted or tok.dep_ not in SUBJECT_DEPS:
                continue
            draft = index.actor_of(tok) or index.pronouns.get(i)
            if draft is not None and index.reporting.is_cue(tok.head.lemma_.lower()):
                speakers.append(draft)
    return speakers


def _own_subjects(index: ActorIndex, pronoun: Token) -> list[ActorDraft]:
    """Whom an object pronoun cannot refer to: the subject of its own verb, with the
    subject's conjuncts ("Sharon and Arafat met Z and urged *him*": Z, not either)."""
    from eventwire.extract.mentions import subject_of  # mentions resolves through here

    if pronoun.dep_ not in OBJECT_DEPS:
        return []
    subject = subject_of(pronoun.head)
    if subject is None:
        return []
    found = (index.actor_of(t) or index.pronouns.get(t.i) for t in (subject, *subject.conjuncts))
    return [draft for draft in found if draft is not None]


def resolve_pronoun(index: ActorIndex, token: Token) -> ActorDraft | None:
    """The actor a personal pronoun refers to, or None when nothing fits."""
    cache = index.pronouns
    if token.i in cache:
        return cache[token.i]
    pronoun = token.lower_
    result: ActorDraft | None = None
    if pronoun in PRONOUNS:
        sents = index.sents
        here = index.sentence_number(token)
        earliest = token.i - LOOKBACK_TOKENS
        nearby = range(here, max(-1, here - LOOKBACK_SENTENCES - 1), -1)
        inside_quote = token.i in index.quoted
        # The speaker may be named after the quote: '"He lied," X said.'
        bounds = range(earliest, token.i + LOOKBACK_TOKENS)
        speakers = (
            _quote_speakers(index, [sents[k] for k in nearby], bounds) if inside_quote else []
        )
        speakers += _own_subjects(index, token)
        for k in nearby:
            sent = sents[k]
            if sent.end <= earliest:
                break
            window = range(earliest, token.i if k == here else sent.end)
            found = _candidates(
                index, sent, window, pronoun, inside_quote=inside_quote, speakers=speakers
            )
            if found:
                result = found[0]
                break
    if result is not None and pronoun in PERSON_PRONOUNS and result.gender is None:
        result.gender = PERSON_PRONOUNS[pronoun]
    cache[token.i] = result
    return result
