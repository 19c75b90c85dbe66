"""Tests of the actor-code helpers (eventwire.extract.codes)."""

from __future__ import annotations

import pytest

from eventwire.extract.codes import armed_code, code_sectors


def test_code_sectors_are_the_blocks_after_the_country_or_body() -> None:
    assert code_sectors("IGOUNOMIL") == {"UNO", "MIL"}
    assert code_sectors("PRK") == set()


@pytest.mark.parametrize(
    ("code", "armed"),
    [("ISRMIL", True), ("IGOUNOMIL", True), ("LBNUAF", True), ("USAGOV", False), ("FRA", False),
     (None, False)],
)  # fmt: skip
def test_armed_code_reads_every_block(code: str | None, armed: bool) -> None:
    assert armed_code(code) is armed
