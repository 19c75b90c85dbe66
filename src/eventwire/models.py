"""The typed records that cross stage boundaries.

Readers yield :class:`RawArticle`; cleaning turns it into an :class:`Article`;
extraction adds :class:`Actor`, :class:`Quote` and :class:`Event` records and
bundles them into an :class:`AnalyzedArticle`. Every span is a pair of
character offsets into ``Article.text`` (the cleaned text), except
:class:`Removal`, whose offsets point into ``RawArticle.text``. No spaCy or
DuckDB objects ever live inside these records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

ContentType = Literal["text", "html"]
QuoteKind = Literal["direct", "indirect", "mixed"]
Modality = Literal["asserted", "intended", "hypothetical", "reported"]
ActorKind = Literal["person", "organisation", "place", "group"]


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One article as a reader found it, before any cleaning.

    ``text`` is the decoded document (plain text, or HTML markup when
    ``content_type`` is ``"html"``). ``origin`` names where it came from for
    messages: a path, ``path:line`` for JSONL, or ``<stdin>``.
    """

    origin: str
    text: str
    content_type: ContentType = "text"
    path: str | None = None
    url: str | None = None
    title: str | None = None
    published: date | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Removal:
    """A span cut from the raw text by cleaning, and why."""

    start: int
    end: int
    reason: str


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article: the text every later offset points into."""

    id: str
    text: str
    origin: str
    path: str | None = None
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: date | None = None
    language: str | None = "en"
    removed: tuple[Removal, ...] = ()
    story: str | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, organisation or place, merged over all its mentions in one article.

    ``code`` is CAMEO-style: a three-letter country or international body
    followed by optional three-letter sectors ("USAGOV", "IGOUNO").
    """

    id: str
    name: str
    kind: ActorKind
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    mentions: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quote is attributed to: the words in the text and who they resolve to."""

    name: str
    mention: str
    start: int
    end: int
    actor: str | None = None
    code: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """A statement attributed to a speaker; ``text`` is ``article.text[start:end]``."""

    text: str
    start: int
    end: int
    kind: QuoteKind
    cue: str | None = None
    speaker: Speaker | None = None
    addressee: str | None = None
    according_to: str | None = None
    # The channel the words came through, as written: "statement", "Twitter".
    medium: str | None = None


@dataclass(frozen=True, slots=True)
class EventActor:
    """The source or target of an event: its name, its actor and code when known, and
    the character offsets of the phrase that names it in the sentence ("U.S. negotiator
    Paul Nitze", "the Taliban religious faction"), which may say more than the name."""

    name: str
    actor: str | None = None
    code: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """Where an event happened, geocoded offline when the name is known."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom: one coded event with its trigger span."""

    cameo: str
    plover: str
    mode: str | None
    verb: str
    text: str
    start: int
    end: int
    sentence: str
    source: EventActor
    target: EventActor | None = None
    negated: bool = False
    modality: Modality = "asserted"
    date: date | None = None
    date_text: str | None = None
    location: Place | None = None
    quote: int | None = None
    # The lexicon entry that fired ("meet VERB with -> 040"), and the coding rule that
    # changed its code, if any ("intent: 042 -> 036").
    trigger: str | None = None
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class AnalyzedArticle:
    """An article with everything extracted from it."""

    article: Article
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Reject:
    """An input that could not be processed, with a stable code and a readable reason."""

    origin: str
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.code} {self.origin}: {self.message}"
