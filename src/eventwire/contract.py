"""The output contract: one :class:`AnalyzedArticle` as the JSON object DESIGN.md
specifies, as one JSON line, or as tables for people (``--format table``).

The key order of every object here *is* the contract; tests pin it. Unknown
values are ``None`` (JSON ``null``), dates are ``YYYY-MM-DD``.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from eventwire.models import (
    Actor,
    AnalyzedArticle,
    Event,
    EventActor,
    Place,
    Quote,
    Removal,
    Speaker,
)

_SHORT = 100


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _removal(removal: Removal) -> dict[str, Any]:
    return {"start": removal.start, "end": removal.end, "reason": removal.reason}


def _actor(actor: Actor) -> dict[str, Any]:
    # Actor.kind is internal (it drives coding) and is not part of the contract.
    return {
        "id": actor.id,
        "name": actor.name,
        "code": actor.code,
        "country": actor.country,
        "sector": actor.sector,
        "role": actor.role,
        "mentions": [[start, end] for start, end in actor.mentions],
    }


def _speaker(speaker: Speaker | None) -> dict[str, Any] | None:
    if speaker is None:
        return None
    return {
        "name": speaker.name,
        "mention": speaker.mention,
        "start": speaker.start,
        "end": speaker.end,
        "actor": speaker.actor,
        "code": speaker.code,
    }


def _quote(quote: Quote) -> dict[str, Any]:
    return {
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "kind": quote.kind,
        "cue": quote.cue,
        "speaker": _speaker(quote.speaker),
        "addressee": quote.addressee,
        "according_to": quote.according_to,
        "medium": quote.medium,
    }


def _event_actor(actor: EventActor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {
        "name": actor.name,
        "actor": actor.actor,
        "code": actor.code,
        "start": actor.start,
        "end": actor.end,
    }


def _place(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {"name": place.name, "country": place.country, "lat": place.lat, "lon": place.lon}


def _event(event: Event) -> dict[str, Any]:
    return {
        "cameo": event.cameo,
        "plover": event.plover,
        "mode": event.mode,
        "verb": event.verb,
        "trigger": event.trigger,
        "rule": event.rule,
        "text": event.text,
        "start": event.start,
        "end": event.end,
        "sentence": event.sentence,
        "source": _event_actor(event.source),
        "target": _event_actor(event.target),
        "negated": event.negated,
        "modality": event.modality,
        "date": _iso(event.date),
        "date_text": event.date_text,
        "location": _place(event.location),
        "quote": event.quote,
    }


def to_contract(result: AnalyzedArticle) -> dict[str, Any]:
    """Return ``result`` as the output-contract object, keys in the documented order."""
    article = result.article
    return {
        "id": article.id,
        "path": article.path,
        "url": article.url,
        "source": article.source,
        "title": article.title,
        "published": _iso(article.published),
        "language": article.language,
        "text": article.text,
        "removed": [_removal(r) for r in article.removed],
        "story": article.story,
        "actors": [_actor(a) for a in result.actors],
        "quotes": [_quote(q) for q in result.quotes],
        "events": [_event(e) for e in result.events],
    }


def to_json_line(result: AnalyzedArticle) -> str:
    """Return ``result`` as one line of JSON (UTF-8 kept as is, no trailing newline)."""
    return json.dumps(to_contract(result), ensure_ascii=False)


def _short(text: str, limit: int = _SHORT) -> str:
    """Collapse whitespace and cut ``text`` to ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _or_dash(value: object) -> str:
    return "–" if value is None or value == "" else str(value)


def _header(result: AnalyzedArticle) -> Text:
    article = result.article
    header = Text()
    header.append(article.title or "(untitled)", style="bold")
    header.append("\n")
    published = _or_dash(_iso(article.published))
    header.append(f"source {_or_dash(article.source)} · published {published}")
    header.append(f"\nid {article.id} · story {_or_dash(article.story)}", style="dim")
    header.append(
        f"\n{len(result.quotes)} quotes · {len(result.events)} events · {len(result.actors)} actors"
    )
    return header


def _quotes_table(result: AnalyzedArticle) -> Table:
    table = Table(title="Quotes", expand=False, show_lines=False)
    table.add_column("#", justify="right", style="dim")
    table.add_column("Speaker", overflow="fold", max_width=22)
    table.add_column("Kind", max_width=8)
    table.add_column("Cue", max_width=12)
    table.add_column("Quote", overflow="fold", ratio=1)
    for index, quote in enumerate(result.quotes):
        speaker = Text()
        if quote.speaker is None:
            speaker.append("–")
        else:
            speaker.append(quote.speaker.name, style="bold")
            if quote.speaker.mention and quote.speaker.mention != quote.speaker.name:
                speaker.append(f"\n“{quote.speaker.mention}”", style="dim")
            if quote.speaker.code:
                speaker.append(f"\n{quote.speaker.code}", style="cyan")
        table.add_row(str(index), speaker, quote.kind, _or_dash(quote.cue), _short(quote.text))
    return table


def _events_table(result: AnalyzedArticle) -> Table:
    table = Table(title="Events", expand=False)
    table.add_column("Date", no_wrap=True)
    table.add_column("Source", overflow="fold", max_width=18)
    table.add_column("CAMEO", no_wrap=True)
    table.add_column("PLOVER", overflow="fold", max_width=14)
    table.add_column("Verb", overflow="fold", max_width=12)
    table.add_column("Target", overflow="fold", max_width=18)
    table.add_column("Flags", overflow="fold", max_width=14)
    for event in result.events:
        source = _party(event.source)
        target = _party(event.target) if event.target is not None else Text("–")
        flags: list[str] = [] if event.modality == "asserted" else [event.modality]
        if event.negated:
            flags.append("negated")
        plover = event.plover if event.mode is None else f"{event.plover}/{event.mode}"
        table.add_row(
            _or_dash(_iso(event.date)),
            source,
            event.cameo,
            plover,
            event.verb,
            target,
            "\n".join(flags) or "–",
        )
    return table


def _party(actor: EventActor) -> Text:
    text = Text()
    text.append(actor.name)
    if actor.code:
        text.append(f"\n{actor.code}", style="cyan")
    return text


def _actors_table(result: AnalyzedArticle) -> Table:
    table = Table(title="Actors", expand=False)
    table.add_column("Name", overflow="fold", max_width=30)
    table.add_column("Code", no_wrap=True)
    table.add_column("Role", overflow="fold", max_width=30)
    table.add_column("Mentions", justify="right")
    for actor in result.actors:
        table.add_row(
            actor.name, _or_dash(actor.code), _or_dash(actor.role), str(len(actor.mentions))
        )
    return table


def render_table(result: AnalyzedArticle, console: Console) -> None:
    """Print ``result`` for people: a header, then quotes, events and actors tables."""
    console.print(_header(result))
    if result.quotes:
        console.print(_quotes_table(result))
    if result.events:
        console.print(_events_table(result))
    if result.actors:
        console.print(_actors_table(result))
    console.print()
