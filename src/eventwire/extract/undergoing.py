"""Acts a clause's subject undergoes, named by a noun its verb governs: "the governor
*came under fire* from unions", "the bill *drew criticism* from both parties", "the town
*faced attacks* by the rebels" (``resources/undergo_verbs.tsv``). The noun's (or the
verb's) "from" or "by" phrase names who does the act, and the subject is whom it is done
to: the reverse of a light verb ("held talks"), whose subject does what its object names."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from importlib import resources

from spacy.tokens import Token

from eventwire.extract.mentions import RELATIVE_TAGS, subject_of
from eventwire.extract.tsv import resource_error, tsv_rows

RESOURCE = "resources/undergo_verbs.tsv"
COLUMNS = ("verb", "note")
ERROR_CODE = "E118"
# Prepositions naming who does an act undergone ("under fire *from* X", "attacks *by* X").
DOER_PREPS = frozenset({"from", "by"})
# What a verb of undergoing may be: "is under fire" has the auxiliary as its verb.
VERBAL_POS = frozenset({"VERB", "AUX"})


def parse_undergo_verbs(text: str, origin: str) -> frozenset[str]:
    """Parse and validate the undergo-verbs TSV; errors name ``origin`` and the line."""
    verbs: set[str] = set()
    for number, (verb, _note) in tsv_rows(text, origin, COLUMNS, ERROR_CODE):
        words = verb.split(" ")
        if not verb.islower() or len(words) > 2 or not all(words):
            raise resource_error(
                origin, number, f"bad verb {verb!r}: a lemma and a preposition", ERROR_CODE
            )
        if verb in verbs:
            raise resource_error(origin, number, f"{verb!r} is listed twice", ERROR_CODE)
        verbs.add(verb)
    return frozenset(verbs)


@cache
def undergo_verbs() -> frozenset[str]:
    """The packaged verbs of undergoing (loaded once)."""
    text = resources.files("eventwire").joinpath(RESOURCE).read_text("utf-8")
    return parse_undergo_verbs(text, RESOURCE)


def undergoing_verb(noun: Token) -> Token | None:
    """The verb whose subject undergoes the act the noun ``noun`` names, done by someone
    a "from" or "by" phrase names: "came under *fire* from unions", "drew *criticism* and
    *praise* from X" (a conjunct of the object is one too). None when no one is named
    for it ("faced *trial*"): then the noun is no act done to the subject by anyone."""
    if noun.pos_ != "NOUN":
        return None
    first = noun
    while first.dep_ == "conj" and first.head.pos_ == "NOUN" and first.head.i != first.i:
        first = first.head
    verb = _governing_verb(first)
    if verb is None or next(doers(noun, verb), None) is None:
        return None
    return verb


def _governing_verb(noun: Token) -> Token | None:
    """The listed verb of undergoing that governs ``noun``: as its direct object ("faced
    criticism"), or through the preposition it is listed with ("came under fire")."""
    head = noun.head
    if noun.dep_ == "dobj":
        verb, key = head, head.lemma_.lower()
    elif noun.dep_ == "pobj" and head.dep_ == "prep":
        verb, key = head.head, f"{head.head.lemma_.lower()} {head.lower_}"
    else:
        return None
    return verb if verb.pos_ in VERBAL_POS and key in undergo_verbs() else None


def doers(noun: Token, verb: Token) -> Iterator[Token]:
    """Who does the act the noun names: the object of its own "from" or "by" phrase, or
    of the verb's after the noun ("came under attack in recent days *from* X")."""
    for owner in (noun, verb):
        for prep in owner.children:
            after = owner is noun or prep.i > noun.i
            if prep.dep_ in {"prep", "agent"} and prep.lower_ in DOER_PREPS and after:
                yield from (c for c in prep.children if c.dep_ == "pobj")


def undergoer(verb: Token) -> Token | None:
    """Who undergoes the act: the verb's subject, or the noun a relative clause hangs on
    ("the party, *which* has come under attack from ...")."""
    subject = subject_of(verb)
    if subject is not None and subject.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
        return verb.head
    return subject
