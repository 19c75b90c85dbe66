"""Normalise kept text: NFC, plain spaces, glued sentences after quotes, no endless words.

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
# The longest run of characters without a space that is kept whole. spaCy's tokenizer
# peels prefixes and suffixes off such a run one at a time, searching and copying the
# rest each time, so its time grows with the square of the run's length (100,000 quote
# marks in a row took 13 minutes, "'s" repeated 4,000 times 5 seconds). No word is
# this long: a pasted blob or a row of symbols gets a space every so many characters.
MAX_WORD_CHARS = 256
# From the start of a run only, so that a failed try is never repeated inside one.
_LONG_WORD = re.compile(rf"(?<![^ ])[^ ]{{{MAX_WORD_CHARS + 1},}}")


def normalize_line(text: str) -> str:
    """One line of kept text in normal form: NFC, one plain space between words, no
    invisible characters, a space after a quote glued to the next sentence, and no run
    of more than MAX_WORD_CHARS characters without a space."""
    text = unicodedata.normalize("NFC", text.translate(_TABLE))
    text = _RUNS.sub(" ", _CONTROL.sub(" ", text)).strip()
    return _LONG_WORD.sub(_broken_up, space_glued_quotes(text))


def _broken_up(word: re.Match[str]) -> str:
    """An over-long run in pieces of at most MAX_WORD_CHARS characters (a piece never
    starts with a combining mark, which would be torn from its letter)."""
    text = word[0]
    pieces: list[str] = []
    start = 0
    while len(text) - start > MAX_WORD_CHARS:
        end = start + MAX_WORD_CHARS
        while end > start and unicodedata.combining(text[end]):
            end -= 1
        if end == start:  # nothing but combining marks: cut anywhere
            end = start + MAX_WORD_CHARS
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return " ".join(pieces)


def space_glued_quotes(text: str) -> str:
    """Insert the missing space where a sentence ends in a quote mark glued to the next one.

    A straight ``"`` is a closing mark when an odd number of them come before it on
    the line, so the space goes after it; otherwise it opens the next sentence and
    the space goes before it (``said."No`` becomes ``said. "No``).
    """
    pieces: list[str] = []
    last = 0
    # Straight marks before the current match, counted as the matches go: counting from
    # the start of the line at each match made a line of glued quotes quadratic.
    straight, counted = 0, 0
    for match in _GLUED.finditer(text):
        mark = match.group(1)
        straight += text.count('"', counted, match.start())
        counted = match.start()
        closing = mark in _CLOSING or (mark == '"' and straight % 2 == 1)
        if mark in _OPENING or not closing:
            pieces.append(text[last : match.start()] + " " + mark)
        else:
            pieces.append(text[last : match.end()] + " ")
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces)
