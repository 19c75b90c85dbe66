"""The event-trigger lexicon (``resources/event_triggers.tsv``): verb and noun lemmas that signal
a political event, each with its CAMEO code, PLOVER type and mode.

The event extractor looks a trigger token up by lemma, part of speech and, when the token has
one, its particle or preposition ("call for", "step down"). CAMEO 01 statements are not in the
lexicon: PLOVER has no type for them and the quote extractor covers them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from eventwire.errors import ConfigError

RESOURCE = "resources/event_triggers.tsv"
COLUMNS = ("lemma", "pos", "cameo", "plover", "mode", "prep", "target_preps", "note")
POS = frozenset({"VERB", "NOUN"})
PLOVER_TYPES = frozenset(
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE",  # verbal cooperation
        "COOPERATE", "AID", "RETREAT",  # material cooperation
        "REQUEST", "ACCUSE", "REJECT", "THREATEN",  # verbal conflict
        "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",  # material conflict
    }
)  # fmt: skip
# The PLOVER types each CAMEO root may map to (CAMEO-to-PLOVER table, 2021). A sanity check
# that catches a mistyped code or type without the reference files; the tests compare every
# row with the full table.
ROOT_TYPES: dict[str, frozenset[str]] = {
    "02": frozenset({"REQUEST"}),
    "03": frozenset({"AGREE"}),
    "04": frozenset({"CONSULT"}),
    "05": frozenset({"SUPPORT"}),
    "06": frozenset({"COOPERATE"}),
    "07": frozenset({"AID"}),
    "08": frozenset({"CONCEDE", "RETREAT"}),
    "09": frozenset({"ACCUSE"}),
    "10": frozenset({"REQUEST"}),
    "11": frozenset({"ACCUSE"}),
    "12": frozenset({"REJECT"}),
    "13": frozenset({"THREATEN"}),
    "14": frozenset({"PROTEST"}),
    "15": frozenset({"MOBILIZE"}),
    "16": frozenset({"SANCTION", "COERCE"}),
    "17": frozenset({"COERCE", "ASSAULT"}),
    "18": frozenset({"ASSAULT"}),
    "19": frozenset({"ASSAULT", "COERCE"}),
    "20": frozenset({"ASSAULT"}),
}
_CAMEO = re.compile(r"\d{2,4}")
_WORD = re.compile(r"[a-z][a-z-]*")


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon row: a trigger lemma and the event it codes."""

    lemma: str
    pos: str
    cameo: str
    plover: str
    mode: str | None
    prep: str | None
    target_preps: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True, slots=True)
class TriggerLexicon:
    """All triggers, indexed by (lemma, pos) for lookup."""

    entries: tuple[Trigger, ...]
    _index: dict[tuple[str, str], dict[str | None, Trigger]] = field(repr=False, compare=False)

    def lookup(self, lemma: str, pos: str, prep: str | None = None) -> Trigger | None:
        """The trigger for ``lemma``/``pos``, preferring the entry that requires ``prep``.

        An entry with no required prep is the fallback; an entry that requires a prep only
        matches when that prep is given ("call" + "for" is an appeal, "call" + "off" a
        cancellation, and bare "call" no event: news mostly names someone with it).
        """
        by_prep = self._index.get((lemma.lower(), pos.upper()))
        if by_prep is None:
            return None
        if prep and (hit := by_prep.get(prep.lower())) is not None:
            return hit
        return by_prep.get(None)

    def lists(self, lemma: str, pos: str) -> bool:
        """Does any entry, with or without a required prep, trigger on ``lemma``/``pos``?"""
        return (lemma.lower(), pos.upper()) in self._index

    def __len__(self) -> int:
        return len(self.entries)


def _fail(origin: str, number: int, message: str) -> ConfigError:
    return ConfigError(f"{origin}:{number}: {message}", code="E110")


def _parse_row(fields: list[str], origin: str, number: int) -> Trigger:
    lemma, pos, cameo, plover, mode, prep, target_preps, note = (f.strip() for f in fields)
    if not lemma or lemma != lemma.lower():
        raise _fail(origin, number, f"lemma must be lowercase and non-empty, got {lemma!r}")
    if pos not in POS:
        raise _fail(origin, number, f"pos must be VERB or NOUN, got {pos!r}")
    if not _CAMEO.fullmatch(cameo):
        raise _fail(origin, number, f"cameo must be 2-4 digits, got {cameo!r}")
    if cameo.startswith("01"):
        raise _fail(origin, number, f"CAMEO {cameo} is a statement (01), which has no PLOVER type")
    if plover not in PLOVER_TYPES:
        raise _fail(origin, number, f"unknown PLOVER type {plover!r}")
    allowed = ROOT_TYPES.get(cameo[:2])
    if allowed is None:
        raise _fail(origin, number, f"CAMEO {cameo} has no known root")
    if plover not in allowed:
        raise _fail(origin, number, f"CAMEO {cameo} maps to {sorted(allowed)}, not {plover}")
    preps = tuple(p.strip() for p in target_preps.split(",") if p.strip())
    for word in (prep, *preps):
        if word and not _WORD.fullmatch(word):
            raise _fail(origin, number, f"prepositions must be lowercase words, got {word!r}")
    return Trigger(lemma, pos, cameo, plover, mode or None, prep or None, preps, note)


def parse_triggers(text: str, origin: str) -> TriggerLexicon:
    """Parse and validate the trigger TSV; errors (E110) name ``origin`` and the line."""
    rows = [(n, ln) for n, ln in enumerate(text.splitlines(), 1) if ln.strip() and ln[0] != "#"]
    if not rows or tuple(c.strip() for c in rows[0][1].split("\t")) != COLUMNS:
        raise _fail(origin, rows[0][0] if rows else 1, f"header must be {'<TAB>'.join(COLUMNS)}")
    entries: list[Trigger] = []
    index: dict[tuple[str, str], dict[str | None, Trigger]] = {}
    for number, line in rows[1:]:
        fields = line.split("\t")
        if len(fields) != len(COLUMNS):
            raise _fail(
                origin, number, f"want {len(COLUMNS)} tab-separated fields, not {len(fields)}"
            )
        trigger = _parse_row(fields, origin, number)
        by_prep = index.setdefault((trigger.lemma, trigger.pos), {})
        if trigger.prep in by_prep:
            key = f"{trigger.lemma}/{trigger.pos}/{trigger.prep or '-'}"
            raise _fail(origin, number, f"duplicate entry {key}")
        by_prep[trigger.prep] = trigger
        entries.append(trigger)
    return TriggerLexicon(entries=tuple(entries), _index=index)


@cache
def load_triggers() -> TriggerLexicon:
    """The packaged trigger lexicon (loaded and validated once)."""
    text = resources.files("eventwire").joinpath(RESOURCE).read_text("utf-8")
    return parse_triggers(text, RESOURCE)
