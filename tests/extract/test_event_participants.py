"""Who does what to whom, one parse rule at a time: kinds named by a modifier, light
verbs and their particles, complaints about a third party, passives shared by
coordination, compound objects, places in apposition, orders, the content of a noun
hung on its light verb, and coordinated verbs sharing an object as one act. Each
sentence is written for its rule."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.config import load_settings
from eventwire.extract.mentions import subject_of
from eventwire.extract.restatements import Candidate, restatements
from eventwire.models import AnalyzedArticle, Event, EventActor
from eventwire.nlp import load_pipeline

Analyser = Callable[..., AnalyzedArticle]
MONDAY = date(2018, 10, 8)


def _events(analyse_text: Analyser, text: str) -> list[tuple[str, str, str | None, str | None]]:
    events = analyse_text(text, MONDAY).events
    return [(e.verb, e.plover, e.source.code, e.target.code if e.target else None) for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A trigger noun modifying another noun names a kind of thing, not an act.
        ("EU sanctions experts visited Iran.", ["visit"]),
        # Also as the object of a light verb, when the noun it modifies names people: the
        # militia holds relief workers, it holds no relief (070).
        ("The militia is still holding four relief workers.", ["hold"]),
        # "carry" is a light verb only with "out": truce monitors carried are no truce.
        ("Syrian jets shot down a plane carrying UN ceasefire monitors.", ["shoot"]),
        # An adjective of a kind is no one's act: no source, no event.
        ("The military occupation ended.", []),
        # "hit" is an attack only on what force is used on.
        ("Kenyan exports hit a record in March.", []),
        # A patient is never the doer of a participle it shares a passive with.
        ("Twenty people were killed or wounded in Gaza.", []),
        # Declining to comment is a statement (CAMEO 011), no rejection; a reply refused
        # to a demand is one.
        ("The Chilean defence minister declined to comment on the reports.", []),
        ("The Chilean defence minister refused to respond to the rebels' demands.", ["refuse"]),
        # Ending an act is no light verb: the strike ended is not stated as done.
        ("Kenyan teachers ended their strike against the government.", []),
    ],
)
def test_what_is_not_an_event(analyse_text: Analyser, text: str, expected: list[str]) -> None:
    assert [verb for verb, *_ in _events(analyse_text, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels carried out attacks on the army.", ("attack", "ASSAULT")),
        # A verb that does what its object names: the object is the act, done by the
        # subject ("struck a deal" is no strike, "traded fire" no trade).
        ("Israel struck a deal with Hamas in Cairo.", ("deal", "AGREE", "ISR", "PSEREB")),
        ("Pakistani troops traded fire with Indian soldiers.", ("fire", "ASSAULT", "PAKMIL")),
        ("Iran levelled accusations against Saudi Arabia.", ("accusation", "ACCUSE", "IRN")),
        ("Iran cast the blame on Saudi Arabia.", ("blame", "ACCUSE", "IRN", "SAU")),
        ("Prosecutors in Kenya brought charges against the former minister.", ("charge", "COERCE")),
        # A complaint's target is what it is about; the addressee only hears it.
        (
            "Syria complained to the UN Security Council about Turkish air raids.",
            ("complain", "ACCUSE", "SYR", "TUR"),
        ),
        # "violated the ceasefire agreement" violates a ceasefire (196), not a norm.
        ("Both armies violated the ceasefire agreement.", ("violate", "ASSAULT")),
        # A place named in apposition ("the capital Kabul") stands for its state.
        (
            "Rebels exploded a car bomb in the capital Kabul.",
            ("explode", "ASSAULT", "AFGREB", "AFGGOV"),
        ),
        # "order" is a light verb: the one who orders does what is ordered.
        (
            "Egypt ordered the arrest of Muslim Brotherhood leaders.",
            ("arrest", "COERCE", "EGY", "EGYOPP"),
        ),
        ("The government of Pakistan ordered patrols by police.", ("patrol", "MOBILIZE", "PAKGOV")),
        # The content clause of a noun, hung by the parser on its light verb.
        (
            "The ILO repeated its demand that Israel lift the restrictions.",
            ("demand", "REQUEST", "IGOUNOILO", "ISR"),
        ),
        # A conjunct of a light verb's object is its object too.
        (
            "Israeli forces launched artillery and rocket fire against Hamas positions.",
            ("fire", "ASSAULT", "ISRMIL", "PSEREB"),
        ),
        # A past tense the parser hung on a noun as a participle, known by its object.
        (
            "Nurses from three British aid agencies donated and then delivered "
            "medicine worth $20,000 to a hospital in Kabul.",
            ("donate", "AID", "GBRNGO", "AFGHLH"),
        ),
        # A clause the parser took for the object is searched for the actor inside it.
        (
            "Russia on Tuesday vetoed the Security Council draft condemning "
            "as a breach of the truce its conduct.",
            ("veto", "REJECT", "RUS", "IGOUNO"),
        ),
        # The object moved after an "as" phrase, hung on it as an apposition.
        (
            "Greece on Monday denounced as a grave injustice Turkey's handling of the protests.",
            ("denounce", "ACCUSE", "GRC", "TUR"),
        ),
        # Who a passive verb befell suffered the act its "in"/"during" phrase names.
        (
            "Two Iraqi policemen were wounded during a raid by Kurdish rebels.",
            ("raid", "COERCE", "IRQREB", "IRQCOP"),
        ),
        # A participle set off after its noun is done to that noun.
        (
            "The village, shelled by Syrian government forces, was evacuated.",
            ("shell", "ASSAULT", "SYRMIL", "SYRCVL"),
        ),
        # The agent of a passive light verb does what its subject names.
        ("The protest was organised by Egyptian students.", ("protest", "PROTEST", "EGYEDU")),
        # The infinitive on a rejected or accepted noun says what it asks or offers, and
        # so whom the act concerns.
        (
            "Nigeria rejected a request for its troops to be sent to Liberia.",
            ("reject", "REJECT", "NGA", "LBR"),
        ),
        (
            "Turkey declined an invitation to join talks with Greek officials.",
            ("decline", "REJECT", "TUR", "GRCGOV"),
        ),
        # A target named only by its role belongs where the act happened, not to the
        # state of its doers.
        (
            "Israeli troops killed three people in Gaza on Monday.",
            ("kill", "ASSAULT", "ISRMIL", "PSECVL"),
        ),
        (
            "Turkish warplanes bombed villages in northern Iraq.",
            ("bomb", "ASSAULT", "TURMIL", "IRQCVL"),
        ),
        # The recipient's "to", which the parser may take for a dative, not the troops.
        (
            "Spain sent troops to Bolivia to fight drug traffickers.",
            ("send", "AID", "ESP", "BOL"),
        ),
        # Blasting a thing force is used on is an attack; blasting a person is criticism.
        ("Kenyan jets blasted a rebel camp near Kismayo.", ("blast", "ASSAULT", "KEN")),
        ("The Kenyan minister blasted Ugandan envoys.", ("blast", "ACCUSE", "KENGOV", "UGAGOV")),
        # As an attack, it is done to the place it happened in, as attacks are.
        ("Kenyan jets blasted rebel positions in Somalia.", ("blast", "ASSAULT", "KEN", "SOM")),
        # A verb of coming together: what its "for" phrase names is its subject's act.
        (
            "Hundreds of Kenyan farmers gathered for a protest against the new tax law.",
            ("protest", "PROTEST", "KENAGR"),
        ),
        # A verb of going into an act: what its "on" phrase names is its subject's act.
        ("Jailed activists went on a hunger strike in Cairo.", ("strike", "PROTEST")),
        # The parser gave the subject to the reporting verb after the comma and hung the
        # main verb on it as a participle: the subject still does the act.
        (
            "Angry Bolivian miners resorted to throwing stones at police, witnesses said "
            "on Friday.",
            ("throw", "PROTEST", "BOLLAB"),
        ),
        # A verb the parser gave several subjects: the one that names an actor.
        (
            "In an interview, co-host Anna Berg asked the minister to resign.",
            ("ask", "REQUEST", None),
        ),
        # Partitives are looked through to the group ("both of", "each of").
        ("Both of the opposition parties rejected the budget.", ("reject", "REJECT")),
        # The owner of a noun does what its infinitive or "of" phrase names.
        (
            "Ghana's decision to impose a curfew on Kumasi surprised residents.",
            ("curfew", "COERCE", "GHA"),
        ),
        ("The rebels' hopes of capturing the port of Kismayo faded.", ("capture", "COERCE")),
        # Who claims responsibility for an act owns it.
        (
            "Chechen rebels claimed responsibility for the attack on the Russian army post.",
            ("attack", "ASSAULT", "RUSREB"),
        ),
        # Who withdraws or visits is named by the noun's "of" phrase, and by the passive
        # subject when no one else is named for it.
        (
            "The withdrawal of Ugandan troops from Rwanda began on Monday.",
            ("withdrawal", "RETREAT", "UGAMIL", "RWA"),
        ),
        # The count is part of who acts, never another party to the act.
        (
            "Half of the Hutu militiamen in Rwanda have been demobilized.",
            ("demobilize", "RETREAT", "RWAREB", None),
        ),
        # A counted people named by its origin lives where the sentence places it.
        (
            "Half of the ethnic Serb fighters in Croatia have been demobilized.",
            ("demobilize", "RETREAT", "HRVREB"),
        ),
        # A bare count as the subject is a crowd of the country the text is about.
        ("Thousands protested in Jakarta against the new law.", ("protest", "PROTEST", "IDNCVL")),
        # Groups named by their role are actors, with their sector.
        ("Mourners attacked a police station in Karachi.", ("attack", "ASSAULT", "PAKCVL")),
        # Who puts someone under arrest arrests them; a passive names only the one arrested.
        (
            "Kenyan police put the opposition leader under house arrest on Monday.",
            ("arrest", "COERCE", "KENCOP"),
        ),
        (
            "The opposition leader was placed under house arrest by Kenyan police.",
            ("arrest", "COERCE", "KENCOP"),
        ),
        # A meeting or a fight named with its counterpart in an adjunct of a clause is the
        # act of the clause's subject with that counterpart.
        (
            "The Kenyan foreign minister flew home after talks with Ugandan envoys.",
            ("talk", "CONSULT", "KENGOV", "UGAGOV"),
        ),
        (
            "Kenyan troops entered the town of Mandera after heavy fighting with Somali rebels.",
            ("fighting", "ASSAULT", "KENMIL", "SOMREB"),
        ),
        # "returned fire", "hit a convoy": the object makes the verb an attack.
        ("Kenyan soldiers returned fire on Monday.", ("return", "ASSAULT", "KENMIL")),
        ("Ugandan helicopters hit a rebel convoy near Gulu.", ("hit", "ASSAULT", "UGAMIL")),
        # The act a verb answers or goes on with, or goes into, is its subject's: the noun
        # after the verb's listed preposition (the verb, a trigger elsewhere, gives way).
        ("Kenya responded with sanctions against Uganda.", ("sanction", "COERCE", "KEN", "UGA")),
        (
            "The Kenyan president went ahead with a visit to Uganda.",
            ("visit", "CONSULT", "KENGOV", "UGA"),
        ),
        (
            "Kenyan police pressed ahead with the arrest of Somali traders.",
            ("arrest", "COERCE", "KENCOP"),
        ),
        ("Kenyan teachers embarked on a strike in Nairobi.", ("strike", "PROTEST", "KENEDU")),
        (
            "Kenyan students participated in a protest against the government.",
            ("protest", "PROTEST"),
        ),
        # Also in a relative clause: its pronoun's antecedent does it.
        (
            "The Kenyan minister, who embarked on a visit to Uganda, spoke to reporters.",
            ("visit", "CONSULT", "KENGOV", "UGA"),
        ),
        # An act of force with no agent is done by the subject of a clause of that moment.
        (
            "Two Somali traders were shot dead when Kenyan police entered the market.",
            ("shoot", "ASSAULT", "KENCOP", "SOMBUS"),
        ),
        # Forces sent to do an act: the act is the event, not aid to the forces.
        (
            "The Kenyan government sent troops to arrest the rebel leaders.",
            ("arrest", "COERCE", "KENGOV"),
        ),
        # A verb of pace is light: its subject does the act its object names.
        (
            "Kenya speeded up the pullout of its soldiers from Somalia.",
            ("pullout", "RETREAT", "KEN", "SOM"),
        ),
        (
            "Ethiopia accelerated the withdrawal of its troops from Eritrea.",
            ("withdrawal", "RETREAT", "ETH", "ERI"),
        ),
        (
            "The Kenyan army hastened its pullout from the Somali border town.",
            ("pullout", "RETREAT", "KENMIL", "SOM"),
        ),
        # A welcome given to a visitor is hosting the visit (043).
        (
            "The Ghanaian president gave a warm welcome to the Nigerian foreign minister.",
            ("welcome", "CONSULT", "GHAGOV", "NGAGOV"),
        ),
        # One a visitor receives is their host's.
        (
            "The Nigerian foreign minister received a warm welcome from the Ghanaian president.",
            ("welcome", "CONSULT", "GHAGOV", "NGAGOV"),
        ),
    ],
)
def test_who_does_it_and_to_whom(
    analyse_text: Analyser, text: str, expected: tuple[str | None, ...]
) -> None:
    events = _events(analyse_text, text)
    assert len(events) == 1, events
    # What ``expected`` leaves out is not checked (a role's guessed country, say).
    assert events[0][: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # A thing coded only through the actor named inside it is done to that actor:
        # its owner, or the name in its "from" phrase.
        ("Egypt sharply criticized Israel's new settlement policy.", "Israel"),
        ("The Greek premier rejected a proposal from Turkey.", "Turkey"),
        # A group named by the phrase's role words keeps the whole phrase: the country
        # word alone would lose who they are.
        ("Syrian forces shelled rebel-held Palestinian refugee camps.", "PSEREF"),
        # A reaction to an act is aimed at its doer, named in its "by" phrase, also when
        # the parser hung that phrase on the verb.
        ("Rwanda condemned the bombing of Congolese villages by Ugandan troops.", "UGAMIL"),
        ("Kenya denounced the shelling of Somali villages by Ethiopian troops.", "ETHMIL"),
        # An adjective that codes a group names no actor apart from it.
        ("The rebels released three Italian hostages.", "three Italian hostages"),
    ],
)
def test_the_actor_inside_a_thing_done_to(analyse_text: Analyser, text: str, target: str) -> None:
    events = analyse_text(text, MONDAY).events
    assert len(events) == 1, events
    found = events[0].target
    assert found is not None
    assert target in {found.name, found.code}


def _event(verb: str, target: str | None, quote: int | None = None) -> Event:
    return Event(
        cameo="190",
        plover="ASSAULT",
        mode=None,
        verb=verb,
        text=verb,
        start=0,
        end=len(verb),
        sentence=verb,
        source=EventActor("Israeli troops", "a1", "ISRMIL"),
        target=EventActor(target, None, None) if target else None,
        quote=quote,
    )


def test_one_act_restated_is_one_event_from_the_highest_trigger() -> None:
    candidates = [
        Candidate(_event("kill", "civilians"), sentence=0, depth=2),
        Candidate(_event("wound", "civilians"), sentence=0, depth=3),
        Candidate(_event("attack", "civilians"), sentence=0, depth=1),
    ]
    assert restatements(candidates) == {0, 1}


def test_an_act_with_no_target_restates_the_same_actors_act_with_one() -> None:
    candidates = [
        Candidate(_event("shell", "the town"), sentence=0, depth=0),
        Candidate(_event("kill", None), sentence=0, depth=1),
        Candidate(_event("kill", None), sentence=9, depth=1),
    ]
    assert restatements(candidates) == {1}


def test_other_participants_or_sentences_are_other_acts() -> None:
    candidates = [
        Candidate(_event("kill", "civilians"), sentence=0, depth=1),
        Candidate(_event("kill", "soldiers"), sentence=0, depth=2),
        Candidate(_event("kill", "civilians"), sentence=9, depth=2),
        Candidate(_event("kill", "civilians", quote=0), sentence=0, depth=2),
    ]
    assert restatements(candidates) == set()


def test_coordinated_verbs_share_their_object_and_state_one_act(analyse_text: Analyser) -> None:
    events = analyse_text("Israeli troops shot and killed two Palestinians in Hebron.", MONDAY)
    assert [
        (e.verb, e.source.code, e.target.name if e.target else None) for e in events.events
    ] == [("shoot", "ISRMIL", "two Palestinians")]
    # Acts of different types with the same participants stay two events.
    # ("beat up": a bare "beat" is an assault only with a victim of its own, see
    # trigger_objects.tsv.)
    kinds = _events(analyse_text, "Police beat up and arrested protesters in Cairo.")
    assert [(verb, plover) for verb, plover, *_ in kinds] == [
        ("beat", "ASSAULT"),
        ("arrest", "COERCE"),
    ]
    # With the shared object comes the phrase saying whom the act is for.
    aid = _events(
        analyse_text,
        "Volunteers from two Turkish charities donated and delivered food to Syrian refugees.",
    )
    assert aid == [("donate", "AID", "TURNGO", "SYRREF")]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # The sides a "between" phrase names act on each other.
        ("Talks between Israel and Hamas resumed in Cairo.", ("ISR", "PSEREB")),
        (
            "Clashes between Turkish police and Kurdish protesters left three dead.",
            ("TURCOP", "TURCVL"),
        ),
        # A mutual act a passive subject suffered in, named with its sides, is theirs.
        (
            "Three people were killed in clashes between Turkish police and Kurdish protesters.",
            ("TURCOP", "TURCVL"),
        ),
        # So do the conjoined agents of a passive light verb.
        ("The talks were held by Iranian and American diplomats in Geneva.", ("IRNGOV", "USAGOV")),
    ],
)
def test_both_sides_of_a_mutual_act(
    analyse_text: Analyser, text: str, sides: tuple[str, str]
) -> None:
    first, second = sides
    pairs = {(source, target) for _, _, source, target in _events(analyse_text, text)}
    assert pairs == {(first, second), (second, first)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Where a statement is made is not whom it is made to.
        ("In Nairobi, the Kenyan minister announced the agreement.", ("agreement", None)),
        # A place where an act is done stands for the state it is done to.
        ("The Turkish army lifted the curfew in Diyarbakir.", ("lift", "TUR")),
    ],
)
def test_a_place_is_a_target_only_of_acts_done_there(
    analyse_text: Analyser, text: str, expected: tuple[str, str | None]
) -> None:
    assert [(verb, target) for verb, _, _, target in _events(analyse_text, text)] == [expected]


def test_conjoined_doers_of_praise_do_not_praise_each_other(analyse_text: Analyser) -> None:
    events = _events(analyse_text, "Norway and Canada praised the ceasefire deal on Tuesday.")
    assert {(source, target) for _, _, source, target in events} == {
        ("NOR", None),
        ("CAN", None),
    }


@pytest.mark.parametrize(
    "text",
    [
        "President Kenyatta said his predecessor resigned after the riots.",
        "Senator Okafor spoke in Abuja. His wife later praised the reforms.",
    ],
)
def test_a_person_tied_to_an_actor_is_not_that_actor(analyse_text: Analyser, text: str) -> None:
    verbs = [verb for verb, _, _, _ in _events(analyse_text, text)]
    assert not {"resign", "praise"} & set(verbs), verbs


def test_acts_conjoined_each_with_its_own_doer_phrase_keep_their_doers(
    analyse_text: Analyser,
) -> None:
    text = "The ruling drew praise from Kenya and criticism from Uganda."
    events = _events(analyse_text, text)
    assert {(verb, plover, source) for verb, plover, source, _ in events} == {
        ("praise", "SUPPORT", "KEN"),
        ("criticism", "ACCUSE", "UGA"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # With an object the verb is another verb: the strike is not the union's act.
        "The union gathered signatures for a strike.",
        # A reporting verb's later subject with no comma is no sign of a missed main verb.
        "A statement posted on the website rejected the charges.",
        # A call is how a clause's words were said, not a consultation of the speaker's.
        "The Kenyan minister said on a call with reporters that the budget was ready.",
        # The one placed under arrest does not arrest.
        "The opposition leader was placed under house arrest.",
        # An "as" clause of no armed doer says why, not who did it.
        "The Kenyan talks were suspended as the Ugandan government holds the power.",
        # A verb is light only for the first phrase of its preposition: the second says
        # what came with it.
        "Kenya pushed on with the scheme, with approval last week to raise the count of seats.",
    ],
)
def test_sources_that_are_not_there(analyse_text: Analyser, text: str) -> None:
    sources = [source for _, _, source, _ in _events(analyse_text, text)]
    assert sources == [], sources


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An act named with its doer inside another noun's phrase is still reported.
        (
            "Kenya closed the border in the wake of deadly suicide attacks by Somali militiamen.",
            ("attack", "SOMREB"),
        ),
        # The parser hangs the acts' "by" phrase on the measure word counting them.
        (
            "Kenya closed the border after a wave of attacks by Somali militiamen.",
            ("attack", "SOMREB"),
        ),
    ],
)
def test_an_act_with_its_doer_inside_a_phrase(
    analyse_text: Analyser, text: str, expected: tuple[str, str]
) -> None:
    events = [(verb, source) for verb, _, source, _ in _events(analyse_text, text)]
    assert expected in events, events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb reporting an act whose doer a "by" phrase names states that act; the
        # parser hangs the "by" phrase on the act's "of" object, which keeps its name.
        (
            "Officials confirmed the arrest of three Taliban commanders by Afghan troops.",
            ("arrest", "COERCE", "AFGMIL", "AFGREB"),
        ),
        (
            "The minister's aides reported the detention of two journalists by Zimbabwean police.",
            ("detention", "COERCE", "ZWECOP", "ZWEMED"),
        ),
        # A stretch of time counts how long the acts of its "of" phrase went on.
        (
            "The rebels were driven from the valley by weeks of American bombing.",
            ("bombing", "ASSAULT", "USA", None),
        ),
        # A time that "saw" an act is when it happened (the parser may take the time for
        # an adverb); the act's own "between" phrase names both sides.
        (
            "The weekend saw heavy fighting between Ugandan troops and rebels near the border.",
            ("fighting", "ASSAULT", "UGAMIL", "UGAREB"),
        ),
        (
            "Friday saw clashes between Israeli soldiers and Palestinian youths in Hebron.",
            ("clash", "ASSAULT", "ISRMIL", "PSECVL"),
        ),
        # A participle of force in an apposition tells news about the name it describes.
        (
            "Mr Rahman, a Somali militia leader fighting the government in Mogadishu, declined "
            "to comment.",
            ("fight", "ASSAULT", "SOMREB", "SOMGOV"),
        ),
        # Dropping bombs is an air attack (195), on what they are dropped on.
        (
            "American warplanes dropped cluster bombs on Taliban positions north of Kabul.",
            ("drop", "ASSAULT", "USAMIL", "AFGREB"),
        ),
        # The relative clause of a cleft states the act of the one it singles out.
        (
            "It was the Kenyan president who invited the rebels to peace talks.",
            ("invite", "REQUEST", "KENGOV", "KENREB"),
        ),
        # "waging" is lemmatised "wag": still the light verb of the attacks it wages.
        (
            "Maoist rebels are waging attacks on police posts in Nepal.",
            ("attack", "ASSAULT", "NPLREB", "NPLCOP"),
        ),
    ],
)
def test_an_act_the_phrase_around_it_states(
    analyse_text: Analyser, text: str, expected: tuple[str, str, str | None, str | None]
) -> None:
    events = _events(analyse_text, text)
    assert expected in events, events


@pytest.mark.parametrize(
    "text",
    [
        # A verb of wanting names an act not done, though its doer is named.
        "The party wants an inquiry by the Senate into the deaths.",
        # An actor that "saw" an act views it: no report of the act; a state that ended
        # an act does something to it.
        "The rebels saw the attacks as a provocation.",
        "Sudan ended the blockade of Darfur.",
        # An infinitive on what a copula names is no clause of a relative pronoun: no act
        # of the subject's.
        "They were the first soldiers to be convicted of abuses in the Kenyan uprising.",
        # A participle in an apposition that is no act of force says what the name is; a
        # relative clause on what a copula says others are describes them.
        "Mr Otieno, a Kenyan lawyer visiting Kampala with his family, declined to comment.",
        "The rebels' targets are Kenyan officials who have supported the peace plan since 2010.",
        # Dropping anything but bombs is no attack.
        "The prosecutor dropped the charges against the opposition leader.",
    ],
)
def test_an_act_the_phrase_around_it_does_not_state(analyse_text: Analyser, text: str) -> None:
    assert _events(analyse_text, text) == []


def test_an_act_with_its_doer_inside_an_act_is_what_that_act_is_about(
    analyse_text: Analyser,
) -> None:
    text = "Kenyan students marched in protests against killings by Somali militiamen."
    assert "killing" not in [verb for verb, *_ in _events(analyse_text, text)]


def test_an_act_after_another_is_its_own_event(analyse_text: Analyser) -> None:
    # "after placing" states an act that has taken place, not the meeting's content.
    text = (
        "The Kenyan president opened a meeting with Tanzanian envoys after placing the blame "
        "on Uganda."
    )
    events = _events(analyse_text, text)
    assert ("blame", "ACCUSE", "KENGOV", "UGA") in events, events
    assert "meeting" in [verb for verb, *_ in events]


def test_a_nouns_owner_does_its_infinitive_unless_the_noun_addresses_someone() -> None:
    nlp = load_pipeline(load_settings().model)
    doc = nlp("Ghana's decision to impose a curfew surprised residents.")
    impose = next(t for t in doc if t.text == "impose")
    assert (subject := subject_of(impose)) is not None and subject.text == "Ghana"
    # "a pitch to the rebels to disarm": the rebels are to disarm, not the president.
    doc = nlp("The president's pitch to the rebels to disarm failed.")
    assert subject_of(next(t for t in doc if t.text == "disarm")) is None


def test_a_subject_the_parser_hung_before_the_verb() -> None:
    """A subject hung on the verb's auxiliary, or on a participle clause opening the
    sentence, is the verb's own."""
    nlp = load_pipeline(load_settings().model)
    doc = nlp("The Ugandan Health Department is briefing clinical workers about the virus.")
    subject = subject_of(next(t for t in doc if t.text == "briefing"))
    assert subject is not None and subject.text == "Department"
    doc = nlp("Mr Odinga, apparently getting tough on the rebels, sent his police to the border.")
    subject = subject_of(next(t for t in doc if t.text == "sent"))
    assert subject is not None and subject.text == "Odinga"


def test_a_relative_pronoun_stands_for_a_group_named_by_its_role(analyse_text: Analyser) -> None:
    """ "Rebels, who have been fighting ...": with no country to guess, the relative
    pronoun is still the rebels, known by their role word."""
    text = "Rebels, who have been fighting the government since 1983, raided a village."
    sources = {e.verb: e.source.name for e in analyse_text(text, MONDAY).events}
    assert sources.get("fight") == "Rebels", sources


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # Another act's purpose is an act of its own, not whom this one is done to.
        ("The Zambian defence minister resigned to protest Malawi's border policy.", None),
        # A protest's purpose says whom it is against.
        (
            "Zambian students marched in Lusaka to demand the expulsion of the Malawian "
            "ambassador.",
            "MWIGOV",
        ),
        # A protest held outside or in front of a body is aimed at it.
        ("Hundreds of Kurds protested outside the Turkish embassy.", "TURGOV"),
        ("Farmers rallied in front of the French embassy in Madrid.", "FRAGOV"),
        # Whom a protest defies outranks a place inside its object.
        (
            "Thousands of Chilean students blocked streets in Santiago in defiance of the police.",
            "CHLCOP",
        ),
        ("Farmers blocked the streets of Lyon in defiance of the French government.", "FRAGOV"),
        # An infinitive the parser hung on a promise as a purpose completes it.
        ("The Kenyan president promised on Sunday to end the blockade of Uganda.", "UGA"),
    ],
)
def test_whom_a_purpose_or_site_names(
    analyse_text: Analyser, text: str, target: str | None
) -> None:
    events = _events(analyse_text, text)
    assert len(events) == 1, events
    assert events[0][3] == target


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # People named by the cause, force or trade they act for are actors.
        (
            "Ghanaian campaigners accused the health minister of corruption.",
            ("accuse", "ACCUSE", "GHACVL"),
        ),
        ("Kenyan detectives questioned the former governor.", ("question", "ACCUSE", "KENCOP")),
        ("Senegalese personnel withdrew from the border post.", ("withdraw", "RETREAT", "SENMIL")),
        ("Chilean employees staged a strike at the copper mine.", ("strike", "PROTEST", "CHLLAB")),
        ("The Zambian workforce voted against the pay offer.", ("vote", "REJECT", "ZMBLAB")),
        # Followers of a religious movement are activists.
        (
            "Islamists staged a hunger strike near the Egyptian parliament.",
            ("strike", "PROTEST", "EGYCVL"),
        ),
    ],
)
def test_people_named_by_what_they_act_for(
    analyse_text: Analyser, text: str, expected: tuple[str, str, str]
) -> None:
    events = _events(analyse_text, text)
    assert len(events) == 1, events
    assert events[0][:3] == expected


def test_an_attack_is_no_doer_of_an_act_of_another_kind(analyse_text: Analyser) -> None:
    # "helped" is no act of the raids': the raids keep their own event and doer.
    text = "Air raids by Ugandan jets had helped the rebel advance."
    events = _events(analyse_text, text)
    assert [verb for verb, *_ in events] == ["raid"], events
    assert events[0][2] is not None and events[0][2].startswith("UGA")
    # A fire threatening homes threatens no one's act.
    assert _events(analyse_text, "A fire in the Kenyan capital is threatening homes.") == []


def test_an_attack_does_an_act_of_force(analyse_text: Analyser) -> None:
    events = _events(analyse_text, "Ethiopian air raids killed 12 villagers.")
    assert [(verb, plover, source) for verb, plover, source, _ in events] == [
        ("kill", "ASSAULT", "ETH")
    ]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Bolivian police detained dozens of miners near La Paz on Monday.", "miners"),
        ("Soldiers freed hundreds of Congolese villagers from the camp.", "Congolese villagers"),
        ("The junta jailed two of the opposition leaders.", "the opposition leaders"),
    ],
)
def test_the_group_a_count_picks_from_is_the_target(
    analyse_text: Analyser, text: str, target: str
) -> None:
    events = analyse_text(text, MONDAY).events
    assert [e.target.name[: len(target)] for e in events if e.target] == [target]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # A bare count stands for the group of people named before it ...
        ("Riot police beat back the Bolivian miners, injuring six and detaining 40.", "miners"),
        ("Police fired tear gas at the students and arrested 30 on Friday.", "the students"),
        (
            "Riot police fired tear gas to scatter the miners, wounding two and detaining 15.",
            "miners",
        ),
        # ... unless it names its own people, or none are named before it.
        ("Riot police arrested 30 teachers at the ministry on Friday.", "30 teachers"),
        ("Riot police in Lima arrested 30 on Friday.", None),
        # ... nor by who tells of the arrest, nor by a subject: only an object of the act
        # the arrest follows on from.
        ("Reporters said riot police in Lima arrested 30 on Friday.", None),
        ("According to medics, riot police arrested dozens on Friday.", None),
        ("Nurses went on strike, and riot police arrested 30 at a market.", None),
    ],
)
def test_a_bare_count_arrested_is_of_the_group_named_before(
    analyse_text: Analyser, text: str, target: str | None
) -> None:
    arrests = [e for e in analyse_text(text, MONDAY).events if e.plover == "COERCE"]
    assert len(arrests) == 1, arrests
    found = arrests[0].target
    assert (found is None) == (target is None), found
    assert found is None or target is None or target in found.name


def test_a_bare_count_in_a_clause_on_another_act_is_no_earlier_group(
    analyse_text: Analyser,
) -> None:
    text = (
        "Days after the president met union leaders, a bombing in Lima that killed 14 "
        "shocked the country."
    )
    kills = [e for e in analyse_text(text, MONDAY).events if e.verb == "kill"]
    assert kills and all(e.target is None for e in kills), kills


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The doer of a passive clause an accusation states is the accused.
        ("Kenya alleges the bombing was funded by Sudanese intelligence.", [("KEN", "SDNSPY")]),
        # A reaction to an act is aimed at its doer, even one named by its role.
        ("Chile rejected a peace offer by the rebels.", [("CHL", "CHLREB")]),
        ("Chile condemned the recent raids by the guerrillas.", [("CHL", "CHLREB")]),
        # What an accord or talks are about is not whom they are with: conjoined parties
        # agree with each other, and an accord with no one named has no target.
        (
            "Nepal and India reached an accord on Tibetan refugees.",
            [("NPL", "IND"), ("IND", "NPL")],
        ),
        ("The Afghan factions reached an agreement on a new cabinet.", [("AFG", None)]),
        ("Nepal and Bhutan are co-hosting a conference on Tibetan refugees.", []),
        # A verb's "on" still names whom the act it completes is done to.
        ("The Dutch minister vowed to crack down on Moroccan smugglers.", [("NLDGOV", "MARCRM")]),
        # A clause "for" introduces names whom a request asks.
        ("Peru appealed for Ecuador to withdraw its troops.", [("PER", "ECU")]),
    ],
)
def test_whom_the_clause_or_thing_names(
    analyse_text: Analyser, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(source, target) for *_, source, target in _events(analyse_text, text)] == expected


def test_a_clause_with_a_for_phrase_asks_no_one(analyse_text: Analyser) -> None:
    # Only a clause "for" introduces is the act asked ("appealed for X to withdraw"):
    # an adjunct clause with a "for" phrase of its own names no target of the withdrawal.
    text = (
        "Ecuador withdrew its troops after Peru protested to the mediators for a new "
        "border commission."
    )
    events = _events(analyse_text, text)
    assert [(verb, target) for verb, _, _, target in events if verb == "withdraw"] == [
        ("withdraw", None)
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Rebel groups shelled the northern town overnight.", "Rebel groups"),
        ("Militant factions fired rockets at the border post.", "Militant factions"),
        # A coalition, bloc, council or panel is a body of people too.
        ("The opposition bloc boycotted the new parliament.", "The opposition bloc"),
        ("A military council seized the radio station at dawn.", "A military council"),
    ],
)
def test_a_role_word_before_a_body_of_people_is_an_actor(
    analyse_text: Analyser, text: str, source: str
) -> None:
    assert [e.source.name for e in analyse_text(text, MONDAY).events] == [source]


def test_a_role_word_before_a_thing_is_no_actor(analyse_text: Analyser) -> None:
    events = analyse_text("Military exercises threatened the fishing grounds.", MONDAY).events
    assert not events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # People named by who they are are the victims of force, of the place's state.
        ("Gunmen shot dead two teenagers in Kabul on Tuesday.", ("shoot", "AFGCVL")),
        ("Police in Jakarta detained three women overnight.", ("detain", "IDNCVL")),
        # A place of origin before the word gives the country, the word the sector.
        ("Israeli soldiers beat a Hebron boy on Friday.", ("beat", "PSECVL")),
    ],
)
def test_people_named_by_who_they_are_are_victims_of_force(
    analyse_text: Analyser, text: str, expected: tuple[str, str]
) -> None:
    events = _events(analyse_text, text)
    assert (expected[0], expected[1]) in [(verb, target) for verb, _, _, target in events]


@pytest.mark.parametrize(
    "text",
    [
        # ... but no actor as the doer of an act, nor the partner of a talk.
        "A man complained to the council about the new road in Leeds.",
        "Several families demanded compensation from the builder.",
    ],
)
def test_people_named_by_who_they_are_do_no_political_act(
    analyse_text: Analyser, text: str
) -> None:
    assert not analyse_text(text, MONDAY).events


def test_people_named_by_who_they_are_are_not_met(analyse_text: Analyser) -> None:
    events = _events(analyse_text, "The Danish premier met a group of elders in Kandahar.")
    assert all(target is None or not target.endswith("CVL") for *_, target in events)


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean envoy is reported to have been shot near the border.",
        "The general said the rebel militia needs to be destroyed.",
    ],
)
def test_the_subject_a_passive_infinitive_borrows_is_not_its_doer(
    analyse_text: Analyser, text: str
) -> None:
    events = analyse_text(text, MONDAY).events
    assert not [
        e
        for e in events
        if e.verb in {"shoot", "destroy"} and e.source.name.endswith(("envoy", "militia"))
    ]


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        # Role and organisation words that act in the news, each with its sector.
        ("Peruvian police investigators arrested the mayor's driver.", "PERCOP"),
        ("Kenyan regulators accused the mobile operator of fraud.", "KENGOV"),
        ("Afghan politicians criticised the new election law.", "AFGELI"),
        ("Israeli gunships fired on a car near Jenin.", "ISRMIL"),
        ("Brazilian environmental groups condemned the dam project.", "BRANGO"),
        ("A Tunisian advocacy group urged the president to free the bloggers.", "TUNNGO"),
        ("The German chancellery rejected the coal proposal.", "DEUGOV"),
        ("Canadian conservative groups criticised the carbon tax.", "CANNGO"),
        ("Several Indian news organizations demanded access to the trial.", "INDMED"),
        ("Malaysia's ruling coalition rejected the opposition motion.", "MYSPTY"),
        # A count "in" a group picks from it as it does with "of".
        ("In Zambia, many in the opposition rejected the budget.", "ZMBOPP"),
    ],
)
def test_role_words_that_act_have_a_sector(analyse_text: Analyser, text: str, sector: str) -> None:
    assert [source for _, _, source, _ in _events(analyse_text, text)][:1] == [sector]


def test_a_noun_for_an_armed_force_before_an_act_does_it(analyse_text: Analyser) -> None:
    events = _events(analyse_text, "Police raids in Kano angered the traders of Nigeria.")
    assert ("raid", "COERCE", "NGACOP") in [
        (verb, plover, source) for verb, plover, source, _ in events
    ]


def test_a_noun_for_victims_before_an_act_does_not_do_it(analyse_text: Analyser) -> None:
    assert not analyse_text("Journalist killings in Mexico rose sharply.", MONDAY).events


def test_an_act_is_no_target_by_the_place_it_names(analyse_text: Analyser) -> None:
    # "talks in Geneva" are an act, not a Swiss actor; the embassy of a state is its own.
    text = "The rebels demanded an adjournment of the talks in Geneva."
    event = next(e for e in analyse_text(text, MONDAY).events if e.verb == "demand")
    assert event.target is None
    text = "Militants attacked the embassy of Israel in Nairobi."
    event = next(e for e in analyse_text(text, MONDAY).events if e.verb == "attack")
    assert event.target is not None and event.target.code == "ISRGOV"


def test_a_past_participle_on_a_count_names_victims_not_doers(analyse_text: Analyser) -> None:
    # "30 injured": the count is whom the injuring was done to.
    text = "Five Afghans were killed and more than 60 injured in the air strikes."
    events = analyse_text(text, MONDAY).events
    assert not [e for e in events if e.verb == "injure" and "Afghans" in e.source.name]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # The victims are the passive subject of the verb the attack hangs on, also
        # through the span the attacks fill and for a participle conjoined to that verb.
        ("Thirty farmers were killed in two nights of Russian airstrikes in Idlib.", "airstrike"),
        ("Thirty farmers were killed and 12 wounded in Russian airstrikes in Idlib.", "airstrike"),
    ],
)
def test_the_victims_of_an_attack_named_through_its_span(
    analyse_text: Analyser, text: str, verb: str
) -> None:
    targets = [target for v, _, _, target in _events(analyse_text, text) if v == verb]
    assert targets and targets[0] is not None and targets[0].endswith("AGR")


@pytest.mark.parametrize(
    ("text", "verb", "target"),
    [
        # A participle set off by dashes is done to the noun before it.
        (
            "The Kenyan mayor\u2014praised by the Kenyan president\u2014resigned.",
            "praise",
            "KENGOV",
        ),
        ("Opposition MPs, praised by the Kenyan president, resigned.", "praise", "KENLEG"),
    ],
)
def test_a_participle_after_a_noun_is_done_to_it(
    analyse_text: Analyser, text: str, verb: str, target: str
) -> None:
    assert (verb, target) in [(v, t) for v, _, _, t in _events(analyse_text, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The parser reads "held" as the main verb and the real one as its conjunct or
        # complement: the held are the ones released, not the hostage takers.
        (
            "Three Kenyan engineers held hostage by the militia were released by Somali troops.",
            [("release", "RETREAT", "SOMMIL", "KEN")],
        ),
        ("Four Kenyan nurses held hostage by the militia were freed on Friday.", []),
    ],
)
def test_a_participle_misread_as_the_main_verb_describes_its_noun(
    analyse_text: Analyser, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert _events(analyse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # The parser hangs the predicate word after the object as a clause or a second
        # object: it still says what taking the people is.
        ("Gunmen took six foreigners hostage.", "181"),
        ("Rebels took three foreigners hostage on Sunday.", "181"),
        ("The militia took the Kenyan mayor captive.", "173"),
    ],
)
def test_what_people_are_taken_as_says_what_the_taking_is(
    analyse_text: Analyser, text: str, cameo: str
) -> None:
    assert [e.cameo for e in analyse_text(text, MONDAY).events] == [cameo]


def test_a_bare_participle_is_not_done_to_its_noun(analyse_text: Analyser) -> None:
    # A document "signed by" its parties is what they sign, not whom.
    events = _events(analyse_text, "The Kenyan accord signed by Uganda took effect.")
    assert all(target != "KEN" for _, _, _, target in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A party's chosen candidate and the leading one are elites (CAMEO ELI).
        ("Kenyan trade unions endorsed the Democratic nominee.", ("endorse", "KENLAB", "KENELI")),
        (
            "The Kenyan frontrunner criticized the Ugandan government.",
            ("criticize", "KENELI", "UGAGOV"),
        ),
        (
            "The Kenyan front-runner criticized the Ugandan government.",
            ("criticize", "KENELI", "UGAGOV"),
        ),
    ],
)
def test_candidates_for_office_are_elites(
    analyse_text: Analyser, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in [(v, s, t) for v, _, s, t in _events(analyse_text, text)]


def test_a_passive_infinitive_is_done_by_its_agent(analyse_text: Analyser) -> None:
    text = "The Chilean envoy is reported to have been shot by rebels near the border."
    shot = [e for e in analyse_text(text, MONDAY).events if e.verb == "shoot"]
    assert shot and "rebels" in shot[0].source.name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The subject of "come under", "face", "draw" undergoes the act its noun names;
        # the "from" or "by" phrase does it.
        (
            "Kenyan police came under attack from Somali militants near the border.",
            ("attack", "ASSAULT", "SOMREB", "KENCOP"),
        ),
        (
            "The Nigerian government has drawn sharp criticism from Amnesty International.",
            ("criticism", "ACCUSE", "NGOAMN", "NGAGOV"),
        ),
        # "won the backing of X": the "of" phrase of an act of support names its doer.
        (
            "The Ghanaian president won the backing of the ruling party on Sunday.",
            ("backing", "SUPPORT", "GHAPTY", "GHAGOV"),
        ),
        # An attack undergone by a place is armed; by a person, from a party, in words.
        (
            "Gaza came under attack from Israel on Monday.",
            ("attack", "ASSAULT", "ISR", "PSE"),
        ),
        (
            "The Kenyan president faces open hostility from the opposition.",
            ("hostility", "ACCUSE", "KENOPP", "KENGOV"),
        ),
        # "under fire" from a party, with no word of armed force, is criticism.
        (
            "The French government is under fire from the Socialist Party over pensions.",
            ("fire", "ACCUSE", "FRAPTY", "FRAGOV"),
        ),
    ],
)
def test_an_act_undergone_is_done_by_its_from_phrase(
    analyse_text: Analyser, text: str, expected: tuple[str, ...]
) -> None:
    found = [e for e in _events(analyse_text, text) if e[0] == expected[0]]
    assert found and found[0][: len(expected)] == expected


def test_an_act_undergone_from_no_one_named_is_no_event(analyse_text: Analyser) -> None:
    # "faced trial" names no one who does it: the noun stays the object of a non-event verb.
    assert [v for v, *_ in _events(analyse_text, "The ousted minister faced trial in Lagos.")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A passive deployment with no agent is done by the forces' own state, to the
        # state of the place they are sent to.
        (
            "Several thousand Turkish soldiers were deployed to Qatar last week.",
            ("deploy", "MOBILIZE", "TURMIL", "QAT"),
        ),
        # Forces sent somewhere are sent by their state, coded as the active "Canada sent
        # troops to Latvia" is.
        (
            "Hundreds of Canadian troops were sent to Latvia in June.",
            ("send", "AID", "CANMIL", "LVA"),
        ),
    ],
)
def test_forces_sent_with_no_agent_are_sent_by_their_own_state(
    analyse_text: Analyser, text: str, expected: tuple[str, ...]
) -> None:
    assert _events(analyse_text, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # Only armed forces carry their sender's code: envoys sent name no one who sends them.
        "Two Kenyan envoys were sent to Uganda on Monday.",
        # Forces given something receive it: no destination, no sending.
        "The French soldiers were given medals on Monday.",
    ],
)
def test_people_sent_who_are_no_forces_send_themselves_nowhere(
    analyse_text: Analyser, text: str
) -> None:
    assert _events(analyse_text, text) == []


def test_an_act_undergone_takes_the_negation_of_its_verb(analyse_text: Analyser) -> None:
    events = analyse_text(
        "The Ghanaian president has not received any support from the army.", MONDAY
    ).events
    assert [(e.plover, e.source.code, e.negated) for e in events] == [("SUPPORT", "GHAMIL", True)]


@pytest.mark.parametrize(
    "text",
    [
        "Four in 10 voters in Ohio support the senator's tax plan, a new survey shows.",
        "Nearly two out of three Republicans back the governor, the poll found.",
        "The mayor won the support of six in 10 residents in the latest survey.",
    ],
)
def test_a_share_of_a_group_measured_by_a_poll_does_no_act(
    analyse_text: Analyser, text: str
) -> None:
    assert not _events(analyse_text, text)


def test_a_count_of_a_group_still_acts(analyse_text: Analyser) -> None:
    text = "Four hundred Kenyan farmers protested in Nairobi against the new tax."
    assert [(verb, plover) for verb, plover, _, _ in _events(analyse_text, text)] == [
        ("protest", "PROTEST")
    ]


def test_a_count_given_as_a_bound_is_no_share(analyse_text: Analyser) -> None:
    # The parser makes "of" a modifier of the count here, as "in" is in a ratio.
    text = "In excess of 100 Israeli soldiers attacked the village."
    assert [source for verb, _, source, _ in _events(analyse_text, text) if verb == "attack"] == [
        "ISRMIL"
    ]


def test_an_attack_undergone_by_an_armed_body_is_armed(analyse_text: Analyser) -> None:
    text = "The police patrol came under fire from villagers near the Kenyan border."
    assert ("fire", "ASSAULT") in [
        (verb, plover) for verb, plover, _, _ in _events(analyse_text, text)
    ]


# Events the coder used to miss or code as another family on real news (recall audit).
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
def test_targets_split_sides(
    analyse_text: Analyser, text: str, expected: list[tuple[str, str]]
) -> None:
    dyads = [(source, target) for _, _, source, target in _events(analyse_text, text)]
    assert dyads == expected


@pytest.mark.parametrize(
    ("text", "verb", "plover"),
    [
        ("Kenyan and Somali troops exchanged fire near the border.", "fire", "ASSAULT"),
        ("Kenyan and Somali troops traded insults near the border.", "insult", "ACCUSE"),
    ],
)
def test_what_the_sides_exchange_they_do_to_each_other(
    analyse_text: Analyser, text: str, verb: str, plover: str
) -> None:
    events = _events(analyse_text, text)
    assert events == [
        (verb, plover, "KENMIL", "SOMMIL"),
        (verb, plover, "SOMMIL", "KENMIL"),
    ]


def test_country_words_the_tagger_took_for_names_split_the_sides(
    analyse_text: Analyser,
) -> None:
    # "Thai" is tagged a proper noun modifying "officials"; each side keeps the shared words.
    events = analyse_text("Thai and Cambodian border officials met on Monday.", MONDAY).events
    assert {(e.source.name, e.target.name if e.target else None) for e in events} == {
        ("Thai border officials", "Cambodian border officials"),
        ("Cambodian border officials", "Thai border officials"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A noun naming a body of its own before the conjunction is one side ...
        ("The Kenyan army and rebel forces clashed near the town.", {"KENMIL", "KENREB"}),
        # ... and modifiers of different sectors share the noun after them.
        ("Kenyan police and opposition supporters clashed in Nairobi.", {"KENCOP", "KENOPP"}),
        # A role noun with no words of its own shares the noun: government forces.
        ("Somali government and rebel forces clashed near Kismayo.", {"SOMMIL", "SOMREB"}),
    ],
)
def test_conjoined_sides_of_different_sectors_are_each_a_side(
    analyse_text: Analyser, text: str, expected: set[str]
) -> None:
    dyads = {(source, target) for _, _, source, target in _events(analyse_text, text)}
    first, second = sorted(expected)
    assert dyads == {(first, second), (second, first)}


def test_who_uses_a_thing_to_act_does_the_act(analyse_text: Analyser) -> None:
    # What is used is no doer: the police disperse the marchers, not the batons.
    events = _events(analyse_text, "Kenyan police used batons to disperse the marchers.")
    assert [(source, target) for _, _, source, target in events] == [("KENCOP", "KENCVL")]


def test_raids_across_a_place_are_done_to_it(analyse_text: Analyser) -> None:
    events = _events(analyse_text, "Kenyan troops launched raids across Somalia on Monday.")
    assert [(plover, source, target) for _, plover, source, target in events] == [
        ("COERCE", "KENMIL", "SOM")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A stance a bare noun after "in" names is taken by the clause's subject.
        (
            "The Chilean foreign minister came out in support of the Peruvian president.",
            [("support", "SUPPORT", "CHLGOV", "PERGOV")],
        ),
        (
            "Chilean miners walked off the job in protest against the new mining law.",
            [("protest", "PROTEST", "CHLLAB", None)],
        ),
        # Right after the verb's object the phrase may describe the object.
        (
            "The Chilean foreign minister recalled the senator's loyalty in support of "
            "the Peruvian president.",
            [],
        ),
        # "in charge of" is no charge, whoever is.
        ("The Chilean foreign minister would be in charge of the mission to Peru.", []),
    ],
)
def test_a_stance_in_an_adjunct_is_the_subjects(
    analyse_text: Analyser, text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert _events(analyse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A party's members by its common name, which the NER model does not tag.
        ("Opposition Peronists rejected the budget on Friday.", ("reject", "REJECT", "ARGPTY")),
        ("The SVP campaigned against the treaty.", ("campaign", "ACCUSE", "CHEPTY")),
    ],
)
def test_parties_named_by_their_common_names(
    analyse_text: Analyser, text: str, expected: tuple[str, str, str]
) -> None:
    assert [e[:3] for e in _events(analyse_text, text)] == [expected]


def test_a_group_that_is_no_actor_acts_through_the_members_it_names(
    analyse_text: Analyser,
) -> None:
    """Candidates are no actor by their word alone; the ones "including" names act."""
    text = (
        "Several presidential candidates, including Senator Jane Doe and Governor Ann Roe, "
        "criticized the plan."
    )
    events = analyse_text(text, MONDAY).events
    assert sorted(e.source.name for e in events if e.verb == "criticize") == ["Ann Roe", "Jane Doe"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What is sent or deployed is the means of the act, not whom it is done to: the
        # target is where it goes, or no one named.
        ("Chile deployed two more Chilean battalions on Tuesday.", [("deploy", "CHL", None)]),
        ("Peru refused to send Peruvian marines to Bolivia.", [("refuse", "PER", "BOL")]),
        ("Peru dispatched Peruvian marines to La Paz.", [("dispatch", "PER", "BOL")]),
        # ... or where the forces are to stay, or whom the phrase hung on them aims them at
        # (the "in" phrase of a group that is no force says where it is, not whom).
        ("Peru refused to station Peruvian marines in Bolivia.", [("refuse", "PER", "BOL")]),
        (
            "Peru mobilized Peruvian groups in Chile to support the strike.",
            [("mobilize", "PER", None)],
        ),
        (
            "Chile mobilized two more Chilean battalions against Bolivia.",
            [("mobilize", "CHL", "BOL")],
        ),
    ],
)
def test_what_is_sent_is_no_target(
    analyse_text: Analyser, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    events = analyse_text(text, MONDAY).events
    found = [(e.verb, e.source.code, e.target.code[:3] if e.target else None) for e in events]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "verb", "plover"),
    [
        # Envoys, leaders and negotiators of an armed group arriving visit ...
        ("A Hamas delegation arrived in Cairo for talks with Egypt.", "arrive", "CONSULT"),
        ("FARC negotiators arrived in Havana on Monday.", "arrive", "CONSULT"),
        # ... a clash over a weekend or over land is a fight, as is one with armed bodies ...
        ("Students and teachers clashed over the weekend.", "clash", "ASSAULT"),
        ("India and Pakistan clashed over the disputed territory.", "clash", "ASSAULT"),
        ("UN peacekeepers and protesters clashed over the new curfew.", "clash", "ASSAULT"),
        # ... and forces sent to help aid whom they help.
        ("Iran sent soldiers to support the Syrian army against the rebels.", "send", "AID"),
    ],
)  # fmt: skip
def test_acts_coded_as_their_words_say(
    analyse_text: Analyser, text: str, verb: str, plover: str
) -> None:
    events = [e for e in analyse_text(text, MONDAY).events if e.verb == verb]
    assert events and {e.plover for e in events} == {plover}, events


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # The "by" phrase of an act inside another names the inner act's doer ...
        ("The condemnation of the bombing by Hamas drew criticism from Israel.", "condemnation"),
        # ... an act denied is not reported as done ...
        ("Officials denied the killing of civilians by troops.", "killing"),
        # ... whoever came when someone was arrested did not arrest them ...
        ("Ten people were arrested when Obama visited Berlin.", "arrest"),
        # ... a tour of a city or a conference of diplomats takes and holds no one ...
        ("The delegation took a tour of the city.", "take"),
        ("Egypt held a conference of diplomats in Cairo.", "hold"),
        # ... and a group fighting for decades is described, not reported on.
        ("The FARC, a rebel group fighting the government since 1964, announced a truce.", "fight"),
    ],
)  # fmt: skip
def test_acts_the_words_around_them_do_not_state(
    analyse_text: Analyser, text: str, verb: str
) -> None:
    events = analyse_text(text, MONDAY).events
    assert verb not in [e.verb for e in events], events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A passive with "to" and no doer is a state its subject is in: Lebanon opposes,
        # and the owner of the act opposed is its target.
        ("Lebanon is opposed to Qatari mediation, a Lebanese minister said on Monday.",
         [("oppose", "REJECT", "LBN", "QAT")]),
        # With a doer named by "by", the subject is what is opposed.
        ("The plan was opposed by Jordan.", [("oppose", "REJECT", "JOR", None)]),
        # Aid promised to a country named with an adjective is aimed at that country.
        ("Spain promised further military aid to impoverished Niger.",
         [("promise", "AGREE", "ESP", "NER")]),
        # So is an act no lexicon lists, named with a place: no Malian army is named.
        ("Canada agreed to join an armed intervention in Mali.",
         [("agree", "AGREE", "CAN", "MLI")]),
    ],
)  # fmt: skip
def test_stative_passives_and_targets_of_promised_aid(
    analyse_text: Analyser, text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert _events(analyse_text, text) == expected


def test_the_force_whose_deployment_is_opposed_is_the_target(analyse_text: Analyser) -> None:
    events = analyse_text(
        "The militia said it opposed the deployment of any peacekeeping force.", MONDAY
    ).events
    oppose = next(e for e in events if e.verb == "oppose")
    assert oppose.target is not None and oppose.target.name == "any peacekeeping force"
