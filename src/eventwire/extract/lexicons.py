"""The data every extractor reads, loaded once per process and passed in (so tests
can hand in their own)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from eventwire.extract.actor_dictionary import ActorDictionary, load_dictionary
from eventwire.extract.contests import SportsLexicon, load_sports
from eventwire.extract.event_rules import EventRules, load_event_rules
from eventwire.extract.lexicon import TriggerLexicon, load_triggers
from eventwire.extract.modality import ModalityLexicon, load_modality
from eventwire.extract.reporting import ReportingLexicon, load_reporting


@dataclass(frozen=True, slots=True)
class Lexicons:
    """Reporting cues, event triggers and coding rules, modality words, the actor
    dictionary and the words of sports reports."""

    reporting: ReportingLexicon
    triggers: TriggerLexicon
    modality: ModalityLexicon
    actors: ActorDictionary
    rules: EventRules
    sports: SportsLexicon


@cache
def default_lexicons(actor_file: str | None = None) -> Lexicons:
    """The packaged lexicons, with a user's actor dictionary file if given."""
    return Lexicons(
        load_reporting(),
        load_triggers(),
        load_modality(),
        load_dictionary(actor_file),
        load_event_rules(),
        load_sports(),
    )
