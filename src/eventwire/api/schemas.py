"""The shapes of what the API answers, as pydantic models: they validate each response
and are the schemas of the OpenAPI document at ``/openapi.json``.

Quote and event rows are the store's rows, flat, as ``eventwire quotes|events --format
json`` prints them; the output contract of ``POST /extract`` is in :mod:`contract_schema`.
"""

from __future__ import annotations

import datetime as dt
from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict

from eventwire.api.quads import Quad

Item = TypeVar("Item")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class ErrorDetail(_Frozen):
    """What went wrong: a stable code (see the README's error table) and a message."""

    code: str
    message: str


class ErrorResponse(_Frozen):
    """Every error the API answers."""

    error: ErrorDetail


class Page(_Frozen, Generic[Item]):
    """One page of a list; ``next_offset`` is the ``offset`` of the next page, or null
    on the last one."""

    items: list[Item]
    limit: int
    offset: int
    next_offset: int | None


class ArticleRow(_Frozen):
    """An article in a list: where it came from, its opening words and its counts."""

    id: str
    title: str | None
    source: str | None
    published: dt.date | None
    url: str | None
    path: str | None
    story: str | None
    opening: str
    quotes: int
    events: int


class QuoteFields(_Frozen):
    """A quote's own fields: its span of the text, kind, cue, speaker and addressee."""

    idx: int
    text: str
    start: int
    end: int
    kind: str
    cue: str | None
    speaker_name: str | None
    speaker_mention: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_actor: str | None
    speaker_code: str | None
    addressee: str | None
    according_to: str | None
    medium: str | None


class _Listed(_Frozen):
    """What a quote or event in a list adds: its article, and once per story ``copies``
    (how many articles carried it) and ``outlets`` (their sources)."""

    article_id: str
    title: str | None
    published: dt.date | None
    source: str | None
    copies: int | None = None
    outlets: list[str | None] | None = None


class QuoteRow(QuoteFields, _Listed):
    """A quote in a list, with its article."""


class EventFields(_Frozen):
    """An event's own fields: codes, its span and sentence, source, target, date, place."""

    idx: int
    cameo: str
    plover: str
    quad: Quad | None
    mode: str | None
    verb: str
    text: str
    start: int
    end: int
    sentence: str | None
    source_name: str | None
    source_actor: str | None
    source_code: str | None
    target_name: str | None
    target_actor: str | None
    target_code: str | None
    negated: bool
    modality: str
    date: dt.date | None
    date_text: str | None
    location_name: str | None
    location_country: str | None
    lat: float | None
    lon: float | None
    quote: int | None
    trigger: str | None
    rule: str | None
    source_start: int | None
    source_end: int | None
    target_start: int | None
    target_end: int | None


class EventRow(EventFields, _Listed):
    """An event in a list, with its article."""


class ActorRow(_Frozen):
    """An actor merged across articles by name and code, with how widely it is reported."""

    name: str
    code: str | None
    stories: int
    articles: int
    mentions: int


class ArticleActor(_Frozen):
    """An actor of one article with the spans that mention it."""

    actor_id: str
    name: str
    kind: str | None
    code: str | None
    country: str | None
    sector: str | None
    role: str | None
    mentions: list[tuple[int, int]]


class ArticleEvent(EventFields):
    """An event of one article, with the span of its sentence in the text (null when
    the sentence is not found there)."""

    sentence_start: int | None
    sentence_end: int | None


class ArticleDetail(_Frozen):
    """One article: its text, and every actor, quote and event with offsets into it."""

    id: str
    path: str | None
    url: str | None
    source: str | None
    title: str | None
    published: dt.date | None
    language: str | None
    text: str
    story: str | None
    actors: list[ArticleActor]
    quotes: list[QuoteFields]
    events: list[ArticleEvent]


class QuadInfo(_Frozen):
    """A quad, how to show it, and the PLOVER types in it."""

    key: Quad
    label: str
    plover: list[str]


class Stats(_Frozen):
    """What the store holds."""

    articles: int
    stories: int
    quotes: int
    events: int
    actors: int
    first_published: dt.date | None
    last_published: dt.date | None
    quads: list[QuadInfo]


class QuadCounts(_Frozen):
    """Events counted by quad."""

    verbal_cooperation: int = 0
    material_cooperation: int = 0
    verbal_conflict: int = 0
    material_conflict: int = 0


class TimelineBucket(_Frozen):
    """The events of one day or week (``start`` to ``end``, inclusive) by quad."""

    start: dt.date
    end: dt.date
    counts: QuadCounts


class Timeline(_Frozen):
    """Events per day or week, oldest first; periods without events are left out."""

    period: str
    buckets: list[TimelineBucket]


class NetworkNode(_Frozen):
    """An actor in the network: its code (or its name when it has none), the names
    it stands for, and the events it takes part in."""

    id: str
    names: list[str]
    events: int


class NetworkEdge(_Frozen):
    """A directed dyad: the events ``source`` did to ``target``, by quad, and their
    tone, from -1 (all conflict) to 1 (all cooperation)."""

    source: str
    target: str
    events: int
    counts: QuadCounts
    tone: float


class Network(_Frozen):
    """The most active actors and the dyads between them."""

    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


_STATUS_TEXT = {
    400: "The body is not valid JSON (E400).",
    404: "No such article (E404).",
    408: "The body did not arrive in time (E408).",
    413: "The body is too large (E413).",
    415: "The body is not JSON, plain text or HTML (E415).",
    421: "The Host header names another server (E421).",
    422: "A parameter or field is not valid (E422), or the text cannot be analysed.",
    500: "An unexpected failure (E499).",
    503: "The store cannot be read, or the work ran past the time limit (E460, E461).",
}


def error_responses(*statuses: int) -> dict[int | str, dict[str, object]]:
    """The OpenAPI ``responses`` of a route's errors; every route may also answer 421,
    422, 500 and 503."""
    every = sorted({*statuses, 421, 422, 500, 503})
    return {
        status: {"model": ErrorResponse, "description": _STATUS_TEXT[status]} for status in every
    }
