"""The browsing routes answer what the store holds, filtered and paged, with every span
pointing at the words it names."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.store import Store
from eventwire.store.queries import EventFilter
from tests.api.client import ApiClient
from tests.api.store_fixture import SEED_NAME

DAY = date(2018, 10, 7)


def _seed_id(client: ApiClient) -> str:
    items = client.get("/articles", params={"search": "Heather Nauert"}).json()["items"]
    (seed,) = [item for item in items if (item["path"] or "").endswith(SEED_NAME)]
    return str(seed["id"])


def _all_items(client: ApiClient, path: str, **params: Any) -> list[dict[str, Any]]:
    """Every item of a list, following ``next_offset`` two at a time."""
    items: list[dict[str, Any]] = []
    offset: int | None = 0
    while offset is not None:
        page = client.get(path, params={**params, "limit": 2, "offset": offset}).json()
        items += page["items"]
        offset = page["next_offset"]
    return items


def test_stats_count_what_the_store_holds(client: ApiClient, api_store: Store) -> None:
    stats = client.get("/stats").json()
    assert {k: stats[k] for k in api_store.summary()} == api_store.summary()
    assert stats["first_published"] == stats["last_published"] == "2018-10-08"
    assert [quad["key"] for quad in stats["quads"]] == [
        "verbal_cooperation",
        "material_cooperation",
        "verbal_conflict",
        "material_conflict",
    ]
    assert "CONSULT" in stats["quads"][0]["plover"]


def test_articles_list_pages_and_search(client: ApiClient, api_store: Store) -> None:
    everything = _all_items(client, "/articles")
    assert len(everything) == api_store.summary()["articles"]
    assert len({item["id"] for item in everything}) == len(everything)
    found = client.get("/articles", params={"search": "heather NAUERT"}).json()["items"]
    assert [item["path"].rsplit("/", 1)[-1] for item in found] == [SEED_NAME]
    assert client.get("/articles", params={"since": "2019-01-01"}).json()["items"] == []


def test_an_article_comes_with_spans_into_its_text(client: ApiClient) -> None:
    article = client.get(f"/articles/{_seed_id(client)}").json()
    text = article["text"]
    assert article["quotes"] and article["events"] and article["actors"]
    for quote in article["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]
        if quote["speaker_start"] is not None:
            assert text[quote["speaker_start"] : quote["speaker_end"]] == quote["speaker_mention"]
    for event in article["events"]:
        assert text[event["start"] : event["end"]] == event["text"]
        start, end = event["sentence_start"], event["sentence_end"]
        assert text[start:end] == event["sentence"]
        assert start <= event["start"] < event["end"] <= end
        assert event["quad"] is not None
    for actor in article["actors"]:
        assert all(0 <= start < end <= len(text) for start, end in actor["mentions"])


def test_an_unknown_article_is_a_404_with_a_code(client: ApiClient) -> None:
    response = client.get("/articles/0000000000000000")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "E404"


def test_quotes_search_speaker_and_paging(client: ApiClient) -> None:
    found = client.get("/quotes", params={"search": "TRUST"}).json()["items"]
    assert found and all("trust" in quote["text"].lower() for quote in found)
    by_speaker = client.get("/quotes", params={"speaker": "pompeo"}).json()["items"]
    assert by_speaker
    assert all("pompeo" in (q["speaker_name"] + q["speaker_mention"]).lower() for q in by_speaker)
    every = _all_items(client, "/quotes")
    assert len({(q["article_id"], q["idx"]) for q in every}) == len(every)
    assert every == client.get("/quotes", params={"limit": 500}).json()["items"]


def test_quotes_once_per_story_or_every_copy(client: ApiClient, api_store: Store) -> None:
    once = client.get("/quotes", params={"limit": 500}).json()["items"]
    copies = client.get("/quotes", params={"limit": 500, "per_story": False}).json()["items"]
    assert len(copies) == api_store.summary()["quotes"] > len(once)
    assert any(quote["copies"] == 2 for quote in once)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        (
            {"quad": "verbal_cooperation"},
            EventFilter(plovers=("AGREE", "CONSULT", "SUPPORT", "CONCEDE")),
        ),
        ({"plover": "consult"}, EventFilter(plover="consult")),
        ({"cameo": "04", "actor": "usa"}, EventFilter(cameo="04", actor="usa")),
        ({"dyad": ["USAGOV", "PRKGOV"]}, EventFilter(dyad=("USAGOV", "PRKGOV"))),
        ({"party": "PRKGOV"}, EventFilter(party="PRKGOV")),
        ({"since": "2018-10-07", "until": "2018-10-07"}, EventFilter(since=DAY, until=DAY)),
    ],
)
def test_event_filters_select_what_the_store_does(
    client: ApiClient, api_store: Store, params: dict[str, Any], expected: EventFilter
) -> None:
    found = client.get("/events", params={**params, "limit": 500}).json()["items"]
    stored = api_store.event_page(expected, limit=500)
    assert found and [(e["article_id"], e["idx"]) for e in found] == [
        (e["article_id"], e["idx"]) for e in stored
    ]


def test_events_carry_their_quad(client: ApiClient) -> None:
    events = client.get("/events", params={"quad": "material_conflict"}).json()["items"]
    assert events and {e["quad"] for e in events} == {"material_conflict"}


def test_actors_are_paged(client: ApiClient, api_store: Store) -> None:
    assert _all_items(client, "/actors") == api_store.actors(limit=500)
    found = client.get("/actors", params={"code": "prk"}).json()["items"]
    assert found and all(actor["code"].startswith("PRK") for actor in found)


@pytest.mark.parametrize(
    "url",
    [
        "/quotes?limit=0",
        "/quotes?limit=501",
        "/quotes?offset=-1",
        "/events?since=yesterday",
        "/events?dyad=USAGOV",
        "/events?quad=cooperation",
        "/events?cameo=abc",
        f"/actors?name={'x' * 201}",
        "/timeline?period=month",
        "/network?nodes=0",
    ],
)
def test_bad_parameters_are_422_with_a_code(client: ApiClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "E422"
