"""eventwire: who said what, and who did what to whom, from raw news.

The library in one import::

    from eventwire import analyze_inputs, default_lexicons, load_settings, to_contract

    settings = load_settings()
    for item in analyze_inputs(["news/"], settings, default_lexicons()):
        ...  # an AnalyzedArticle, or a Reject saying why an input was skipped
"""

from eventwire.config import Settings, load_settings
from eventwire.contract import to_contract, to_json_line
from eventwire.errors import ConfigError, EventwireError, InputError, StoreError
from eventwire.extract.analyze import Lexicons, analyze, default_lexicons
from eventwire.models import (
    Actor,
    AnalyzedArticle,
    Article,
    Event,
    EventActor,
    Place,
    Quote,
    RawArticle,
    Reject,
    Removal,
    Speaker,
)
from eventwire.run import RunCounts, analyze_inputs
from eventwire.store import Store

__all__ = [
    "Actor",
    "AnalyzedArticle",
    "Article",
    "ConfigError",
    "Event",
    "EventActor",
    "EventwireError",
    "InputError",
    "Lexicons",
    "Place",
    "Quote",
    "RawArticle",
    "Reject",
    "Removal",
    "RunCounts",
    "Settings",
    "Speaker",
    "Store",
    "StoreError",
    "analyze",
    "analyze_inputs",
    "default_lexicons",
    "load_settings",
    "to_contract",
    "to_json_line",
]
