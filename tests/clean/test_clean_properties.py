"""Properties of clean_article over arbitrary text and HTML-ish input (hypothesis).

Strategies are in tests/strategies.py, the invariants in tests/properties/checks.py
(bench/fuzz.py drives the same ones for minutes at a time).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.clean import clean_article
from eventwire.clean.lines import split_lines
from eventwire.clean.normalize import normalize_line
from eventwire.clean.rules import load_rules
from eventwire.errors import InputError
from eventwire.models import RawArticle
from tests.properties.checks import (
    check_clean,
    check_clean_idempotent,
    check_normal_form,
    check_removals,
)
from tests.strategies import (
    budget,
    hostile_lines,
    hostile_texts,
    html_pages,
    mangled_articles,
    max_chars,
    widget_documents,
)

RULES = load_rules()


@budget(300)
@given(widget_documents(), st.integers(min_value=20, max_value=400))
def test_removals_point_into_the_raw_text_and_boilerplate_is_gone(raw: str, max_chars: int) -> None:
    try:
        article = clean_article(RawArticle(origin="prop", text=raw), max_chars=max_chars)
    except InputError as error:
        assert error.code == "E002"
        return
    assert article.text and len(article.text) <= max_chars
    assert article.text == article.text.strip()
    assert "\n\n\n" not in article.text
    check_removals(article.removed, len(raw))
    kept_lines = set(article.text.split("\n"))
    for removal in article.removed:
        if not removal.reason.startswith("boilerplate:"):
            continue
        for line in split_lines(raw[removal.start : removal.end]):
            # A removed line that is boilerplate in its own right is nowhere in the text
            # (block items and comment tails are judged by where they stand, not alone).
            if any(rule.matches(line.form) for rule in RULES):
                assert normalize_line(line.text) not in kept_lines


@budget(200)
@given(st.one_of(hostile_texts(), mangled_articles(), widget_documents()), max_chars())
def test_hostile_text_is_cleaned_or_rejected_with_a_code(raw: str, limit: int) -> None:
    # Only InputError E002 may escape; the text is normal, the removals explain it exactly,
    # no line left is boilerplate in its own right.
    check_clean(RawArticle(origin="prop", text=raw), limit)


@budget(40)
@given(html_pages(), max_chars())
def test_hostile_html_is_cleaned_or_rejected_with_a_code(raw: str, limit: int) -> None:
    # E008 (no main text) too; removals point into the page's main text.
    check_clean(RawArticle(origin="prop", text=raw, content_type="html"), limit)


@budget(150)
@given(st.one_of(hostile_texts(), mangled_articles(), widget_documents()), max_chars())
def test_cleaning_the_cleaned_text_again_changes_nothing(raw: str, limit: int) -> None:
    check_clean_idempotent(RawArticle(origin="prop", text=raw), limit)


@budget(300)
@given(hostile_lines())
def test_normalised_lines_are_nfc_and_stay_as_they_are(line: str) -> None:
    check_normal_form(line)


# --- bugs the properties found, kept as regressions ------------------------------------

ONE = "Officials met in Geneva on Monday."
TWO = "The talks will go on next week."
REPEATED = "Officials from both countries met in Geneva on Monday morning."


@pytest.mark.parametrize(
    "line", ["Cafe\u00ad\u0301 reopened.", "A\u200b\u0300", "\u1100\ufeff\u1161"]
)
def test_deleting_invisibles_leaves_a_normal_form(line: str) -> None:
    # Invisible characters go before NFC composes, not after (which left "e\u0301").
    check_normal_form(line)
    check_clean_idempotent(RawArticle(origin="nfc", text=line), 200)


def test_a_line_after_dropped_repeats_is_no_new_lead_teaser() -> None:
    # Lead lines are counted among the lines that stay, so cleaning again finds no new lead.
    raw = f"{ONE}\n{ONE}\n{ONE}\n{TWO} {TWO}\n{TWO}"
    check_clean_idempotent(RawArticle(origin="lead", text=raw), 1000)


@pytest.mark.parametrize("widget", ["Post a Comment", "Share this article", "Read more"])
def test_a_widget_after_a_repeated_sentence_goes_too(widget: str) -> None:
    raw = f"The talks began. {REPEATED} They ended late.\n{REPEATED} {widget}"
    article = check_clean(RawArticle(origin="glued", text=raw), 1000)
    assert article is not None and widget not in article.text
    assert article.text == f"The talks began. {REPEATED} They ended late."
    check_clean_idempotent(RawArticle(origin="glued", text=raw), 1000)


@pytest.mark.parametrize("widget", ["Post a\x00Comment", "Share this article\x1b"])
def test_a_control_character_does_not_hide_a_widget(widget: str) -> None:
    article = check_clean(RawArticle(origin="control", text=f"{ONE}\n{widget}"), 1000)
    assert article is not None and article.text == ONE
