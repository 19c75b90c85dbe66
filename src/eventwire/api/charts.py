"""The routes behind the page's charts: events per day or week by PLOVER quad, and the
network of actors (directed dyads weighted by their events, toned from conflict to
cooperation). Both take the filters of ``/events``, so a bar or an edge lists its events
through ``/events`` with the same filters."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query

from eventwire.api.context import Context, Events, PerStory
from eventwire.api.quads import Quad, QuadTable
from eventwire.api.schemas import Network, Timeline, error_responses

router = APIRouter()
#: The most actors a network shows, and the default.
MAX_NODES = 300
DEFAULT_NODES = 40
_PERIOD_DAYS = {"day": 1, "week": 7}


@router.get("/timeline", response_model=Timeline, responses=error_responses())
async def timeline(
    context: Context,
    filters: Events,
    period: Annotated[
        Literal["day", "week"], Query(description="Count per day, or per week from Monday.")
    ] = "day",
    per_story: PerStory = True,
) -> dict[str, Any]:
    """Events per day or week, stacked by PLOVER quad, oldest first."""
    rows = await context.query(lambda store: store.event_timeline(filters, period, per_story))
    counts: dict[date, Counter[Quad]] = defaultdict(Counter)
    for row in rows:
        quad = context.quads.quad(row["plover"])
        if quad is not None:
            counts[row["start"]][quad] += row["events"]
    length = timedelta(days=_PERIOD_DAYS[period] - 1)
    buckets = [
        {"start": start, "end": start + length, "counts": dict(by_quad)}
        for start, by_quad in sorted(counts.items())
    ]
    return {"period": period, "buckets": buckets}


@router.get("/network", response_model=Network, responses=error_responses())
async def network(
    context: Context,
    filters: Events,
    nodes: Annotated[
        int, Query(ge=1, le=MAX_NODES, description="Show this many of the most active actors.")
    ] = DEFAULT_NODES,
    per_story: PerStory = True,
) -> dict[str, Any]:
    """The most active actors (by code, or by name when they have none) and the events
    between them, per directed dyad."""
    rows = await context.query(lambda store: store.event_dyads(filters, per_story))
    edges = _edges(rows, context.quads)
    names: dict[str, set[str]] = defaultdict(set)
    activity: Counter[str] = Counter()
    for row in rows:
        names[row["source_key"]].update(row["source_names"])
        names[row["target_key"]].update(row["target_names"])
    for edge in edges:
        activity[edge["source"]] += edge["events"]
        if edge["target"] != edge["source"]:
            activity[edge["target"]] += edge["events"]
    kept = sorted(activity, key=lambda key: (-activity[key], key))[:nodes]
    shown = set(kept)
    return {
        "nodes": [
            {"id": key, "names": sorted(names[key]), "events": activity[key]} for key in kept
        ],
        "edges": [e for e in edges if e["source"] in shown and e["target"] in shown],
    }


def _edges(rows: list[dict[str, Any]], quads: QuadTable) -> list[dict[str, Any]]:
    """One edge per (source, target): its events by quad and their tone."""
    by_dyad: dict[tuple[str, str], Counter[Quad]] = defaultdict(Counter)
    for row in rows:
        quad = quads.quad(row["plover"])
        if quad is not None:
            by_dyad[(row["source_key"], row["target_key"])][quad] += row["events"]
    edges = []
    for (source, target), counts in by_dyad.items():
        events = sum(counts.values())
        cooperation = counts["verbal_cooperation"] + counts["material_cooperation"]
        conflict = counts["verbal_conflict"] + counts["material_conflict"]
        edges.append(
            {
                "source": source,
                "target": target,
                "events": events,
                "counts": dict(counts),
                "tone": round((cooperation - conflict) / events, 3),
            }
        )
    return sorted(edges, key=lambda edge: (-edge["events"], edge["source"], edge["target"]))
