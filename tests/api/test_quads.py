"""The quad table puts every PLOVER type in one of the four quads, and says what is
wrong with a bad table."""

from __future__ import annotations

import pytest

from eventwire.api.quads import QUADS, load_quads, parse_quads, quad_label
from eventwire.errors import ConfigError
from eventwire.extract.lexicon import PLOVER_TYPES

HEADER = "plover\tquad\n"


def test_every_plover_type_has_one_quad() -> None:
    table = load_quads()
    assert set(table.by_type) == PLOVER_TYPES
    assert sorted(t for quad in QUADS for t in table.types(quad)) == sorted(PLOVER_TYPES)
    assert table.quad("consult") == "verbal_cooperation"
    assert table.quad("ASSAULT") == "material_conflict"
    assert table.quad("DANCE") is None


def test_cooperation_and_conflict_follow_cameo_roots() -> None:
    table = load_quads()
    assert set(table.types("verbal_cooperation")) == {"AGREE", "CONSULT", "SUPPORT", "CONCEDE"}
    assert set(table.types("material_conflict")) >= {"ASSAULT", "COERCE", "PROTEST"}


def test_labels() -> None:
    assert quad_label("material_conflict") == "Material conflict"


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("DANCE\tverbal_cooperation\n", "unknown PLOVER type 'DANCE'"),
        ("AGREE\tfriendly\n", "unknown quad 'friendly'"),
        ("AGREE\tverbal_cooperation\nAGREE\tverbal_conflict\n", "AGREE is listed twice"),
        ("AGREE\tverbal_cooperation\n", "no quad for ACCUSE"),
    ],
)
def test_a_bad_table_names_its_line(rows: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message) as raised:
        parse_quads(HEADER + rows, "quads.tsv")
    assert raised.value.code == "E116"
