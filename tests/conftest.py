"""Shared fixtures: ../shared, a one-call analyser, and hand-built records in a store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from eventwire.clean import clean_article
from eventwire.config import load_settings
from eventwire.extract.analyze import analyze, default_lexicons
from eventwire.models import (
    Actor,
    AnalyzedArticle,
    Article,
    Event,
    EventActor,
    Place,
    Quote,
    RawArticle,
    Removal,
    Speaker,
)
from eventwire.nlp import load_pipeline
from eventwire.store import Store

SHARED = Path(__file__).resolve().parents[2] / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Rewrite the golden files under tests/golden from the current output.",
    )


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder of development data; tests that need it skip without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def analyse_text() -> Callable[..., AnalyzedArticle]:
    """Clean, parse and analyse a text the way the pipeline does."""
    settings = load_settings()
    nlp = load_pipeline(settings.model)
    lexicons = default_lexicons()

    def run(text: str, published: date | None = None, origin: str = "test") -> AnalyzedArticle:
        article = clean_article(
            RawArticle(origin=origin, text=text, published=published), max_chars=settings.max_chars
        )
        return analyze(article, nlp(article.text), lexicons)

    return run


# --- hand-built analysed articles and an in-memory store (store tests) ---

POMPEO_TEXT = (
    'Pompeo met with Kim on Sunday. "We had a good, productive conversation," he said. '
    "Kim did not reject the proposal, the statement said."
)
MOON_TEXT = 'Moon urged Pyongyang to talk. "I dearly hope for peace," Moon said in Seoul.'


def pompeo_article(article_id: str = "a1") -> AnalyzedArticle:
    """Two actors, two quotes (one through a pronoun), two events, one of them undated."""
    article = Article(
        id=article_id,
        text=POMPEO_TEXT,
        origin="pompeo.txt",
        path="news/pompeo.txt",
        url="https://example.org/pompeo",
        source="Xinhua",
        title="Pompeo meets Kim",
        published=date(2018, 10, 8),
        removed=(Removal(0, 12, "boilerplate"),),
        story=article_id,
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
            ((0, 6), (76, 78)),
        ),
        Actor(
            "kim", "Kim Jong Un", "person", "PRKGOV", "PRK", "GOV", "chairman", ((16, 19), (82, 85))
        ),
    )
    quotes = (
        Quote(
            "We had a good, productive conversation",
            31,
            69,
            "direct",
            "said",
            Speaker("Mike Pompeo", "he", 72, 74, "pompeo", "USAGOV"),
            medium="interview",
        ),
        Quote(
            "Kim did not reject the proposal",
            82,
            113,
            "indirect",
            "said",
            Speaker("State Department", "the statement", 115, 128, None, "USAGOV"),
            according_to="State Department",
        ),
    )
    events = (
        Event(
            "040",
            "CONSULT",
            None,
            "meet",
            "met",
            7,
            10,
            "Pompeo met with Kim on Sunday.",
            EventActor("Mike Pompeo", "pompeo", "USAGOV"),
            EventActor("Kim Jong Un", "kim", "PRKGOV"),
            date=date(2018, 10, 7),
            date_text="Sunday",
            location=Place("Pyongyang", "PRK", 39.03, 125.75),
            trigger="meet VERB with -> 040",
        ),
        Event(
            "128",
            "REJECT",
            None,
            "reject",
            "reject",
            94,
            100,
            "Kim did not reject the proposal, the statement said.",
            EventActor("Kim Jong Un", "kim", "PRKGOV"),
            None,
            negated=True,
            modality="reported",
            quote=1,
        ),
    )
    return AnalyzedArticle(article, actors, quotes, events)


def moon_article(article_id: str = "b1") -> AnalyzedArticle:
    """One actor, a quote, and an event with no date of its own and no target."""
    article = Article(
        id=article_id,
        text=MOON_TEXT,
        origin="moon.txt",
        source="Yonhap",
        title="Moon hopes for peace",
        published=date(2019, 2, 1),
        story=article_id,
    )
    actors = (
        Actor(
            "moon", "Moon Jae-in", "person", "KORGOV", "KOR", "GOV", "president", ((0, 4), (58, 62))
        ),
        Actor("kim", "Kim Jong Un", "person", "PRKGOV", "PRK", "GOV", None, ((11, 20),)),
    )
    quotes = (
        Quote(
            "I dearly hope for peace",
            31,
            54,
            "direct",
            "said",
            Speaker("Moon Jae-in", "Moon", 58, 62, "moon", "KORGOV"),
        ),
    )
    events = (
        Event(
            "043",
            "CONSULT",
            "visit",
            "urge",
            "urged",
            5,
            10,
            "Moon urged Pyongyang to talk.",
            EventActor("Moon Jae-in", "moon", "KORGOV"),
            None,
            modality="intended",
            trigger="urge VERB -> 020",
            rule="urged to talk: 020 -> 043",
        ),
    )
    return AnalyzedArticle(article, actors, quotes, events)


@pytest.fixture
def store() -> Iterator[Store]:
    """An empty in-memory store."""
    with Store.open(":memory:") as opened:
        yield opened


@pytest.fixture
def filled(store: Store) -> Store:
    """An in-memory store holding the Pompeo and Moon articles."""
    assert store.save(pompeo_article())
    assert store.save(moon_article())
    return store


@pytest.fixture
def pompeo() -> Callable[..., AnalyzedArticle]:
    """The Pompeo article builder, to make copies under other ids."""
    return pompeo_article


@pytest.fixture
def moon() -> Callable[..., AnalyzedArticle]:
    """The Moon article builder, to make copies under other ids."""
    return moon_article
