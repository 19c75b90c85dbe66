"""Event coding rules one at a time: one event per chain of clauses, light verbs,
intentions, threats, refusals and demands, targets inside phrases, and the trace
``explain`` shows. Each sentence is written for its rule."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.config import load_settings
from eventwire.extract.analyze import Decision, analyze, default_lexicons
from eventwire.models import AnalyzedArticle, Article, Event
from eventwire.nlp import load_pipeline

Analyser = Callable[..., AnalyzedArticle]
MONDAY = date(2018, 10, 8)


def _only(result: AnalyzedArticle) -> Event:
    assert len(result.events) == 1, [(e.verb, e.cameo) for e in result.events]
    return result.events[0]


def _codes(event: Event) -> tuple[str, str, str | None, str | None]:
    target = event.target.code if event.target else None
    return event.cameo, event.plover, event.source.code, target


@pytest.mark.parametrize(
    ("text", "cameo", "plover", "source", "target", "rule"),
    [
        # An intended act of cooperation is an intent (03).
        ("Germany will send troops to Mali.", "033", "AGREE", "DEU", "MLI", "intent: 070 -> 033"),
        ("Egypt is ready to host talks with Qatar.", "036", "AGREE", "EGY", "QAT", None),
        # A governing refusal or threat takes its code from the act it governs.
        ("Iran refused to meet Saudi officials.", "125", "REJECT", "IRN", "SAUGOV", None),
        ("Turkey threatened to attack Syria.", "1384", "THREATEN", "TUR", "SYR", None),
        # An intended act of conflict is a threat (13); with a condition, its target is
        # the one the condition names.
        ("Iran vowed to attack Israel.", "1384", "THREATEN", "IRN", "ISR", None),
        ("Russia will cut gas supplies unless Ukraine pays its debts.", None, "THREATEN",
         "RUS", "UKR", None),
        # "said X must": a demand on X, and the act it demands is not an event.
        ("France said Syria must withdraw its troops from Lebanon.", "1056", "REQUEST", "FRA",
         "SYR", "obligation: withdraw -> 1056"),
        # So is the "that" clause of a reminder or message given to X.
        ("Kenya issued a sharp reminder to Uganda that it must pull out its soldiers.",
         "1056", "REQUEST", "KEN", "UGA", "obligation: pull -> 1056"),
        ("The Chilean president sent Peru a message that it must lift the tariffs.",
         None, "REQUEST", "CHLGOV", "PER", None),
    ],
)  # fmt: skip
def test_intentions_threats_refusals_and_demands(
    analyse_text: Analyser,
    text: str,
    cameo: str | None,
    plover: str,
    source: str,
    target: str,
    rule: str | None,
) -> None:
    event = _only(analyse_text(text, MONDAY))
    assert event.plover == plover and (cameo is None or event.cameo == cameo)
    assert (event.source.code, event.target.code if event.target else None) == (source, target)
    assert event.rule is not None and (rule is None or event.rule == rule)


def test_a_refused_act_is_a_rejection_and_not_an_act(analyse_text: Analyser) -> None:
    event = _only(analyse_text("Iran refused to meet Saudi officials.", MONDAY))
    assert event.verb == "refuse" and event.trigger == "refuse VERB -> 120"


def test_a_light_verb_gives_way_to_its_object(analyse_text: Analyser) -> None:
    event = _only(analyse_text("Israel imposed sanctions on Iran.", MONDAY))
    assert (event.verb, *_codes(event)) == ("sanction", "163", "COERCE", "ISR", "IRN")
    assert event.trigger == "sanction NOUN -> 163" and event.rule is None


def test_a_demanded_act_is_folded_into_the_demand(analyse_text: Analyser) -> None:
    event = _only(analyse_text("Egypt demanded the withdrawal of Israeli troops.", MONDAY))
    # A demand takes its code from what it demands: de-escalation (1056).
    assert _codes(event) == ("1056", "REQUEST", "EGY", "ISRMIL")
    assert event.rule == "obligation (withdrawal): 100 -> 1056"


def test_a_group_counted_by_its_size_is_the_source(analyse_text: Analyser) -> None:
    event = _only(analyse_text("Thousands of Kenyan protesters demonstrated in Nairobi.", MONDAY))
    assert event.plover == "PROTEST" and event.source.code == "KENCVL"
    assert event.location is not None and event.location.country == "KEN"


def test_a_target_inside_an_object_phrase(analyse_text: Analyser) -> None:
    event = _only(analyse_text("The army lifted the blockade on Palestinian towns.", MONDAY))
    assert event.verb == "lift" and event.target is not None
    assert event.target.code is not None and event.target.code.startswith("PSE")


def test_the_owner_of_an_object_is_not_its_target(analyse_text: Analyser) -> None:
    event = _only(analyse_text("Syria offered its troops to Lebanon.", MONDAY))
    assert (event.source.code, event.target.code if event.target else None) == ("SYR", "LBN")


def test_hypothetical_conflict_stays_an_act(analyse_text: Analyser) -> None:
    event = _only(analyse_text("Analysts think Iran could attack Israel.", MONDAY))
    assert (event.plover, event.modality, event.rule) == ("ASSAULT", "hypothetical", None)


def test_a_negated_act_of_conflict_is_kept_negated(analyse_text: Analyser) -> None:
    event = _only(analyse_text("Israel did not attack Iran on Sunday.", MONDAY))
    assert (event.plover, event.negated) == ("ASSAULT", True)


def test_the_trace_says_why_each_trigger_was_coded_or_not() -> None:
    text = "Israel imposed sanctions on Iran. Sudan ended the blockade of Darfur."
    doc = load_pipeline(load_settings().model)(text)
    trace: list[Decision] = []
    result = analyze(Article(id="t", text=text, origin="t", published=MONDAY), doc,
                     default_lexicons(), trace)  # fmt: skip
    outcomes = {(d.word, d.outcome) for d in trace}
    assert {("imposed", "discarded"), ("sanctions", "coded"), ("blockade", "discarded")} <= outcomes
    assert all(text[d.start : d.start + len(d.word)] == d.word for d in trace)
    reasons = {d.word: d.reason for d in trace}
    assert "light verb" in reasons["imposed"] and "ended" in reasons["blockade"]
    assert len(result.events) == 1


def test_a_light_verb_purpose_clause_belongs_to_its_event(analyse_text: Analyser) -> None:
    text = (
        "Kenyan students staged a protest in Nairobi to demand the resignation of the "
        "Ugandan president."
    )
    event = _only(analyse_text(text, MONDAY))
    assert (event.verb, event.plover, event.source.code) == ("protest", "PROTEST", "KENEDU")
    assert event.target is not None and event.target.code == "UGAGOV"


def test_conjoined_country_words_on_one_noun_are_two_actors(analyse_text: Analyser) -> None:
    result = analyse_text("Israeli and Palestinian negotiators met in Cairo.", MONDAY)
    pairs = {(e.source.code, e.target.code if e.target else None) for e in result.events}
    assert pairs == {("ISRGOV", "PSEGOV"), ("PSEGOV", "ISRGOV")}


def test_conjoined_groups_that_clash_are_each_others_targets(analyse_text: Analyser) -> None:
    result = analyse_text("Rebels and soldiers clashed near Goma.", MONDAY)
    pairs = {(e.source.name, e.target.name if e.target else None) for e in result.events}
    assert pairs == {("Rebels", "soldiers"), ("soldiers", "Rebels")}


def test_a_light_verb_dative_is_the_target_of_its_event(analyse_text: Analyser) -> None:
    event = _only(analyse_text("The European Union gave Haiti 5 million dollars of aid.", MONDAY))
    assert (event.verb, event.plover, event.target.code if event.target else None) == (
        "aid",
        "AID",
        "HTI",
    )


def test_a_condition_on_the_threatened_act_names_the_target(analyse_text: Analyser) -> None:
    text = "Hamas threatened to launch rockets unless Israel lifts the siege."
    threat = next(e for e in analyse_text(text, MONDAY).events if e.verb == "threaten")
    assert threat.target is not None and threat.target.code == "ISR"


def test_the_object_makes_the_code_specific(analyse_text: Analyser) -> None:
    result = analyse_text("Both the army and the rebels violated the ceasefire.", MONDAY)
    assert {(e.cameo, e.plover) for e in result.events} == {("196", "ASSAULT")}
    assert all(e.rule == "object 'ceasefire': 128 -> 196" for e in result.events)


def test_an_object_code_then_an_intent_rule_both_show(analyse_text: Analyser) -> None:
    event = _only(analyse_text("Chad's cabinet is ready to impose martial law.", MONDAY))
    assert (event.cameo, event.plover, event.source.code) == ("1324", "THREATEN", "TCDGOV")
    assert event.rule == "object 'martial law': 163 -> 1724; threat: 1724 -> 1324"


def test_an_unresolved_reported_they_is_the_reporter(analyse_text: Analyser) -> None:
    event = _only(analyse_text("Radical farmers said they would blockade Paris on Monday.", MONDAY))
    assert (event.plover, event.source.name) == ("THREATEN", "Radical farmers")
    assert event.target is not None and event.target.name == "Paris"


def test_a_trigger_noun_compounded_on_a_light_verbs_object(analyse_text: Analyser) -> None:
    result = analyse_text("The emir launched a mediation effort between Qatar and Bahrain.", MONDAY)
    assert {e.verb for e in result.events} == {"mediation"}
    assert {e.target.code for e in result.events if e.target} == {"QAT", "BHR"}


def test_accepting_demands_yields_to_those_who_made_them(analyse_text: Analyser) -> None:
    event = _only(analyse_text("The government accepted the rebels' demands.", MONDAY))
    assert (event.cameo, event.plover, event.rule) == (
        "080",
        "CONCEDE",
        "accede (demands): 030 -> 080",
    )
    assert event.target is not None and event.target.name == "the rebels"


def test_promising_to_ask_for_something_yields_to_no_one(analyse_text: Analyser) -> None:
    # Only a demand that is accepted is acceded to; a promise to make a request is not.
    event = _only(analyse_text("Iran agreed to ask the IAEA for help.", MONDAY))
    assert (event.cameo, event.plover, event.rule) == ("030", "AGREE", None)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # A refused request refuses what it asks for.
        ("The Syrian president rejected calls for his resignation.", "1231"),
        ("Hamas rejected Egypt's appeal for a ceasefire.", "1246"),
        # A refused invitation is a refused meeting.
        ("The president did not accept the invitation from Mexico.", "125"),
        # Not giving in to a demand refuses what it demands.
        ("Israel will not meet the demands to release the prisoners.", "1243"),
    ],
)
def test_a_refused_request_is_coded_by_what_it_asks_for(
    analyse_text: Analyser, text: str, cameo: str
) -> None:
    event = _only(analyse_text(text, MONDAY))
    assert (event.cameo, event.plover) == (cameo, "REJECT")


def test_an_arrest_with_no_agent_is_by_the_authorities_of_the_place(
    analyse_text: Analyser,
) -> None:
    event = _only(analyse_text("Two journalists were arrested in Tehran on Monday.", MONDAY))
    assert (event.plover, event.source.code) == ("COERCE", "IRNGOV")
    assert event.target is not None and event.target.code == "IRNMED"


def test_an_expulsion_with_no_agent_is_by_the_state_expelled_from(
    analyse_text: Analyser,
) -> None:
    # Expelling individuals is CAMEO 174, done by the state they are sent out of.
    text = "Three Danish journalists were expelled from Sudan on Friday."
    event = _only(analyse_text(text, MONDAY))
    assert (event.cameo, event.source.code) == ("174", "SDN")
    assert event.target is not None and (event.target.code or "").startswith("DNK")


@pytest.mark.parametrize(
    "text",
    [
        # Only acts of a state's authorities take the place's state as their doer.
        "Two hundred houses were destroyed in Tehran on Monday.",
        # A ban's "from" phrase may name where the thing banned comes from.
        "Imports of beef were banned from Brazil on Monday.",
    ],
)
def test_a_passive_act_anyone_may_do_takes_no_doer_from_its_place(
    analyse_text: Analyser, text: str
) -> None:
    assert analyse_text(text, MONDAY).events == ()


def test_a_group_named_by_its_role_takes_the_state_the_sentence_names(
    analyse_text: Analyser,
) -> None:
    event = _only(analyse_text("Police fired on protesters in Nairobi on Monday.", MONDAY))
    assert (event.plover, event.source.code) == ("ASSAULT", "KENCOP")


@pytest.mark.parametrize(
    ("text", "verb", "cameo", "plover"),
    [
        # A negated act inside an agreement is what was agreed, not a threat.
        ("India and Pakistan agreed not to attack each other's nuclear facilities.", "agree",
         "030", "AGREE"),
        # A negated agreement to cooperate is a refusal.
        ("The government did not agree to release the prisoners.", "agree", "1243", "REJECT"),
        # A meeting offered on a condition is still an intent to meet.
        ("Trump said he would meet Kim if the conditions were right.", "meet", "036", "AGREE"),
        # Someone else's prediction is not the actor's threat.
        ("Analysts expect that Pakistan will attack Indian positions.", "attack", "190",
         "ASSAULT"),
        # A withdrawal threatened on a condition is a threat.
        ("Nigeria will withdraw its troops from Chad unless the rebels disarm.", "withdraw",
         "130", "THREATEN"),
    ],
)  # fmt: skip
def test_negation_conditions_and_predictions_in_coding(
    analyse_text: Analyser, text: str, verb: str, cameo: str, plover: str
) -> None:
    event = next(e for e in analyse_text(text, MONDAY).events if e.verb == verb)
    assert (event.cameo, event.plover) == (cameo, plover)


@pytest.mark.parametrize(
    ("text", "verb", "negated", "cameo"),
    [
        # A conjunct with its own auxiliary shares neither the rejection nor its negation.
        ("Jordan rejected the plan but will meet the Egyptian envoy.", "meet", False, "036"),
        ("Jordan is not hostile to Cairo, but it will meet the Egyptian envoy.", "meet",
         False, "036"),
        # A finite verb joined to a negated bare one is not negated.
        ("Syria did not attack the town and withdrew its troops.", "withdraw", False, "087"),
        # A bare verb shares the auxiliary and its negation: a refusal to negotiate (125),
        # which was made, so the event is not negated.
        ("Egypt will not meet or negotiate with Hamas.", "negotiate", False, "125"),
    ],
)  # fmt: skip
def test_a_coordinated_clause_has_its_own_modality(
    analyse_text: Analyser, text: str, verb: str, negated: bool, cameo: str
) -> None:
    event = next(e for e in analyse_text(text, MONDAY).events if e.verb == verb)
    assert (event.negated, event.cameo) == (negated, cameo)


@pytest.mark.parametrize(
    ("text", "verb", "negated", "plover"),
    [
        # A negated intention is coded as the refusal it states; the refusal happened.
        ("The rebels said they will never lay down their arms.", "lay", False, "REJECT"),
        ("Ankara refused to withdraw its troops from the border.", "refuse", False, "REJECT"),
        # A negated act that states no refusal stays negated.
        ("The army did not attack the village on Friday.", "attack", True, "ASSAULT"),
    ],
)  # fmt: skip
def test_a_refusal_is_not_also_negated(
    analyse_text: Analyser, text: str, verb: str, negated: bool, plover: str
) -> None:
    event = next(e for e in analyse_text(text, MONDAY).events if e.verb == verb)
    assert (event.negated, event.plover) == (negated, plover)


def test_what_someone_is_expected_to_do_is_a_prediction_not_an_intention(
    analyse_text: Analyser,
) -> None:
    predicted = _only(analyse_text("Jordan is not expected to meet the Egyptian envoy.", MONDAY))
    assert (predicted.cameo, predicted.modality) == ("040", "hypothetical")
    intended = _only(analyse_text("Egypt expects to host talks with Qatar.", MONDAY))
    assert (intended.cameo, intended.modality) == ("036", "intended")


@pytest.mark.parametrize(
    "text",
    [
        "The minister did not know whether Jordan would attack the rebels.",
        "Egypt said it would not decide whether to meet Hamas.",
    ],
)
def test_an_act_left_open_by_whether_takes_no_negation_or_intent_from_above(
    analyse_text: Analyser, text: str
) -> None:
    event = _only(analyse_text(text, MONDAY))
    assert (event.negated, event.modality, event.rule) == (False, "hypothetical", None)


def test_a_light_verb_in_a_threat_is_one_event(analyse_text: Analyser) -> None:
    event = _only(analyse_text("Washington threatened to impose sanctions on Ankara.", MONDAY))
    assert (event.cameo, event.plover, event.target.code if event.target else None) == (
        "1312",
        "THREATEN",
        "TURGOV",
    )


def test_an_act_whose_governor_has_no_actor_stands_alone(analyse_text: Analyser) -> None:
    event = _only(
        analyse_text("It was agreed that Syria would withdraw its troops from Lebanon.", MONDAY)
    )
    assert (event.verb, event.source.code, event.target.code if event.target else None) == (
        "withdraw",
        "SYR",
        "LBN",
    )


def test_an_act_asked_for_is_hypothetical(analyse_text: Analyser) -> None:
    event = _only(analyse_text("The plan calls for Israel to withdraw from the West Bank.", MONDAY))
    assert (event.verb, event.modality) == ("withdraw", "hypothetical")
    asked = _only(analyse_text("Egypt called for Israel to withdraw from the West Bank.", MONDAY))
    assert (asked.verb, asked.plover, asked.target.code if asked.target else None) == (
        "call",
        "REQUEST",
        "ISR",
    )


def test_what_an_addressee_is_told_they_must_do_is_demanded_of_them(
    analyse_text: Analyser,
) -> None:
    text = "The prime minister told Hamas it must release the hostages."
    event = _only(analyse_text(text, MONDAY))
    assert (event.plover, event.cameo, event.target.code if event.target else None) == (
        "REQUEST",
        "1053",
        "PSEREB",
    )


def test_a_state_named_in_what_someone_says_is_not_the_speakers(
    analyse_text: Analyser,
) -> None:
    result = analyse_text(
        "Defence Minister Jan Novak said Russia must withdraw its troops.", MONDAY
    )
    novak = next(a for a in result.actors if a.name == "Jan Novak")
    assert novak.country is None


def test_a_run_on_sentence_gives_each_event_a_window_of_it(analyse_text: Analyser) -> None:
    clause = "and the ministers of France and Japan agreed to meet to discuss the demands"
    result = analyse_text("The talks began " + " ".join([clause] * 60) + ".", MONDAY)
    assert result.events
    assert all(len(e.sentence) <= 1000 and e.text in e.sentence for e in result.events)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Jailed activists began a hunger strike in Cairo.", "142"),
        ("The Taliban carried out a suicide bombing in Kabul.", "1831"),
        ("Congress cut military aid to Egypt.", "1622"),
        ("Iran expelled the UN inspectors.", "1662"),
        ("The Kremlin warned Washington against new sanctions.", "130"),
        ("Iran threatened to strike Israel with missiles.", "1384"),
        ("The president received a group of observers sent by the OSCE.", "0862"),
        ("Turkey has reinforced its troops near Syria.", "154"),
        ("China and Russia strengthened ties.", "050"),
        ("The IAEA dispatched inspectors to Iran.", "090"),
        ("Egyptian workers shunned work to protest the new tax.", "143"),
    ],
)
def test_codes_made_specific_by_their_words(analyse_text: Analyser, text: str, cameo: str) -> None:
    assert cameo in {e.cameo for e in analyse_text(text, MONDAY).events}


def test_an_act_named_as_the_subject_is_done_by_its_owner(analyse_text: Analyser) -> None:
    strikes = _only(analyse_text("Israeli air strikes hit Gaza.", MONDAY))
    assert (
        strikes.cameo,
        strikes.source.code,
        strikes.target.code if strikes.target else None,
    ) == (
        "195",
        "ISR",
        "PSE",
    )
    # The raids are what killed: one event, the killing, not a raid beside it.
    killing = _only(analyse_text("Israeli air raids killed 20 people in Gaza.", MONDAY))
    assert (killing.verb, killing.plover, killing.source.code) == ("kill", "ASSAULT", "ISR")


def test_an_attack_with_no_one_named_for_it_is_the_source(analyse_text: Analyser) -> None:
    # The bomb stands for its unidentified perpetrators: one event, the killing.
    killing = _only(analyse_text("A car bomb killed 12 Afghan soldiers in Kandahar.", MONDAY))
    assert (killing.verb, killing.plover, killing.source.name) == ("kill", "ASSAULT", "A car bomb")
    assert killing.target is not None and killing.target.code == "AFGMIL"
    # Only an attack: a disaster that kills is no one's act.
    assert not analyse_text("The earthquake killed 300 people in Iran.", MONDAY).events


@pytest.mark.parametrize(
    ("text", "source", "code", "victim"),
    [
        # A passive act of force done by a weapon, or in an attack, no one is named for:
        # unidentified armed attackers of the country where it struck.
        ("Two Kenyan policemen were killed by a landmine near Mombasa.", "a landmine",
         "KENUAF", "KENCOP"),
        ("An editor was killed in a truck bomb explosion in central Nairobi.",
         "a truck bomb explosion", "KENUAF", "KENMED"),
        ("Four soldiers were wounded by a homemade explosive device near Kabul.",
         "a homemade explosive device", "AFGUAF", "AFGMIL"),
        # With no place named, the attackers have no country.
        ("Two soldiers were wounded by a roadside bomb.", "a roadside bomb", None, None),
        # An attack in a capital that kills is no act of the government seated there.
        ("A bombing in Nairobi killed four policemen on Monday.", "A bombing", "KENUAF",
         "KENCOP"),
    ],
)  # fmt: skip
def test_a_weapon_no_one_is_named_for_is_the_source_of_a_killing(
    analyse_text: Analyser, text: str, source: str, code: str | None, victim: str | None
) -> None:
    event = _only(analyse_text(text, MONDAY))
    assert (event.plover, event.source.name, event.source.code) == ("ASSAULT", source, code)
    assert (event.target.code if event.target else None) == victim


@pytest.mark.parametrize(
    "text",
    [
        # An accident, an attack whose doer is named, a battle between sides.
        "Five miners were killed in a gas explosion at a pit in Wales.",
        "Two people died in a fire in a hotel in Nairobi.",
        "Nine people were killed in fighting in the north.",
        # A weapon's word before a word of no attack makes no attack of it.
        "Four Kenyan policemen were killed in a mine collapse near Nairobi.",
    ],
)
def test_no_unidentified_attacker_for_an_accident_or_a_battle(
    analyse_text: Analyser, text: str
) -> None:
    assert not analyse_text(text, MONDAY).events


def test_an_attack_named_for_its_doer_keeps_its_own_event(analyse_text: Analyser) -> None:
    # The attack by the militia is the event: the killing does not add an unknown attacker.
    events = analyse_text("Six guards were killed in an attack by militiamen.", MONDAY).events
    assert [e.verb for e in events] == ["attack"]


def test_a_test_is_an_event_only_for_weapons(analyse_text: Analyser) -> None:
    event = _only(analyse_text("North Korea tested a ballistic missile on Sunday.", MONDAY))
    assert (event.cameo, event.plover, event.source.code, event.rule) == (
        "150",
        "MOBILIZE",
        "PRK",
        None,
    )
    assert not analyse_text("The theatre company tested a new staging.", MONDAY).events


@pytest.mark.parametrize(
    ("text", "cameo", "plover", "verb"),
    [
        # A particle makes another verb: "called off" the talks halts them (164), and a
        # light verb with a particle it is not listed with ("call") is no light verb.
        ("Iran called off the talks with Iraq.", "164", "SANCTION", "call"),
        ("Egyptian workers called off their strike.", "082", "CONCEDE", "call"),
        # "cease-fire" is two nouns: the compound makes "fire" a truce, not gunfire.
        ("Israel and Hamas declared a cease-fire on Sunday.", "0871", "RETREAT", "fire"),
        # A measure of events is looked through: the talks are the event, not the round.
        ("Iran held a new round of talks with Iraq.", "040", "CONSULT", "talk"),
        ("Rebels launched a wave of attacks on Iraq.", "180", "ASSAULT", "attack"),
        # Triggers that are events only with one of their listed objects.
        ("Egypt and Qatar agreed to improve ties.", "032", "AGREE", "agree"),
        ("Protesters threw stones at Israeli soldiers.", "145", "PROTEST", "throw"),
        ("Iran broke off relations with Iraq.", "161", "SANCTION", "break"),
        # Stopping a protest: preventing or blocking it restricts the freedom of assembly,
        # breaking it up is the repression "disperse" names.
        ("Egyptian police prevented a rally by students in Cairo.", "1721", "COERCE", "prevent"),
        ("Riot police blocked the march of the opposition.", "1721", "COERCE", "block"),
        ("Troops broke up a demonstration by workers in Minsk.", "175", "ASSAULT", "break"),
        # The object picks the sense of a word with a political and a plain sense.
        ("Farmers blocked the highway to the port of Lagos.", "144", "PROTEST", "block"),
        ("The Kenyan parliament blocked the budget of the ministry.", "120", "REJECT", "block"),
        ("Ghana closed its border with Togo on Friday.", "191", "COERCE", "close"),
        ("Peru recalled its ambassador from Chile.", "161", "SANCTION", "recall"),
        ("Kenyan police questioned the suspect in Nairobi.", "090", "ACCUSE", "question"),
        ("The senator attacked the governor's record on jobs.", "111", "ACCUSE", "attack"),
        ("Riot police fired tear gas at students in Dhaka.", "175", "ASSAULT", "fire"),
        ("The Red Cross delivered food to refugees in Chad.", "070", "AID", "deliver"),
        ("Kenya cut off gas supplies to Uganda.", "160", "SANCTION", "cut"),
        ("The governor threw his support behind the senator.", "051", "SUPPORT", "support"),
        # Particle verbs of the codebook.
        ("The supreme court of Kenya struck down the election law.", "120", "REJECT", "strike"),
        ("Rebels took over the town of Kidal in Mali.", "192", "COERCE", "take"),
        ("The junta forced the UN food agency out of Burma.", "1663", "SANCTION", "force"),
        ("Soldiers tore down the houses of the villagers.", "1712", "ASSAULT", "tear"),
        ("Iran tore up the nuclear accord with Europe.", "120", "REJECT", "tear"),
        ("The Kenyan government shortened the curfew in Mombasa.", "0813", "RETREAT", "shorten"),
        ("Sudan allowed the delivery of medicine to Darfur.", "0863", "RETREAT", "allow"),
        ("The OSCE withdrew its observers from Kosovo.", "1662", "SANCTION", "withdraw"),
        ("Canada withdrew its relief workers from Chad.", "1663", "SANCTION", "withdraw"),
        ("Peru withdrew its diplomats from Chile.", "161", "SANCTION", "withdraw"),
        # The condition a "state of" phrase names is the act declared.
        ("Peru has declared a new state of emergency in Lima.", "1724", "COERCE", "emergency"),
        # Criticism in the words of political news.
        ("The prime minister railed against the opposition leader.", "111", "ACCUSE", "rail"),
        ("The senator hammered the governor over the budget.", "111", "ACCUSE", "hammer"),
    ],
)
def test_codebook_phrasings(
    analyse_text: Analyser, text: str, cameo: str, plover: str, verb: str
) -> None:
    events = analyse_text(text).events
    assert any((e.cameo, e.plover, e.verb) == (cameo, plover, verb) for e in events), [
        (e.verb, e.cameo, e.plover) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Iran improved its economy last year.",  # "improve" only with ties or relations
        "Iran threw a party for Iraqi officials.",  # "throw" only with what rioters throw
        "Iran broke the record for oil exports.",  # "break" only with ties, talks, truces
        "The treaty prevented a war between Iran and Iraq.",  # "prevent" only protests
        "Iran broke up the state oil company.",  # "break up" only protests
        "The senator delivered a speech in Ohio.",  # "deliver" only goods
        "The minister recalled his childhood in Kenya.",  # "recall" only envoys
        "The senator released a statement on Tuesday.",  # a statement is no person freed
        "Senator Smith closed the gap in the polls.",  # "close" only passages
        "The governor captured the nomination of the party.",  # no territory taken
        "The mayor received a call from the governor.",  # what is received is no visit
        "The governor cut taxes for small firms.",  # "cut" only relations, aid, forces
        "The mayor protected jobs at the steel plant.",  # "protect" only people, places
        "The president signed the bill into law.",  # a law signed is no agreement
        "The firm met its sales target.",  # meeting a target is no consultation
        "The mayor fired his police chief on Tuesday.",  # dismissal, no gunfire
        "The senator seized the opportunity at the hearing.",  # a chance is no property
        "The governor shot down the idea of a new tax.",  # an idea is no aircraft
    ],
)
def test_object_bound_triggers_without_their_objects_are_no_events(
    analyse_text: Analyser, text: str
) -> None:
    assert not analyse_text(text).events


def test_an_act_that_is_no_event_with_its_object_does_not_recode_its_governor(
    analyse_text: Analyser,
) -> None:
    # Protecting jobs is no peacekeeping: the vow stays a plain one, not an intent (0334).
    event = _only(analyse_text("The governor vowed to protect jobs in the state.", MONDAY))
    assert (event.verb, event.cameo) == ("vow", "030")
    event = _only(analyse_text("Kenya vowed to protect the refugee camps.", MONDAY))
    assert (event.verb, event.cameo) == ("vow", "0334")


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # A modifier of an act noun says the act is not done: proposed, or intended.
        ("Britain's proposed sanctions on Iran angered Tehran.", "hypothetical"),
        ("Britain's planned sanctions on Iran angered Tehran.", "intended"),
        ("Britain's sanctions on Iran angered Tehran.", "asserted"),
    ],
)
def test_a_modifier_of_an_act_noun_sets_its_modality(
    analyse_text: Analyser, text: str, modality: str
) -> None:
    event = _only(analyse_text(text, MONDAY))
    assert (event.verb, event.modality) == ("sanction", modality)


@pytest.mark.parametrize(
    ("text", "plover", "modality"),
    [
        # An act carried out by a light verb in the past was done, whatever a modifier
        # said of it before: a threatened offensive launched is an offensive.
        ("Kenya yesterday launched its long-threatened offensive against Somalia.",
         "ASSAULT", "asserted"),
        ("Kenya has mounted its threatened incursion into Somalia.", "ASSAULT", "asserted"),
        # Not yet done: a light verb ahead, or one that announces the act.
        ("Kenya may launch its long-threatened offensive against Somalia.", "THREATEN",
         "intended"),
        ("The Kenyan president announced his planned visit to Somalia.", "AGREE",
         "intended"),
    ],
)  # fmt: skip
def test_an_act_carried_out_is_done_whatever_its_modifier(
    analyse_text: Analyser, text: str, plover: str, modality: str
) -> None:
    event = _only(analyse_text(text, MONDAY))
    assert (event.plover, event.modality) == (plover, modality)


@pytest.mark.parametrize(
    ("text", "cameo", "plover", "source", "target"),
    [
        # "told X to do Y" is a demand on X, coded by the act demanded.
        ("The Egyptian envoy told Sudan to withdraw its troops.", "1056", "REQUEST", "EGYGOV",
         "SDN"),
        # "gave X a span of time to do Y" is an ultimatum.
        ("Kenya gave Somalia 24 hours to free the hostages.", "139", "THREATEN", "KEN", "SOM"),
        # "held X responsible for Y" blames X.
        ("Kenya held Somalia responsible for the raid.", "112", "ACCUSE", "KEN", "SOM"),
    ],
)  # fmt: skip
def test_directives_ultimatums_and_blame_on_an_object(
    analyse_text: Analyser, text: str, cameo: str, plover: str, source: str, target: str
) -> None:
    event = next(e for e in analyse_text(text, MONDAY).events if e.plover == plover)
    assert (event.cameo, event.source.code, event.target and event.target.code) == (
        cameo,
        source,
        target,
    )


@pytest.mark.parametrize(
    "text",
    [
        # Telling someone something, giving days of something, or holding a thing valid
        # is no demand, ultimatum or blame.
        "The Egyptian envoy told Sudan that the talks would resume.",
        "Kenya gave Somalia two days of emergency food.",
        "The Kenyan court held the Somali contract valid.",
        # Blowing up a deal is figurative: only "blew himself up" is a bombing.
        "The Kenyan president blew up the Somali peace deal.",
    ],
)
def test_telling_giving_and_holding_without_their_frame_are_no_demand_ultimatum_or_blame(
    analyse_text: Analyser, text: str
) -> None:
    plovers = {e.plover for e in analyse_text(text, MONDAY).events}
    assert not plovers & {"REQUEST", "THREATEN", "ACCUSE", "ASSAULT"}


def test_a_suicide_bombing_takes_its_target_from_the_killing_it_caused(
    analyse_text: Analyser,
) -> None:
    # "blew himself up" is a suicide bombing; the bomber is no target, the dead are.
    text = "A Tamil rebel blew himself up in Colombo, killing nine Sri Lankan soldiers."
    event = _only(analyse_text(text, MONDAY))
    assert event.cameo == "1831" and event.plover == "ASSAULT"
    assert event.target is not None
    assert (event.target.name, event.target.code) == ("nine Sri Lankan soldiers", "LKAMIL")


@pytest.mark.parametrize(
    ("text", "cameo", "plover"),
    [
        # Closing a group's offices is an administrative sanction, not a blockade.
        ("The Egyptian government closed the offices of the Muslim Brotherhood.", "172", "COERCE"),
        # Closing a road still restricts movement.
        ("The Egyptian army closed the road to Gaza.", "191", "COERCE"),
    ],
)  # fmt: skip
def test_closing_a_groups_offices_is_an_administrative_sanction(
    analyse_text: Analyser, text: str, cameo: str, plover: str
) -> None:
    event = _only(analyse_text(text, MONDAY))
    assert (event.cameo, event.plover) == (cameo, plover)


def test_a_participle_of_another_kind_of_act_is_an_event_of_its_own(
    analyse_text: Analyser,
) -> None:
    # The rejection and the accusation are two acts; a killing that states a shooting is not.
    text = "The Nigerian rebels rejected the offer, accusing the Nigerian army of lying."
    plovers = {e.plover for e in analyse_text(text, MONDAY).events}
    assert {"REJECT", "ACCUSE"} <= plovers
    text = "Nigerian soldiers fired on the Chadian rebels, killing four of them."
    assert len(analyse_text(text, MONDAY).events) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police shot at the marchers, wounding three and arresting eleven.",
        # A force of an international body is armed by its code's last part (IGOUNOMIL).
        "UNIFIL fired on the gunmen, wounding two and arresting four.",
    ],
)
def test_an_arrest_on_an_act_of_force_is_an_act_of_its_own(
    analyse_text: Analyser, text: str
) -> None:
    # Joined to the killing that states the shooting, the arrest is still a second act.
    plovers = sorted(e.plover for e in analyse_text(text, MONDAY).events)
    assert plovers == ["ASSAULT", "COERCE"]


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        # Protesting or charging *that* something is so is a complaint or an accusation in
        # words, against whom the words are about ...
        ("Kenya's foreign ministry protested that Ugandan troops had crossed the border.",
         "114", "UGAMIL"),
        ("The Ugandan army is lying, Kenya's foreign ministry charged on Monday.",
         "112", "UGAMIL"),
        # ... while a street protest stays one.
        ("Thousands of Kenyan students protested against Ugandan troops in Nairobi.",
         "141", "UGAMIL"),
    ],
)  # fmt: skip
def test_protesting_or_charging_that_something_is_so_is_said(
    analyse_text: Analyser, text: str, cameo: str, target: str
) -> None:
    events = analyse_text(text, MONDAY).events
    assert (cameo, target) in {(e.cameo, e.target.code if e.target else None) for e in events}


def test_a_test_fired_missile_is_a_show_of_force(analyse_text: Analyser) -> None:
    # Joined by a hyphen, the compound is the entry: the missile is fired at no one.
    event = _only(analyse_text("Kenya test-fired a new missile on Sunday.", MONDAY))
    assert (event.cameo, event.plover) == ("150", "MOBILIZE")


def test_abusing_a_power_or_a_position_is_no_assault(analyse_text: Analyser) -> None:
    text = "Kenyan police abused the detainees, the Kenyan ombudsman said."
    assert [e.cameo for e in analyse_text(text, MONDAY).events] == ["182"]
    text = "The Kenyan interior minister abused his position, the ombudsman said."
    assert "182" not in [e.cameo for e in analyse_text(text, MONDAY).events]


def test_restoring_is_an_event_only_for_ties(analyse_text: Analyser) -> None:
    text = "Kenya restored diplomatic relations with Sudan on Monday."
    assert [e.cameo for e in analyse_text(text, MONDAY).events] == ["050"]
    text = "Kenyan troops restored order in the border town on Monday."
    assert not analyse_text(text, MONDAY).events


def test_words_in_quotation_marks_charge_no_one(analyse_text: Analyser) -> None:
    text = '"This is a disgrace," Kenyan Foreign Minister Paul Otieno charged.'
    assert not analyse_text(text, MONDAY).events


def test_what_a_participle_adds_to_a_visit_is_an_act_of_its_own(analyse_text: Analyser) -> None:
    # A visit has no purpose a participle states: the appeal made on it is coded too.
    text = (
        "The Kenyan foreign minister visited Kampala on Monday, urging Uganda to reopen the border."
    )
    events = analyse_text(text, MONDAY).events
    assert {(e.plover, e.target.code if e.target else None) for e in events} >= {
        ("CONSULT", "UGAGOV"),
        ("REQUEST", "UGA"),
    }
    # A participle of the same kind still states the visit's act.
    text = "The Kenyan foreign minister visited Kampala, meeting Ugandan officials."
    assert len(analyse_text(text, MONDAY).events) == 1


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # "ask" is an appeal with what is asked for or asked to be done ...
        ("Kenya asked Uganda to reopen the border.", "02"),
        ("Chad asked France for military help.", "02"),
        # "talk" is a consultation with whom one talks to or with ...
        ("Peru talked with Chile about fishing rights.", "040"),
        # "beat" is an assault on a victim, "beat up" on anyone ...
        ("Zimbabwean police beat protesters in Harare.", "182"),
        ("Soldiers beat up Ahmed Salim in Kabul.", "182"),
        # "receive" a visitor hosts a visit ...
        ("The Kenyan president received the Somali envoy.", "043"),
        # "scramble" forces raises the military alert.
        ("Japan scrambled fighter jets over the East China Sea.", "152"),
        # "defeat" a force is military force.
        ("Afghan troops defeated the Taliban fighters near Kandahar.", "190"),
    ],
)  # fmt: skip
def test_verbs_whose_political_sense_needs_a_preposition_or_an_object(
    analyse_text: Analyser, text: str, cameo: str
) -> None:
    assert _only(analyse_text(text, MONDAY)).cameo.startswith(cameo)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # ... a bare "ask" is a question, and "call X Y" names X ...
        ("The Kenyan foreign minister asked Ugandan officials about the border.", "ask"),
        ("The Kenyan foreign minister called the Ugandan plan a disaster.", "call"),
        # ... talking about something is speaking ...
        ("The Peruvian president talked about fishing rights for an hour.", "talk"),
        # ... beating a rival is winning ...
        ("The Kenyan president beat his rival in the election.", "beat"),
        # ... receiving a letter or a sentence is no visit ...
        ("The Kenyan president received a letter from the Somali envoy.", "receive"),
        # ... battling a blaze is no attack, and scrambling to act is hurrying.
        ("Kenyan soldiers battled the blaze for two days.", "battle"),
        ("Kenyan officials scrambled to evacuate the coast.", "scramble"),
        # ... fighting for a cause, demonstrating an ability and a campaign rally are no
        # attack and no protest.
        ("The Kenyan opposition fought for the new constitution.", "fight"),
        ("The Kenyan president demonstrated his commitment to reform.", "demonstrate"),
        ("The Kenyan president held a campaign rally in Nairobi.", "rally"),
        # ... and defeating a rival or sharing a batting partnership is sport or politics.
        ("The Kenyan president defeated his rival in the election.", "defeat"),
        ("The two Kenyan batsmen shared a century partnership.", "share"),
        # ... nor is a commercial sale economic cooperation.
        ("The Kenyan government sold the hotel to a Chinese company.", "sell"),
        # ... and seeking to do something is an attempt, no appeal.
        ("The Kenyan president sought to calm his supporters.", "seek"),
    ],
)
def test_the_same_verbs_in_their_other_senses_are_no_events(
    analyse_text: Analyser, text: str, verb: str
) -> None:
    assert verb not in [e.verb for e in analyse_text(text, MONDAY).events]


def test_lambasting_is_criticism_and_finding_guilty_a_verdict(analyse_text: Analyser) -> None:
    assert _only(analyse_text("Germany lambasted the Turkish government.", MONDAY)).cameo == "111"
    text = "A Kenyan court found the former Kenyan minister guilty of fraud."
    event = _only(analyse_text(text, MONDAY))
    assert (event.cameo, event.plover) == ("116", "ACCUSE")


def test_attacking_someone_for_what_they_did_is_criticism(analyse_text: Analyser) -> None:
    text = "The Kenyan opposition attacked the Kenyan president for his tax plan."
    event = _only(analyse_text(text, MONDAY))
    assert (event.cameo, event.plover) == ("111", "ACCUSE")
    event = _only(analyse_text("Somali militants attacked a Kenyan army base.", MONDAY))
    assert event.plover == "ASSAULT"


def test_seeking_help_is_an_appeal_and_seeking_to_meet_an_intent(analyse_text: Analyser) -> None:
    event = _only(analyse_text("Mali sought military help from France.", MONDAY))
    assert event.plover == "REQUEST" and event.cameo.startswith("02")
    event = _only(analyse_text("Mali sought to meet French officials.", MONDAY))
    assert (event.verb, event.plover) == ("meet", "AGREE")


def test_an_offered_apology_is_an_apology_and_an_offered_speech_no_event(
    analyse_text: Analyser,
) -> None:
    text = "The Kenyan government offered an apology to Uganda."
    assert _only(analyse_text(text, MONDAY)).cameo == "055"
    text = "The Kenyan president offered a long speech on the economy."
    assert "offer" not in [e.verb for e in analyse_text(text, MONDAY).events]


@pytest.mark.parametrize(
    ("text", "verb", "modality", "negated", "cameo"),
    [
        # A verb of saying joined to the act is no governor of it: the vow is made.
        ("Egypt called for calm and vowed to withdraw its troops from Libya.", "vow",
         "asserted", False, "0356"),
        # An infinitive a verb of saying governs takes its effect: vowed, so intended,
        # and an intended act of conflict is a threat.
        ("Kenya vowed to form a task force to crack down on Somali militants.", "crack",
         "intended", False, "137"),
        ("Kenya is poised to impose sanctions on Uganda.", "sanction", "intended", False,
         "1312"),
        # The nearest word wins: what will be hard to do is no intention, so no threat.
        ("Kenya will find it difficult to attack Somalia.", "attack", "hypothetical", False,
         "190"),
        ("Kenya is unlikely to impose sanctions on Uganda.", "sanction", "hypothetical",
         False, "163"),
        ("Egypt needs to send troops to Libya.", "send", "hypothetical", False, "070"),
        # An act set aside for another is not done.
        ("Kenya attacked the rebels rather than negotiate with Uganda.", "negotiate",
         "asserted", True, "046"),
        # No one did it.
        ("No Kenyan soldier attacked the Somali town.", "attack", "asserted", True, "190"),
        ("Kenyan police made no arrests in Mombasa.", "arrest", "asserted", True, "173"),
        # What a denied report or claim says is denied; not if the denial is negated.
        ("The Kenyan army denied reports that its soldiers had killed civilians.", "kill",
         "asserted", True, "190"),
        ("The Kenyan army did not deny reports that its soldiers had killed civilians.",
         "kill", "asserted", False, "190"),
        # A bid turned down is no refusal by the one who made it.
        ("Kenya has rejected Ugandan President Museveni's bid to make a visit to Somalia.",
         "visit", "intended", False, "036"),
        # A yes-no question leaves the act open; a question word takes it as done.
        ("Will Kenya attack Somalia?", "attack", "hypothetical", False, "190"),
        ("Why did Kenya attack Somalia?", "attack", "asserted", False, "190"),
        # An obligation is not met yet; one in the past most often was.
        ("Kenya has to withdraw its troops from Somalia.", "withdraw", "hypothetical", False,
         "087"),
        ("Kenya had to withdraw its troops from Somalia.", "withdraw", "asserted", False,
         "087"),
        ("Kenya is having to withdraw its troops from Somalia.", "withdraw", "asserted",
         False, "087"),
        # A contracted "would" is one; a contracted "had" before a participle is not.
        ("The Kenyan minister said he'd meet the Ugandan envoy.", "meet", "intended", False,
         "036"),
        ("The Kenyan minister said he'd met the Ugandan envoy.", "meet", "reported", False,
         "040"),
        # A name addressed before the question is not its subject.
        ("Kenyan President Ruto, will you resign?", "resign", "hypothetical", False, "0831"),
        # "going to" is a future; "went" is a past act, which "went on to" continues.
        ("Kenya is going to attack Somalia.", "attack", "intended", False, "1384"),
        ("The Kenyan minister went on to blame Uganda for the raid.", "blame", "asserted",
         False, "112"),
        # A negated verb of excluding leaves the act open: a possibility, no rejection.
        ("Greece has not ruled out sanctions against Turkey.", "sanction", "hypothetical",
         False, "163"),
        ("Chad did not rule out meeting the rebels.", "meet", "hypothetical", False, "040"),
        # An attempt is set out on, not done, and announces no threat.
        ("Polish troops tried to arrest the smugglers.", "arrest", "intended", False, "173"),
        ("Mali could try to arrest the smugglers.", "arrest", "hypothetical", False, "173"),
        ("Kenyan troops are about to attack the Somali town.", "attack", "intended", False,
         "190"),
        # A purpose is not done yet while its act is under way; on a past act it most often
        # is, and it is as real as the act it is for.
        ("Kenyan soldiers are being deployed to disarm the militias.", "disarm", "intended",
         False, "0873"),
        ("Kenyan soldiers were deployed to disarm the militias.", "disarm", "asserted",
         False, "0873"),
        ("Mali could use the army to arrest the smugglers.", "arrest", "hypothetical", False,
         "173"),
        # A participle takes its tense from the clause it hangs on: a past purpose.
        ("After crossing the river to arrest the smugglers, Malian troops returned home.",
         "arrest", "asserted", False, "173"),
        ("Malian troops are crossing the river to arrest the smugglers.", "arrest",
         "intended", False, "173"),
        # "no longer" negates.
        ("Nigeria no longer supports the rebels.", "support", "asserted", True, "051"),
        # Stopping an act negates it; stopping *to* act is a purpose.
        ("Malian rebels stopped firing on the town.", "fire", "asserted", True, "190"),
        ("The Malian envoy stopped to talk with Nigerian officials.", "talk", "asserted",
         False, "040"),
    ],
)  # fmt: skip
def test_modality_and_negation_of_an_act(
    analyse_text: Analyser, text: str, verb: str, modality: str, negated: bool, cameo: str
) -> None:
    event = next(e for e in analyse_text(text, MONDAY).events if e.verb == verb)
    assert (event.modality, event.negated, event.cameo) == (modality, negated, cameo)


def test_a_question_asked_about_an_act_does_not_request_it(analyse_text: Analyser) -> None:
    # "asked why" asks about a refusal that happened; "asked X to" would ask for the act.
    event = next(
        e
        for e in analyse_text("Kenya asked why Uganda did not withdraw its troops.", MONDAY).events
        if e.verb == "withdraw"
    )
    assert (event.negated, event.modality != "hypothetical") == (True, True)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # Helping with no one helped is a share in an effort, not aid ...
        ("The Kenyan president helped ensure that the vote was fair.", "help"),
        ("Kenyan officials helped lead the fundraising drive.", "help"),
        # ... a warning that names no one warned and no act of one's own side is a
        # caution or a forecast ...
        ("The Kenyan finance minister warned that growth could slow next year.", "warn"),
        # ... an intransitive "decline" of no actor is a fall ...
        ("Kenyan coffee exports declined sharply last year.", "decline"),
        # ... demonstrating that something is so shows it ...
        ("The Kenyan president demonstrated that he can win the vote.", "demonstrate"),
        # ... agreeing that something is so concurs in a view ...
        ("The Kenyan president agreed that the plan was flawed.", "agree"),
        # ... challenging someone for a seat is running against them ...
        ("The Kenyan opposition leader is challenging the president for his seat.", "challenge"),
        # ... a statement released by someone is published, not freed ...
        ("A statement released by the Kenyan army said the talks had failed.", "release"),
        # ... and guarding against something guards no one.
        ("Kenyan troops in Mogadishu were guarding against complacency.", "guard"),
    ],
)
def test_trigger_words_in_senses_the_parse_tells_apart_are_no_events(
    analyse_text: Analyser, text: str, verb: str
) -> None:
    assert verb not in [e.verb for e in analyse_text(text, MONDAY).events]


@pytest.mark.parametrize(
    ("text", "verb", "cameo"),
    [
        # Helping someone, or someone to do something, is aid ...
        ("Russia helped Syria rebuild its army.", "help", "070"),
        ("Uganda helped Kenya after the floods.", "help", "070"),
        # ... a warning to someone, or of one's own side's act, is a threat ...
        ("Iran warned Israel against an attack.", "warn", "130"),
        (
            "The Kenyan interior minister warned that police would break up the rallies.",
            "warn",
            "13",
        ),
        # ... an actor that declines declines something ...
        ("Kenya declined the Ugandan invitation.", "decline", "12"),
        # ... students demonstrating protest ...
        ("Kenyan students demonstrated outside parliament.", "demonstrate", "141"),
        # ... an agreement that states an act commits to it ...
        ("Kenya and Uganda agreed that talks would resume in May.", "agree", "03"),
        # ... challenging someone to do something demands it ...
        ("The European Union challenged Kenya to hold free elections.", "challenge", "10"),
        # ... and troops guarding something protect it.
        ("Kenyan troops guarded the Somali parliament.", "guard", "074"),
    ],
)
def test_the_same_words_in_their_political_senses_stay_events(
    analyse_text: Analyser, text: str, verb: str, cameo: str
) -> None:
    events = [e for e in analyse_text(text, MONDAY).events if e.verb == verb]
    assert events and events[0].cameo.startswith(cameo), events


def test_strikes_on_a_place_are_attacks_and_a_labour_strike_a_protest(
    analyse_text: Analyser,
) -> None:
    text = "Israeli warplanes launched strikes on Gaza City."
    assert _only(analyse_text(text, MONDAY)).plover == "ASSAULT"
    text = "Kenyan teachers began a strike on Monday over pay."
    event = _only(analyse_text(text, MONDAY))
    assert (event.cameo, event.plover) == ("143", "PROTEST")


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        # Forces sent to another state aid it, done to that state, not to the forces ...
        ("Kenya sent two thousand Kenyan troops to Somalia.", "070", "SOM"),
        # ... forces sent into a place, or within the sender's own state, are deployed.
        ("Ethiopia sent troops into Somalia in 2006.", "154", "SOM"),
        ("The Nigerian government sent troops to Lagos to stop the riots.", "154", "NGA"),
    ],
)
def test_forces_sent_aid_a_state_or_are_deployed(
    analyse_text: Analyser, text: str, cameo: str, target: str
) -> None:
    events = [e for e in analyse_text(text, MONDAY).events if e.verb == "send"]
    assert [(e.cameo, (e.target.code or "")[:3] if e.target else None) for e in events] == [
        (cameo, target)
    ], events


def test_one_person_attacking_another_is_criticism(analyse_text: Analyser) -> None:
    text = "Senator John Smith attacked Governor Mary Jones over the budget."
    event = _only(analyse_text(text, MONDAY))
    assert (event.cameo, event.plover, event.rule) == ("111", "ACCUSE", "verbal attack: 190 -> 111")
    event = _only(analyse_text("Somali militants attacked a Kenyan army base.", MONDAY))
    assert event.plover == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        # A party's attack on a group of people ...
        "The Kenyan opposition party attacked the country's farmers over the new tax.",
        # ... and a person's attack on a party are in words.
        "Senator John Smith attacked the Kenyan opposition party over the budget.",
    ],
)
def test_a_speakers_attack_on_no_place_and_no_armed_body_is_criticism(
    analyse_text: Analyser, text: str
) -> None:
    events = [e for e in analyse_text(text, MONDAY).events if e.verb == "attack"]
    assert events and (events[0].cameo, events[0].plover) == ("111", "ACCUSE"), events


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # States clashing over an issue quarrel, each with the other ...
        ("Kenya and the United Nations clashed in Geneva over how to treat refugees.", "ACCUSE"),
        # ... over a named territory, or with armed bodies, they fight.
        ("Kenya and Somalia fought over Jubaland in 2011.", "ASSAULT"),
        ("Kenyan students clashed with the police over the new fees.", "ASSAULT"),
    ],
)
def test_a_clash_over_an_issue_is_a_quarrel(analyse_text: Analyser, text: str, plover: str) -> None:
    events = [e for e in analyse_text(text, MONDAY).events if e.verb in {"clash", "fight"}]
    assert events and {e.plover for e in events} == {plover}, events
    if plover == "ACCUSE":
        assert all(e.target is not None for e in events), events


def test_an_attack_with_words_of_armed_force_stays_an_assault(analyse_text: Analyser) -> None:
    text = "Senator John Smith's guards attacked the farmers with guns, killing two."
    events = [e for e in analyse_text(text, MONDAY).events if e.verb == "attack"]
    assert all(e.plover == "ASSAULT" for e in events), events
    text = "Kenyan rebels attacked the opposition party's offices in Nairobi."
    events = [e for e in analyse_text(text, MONDAY).events if e.verb == "attack"]
    assert events and events[0].plover == "ASSAULT", events


def test_capturing_and_allowing_are_events_of_states_and_armed_bodies(
    analyse_text: Analyser,
) -> None:
    text = "Senator John Smith captured Nevada and Ohio in the primaries."
    assert "capture" not in [e.verb for e in analyse_text(text, MONDAY).events]
    text = "Kenyan rebels captured the town of Garissa."
    assert "capture" in [e.verb for e in analyse_text(text, MONDAY).events]
    text = "The new loan scheme allows Kenyan farmers to borrow more."
    assert "allow" not in [e.verb for e in analyse_text(text, MONDAY).events]
    text = "The Kenyan government allowed the refugees to return to Somalia."
    assert "allow" in [e.verb for e in analyse_text(text, MONDAY).events]


def test_coordinated_verbs_share_the_object_of_the_second(analyse_text: Analyser) -> None:
    events = analyse_text("Zimbabwean police beat and arrested protesters in Harare.", MONDAY)
    codes = {e.verb: e.cameo for e in events.events}
    assert codes.get("beat") == "182" and codes.get("arrest") == "173", codes


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # Shooting back is a retort when the particle is parsed as an adverb ...
        ("The Kenyan president shot back that the report was false.", "shoot"),
        # ... hosting a show or a fundraiser hosts no visitor ...
        ("The Kenyan president hosted a fundraiser in Nairobi.", "host"),
        # ... a message shared with the public is no intelligence shared ...
        ("The Kenyan president shared the news with his supporters.", "share"),
        # ... and lifting anything but a sanction, a ban or a blockade eases nothing.
        ("The Kenyan president hopes the vote will lift him into contention.", "lift"),
    ],
)
def test_verbs_with_objects_or_particles_of_another_sense_are_no_events(
    analyse_text: Analyser, text: str, verb: str
) -> None:
    assert verb not in [e.verb for e in analyse_text(text, MONDAY).events]


def test_a_particle_parsed_as_an_adverb_selects_its_entry(analyse_text: Analyser) -> None:
    text = "The Kenyan opposition backed away from the peace deal."
    assert _only(analyse_text(text, MONDAY)).cameo.startswith("08")
    text = "Kenyan police shot two protesters in Nairobi."
    assert _only(analyse_text(text, MONDAY)).cameo == "193"


def test_lifting_sanctions_eases_them(analyse_text: Analyser) -> None:
    assert _only(analyse_text("Kenya lifted sanctions on Uganda.", MONDAY)).cameo == "085"


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # People captured are detained (173) ...
        ("Kenyan troops captured the militant commander near the border.", "173"),
        ("He was captured by Kenyan troops near the border.", "173"),
        # ... a town captured is occupied (192), even when a name follows "of".
        ("Kenyan troops captured the town of Kismayo.", "192"),
    ],
)
def test_capturing_people_is_detention_and_capturing_places_occupation(
    analyse_text: Analyser, text: str, cameo: str
) -> None:
    assert [e.cameo for e in analyse_text(text, MONDAY).events if e.verb == "capture"] == [cameo]


@pytest.mark.parametrize(
    "text",
    [
        # A fight for an election's stakes is a political contest, no armed conflict ...
        "The Kenyan opposition and the Kenyan president fought it out for first place.",
        "The Kenyan president battled with the Kenyan opposition for votes in the capital.",
        # ... and so is one whose modifier names a political or legal contest.
        "The Kenyan president fought a bruising primary battle against his rival.",
        "The Kenyan opposition waged a bitter leadership battle against the Kenyan president.",
        "The Kenyan opposition launched a legal battle against the Kenyan government.",
    ],
)
def test_a_political_contest_is_no_armed_conflict(analyse_text: Analyser, text: str) -> None:
    assert [e.cameo for e in analyse_text(text, MONDAY).events] == []


@pytest.mark.parametrize(
    "text",
    [
        # Only a word for a contest is tested: a victim or a site named by a contest
        # word is still attacked.
        "Gunmen killed a court official in Baghdad.",
        "Militants attacked a campaign office in Kabul.",
        "Suicide bombers attacked a court complex in Kabul.",
    ],
)
def test_an_attack_on_a_political_target_stays_armed(analyse_text: Analyser, text: str) -> None:
    assert [e.plover for e in analyse_text(text, MONDAY).events] == ["ASSAULT"]


def test_a_fight_for_a_town_stays_armed(analyse_text: Analyser) -> None:
    text = "Kenyan troops fought the Somali militants for control of the town."
    assert _only(analyse_text(text, MONDAY)).plover == "ASSAULT"


def test_a_call_is_a_phone_call_only_with_someone(analyse_text: Analyser) -> None:
    # A bare "call" is an appeal or a proposal more often than a telephone call (041).
    text = "The Kenyan president's call drew the anger of the Kenyan opposition."
    assert "041" not in [e.cameo for e in analyse_text(text, MONDAY).events]
    text = "The Kenyan president held a long call with the Ugandan president."
    assert _only(analyse_text(text, MONDAY)).cameo == "041"


def test_a_negated_verb_of_excluding_is_no_rejection(analyse_text: Analyser) -> None:
    # Not ruled out: the strike is a possibility, and no one rejected anything.
    events = analyse_text("Peru has not ruled out a strike on the rebel camps.", MONDAY).events
    assert [(e.plover, e.modality, e.negated) for e in events] == [
        ("ASSAULT", "hypothetical", False)
    ]
    # Ruled out: a rejection.
    event = _only(analyse_text("Peru ruled out talks with the rebels.", MONDAY))
    assert (event.plover, event.negated) == ("REJECT", False)


def test_an_attempt_is_dated_in_the_past(analyse_text: Analyser) -> None:
    # Published on a Monday: the attempt was the Friday before, the promise the one after.
    tried = _only(analyse_text("Polish police tried to arrest the smugglers on Friday.", MONDAY))
    will = _only(analyse_text("Polish police will arrest the smugglers on Friday.", MONDAY))
    assert (tried.modality, tried.date) == ("intended", date(2018, 10, 5))
    assert (will.modality, will.date) == ("intended", date(2018, 10, 12))


def test_a_purpose_not_yet_served_is_dated_ahead(analyse_text: Analyser) -> None:
    # Published on a Monday: troops being sent to disarm militias on Friday will do so
    # on the Friday after.
    text = "Kenyan troops are being sent to Somalia to disarm the militias on Friday."
    event = next(e for e in analyse_text(text, MONDAY).events if e.verb == "disarm")
    assert (event.modality, event.date) == ("intended", date(2018, 10, 12))


@pytest.mark.parametrize(
    ("text", "cameo", "rule"),
    [
        # An armed body blasting something attacks it ...
        ("Syrian warplanes blasted a school in Idlib.", "190", "attack by force: 111 -> 190"),
        # A force of an international body is armed too (IGOUNOMIL).
        (
            "UN peacekeepers blasted the militia with mortar fire near the airport.",
            "190",
            "attack by force: 111 -> 190",
        ),
        # ... as does anyone blasting a town in a sentence of armed force ...
        (
            "The prime minister blasted Jenin and Nablus after the suicide bombings.",
            "190",
            "attack by force: 111 -> 190",
        ),
        # ... but not in a sentence of no armed force; and blasting a country or its
        # capital is criticism, whatever the sentence.
        ("The prime minister blasted Jenin and Nablus in a speech.", "111", None),
        ("Syria blasted Turkey over the bombings.", "111", None),
        ("Syria blasted Ankara over the bombings.", "111", None),
        # An armed group blasting a decision in a sentence of no armed force criticises.
        ("Hamas blasted the Egyptian decision to close the crossing.", "111", None),
    ],
)
def test_a_criticism_verb_in_its_literal_sense_is_force(
    analyse_text: Analyser, text: str, cameo: str, rule: str | None
) -> None:
    events = analyse_text(text, MONDAY).events
    blasts = [e for e in events if e.verb == "blast"]
    assert blasts, [(e.verb, e.cameo) for e in events]
    assert {(e.cameo, e.rule) for e in blasts} == {(cameo, rule)}


def test_a_name_coordinated_with_a_noun_shares_it_as_the_object(analyse_text: Analyser) -> None:
    # The parse makes "Hamas" the object and "offices" its conjunct: closing the offices
    # of a group is an administrative sanction (172), not a closure of nothing.
    text = "The Egyptian government closed dozens of Hamas and Muslim Brotherhood offices."
    events = analyse_text(text, MONDAY).events
    assert {(e.cameo, e.source.code) for e in events} == {("172", "EGYGOV")}
    assert "HAMAS" in {e.target.name.upper() for e in events if e.target is not None}


@pytest.mark.parametrize(
    ("text", "verb", "cameo", "plover"),
    [
        # What states and armed groups hold, take, recall, lift and throw in wire news.
        ("The army is holding 300 villagers in a camp near Kisangani.", "hold", "173", "COERCE"),
        ("Rebels took the town of Kenema after two days of fighting.", "take", "192", "COERCE"),
        ("Government forces have taken half of the airport.", "take", "192", "COERCE"),
        ("Nigerian troops took 25 rebels prisoner.", "take", "173", "COERCE"),
        # The predicate noun of a passive is its object: "were taken prisoner".
        ("Four Kenyan soldiers were taken prisoner by the militia.", "take", "173", "COERCE"),
        ("Ghana recalled its high commissioner from Lagos.", "recall", "161", "SANCTION"),
        ("Israel lifted the closure of Nablus on Monday.", "lift", "0872", "RETREAT"),
        ("Militants threw a grenade at a Nepalese police post.", "throw", "183", "ASSAULT"),
        # A named person received is a visit hosted; a named place returned is property.
        ("King Hussein received Mr Rabin at his palace in Aqaba.", "receive", "043", "CONSULT"),
        ("Portugal returned Macau to China in 1999.", "return", "0842", "RETREAT"),
        ("Seoul said Pyongyang broke the armistice twice this week.", "break", "196", "ASSAULT"),
        ("Canada reduced its embassy staff in Caracas.", "reduce", "161", "SANCTION"),
        ("Tehran provided rockets to the militia in Basra.", "provide", "072", "AID"),
        ("Indian jets hit militant front lines in Kashmir.", "hit", "190", "ASSAULT"),
        ("Georgian troops defeated the separatists near Sukhumi.", "defeat", "190", "ASSAULT"),
        ("The Pentagon shared satellite imagery with Kenya.", "share", "064", "COOPERATE"),
        # Forces recalled, withdrawn or cut are a de-escalation; forces boosted a mobilization.
        ("Belgium recalled its paratroopers from Kigali.", "recall", "087", "RETREAT"),
        ("Moscow withdrew its military advisers from Aden.", "withdraw", "087", "RETREAT"),
        ("The army reduced its garrison in Kismayo.", "reduce", "087", "RETREAT"),
        ("Beijing boosted its naval forces near the Paracels.", "boost", "154", "MOBILIZE"),
        # Closing a university is an administrative sanction.
        ("The junta closed the university in Mandalay after a strike.", "close", "172", "COERCE"),
        # Yielding and flying with no object give way and visit.
        ("The Kenyan government yielded to the strikers.", "yield", "080", "CONCEDE"),
        ("The Kenyan president flew to Kampala on Monday.", "fly", "042", "CONSULT"),
    ],
)  # fmt: skip
def test_objects_that_make_wire_news_acts(
    analyse_text: Analyser, text: str, verb: str, cameo: str, plover: str
) -> None:
    event = next(e for e in analyse_text(text, MONDAY).events if e.verb == verb)
    assert (event.cameo, event.plover) == (cameo, plover)


@pytest.mark.parametrize(
    "text",
    [
        # Taking political capital seizes no capital city; recalling years is memory.
        "The senator took political capital from the vote.",
        "The richest tenth of households took in most capital gains last year.",
        "The Kenyan government cut the labor force of the civil service by a third.",
        "She recalled her years as a student in Lagos.",
        # Yielding results produces them; flying someone somewhere transports them.
        "Kenyan army operations in the north are yielding results.",
        "The Kenyan air force flew the injured boy to Nairobi.",
    ],
)
def test_objects_that_leave_a_verb_no_event(analyse_text: Analyser, text: str) -> None:
    assert analyse_text(text, MONDAY).events == ()


@pytest.mark.parametrize(
    ("text", "cameo", "rule"),
    [
        # An armed force arriving somewhere is deployed there (as "deployed"), no visit ...
        ("Belgian soldiers arrived in Chad on Friday.", "154", "arrival of a force: 042 -> 154"),
        # ... peacekeepers, by their code's sector or by their words, provide peacekeeping;
        ("A battalion of UN peacekeepers arrived in Liberia.", "074",
         "arrival of 'peacekeeper': 042 -> 074"),
        ("The last unit of EU peacekeeping troops arrived in Chad.", "074",
         "arrival of 'peacekeeping troop': 042 -> 074"),
        # ... while a leader's or an envoy's arrival, and a call on a host, stay visits.
        ("The Belgian defence minister arrived in Chad on Friday.", "042", None),
        ("Two Belgian frigates visited Dakar on Friday.", "042", None),
    ],
)  # fmt: skip
def test_an_armed_force_arriving_is_deployed(
    analyse_text: Analyser, text: str, cameo: str, rule: str | None
) -> None:
    event = _only(analyse_text(text, MONDAY))
    assert (event.cameo, event.rule) == (cameo, rule)


def test_a_bombing_raid_is_an_air_attack(analyse_text: Analyser) -> None:
    # "bombing" before "raids" says the raid is from the air (195), as "air raids" does;
    # a raid with no such word stays a raid (170).
    bombing = _only(analyse_text("Sudanese jets carried out bombing raids on Kadugli.", MONDAY))
    assert (bombing.cameo, bombing.plover) == ("195", "ASSAULT")
    plain = _only(analyse_text("Sudanese police raided the offices of the party.", MONDAY))
    assert (plain.cameo, plain.plover) == ("170", "COERCE")


@pytest.mark.parametrize(
    ("text", "negated_code"),
    [
        # An agreement refused, with no act of its own, is a rejection, not a negated one.
        ("Peru said it would not accept more migrants from Venezuela.", "120"),
        ("Chile refused to accept the new border treaty.", None),
    ],
)  # fmt: skip
def test_a_refused_acceptance_is_a_rejection(
    analyse_text: Analyser, text: str, negated_code: str | None
) -> None:
    event = _only(analyse_text(text, MONDAY))
    assert (event.plover, event.negated) == ("REJECT", False)
    assert negated_code is None or event.cameo == negated_code


def test_an_acceptance_merely_not_made_stays_negated(analyse_text: Analyser) -> None:
    # Not having agreed yet states no refusal: no will, no refusing verb.
    event = _only(analyse_text("Kenya did not agree to the plan on Monday.", MONDAY))
    assert (event.plover, event.negated) == ("AGREE", True)


@pytest.mark.parametrize(
    ("text", "cameo", "plover"),
    [
        # Aid goods handed over are given (07), not returned or released (0842) ...
        ("Danish nurses handed over four tons of medicine to the Iraqi Red Crescent.", "070",
         "AID"),
        # ... while weapons handed over are still given up.
        ("The militia handed over its weapons to the army.", "0842", "RETREAT"),
        # Cancelling or revoking a restriction eases it (081), no sanction (160).
        ("The high court cancelled restrictions on Kurdish newspapers.", "081", "CONCEDE"),
        ("The junta revoked the curfew in the capital.", "0813", "RETREAT"),
        ("Ghana cancelled the visit of the Togolese minister.", "160", "SANCTION"),
        # Letting aid through is allowing the delivery of humanitarian aid (0863).
        ("Jordan allowed the delivery of wheat to the camps in Syria.", "0863", "RETREAT"),
        ("Egypt permitted medicine into Gaza on Sunday.", "0863", "RETREAT"),
        # What a delivery or a supply holds says whether it is aid: arms are not.
        ("Russia allowed the delivery of missiles to Syria.", "080", "CONCEDE"),
        ("Germany permitted the supply of tanks to Poland.", "080", "CONCEDE"),
        ("Kenya allowed the delivery of 500 tons of wheat to Somalia.", "0863", "RETREAT"),
    ],
)  # fmt: skip
def test_what_is_handed_over_cancelled_or_allowed_sets_the_code(
    analyse_text: Analyser, text: str, cameo: str, plover: str
) -> None:
    event = _only(analyse_text(text, MONDAY))
    assert (event.cameo, event.plover) == (cameo, plover)


def test_a_statement_denied_demands_nothing_of_whom_it_names(analyse_text: Analyser) -> None:
    # Only the giver of a reminder or message says its "must" clause: a denial does not.
    text = "The Kenyan minister denied the statement that Uganda must withdraw its soldiers."
    plovers = [e.plover for e in analyse_text(text, MONDAY).events]
    assert "REQUEST" not in plovers, plovers


def test_a_must_clause_about_the_sender_demands_nothing_of_the_addressee(
    analyse_text: Analyser,
) -> None:
    # "he" cannot stand for the voters the message went to: the sender's own obligation.
    text = "The Ghanaian president sent a message to Togolese voters that he must win the vote."
    targets = [e.target.code for e in analyse_text(text, MONDAY).events if e.target]
    assert "TGOCVL" not in targets, targets
