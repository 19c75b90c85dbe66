"""Sports reports (``resources/sports.tsv``): which sentences of an article report a
contest, where "beat", "attacked" and "crushed" are no acts of violence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Span, Token

from eventwire.extract.tsv import resource_error, tsv_rows

COLUMNS = ("term", "note")
# A score ("won 6-3, 6-4", "beat Switzerland 3-0") marks a contest as a sports word does;
# a vote ("ruled 5-4") has no verb of violence to drop. The tokenizer splits it in three.
SCORE_NUMBER = re.compile(r"\d{1,3}")
ERROR_CODE = "E117"


@dataclass(frozen=True, slots=True)
class SportsLexicon:
    """Words that mark a sports report: single lemmas and two-word terms."""

    lemmas: frozenset[str]
    pairs: frozenset[str]

    def names_sport(self, sent: Span) -> bool:
        """Does the sentence ``sent`` report a contest: does it hold a sports word or a
        score? Only the sentence counts: pages and wire digests run a sports story
        beside a war story ("... the first cricket Test. Israeli warplanes have bombed
        Gaza")."""
        doc = sent.doc
        return any(
            t.lemma_.lower() in self.lemmas
            or _score_at(t, sent.end)
            or (t.i + 1 < sent.end and f"{t.lower_} {doc[t.i + 1].lower_}" in self.pairs)
            for t in sent
        )


def _score_at(tok: Token, end: int) -> bool:
    """Does a score ("3-0") start at ``tok``, within a sentence ending at token ``end``?"""
    doc = tok.doc
    return (
        tok.i + 2 < end
        and doc[tok.i + 1].text == "-"
        and SCORE_NUMBER.fullmatch(tok.text) is not None
        and SCORE_NUMBER.fullmatch(doc[tok.i + 2].text) is not None
        and not tok.whitespace_
        and not doc[tok.i + 1].whitespace_
    )


def parse_sports(text: str, origin: str) -> SportsLexicon:
    """Parse and validate the sports TSV; errors name ``origin`` and the line."""
    lemmas: set[str] = set()
    pairs: set[str] = set()
    for number, (term, _note) in tsv_rows(text, origin, COLUMNS, ERROR_CODE):
        words = term.split(" ")
        if not term.islower() or len(words) > 2 or not all(words):
            raise resource_error(
                origin, number, f"bad term {term!r}: one or two lowercase words", ERROR_CODE
            )
        bucket = pairs if len(words) == 2 else lemmas
        if term in bucket:
            raise resource_error(origin, number, f"{term!r} is listed twice", ERROR_CODE)
        bucket.add(term)
    return SportsLexicon(frozenset(lemmas), frozenset(pairs))


@cache
def load_sports() -> SportsLexicon:
    """The packaged sports lexicon (loaded once)."""
    text = resources.files("eventwire").joinpath("resources/sports.tsv").read_text("utf-8")
    return parse_sports(text, "resources/sports.tsv")
