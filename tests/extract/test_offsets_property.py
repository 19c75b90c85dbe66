"""Property: every offset the pipeline emits points at exactly the words it reports,
whatever the article looks like (quotation styles, pronouns, boilerplate, repeats)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.models import AnalyzedArticle

SPEAKERS = [
    "Foreign Minister Sergei Lavrov",
    "the ministry",
    "he",
    "she",
    "it",
    "President Emmanuel Macron",
    "a spokeswoman for the UN",
    "Israeli officials",
]
QUOTE_MARKS = [
    ("\u201c", "\u201d"),
    ('"', '"'),
    ("\u2018", "\u2019"),
    ("\u00ab", "\u00bb"),
    ('"', ""),
]
CLAUSES = [
    "we will not accept sanctions",
    "talks with Iran were productive",
    "troops attacked the village on Sunday",
    "the government will travel to Beijing next week",
    "there is no way we will disarm",
]
VERBS = ["said", "told reporters", "added", "warned", "noted"]
BOILERPLATE = ["Share this article", "3 comments:", "Post a Comment", "Follow us on Twitter"]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    speaker = draw(st.sampled_from(SPEAKERS))
    verb = draw(st.sampled_from(VERBS))
    clause = draw(st.sampled_from(CLAUSES))
    opening, closing = draw(st.sampled_from(QUOTE_MARKS))
    form = draw(st.integers(0, 3))
    if form == 0:
        return f"{opening}{clause.capitalize()},{closing} {speaker} {verb}."
    if form == 1:
        return f"{speaker.capitalize()} {verb} that {clause}."
    if form == 2:
        return f"According to {speaker}, {clause}."
    return f"{speaker.capitalize()} {verb} {opening}{clause}{closing} on Monday."


@st.composite
def articles(draw: st.DrawFn) -> str:
    paragraphs = draw(st.lists(sentences(), min_size=1, max_size=6))
    if draw(st.booleans()):
        paragraphs.insert(0, paragraphs[-1])  # a teaser line repeated in the body
    if draw(st.booleans()):
        paragraphs.append(draw(st.sampled_from(BOILERPLATE)))
    return "\n".join(paragraphs)


def _check(result: AnalyzedArticle, raw: str) -> None:
    text = result.article.text
    for removal in result.article.removed:
        assert 0 <= removal.start < removal.end <= len(raw)
    for actor in result.actors:
        for start, end in actor.mentions:
            assert 0 <= start < end <= len(text)
    for quote in result.quotes:
        assert text[quote.start : quote.end] == quote.text
        if quote.speaker is not None:
            assert text[quote.speaker.start : quote.speaker.end] == quote.speaker.mention
    for event in result.events:
        assert text[event.start : event.end] == event.text
        assert event.sentence in text
        if event.quote is not None:
            assert 0 <= event.quote < len(result.quotes)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(raw=articles())
def test_offsets_match_values(analyse_text: Callable[..., AnalyzedArticle], raw: str) -> None:
    _check(analyse_text(raw, date(2020, 3, 2)), raw)
