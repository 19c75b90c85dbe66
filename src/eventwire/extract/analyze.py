"""Run every extractor over one parsed article, in dependency order:
quotation marks -> actors -> quotes (speakers need actors) -> events (events in
quotes need the quotes)."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.extract.actors import build_actor_index
from eventwire.extract.event_scope import Decision
from eventwire.extract.events import extract_events
from eventwire.extract.lexicons import Lexicons, default_lexicons
from eventwire.extract.quote_marks import find_quoted_spans
from eventwire.extract.quotes import extract_quotes, quoted_token_indices
from eventwire.models import AnalyzedArticle, Article

__all__ = ["Decision", "Lexicons", "analyze", "default_lexicons"]


def analyze(
    article: Article, doc: Doc, lexicons: Lexicons, trace: list[Decision] | None = None
) -> AnalyzedArticle:
    """Extract actors, quotes and events from ``doc``, the parse of ``article.text``;
    the event coder's decisions go to ``trace`` when one is given."""
    spans = find_quoted_spans(article.text)
    quoted = quoted_token_indices(doc, spans)
    index = build_actor_index(doc, article.published, lexicons.actors, quoted, lexicons.reporting)
    quotes = extract_quotes(doc, index, spans, lexicons.reporting)
    events = extract_events(doc, index, quotes, lexicons, article.published, trace)
    return AnalyzedArticle(
        article=article,
        actors=index.actors(),
        quotes=tuple(quotes),
        events=tuple(events),
    )
