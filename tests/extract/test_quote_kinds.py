"""Quotation rules one at a time: kinds, marks, cues and who the speaker is.

Every text here is a short made-up news sentence written for the rule it tests.
A quote's ``text`` excludes the outer quotation marks of a direct quote, so the
helpers compare words, not punctuation at the edges.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.models import AnalyzedArticle, Quote

Analyser = Callable[..., AnalyzedArticle]


def _show(result: AnalyzedArticle) -> list[tuple[str, str, str | None, str | None, str | None]]:
    """What eventwire found, compact enough for an assertion message."""
    return [
        (
            q.text,
            q.kind,
            q.cue,
            q.speaker.mention if q.speaker else None,
            q.speaker.name if q.speaker else None,
        )
        for q in result.quotes
    ]


def _quote(result: AnalyzedArticle, words: str) -> Quote:
    """The one quote holding ``words``."""
    found = [q for q in result.quotes if words in q.text]
    assert len(found) == 1, _show(result)
    return found[0]


def _bare(text: str) -> str:
    """Quote text without the punctuation a sentence ends with."""
    return text.strip().rstrip(".,!?")


def _speaker_name(quote: Quote) -> str | None:
    return quote.speaker.name if quote.speaker else None


def _speaker_mention(quote: Quote) -> str | None:
    return quote.speaker.mention if quote.speaker else None


# --- 1. direct quotes: speaker after, before and in the middle ----------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('"The bridge will reopen in May," said the minister.', "the minister"),
        ('"The bridge will reopen in May," the minister said.', "the minister"),
        ('The minister said: "The bridge will reopen in May."', "The minister"),
    ],
    ids=[
        "said-the-minister",
        "the-minister-said",
        "colon-before",
    ],
)
def test_direct_quote_speaker_before_or_after(
    analyse_text: Analyser, text: str, mention: str
) -> None:
    """Rule: a quote in marks with a speech cue is direct, spoken by the cue's subject."""
    result = analyse_text(text)
    quote = _quote(result, "bridge will reopen")
    assert _bare(quote.text) == "The bridge will reopen in May"
    assert quote.kind == "direct" and quote.cue == "say"
    assert _speaker_mention(quote) == mention


def test_inverted_cue_with_named_speaker(analyse_text: Analyser) -> None:
    """Rule: ""...," said <Name>" puts the speaker after the cue."""
    result = analyse_text('"Nobody was hurt in the fire," said fire chief Dana Walsh.')
    quote = _quote(result, "Nobody was hurt")
    assert quote.kind == "direct"
    assert _speaker_name(quote) == "Dana Walsh"


@pytest.mark.parametrize(
    "text",
    [
        "Central bank governor Tom Hale spoke in Frankfurt on Tuesday. "
        '"We have no choice," he said, "but to raise interest rates again."',
        '"We have no choice," said central bank governor Tom Hale, '
        '"but to raise interest rates again."',
    ],
    ids=["pronoun-in-middle", "name-in-middle"],
)
def test_cue_in_the_middle_gives_both_halves_one_speaker(analyse_text: Analyser, text: str) -> None:
    """Rule: ""A," he said, "B."": both halves are the same speaker's words."""
    result = analyse_text(text)
    halves = [q for q in result.quotes if "no choice" in q.text or "interest rates" in q.text]
    found = " ".join(q.text for q in halves)
    assert "no choice" in found and "interest rates" in found, _show(result)
    assert all(q.kind == "direct" for q in halves), _show(result)
    assert {_speaker_name(q) for q in halves} == {"Tom Hale"}, _show(result)


# --- 2. partial (mixed) quotes ---------------------------------------------------


def test_partial_quote_is_mixed(analyse_text: Analyser) -> None:
    """Rule: quoted words inside the reporter's own clause make a mixed quote."""
    result = analyse_text(
        "Trade envoy Lisa Grant said she had held “long and honest talks” "
        "with her Canadian counterpart."
    )
    quote = _quote(result, "long and honest talks")
    assert quote.kind == "mixed" and quote.cue == "say"
    assert "counterpart" in quote.text
    assert _speaker_name(quote) == "Lisa Grant"


def test_partial_quote_with_straight_marks_keeps_the_marks(analyse_text: Analyser) -> None:
    """Rule: a mixed quote keeps the quoted words' marks, so a reader sees what was quoted."""
    result = analyse_text('The nurses\' union said the pay offer was "an insult to every nurse".')
    quote = _quote(result, "an insult to every nurse")
    assert quote.kind == "mixed"
    assert quote.text.startswith("the pay offer") and quote.text.endswith('nurse"')
    assert _speaker_mention(quote) == "The nurses' union"


# --- 3. indirect quotes, "according to", colon introduction -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Finance Minister Paul Reed said that taxes would rise next year.",
        "Finance Minister Paul Reed said taxes would rise next year.",
    ],
    ids=["with-that", "without-that"],
)
def test_indirect_quote_with_or_without_that(analyse_text: Analyser, text: str) -> None:
    """Rule: a reporting verb's clause, no marks, is indirect; a leading "that" is dropped."""
    result = analyse_text(text)
    quote = _quote(result, "taxes would rise")
    assert quote.kind == "indirect" and quote.cue == "say"
    assert _bare(quote.text) == "taxes would rise next year"
    assert _speaker_name(quote) == "Paul Reed"


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (
            "The steel plant will close in March, according to the company.",
            "plant will",
            "the company",
        ),
        ("According to police, three people were injured in the crash.", "three people", "police"),
    ],
    ids=["source-after", "source-before"],
)
def test_according_to_names_the_source(
    analyse_text: Analyser, text: str, words: str, source: str
) -> None:
    """Rule: "according to X" is a cue; X is the source and the rest of the sentence the content."""
    result = analyse_text(text)
    quote = _quote(result, words)
    assert quote.kind == "indirect" and quote.cue == "according to"
    assert quote.according_to == source
    assert "according" not in quote.text.lower()
    assert _speaker_mention(quote) == source


def test_colon_introduces_an_unquoted_statement(analyse_text: Analyser) -> None:
    """Rule: "X said: <clause>" without marks is an indirect quote of the clause."""
    result = analyse_text("The army spokesman said: the border crossing will stay closed.")
    quote = _quote(result, "border crossing")
    assert quote.kind == "indirect"
    assert _bare(quote.text) == "the border crossing will stay closed"
    assert _speaker_mention(quote) == "The army spokesman"


def test_colon_after_a_speech_verb_other_than_say(analyse_text: Analyser) -> None:
    """Rule: "Governor X warned: "..."" is direct with the verb's lemma as cue."""
    result = analyse_text('Governor Ann Cole warned: "The state cannot pay its bills."')
    quote = _quote(result, "cannot pay")
    assert quote.kind == "direct" and quote.cue == "warn"
    assert _speaker_name(quote) == "Ann Cole"


# --- 4. inverted and passive cues ------------------------------------------------


@pytest.mark.parametrize(
    ("content", "kind"),
    [("the troops would stay until spring", "indirect"), ('"the troops would stay"', "direct")],
)
def test_quoted_as_saying_names_the_speaker(
    analyse_text: Analyser, content: str, kind: str
) -> None:
    """Rule: "X was quoted as saying ..." attributes the words to X, marks or not."""
    result = analyse_text(f"Defence Secretary Mark Dale was quoted as saying {content}.")
    quote = _quote(result, "troops would stay")
    assert quote.kind == kind
    assert "quoted" not in quote.text
    assert _speaker_name(quote) == "Mark Dale"


@pytest.mark.parametrize("speaker", ["Smith", "Ms Smith"])
def test_added_smith_after_the_quote(analyse_text: Analyser, speaker: str) -> None:
    """Rule: ""...," added Smith" (inverted cue) is Smith's, merged with the earlier mention."""
    result = analyse_text(
        "Senator Rachel Smith said the bill was fair to farmers. "
        f'"Talks with the other party will resume next week," added {speaker}.'
    )
    quote = _quote(result, "Talks with the other party")
    assert quote.kind == "direct" and quote.cue == "add"
    assert _speaker_name(quote) == "Rachel Smith"


# --- 5. a quote over several paragraphs ---------------------------------------------


@pytest.mark.parametrize(("open_", "close"), [('"', '"'), ("“", "”")], ids=["straight", "curly"])
def test_quote_over_several_paragraphs_is_one_quote(
    analyse_text: Analyser, open_: str, close: str
) -> None:
    """Rule: each paragraph reopens the quote and only the last closes it: one quote."""
    result = analyse_text(
        f"Health Minister Sara Quinn said: {open_}We will hire two thousand nurses this year.\n"
        f"{open_}We will also open four new clinics in the north.\n"
        f"{open_}Nobody will wait more than a week for a doctor.{close}\n"
        "The opposition called the plan unaffordable."
    )
    parts = [
        q for q in result.quotes if any(w in q.text for w in ("nurses", "clinics", "a doctor"))
    ]
    assert len(parts) == 1, _show(result)
    quote = parts[0]
    assert "nurses" in quote.text and "clinics" in quote.text and "a doctor" in quote.text
    assert "opposition" not in quote.text
    assert quote.kind == "direct" and _speaker_name(quote) == "Sara Quinn"


def test_quote_over_paragraphs_with_the_cue_at_the_end(analyse_text: Analyser) -> None:
    """Rule: a multi-paragraph quote whose cue follows the last paragraph is still one quote."""
    result = analyse_text(
        '"The river rose faster than anyone expected.\n'
        '"We moved every family out before midnight," said Mayor Owen Pike.'
    )
    parts = [q for q in result.quotes if "river rose" in q.text or "every family" in q.text]
    assert len(parts) == 1, _show(result)
    assert "river rose" in parts[0].text and "every family" in parts[0].text
    assert _speaker_name(parts[0]) == "Owen Pike"


# --- 6. a continued quote keeps the previous speaker ----------------------------------


def test_next_sentence_quote_without_cue_keeps_the_speaker(analyse_text: Analyser) -> None:
    """Rule: a quoted sentence with no cue continues the previous speaker."""
    result = analyse_text(
        '"The harvest was the worst in decades," farm leader Peter Vance said. '
        '"Many families will need help before the winter comes."'
    )
    first, second = _quote(result, "harvest"), _quote(result, "Many families")
    assert second.kind == "direct" and second.cue is None
    assert _speaker_name(first) == _speaker_name(second) == "Peter Vance"


def test_continued_quote_keeps_the_latest_speaker(analyse_text: Analyser) -> None:
    """Rule: the continuation goes to the speaker of the quote just before, not the first one."""
    result = analyse_text(
        "Peter Vance met Anna Berg in Dublin on Monday. "
        '"The harvest was poor," Vance said. '
        '"We expect a better year," Berg said. '
        '"Prices should come down by the summer."'
    )
    assert _speaker_name(_quote(result, "Prices should")) == "Anna Berg"


# --- 7. nested quotes -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "\"He told me 'the door is always open', and I believed him,\" the ambassador said.",
        "“He told me ‘the door is always open’, and I believed him,” the ambassador said.",
    ],
    ids=["straight", "curly"],
)
def test_nested_single_quote_stays_inside_the_outer_one(analyse_text: Analyser, text: str) -> None:
    """Rule: single marks inside a double-quoted passage belong to the outer quote."""
    result = analyse_text(text)
    quote = _quote(result, "door is always open")
    assert "I believed him" in quote.text and quote.text.startswith("He told me")
    assert quote.kind == "direct"
    assert _speaker_mention(quote) == "the ambassador"


# --- 8. every mark style, and unbalanced marks ----------------------------------------

MARKS = [
    ('"', '"'),
    ("“", "”"),
    ("‘", "’"),
    ("«", "»"),
    ("„", "“"),
    ("'", "'"),
    ("''", "''"),
    ('"', "”"),
]
MARK_IDS = [
    "straight",
    "curly",
    "curly-single",
    "guillemets",
    "low-high",
    "straight-single",
    "doubled-single",
    "straight-then-curly",
]


@pytest.mark.parametrize(("open_", "close"), MARKS, ids=MARK_IDS)
def test_every_mark_style_before_the_cue(analyse_text: Analyser, open_: str, close: str) -> None:
    """Rule: every mark style news uses delimits a direct quote."""
    result = analyse_text(f"{open_}We will not raise bus fares this year,{close} the mayor said.")
    quote = _quote(result, "bus fares")
    assert quote.text == "We will not raise bus fares this year"
    assert quote.kind == "direct" and _speaker_mention(quote) == "the mayor"


@pytest.mark.parametrize(
    ("open_", "close"),
    [("«", "»"), ("„", "“")],
    ids=["guillemets", "low-high"],
)
def test_mark_styles_after_a_colon(analyse_text: Analyser, open_: str, close: str) -> None:
    """Rule: the less common marks work after a colon introduction too."""
    result = analyse_text(f"The mayor said: {open_}We will not raise bus fares this year.{close}")
    quote = _quote(result, "bus fares")
    assert _bare(quote.text) == "We will not raise bus fares this year"
    assert quote.kind == "direct" and _speaker_mention(quote) == "The mayor"


@pytest.mark.parametrize(
    ("text", "control", "speaker"),
    [
        (
            'The minister said: "We will not retreat.\n'
            "The opposition said the plan would fail.\n"
            '"Prices must come down," the governor said.',
            "Prices must come down",
            "the governor",
        ),
        (
            "The board approved the budget” on Friday.\n"
            '"Costs are under control," the chairman said.',
            "Costs are under control",
            "the chairman",
        ),
        (
            'Critics called it a "tax grab on Monday.\n'
            "The treasury published new figures.\n"
            '"The change is fair to every family," Treasurer Ian Moss said.',
            "The change is fair",
            "Treasurer Ian Moss",
        ),
        (
            "“We are ready,” the coach said.\n"
            "Fans sang «olé for an hour.\n"
            "The stadium emptied slowly.\n"
            "“The team played well,” the captain said.",
            "The team played well",
            "the captain",
        ),
    ],
    ids=["open-without-close", "stray-close", "open-in-narration", "stray-guillemet"],
)
def test_unbalanced_marks_do_not_lose_the_other_quotes(
    analyse_text: Analyser, text: str, control: str, speaker: str
) -> None:
    """Rule: one stray mark neither crashes the analysis nor swallows the other quotes.

    An unclosed mark ends at its paragraph, so no quote here crosses a line break.
    """
    result = analyse_text(text)
    assert result.article.text.count("\n") == text.count("\n")
    assert all("\n" not in q.text for q in result.quotes), _show(result)
    quote = _quote(result, control)
    assert quote.kind == "direct" and _speaker_mention(quote) == speaker


@pytest.mark.parametrize(
    ("text", "control", "speaker"),
    [
        (
            'Critics called it a "tax grab.\n'
            '"The change is fair to every family," Treasurer Ian Moss said.',
            "The change is fair",
            "Treasurer Ian Moss",
        ),
        (
            "Fans sang «olé for an hour.\n“The team played well,” the captain said.",
            "The team played well",
            "the captain",
        ),
    ],
    ids=["scare-quote-left-open", "guillemet-left-open"],
)
def test_a_stray_mark_before_a_quoted_paragraph_keeps_its_speaker(
    analyse_text: Analyser, text: str, control: str, speaker: str
) -> None:
    """Rule: a mark left open in one paragraph does not take over the next paragraph's quote.

    Whether or not the stray mark's words are read as the start of the next quote,
    the next paragraph's own cue still names its speaker and stays out of the quote.
    """
    result = analyse_text(text)
    quote = _quote(result, control)
    assert " said" not in quote.text, _show(result)
    assert _speaker_mention(quote) == speaker, _show(result)


# --- 9. pronoun speakers ------------------------------------------------------------


@pytest.mark.parametrize(
    ("pronoun", "name"), [("he", "Brown"), ("she", "Green")], ids=["he-mr", "she-mrs"]
)
def test_pronoun_speaker_by_title_gender(analyse_text: Analyser, pronoun: str, name: str) -> None:
    """Rule: "he"/"she" goes to the named person of that gender (Mr / Mrs titles)."""
    result = analyse_text(
        "Mr David Brown met Mrs Helen Green in Paris on Monday. "
        f'"The deal is almost done," {pronoun} said.'
    )
    quote = _quote(result, "deal is almost done")
    assert _speaker_mention(quote) == pronoun
    assert name in (_speaker_name(quote) or "")


def test_pronoun_speaker_with_ms_title(analyse_text: Analyser) -> None:
    """Rule: "Ms" marks a woman; "he" then goes to the man even when she was named last."""
    result = analyse_text(
        "Mr Samuel Okafor lost the vote to Ms Priya Patel on Sunday. "
        '"We lost fair and square," he said.'
    )
    assert "Okafor" in (_speaker_name(_quote(result, "fair and square")) or "")


def test_pronoun_speaker_by_earlier_pronoun(analyse_text: Analyser) -> None:
    """Rule: gender learnt from an earlier "his"/"her" decides who a later "she" is."""
    result = analyse_text(
        "Jordan Price arrived in Oslo with her advisers on Monday. "
        "Alex Turner said his country was ready to sign. "
        '"We need more time to read the text," she said.'
    )
    quote = _quote(result, "more time")
    assert _speaker_mention(quote) == "she"
    assert _speaker_name(quote) == "Jordan Price"


def test_it_added_resolves_to_the_organisation(analyse_text: Analyser) -> None:
    """Rule: "it added" speaks for the organisation that spoke before."""
    result = analyse_text(
        "The World Health Organization said cases were falling in Europe. "
        "It added that the vaccines remained effective."
    )
    quote = _quote(result, "vaccines remained effective")
    assert quote.cue == "add" and _speaker_mention(quote) == "It"
    assert _speaker_name(quote) == "World Health Organization"


def test_it_said_after_a_statement_resolves_to_its_issuer(analyse_text: Analyser) -> None:
    """Rule: "it said" after "X issued a statement" is X speaking (or X's statement)."""
    result = analyse_text(
        "The Kenyan interior ministry issued a statement on Sunday. "
        '"Order has been restored in the city," it said.'
    )
    quote = _quote(result, "Order has been restored")
    assert quote.speaker is not None and quote.speaker.code == "KENGOV", _show(result)


# --- 10. addressees and titled speakers ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        (
            "Foreign Minister Jane Roe told the UN General Assembly that the blockade must end.",
            "blockade must end",
            "indirect",
        ),
        (
            '"The blockade must end," Foreign Minister Jane Roe told the UN General Assembly.',
            "blockade must end",
            "direct",
        ),
    ],
    ids=["indirect", "direct"],
)
def test_told_names_the_addressee(analyse_text: Analyser, text: str, words: str, kind: str) -> None:
    """Rule: the object of "told" is the addressee, not the speaker or the content."""
    result = analyse_text(text)
    quote = _quote(result, words)
    assert quote.kind == kind and quote.cue == "tell"
    assert quote.addressee == "the UN General Assembly"
    assert "Assembly" not in quote.text
    assert _speaker_name(quote) == "Jane Roe"


def test_told_reporters_with_a_colon(analyse_text: Analyser) -> None:
    """Rule: "told reporters:" gives an addressee and introduces the quote after the colon."""
    result = analyse_text('Coach Lena Holm told reporters: "We deserved to lose tonight."')
    quote = _quote(result, "deserved to lose")
    assert quote.addressee == "reporters" and quote.kind == "direct"
    assert _speaker_name(quote) == "Lena Holm"


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Jane Roe said the embassy would reopen next month.",
        "Jane Roe, the foreign minister, said the embassy would reopen next month.",
        "The foreign minister, Jane Roe, said the embassy would reopen next month.",
    ],
    ids=["title", "apposition-after", "apposition-before"],
)
def test_title_and_apposition_speakers(analyse_text: Analyser, text: str) -> None:
    """Rule: a title or an apposition around a name still makes the name the speaker."""
    result = analyse_text(text)
    quote = _quote(result, "embassy would reopen")
    assert quote.kind == "indirect"
    assert "foreign minister" not in quote.text.lower()
    assert _speaker_name(quote) == "Jane Roe"
    assert "Jane Roe" in (_speaker_mention(quote) or "")


# --- 11. medium: where the words were said ---------------------------------------------
#
# ``quote.medium`` holds the channel as written in the text: the head noun with its
# compounds ("statement", "news conference") or the name ("Twitter", "Fox News"),
# without determiners or the preposition; None when no medium is named.

MEDIA = [
    ("The interior ministry said in a statement that the curfew would end.", "curfew", "statement"),
    ('"We will appeal," Senator Jane Roe wrote on Twitter.', "We will appeal", "Twitter"),
    (
        "The central bank governor said in an interview that rates would stay high.",
        "rates would stay",
        "interview",
    ),
    ("Senator Jane Roe said on Fox News that she would run.", "she would run", "Fox News"),
    (
        "According to a statement issued by the ministry, the curfew ends today.",
        "curfew ends",
        "statement",
    ),
]
MEDIA_IDS = ["in-a-statement", "wrote-on-twitter", "in-an-interview", "on-a-network", "document"]


@pytest.mark.parametrize(("text", "words", "medium"), MEDIA, ids=MEDIA_IDS)
def test_medium_phrase_does_not_disturb_the_quote(
    analyse_text: Analyser, text: str, words: str, medium: str
) -> None:
    """Rule: "in a statement" / "on Twitter" is neither content nor speaker."""
    result = analyse_text(text)
    quote = _quote(result, words)
    assert medium not in quote.text
    assert quote.speaker is not None and medium not in quote.speaker.mention


@pytest.mark.parametrize(("text", "words", "medium"), MEDIA, ids=MEDIA_IDS)
def test_medium_is_extracted(analyse_text: Analyser, text: str, words: str, medium: str) -> None:
    """Wanted: the channel the words came through, as its head noun."""
    quote = _quote(analyse_text(text), words)
    assert quote.medium == medium
