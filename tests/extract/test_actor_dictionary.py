"""The actor dictionary: validity dates, family names confirmed by context, user files (CSV or
YAML) that override the built-in rows and inference."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from eventwire.clean import clean_article
from eventwire.config import load_settings
from eventwire.errors import ConfigError
from eventwire.extract.actor_dictionary import (
    ActorDictionary,
    builtin_entries,
    load_dictionary,
    parse_actor_rows,
    parse_actor_yaml,
)
from eventwire.extract.analyze import analyze, default_lexicons
from eventwire.models import AnalyzedArticle, RawArticle
from eventwire.nlp import load_pipeline

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
    # Undated, a title or country must still single out one person among all offices.
    assert d.lookup("Lee", None, role="chairman").name == "Lee Big"  # type: ignore[union-attr]
    assert d.lookup("Lee", None) is None
    two_chairmen = ActorDictionary(parse_actor_rows(rows + "chairman", "t"))
    assert two_chairmen.lookup("Lee", None, role="chairman") is None


def test_a_title_and_a_country_pointing_to_two_people_code_the_one_both_confirm() -> None:
    rows = (
        HEADER
        + "Ann North,,Park,NORGOV,2000-01-01,,chairman\n"
        + "Bo South,,Park,SOUGOV,2000-01-01,,president\n"
    )
    d = ActorDictionary(parse_actor_rows(rows, "t"))
    day, both = date(2005, 1, 1), frozenset({"NOR", "SOU"})
    assert d.lookup("Park", day, role="president", countries=both).name == "Bo South"  # type: ignore[union-attr]
    assert d.lookup("Park", day, countries=both) is None
    assert d.lookup("Park", day, role="chairman", countries=frozenset({"SOU"})) is None


def test_a_full_name_gives_its_state_out_of_office_unless_people_of_two_states_share_it() -> None:
    rows = (
        HEADER
        + "Ann Example,,Example,NZLGOV,2010-01-01,2012-01-01,minister\n"
        + "Ann Example,,Example,NZLLEG,2004-01-01,2010-01-01,\n"
        + "Bo Twin,,,KENGOV,2001-01-01,2003-01-01,\nBo Twin,,,PERGOV,2005-01-01,2007-01-01,\n"
        + "Cy Global,,,IGOUNO,2001-01-01,2003-01-01,secretary-general"
    )
    d = ActorDictionary(parse_actor_rows(rows, "t"))
    assert d.country_of_person("Ann Example") == "NZL"
    assert d.country_of_person("Example") is None  # a family name alone says too little
    assert d.country_of_person("Bo Twin") is None
    assert d.country_of_person("Cy Global") is None  # an international official has no state


def test_a_known_person_out_of_office_is_coded_as_an_elite_of_their_state(
    tmp_path: Path,
) -> None:
    user = tmp_path / "mine.csv"
    user.write_text(
        HEADER + "Ann Example,,Example,NZLGOV,2010-01-01,2012-01-01,minister|defence minister\n",
        "utf-8",
    )
    later = date(2019, 6, 3)
    titled = _analyse("Former Defence Minister Ann Example criticised the plan.", later, user)
    bare = _analyse("Ann Example criticised the plan on Monday.", later, user)
    current = _analyse("Ann Example criticised the plan on Monday.", date(2011, 6, 3), user)
    assert _code_of(titled, "Ann Example") == "NZLELI"
    assert _code_of(bare, "Ann Example") == "NZLELI"
    assert _code_of(current, "Ann Example") == "NZLGOV"


def _code_of(result: AnalyzedArticle, name: str) -> str | None:
    return next(a for a in result.actors if a.name == name).code


def test_builtin_offices_end_after_they_start_and_one_person_holds_one_at_a_time() -> None:
    offices: dict[str, list[tuple[date, date]]] = {}
    for e in builtin_entries():
        start, end = e.start or date.min, e.end or date.max
        assert start < end, e
        offices.setdefault(e.name, []).append((start, end))
    for name, spans in offices.items():
        spans.sort()
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), name


@pytest.mark.parametrize(
    ("name", "published", "role", "countries", "expected"),
    [
        # The family name two brothers share: the title says which office is meant.
        ("Rajapaksa", date(2020, 6, 1), "President", {"LKA"}, "Gotabaya Rajapaksa"),
        ("Rajapaksa", date(2020, 6, 1), "Prime Minister", {"LKA"}, "Mahinda Rajapaksa"),
        ("Rajapaksa", date(2020, 6, 1), None, {"LKA"}, None),
        ("Rajapaksa", date(2010, 6, 1), None, {"LKA"}, "Mahinda Rajapaksa"),
        # Two Kims in office at once, in a text naming both Koreas.
        ("Kim", date(2000, 6, 15), "President", {"KOR", "PRK"}, "Kim Dae-jung"),
        ("Kim", date(2000, 6, 15), "leader", {"KOR", "PRK"}, "Kim Jong Il"),
        ("Kim", date(2000, 6, 15), None, {"KOR", "PRK"}, None),
        # A Saudi king and a Jordanian king named Abdullah: the country decides.
        ("Abdullah", date(2010, 6, 1), "King", {"SAU"}, "Abdullah bin Abdulaziz"),
        ("Abdullah", date(2010, 6, 1), "King", {"JOR"}, "Abdullah II"),
        ("Abdullah", date(2010, 6, 1), "King", set(), None),
        # Two ministers named Ivanov in one government.
        ("Ivanov", date(2002, 3, 1), "Defence Minister", {"RUS"}, "Sergei Ivanov"),
        ("Ivanov", date(2002, 3, 1), None, {"RUS"}, None),
        # An alias written the way news writes it, and only while the office lasts.
        ("bin Laden", date(2001, 10, 1), None, set(), "Osama bin Laden"),
        ("bin Laden", date(2012, 10, 1), None, set(), None),
    ],
)
def test_builtin_rows_keep_people_who_share_a_family_name_apart(
    name: str, published: date, role: str | None, countries: set[str], expected: str | None
) -> None:
    entry = load_dictionary().lookup(name, published, role=role, countries=frozenset(countries))
    assert (entry.name if entry else None) == expected


def test_a_family_name_alone_is_coded_only_from_the_start_of_the_office(
    analyse_text: Callable[..., AnalyzedArticle],
) -> None:
    text = (
        "Rumsfeld told reporters in Washington that the United States would send more "
        "troops to the region."
    )

    def code_on(published: date) -> str | None:
        result = analyse_text(text, published)
        return next(a.code for a in result.actors if "Rumsfeld" in a.name)

    assert code_on(date(2002, 3, 1)) == "USAGOV"
    assert code_on(date(1999, 3, 1)) != "USAGOV"


def test_a_family_name_two_office_holders_share_is_left_to_the_text(
    analyse_text: Callable[..., AnalyzedArticle],
) -> None:
    text = "Speaking in Moscow, Ivanov said Russia would not accept the new missile plan."
    one = next(a for a in analyse_text(text, date(1999, 3, 1)).actors if "Ivanov" in a.name)
    two = next(a for a in analyse_text(text, date(2002, 3, 1)).actors if "Ivanov" in a.name)
    assert (one.name, one.code) == ("Igor Ivanov", "RUSGOV")
    assert two.name == "Ivanov"
    assert two.code != "RUSGOV"


@pytest.mark.parametrize(
    ("filename", "text"),
    [
        ("mine.csv", HEADER + "Vladimir Putin,,Putin,XXXGOV,,,\n"),
        ("mine.yaml", "- {name: Vladimir Putin, family: Putin, code: XXXGOV}\n"),
        ("mine.yml", "- name: Vladimir Putin\n  code: xxxgov\n"),
    ],
)
def test_user_file_overrides_builtin(tmp_path: Path, filename: str, text: str) -> None:
    user = tmp_path / filename
    user.write_text(text, "utf-8")
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


# --- the YAML form ---

OFFICES_YAML = """
- name: Lee Big
  aliases: [Big Lee]
  family: Lee
  offices:
    - {code: XYZGOV, start: 2010-01-01, end: 2014-01-01, titles: [Foreign Minister]}
    - code: IGOUNO
      start: "2014-01-01"
      titles: secretary-general
- name: Lee Small
  family: Lee
  code: XYZGOV
  start: 2014-01-01
  titles: [foreign minister]
"""


def test_yaml_offices_code_the_right_person_on_each_date() -> None:
    d = ActorDictionary(parse_actor_yaml(OFFICES_YAML, "t"))
    before, after = date(2012, 6, 1), date(2016, 6, 1)
    assert d.lookup("Big Lee", before).code == "XYZGOV"  # type: ignore[union-attr]
    assert d.lookup("Lee Big", after).code == "IGOUNO"  # type: ignore[union-attr]
    assert d.lookup("Lee", before, role="foreign minister").name == "Lee Big"  # type: ignore[union-attr]
    assert d.lookup("Lee", after, role="foreign minister").name == "Lee Small"  # type: ignore[union-attr]
    assert d.lookup("Lee", after, role="secretary-general").name == "Lee Big"  # type: ignore[union-attr]
    assert d.lookup("Lee Small", before) is None


def test_yaml_and_csv_give_the_same_entries() -> None:
    csv_text = (
        HEADER
        + "Lee Big,Big Lee,Lee,XYZGOV,2010-01-01,2014-01-01,foreign minister\n"
        + "Lee Big,Big Lee,Lee,IGOUNO,2014-01-01,,secretary-general\n"
        + "Lee Small,,Lee,XYZGOV,2014-01-01,,foreign minister\n"
    )
    assert parse_actor_yaml(OFFICES_YAML, "t") == parse_actor_rows(csv_text, "t")


def test_yaml_nulls_and_single_names_read_like_empty_csv_fields() -> None:
    yaml_text = "- {name: Ann Example, aliases: Ann B. Example, family: ~, code: usagov, end: null}"
    csv_text = HEADER + "Ann Example,Ann B. Example,,USAGOV,,,\n"
    assert parse_actor_yaml(yaml_text, "t") == parse_actor_rows(csv_text, "t")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- name: [Ann\n- name: Bob\n", ":2: is not valid YAML ("),
        (
            "- {name: Ann, code: USAGOV}\n- {name: Bob, start: 2010-01-01}\n",
            ": entry 2 (Bob): needs a code",
        ),
        (
            "- name: Ann\n  offices:\n    - {code: USAGOV}\n"
            "    - {code: USAGOV, start: 2010-13-01}\n",
            ": entry 1 (Ann): office 2: bad date '2010-13-01' in start (want YYYY-MM-DD)",
        ),
        ("name: Ann\ncode: USAGOV\n", ": the top level must be a list of entries"),
        ("", ": the top level must be a list of entries ('- name: ...'), got nothing"),
        ("- {code: USAGOV}\n", ": entry 1: needs a name"),
        ("- Ann Example\n", ": entry 1: want a mapping with keys name, aliases"),
        ("- {name: Ann, code: USAGOV, alias: A}\n", ": entry 1 (Ann): unknown key 'alias'"),
        (
            "- {name: Ann, code: USA, offices: [{code: USAGOV}]}\n",
            ": entry 1 (Ann): give code, start",
        ),
        ("- {name: Ann, offices: {code: USAGOV}}\n", ": entry 1 (Ann): offices must be a list"),
        ("- {name: Ann, code: USAG}\n", ": entry 1 (Ann): code 'USAG' is not CAMEO"),
        ("- {name: Ann, code: USAGOV, titles: {a: b}}\n", ": entry 1 (Ann): titles must be a list"),
    ],
)
def test_bad_yaml_is_refused_naming_the_file_and_entry(
    tmp_path: Path, text: str, message: str
) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text(text, "utf-8")
    with pytest.raises(ConfigError, match=re.escape(str(user) + message)) as caught:
        load_dictionary(user)
    assert caught.value.code == "E112"


def _analyse(text: str, published: date, actor_file: Path | None = None) -> AnalyzedArticle:
    """Clean, parse and analyse ``text`` with the lexicons the CLI builds for ``--actors``."""
    settings = load_settings()
    article = clean_article(
        RawArticle(origin="t", text=text, published=published), max_chars=settings.max_chars
    )
    lexicons = default_lexicons(None if actor_file is None else str(actor_file))
    return analyze(article, load_pipeline(settings.model)(article.text), lexicons)


def test_a_user_entry_overrides_inference_end_to_end(tmp_path: Path) -> None:
    text = (
        "Brazilian Foreign Minister Maria Santos met Chinese officials in Beijing on Monday. "
        '"We want a fair deal," Santos said.'
    )
    user = tmp_path / "mine.yaml"
    user.write_text("- {name: Maria Santos, family: Santos, code: PRTGOV}\n", "utf-8")
    inferred = _analyse(text, date(2019, 6, 3))
    coded = _analyse(text, date(2019, 6, 3), user)
    assert next(a for a in inferred.actors if a.name == "Maria Santos").code == "BRAGOV"
    assert next(a for a in coded.actors if a.name == "Maria Santos").code == "PRTGOV"
    assert coded.quotes[0].speaker.code == "PRTGOV"  # type: ignore[union-attr]
    assert {e.source.code for e in coded.events if e.source} == {"PRTGOV"}
