"""Datelines ("CAIRO (Reuters) — ...") say where a story was filed: no actor comes from
them, and a subject the parser hung on the dateline's place is the apposition after it or
the clause's other subject. Each sentence is written for its rule."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.config import load_settings
from eventwire.extract.datelines import dateline_tokens
from eventwire.models import AnalyzedArticle
from eventwire.nlp import load_pipeline

Analyser = Callable[..., AnalyzedArticle]
FRIDAY = date(2019, 3, 8)


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_pipeline(load_settings().model)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("BERLIN (Reuters) — The mayor opened a bridge.", ["BERLIN", "(", "Reuters", ")", "—"]),
        ("Lyon (AFP) – The mayor opened a bridge.", ["Lyon", "(", "AFP", ")", "–"]),
        ("Budget set.\n\nSPRINGFIELD, Ill. — The mayor opened a bridge.", ["SPRINGFIELD"]),
        # A name in ordinary capitals before a dash is a subject with an aside.
        ("Lyon — a city of rivers — opened a bridge.", []),
        # A speaker's name in capitals before a colon is a transcript, not a dateline.
        ("SMITH: We will open the bridge.", []),
    ],
)
def test_dateline_tokens(nlp, text: str, words: list[str]) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    found = [doc[i].text for i in sorted(dateline_tokens(doc))]
    assert found[: len(words)] == words
    assert bool(found) == bool(words)


def test_dateline_place_is_no_source(analyse_text: Analyser) -> None:
    text = (
        "Minister scolds neighbours.\n\n"
        "OSLO (Reuters) – Norway's foreign minister Kari Dahl on Friday condemned Sweden "
        "for closing the border."
    )
    sources = {e.source.name for e in analyse_text(text, FRIDAY).events}
    assert sources, "the condemnation is still coded"
    assert not any("OSLO" in name or "Reuters" in name for name in sources)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The parser makes the place the subject and the president its apposition.
        (
            "Lima (AFP) – Peruvian President Ana Ruiz on Monday toured the border region "
            "with her ministers, denouncing Chile for closing the crossing.",
            ("Ana Ruiz", "Chile"),
        ),
        # The parser gives the verb two subjects: the place and the minister.
        (
            "CAIRO (AP) — Egyptian Foreign Minister Omar Said and his aides condemned Israel "
            "on Tuesday.",
            ("Omar Said", "Israel"),
        ),
    ],
)
def test_dateline_subject_gives_way_to_the_named_doer(
    analyse_text: Analyser, text: str, expected: tuple[str, str]
) -> None:
    events = analyse_text("Talks fail.\n\n" + text, FRIDAY).events
    pairs = [(e.source.name, e.target.name if e.target else None) for e in events]
    assert expected in pairs
    assert all(source == expected[0] for source, _ in pairs)
