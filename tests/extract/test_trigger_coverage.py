"""Triggers added for recall: verbs and verb-object pairs that name political events in
news ("held a suspect", "took control of a town", "disavowed the remarks"), spaCy's own
lemmas of trigger verbs ("waged" -> "wag"), and the senses of those verbs that are no
event. Each sentence is written for its rule."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.models import AnalyzedArticle

Analyser = Callable[..., AnalyzedArticle]


def _coded(result: AnalyzedArticle) -> list[tuple[str, str]]:
    return [(e.verb, e.cameo) for e in result.events]


@pytest.mark.parametrize(
    ("text", "verb", "cameo"),
    [
        # Holding people is detaining them (173).
        ("Turkish police held the suspect for four days.", "hold", "173"),
        ("Moroccan security forces are holding the journalist in Rabat.", "hold", "173"),
        # Holding someone to account blames them (112).
        ("The Bolivian opposition held the government to account for the floods.", "hold", "112"),
        # Taking control of a place is occupying it (192).
        ("Malian rebels took control of the northern town.", "take", "192"),
        # spaCy lemmatises "waged" as "wag" and "cordoned" as "cordone".
        ("Colombian guerrillas waged war against the army for decades.", "wag", "190"),
        ("Peruvian police cordoned off the square.", "cordone", "191"),
        # ... and "raped" as "rap", a sexual assault only on the people it names.
        ("Burmese soldiers raped women in the border villages.", "rap", "1821"),
        # Disavowing repudiates (120).
        ("The Chilean government disavowed the remarks of its envoy.", "disavow", "120"),
        # British spellings of "-ize" triggers.
        ("Armed youths vandalised the offices of the Fijian embassy.", "vandalise", "1712"),
        ("The Ugandan militia terrorised farmers in the north.", "terrorise", "180"),
        # Legal actions named by the noun a light verb issues (173).
        ("A Belgian court issued an arrest warrant for the Congolese colonel.", "warrant", "173"),
        ("The Brazilian prosecutor issued a subpoena to the mining company.", "subpoena", "173"),
        # "work out" is a light verb with its particle: the accord is the subject's.
        ("Greek and Turkish diplomats worked out an accord on fishing.", "accord", "030"),
    ],
)
def test_added_triggers_are_coded(analyse_text: Analyser, text: str, verb: str, cameo: str) -> None:
    assert (verb, cameo) in _coded(analyse_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Bolivian senator held the lead in the polls.",  # a lead held is no detention
        "The Bolivian government held elections in May.",  # nor are elections
        "Turkish police held the line against the crowd.",  # nor a line
        "The Bolivian president held him in high regard.",  # nor any person held
        "The Malian president took part in the ceremony.",  # only control taken is occupation
        "The Peruvian president took on gun control.",  # a policy is no place
        "The Chilean envoy wagged a finger at reporters.",  # "wag" only with war
        "Egyptian police thwarted a bomb plot in Cairo.",  # stopping an attack rejects nothing
        "The Belgian minister said the delay did not warrant an inquiry.",  # a verb, no warrant
        "The Belgian minister rapped the unions over the strike.",  # "rapped": criticism
    ],
)
def test_added_triggers_need_their_objects(analyse_text: Analyser, text: str) -> None:
    coded = _coded(analyse_text(text))
    assert not [v for v, _ in coded if v in {"hold", "take", "wag", "thwart", "warrant", "rap"}], (
        coded
    )


def test_a_light_verb_that_is_a_trigger_gives_its_condition_to_its_noun(
    analyse_text: Analyser,
) -> None:
    # "hold" is a trigger with a person held; with a strike it is the strike's light verb,
    # and the "unless" clause is the threatened strike's condition, no act of its own.
    text = "Chilean miners threatened to hold a strike unless the company restored their pay."
    coded = _coded(analyse_text(text))
    assert [c for _, c in coded] == ["133"], coded
