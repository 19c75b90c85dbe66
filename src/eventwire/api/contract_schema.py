"""``POST /extract``: the request, and the output contract it answers with (DESIGN.md),
as pydantic models for the OpenAPI document. The answer itself is written by
:func:`eventwire.contract.to_contract`, exactly as ``eventwire extract`` prints it; the
tests check it against these models."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, model_validator

from eventwire.api.iso_date import IsoDate


class ExtractRequest(BaseModel):
    """One article to analyse: its ``text`` or its ``html`` page (exactly one), and
    optionally where it came from and when it was published."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"oneOf": [{"required": ["text"]}, {"required": ["html"]}]},
    )

    text: str | None = Field(None, description="Plain text of the article.")
    html: str | None = Field(None, description="An HTML page; its main text is analysed.")
    published: IsoDate | None = Field(
        None, description="Publication date; relative dates resolve from it."
    )
    url: str | None = None
    title: str | None = None
    source: str | None = None

    @model_validator(mode="after")
    def _one_body(self) -> ExtractRequest:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of text and html")
        return self


class Removal(BaseModel):
    """A span cut from the raw text by cleaning, and why."""

    start: int
    end: int
    reason: str


class ContractActor(BaseModel):
    """An actor of the article, with its mentions as [start, end] pairs."""

    id: str
    name: str
    code: str | None
    country: str | None
    sector: str | None
    role: str | None
    mentions: list[tuple[int, int]]


class Speaker(BaseModel):
    """Who a quote is attributed to: the words in the text and who they resolve to."""

    name: str
    mention: str
    start: int
    end: int
    actor: str | None
    code: str | None


class ContractQuote(BaseModel):
    """A quote: its span, kind, cue, speaker and addressee."""

    text: str
    start: int
    end: int
    kind: str
    cue: str | None
    speaker: Speaker | None
    addressee: str | None
    according_to: str | None
    medium: str | None


class EventActor(BaseModel):
    """The source or target of an event, and where the phrase naming it is in the text."""

    name: str
    actor: str | None
    code: str | None
    start: int | None
    end: int | None


class Place(BaseModel):
    """Where an event happened."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None


class ContractEvent(BaseModel):
    """A coded event: who did what to whom, when and where."""

    cameo: str
    plover: str
    mode: str | None
    verb: str
    trigger: str | None
    rule: str | None
    text: str
    start: int
    end: int
    sentence: str
    source: EventActor
    target: EventActor | None
    negated: bool
    modality: str
    date: dt.date | None
    date_text: str | None
    location: Place | None
    quote: int | None


class ArticleContract(BaseModel):
    """The output contract for one article (DESIGN.md)."""

    id: str
    path: str | None
    url: str | None
    source: str | None
    title: str | None
    published: dt.date | None
    language: str | None
    text: str
    removed: list[Removal]
    story: str | None
    actors: list[ContractActor]
    quotes: list[ContractQuote]
    events: list[ContractEvent]
