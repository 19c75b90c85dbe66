"""The actor dictionary: validity dates, family names confirmed by context, user overrides."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.errors import ConfigError
from eventwire.extract.actor_dictionary import (
    ActorDictionary,
    builtin_entries,
    load_dictionary,
    parse_actor_rows,
)

HEADER = "name,aliases,family,code,start,end,titles\n"


def test_builtin_rows_load_and_are_coded() -> None:
    entries = builtin_entries()
    assert len(entries) > 50
    assert all(e.code[:3].isupper() and len(e.code) % 3 == 0 for e in entries)


def test_full_name_is_matched_only_while_in_office() -> None:
    d = ActorDictionary(
        parse_actor_rows(
            HEADER + "Ann Example,,Example,XYZGOV,2010-01-01,2012-01-01,president", "t"
        )
    )
    assert d.lookup("Ann Example", date(2011, 5, 1)) is not None
    assert d.lookup("Ann Example", date(2013, 5, 1)) is None
    assert d.lookup("ann example", None) is not None


def test_family_name_needs_a_title_or_the_country_in_the_article() -> None:
    rows = (
        HEADER
        + "Lee Big,,Lee,XYZGOV,2010-01-01,,chairman\nLee Small,,Lee,ABCGOV,2000-01-01,2005-01-01,"
    )
    d = ActorDictionary(parse_actor_rows(rows, "t"))
    day = date(2018, 1, 1)
    assert d.lookup("Lee", day) is None
    assert d.lookup("Lee", day, role="chairman").name == "Lee Big"  # type: ignore[union-attr]
    assert d.lookup("Lee", day, countries=frozenset({"XYZ"})).name == "Lee Big"  # type: ignore[union-attr]
    assert d.lookup("Lee", day, countries=frozenset({"ABC"})) is None
    assert d.lookup("Lee", None, role="chairman") is None


def test_user_file_overrides_builtin(tmp_path) -> None:  # type: ignore[no-untyped-def]
    user = tmp_path / "mine.csv"
    user.write_text(HEADER + "Vladimir Putin,,Putin,XXXGOV,,,\n", "utf-8")
    entry = load_dictionary(user).lookup("Vladimir Putin", date(2020, 1, 1))
    assert entry is not None and entry.code == "XXXGOV"
    assert load_dictionary().lookup("Vladimir Putin", date(2020, 1, 1)).code == "RUSGOV"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "row",
    ["Nobody,,,,,,", "Bad Date,,,USAGOV,2010-13-01,,", "Odd Code,,,USAG,,,"],
)
def test_bad_rows_are_refused_with_their_line(row: str) -> None:
    with pytest.raises(ConfigError, match=r"t:2"):
        parse_actor_rows(HEADER + row, "t")


def test_errors_name_the_real_line_past_comments() -> None:
    text = (
        "# comment\n\n"
        + HEADER
        + "# another\nGood Row,,,USAGOV,,,\nBad Date,,,USAGOV,2010-13-01,,\n"
    )
    with pytest.raises(ConfigError, match=r"t:6: bad date"):
        parse_actor_rows(text, "t")


def test_a_missing_header_is_refused() -> None:
    with pytest.raises(ConfigError, match="header"):
        parse_actor_rows("Some One,,,USAGOV,,,\n", "t")
