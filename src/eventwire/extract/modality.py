"""The modality lexicon (``resources/modality.tsv``): auxiliaries, governing verbs,
markers and negators that make an event intended, hypothetical or negated."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from eventwire.errors import ConfigError

MODALITY_EFFECTS = frozenset({"intended", "hypothetical", "negated"})
MODALITY_ROLES = frozenset({"aux", "governor", "mark", "neg"})


@dataclass(frozen=True, slots=True)
class ModalityLexicon:
    """Words that make an event intended, hypothetical or negated, by role."""

    effects: dict[tuple[str, str], str]

    def effect(self, word: str, role: str) -> str | None:
        """The effect of ``word`` in ``role``, if any."""
        return self.effects.get((word.lower(), role))


def parse_modality(text: str, origin: str) -> ModalityLexicon:
    """Parse and validate the modality TSV."""
    effects: dict[tuple[str, str], str] = {}
    rows = [(n, ln) for n, ln in enumerate(text.splitlines(), 1) if ln and not ln.startswith("#")]
    for number, line in rows[1:]:
        fields = line.split("\t")
        if len(fields) != 3 or fields[1] not in MODALITY_ROLES or fields[2] not in MODALITY_EFFECTS:
            raise ConfigError(
                f"{origin}:{number}: want 'word<TAB>role<TAB>effect', got {line!r}", code="E114"
            )
        effects[(fields[0], fields[1])] = fields[2]
    return ModalityLexicon(effects)


@cache
def load_modality() -> ModalityLexicon:
    """The packaged modality lexicon (loaded once)."""
    text = resources.files("eventwire").joinpath("resources/modality.tsv").read_text("utf-8")
    return parse_modality(text, "resources/modality.tsv")
