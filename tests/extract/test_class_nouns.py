"""Class nouns standing alone after "the" ("the organisation", "the group", "the country")
name again an actor the text has just named. Each text is written for its rule."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.errors import ConfigError
from eventwire.extract.salience import parse_class_nouns
from eventwire.models import AnalyzedArticle

Analyser = Callable[..., AnalyzedArticle]
MONDAY = date(2018, 10, 8)


def _sources(result: AnalyzedArticle, verb: str) -> list[str | None]:
    return [e.source.code for e in result.events if e.verb == verb]


def _mentions_of(result: AnalyzedArticle, name: str) -> list[str]:
    actor = next(a for a in result.actors if a.name == name)
    text = result.article.text
    return [text[start:end] for start, end in actor.mentions]


@pytest.mark.parametrize(
    ("text", "verb", "code"),
    [
        # An NGO is "the organisation"; an armed group is "the group"; a state "the country".
        (
            "Oxfam published a study of food prices on Tuesday. The organisation urged the "
            "Kenyan government to cut fuel taxes.",
            "urge",
            "NGOOXF",
        ),
        (
            "Hamas fired rockets from Gaza overnight. The group warned Israel of more attacks.",
            "warn",
            "PSEREB",
        ),
        (
            "Venezuela expelled two diplomats. The country also accused Colombia of spying.",
            "accuse",
            "VEN",
        ),
        # The sort tells two actors apart: a state is never "the group".
        (
            "Israel bombed positions of Hamas on Sunday. The group vowed to retaliate against "
            "Israel.",
            "vow",
            "PSEREB",
        ),
    ],
)
def test_a_class_noun_names_the_last_actor_of_its_sort(
    analyse_text: Analyser, text: str, verb: str, code: str
) -> None:
    assert _sources(analyse_text(text, MONDAY), verb) == [code]


def test_a_possessive_class_noun_refers_back_as_the_owner(analyse_text: Analyser) -> None:
    result = analyse_text("Peru held elections on Sunday. The country's president conceded defeat.")
    assert "The country" in _mentions_of(result, "Peru")


@pytest.mark.parametrize(
    "text",
    [
        # A noun with modifiers of its own describes; it does not refer back.
        "Hamas fired rockets overnight. The militant group warned of more attacks.",
        "Hamas fired rockets overnight. The group of ministers warned of more attacks.",
        # A group the text has just met without a name is what "the group" means.
        "Hamas fired rockets overnight. A group of farmers marched. The group warned of more "
        "attacks.",
        # Two actors fit as well: no choice.
        "Chile and Peru signed a treaty. The country warned of more attacks.",
        # Too far back: three sentences between.
        "Hamas fired rockets overnight. Schools closed. Roads were empty. Shops shut early. "
        "The group warned of more attacks.",
    ],
)
def test_a_class_noun_does_not_guess(analyse_text: Analyser, text: str) -> None:
    result = analyse_text(text, MONDAY)
    assert all(
        m not in {"The group", "The country"}
        for a in result.actors
        for m in _mentions_of(result, a.name)
    )


def test_the_class_noun_list_rejects_an_unknown_sort() -> None:
    with pytest.raises(ConfigError, match="sorts"):
        parse_class_nouns("word\tsorts\tnote\ngroup\tarmed|gang\t\n", "class_nouns.tsv")


def test_the_body_is_no_body_of_officials(analyse_text: Analyser) -> None:
    # In news of violence "the body" is most often a dead person's.
    text = "The EU said a monitor was shot on Sunday. Rebels later seized the body."
    result = analyse_text(text, MONDAY)
    mentions = {result.article.text[s:e] for a in result.actors for s, e in a.mentions}
    assert "EU" in mentions and "the body" not in mentions
