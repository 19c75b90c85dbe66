"""What a worker does with a batch of raw articles: clean, skip what is stored, parse the
rest in one ``nlp.pipe`` call, extract, and compute each article's near-duplicate key.

The same :class:`Worker` runs in the main process (one worker), in each process of a
local pool, and on each Dask worker; only the runner around it differs. A bad article
becomes a :class:`~eventwire.models.Reject` and the batch goes on. Besides the readers'
and the cleaner's codes, a worker rejects with::

    E020  an extractor failed on the article (a bug: the message names the exception)
    E021  the parser refused the article
    E022  its cleaning, parse or analysis took longer than ``nlp.max_seconds``
    E023  the cleaner failed on the article (a bug: the message names the exception)
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc

from eventwire.clean import clean_article
from eventwire.config import Settings
from eventwire.dedup import StoryKey, story_key
from eventwire.errors import ConfigError, InputError
from eventwire.extract.analyze import analyze
from eventwire.extract.lexicons import Lexicons, default_lexicons
from eventwire.models import AnalyzedArticle, Article, RawArticle, Reject
from eventwire.nlp import load_pipeline, parse_texts, token_limit_offset
from eventwire.run.deadline import TimedOut, time_limit
from eventwire.store.ids import StoredIds

log = logging.getLogger(__name__)

# What batch_seconds allows a batch for each of its articles, on top of nlp.max_seconds.
SECONDS_PER_ARTICLE = 2.0


@dataclass(frozen=True, slots=True)
class Job:
    """Everything a worker needs to start: settings, the user's actor file, the date that
    relative dates resolve from when an input has none, and the ids already stored."""

    settings: Settings
    actors: str | None = None
    published: date | None = None
    stored_ids: StoredIds = field(default_factory=StoredIds)


@dataclass(frozen=True, slots=True)
class Processed:
    """An analysed article and its near-duplicate key (its story is set by the runner)."""

    result: AnalyzedArticle
    key: StoryKey


@dataclass(frozen=True, slots=True)
class Skipped:
    """An article whose id is already stored: cleaned, but not parsed again."""

    article_id: str
    origin: str


Outcome = Processed | Skipped | Reject


class Worker:
    """Turns batches of raw articles into outcomes, in order; loads the model once."""

    def __init__(self, job: Job, lexicons: Lexicons | None = None) -> None:
        """Prepare to run ``job``; ``lexicons`` saves loading them again in this process."""
        self._job = job
        self._lexicons = lexicons if lexicons is not None else default_lexicons(job.actors)
        load_pipeline(job.settings.model)

    def process(self, batch: Sequence[RawArticle]) -> list[Outcome]:
        """One outcome per raw article of ``batch``, in the same order."""
        outcomes: list[Outcome | Article] = [self._clean(raw) for raw in batch]
        articles = [item for item in outcomes if isinstance(item, Article)]
        analysed = iter(self._analyse(articles))
        return [next(analysed) if isinstance(item, Article) else item for item in outcomes]

    def _clean(self, raw: RawArticle) -> Outcome | Article:
        settings = self._job.settings
        try:
            with time_limit(settings.max_seconds):
                article = clean_article(raw, max_chars=settings.max_chars)
                if len(article.text) > settings.max_tokens:  # else it cannot hold more tokens
                    article = self._within_tokens(raw, article)
        except InputError as exc:
            return Reject(raw.origin, exc.code, exc.reason)
        except TimedOut as exc:
            return _too_slow(raw.origin, "to clean", exc)
        except Exception as exc:  # a bug in the cleaner must not end a corpus run
            log.exception("cleaning failed for %s", raw.origin)
            return Reject(raw.origin, "E023", f"the cleaner failed ({type(exc).__name__}: {exc})")
        if article.id in self._job.stored_ids:
            return Skipped(article.id, article.origin)
        if article.published is None and self._job.published is not None:
            article = dataclasses.replace(article, published=self._job.published)
        return article

    def _within_tokens(self, raw: RawArticle, article: Article) -> Article:
        """``article``, or when it holds more than ``nlp.max_tokens`` tokens, ``raw``
        cleaned again with the limit at the start of the first token too many: it is
        cut there (at a paragraph boundary) as at ``ingest.max_chars``."""
        settings = self._job.settings
        cut = token_limit_offset(article.text, settings.model, settings.max_tokens)
        return article if cut is None else clean_article(raw, max_chars=cut)

    def _analyse(self, articles: list[Article]) -> list[Outcome]:
        outcomes: list[Outcome] = []
        for article, doc in zip(articles, self._docs(articles), strict=True):
            if isinstance(doc, Reject):
                outcomes.append(doc)
                continue
            try:
                with time_limit(self._job.settings.max_seconds):
                    result = analyze(article, doc, self._lexicons)
            except TimedOut as exc:
                outcomes.append(_too_slow(article.origin, "to analyse", exc))
                continue
            except Exception as exc:  # a bug in one extractor must not end a corpus run
                log.exception("extraction failed for %s", article.origin)
                message = f"extraction failed ({type(exc).__name__}: {exc})"
                outcomes.append(Reject(article.origin, "E020", message))
                continue
            outcomes.append(Processed(result, story_key(article.text)))
        return outcomes

    def _docs(self, articles: list[Article]) -> list[Doc | Reject]:
        """Parse with nlp.pipe; if the batch fails or runs past its time, parse one by one
        to find the culprit (see :func:`batch_seconds`)."""
        settings = self._job.settings
        if not articles:
            return []
        try:
            texts = [a.text for a in articles]
            with time_limit(batch_seconds(settings.max_seconds, len(articles))):
                return list(parse_texts(texts, settings.model, batch_size=settings.batch_size))
        except ConfigError:
            raise
        except Exception:  # a text spaCy refuses must not take the batch down with it
            log.warning("batch parse failed; parsing its %d articles one by one", len(articles))
        nlp = load_pipeline(settings.model)
        docs: list[Doc | Reject] = []
        for article in articles:
            try:
                with time_limit(settings.max_seconds):
                    docs.append(nlp(article.text))
            except TimedOut as exc:
                docs.append(_too_slow(article.origin, "to parse", exc))
            except Exception as exc:
                message = f"the parser failed ({type(exc).__name__}: {exc})"
                docs.append(Reject(article.origin, "E021", message))
        return docs


def batch_seconds(max_seconds: float, size: int) -> float:
    """How long a batch of ``size`` articles may take to parse before it is parsed again
    one article at a time: the limit for one article plus SECONDS_PER_ARTICLE for each.

    Not the per-article limit times the batch size: with one article that never ends,
    that stalled a worker for half an hour before the culprit was looked for. Articles
    parse in a fraction of a second, so a batch past this time is rarely only slow, and
    if it is, the second pass still parses it. 0 (no limit) stays 0.
    """
    return max_seconds + SECONDS_PER_ARTICLE * size if max_seconds > 0 else 0


def _too_slow(origin: str, what: str, exc: TimedOut) -> Reject:
    return Reject(
        origin,
        "E022",
        f"{exc} {what} (the limit per article is nlp.max_seconds); it is left out",
    )
