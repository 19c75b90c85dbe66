"""The output contract: exact keys in order, nulls, dates, JSON, and the table view."""

from __future__ import annotations

import json
from datetime import date

from rich.console import Console

from eventwire.contract import render_table, to_contract, to_json_line
from eventwire.models import (
    Actor,
    AnalyzedArticle,
    Article,
    Event,
    EventActor,
    Place,
    Quote,
    Removal,
    Speaker,
)

TOP_KEYS = [
    "id", "path", "url", "source", "title", "published", "language", "text",
    "removed", "story", "actors", "quotes", "events",
]  # fmt: skip
ACTOR_KEYS = ["id", "name", "code", "country", "sector", "role", "mentions"]
QUOTE_KEYS = [
    "text", "start", "end", "kind", "cue", "speaker", "addressee", "according_to", "medium"
]  # fmt: skip
SPEAKER_KEYS = ["name", "mention", "start", "end", "actor", "code"]
EVENT_KEYS = [
    "cameo", "plover", "mode", "verb", "trigger", "rule", "text", "start", "end", "sentence",
    "source", "target", "negated", "modality", "date", "date_text", "location", "quote",
]  # fmt: skip

TEXT = 'Pompeo met Kim in Pyongyang. "It was productive," he said. Kim did not reject it.'
LONG = "word " * 60


def full() -> AnalyzedArticle:
    """An article with every field set, non-ASCII included."""
    article = Article(
        id="a1",
        text=TEXT,
        origin="x.txt",
        path="news/x.txt",
        url="https://example.org/x",
        source="Xinhua",
        title="Pompeo – Kim talks",
        published=date(2018, 10, 8),
        removed=(Removal(0, 20, "boilerplate"), Removal(40, 52, "repeated line")),
        story="s1",
    )
    actors = (
        Actor(
            "pompeo",
            "Mike Pompeo",
            "person",
            "USAGOV",
            "USA",
            "GOV",
            "secretary of state",
            ((0, 6), (50, 52)),
        ),
        Actor("kim", "Kim Jong Un", "person", "PRKGOV", "PRK", "GOV", None, ((11, 14),)),
    )
    quotes = (
        Quote(
            "It was productive,",
            30,
            48,
            "direct",
            "said",
            Speaker("Mike Pompeo", "he", 50, 52, "pompeo", "USAGOV"),
            addressee="reporters",
            according_to=None,
            medium="news conference",
        ),
        Quote(LONG, 0, len(LONG), "indirect"),
    )
    events = (
        Event(
            "040",
            "CONSULT",
            "visit",
            "meet",
            "met",
            7,
            10,
            "Pompeo met Kim in Pyongyang.",
            EventActor("Mike Pompeo", "pompeo", "USAGOV"),
            EventActor("Kim Jong Un", "kim", "PRKGOV"),
            date=date(2018, 10, 7),
            date_text="Sunday",
            location=Place("Pyongyang", "PRK", 39.03, 125.75),
            quote=0,
            trigger="meet VERB with -> 040",
        ),
        Event(
            "128",
            "REJECT",
            None,
            "reject",
            "reject",
            70,
            76,
            "Kim did not reject it.",
            EventActor("Kim Jong Un"),
            negated=True,
            modality="hypothetical",
        ),
    )
    return AnalyzedArticle(article, actors, quotes, events)


def bare() -> AnalyzedArticle:
    """An article with only what is required."""
    return AnalyzedArticle(Article(id="b1", text="Nothing happened.", origin="<stdin>"))


def test_keys_in_contract_order() -> None:
    out = to_contract(full())
    assert list(out) == TOP_KEYS
    assert [list(r) for r in out["removed"]] == [["start", "end", "reason"]] * 2
    assert all(list(a) == ACTOR_KEYS for a in out["actors"])  # Actor.kind left out
    assert all(list(q) == QUOTE_KEYS for q in out["quotes"])
    assert list(out["quotes"][0]["speaker"]) == SPEAKER_KEYS
    assert all(list(e) == EVENT_KEYS for e in out["events"])
    assert list(out["events"][0]["source"]) == ["name", "actor", "code", "start", "end"]
    assert list(out["events"][0]["target"]) == ["name", "actor", "code", "start", "end"]
    assert list(out["events"][0]["location"]) == ["name", "country", "lat", "lon"]


def test_values_and_date_formatting() -> None:
    out = to_contract(full())
    assert out["published"] == "2018-10-08"
    assert out["removed"][1] == {"start": 40, "end": 52, "reason": "repeated line"}
    assert out["actors"][0] == {
        "id": "pompeo",
        "name": "Mike Pompeo",
        "code": "USAGOV",
        "country": "USA",
        "sector": "GOV",
        "role": "secretary of state",
        "mentions": [[0, 6], [50, 52]],
    }
    assert out["quotes"][0] == {
        "text": "It was productive,",
        "start": 30,
        "end": 48,
        "kind": "direct",
        "cue": "said",
        "speaker": {
            "name": "Mike Pompeo",
            "mention": "he",
            "start": 50,
            "end": 52,
            "actor": "pompeo",
            "code": "USAGOV",
        },
        "addressee": "reporters",
        "according_to": None,
        "medium": "news conference",
    }
    met = out["events"][0]
    assert met["date"] == "2018-10-07"
    assert met["date_text"] == "Sunday"
    assert met["location"] == {"name": "Pyongyang", "country": "PRK", "lat": 39.03, "lon": 125.75}
    assert (met["trigger"], met["rule"]) == ("meet VERB with -> 040", None)
    assert (met["mode"], met["negated"], met["modality"], met["quote"]) == (
        "visit",
        False,
        "asserted",
        0,
    )


def test_unknowns_are_null() -> None:
    out = to_contract(bare())
    assert out == {
        "id": "b1",
        "path": None,
        "url": None,
        "source": None,
        "title": None,
        "published": None,
        "language": "en",
        "text": "Nothing happened.",
        "removed": [],
        "story": None,
        "actors": [],
        "quotes": [],
        "events": [],
    }
    partial = to_contract(full())
    assert partial["quotes"][1]["speaker"] is None
    assert partial["quotes"][1]["cue"] is None
    rejected = partial["events"][1]
    assert rejected["source"] == {
        "name": "Kim Jong Un",
        "actor": None,
        "code": None,
        "start": None,
        "end": None,
    }
    assert rejected["target"] is None
    assert rejected["location"] is None
    assert (rejected["date"], rejected["date_text"], rejected["quote"]) == (None, None, None)
    assert (rejected["negated"], rejected["modality"]) == (True, "hypothetical")
    assert (rejected["trigger"], rejected["rule"]) == (None, None)


def test_json_line_round_trips() -> None:
    line = to_json_line(full())
    assert "\n" not in line
    assert "Pompeo – Kim talks" in line  # not escaped to \u2013
    assert json.loads(line) == to_contract(full())
    assert list(json.loads(line)) == TOP_KEYS
    assert json.loads(to_json_line(bare()))["published"] is None


def test_json_line_keeps_newlines_in_text_escaped() -> None:
    result = AnalyzedArticle(Article(id="c1", text="one\ntwo", origin="x"))
    line = to_json_line(result)
    assert "\n" not in line
    assert json.loads(line)["text"] == "one\ntwo"


def _render(result: AnalyzedArticle) -> str:
    console = Console(record=True, width=100, color_system=None)
    render_table(result, console)
    return console.export_text()


def test_table_shows_header_and_every_section() -> None:
    out = _render(full())
    for expected in [
        "Pompeo – Kim talks",
        "Xinhua",
        "2018-10-08",
        "a1",
        "s1",
        "2 quotes · 2 events · 2 actors",
        "Quotes",
        "Events",
        "Actors",
        "Mike Pompeo",
        "“he”",
        "USAGOV",
        "It was productive,",
        "040",
        "CONSULT/visit",
        "2018-10-07",
        "PRKGOV",
        "Kim Jong Un",
        "hypothetical",
        "negated",
        "secretary of state",
    ]:
        assert expected in out, expected
    assert all(len(line) <= 100 for line in out.splitlines())


def test_table_shortens_long_quotes() -> None:
    out = _render(full())
    assert "…" in out
    assert out.count("word") < 60


def test_table_of_bare_article_has_only_the_header() -> None:
    out = _render(bare())
    assert "(untitled)" in out
    assert "0 quotes · 0 events · 0 actors" in out
    assert "Quotes" not in out and "Events" not in out
