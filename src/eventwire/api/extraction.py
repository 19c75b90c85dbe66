"""``POST /extract``: analyse one article sent in the body and answer with the output
contract, exactly as ``eventwire extract`` prints it.

The body is JSON (:class:`ExtractRequest`), or the article itself as ``text/plain`` or
``text/html`` with its date in the ``published`` query parameter. A raw body is decoded in
the charset its Content-Type names, or else as a file is: plain text must be UTF-8 (or
carry a UTF-16/32 byte-order mark), a page may be in the charset its ``<meta>`` declares.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from pydantic import ValidationError

from eventwire.api.context import Context
from eventwire.api.contract_schema import ArticleContract, ExtractRequest
from eventwire.api.errors import ApiError
from eventwire.api.iso_date import IsoDate
from eventwire.api.schemas import error_responses
from eventwire.ingest.charset import content_type, decode_web
from eventwire.ingest.decode import decode_text
from eventwire.ingest.html import decode_page
from eventwire.models import RawArticle

router = APIRouter()
ORIGIN = "request body"
# Any bytes: a raw body is text whatever it holds, so the schema gives it no type.
_RAW_BODY = {"description": "The article itself."}
_BODY = {
    "required": True,
    "content": {
        "application/json": {"schema": ExtractRequest.model_json_schema()},
        "text/plain": {"schema": _RAW_BODY},
        "text/html": {"schema": _RAW_BODY},
    },
}


@router.post(
    "/extract",
    response_model=ArticleContract,
    responses=error_responses(400, 408, 413, 415),
    openapi_extra={"requestBody": _BODY},
)
async def extract(
    context: Context,
    request: Request,
    published: Annotated[
        IsoDate | None,
        Query(description="Publication date for an article that carries none."),
    ] = None,
) -> JSONResponse:
    """Analyse one article (its text or its HTML page) and answer with its actors,
    quotes and events: the output contract of ``eventwire extract``."""
    raw = _raw_article(request.headers.get("content-type"), await request.body())
    when = raw.published or published
    contract: Any = await context.extractor.extract(raw, when, context.limits.work_seconds)
    return JSONResponse(contract)


def _raw_article(header: str | None, body: bytes) -> RawArticle:
    """The article in ``body``, read as its Content-Type says."""
    media_type, charset = content_type(header)
    if media_type == "text/plain":
        text = decode_web(body, charset, html=False) if charset else decode_text(body, ORIGIN)
        return RawArticle(origin=ORIGIN, text=text)
    if media_type == "text/html":
        page = decode_web(body, charset, html=True) if charset else decode_page(body, ORIGIN)
        return RawArticle(origin=ORIGIN, text=page, content_type="html")
    if media_type == "application/json" or (media_type or "").endswith("+json"):
        return _from_json(body)
    raise ApiError(
        f"send the article as application/json, text/plain or text/html, not {media_type}",
        code="E415",
        status=415,
    )


def _from_json(body: bytes) -> RawArticle:
    try:
        value = json.loads(body)
    except (ValueError, RecursionError):  # bad JSON or UTF-8, huge numbers, deep nesting
        raise ApiError("the body is not valid JSON", code="E400", status=400) from None
    try:
        fields = ExtractRequest.model_validate(value)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in error['loc']) or 'body'}: {error['msg']}"
            for error in exc.errors()
        )
        raise ApiError(problems, code="E422", status=422) from None
    is_html = fields.html is not None
    return RawArticle(
        origin=ORIGIN,
        text=fields.html if fields.html is not None else fields.text or "",
        content_type="html" if is_html else "text",
        url=fields.url,
        title=fields.title,
        source=fields.source,
        published=fields.published,
    )
