"""The event-trigger lexicon: loader validation, lookups, and agreement with the reference
CAMEO code list and CAMEO-to-PLOVER table in ../shared/reference (skipped when absent)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from eventwire.errors import ConfigError
from eventwire.extract.lexicon import PLOVER_TYPES, load_triggers, parse_triggers

REFERENCE = Path(__file__).resolve().parents[2] / ".." / "shared" / "reference"
HEADER = "lemma\tpos\tcameo\tplover\tmode\tprep\ttarget_preps\tnote"


def _tsv(*rows: str) -> str:
    return "\n".join(["# a comment", HEADER, *rows]) + "\n"


def test_parse_minimal() -> None:
    lexicon = parse_triggers(_tsv("meet\tVERB\t040\tCONSULT\t\t\twith\t"), "mem")
    trigger = lexicon.lookup("meet", "VERB")
    assert trigger is not None
    assert (trigger.cameo, trigger.plover, trigger.mode) == ("040", "CONSULT", None)
    assert trigger.target_preps == ("with",)
    assert len(lexicon) == 1


@pytest.mark.parametrize(
    ("row", "fragment"),
    [
        ("meet\tADJ\t040\tCONSULT\t\t\t\t", "pos"),
        ("meet\tVERB\t04a\tCONSULT\t\t\t\t", "cameo"),
        ("meet\tVERB\t04000\tCONSULT\t\t\t\t", "cameo"),
        ("meet\tVERB\t040\tMEET\t\t\t\t", "PLOVER"),
        ("meet\tVERB\t040\tASSAULT\t\t\t\t", "maps to"),
        ("say\tVERB\t010\tAGREE\t\t\t\t", "statement"),
        ("meet\tVERB\t040\tCONSULT", "fields"),
        ("Meet\tVERB\t040\tCONSULT\t\t\t\t", "lowercase"),
        ("meet\tVERB\t040\tCONSULT\t\t\tWith X\t", "prepositions"),
    ],
)
def test_parse_rejects_bad_rows(tmp_path: Path, row: str, fragment: str) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(_tsv(row), encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        parse_triggers(path.read_text("utf-8"), str(path))
    assert info.value.code == "E110"
    assert f"{path}:3:" in str(info.value)  # file and line (comment, header, row)
    assert fragment in str(info.value)


def test_parse_rejects_duplicates_but_not_other_preps() -> None:
    ok = _tsv("call\tVERB\t041\tCONSULT\tphone\t\t\t", "call\tVERB\t020\tREQUEST\t\tfor\t\t")
    assert len(parse_triggers(ok, "mem")) == 2
    dup = _tsv("call\tVERB\t041\tCONSULT\tphone\t\t\t", "call\tVERB\t020\tREQUEST\t\t\t\t")
    with pytest.raises(ConfigError, match=r"mem:4: duplicate entry call/VERB/-"):
        parse_triggers(dup, "mem")


def test_parse_requires_header() -> None:
    with pytest.raises(ConfigError, match="header"):
        parse_triggers("meet\tVERB\t040\tCONSULT\t\t\t\t\n", "mem")


def test_lookup_prefers_matching_prep_and_falls_back() -> None:
    lexicon = load_triggers()
    strike_down = lexicon.lookup("strike", "VERB", "down")
    bare = lexicon.lookup("strike", "VERB")
    assert strike_down is not None and strike_down.plover == "REJECT"
    assert bare is not None and bare.plover == "ASSAULT"
    unknown_prep = lexicon.lookup("strike", "VERB", "about")
    assert unknown_prep == bare
    # "call" has entries with a particle only: a bare "call X" mostly names X in news
    call_for = lexicon.lookup("call", "VERB", "for")
    assert call_for is not None and call_for.plover == "REQUEST"
    assert lexicon.lookup("call", "VERB") is None
    # an entry that requires a particle never matches without it
    assert lexicon.lookup("step", "VERB") is None
    step_down = lexicon.lookup("step", "VERB", "down")
    assert step_down is not None and step_down.plover == "CONCEDE"
    assert lexicon.lookup("Talk", "noun") == lexicon.lookup("talk", "NOUN")
    assert lexicon.lookup("photosynthesis", "NOUN") is None


@pytest.mark.parametrize(
    ("lemma", "pos", "plover"),
    [
        ("urge", "VERB", "REQUEST"),
        ("pledge", "VERB", "AGREE"),
        ("visit", "VERB", "CONSULT"),
        ("praise", "VERB", "SUPPORT"),
        ("extradite", "VERB", "COOPERATE"),
        ("donate", "VERB", "AID"),
        ("release", "VERB", "RETREAT"),
        ("resign", "VERB", "CONCEDE"),
        ("investigate", "VERB", "ACCUSE"),
        ("condemn", "VERB", "ACCUSE"),
        ("veto", "VERB", "REJECT"),
        ("threaten", "VERB", "THREATEN"),
        ("protest", "NOUN", "PROTEST"),
        ("deploy", "VERB", "MOBILIZE"),
        ("expel", "VERB", "SANCTION"),
        ("arrest", "VERB", "COERCE"),
        ("shell", "VERB", "ASSAULT"),
    ],
)
def test_common_triggers(lemma: str, pos: str, plover: str) -> None:
    trigger = load_triggers().lookup(lemma, pos)
    assert trigger is not None and trigger.plover == plover


def test_every_plover_type_has_triggers() -> None:
    counts = Counter(t.plover for t in load_triggers().entries)
    assert set(counts) == PLOVER_TYPES
    assert min(counts.values()) >= 3, counts
    assert len(load_triggers()) >= 300


def _reference(name: str) -> Path:
    path = REFERENCE / name
    if not path.is_file():
        pytest.skip(f"{path} not available")
    return path


def _cameo_codes() -> set[str]:
    text = _reference("cameo_codefile.txt").read_text("utf-8")
    return set(re.findall(r"^LABEL\w*:\s*(\d+)", text, flags=re.MULTILINE))


def _plover_table() -> dict[str, tuple[str, str | None]]:
    """CAMEO code -> (PLOVER type, mode or None), from '0841: RETREAT, release, legal'."""
    table: dict[str, tuple[str, str | None]] = {}
    for line in _reference("cameo2plover-2021.txt").read_text("utf-8").splitlines():
        match = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*,([^,#]*)", line)
        if match:
            mode = match.group(3).strip()
            table[match.group(1)] = (match.group(2), mode or None)
    return table


def test_codes_exist_in_cameo_codefile() -> None:
    codes = _cameo_codes()
    missing = sorted({t.cameo for t in load_triggers().entries} - codes)
    assert not missing, f"codes not in cameo_codefile.txt: {missing}"


def test_plover_type_and_mode_follow_the_table() -> None:
    table = _plover_table()
    wrong = []
    for t in load_triggers().entries:
        # CAMEO 02 appeals are not in the table: REQUEST with the mode of the 10 twin.
        key = "10" + t.cameo[2:] if t.cameo.startswith("02") else t.cameo
        if key not in table:
            wrong.append(f"{t.lemma}/{t.pos}: {t.cameo} not in the table")
        elif table[key] != (t.plover, t.mode):
            wrong.append(f"{t.lemma}/{t.pos}: {t.cameo} {t.plover}/{t.mode} != {table[key]}")
    assert not wrong, "\n".join(wrong)
