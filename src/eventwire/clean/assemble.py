"""Rebuild the cleaned text from the kept lines, cutting it at ``max_chars``.

Lines keep their paragraph breaks (a blank line in the raw text stays one blank
line); each kept line is normalised on its own. When the text would pass
``max_chars`` it ends at the last whole line that fits, or inside the first line
at a space when even that one is too long.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from eventwire.clean.lines import Line, kept_pieces, spans_by_line
from eventwire.clean.normalize import normalize_line


@dataclass(frozen=True, slots=True)
class Assembled:
    """The cleaned text, and where in the raw text it was cut (None when it was not)."""

    text: str
    cut: int | None = None


def assemble(
    lines: Sequence[Line],
    dropped: Collection[int],
    spans: Sequence[tuple[int, int]],
    *,
    max_chars: int,
) -> Assembled:
    """Join the lines not in ``dropped``, without the raw ``spans``, normalised and cut."""
    parts: list[str] = []
    size = 0
    previous: Line | None = None
    previous_position = -1
    spans_in = spans_by_line(lines, spans)
    for position, line in enumerate(lines):
        if position in dropped:
            continue
        pieces = kept_pieces(line, spans_in.get(position, ()))
        text = normalize_line(
            "".join(line.text[a - line.start : b - line.start] for a, b in pieces)
        )
        if not text:
            continue
        gap = "" if previous is None else _separator(previous, previous_position, line, position)
        if size + len(gap) + len(text) > max_chars:
            if parts:
                return Assembled("".join(parts), line.start)
            cut, head = _cut_inside(line, pieces, max_chars)
            return Assembled(head, cut)
        parts.extend((gap, text))
        size += len(gap) + len(text)
        previous, previous_position = line, position
    return Assembled("".join(parts))


def _separator(before: Line, before_position: int, after: Line, after_position: int) -> str:
    # Raw line numbers jump further than list positions only over blank lines.
    blank = after.index - before.index > after_position - before_position
    return "\n\n" if blank else "\n"


def _cut_inside(line: Line, pieces: Sequence[tuple[int, int]], max_chars: int) -> tuple[int, str]:
    """Cut one over-long line at the last space that keeps it within ``max_chars``."""

    def text_until(offset: int) -> str:
        kept = (line.text[a - line.start : min(b, offset) - line.start] for a, b in pieces)
        return normalize_line("".join(kept))

    spaces = [
        a + index
        for a, b in pieces
        for index, char in enumerate(line.text[a - line.start : b - line.start])
        if char.isspace()
    ]
    # Binary search: the longest prefix (ending at a space) whose normal form fits.
    low, high, best = 0, len(spaces) - 1, None
    while low <= high:
        middle = (low + high) // 2
        if len(text_until(spaces[middle])) <= max_chars:
            best, low = spaces[middle], middle + 1
        else:
            high = middle - 1
    if best is None:  # one unbroken word: cut it where it passes the limit
        # Binary search again, over every offset: stepping one character at a time
        # normalised the prefix once per character, quadratic in a long word.
        low, high, best = pieces[0][0] + 1, line.end, pieces[0][0]
        while low <= high:
            middle = (low + high) // 2
            if len(text_until(middle)) <= max_chars:
                best, low = middle, middle + 1
            else:
                high = middle - 1
    return best, text_until(best)
