"""Run every extractor over one parsed article, in dependency order:
quotation marks -> actors -> quotes (speakers need actors) -> events (events in
quotes need the quotes)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from eventwire.extract.actor_dictionary import ActorDictionary, load_dictionary
from eventwire.extract.actors import build_actor_index
from eventwire.extract.events import extract_events
from eventwire.extract.lexicon import TriggerLexicon, load_triggers
from eventwire.extract.quote_marks import find_quoted_spans
from eventwire.extract.quotes import extract_quotes, quoted_token_indices
from eventwire.extract.reporting import ReportingLexicon, load_reporting
from eventwire.models import AnalyzedArticle, Article


@dataclass(frozen=True, slots=True)
class Lexicons:
    """The data the extractors read, loaded once per process."""

    reporting: ReportingLexicon
    triggers: TriggerLexicon
    actors: ActorDictionary


@cache
def default_lexicons(actor_file: str | None = None) -> Lexicons:
    """The packaged lexicons, with a user's actor dictionary file if given."""
    return Lexicons(load_reporting(), load_triggers(), load_dictionary(actor_file))


def analyze(article: Article, doc: Doc, lexicons: Lexicons) -> AnalyzedArticle:
    """Extract actors, quotes and events from ``doc``, the parse of ``article.text``."""
    spans = find_quoted_spans(article.text)
    quoted = quoted_token_indices(doc, spans)
    index = build_actor_index(doc, article.published, lexicons.actors, quoted)
    quotes = extract_quotes(doc, index, spans, lexicons.reporting)
    events = extract_events(doc, index, quotes, lexicons.triggers, article.published)
    return AnalyzedArticle(
        article=article,
        actors=index.actors(),
        quotes=tuple(quotes),
        events=tuple(events),
    )
