"""Pronouns as the doers of events: an "it" that holds the place of a clause or stands
for a thing is no actor, and a "they" for people named together is each of them. Each
sentence is written for its rule."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.config import load_settings
from eventwire.extract.salience import is_expletive
from eventwire.models import AnalyzedArticle
from eventwire.nlp import load_pipeline

Analyser = Callable[..., AnalyzedArticle]
MONDAY = date(2018, 10, 8)


def _events(analyse_text: Analyser, text: str) -> list[tuple[str, str, str | None]]:
    events = analyse_text(text, MONDAY).events
    return [(e.verb, e.source.name, e.target.name if e.target else None) for e in events]


@pytest.mark.parametrize(
    ("text", "expletive"),
    [
        ("It is clear that the rebels attacked the town.", True),
        ("It is hard to say whether the rebels will attack.", True),
        ("It seems that the rebels attacked the town.", True),
        ("It is believed that the rebels attacked the town.", True),
        ("Traders are finding it easier to ship grain.", True),
        # The infinitive hangs on the adjective: the one ready is who talks.
        ("The ministry said it was ready to talk to the rebels.", False),
        ("The ministry said it would attack the rebels.", False),
        ("It is expected to sign the deal tomorrow.", False),
    ],
)
def test_an_it_that_holds_the_place_of_a_clause(text: str, expletive: bool) -> None:
    doc = load_pipeline(load_settings().model)(text)
    it = next(t for t in doc if t.lower_ == "it")
    assert is_expletive(it) is expletive


@pytest.mark.parametrize(
    "text",
    [
        # An "it" that holds the place of a clause is no one.
        "Venezuela hosted the talks on Monday. It is hard to criticize Colombia.",
        # A thing more salient than every actor of the sentence before.
        "Chile signed a trade deal with Peru on Monday. The deal angered the miners. "
        "It also threatens Bolivia.",
        # A thing as the subject of a clause hanging on the pronoun's own: not even the
        # one who reports it does the act.
        "Peru said that while the new tax may anger the miners, it will not threaten Bolivia.",
    ],
)
def test_an_it_for_no_actor_does_nothing(analyse_text: Analyser, text: str) -> None:
    assert [e for e in _events(analyse_text, text) if e[0] in {"criticize", "threaten"}] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A thing in a clause of its own that the pronoun's clause does not govern.
        (
            "Toyota would not say what the money was for, although it has praised the union.",
            ("praise", "Toyota", None),
        ),
        (
            "Russia, despite its support for the coalition, criticized Chile.",
            ("support", "Russia", None),
        ),
    ],
)
def test_an_it_for_an_actor_named_before_a_thing(
    analyse_text: Analyser, text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in _events(analyse_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Tom Brown and Senator Ann Green met on Monday. They criticized Joe Smith.",
        "Tom Brown and Ann Green were furious, and they criticized Joe Smith.",
    ],
)
def test_they_for_people_named_together_is_each_of_them(analyse_text: Analyser, text: str) -> None:
    found = {(verb, source) for verb, source, _ in _events(analyse_text, text)}
    assert {("criticize", "Tom Brown"), ("criticize", "Ann Green")} <= found


def test_they_for_a_group_is_not_the_people_it_names(analyse_text: Analyser) -> None:
    # "They" after a sentence whose subject is one person is no pair of people.
    text = "Tom Brown met Ann Green on Monday. They criticized Joe Smith."
    assert not [e for e in _events(analyse_text, text) if e[0] == "criticize"]


def test_an_it_in_a_small_clause_leaves_the_act_to_who_finds_it_so(
    analyse_text: Analyser,
) -> None:
    text = "Chad said on Monday that it was quiet. Niger will find it hard to attack Mali."
    assert ("attack", "Niger", "Mali") in _events(analyse_text, text)


def test_an_object_pronoun_is_none_of_the_people_they_stands_for(analyse_text: Analyser) -> None:
    text = "Joe Smith spoke first. Tom Brown and Ann Green met on Monday. They criticized him."
    found = {
        (source, target)
        for verb, source, target in _events(analyse_text, text)
        if verb == "criticize"
    }
    assert found == {("Tom Brown", "Joe Smith"), ("Ann Green", "Joe Smith")}


def test_a_possessive_in_the_object_of_several_people_is_none_of_them(
    analyse_text: Analyser,
) -> None:
    text = "Joe Smith won in Ohio. Tom Brown and Ann Green tried to block his nomination."
    found = {
        (source, target) for verb, source, target in _events(analyse_text, text) if verb == "block"
    }
    assert found == {("Tom Brown", "Joe Smith"), ("Ann Green", "Joe Smith")}


def test_a_class_noun_for_an_outlet_is_no_thing_its_owner_stands_apart_from(
    analyse_text: Analyser,
) -> None:
    # "publication" names a news outlet again, so "its" still refers to the outlet.
    text = (
        "The Kenyan Standard attacked the plan on Monday. "
        "The liberal publication has long voiced its opposition to Joe Smith."
    )
    assert ("opposition", "Kenyan Standard", "Joe Smith") in _events(analyse_text, text)


def test_a_clause_of_time_names_no_thing_for_it(analyse_text: Analyser) -> None:
    # Only a concessive clause's subject is what "it" goes on about; after "when" the
    # state named before still acts.
    text = "Kenya hosted the talks. When the vote failed, it accused Uganda of fraud."
    assert ("accuse", "Kenya", "Uganda") in _events(analyse_text, text)
