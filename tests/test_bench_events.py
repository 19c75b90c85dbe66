"""The event benchmark's scoring (bench/eval_events.py) on records written here."""

from __future__ import annotations

import zlib

from bench.eval_events import Found, Tally, score_sentence
from bench.plover_gold import ActorTexts, GoldActor, GoldRecord, by_sentence
from eventwire.models import Event, EventActor

SENTENCE = "The court indicted the mayor, who will resign."
COURT = GoldActor("court", "XYZ", "JUD")
MAYOR = GoldActor("the mayor", "XYZ", "GOV")


def _record(
    id_: str, plover: str, sources: tuple[GoldActor, ...], targets: tuple[GoldActor, ...] = ()
) -> GoldRecord:
    return GoldRecord(
        id=id_,
        text=SENTENCE,
        published=None,
        plover=plover,
        mode=None,
        sources=sources,
        targets=targets,
        mutual=False,
    )


def _event(plover: str, source: str, target: str | None) -> Event:
    return Event(
        cameo="000",
        plover=plover,
        mode=None,
        verb="x",
        text="x",
        start=0,
        end=1,
        sentence=SENTENCE,
        source=EventActor(name=source, code="XYZGOV"),
        target=EventActor(name=target, code="XYZGOV") if target else None,
    )


def test_records_of_one_sentence_are_grouped_in_file_order() -> None:
    first = _record("R-1", "ACCUSE", (COURT,), (MAYOR,))
    other = GoldRecord(**{**_fields(first), "id": "R-2", "text": "Another sentence."})
    second = _record("R-3", "RETREAT", (MAYOR,))
    sentences = by_sentence([first, other, second])
    assert [[r.id for r in s.records] for s in sentences] == [["R-1", "R-3"], ["R-2"]]
    assert sentences[0].actors() == [COURT, MAYOR]


def test_a_sentence_with_two_records_counts_its_events_once() -> None:
    sentence = by_sentence(
        [_record("R-1", "ACCUSE", (COURT,), (MAYOR,)), _record("R-2", "RETREAT", (MAYOR,))]
    )[0]
    events = [_event("ACCUSE", "court", "mayor"), _event("RETREAT", "mayor", None)]
    tally = Tally()
    given = score_sentence(sentence, Found(events, ActorTexts({}, SENTENCE), []), tally)
    assert (tally.gold, tally.predicted, tally.correct, tally.unmatched) == (2, 2, 2, 0)
    assert given == [("ACCUSE", "ACCUSE"), ("RETREAT", "RETREAT")]


def test_an_event_of_another_type_on_a_gold_dyad_is_a_miss_but_not_unmatched() -> None:
    sentence = by_sentence([_record("R-1", "ACCUSE", (COURT,), (MAYOR,))])[0]
    events = [_event("COERCE", "court", "mayor"), _event("AGREE", "mayor", None)]
    tally = Tally()
    given = score_sentence(sentence, Found(events, ActorTexts({}, SENTENCE), []), tally)
    assert (tally.gold, tally.predicted, tally.correct, tally.unmatched) == (1, 2, 0, 1)
    assert tally.misses == {"dyad found, another type": 1}
    assert given == [("ACCUSE", "COERCE")]


def test_a_sentence_is_in_the_first_part_any_of_its_records_is_in() -> None:
    ids = [f"R-{k}" for k in range(60)]
    parts = ("A", "B1", "B2")
    by_part = {p: [i for i in ids if _record(i, "AGREE", (COURT,)).half == p] for p in parts}
    assert all(by_part.values())
    for seen, unseen in (("A", "B1"), ("A", "B2"), ("B1", "B2")):
        mixed = by_sentence(
            [
                _record(by_part[unseen][0], "AGREE", (COURT,)),
                _record(by_part[seen][0], "AGREE", (MAYOR,)),
            ]
        )[0]
        assert mixed.half == seen
    held_out = by_sentence([_record(i, "AGREE", (COURT,)) for i in by_part["B2"][:2]])[0]
    assert held_out.half == "B2"


def test_half_a_is_the_same_records_as_before_half_b_was_split() -> None:
    ids = [f"R-{k}" for k in range(60)]
    for id_ in ids:
        even = zlib.crc32(id_.encode()) % 2 == 0
        assert (_record(id_, "AGREE", (COURT,)).half == "A") == even


def _fields(record: GoldRecord) -> dict[str, object]:
    return {name: getattr(record, name) for name in GoldRecord.__slots__}
