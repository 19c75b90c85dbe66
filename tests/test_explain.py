"""The explanation: parse, actors, triggers considered and events, hand-built and real."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from rich.console import Console

from eventwire.config import load_settings
from eventwire.errors import InputError
from eventwire.explain import (
    ORIGIN,
    Explanation,
    TokenRow,
    explain_text,
    render_explanation,
)
from eventwire.extract.analyze import default_lexicons
from eventwire.extract.event_scope import Decision
from eventwire.models import Actor, AnalyzedArticle, Article, Event, EventActor, Place

TEXT = "Pompeo met Kim in Pyongyang on Sunday.\nHe will travel to Beijing."
SENTENCE = "Pompeo met Kim Jong Un in Pyongyang on Sunday."


def _tokens() -> tuple[TokenRow, ...]:
    words = [
        ("Pompeo", "Pompeo", "PROPN", "nsubj", 1, "PERSON"),
        ("met", "meet", "VERB", "ROOT", 1, ""),
        ("Kim", "Kim", "PROPN", "dobj", 1, "PERSON"),
        ("\n", "\n", "SPACE", "dep", 1, ""),
    ]
    return tuple(
        TokenRow(i, text, lemma, pos, dep, head, entity, sentence_end=i == 3)
        for i, (text, lemma, pos, dep, head, entity) in enumerate(words)
    )


def _result(events: tuple[Event, ...]) -> AnalyzedArticle:
    article = Article(id="a1", text=TEXT, origin="talks.txt", published=date(2018, 10, 8))
    actors = (
        Actor("a1", "Mike Pompeo", "person", "USAGOV", mentions=((0, 6), (39, 41))),
        Actor("a2", "Kim Jong Un", "person", "PRKGOV", mentions=((11, 14),)),
    )
    return AnalyzedArticle(article, actors, (), events)


MET = Event(
    "040",
    "CONSULT",
    None,
    "meet",
    "met",
    7,
    10,
    "Pompeo met Kim in Pyongyang on Sunday.",
    EventActor("Mike Pompeo", "a1", "USAGOV"),
    EventActor("Kim Jong Un", "a2", "PRKGOV"),
    date=date(2018, 10, 7),
    date_text="Sunday",
    location=Place("Pyongyang", "PRK"),
    quote=2,
    trigger="meet VERB with -> 040",
)
TRAVEL = Event(
    "036",
    "AGREE",
    None,
    "travel",
    "travel",
    47,
    53,
    "He will travel to Beijing.",
    EventActor("Mike Pompeo", "a1", "USAGOV"),
    negated=True,
    modality="intended",
    trigger="travel VERB to -> 042",
    rule="intent: 042 -> 036",
)
DECISIONS = (
    Decision(7, "met", "meet VERB with -> 040", "coded", "040 CONSULT: Mike Pompeo -> Kim"),
    Decision(47, "travel", "travel VERB to -> 042", "coded", "intent: 042 -> 036"),
    Decision(60, "summit", "summit NOUN -> 040", "discarded", "no actor as its source"),
)


def _render(explanation: Explanation) -> str:
    console = Console(record=True, width=200, color_system=None)
    render_explanation(explanation, console)
    return console.export_text()


def _row(out: str, *cells: str) -> bool:
    """Whether one table line holds ``cells`` in order, each in its own cell."""
    return any(
        [c.strip() for c in line.split("│")[1:-1]][: len(cells)] == list(cells)
        for line in out.splitlines()
    )


def test_every_section_is_shown() -> None:
    out = _render(Explanation(_result((MET, TRAVEL)), _tokens(), DECISIONS))
    assert "Explaining talks.txt · id a1 · published 2018-10-08" in out
    for title in ["Parse (4)", "Actors (2)", "Triggers considered (3)", "Events (2)"]:
        assert title in out, title
    assert _row(out, "1", "met", "meet", "VERB", "ROOT", "1", "–")
    assert _row(out, "2", "Kim", "Kim", "PROPN", "dobj", "1", "PERSON")
    assert _row(out, "3", "\\n", "\\n", "SPACE")  # a paragraph break, not a blank row
    assert _row(out, "a1", "Mike Pompeo", "person", "USAGOV", "“Pompeo” 0-6; “He” 39-41")
    assert _row(out, "60", "summit", "summit NOUN -> 040", "discarded", "no actor as its source")
    assert _row(out, "7", "met", "meet VERB with -> 040", "coded")


def test_events_show_entry_rule_parties_and_flags() -> None:
    out = _render(Explanation(_result((MET, TRAVEL)), _tokens(), DECISIONS))
    assert _row(
        out,
        "0",
        "040",
        "meet VERB with -> 040",
        "Mike Pompeo USAGOV",
        "asserted",
        "no",
        "2018-10-07",
        "Pyongyang PRK",
        "2",
    )
    assert _row(out, "", "CONSULT", "", "→ Kim Jong Un PRKGOV", "", "", "(Sunday)")
    assert _row(out, "1", "036", "travel VERB to -> 042", "Mike Pompeo USAGOV", "intended", "yes")
    assert _row(out, "", "AGREE", "rule intent: 042 -> 036", "→ –")


def test_an_event_without_a_recorded_entry_shows_its_verb() -> None:
    bare = Event("040", "CONSULT", None, "meet", "met", 7, 10, "s", EventActor("Mike Pompeo"))
    out = _render(Explanation(_result((bare,)), (), ()))
    assert _row(out, "0", "040", "“meet”", "Mike Pompeo", "asserted", "no", "–", "–", "–")


def test_empty_sections_say_none() -> None:
    out = _render(Explanation(_result(()), (), ()))
    for title in ["Parse", "Triggers considered", "Events"]:
        assert f"{title}: none" in out, title
    assert "Actors (2)" in out


@pytest.fixture(scope="module")
def real() -> Explanation:
    return explain_text(SENTENCE, load_settings(), default_lexicons(), published=date(2018, 10, 8))


def test_real_run_records_the_parse_and_the_coders_decisions(real: Explanation) -> None:
    assert real.result.article.origin == ORIGIN
    assert real.result.article.published == date(2018, 10, 8)
    assert [t.text for t in real.tokens][:2] == ["Pompeo", "met"]
    met = real.tokens[1]
    assert (met.lemma, met.pos, met.dep, met.head) == ("meet", "VERB", "ROOT", 1)
    assert real.tokens[-1].sentence_end
    assert all(isinstance(d, Decision) for d in real.decisions)
    assert all(d.outcome in {"coded", "discarded"} for d in real.decisions)
    assert "Kim Jong Un" in {a.name for a in real.result.actors}


def test_tracing_does_not_change_the_analysis(
    real: Explanation, analyse_text: Callable[..., AnalyzedArticle]
) -> None:
    plain = analyse_text(SENTENCE, date(2018, 10, 8))
    assert real.result.events == plain.events
    assert real.result.actors == plain.actors


def test_real_run_renders(real: Explanation) -> None:
    out = _render(real)
    assert _row(out, "1", "met", "meet", "VERB", "ROOT", "1")
    assert "Kim Jong Un" in out and "Triggers considered" in out and "Events" in out


def test_text_with_nothing_left_after_cleaning_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        explain_text("Share this article", load_settings(), default_lexicons())
    assert caught.value.code == "E002"
    assert ORIGIN in str(caught.value)
