"""The modality lexicon (``resources/modality.tsv``): auxiliaries, governing verbs,
markers, negators, contrasts ("instead of") and modifiers of an act noun ("a *proposed*
ban") that make an event intended, hypothetical or negated.

``conditional`` ("would") makes an event intended when its clause is reported ("said it
would boycott": the future of the past) and hypothetical otherwise; ``aimed`` makes it
intended as an act set out on, not announced ("tried to arrest", "are sending troops
to secure"), which no one's words make a threat or a promise."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Token

from eventwire.extract.tsv import resource_error, tsv_rows

COLUMNS = ("word", "role", "effect")
ERROR_CODE = "E114"
MODALITY_EFFECTS = frozenset({"intended", "hypothetical", "negated", "conditional", "aimed"})
# Where an act sits under a verb of excluding ("not ruled out *talks*", "*meeting* him").
EXCLUDED_DEPS = frozenset({"dobj", "xcomp", "ccomp"})
MODALITY_ROLES = frozenset(
    {"aux", "governor", "passive", "mark", "neg", "modifier", "contrast", "exclusion"}
)


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


def open_exclusion(lex: ModalityLexicon, verb: Token) -> str | None:
    """What the verb of excluding ``verb``, negated, makes of the act it governs ("has
    *not ruled out* a strike", "would *not exclude* talks": a possible strike or talks,
    and no rejection), or None when ``verb`` is no negated verb of excluding."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "neg" for c in verb.children):
        return None
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    lemma = verb.lemma_.lower()
    return lex.effect(f"{lemma} {particle}" if particle else lemma, "exclusion")


def excluded_by(lex: ModalityLexicon, node: Token) -> str | None:
    """The effect on ``node`` of the negated verb of excluding whose object or complement
    it is (see :func:`open_exclusion`), if any."""
    if node.dep_ not in EXCLUDED_DEPS or node.head.i == node.i:
        return None
    return open_exclusion(lex, node.head)
