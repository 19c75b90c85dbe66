"""The local runner: read -> clean -> parse in batches -> extract, in input order.

The runner owns the loop and the counts; a bad input or an article that fails a
stage becomes a :class:`Reject` with a reason, and the run goes on. Only settings
and storage errors stop it.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TextIO

from spacy.tokens import Doc

from eventwire.clean import clean_article
from eventwire.config import Settings
from eventwire.errors import ConfigError, InputError
from eventwire.extract.analyze import analyze
from eventwire.extract.lexicons import Lexicons
from eventwire.ingest import read_inputs
from eventwire.models import AnalyzedArticle, Article, Reject
from eventwire.nlp import load_pipeline, parse_texts

log = logging.getLogger(__name__)


@dataclass(slots=True)
class RunCounts:
    """What a run did: articles read, analysed and rejected."""

    read: int = 0
    analyzed: int = 0
    rejected: int = 0


def _cleaned(
    paths: Sequence[str],
    settings: Settings,
    published: date | None,
    stdin: TextIO | None,
    counts: RunCounts,
) -> Iterator[Article | Reject]:
    for item in read_inputs(paths, max_bytes=settings.max_bytes, stdin=stdin):
        if isinstance(item, Reject):
            counts.rejected += 1
            yield item
            continue
        counts.read += 1
        try:
            article = clean_article(item, max_chars=settings.max_chars)
        except InputError as exc:
            counts.rejected += 1
            yield Reject(item.origin, exc.code, exc.reason)
            continue
        if article.published is None and published is not None:
            article = dataclasses.replace(article, published=published)
        yield article


def analyze_inputs(
    paths: Sequence[str],
    settings: Settings,
    lexicons: Lexicons,
    *,
    published: date | None = None,
    stdin: TextIO | None = None,
    counts: RunCounts | None = None,
) -> Iterator[AnalyzedArticle | Reject]:
    """Analyse every article under ``paths``; yield results in input order.

    A Reject is yielded as soon as it is found, ahead of the batch being parsed.
    ``published`` is the date relative dates resolve from when an input carries none.
    """
    counts = counts if counts is not None else RunCounts()
    batch: list[Article] = []
    for item in _cleaned(paths, settings, published, stdin, counts):
        if isinstance(item, Reject):
            yield item
            continue
        batch.append(item)
        if len(batch) >= settings.batch_size:
            yield from _flush(batch, settings, lexicons, counts)
            batch = []
    yield from _flush(batch, settings, lexicons, counts)


def _docs(articles: list[Article], settings: Settings) -> list[Doc | Reject]:
    """Parse a batch with nlp.pipe; if the batch fails, parse one by one to find the culprit."""
    try:
        texts = [a.text for a in articles]
        return list(parse_texts(texts, settings.model, batch_size=settings.batch_size))
    except ConfigError:
        raise
    except Exception:  # a text spaCy refuses must not take the batch down with it
        log.warning("batch parse failed; parsing its %d articles one by one", len(articles))
    nlp = load_pipeline(settings.model)
    docs: list[Doc | Reject] = []
    for article in articles:
        try:
            docs.append(nlp(article.text))
        except Exception as exc:
            docs.append(
                Reject(article.origin, "E021", f"the parser failed ({type(exc).__name__}: {exc})")
            )
    return docs


def _flush(
    batch: list[Article], settings: Settings, lexicons: Lexicons, counts: RunCounts
) -> Iterator[AnalyzedArticle | Reject]:
    if not batch:
        return
    docs = _docs(batch, settings)
    for article, doc in zip(batch, docs, strict=True):
        if isinstance(doc, Reject):
            counts.rejected += 1
            yield doc
            continue
        try:
            result = analyze(article, doc, lexicons)
        except Exception as exc:  # a bug in one extractor must not end a corpus run
            log.exception("extraction failed for %s", article.origin)
            counts.rejected += 1
            yield Reject(article.origin, "E020", f"extraction failed ({type(exc).__name__}: {exc})")
            continue
        counts.analyzed += 1
        yield result
