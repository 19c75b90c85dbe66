"""Shared fixtures: the paths to ../shared, the bundled sample, and a one-call analyser."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from eventwire.clean import clean_article
from eventwire.config import load_settings
from eventwire.extract.analyze import analyze, default_lexicons
from eventwire.models import AnalyzedArticle, RawArticle
from eventwire.nlp import load_pipeline

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
