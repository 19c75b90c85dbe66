"""Normalise kept text: NFC, plain spaces, glued sentences after quotes.

Quotation-mark characters are left as they are: quote extraction needs “ ” ‘ ’ « ».
"""

from __future__ import annotations

import re
import unicodedata

# Spaces that are not U+0020 (no-break, en/em, thin, ideographic...) and tabs become one space.
_ODD_SPACES = "\t\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
# Invisible characters that only get in the way of matching: zero-width space, word
# joiner, BOM, soft hyphen. (Zero-width (non-)joiners are kept: some scripts need them.)
_INVISIBLE = "\u200b\u2060\ufeff\u00ad"
_TABLE = str.maketrans(
    {**dict.fromkeys(map(ord, _ODD_SPACES), " "), **dict.fromkeys(map(ord, _INVISIBLE), None)}
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_RUNS = re.compile(r" {2,}")
# Sentence-final punctuation, a quote mark, then straight on an (opening quote and a)
# capital letter: `reported."They` or `reported.”They` or `said:"We`.
_GLUED = re.compile(r"(?<=[.!?,:;…])([\"“”’])(?=[\"“‘«]?[A-Z])")
_OPENING = frozenset("“")
_CLOSING = frozenset("”’")


def normalize_line(text: str) -> str:
    """One line of kept text in normal form: NFC, one plain space between words, no
    invisible characters, and a space after a quote glued to the next sentence."""
    text = unicodedata.normalize("NFC", text).translate(_TABLE)
    text = _RUNS.sub(" ", _CONTROL.sub(" ", text)).strip()
    return space_glued_quotes(text)


def space_glued_quotes(text: str) -> str:
    """Insert the missing space where a sentence ends in a quote mark glued to the next one.

    A straight ``"`` is a closing mark when an odd number of them come before it on
    the line, so the space goes after it; otherwise it opens the next sentence and
    the space goes before it (``said."No`` becomes ``said. "No``).
    """
    pieces: list[str] = []
    last = 0
    for match in _GLUED.finditer(text):
        mark = match.group(1)
        closing = mark in _CLOSING or (mark == '"' and text.count('"', 0, match.start()) % 2 == 1)
        if mark in _OPENING or not closing:
            pieces.append(text[last : match.start()] + " " + mark)
        else:
            pieces.append(text[last : match.end()] + " ")
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces)
