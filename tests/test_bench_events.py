"""The event benchmark's scoring (bench/eval_events.py) on records written here."""

from __future__ import annotations

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


def test_a_sentence_is_in_the_dev_half_if_any_of_its_records_is() -> None:
    ids = [f"R-{k}" for k in range(40)]
    by_half = {h: [i for i in ids if _record(i, "AGREE", (COURT,)).half == h] for h in "AB"}
    assert by_half["A"] and by_half["B"]
    mixed = by_sentence(
        [_record(by_half["B"][0], "AGREE", (COURT,)), _record(by_half["A"][0], "AGREE", (MAYOR,))]
    )[0]
    assert mixed.half == "A"
    unseen = by_sentence([_record(i, "AGREE", (COURT,)) for i in by_half["B"][:2]])[0]
    assert unseen.half == "B"


def _fields(record: GoldRecord) -> dict[str, object]:
    return {name: getattr(record, name) for name in GoldRecord.__slots__}
