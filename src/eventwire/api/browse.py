"""The routes that browse the store: articles (one with its spans, to highlight), quotes,
events, actors and the store's counts. Each parses, runs one store query, and answers."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path

from eventwire.api.context import Context, Events, Pages, PerStory, Since, Until, text_filter
from eventwire.api.errors import ApiError
from eventwire.api.quads import QUADS, QuadTable, quad_label
from eventwire.api.schemas import (
    ActorRow,
    ArticleDetail,
    ArticleRow,
    EventRow,
    Page,
    QuoteRow,
    Stats,
    error_responses,
)

router = APIRouter()


@router.get("/articles", response_model=Page[ArticleRow], responses=error_responses())
async def list_articles(
    context: Context,
    pages: Pages,
    search: Annotated[str | None, text_filter("Part of the title or the text, any case.")] = None,
    since: Since = None,
    until: Until = None,
) -> dict[str, Any]:
    """Articles, newest first, with their opening words and how many quotes and events
    each holds."""
    rows = await context.query(
        lambda store: store.articles(search, since, until, pages.fetch, pages.offset)
    )
    return pages.page(rows)


@router.get("/articles/{article_id}", response_model=ArticleDetail, responses=error_responses(404))
async def get_article(
    context: Context, article_id: Annotated[str, Path(max_length=64)]
) -> dict[str, Any]:
    """One article: its text, and its actors, quotes and events with their offsets into
    the text (and each event's sentence), to highlight them."""
    article = await context.query(lambda store: store.article(article_id))
    if article is None:
        raise ApiError(f"no article {article_id!r} in the store", code="E404", status=404)
    text = article["text"]
    article["events"] = [
        {**event, "quad": context.quads.quad(event["plover"]), **_sentence_span(text, event)}
        for event in article["events"]
    ]
    return article


@router.get("/quotes", response_model=Page[QuoteRow], responses=error_responses())
async def list_quotes(
    context: Context,
    pages: Pages,
    speaker: Annotated[str | None, text_filter("Part of the speaker's name or mention.")] = None,
    code: Annotated[str | None, text_filter("Speaker code prefix, e.g. USA.")] = None,
    search: Annotated[str | None, text_filter("Part of the quote, any case.")] = None,
    article: Annotated[str | None, text_filter("Quotes of this article only.")] = None,
    since: Since = None,
    until: Until = None,
    per_story: PerStory = True,
) -> dict[str, Any]:
    """Quotes, newest articles first, each with its speaker and article."""
    rows = await context.query(
        lambda store: store.quotes(
            speaker=speaker,
            code=code,
            since=since,
            until=until,
            article=article,
            limit=pages.fetch,
            per_story=per_story,
            search=search,
            offset=pages.offset,
        )
    )
    return pages.page(rows)


@router.get("/events", response_model=Page[EventRow], responses=error_responses())
async def list_events(
    context: Context, filters: Events, pages: Pages, per_story: PerStory = True
) -> dict[str, Any]:
    """Events, latest first (by their date, or their article's when they have none),
    each with its PLOVER quad, sentence and article."""
    rows = await context.query(
        lambda store: store.event_page(filters, pages.fetch, pages.offset, per_story)
    )
    return pages.page(_with_quads(rows, context.quads))


@router.get("/actors", response_model=Page[ActorRow], responses=error_responses())
async def list_actors(
    context: Context,
    pages: Pages,
    code: Annotated[str | None, text_filter("Actor code prefix, e.g. PRK.")] = None,
    name: Annotated[str | None, text_filter("Part of the actor's name, any case.")] = None,
) -> dict[str, Any]:
    """Actors merged across articles by name and code, most widely reported first."""
    rows = await context.query(
        lambda store: store.actors(code=code, name=name, limit=pages.fetch, offset=pages.offset)
    )
    return pages.page(rows)


@router.get("/stats", response_model=Stats, responses=error_responses())
async def stats(context: Context) -> dict[str, Any]:
    """What the store holds, its publication dates, and the PLOVER quads."""
    counts = await context.query(lambda store: store.summary())
    first, last = await context.query(lambda store: store.published_range())
    quads = [
        {"key": quad, "label": quad_label(quad), "plover": list(context.quads.types(quad))}
        for quad in QUADS
    ]
    return {**counts, "first_published": first, "last_published": last, "quads": quads}


def _with_quads(rows: list[dict[str, Any]], quads: QuadTable) -> list[dict[str, Any]]:
    return [{**row, "quad": quads.quad(row["plover"])} for row in rows]


def _sentence_span(text: str, event: dict[str, Any]) -> dict[str, int | None]:
    """Where the event's sentence is in ``text``: the occurrence that holds the event."""
    sentence = event["sentence"]
    if sentence:
        at = text.find(sentence, max(0, event["end"] - len(sentence)))
        if 0 <= at <= event["start"]:
            return {"sentence_start": at, "sentence_end": at + len(sentence)}
    return {"sentence_start": None, "sentence_end": None}
