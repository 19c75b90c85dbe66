"""Datelines: the place a story was filed from, written before its first words.

"WASHINGTON (AP) — The Senate ...", "New York (AFP) – ...", "CHARLESTON, S.C. — ...": a
place (in capitals, or followed by a news agency in brackets) at the start of a line and
followed by a dash, or a colon after an agency. It says where the reporter was, never who
did or underwent the act, so no actor is found in it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

_WORD = r"[A-Z][A-Za-z.'’\-]*"
_PLACE = rf"{_WORD}(?:[ \t]{_WORD}){{0,3}}(?:,[ \t\xa0]*{_WORD}(?:[ \t]{_WORD}){{0,2}})?"
_AGENCY = r"\([A-Z][A-Za-z .&\-]{0,24}\)"
_DASH = r"(?:—|–|--|-)"
_DATELINE = re.compile(
    rf"(?m)^[ \t]*(?P<place>{_PLACE})[ \t\xa0]*(?P<agency>{_AGENCY})?[ \t\xa0]*"
    rf"(?P<mark>{_DASH}|:)(?=[ \t\xa0])"
)
_CACHE_KEY = "eventwire_dateline_tokens"
# The longest acronym ("US", "EU", "UN") taken for one side of a pair, not a dateline.
MIN_ACRONYM = 2


def _is_dateline(match: re.Match[str]) -> bool:
    """A place in capitals (its state may follow: "DECATUR, Ill.") before a dash, or any
    place before a bracketed agency; a capitalised word alone before a dash or colon
    ("Ferguson — a community", "TRUMP:") is an ordinary subject or a speaker's name, and
    an acronym of two letters before a dash one side of a pair ("EU - Turkey deal")."""
    if match.group("agency"):
        return True
    town = match.group("place").split(",")[0]
    return match.group("mark") != ":" and town.isupper() and len(town) > MIN_ACRONYM


def dateline_tokens(doc: Doc) -> frozenset[int]:
    """The indices of the tokens in ``doc``'s datelines (place, agency and mark)."""
    cached = doc.user_data.get(_CACHE_KEY)
    if cached is None:
        found: set[int] = set()
        for match in _DATELINE.finditer(doc.text):
            if not _is_dateline(match):
                continue
            span = doc.char_span(match.start("place"), match.end(), alignment_mode="expand")
            if span is not None:
                found.update(range(span.start, span.end))
        cached = frozenset(found)
        doc.user_data[_CACHE_KEY] = cached
    return cached


def in_dateline(token: Token) -> bool:
    """Whether ``token`` belongs to a dateline of its document."""
    return token.i in dateline_tokens(token.doc)
