"""The extraction rules one at a time, on short texts written for each rule."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.models import AnalyzedArticle, Quote

Analyser = Callable[..., AnalyzedArticle]
MONDAY = date(2018, 10, 8)


def _quote(result: AnalyzedArticle, words: str) -> Quote:
    found = [q for q in result.quotes if words in q.text]
    assert len(found) == 1, [q.text for q in result.quotes]
    return found[0]


def test_a_quote_stops_at_the_end_of_its_paragraph(analyse_text: Analyser) -> None:
    result = analyse_text(
        "She said the senator favours a “strongman approach.”\n"
        "Under the new program, taxes will rise for most families next year."
    )
    for quote in result.quotes:
        assert "\n" not in quote.text and "taxes" not in quote.text


def test_surname_then_full_name_is_one_person(analyse_text: Analyser) -> None:
    result = analyse_text(
        "Putin arrived in Ankara on Monday.\n"
        "Vladimir Putin said the visit would strengthen trade.\n"
        "Putin added that energy was the priority.",
        MONDAY,
    )
    putins = [a for a in result.actors if "Putin" in a.name]
    assert len(putins) == 1 and putins[0].name == "Vladimir Putin"
    assert putins[0].code == "RUSGOV" and len(putins[0].mentions) == 3
    assert {q.speaker.actor for q in result.quotes if q.speaker} == {putins[0].id}


def test_a_definite_description_finds_its_actor(analyse_text: Analyser) -> None:
    result = analyse_text(
        "French President Emmanuel Macron met farmers in Lyon on Monday.\n"
        "The president said the subsidies would stay.",
        MONDAY,
    )
    quote = _quote(result, "subsidies")
    assert quote.speaker is not None and quote.speaker.name == "Emmanuel Macron"
    assert quote.speaker.code == "FRAGOV"


def test_future_events_in_quotes_resolve_forward(analyse_text: Analyser) -> None:
    result = analyse_text("“China will meet Russia on Friday,” the minister said.", MONDAY)
    meeting = next(e for e in result.events if e.verb == "meet")
    # A meeting announced for the future is an intent to meet (CAMEO 036).
    assert (meeting.cameo, meeting.plover, meeting.rule) == ("036", "AGREE", "intent: 040 -> 036")
    assert meeting.modality == "intended" and meeting.quote == 0
    assert meeting.date == date(2018, 10, 12)


@pytest.mark.parametrize("wont", ["won't", "won’t", "will not"])
def test_negation_with_any_apostrophe(analyse_text: Analyser, wont: str) -> None:
    result = analyse_text(f"Israel {wont} attack Iran, officials in Jerusalem insisted.", MONDAY)
    attack = next(e for e in result.events if e.plover == "ASSAULT")
    assert attack.negated and attack.source.code and attack.source.code.startswith("ISR")


def test_a_scare_quote_does_not_continue_the_last_speaker(analyse_text: Analyser) -> None:
    result = analyse_text(
        "“We will win this election,” Senator Jane Smith said on Monday.\n"
        "The plan, a “cross-sell of old ideas,” arrived late."
    )
    assert all("cross-sell" not in q.text for q in result.quotes)


@pytest.mark.parametrize(
    ("text", "words", "speaker", "cue"),
    [
        # Words put on someone by a naming verb are theirs, not the last speaker's.
        (
            "“We will win this election,” Senator Jane Smith said on Monday.\n"
            "Her rivals call the plan a “cross-sell” of old ideas.",
            "cross-sell",
            "Her rivals",
            "call",
        ),
        # A quotation inside the narrator's sentence belongs to the subject of its verb.
        (
            "Mayor Ann Valastro played down the dispute as "
            "“a family quarrel that will be over by the summer.”",
            "family quarrel",
            "Mayor Ann Valastro",
            "play",
        ),
    ],
)
def test_a_quotation_in_the_narrators_sentence_belongs_to_its_verbs_subject(
    analyse_text: Analyser, text: str, words: str, speaker: str, cue: str
) -> None:
    quote = _quote(analyse_text(text), words)
    assert quote.speaker is not None and quote.speaker.mention == speaker
    assert quote.cue == cue


def test_a_negated_cue_reports_nothing(analyse_text: Analyser) -> None:
    result = analyse_text("The minister did not say that the army attacked the village.")
    assert result.quotes == ()


def test_a_body_named_after_a_country_keeps_its_sector(analyse_text: Analyser) -> None:
    result = analyse_text("North Korea's foreign ministry said the talks had failed.")
    quote = _quote(result, "talks had failed")
    assert quote.speaker is not None and quote.speaker.code == "PRKGOV"


def test_a_relative_pronoun_speaks_for_its_noun(analyse_text: Analyser) -> None:
    result = analyse_text(
        "The plan was criticised by Senator John Kerrigan, who said it would cost jobs."
    )
    quote = _quote(result, "cost jobs")
    assert quote.speaker is not None and quote.speaker.name == "John Kerrigan"


@pytest.mark.parametrize("issued", ["from", "issued by"])
def test_document_author_carries_to_the_statement(analyse_text: Analyser, issued: str) -> None:
    result = analyse_text(
        f"A statement {issued} the Chinese foreign ministry said Beijing opposed the sanctions.\n"
        "The statement added that talks should resume."
    )
    first, second = _quote(result, "opposed the sanctions"), _quote(result, "talks should resume")
    assert first.speaker is not None and second.speaker is not None
    assert second.speaker.mention == "The statement"
    assert second.speaker.code == first.speaker.code == "CHNGOV"


def test_colon_introduces_the_next_quote(analyse_text: Analyser) -> None:
    result = analyse_text(
        "The foreign minister told reporters: “We are ready to talk to anyone who wants peace.”"
    )
    quote = _quote(result, "ready to talk")
    assert quote.kind == "direct" and quote.cue == "tell"
    assert quote.speaker is not None and quote.speaker.mention == "The foreign minister"


@pytest.mark.parametrize(
    "text",
    [
        'Mayor Ann Valastro opened the exhibition "Art of the Soviet Union in the 1930s" today.',
        'Senator Jane Roe sighed as the band played "We Shall Overcome Someday Soon" again.',
        'Senator Jane Roe voted against the so-called "Protect Our Children From Harm Act".',
    ],
)
def test_a_title_in_the_narrators_sentence_is_nobodys_statement(
    analyse_text: Analyser, text: str
) -> None:
    assert all(q.speaker is None for q in analyse_text(text).quotes)


@pytest.mark.parametrize(("fillers", "resolved"), [(20, True), (300, False)])
def test_a_pronoun_looks_back_a_bounded_number_of_tokens(
    analyse_text: Analyser, fillers: int, resolved: bool
) -> None:
    # Salience fades: past LOOKBACK_TOKENS (400) a name is no longer a pronoun's referent.
    # The bound also keeps a run-on sentence of thousands of pronouns linear.
    result = analyse_text(
        "Foreign Minister Ri Yong Ho arrived" + " and waited" * fillers + "."
        ' "The talks failed," he said.'
    )
    quote = _quote(result, "The talks failed")
    assert quote.speaker is not None
    assert (quote.speaker.name == "Ri Yong Ho") is resolved
