"""The raw text as lines and sentences with their offsets, and the forms used to compare them.

Cleaning decides what to drop on these spans, so every removal keeps exact
offsets into the raw text; the cleaned text is rebuilt from what is kept.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.clean.normalize import normalize_line

# Every line break str.splitlines() knows, CRLF first so it counts as one.
_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
# Space that is not content: whitespace plus zero-width and invisible characters.
_EDGE = r"[\s\u200b\u2060\ufeff\u00ad]"
_EDGE_RUN = re.compile(rf"{_EDGE}*")
_SPACES = re.compile(rf"{_EDGE}+")
# A list bullet in front of a line ("- ", "• ", "* "), as trafilatura writes list items.
_BULLET = re.compile(r"^[-–—•*·▪►‣◦]+\s+")
# A sentence ends at . ! ? … (plus closing quotes/brackets) before space and a capital or
# opening quote, or glued straight onto an opening quote or capital after a closing quote.
# The mark must follow a word or closing mark: "“… Fares" does not end a sentence.
_SENTENCE_END = re.compile(
    r"(?<=[\w\"'”’»)\]%])(?:"
    r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9])"
    r"|[.!?…][\"”’»]+(?=[\"“‘«]?[A-Z]))"
)
# A period after an initial or a short capitalised word ("John G.", "U.S.", "Sen.", "Gov.")
# usually does not end the sentence. Joining two real sentences by mistake is the safe
# error here: it only makes repeats harder to match.
_ABBREVIATION = re.compile(r"(?:^|[^\w.])(?:[A-Z]\.)*[A-Z][A-Za-z]{0,3}$")
_ABBREVIATION_WINDOW = 40
_NOT_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line: ``raw[start:end]`` is its text without surrounding space."""

    index: int
    start: int
    end: int
    text: str

    @property
    def form(self) -> str:
        """The line as boilerplate rules see it: spaces collapsed, bullet dropped."""
        return match_form(self.text)


def split_lines(raw: str) -> list[Line]:
    """The non-blank lines of ``raw`` with their offsets (``index`` counts all lines)."""
    lines: list[Line] = []
    bounds = [0]
    for brk in _BREAK.finditer(raw):
        bounds.extend((brk.start(), brk.end()))
    bounds.append(len(raw))
    for index in range(len(bounds) // 2):
        start, end = _content(raw, bounds[2 * index], bounds[2 * index + 1])
        if start < end:
            lines.append(Line(index, start, end, raw[start:end]))
    return lines


def _content(raw: str, begin: int, finish: int) -> tuple[int, int]:
    """Where the content of ``raw[begin:finish]`` starts and ends, edge space left out.

    The trailing space is measured on the reversed line: NOT one pattern with a lazy
    middle (``edge*(.*?)edge*\\Z``), which tries the trailing run at every character
    and made a long gap inside one line quadratic.
    """
    start = _edge_end(raw, begin, finish)
    if start == finish:
        return start, start
    return start, finish - _edge_end(raw[start:finish][::-1], 0, finish - start)


def _edge_end(text: str, begin: int, finish: int) -> int:
    match = _EDGE_RUN.match(text, begin, finish)
    return match.end() if match is not None else begin


def spans_by_line(
    lines: Sequence[Line], spans: Sequence[tuple[int, int]]
) -> dict[int, list[tuple[int, int]]]:
    """The ``spans`` that start in each line, by the line's position in ``lines``.

    Grouped once, so that each line looks only at its own spans: scanning every span
    for every line was quadratic in an article repeating a sentence on every line.
    """
    starts = [line.start for line in lines]
    grouped: dict[int, list[tuple[int, int]]] = {}
    for span in spans:
        position = bisect_right(starts, span[0]) - 1
        if position >= 0 and span[0] < lines[position].end:
            grouped.setdefault(position, []).append(span)
    return grouped


def kept_pieces(line: Line, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The raw ``(start, end)`` pieces of ``line`` left once its ``spans`` are taken out."""
    pieces: list[tuple[int, int]] = []
    start = line.start
    for a, b in sorted(spans):
        if a > start:
            pieces.append((start, a))
        start = max(start, b)
    if start < line.end:
        pieces.append((start, line.end))
    return pieces


def match_form(text: str) -> str:
    """The line as it would be kept (:func:`.normalize.normalize_line`: control characters
    become spaces, invisible ones go), in NFKC with one space between words and no bullet
    in front: what rules match on. Matching the raw line let a control character hide
    a widget that normalisation then turned back into its words."""
    text = _SPACES.sub(" ", unicodedata.normalize("NFKC", normalize_line(text))).strip()
    return _BULLET.sub("", text)


def compare_key(text: str) -> str:
    """Lowercase words only: two copies of a sentence compare equal whatever their
    spacing, case or punctuation."""
    return " ".join(_NOT_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).split())


def has_bullet(text: str) -> bool:
    """True when the line starts with a list bullet."""
    return _BULLET.match(text) is not None


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence in one line, without the space between them."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        # Only the few characters before the period can form an abbreviation; searching
        # from the start of the line each time made long lines quadratic.
        window = max(0, match.start() - _ABBREVIATION_WINDOW)
        if match.group() == "." and _ABBREVIATION.search(text, window, match.start()):
            continue
        spans.append((start, match.end()))
        start = match.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans
