"""CAMEO-style actor codes: three letters of country or international body, then
optional three-letter sector blocks ("USAGOV", "IGOUNO", "PRK")."""

from __future__ import annotations

# Sectors of armed bodies: armed forces, police, rebels, intelligence, criminals and
# unidentified attackers (CAMEO's unidentified armed force, "UAF").
ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "SPY", "CRM", "UAF"})


def split_code(code: str) -> tuple[str | None, str | None]:
    """Split a code into its first block and the rest: ``"PRKGOV"`` -> ``("PRK", "GOV")``.

    The first block is a country (ISO 3166 alpha-3) or a kind of international
    body (``"IGO"``, ``"NGO"``, ``"IMG"``), as the gazetteer's codes have it.
    """
    return (code[:3] or None), (code[3:] or None)


def code_sectors(code: str) -> set[str]:
    """The three-letter parts of an actor code after its country or body: "MIL" of
    "FRAMIL", "UNO" and "MIL" of "IGOUNOMIL"."""
    return {code[i : i + 3] for i in range(3, len(code), 3)}


def armed_code(code: str | None) -> bool:
    """Does ``code`` name an armed body (ARMED_SECTORS) in any of its parts ("ISRMIL",
    and "IGOUNOMIL" for a UN force)?"""
    return bool(code_sectors(code or "") & ARMED_SECTORS)
