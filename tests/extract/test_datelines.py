"""Datelines ("CAIRO (Reuters) — ...") say where a story was filed: no actor comes from
them, and a subject the parser hung on the dateline's place is the apposition after it or
the clause's other subject. Headlines in capitals: a name the NER ran over a verb keeps
only the name. Each sentence is written for its rule."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from eventwire.config import load_settings
from eventwire.extract.actors import name_part
from eventwire.extract.datelines import dateline_tokens
from eventwire.models import AnalyzedArticle
from eventwire.nlp import load_pipeline

Analyser = Callable[..., AnalyzedArticle]
FRIDAY = date(2019, 3, 8)


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_pipeline(load_settings().model)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("BERLIN (Reuters) — The mayor opened a bridge.", ["BERLIN", "(", "Reuters", ")", "—"]),
        ("Lyon (AFP) – The mayor opened a bridge.", ["Lyon", "(", "AFP", ")", "–"]),
        ("Budget set.\n\nSPRINGFIELD, Ill. — The mayor opened a bridge.", ["SPRINGFIELD"]),
        # A name in ordinary capitals before a dash is a subject with an aside.
        ("Lyon — a city of rivers — opened a bridge.", []),
        # A speaker's name in capitals before a colon is a transcript, not a dateline.
        ("SMITH: We will open the bridge.", []),
        # A two-letter acronym before a dash is one side of a pair.
        ("EU - Chile trade deal: Santiago agreed to cut tariffs.", []),
    ],
)
def test_dateline_tokens(nlp, text: str, words: list[str]) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    found = [doc[i].text for i in sorted(dateline_tokens(doc))]
    assert found[: len(words)] == words
    assert bool(found) == bool(words)


def test_dateline_place_is_no_source(analyse_text: Analyser) -> None:
    text = (
        "Minister scolds neighbours.\n\n"
        "OSLO (Reuters) – Norway's foreign minister Kari Dahl on Friday condemned Sweden "
        "for closing the border."
    )
    sources = {e.source.name for e in analyse_text(text, FRIDAY).events}
    assert sources, "the condemnation is still coded"
    assert not any("OSLO" in name or "Reuters" in name for name in sources)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The parser makes the place the subject and the president its apposition.
        (
            "Lima (AFP) – Peruvian President Ana Ruiz on Monday toured the border region "
            "with her ministers, denouncing Chile for closing the crossing.",
            ("Ana Ruiz", "Chile"),
        ),
        # The parser gives the verb two subjects: the place and the minister.
        (
            "CAIRO (AP) — Egyptian Foreign Minister Omar Said and his aides condemned Israel "
            "on Tuesday.",
            ("Omar Said", "Israel"),
        ),
    ],
)
def test_dateline_subject_gives_way_to_the_named_doer(
    analyse_text: Analyser, text: str, expected: tuple[str, str]
) -> None:
    events = analyse_text("Talks fail.\n\n" + text, FRIDAY).events
    pairs = [(e.source.name, e.target.name if e.target else None) for e in events]
    assert expected in pairs
    assert all(source == expected[0] for source, _ in pairs)


def _tagged(words_and_tags: list[tuple[str, str]]) -> Span:
    """A hand-tagged span standing for an entity the NER ran over a headline's verbs."""
    words = [w for w, _ in words_and_tags]
    doc = Doc(Vocab(), words=words, tags=[t for _, t in words_and_tags])
    return doc[0 : len(words)]


@pytest.mark.parametrize(
    ("tagged", "name"),
    [
        # "Governor Tom Hale Vetoes Tax Bill": the name stops at the verb.
        ([("Tom", "NNP"), ("Hale", "NNP"), ("Vetoes", "VBZ")], "Tom Hale"),
        # "Asks Red Cross ...": a leading verb is no part of the name.
        ([("Asks", "VBZ"), ("Red", "NNP"), ("Cross", "NNP")], "Red Cross"),
        # "Hale Says He ...": the name stops at the first verb, pronoun or adverb.
        ([("Hale", "NNP"), ("Says", "VBZ"), ("He", "PRP"), ("Never", "RB")], "Hale"),
        ([("Bank", "NNP"), ("of", "IN"), ("Spain", "NNP")], "Bank of Spain"),
    ],
)
def test_entity_run_over_a_verb_keeps_the_name(tagged: list[tuple[str, str]], name: str) -> None:
    assert name_part(_tagged(tagged)).text == name
