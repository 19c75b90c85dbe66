"""Events the coder used to miss or code as another family on real news (recall audit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.models import AnalyzedArticle

Analyser = Callable[..., AnalyzedArticle]
MONDAY = date(2018, 10, 8)


def _events(analyse_text: Analyser, text: str) -> list[tuple[str, str, str | None, str | None]]:
    events = analyse_text(text, MONDAY).events
    return [(e.verb, e.plover, e.source.code, e.target.code if e.target else None) for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Blasting a thing force is used on is an attack; blasting a person is criticism.
        ("Kenyan jets blasted a rebel camp near Kismayo.", ("blast", "ASSAULT", "KEN")),
        ("The Kenyan minister blasted Ugandan envoys.", ("blast", "ACCUSE", "KENGOV", "UGAGOV")),
        # As an attack, it is done to the place it happened in, as attacks are.
        ("Kenyan jets blasted rebel positions in Somalia.", ("blast", "ASSAULT", "KEN", "SOM")),
    ],
)
def test_attack_words_by_what_they_act_on(
    analyse_text: Analyser, text: str, expected: tuple[str | None, ...]
) -> None:
    events = _events(analyse_text, text)
    assert len(events) == 1, events
    assert events[0][: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Conjoined country words sharing the target's noun name one target per country.
        (
            "The Kenyan president met Hungarian and Romanian envoys in Nairobi.",
            [("KENGOV", "HUNGOV"), ("KENGOV", "ROUGOV")],
        ),
        # Words of one country's kinds of people name one target.
        ("The Kenyan president met rural and urban Democrats.", [("KENGOV", "USAPTY")]),
        # Both sides of a "between" phrase do the act to each other, not to the phrase.
        (
            "Talks between Greek and Turkish envoys resumed in Geneva.",
            [("GRCGOV", "TURGOV"), ("TURGOV", "GRCGOV")],
        ),
    ],
)
def test_targets_split_by_country(
    analyse_text: Analyser, text: str, expected: list[tuple[str, str]]
) -> None:
    dyads = [(source, target) for _, _, source, target in _events(analyse_text, text)]
    assert dyads == expected


def test_exchanged_fire_is_the_sides_fire(analyse_text: Analyser) -> None:
    events = _events(analyse_text, "Kenyan and Somali troops exchanged fire near the border.")
    assert [(verb, plover, source) for verb, plover, source, _ in events] == [
        ("fire", "ASSAULT", "KENMIL"),
        ("fire", "ASSAULT", "SOMMIL"),
    ]


def test_raids_across_a_place_are_done_to_it(analyse_text: Analyser) -> None:
    events = _events(analyse_text, "Kenyan troops launched raids across Somalia on Monday.")
    assert [(plover, source, target) for _, plover, source, target in events] == [
        ("COERCE", "KENMIL", "SOM")
    ]
