"""PLOVER event types in the four quads (``resources/plover_quads.tsv``): verbal or
material, cooperation or conflict. The timeline stacks events by quad; the network
colours a dyad by the share of its events that are cooperation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

from eventwire.extract.lexicon import PLOVER_TYPES
from eventwire.extract.tsv import resource_error, tsv_rows

RESOURCE = "resources/plover_quads.tsv"
COLUMNS = ("plover", "quad")
ERROR_CODE = "E116"
Quad = Literal["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"]
#: The quads in the order a timeline stacks them, cooperation first.
QUADS: tuple[Quad, ...] = (
    "verbal_cooperation",
    "material_cooperation",
    "verbal_conflict",
    "material_conflict",
)


@dataclass(frozen=True, slots=True)
class QuadTable:
    """The quad of every PLOVER type (upper case)."""

    by_type: Mapping[str, Quad]

    def quad(self, plover: str) -> Quad | None:
        """The quad of a PLOVER type, any case; None for a type the table lacks."""
        return self.by_type.get(plover.upper())

    def types(self, quad: Quad) -> tuple[str, ...]:
        """The PLOVER types in ``quad``, in the table's order."""
        return tuple(plover for plover, found in self.by_type.items() if found == quad)


def quad_label(quad: Quad) -> str:
    """``"Verbal cooperation"`` for ``"verbal_cooperation"``."""
    return quad.replace("_", " ").capitalize()


def parse_quads(text: str, origin: str) -> QuadTable:
    """Parse and check the quad table: every PLOVER type exactly once, in a known quad;
    errors (E116) name ``origin`` and the line."""
    by_type: dict[str, Quad] = {}
    for number, (plover, quad) in tsv_rows(text, origin, COLUMNS, ERROR_CODE):
        if plover not in PLOVER_TYPES:
            raise resource_error(origin, number, f"unknown PLOVER type {plover!r}", ERROR_CODE)
        if plover in by_type:
            raise resource_error(origin, number, f"{plover} is listed twice", ERROR_CODE)
        known = next((q for q in QUADS if q == quad), None)
        if known is None:
            raise resource_error(
                origin,
                number,
                f"unknown quad {quad!r} (want one of {', '.join(QUADS)})",
                ERROR_CODE,
            )
        by_type[plover] = known
    missing = sorted(PLOVER_TYPES - set(by_type))
    if missing:
        raise resource_error(origin, 0, f"no quad for {', '.join(missing)}", ERROR_CODE)
    return QuadTable(by_type)


@cache
def load_quads() -> QuadTable:
    """The packaged quad table (loaded once)."""
    text = resources.files("eventwire").joinpath(RESOURCE).read_text("utf-8")
    return parse_quads(text, RESOURCE)
