"""The modality lexicon (``resources/modality.tsv``): auxiliaries, governing verbs,
markers, negators, contrasts ("instead of") and modifiers of an act noun ("a *proposed*
ban") that make an event intended, hypothetical or negated.

``conditional`` ("would") makes an event intended when its clause is reported ("said it
would boycott": the future of the past) and hypothetical otherwise."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from eventwire.extract.tsv import resource_error, tsv_rows

COLUMNS = ("word", "role", "effect")
ERROR_CODE = "E114"
MODALITY_EFFECTS = frozenset({"intended", "hypothetical", "negated", "conditional"})
MODALITY_ROLES = frozenset({"aux", "governor", "passive", "mark", "neg", "modifier", "contrast"})


@dataclass(frozen=True, slots=True)
class ModalityLexicon:
    """Words that make an event intended, hypothetical or negated, by role."""

    effects: dict[tuple[str, str], str]

    def effect(self, word: str, role: str) -> str | None:
        """The effect of ``word`` in ``role``, if any."""
        return self.effects.get((word.lower(), role))


def parse_modality(text: str, origin: str) -> ModalityLexicon:
    """Parse and validate the modality TSV; errors name ``origin`` and the line."""
    effects: dict[tuple[str, str], str] = {}
    for number, (word, role, effect) in tsv_rows(text, origin, COLUMNS, ERROR_CODE):
        if role not in MODALITY_ROLES or effect not in MODALITY_EFFECTS:
            raise resource_error(
                origin, number, f"bad role {role!r} or effect {effect!r}", ERROR_CODE
            )
        if (word, role) in effects:
            raise resource_error(origin, number, f"{word!r} as {role} is listed twice", ERROR_CODE)
        effects[(word, role)] = effect
    return ModalityLexicon(effects)


@cache
def load_modality() -> ModalityLexicon:
    """The packaged modality lexicon (loaded once)."""
    text = resources.files("eventwire").joinpath("resources/modality.tsv").read_text("utf-8")
    return parse_modality(text, "resources/modality.tsv")
