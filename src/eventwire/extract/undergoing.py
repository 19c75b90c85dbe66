"""Acts a clause's subject undergoes, named by a noun its verb governs: "the governor
*came under fire* from unions", "the bill *drew criticism* from both parties", "the
senator *won the endorsement* of the union" (``resources/undergo_verbs.tsv``). The noun's
(or the verb's) doer phrase names who does the act, and the subject is whom it is done
to: the reverse of a light verb ("held talks"), whose subject does what its object names."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from importlib import resources

from spacy.tokens import Token

from eventwire.extract.mentions import RELATIVE_TAGS, subject_of
from eventwire.extract.tsv import resource_error, tsv_rows

RESOURCE = "resources/undergo_verbs.tsv"
COLUMNS = ("verb", "doers", "note")
ERROR_CODE = "E118"
# The prepositions that may name the doer of an act undergone.
DOER_PREPS = frozenset({"from", "by", "of"})
# Acts whose "of" phrase names their doer when the subject undergoes them: "won the
# support *of* X" is X's support; "secured the release *of* X" is done to X.
OF_DOER_TYPES = frozenset({"SUPPORT"})
# What a verb of undergoing may be: "is under fire" has the auxiliary as its verb.
VERBAL_POS = frozenset({"VERB", "AUX"})


def parse_undergo_verbs(text: str, origin: str) -> dict[str, frozenset[str]]:
    """Parse and validate the undergo-verbs TSV (each verb and the prepositions naming
    its doer); errors name ``origin`` and the line."""
    verbs: dict[str, frozenset[str]] = {}
    for number, (verb, doer_preps, _note) in tsv_rows(text, origin, COLUMNS, ERROR_CODE):
        words = verb.split(" ")
        if not verb.islower() or len(words) > 2 or not all(words):
            raise resource_error(
                origin, number, f"bad verb {verb!r}: a lemma and a preposition", ERROR_CODE
            )
        preps = frozenset(doer_preps.split(","))
        if not preps <= DOER_PREPS:
            bad = ", ".join(sorted(preps - DOER_PREPS))
            raise resource_error(origin, number, f"bad doer prepositions: {bad}", ERROR_CODE)
        if verb in verbs:
            raise resource_error(origin, number, f"{verb!r} is listed twice", ERROR_CODE)
        verbs[verb] = preps
    return verbs


@cache
def undergo_verbs() -> dict[str, frozenset[str]]:
    """The packaged verbs of undergoing and their doer prepositions (loaded once)."""
    text = resources.files("eventwire").joinpath(RESOURCE).read_text("utf-8")
    return parse_undergo_verbs(text, RESOURCE)


def undergoing_verb(noun: Token, plover: str) -> Token | None:
    """The verb whose subject undergoes the act of type ``plover`` the noun ``noun``
    names, done by someone a doer phrase names: "came under *fire* from unions", "drew
    *criticism* and *praise* from X" (a conjunct of the object is one too). None when no
    one is named for it ("faced *trial*"): then the noun is no act done to the subject."""
    if noun.pos_ != "NOUN":
        return None
    governing = _governing_verb(noun)
    if governing is None:
        return None
    verb, preps = governing
    if next(_doers(noun, verb, _for_type(preps, plover)), None) is None:
        return None
    return verb


def doers(noun: Token, plover: str) -> Iterator[Token]:
    """Who does the act of type ``plover`` the noun names, undergone by the subject of
    the verb governing it (:func:`undergoing_verb`): the object of the noun's own doer
    phrase, or of the verb's after the noun ("came under attack in recent days *from* X")."""
    governing = _governing_verb(noun)
    if governing is not None:
        verb, preps = governing
        yield from _doers(noun, verb, _for_type(preps, plover))


def _for_type(preps: frozenset[str], plover: str) -> frozenset[str]:
    """The doer prepositions ``preps`` for an act of type ``plover``: "of" only for one
    whose "of" phrase names its doer (OF_DOER_TYPES)."""
    return preps if plover in OF_DOER_TYPES else preps - {"of"}


def _doers(noun: Token, verb: Token, preps: frozenset[str]) -> Iterator[Token]:
    for owner in (noun, verb):
        for prep in owner.children:
            after = owner is noun or prep.i > noun.i
            if prep.dep_ in {"prep", "agent"} and prep.lower_ in preps and after:
                yield from (c for c in prep.children if c.dep_ == "pobj")


def _governing_verb(noun: Token) -> tuple[Token, frozenset[str]] | None:
    """The listed verb of undergoing that governs ``noun`` (as its direct object, "faced
    criticism", or through the preposition it is listed with, "came under fire"), and the
    prepositions naming the doer with it."""
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and noun.head.i != noun.i:
        noun = noun.head
    head = noun.head
    if noun.dep_ == "dobj":
        verb = head
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
        key = verb.lemma_.lower() + (f" {particle}" if particle else "")
    elif noun.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head
        key = f"{verb.lemma_.lower()} {head.lower_}"
    else:
        return None
    preps = undergo_verbs().get(key)
    if verb.pos_ not in VERBAL_POS or preps is None:
        return None
    return verb, preps


def undergoer(verb: Token) -> Token | None:
    """Who undergoes the act: the verb's indirect object ("the film won *him* the praise
    of critics"), else its subject, or the noun a relative clause hangs on ("the party,
    *which* has come under attack from ...")."""
    dative = next((c for c in verb.children if c.dep_ == "dative"), None)
    if dative is not None:
        return dative
    subject = subject_of(verb)
    if subject is not None and subject.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
        return verb.head
    return subject
