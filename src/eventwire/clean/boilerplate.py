"""Find web boilerplate lines (comment widgets, share prompts, cookie notices...).

The patterns come from ``resources/boilerplate.txt`` (see :mod:`.rules`); this
module applies them line by line and widens ``block`` and ``tail`` matches.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.clean.lines import Line, has_bullet, kept_pieces, match_form, spans_by_line
from eventwire.clean.rules import Rule, load_rules

# A related-links block lists at most this many items under its header.
MAX_BLOCK_ITEMS = 15
# A link title in such a list: short, and not ending like a sentence.
MAX_HEADLINE_CHARS = 110
_SENTENCE_FINAL = tuple('.!?:;"”’')
# A comment section only starts after the article: this much kept text must come first.
MIN_TEXT_BEFORE_TAIL = 200


def find_boilerplate(lines: Sequence[Line], rules: Sequence[Rule] | None = None) -> dict[int, str]:
    """Map the position (in ``lines``) of every boilerplate line to its removal reason."""
    rules = load_rules() if rules is None else rules
    found: dict[int, str] = {}
    kept_chars = 0
    position = 0
    while position < len(lines):
        line = lines[position]
        rule = first_rule(line.form, rules)
        if rule is None:
            kept_chars += len(line.text)
            position += 1
            continue
        found[position] = rule.reason
        if rule.scope == "tail" and kept_chars >= MIN_TEXT_BEFORE_TAIL:
            found.update(dict.fromkeys(range(position + 1, len(lines)), rule.reason))
            break
        if rule.scope == "block":
            for item in _block_items(lines, position + 1):
                found[item] = rule.reason
                position = item
        position += 1
    return found


def boilerplate_left_by_cuts(
    lines: Sequence[Line], cuts: Sequence[tuple[int, int]], rules: Sequence[Rule] | None = None
) -> list[tuple[int, int, str]]:
    """The ``(start, end, reason)`` pieces of lines that are boilerplate once the raw
    spans ``cuts`` (repeated sentences) are taken out of them.

    Rules first run on whole lines, so a widget glued to a repeated sentence ("<the
    teaser again> Post a Comment") only shows once the sentence is cut; every piece
    left of such a line goes, under the rule's reason.
    """
    rules = load_rules() if rules is None else rules
    found: list[tuple[int, int, str]] = []
    for position, spans in spans_by_line(lines, cuts).items():
        line = lines[position]
        pieces = kept_pieces(line, spans)
        rest = match_form("".join(line.text[a - line.start : b - line.start] for a, b in pieces))
        rule = first_rule(rest, rules) if rest else None
        if rule is not None:
            found.extend((a, b, rule.reason) for a, b in pieces)
    return found


def first_rule(form: str, rules: Sequence[Rule]) -> Rule | None:
    """The first of ``rules`` matching a line in its match form (:func:`.lines.match_form`)."""
    return next((rule for rule in rules if rule.matches(form)), None)


def _block_items(lines: Sequence[Line], first: int) -> list[int]:
    """The list items right under a block header: bullets, or short link titles."""
    items: list[int] = []
    for position in range(first, min(first + MAX_BLOCK_ITEMS, len(lines))):
        if not (has_bullet(lines[position].text) or _is_headline(lines[position])):
            break
        items.append(position)
    return items


def _is_headline(line: Line) -> bool:
    text = line.text
    return len(text) <= MAX_HEADLINE_CHARS and not text.endswith(_SENTENCE_FINAL)
