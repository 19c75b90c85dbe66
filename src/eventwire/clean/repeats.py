"""Find repeated lines and sentences, keeping the most informative copy.

A short line (a teaser or summary at the top, a pull quote or subhead) whose sentences
appear again in a fuller paragraph further down is the copy to drop: the body keeps
them in context.
Otherwise the first copy stays and later copies go. Copies compare equal after
whitespace, case and punctuation are normalised (:func:`.lines.compare_key`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from eventwire.clean.lines import Line, compare_key, has_bullet, sentence_spans

REASON = "repeated"
# A teaser is at most this many sentences and characters...
TEASER_SENTENCES = 2
TEASER_CHARS = 300
# ...and is a bulleted line or one of the first few lines of the article.
LEAD_LINES = 3
# Lines shorter than this (in words) may repeat on purpose: speaker labels in a
# transcript, list items, credits, "Thank you very much."
MIN_LINE_WORDS = 5
# Sentences inside a paragraph are only compared when longer still ("He said no.").
MIN_SENTENCE_WORDS = 8


@dataclass(frozen=True, slots=True)
class _Parsed:
    position: int
    line: Line
    key: str
    spans: tuple[tuple[int, int], ...]
    keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Repeats:
    """What to drop: whole lines (positions in the line list) and sentence spans (raw offsets)."""

    lines: frozenset[int]
    sentences: tuple[tuple[int, int], ...]


def find_repeats(lines: Sequence[Line], removed: Collection[int] = ()) -> Repeats:
    """Find the repeated copies among ``lines``, ignoring the positions in ``removed``."""
    parsed = [
        _parse(position, line) for position, line in enumerate(lines) if position not in removed
    ]
    drop = set(_teasers(parsed))
    kept = [item for item in parsed if item.position not in drop]
    drop.update(_later_lines(kept))
    kept = [item for item in kept if item.position not in drop]
    sentences, whole = _later_sentences(kept)
    drop.update(whole)
    return Repeats(frozenset(drop), tuple(sentences))


def _parse(position: int, line: Line) -> _Parsed:
    spans = tuple(sentence_spans(line.text))
    keys = tuple(compare_key(line.text[start:end]) for start, end in spans)
    return _Parsed(position, line, compare_key(line.text), spans, keys)


def _teasers(parsed: Sequence[_Parsed]) -> list[int]:
    """Short lines whose every sentence comes again later in a fuller (or, for a lead, any) line."""
    grouped: defaultdict[str, list[_Parsed]] = defaultdict(list)
    for item in parsed:
        for key in set(item.keys):
            grouped[key].append(item)
    copies: dict[str, _Copies] = {}
    teasers: list[int] = []
    # A lead is among the first LEAD_LINES lines that stay: teasers and exact repeats of
    # a line kept before do not count, or cleaning the cleaned text again would find
    # new leads (and new teasers) once they are gone.
    rank = 0
    kept_keys: set[str] = set()
    for item in parsed:
        lead = rank < LEAD_LINES or has_bullet(item.line.text)
        if _is_teaser(item, lead, grouped, copies):
            teasers.append(item.position)
            continue
        if len(item.key.split()) < MIN_LINE_WORDS or item.key not in kept_keys:
            rank += 1
        kept_keys.add(item.key)
    return teasers


def _is_teaser(
    item: _Parsed, lead: bool, grouped: Mapping[str, Sequence[_Parsed]], copies: dict[str, _Copies]
) -> bool:
    if not _is_short(item):
        return False
    keys = [key for key in item.keys if key]
    if not keys or any(len(key.split()) < MIN_LINE_WORDS for key in keys):
        return False
    return all(_copies_of(key, grouped, copies).in_context(item, lead) for key in keys)


def _is_short(item: _Parsed) -> bool:
    return len(item.spans) <= TEASER_SENTENCES and len(item.line.text) <= TEASER_CHARS


def _copies_of(
    key: str, grouped: Mapping[str, Sequence[_Parsed]], copies: dict[str, _Copies]
) -> _Copies:
    """The copies of ``key``, indexed the first time a teaser check needs them."""
    if key not in copies:
        copies[key] = _Copies(grouped[key])
    return copies[key]


class _Copies:
    """The lines holding one sentence, in order, and the most sentences held by any of
    them from each one on: a teaser's check is one lookup, not a walk over every copy
    (which was quadratic in an article repeating one short line thousands of times)."""

    def __init__(self, items: Sequence[_Parsed]) -> None:
        self._positions = [item.position for item in items]
        most: list[int] = []
        for item in reversed(items):
            most.append(max(len(item.spans), most[-1] if most else 0))
        self._most_from = most[::-1]

    def in_context(self, item: _Parsed, lead: bool) -> bool:
        """True when a later copy sits in a fuller paragraph, or anywhere later when
        ``item`` leads. A short copy after its paragraph is left alone: writers quote
        back on purpose. (Teasers found so far all come before ``item``, so no later
        copy is one of them.)"""
        after = bisect_right(self._positions, item.position)
        if after == len(self._positions):
            return False
        return lead or self._most_from[after] > len(item.spans)


def _later_lines(parsed: Sequence[_Parsed]) -> list[int]:
    seen: set[str] = set()
    later: list[int] = []
    for item in parsed:
        if len(item.key.split()) < MIN_LINE_WORDS:
            continue
        if item.key in seen:
            later.append(item.position)
        seen.add(item.key)
    return later


def _later_sentences(parsed: Sequence[_Parsed]) -> tuple[list[tuple[int, int]], list[int]]:
    """Long sentences already seen earlier; a line made only of such sentences goes whole."""
    seen: set[str] = set()
    spans: list[tuple[int, int]] = []
    whole: list[int] = []
    for item in parsed:
        sentences = [index for index, key in enumerate(item.keys) if key]
        repeated = [
            index
            for index in sentences
            if len(sentences) > 1
            and item.keys[index] in seen
            and len(item.keys[index].split()) >= MIN_SENTENCE_WORDS
        ]
        seen.update(item.keys)
        if repeated and len(repeated) == len(sentences):
            whole.append(item.position)
            continue
        base = item.line.start
        spans.extend((base + item.spans[i][0], base + item.spans[i][1]) for i in repeated)
    return spans, whole
