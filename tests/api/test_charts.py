"""The timeline and the network count exactly the events ``/events`` lists for the same
filters, so every bar and every edge leads back to its sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tests.api.client import ApiClient

QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")


def _events(client: ApiClient, **params: object) -> list[dict[str, object]]:
    response = client.get("/events", params={**params, "limit": 500})
    assert response.status_code == 200
    items: list[dict[str, object]] = response.json()["items"]
    return items


@pytest.mark.parametrize("period", ["day", "week"])
@pytest.mark.parametrize("per_story", [True, False])
def test_every_bar_lists_as_many_events_as_it_counts(
    client: ApiClient, period: str, per_story: bool
) -> None:
    timeline = client.get("/timeline", params={"period": period, "per_story": per_story}).json()
    assert timeline["period"] == period and timeline["buckets"]
    starts = [bucket["start"] for bucket in timeline["buckets"]]
    assert starts == sorted(starts)
    total = 0
    for bucket in timeline["buckets"]:
        for quad in QUADS:
            listed = _events(
                client, quad=quad, since=bucket["start"], until=bucket["end"], per_story=per_story
            )
            assert len(listed) == bucket["counts"][quad], (bucket, quad)
            total += len(listed)
    assert total == len(_events(client, per_story=per_story))


def test_weeks_start_on_monday(client: ApiClient) -> None:
    for bucket in client.get("/timeline", params={"period": "week"}).json()["buckets"]:
        start, end = date.fromisoformat(bucket["start"]), date.fromisoformat(bucket["end"])
        assert start.weekday() == 0 and (end - start).days == 6


def test_every_edge_lists_as_many_events_as_it_weighs(client: ApiClient) -> None:
    network = client.get("/network", params={"nodes": 300}).json()
    assert network["edges"]
    nodes = {node["id"]: node for node in network["nodes"]}
    for edge in network["edges"]:
        listed = _events(client, dyad=[edge["source"], edge["target"]])
        assert len(listed) == edge["events"] == sum(edge["counts"].values())
        cooperation = edge["counts"]["verbal_cooperation"] + edge["counts"]["material_cooperation"]
        assert edge["tone"] == pytest.approx(
            (2 * cooperation - edge["events"]) / edge["events"], abs=1e-3
        )
        assert edge["source"] in nodes and edge["target"] in nodes
    for node in network["nodes"]:
        assert len(_events(client, party=node["id"])) >= node["events"] > 0


def test_the_network_keeps_the_most_active_actors(client: ApiClient) -> None:
    network = client.get("/network", params={"nodes": 2}).json()
    everyone = client.get("/network", params={"nodes": 300}).json()["nodes"]
    assert [node["id"] for node in network["nodes"]] == [node["id"] for node in everyone[:2]]
    kept = {node["id"] for node in network["nodes"]}
    assert all(edge["source"] in kept and edge["target"] in kept for edge in network["edges"])


def test_charts_take_the_event_filters(client: ApiClient) -> None:
    timeline = client.get("/timeline", params={"actor": "PRK"}).json()
    counted = sum(sum(bucket["counts"].values()) for bucket in timeline["buckets"])
    assert counted == len(_events(client, actor="PRK")) > 0
    network = client.get("/network", params={"quad": "verbal_conflict"}).json()
    assert network["edges"]
    for edge in network["edges"]:
        assert edge["counts"]["verbal_conflict"] == edge["events"]
