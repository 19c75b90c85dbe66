"""The PLOVER gold standard records (``../shared/gold/plover_gsr_cameo.json``) and how an
event is scored against them.

Each record is one sentence coded by hand with one event: its PLOVER type, its source
actors and its target actors (text, code, sector). The file predates PLOVER 0.8, so its
old labels are mapped as its SOURCE.md says (DEMAND -> REQUEST, DISAPPROVE and
INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT), CAMEO's old country codes to ISO 3166
(JAP -> JPN ...) and its sector labels to CAMEO's (JRN -> MED, CIV -> CVL).

A record's event is split into one gold *dyad* per (source actor, target actor) pair.
Actors marked ``SRC/TAR`` ("Jordan and Britain agreed") act on each other, so each is
the target of the others. A system event matches a dyad when its source shares a word
with the gold source text, its target shares a word with the gold target text (or both
have no target) and its PLOVER type is the gold type; a participant's words are its
name, the phrase that names it in the sentence, and for a known actor all its mentions.
"""

from __future__ import annotations

import json
import re
import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from eventwire.models import Event, EventActor

OLD_TYPES = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}
# CAMEO's own country codes where they differ from ISO 3166 alpha-3.
OLD_COUNTRIES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
# The file's sector labels where CAMEO's differ: journalists (JRN) are CAMEO's media
# (MED), civilians (CIV) its CVL.
OLD_SECTORS = {"JRN": "MED", "CIV": "CVL"}
# Words too common to show that two actor texts name the same actor.
STOP_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "from",
        "'s",
        "its",
        "their",
        "his",
        "her",
    ]
)
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class GoldActor:
    """One hand-coded actor: its words in the sentence, country (or IGO...) and sector."""

    text: str
    country: str
    sector: str | None


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One gold sentence and its event."""

    id: str
    text: str
    published: date | None
    plover: str
    mode: str | None
    sources: tuple[GoldActor, ...]
    targets: tuple[GoldActor, ...]
    mutual: bool

    @property
    def half(self) -> str:
        """ "A", "B1" or "B2": a fixed split of the records by id. Half A (every even
        checksum) was developed on from the start; half B was kept unseen until its first
        quarter, B1, was opened too, and B2 is the part still never read."""
        checksum = zlib.crc32(self.id.encode())
        if checksum % 2 == 0:
            return "A"
        return "B1" if checksum % 4 == 1 else "B2"

    def dyads(self) -> list[tuple[GoldActor, GoldActor | None]]:
        """One (source, target) pair per source and target actor."""
        if self.targets:
            return [(s, t) for s in self.sources for t in self.targets]
        if self.mutual and len(self.sources) > 1:
            return [(s, t) for s in self.sources for t in self.sources if s is not t]
        return [(s, None) for s in self.sources]


@dataclass(frozen=True, slots=True)
class GoldSentence:
    """One sentence and every gold record coded on it. The file codes one event per
    record, and a few sentences carry two records for two events ("was indicted by the
    court and will resign"): both are gold for that sentence, so an event that matches
    either record is no false alarm on the other."""

    records: tuple[GoldRecord, ...]

    @property
    def text(self) -> str:
        """The sentence."""
        return self.records[0].text

    @property
    def half(self) -> str:
        """The first of "A", "B1" and "B2" that any of its records is in: a sentence shown
        with the misses of an opened part is no longer unseen."""
        return min(r.half for r in self.records)

    def actors(self) -> list[GoldActor]:
        """Its records' source and target actors, each once."""
        return list(dict.fromkeys(a for r in self.records for a in (*r.sources, *r.targets)))


def by_sentence(records: list[GoldRecord]) -> list[GoldSentence]:
    """The records grouped by their sentence (its text and date), in file order."""
    groups: dict[tuple[str, date | None], list[GoldRecord]] = {}
    for record in records:
        groups.setdefault((record.text.strip(), record.published), []).append(record)
    return [GoldSentence(tuple(group)) for group in groups.values()]


def _actors(value: object) -> tuple[GoldActor, ...]:
    if not isinstance(value, list):
        return ()
    actors = []
    for item in value:
        code = str(item.get("code", "")).strip().upper()
        sector = str(item.get("sector", "")).strip()[:3].upper() or None
        actors.append(
            GoldActor(
                text=item.get("actorText", ""),
                country=OLD_COUNTRIES.get(code, code),
                sector=None if sector in {None, "***"} else OLD_SECTORS.get(sector, sector),
            )
        )
    return tuple(actors)


def load_gold(path: Path) -> list[GoldRecord]:
    """Every coded sentence of the file (its documentation record is skipped)."""
    records = []
    for raw in json.loads(path.read_text("utf-8")):
        if raw.get("event") == "DOCUMENT" or not raw.get("text"):
            continue
        sources = _actors(raw.get("source"))
        if not sources:
            continue
        published = raw.get("date")
        info = raw.get("textInfo")
        markup = info.get("markup", "") if isinstance(info, dict) else ""
        records.append(
            GoldRecord(
                id=raw["id"],
                text=raw["text"],
                published=date.fromisoformat(published) if published else None,
                plover=OLD_TYPES.get(raw["event"], raw["event"]),
                mode=raw.get("mode") or None,
                sources=sources,
                targets=_actors(raw.get("target")),
                mutual="SRC/TAR" in markup,
            )
        )
    return records


def words(text: str) -> frozenset[str]:
    """The content words of an actor text, lowercase, for overlap tests."""
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in STOP_WORDS)


@dataclass(frozen=True, slots=True)
class ActorTexts:
    """The words eventwire gives the participants of one article's events: each known
    actor's name and mentions (by actor id), and the article text, which holds the
    phrase each participant is named by in its sentence (``EventActor.start/end``)."""

    by_actor: dict[str, str]
    text: str = ""


def shares_word(
    actor: EventActor | None, gold: GoldActor | None, texts: ActorTexts | None = None
) -> bool:
    """Do a system actor and a gold actor share a word (or are both absent)? A known
    actor's words are its name and its mentions in the article (``texts``): "PKK" is also
    "the Kurdistan Workers' Party" it was called there."""
    if actor is None or gold is None:
        return actor is None and gold is None
    return bool(words(actor_text(actor, texts)) & words(gold.text))


def actor_text(actor: EventActor, texts: ActorTexts | None) -> str:
    """An event participant's words: its actor's name and mentions when known, and the
    phrase that names it in the sentence ("U.S. negotiator Paul Nitze")."""
    if texts is None:
        return actor.name
    name = texts.by_actor.get(actor.actor, actor.name) if actor.actor else actor.name
    if actor.start is None or actor.end is None:
        return name
    return f"{name} {texts.text[actor.start : actor.end]}"


def dyad_matches(
    event: Event, dyad: tuple[GoldActor, GoldActor | None], texts: ActorTexts | None = None
) -> bool:
    """Does ``event`` have the gold dyad's source and target (type not compared)?"""
    source, target = dyad
    return shares_word(event.source, source, texts) and shares_word(event.target, target, texts)
