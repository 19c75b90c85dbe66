"""CAMEO-style actor codes: three letters of country or international body, then
optional three-letter sector blocks ("USAGOV", "IGOUNO", "PRK")."""

from __future__ import annotations


def split_code(code: str) -> tuple[str | None, str | None]:
    """Split a code into its first block and the rest: ``"PRKGOV"`` -> ``("PRK", "GOV")``.

    The first block is a country (ISO 3166 alpha-3) or a kind of international
    body (``"IGO"``, ``"NGO"``, ``"IMG"``), as the gazetteer's codes have it.
    """
    return (code[:3] or None), (code[3:] or None)
