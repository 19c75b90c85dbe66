"""What an event's sentence says around it: background clauses and nouns that state no
event of their own, the phrase that names each participant, peoples named by their
origin, mutual agreements, and codes that common objects make specific. Each sentence
is written for its rule."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.models import AnalyzedArticle, Event, EventActor

Analyser = Callable[..., AnalyzedArticle]
MONDAY = date(2018, 10, 8)


def _phrase(result: AnalyzedArticle, actor: EventActor | None) -> str | None:
    if actor is None or actor.start is None or actor.end is None:
        return None
    return result.article.text[actor.start : actor.end]


def _verbs(result: AnalyzedArticle) -> list[str]:
    return [e.verb for e in result.events]


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        # A restrictive relative clause or participle says which thing a noun means.
        ("Israeli troops attacked guerrillas who praised the bombing.", ["attack"]),
        ("The farmers demanded the return of land seized by the army.", ["demand"]),
        ("Kenya condemned a video released by the Somali government.", ["condemn"]),
        ("The man who calls himself a general met Kenyan officials.", []),
        # ... unless it states a past act of conflict by the actor it hangs on: that is
        # the actor's act, as a clause of its own would state it; one in the present
        # says what kind of actor is meant.
        ("Kenyan police arrested three rebels who attacked a border post.",
         ["arrest", "attack"]),
        ("Kenyan police arrested rebels who attack army convoys.", ["arrest"]),
        # ... or a participle naming a state as the doer of an act of conflict.
        ("The cleric accused by the Kenyan government of planning the bombing fled.",
         ["accuse"]),
        # An act of conflict a noun of deciding holds is what its owner decided; other
        # decided acts and other nouns stay background.
        ("Kenya regrets the Ghanaian decision to impose a curfew.", ["curfew"]),
        ("Kenya regrets the Ghanaian plan to impose a curfew.", []),
        ("The Ghanaian government made a decision to grant the request.", []),
        # A preposition the parser took for a verb sets an act with its doer in time.
        ("The minister will face trial on nine charges following investigations by the "
         "Kenyan police.", ["investigation"]),
        # Set off by a comma, it adds news of its own.
        ("Israeli troops attacked guerrillas, who overran the village in May.",
         ["attack", "overrun"]),
        # In an apposition, it tells news about the name the apposition describes.
        ("Kenyan police arrested Omar Ali, a cleric who praised the Somali rebels.",
         ["arrest", "praise"]),
        # A participle on a document gives its content.
        ("The rebels issued a statement demanding talks with Israel.", ["demand"]),
        # A noun inside another noun's phrase is background; a measure only counts it.
        ("Students held rallies against the arrest of their leader.", ["rally"]),
        ("Japan gave Kenya 5 million dollars of aid.", ["aid"]),
        # A passive participle framing a clause says what was done to its subject, by
        # no one it names: the one asked asks nothing.
        ("Asked about the raid, the Egyptian minister said nothing.", []),
        # An act that sets another in time is an act of its own, by its own actors.
        ("Jordan closed its border following an attack by Syrian rebels.",
         ["close", "attack"]),
        # The acts a light verb's object holds are its event.
        ("Students staged a day of protests against the Egyptian government.", ["protest"]),
        # "according to" names where words come from.
        ("Israel shelled Gaza, according to a press release by Hamas.", ["shell"]),
        # An act a defining clause aims at is as much background as the clause.
        ("Chad arrested rebels who planned to bomb the airport.", ["arrest"]),
        # What the people of a defining clause said is a claim of its own.
        ("Chad arrested rebels who said that the army had bombed their village.",
         ["arrest", "bomb"]),
        # A comma sets the clause off even with a second space after it.
        ("Chad praised Kenya,  which sent troops to Somalia.", ["praise", "send"]),
        # The condition of a threat is part of the threat, not an act of its own.
        ("Egypt threatened to close the border unless Hamas released the soldiers.",
         ["threaten"]),
        # An act inside a clause whose own trigger has no source belongs to the act
        # above it that has one.
        ("Kenyan and Ugandan ministers agreed that both states should cooperate to "
         "encourage displaced families to go back.", ["agree", "agree"]),
        # What a clause completing a refusal is about is part of the refusal.
        ("Hamas refused to reply to an ultimatum from Egypt.", ["refuse"]),
        # A light verb gives way to the trigger compounded on its object.
        ("Qatar undertook a mediation mission between Chad and Sudan.",
         ["mediation", "mediation"]),
        # So is a condition stated by a light verb and its object.
        ("Egypt will close the border unless Hamas arranges a ceasefire with Israel.",
         ["close"]),
        # What a conjoined object of a light verb did is that event's outcome.
        ("Turkish troops launched artillery and rocket fire against Kurdish rebels, killing "
         "and wounding dozens.", ["fire"]),
    ],
)  # fmt: skip
def test_background_clauses_and_nouns_state_no_event(
    analyse_text: Analyser, text: str, verbs: list[str]
) -> None:
    assert _verbs(analyse_text(text, MONDAY)) == verbs


def test_a_relative_clause_states_its_antecedents_act(analyse_text: Analyser) -> None:
    text = "Kenyan police arrested three rebels who attacked a border post."
    attack = next(e for e in analyse_text(text, MONDAY).events if e.verb == "attack")
    assert attack.plover == "ASSAULT" and attack.source.name == "three rebels"


def test_an_attack_a_relative_clause_hangs_on_stands_for_its_doers(
    analyse_text: Analyser,
) -> None:
    text = "Egypt condemned the bombing that killed twelve Egyptian soldiers."
    killed = next(e for e in analyse_text(text, MONDAY).events if e.verb == "kill")
    assert (killed.source.name, killed.target and killed.target.code) == (
        "the bombing",
        "EGYMIL",
    )


def test_a_passive_participle_names_its_doer_and_whom_it_is_done_to(
    analyse_text: Analyser,
) -> None:
    text = "The cleric accused by the Kenyan government of planning the bombing fled."
    event = _only(analyse_text(text, MONDAY))
    assert (event.plover, event.source.code) == ("ACCUSE", "KENGOV")
    assert event.target is not None and event.target.name == "The cleric"


def test_a_passive_clause_with_another_doer_is_its_own_act(analyse_text: Analyser) -> None:
    text = "Two rebels shot a Chadian policeman before being killed by soldiers."
    acts = {(e.verb, e.source.name, e.target.name if e.target else None)
            for e in analyse_text(text, MONDAY).events}  # fmt: skip
    assert acts == {("shoot", "rebels", "a Chadian policeman"), ("kill", "soldiers", "rebels")}


def test_a_decided_act_is_done_by_whoever_decided_it(analyse_text: Analyser) -> None:
    text = "The Ghanaian cabinet took a decision to impose a curfew."
    acts = [(e.verb, e.source.name, e.source.code) for e in analyse_text(text, MONDAY).events]
    assert acts == [("curfew", "Ghanaian cabinet", "GHAGOV")]


def test_an_existential_states_its_clause(analyse_text: Analyser) -> None:
    result = analyse_text("Iran said there is no way it will withdraw from Syria.", MONDAY)
    assert "withdraw" in _verbs(result)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # Titles and appositions are part of the phrase that names a participant.
        (
            "A Russian official met U.S. envoy Mark Halvorsen.",
            "A Russian official",
            "U.S. envoy Mark Halvorsen",
        ),
        (
            "Ines Varga, the United Nations aid chief, criticized Iraq.",
            "Ines Varga, the United Nations aid chief",
            "Iraq",
        ),
        # When is no part of who.
        ("Rebels in Chad on Tuesday attacked the army.", "Rebels in Chad", "the army"),
    ],
)
def test_a_participant_carries_the_phrase_that_names_it(
    analyse_text: Analyser, text: str, source: str, target: str
) -> None:
    result = analyse_text(text, MONDAY)
    event = result.events[0]
    assert _phrase(result, event.source) == source
    assert _phrase(result, event.target) == target


def test_a_people_named_by_origin_lives_where_the_sentence_says(
    analyse_text: Analyser,
) -> None:
    text = "Ethnic Albanians attacked police stations near Macedonia's border, officials said."
    event = analyse_text(text, MONDAY).events[0]
    assert event.source.code is not None and event.source.code.startswith("MKD")


def test_conjoined_parties_agree_with_each_other(analyse_text: Analyser) -> None:
    text = "Polish and Czech ministers agreed that their countries should share the pipeline."
    agreed = [e for e in analyse_text(text, MONDAY).events if e.verb == "agree"]
    pairs = {(e.source.code, e.target.code if e.target else None) for e in agreed}
    assert pairs == {("POLGOV", "CZEGOV"), ("CZEGOV", "POLGOV")}


def _only(result: AnalyzedArticle) -> Event:
    assert len(result.events) == 1, [(e.verb, e.cameo) for e in result.events]
    return result.events[0]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The United Nations cut food aid to the refugee camp.", "162"),
        ("Britain reduced its ties with Iran.", "161"),
        # Meeting demands yields to them; refusing to is declining to yield.
        ("Israel met the demands of the strikers.", "080"),
        ("Spain said it would never meet the hijackers' demands.", "124"),
    ],
)
def test_common_objects_make_the_code_specific(
    analyse_text: Analyser, text: str, cameo: str
) -> None:
    assert _only(analyse_text(text, MONDAY)).cameo == cameo


def test_reducing_is_an_event_only_for_aid_and_relations(analyse_text: Analyser) -> None:
    assert _verbs(analyse_text("Germany reduced its budget deficit.", MONDAY)) == []


def test_an_act_folds_only_into_a_governor_that_is_an_event(analyse_text: Analyser) -> None:
    # "conclude" is an event only with an agreement as its object: what it reports stands.
    text = "The Iranian inquiry concluded that Israeli jets had bombed the convoy."
    assert "bomb" in _verbs(analyse_text(text, MONDAY))
    # "threw" is an event only with stones; its support is an event of its own.
    assert _verbs(analyse_text("Kenya threw its support behind Uganda.", MONDAY)) == ["support"]


def test_a_word_modifying_an_event_noun_is_no_event_of_its_own(analyse_text: Analyser) -> None:
    text = "The Ghanaian foreign minister made an emergency visit to Togo on Sunday."
    events = analyse_text(text, MONDAY).events
    assert [(e.verb, e.plover) for e in events] == [("visit", "CONSULT")]
