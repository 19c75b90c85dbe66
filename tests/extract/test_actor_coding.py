"""Actor coding from the words around an actor and from the country its text is about."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.models import Actor, AnalyzedArticle, Event

Analyser = Callable[..., AnalyzedArticle]
# Before every term in the actor dictionary, so that only the rules below code people.
PUBLISHED = date(1940, 1, 1)


def _actor(analyse_text: Analyser, text: str, name: str) -> Actor:
    result = analyse_text(text, PUBLISHED)
    return next(a for a in result.actors if a.name == name)


def _event(analyse_text: Analyser, text: str, verb: str) -> Event:
    """The first event of ``verb`` coded in ``text``."""
    return next(e for e in analyse_text(text, PUBLISHED).events if e.verb == verb)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # A title without a country takes the country its sentence names.
        (
            "President Joseph Okello has barred Ugandan opposition parties from the vote.",
            "Joseph Okello",
            "UGAGOV",
        ),
        (
            "Lt. Gen. Henri Namphy stepped down on Monday to let Haiti's voters choose a "
            "new government.",
            "Henri Namphy",
            "HTIMIL",
        ),
        # A person without a title, only when the sentence names one state.
        (
            "Kenya's Supreme Court ruled that Peter Mwangi may run for governor.",
            "Peter Mwangi",
            "KEN",
        ),
        # Whose a person is, after the name.
        ("King Hassan of Morocco said he would host the meeting.", "Hassan", "MARGOV"),
        # An institution many states have, with the country before it.
        (
            "Kenya's Supreme Court ruled that Peter Mwangi may run for governor.",
            "Supreme Court",
            "KENJUD",
        ),
        # A body's possessive and the places after it.
        (
            "Nicaragua's Sandinista government ordered the newspaper to close.",
            "Sandinista government",
            "NICGOV",
        ),
        ("Insurgents in Mali seized two towns near Gao.", "Insurgents", "MLIREB"),
        ("A newspaper based in Beirut violated the ban.", "newspaper", "LBNMED"),
        # A place only the place index knows, inside the words.
        ("Police in Dili arrested ten people.", "Police", "TLSCOP"),
        # The NER model's "person" that is a people.
        ("Bosnian Croats demanded a ceasefire with Serb forces.", "Bosnian Croats", "BIHCVL"),
        # An organisation named with what it is.
        (
            "El Nacional, an opposition newspaper in Caracas, defied the ban.",
            "El Nacional",
            "VENMED",
        ),
        # Organisations the list names.
        (
            "The Northern Alliance shelled Taliban positions north of Kabul.",
            "Northern Alliance",
            "AFGREB",
        ),
        ("The KLA ambushed a police patrol near Pristina.", "Kosovo Liberation Army", "XKXREB"),
        # The demonym is part of the name: not Palestinian Islamic Jihad.
        (
            "Egyptian Islamic Jihad claimed the bombing in Cairo.",
            "Egyptian Islamic Jihad",
            "EGYREB",
        ),
        ("The DNC sued the campaign in federal court.", "Democratic National Committee", "USAPTY"),
        (
            "ASIO questioned two men in Sydney.",
            "Australian Security Intelligence Organisation",
            "AUSSPY",
        ),
    ],
)
def test_an_actor_is_coded_from_its_text(
    analyse_text: Analyser, text: str, name: str, code: str
) -> None:
    assert _actor(analyse_text, text, name).code == code


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The other party of a meeting is seldom of the country the sentence is about.
        ("Tunisian envoys sat down for talks with President Halvorsen.", "Halvorsen"),
        # A state named only as a target is not the actor's.
        ("President Halvorsen vowed tougher steps against Russia.", "Halvorsen"),
        # Without a title, a sentence naming several states says nothing.
        ("Stephen Biegun met officials from Japan and China.", "Stephen Biegun"),
        # A city word inside a person's name names no state (Cairo is Egypt's capital).
        ("Mr Cairo Mensah criticised the new budget.", "Cairo Mensah"),
    ],
)
def test_no_country_is_guessed_without_grounds(
    analyse_text: Analyser, text: str, name: str
) -> None:
    assert _actor(analyse_text, text, name).code is None


@pytest.mark.parametrize(
    ("text", "published", "name"),
    [
        # The text's own title names the office, whatever the date says; undated, the
        # title singles out the one President Obama, whose full name is then known.
        (
            "Tunisian envoys sat down for talks with President Obama.",
            None,
            "Barack Obama",
        ),
        ("President Bush has warned of new measures against Iran.", date(2000, 1, 1), "Bush"),
    ],
)
def test_a_title_confirms_a_dictionary_office_outside_its_term(
    analyse_text: Analyser, text: str, published: date | None, name: str
) -> None:
    actor = next(a for a in analyse_text(text, published).actors if a.name == name)
    assert actor.code == "USAGOV"


def test_the_dictionary_outranks_the_text(analyse_text: Analyser) -> None:
    text = "President Vladimir Putin met officials from China in Beijing."
    putin = next(a for a in analyse_text(text, date(2019, 1, 1)).actors if "Putin" in a.name)
    assert putin.code == "RUSGOV"


def test_a_bare_surname_the_ner_missed_is_the_person_named_before(
    analyse_text: Analyser,
) -> None:
    """A later surname outside any entity is the person named in full before it; a
    surname that modifies a noun ("the Trump campaign") is no mention of the person."""
    text = (
        "Donald Trump spoke in Ohio on Monday. Trump almost seemed to agree. "
        "The Trump campaign declined to comment."
    )
    result = analyse_text(text, PUBLISHED)
    trump = next(a for a in result.actors if a.name == "Donald Trump")
    mentioned = [text[start:end] for start, end in trump.mentions]
    assert mentioned == ["Donald Trump", "Trump"]
    assert trump.mentions[1][0] == text.index("Trump almost")


def test_a_surname_with_a_capital_inside_is_a_name(analyse_text: Analyser) -> None:
    """The surnames "McTavish" and "DeLuca" fail ``str.istitle``, yet they are names:
    a later bare "McTavish" is the senator named before, and "DeLuca" is an actor."""
    text = (
        "Senator Angus McTavish spoke in Ohio on Monday. "
        "On Tuesday McTavish criticized the governor."
    )
    senator = next(a for a in analyse_text(text, PUBLISHED).actors if a.name == "Angus McTavish")
    assert [text[start:end] for start, end in senator.mentions] == ["Angus McTavish", "McTavish"]
    assert [
        a.name for a in analyse_text("DeLuca accused the mayor of lying.", PUBLISHED).actors
    ] == ["DeLuca"]


def test_a_surname_the_ner_took_for_an_organisation_is_the_person_named_before(
    analyse_text: Analyser,
) -> None:
    """The small model labels "Brumby" here an organisation; it is the one person whose
    full name ends with it."""
    text = (
        "Donald Brumby and Marco Ruiz met on stage on Saturday. "
        "Cole has questioned whether Brumby has the temperament to be president."
    )
    result = analyse_text(text, PUBLISHED)
    brumby = next(a for a in result.actors if a.name == "Donald Brumby")
    assert [text[start:end] for start, end in brumby.mentions] == ["Donald Brumby", "Brumby"]
    assert not [a for a in result.actors if a.kind == "organisation" and a.name == "Brumby"]


@pytest.mark.parametrize(
    "text",
    [
        "Scottish police arrested two men in Perth on Friday.",
        "Two men were arrested in Perth, Scotland, on Friday.",
    ],
)
def test_an_ambiguous_city_is_in_a_country_the_article_names(
    analyse_text: Analyser, text: str
) -> None:
    assert _actor(analyse_text, text, "Perth").country == "GBR"


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested three Swiss tourists near an Australian mine on Monday.",
        "Officials in Canberra said police had arrested three French sailors.",
    ],
)
def test_a_role_is_not_of_the_state_of_the_party_it_acts_on(
    analyse_text: Analyser, text: str
) -> None:
    event = _event(analyse_text, text, "arrest")
    assert event.source.code == "AUSCOP"


def test_the_other_partys_state_is_the_home_when_no_other_is_named(
    analyse_text: Analyser,
) -> None:
    text = "Police arrested three Chilean officials suspected of fraud."
    event = _event(analyse_text, text, "arrest")
    assert event.source.code == "CHLCOP"


def test_a_title_without_a_country_takes_the_story_it_is_told_in(
    analyse_text: Analyser,
) -> None:
    text = (
        "Mexico's president met Mexican farmers in Mexico City on Monday. Farm prices in "
        "Mexico have fallen for a year. Japan has announced new tariffs on steel. Trade "
        "Minister Kenji Sato said the tariffs would start in May."
    )
    assert _actor(analyse_text, text, "Kenji Sato").code == "JPNGOV"


def test_an_unnamed_force_belongs_to_the_force_named_before_it(
    analyse_text: Analyser,
) -> None:
    text = (
        "Dozens were hurt as Indian forces moved into the disputed valley at dawn. Tanks "
        "fought a long battle with the Pakistani militants, local doctors said."
    )
    event = _event(analyse_text, text, "fight")
    assert event.source.code == "INDMIL"


def test_a_predicate_codes_a_person_only_when_the_article_states_it(
    analyse_text: Analyser,
) -> None:
    """ "Mr Dorne is the Belgian foreign minister" codes him; the same words quoted from
    a critic, or denied, say nothing the article stands by."""
    stated = analyse_text("Mr Dorne is the Belgian foreign minister.", PUBLISHED)
    quoted = analyse_text('"Mr Dorne is the Belgian foreign minister," Ms Hale said.', PUBLISHED)
    denied = analyse_text("Mr Dorne is not the Belgian foreign minister.", PUBLISHED)
    codes = [
        next(a.code for a in result.actors if a.name == "Dorne")
        for result in (stated, quoted, denied)
    ]
    # The country may still be guessed from the sentence; the office is not.
    assert codes[0] == "BELGOV" and not [c for c in codes[1:] if c and c.endswith("GOV")]


def test_a_people_coordinated_with_a_role_is_not_its_country(analyse_text: Analyser) -> None:
    text = (
        "Canadian Senator Jean Tremblay spoke in Toronto on Monday. Tremblay has insulted "
        "women, Haitians and Sikhs."
    )
    targets = {
        e.target.name: e.target.code for e in analyse_text(text, PUBLISHED).events if e.target
    }
    assert targets.get("women") == "CANCVL"


@pytest.mark.parametrize(
    ("second", "verb", "code"),
    [
        ("Supporters welcomed the speech.", "welcome", "USACVL"),
        ("Police arrested two protesters outside the hall.", "arrest", "USACOP"),
    ],
)
def test_a_role_belongs_to_the_person_whose_story_is_told(
    analyse_text: Analyser, second: str, verb: str, code: str
) -> None:
    # A known person who is the subject before says whose story it is: not the state
    # whose policy she criticised.
    text = f"Hillary Clinton criticised Mexico's trade policy on Tuesday. {second}"
    event = next(e for e in analyse_text(text, date(2016, 6, 1)).events if e.verb == verb)
    assert event.source.code == code


def test_a_hyphenated_title_is_read_whole(analyse_text: Analyser) -> None:
    # "the Attorney-General" is no general: the whole title gives the sector.
    text = "Prime Minister John Howard spoke in Canberra. The Attorney-General rejected the claims."
    event = next(e for e in analyse_text(text, date(2001, 10, 1)).events if e.verb == "reject")
    assert event.source.code is not None and event.source.code[3:] != "MIL"


def test_an_act_subject_is_its_doers_not_its_aims(analyse_text: Analyser) -> None:
    # The act's nationality adjective says who did it; the camp it hit is not its doer.
    text = "A Turkish drone strike on a PKK supply depot wounded six guards."
    event = _event(analyse_text, text, "wound")
    code = event.source.code or ""
    assert code.startswith("TUR") and not code.endswith("REB")


def test_a_visitor_is_not_of_the_state_visited(analyse_text: Analyser) -> None:
    text = "The foreign minister arrived in Nairobi on Friday for talks."
    event = _event(analyse_text, text, "arrive")
    assert event.source.code is None or not event.source.code.startswith("KEN")


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister held talks with his Kenyan counterpart on Friday.",
        # The counterpart of a later sentence does not make the story Kenya's either.
        "Prime Minister Tom Harris spoke on Friday. He met his Kenyan counterpart later.",
    ],
)
def test_a_counterpart_is_of_another_state(analyse_text: Analyser, text: str) -> None:
    events = analyse_text(text, PUBLISHED).events
    sources = [e.source for e in events if "counterpart" not in e.source.name]
    assert sources and all(not (s.code or "").startswith("KEN") for s in sources)


def test_a_party_name_borne_elsewhere_is_the_named_states(analyse_text: Analyser) -> None:
    text = "The Kenyan opposition Democratic Party boycotted parliament on Monday."
    event = _event(analyse_text, text, "boycott")
    assert event.source.code == "KENPTY"
    # An armed group's backer is not its state.
    text = "The Pakistan-backed Taliban attacked a police post in Kabul."
    event = _event(analyse_text, text, "attack")
    assert event.source.code == "AFGREB"


def test_police_after_a_visit_are_the_hosts(analyse_text: Analyser) -> None:
    # The visitor's own state is his; the police of the next sentence are the host's.
    text = (
        "German Chancellor Anna Vogt visited Peru on Tuesday. Police detained eleven "
        "demonstrators outside the palace."
    )
    event = _event(analyse_text, text, "detain")
    assert event.source.code == "PERCOP"


def test_a_bare_surname_is_the_person_named_far_more_often(analyse_text: Analyser) -> None:
    # Two people share the surname; the senator, named three times before his wife,
    # is the one the bare surname after her most likely means.
    text = (
        "Canadian Senator John Miller met voters in Ottawa on Monday. Miller said the vote "
        "went well. Miller also thanked party leaders. His wife, Anne Miller, stayed at "
        "home. On Tuesday Miller criticised the premier."
    )
    event = _event(analyse_text, text, "criticise")
    assert event.source.code == "CANLEG"


def test_a_bare_known_surname_is_its_bearers_where_the_article_names_the_state(
    analyse_text: Analyser,
) -> None:
    # Long before any office in the dictionary, a bare "Obama" is still the American
    # politician when the text names the United States; not in a text that names no state.
    placed = _actor(analyse_text, "Obama criticised banks in the United States.", "Obama")
    unplaced = _actor(analyse_text, "Obama criticised the banks on Monday.", "Obama")
    assert placed.code == "USAELI"
    assert unplaced.code is None


def test_a_role_only_group_takes_the_sector_of_the_words_before_its_head(
    analyse_text: Analyser,
) -> None:
    # "leader" alone would say GOV; "church leader" is a religious leader.
    text = "Kenya held talks on Monday. A senior church leader criticised the bill."
    event = _event(analyse_text, text, "criticise")
    assert event.source.code == "KENREL"


def test_a_noun_conjoined_after_another_shares_its_nationality(analyse_text: Analyser) -> None:
    # The article is about Egypt, but "Libyan" before "tanks" is the jets' too.
    text = (
        "Egypt closed its border on Sunday. Libyan tanks and jets shelled the border town "
        "of Sallum on Monday."
    )
    sources = {e.source.name: e.source.code for e in analyse_text(text, PUBLISHED).events}
    assert sources.get("jets", "").startswith("LBY")


def test_a_body_named_after_its_head_takes_that_persons_state(analyse_text: Analyser) -> None:
    # The article is about Chile; the administration is the American president's.
    text = (
        "Chile's Foreign Minister Ana Ruiz met American President Tom Hale in Santiago on "
        "Monday. Chilean farmers protested. The Hale administration has criticised the tariffs."
    )
    assert _actor(analyse_text, text, "Hale administration").code == "USAGOV"


@pytest.mark.parametrize(
    ("text", "verb", "code"),
    [
        ("The Canadian Secretary of State phoned the Mexican president on Friday.", "phone", "CAN"),
        ("The US Secretary of Defense visited the troops on Monday.", "visit", "USA"),
    ],
)
def test_the_capitalised_end_of_a_listed_title_is_no_organisation(
    analyse_text: Analyser, text: str, verb: str, code: str
) -> None:
    # The NER model reads "State" and "Defense" as organisations; they end the title.
    source = _event(analyse_text, text, verb).source
    assert source.name.endswith(("Secretary of State", "Secretary of Defense"))
    assert source.code == f"{code}GOV"


def test_a_description_matches_a_role_not_what_the_role_is_of(analyse_text: Analyser) -> None:
    # "the state" is no description of a secretary of state.
    text = (
        "Ana Silva, the Brazilian secretary of State, arrived on Monday. "
        "Protesters later criticised the state for its spending."
    )
    event = _event(analyse_text, text, "criticise")
    assert event.target is None or event.target.name != "Ana Silva"
