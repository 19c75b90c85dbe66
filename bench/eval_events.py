"""Score eventwire's events on the PLOVER gold standard records.

Usage: ``python -m bench.eval_events [GOLD_JSON] [--split dev|opened|heldout|all] [--errors]``

Every gold sentence is analysed on its own, with the record's date as the
publication date; a sentence coded in two records (two events) is scored once, against
both (:class:`bench.plover_gold.GoldSentence`). Prints recall, precision and F1 of
(source, target, PLOVER type) over gold dyads (see :mod:`bench.plover_gold`), the type
accuracy where the dyad was found, actor country and sector accuracy, a confusion table
of types, and the sentences where eventwire found no event. The sentences fall in fixed
parts by record id (:attr:`bench.plover_gold.GoldSentence.half`): rules are developed on
*dev* (half A; ``--split dev --errors`` lists its misses) and on *opened* (B1, the half of
half B opened after half A alone had been developed on for many rounds), and checked on
*heldout* (B2), whose sentences and misses are never read while writing rules.
``--split`` limits the report (figures, confusion table, sentences with no event,
misses) to one of them.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bench.plover_gold import (
    ActorTexts,
    GoldActor,
    GoldRecord,
    GoldSentence,
    actor_text,
    by_sentence,
    dyad_matches,
    load_gold,
    shares_word,
    words,
)
from bench.scores import Scores
from eventwire.clean import article_id
from eventwire.config import load_settings
from eventwire.extract.analyze import Decision, analyze, default_lexicons
from eventwire.models import AnalyzedArticle, Article, Event, EventActor
from eventwire.nlp import load_pipeline

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "gold" / "plover_gsr_cameo.json"
TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
    "COERCE", "ASSAULT",
)  # fmt: skip
NONE = "-"
# The fixed parts of the records by name: rules are written looking at "dev" and
# "opened" only.
SPLITS = {"dev": "A", "opened": "B1", "heldout": "B2"}
READABLE = frozenset({"dev", "opened"})
# International bodies carry an organisation block where states carry a sector
# (IGOUNO, not IGOGOV), so sectors are compared for states' actors only.
INTERNATIONAL = frozenset({"IGO", "NGO", "IMG"})


@dataclass(slots=True)
class Tally(Scores):
    """Counts behind the figures of one group of records."""

    gold: int = 0
    predicted: int = 0
    correct: int = 0
    dyads_found: int = 0
    unmatched: int = 0  # events whose dyad is no gold dyad of their sentence
    misses: Counter[str] = field(default_factory=Counter)
    silences: Counter[str] = field(default_factory=Counter)  # no-event sentences, by why
    types_right: int = 0
    countries: int = 0
    countries_right: int = 0
    sectors: int = 0
    sectors_right: int = 0
    actors: int = 0
    no_event: list[GoldSentence] = field(default_factory=list)

    @property
    def recall(self) -> float:
        """Gold dyads matched by an event of the right type."""
        return self.correct / self.gold if self.gold else 0.0

    @property
    def type_accuracy(self) -> float:
        """Gold dyads given the gold type, among those whose dyad was found."""
        return self.types_right / self.dyads_found if self.dyads_found else 0.0

    @property
    def country_accuracy(self) -> float:
        """Gold actors coded with the gold country, among those matched."""
        return self.countries_right / self.countries if self.countries else 0.0

    @property
    def sector_accuracy(self) -> float:
        """States' gold actors with a sector coded with that sector, among those matched."""
        return self.sectors_right / self.sectors if self.sectors else 0.0


@dataclass(frozen=True, slots=True)
class Found:
    """What eventwire found in one gold sentence: its events and its actors' words."""

    events: list[Event]
    texts: ActorTexts
    decisions: list[Decision]


def _best_actor(found: Found, gold: GoldActor) -> EventActor | None:
    """The event participant that shares the most words with a gold actor."""
    want = words(gold.text)
    best, overlap = None, 0
    for event in found.events:
        for actor in (event.source, event.target):
            if actor is None:
                continue
            if (n := len(words(actor_text(actor, found.texts)) & want)) > overlap:
                best, overlap = actor, n
    return best


def miss_kind(
    dyad: tuple[GoldActor, GoldActor | None], events: list[Event], texts: ActorTexts
) -> str:
    """Why no event matched a gold dyad, as the first thing that went wrong: no event in
    the sentence, no event with the gold source, a target where the gold has none, no
    target or another target, or the dyad found with another type."""
    source, target = dyad
    if not events:
        return "no event in the sentence"
    with_source = [e for e in events if shares_word(e.source, source, texts)]
    if not with_source:
        return "source not found"
    if target is None:
        return "target where the gold has none"
    if not any(shares_word(e.target, target, texts) for e in with_source):
        if all(e.target is None for e in with_source):
            return "no target"
        return "another target"
    return "dyad found, another type"


def silence(decisions: list[Decision]) -> str:
    """Why a sentence has no event, without its words: "no trigger", or the rules that
    discarded its triggers ("restricts 'bill': background" -> "restricts")."""
    if not decisions:
        return "no trigger"
    return " + ".join(sorted({re.split(r" ?'", d.reason, maxsplit=1)[0] for d in decisions}))


def score_sentence(sentence: GoldSentence, found: Found, tally: Tally) -> list[tuple[str, str]]:
    """Add one gold sentence (all its records) to ``tally``; return, for each record,
    its gold PLOVER type and the type eventwire gave it."""
    events, texts = found.events, found.texts
    units = [(record, dyad) for record in sentence.records for dyad in record.dyads()]
    tally.gold += len(units)
    tally.predicted += len(events)
    tally.unmatched += sum(not any(dyad_matches(e, d, texts) for _, d in units) for e in events)
    unused = list(events)
    for record, dyad in units:
        same_dyad = [e for e in events if dyad_matches(e, dyad, texts)]
        if same_dyad:
            tally.dyads_found += 1
            tally.types_right += any(e.plover == record.plover for e in same_dyad)
        hit = next(
            (e for e in unused if dyad_matches(e, dyad, texts) and e.plover == record.plover),
            None,
        )
        if hit is not None:
            tally.correct += 1
            unused.remove(hit)
        else:
            tally.misses[miss_kind(dyad, events, texts)] += 1
    for gold in sentence.actors():
        tally.actors += 1
        actor = _best_actor(found, gold)
        if actor is None:
            continue
        block = (actor.code or "")[:3] or None
        tally.countries += 1
        tally.countries_right += block == gold.country
        if gold.sector is not None and gold.country not in INTERNATIONAL:
            tally.sectors += 1
            tally.sectors_right += (actor.code or "")[3:6] == gold.sector
    if not events:
        tally.no_event.append(sentence)
        tally.silences[silence(found.decisions)] += 1
    return [(record.plover, _type_given(record, events, texts)) for record in sentence.records]


def _type_given(record: GoldRecord, events: list[Event], texts: ActorTexts) -> str:
    """The PLOVER type eventwire gave a record's event: the gold type if an event of the
    record's dyads (or, failing those, any event) has it, else the most common type."""
    dyads = record.dyads()
    matched = [e for e in events if any(dyad_matches(e, d, texts) for d in dyads)]
    chosen = matched or events
    if any(e.plover == record.plover for e in chosen):
        return record.plover
    return Counter(e.plover for e in chosen).most_common(1)[0][0] if chosen else NONE


def _actor_texts(result: AnalyzedArticle) -> ActorTexts:
    text = result.article.text
    by_actor = {
        a.id: " ".join([a.name, *(text[start:end] for start, end in a.mentions)])
        for a in result.actors
    }
    return ActorTexts(by_actor, text)


def analyse(sentences: list[GoldSentence]) -> tuple[list[Found], float, float]:
    """What was found in each sentence, the parse seconds and the extraction seconds."""
    nlp = load_pipeline(load_settings().model)
    lexicons = default_lexicons()
    started = time.perf_counter()
    docs = list(nlp.pipe(s.text for s in sentences))
    parse_seconds = time.perf_counter() - started
    started = time.perf_counter()
    found = []
    for sentence, doc in zip(sentences, docs, strict=True):
        trace: list[Decision] = []
        result = analyze(_article(sentence.records[0]), doc, lexicons, trace)
        found.append(Found(list(result.events), _actor_texts(result), trace))
    return found, parse_seconds, time.perf_counter() - started


def _article(record: GoldRecord) -> Article:
    return Article(
        id=article_id(record.text, None),
        text=record.text,
        origin=record.id,
        published=record.published,
    )


def _figures(label: str, tally: Tally) -> Iterator[str]:
    type_accuracy, country = tally.type_accuracy, tally.country_accuracy
    sector = tally.sector_accuracy
    yield (
        f"{label:<7} dyads {tally.gold:4d}  recall {tally.recall:.3f}  "
        f"precision {tally.precision:.3f}  F1 {tally.f1:.3f}  "
        f"type accuracy {type_accuracy:.3f} (dyad found {tally.dyads_found})"
    )
    yield (
        f"{'':<7} actors {tally.actors:4d}  found {tally.countries}  "
        f"country accuracy {country:.3f}  sector accuracy {sector:.3f} (of {tally.sectors})"
    )


def _confusion(pairs: list[tuple[str, str]]) -> Iterator[str]:
    columns = [t for t in (*TYPES, NONE) if any(p == t for _, p in pairs)]
    yield "gold \\ eventwire " + " ".join(f"{c[:4]:>4}" for c in columns)
    counts = Counter(pairs)
    for gold in TYPES:
        row = [counts[(gold, c)] for c in columns]
        if any(row):
            yield f"{gold:<17} " + " ".join(f"{n or '.':>4}" for n in row)


def _in_split(sentence: GoldSentence, split: str) -> bool:
    """Is ``sentence`` in ``split`` ("dev", "opened", "heldout" or "all")?"""
    return split == "all" or SPLITS[split] == sentence.half


def _errors(sentences: list[GoldSentence], found: list[Found], split: str) -> Iterator[str]:
    for sentence, item in zip(sentences, found, strict=True):
        if not _in_split(sentence, split):
            continue
        tally = Tally()
        score_sentence(sentence, item, tally)
        if tally.correct == tally.gold:
            continue
        yield ""
        for record in sentence.records:
            dyads = "; ".join(
                f"{s.text} [{s.country}{s.sector or ''}] -> "
                + (f"{t.text} [{t.country}{t.sector or ''}]" if t else NONE)
                for s, t in record.dyads()
            )
            yield f"{record.id} {record.plover}: {dyads}"
        yield f"  {sentence.text}"
        for e in item.events:
            target = f"{e.target.name} [{e.target.code}]" if e.target else NONE
            yield (
                f"  -> {e.plover} {e.cameo} '{e.verb}' {e.source.name} [{e.source.code}] -> "
                f"{target}{' NEG' if e.negated else ''} {e.modality}"
            )


def evaluate(path: Path, split: str = "all", errors: bool = False) -> dict[str, Tally]:
    """Score every record of ``path``; print the report for ``split`` ("dev", "opened",
    "heldout" or "all", which also shows each part) and return the tallies for all
    records and for each part ("all", "dev", "opened", "heldout")."""
    records = load_gold(path)
    sentences = by_sentence(records)
    found, parse_seconds, extract_seconds = analyse(sentences)
    print(
        f"{path}: {len(records)} records, {len(sentences)} sentences; parse {parse_seconds:.2f} s, "
        f"extraction {extract_seconds:.2f} s"
    )
    tallies = {"all": Tally(), **{name: Tally() for name in SPLITS}}
    pairs = []
    for sentence, item in zip(sentences, found, strict=True):
        half = next(name for name, letter in SPLITS.items() if letter == sentence.half)
        for key in ("all", half):
            given = score_sentence(sentence, item, tallies[key])
        if _in_split(sentence, split):
            pairs.extend(given)
    for label, tally in tallies.items():
        if split in {"all", label}:
            for line in _figures(label, tally):
                print(line)
    print("\nmisses by kind (gold dyads not matched):")
    for label, tally in tallies.items():
        if split in {"all", label}:
            kinds = ", ".join(f"{kind} {n}" for kind, n in tally.misses.most_common())
            print(f"  {label:<7} {kinds}; events with no gold dyad {tally.unmatched}")
    print("\ntypes (rows gold, columns eventwire; '-' = no event):")
    for line in _confusion(pairs):
        print(line)
    no_event = tallies[split].no_event
    # Only the readable parts' sentences are ever printed: the held-out part is read for
    # its figures alone, so its texts never inform a rule.
    print(f"\n{len(no_event)} sentences with no event" + (":" if split in READABLE else ""))
    if split in READABLE:
        for sentence in no_event:
            print(f"  {sentence.records[0].id}: {sentence.text}")
    else:
        print("  (" + ", ".join(f"{k} {len(t.no_event)}" for k, t in tallies.items()) + ")")
    print("sentences with no event, by the rules that discarded their triggers:")
    for label, tally in tallies.items():
        if split in {"all", label}:
            print(f"  {label}")
            for why, n in tally.silences.most_common():
                print(f"    {n:3d}  {why}")
    if errors and split in READABLE:
        for line in _errors(sentences, found, split):
            print(line)
    return tallies


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", type=Path, nargs="?", default=DEFAULT, help="gold JSON file")
    parser.add_argument(
        "--split",
        choices=(*SPLITS, "all"),
        default="all",
        help="report on one part of the records or on all of them (default all)",
    )
    parser.add_argument(
        "--errors", action="store_true", help="list the misses (--split dev or opened only)"
    )
    args = parser.parse_args()
    evaluate(args.gold, args.split, args.errors)


if __name__ == "__main__":
    main()
