"""Properties of clean_article over arbitrary text and HTML-ish input (hypothesis).

Strategies are in tests/strategies.py, the invariants in tests/properties/checks.py
(bench/fuzz.py drives the same ones for minutes at a time).
"""

from __future__ import annotations

from collections.abc import Callable

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


# --- known bugs, found by the properties above (see tests/properties/checks.py) ---------
# The properties let these pass; each reproducer fails until its bug is fixed, then its
# strict xfail fails: delete the xfail and the allowance in checks.py together.

ONE = "Officials met in Geneva on Monday."
TWO = "The talks will go on next week."
REPEATED = "Officials from both countries met in Geneva on Monday morning."


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="known bug 1: normalize_line composes (NFC) before deleting soft hyphens and "
    "zero-width characters, so their removal leaves a decomposed letter behind",
)
@pytest.mark.parametrize(
    "line", ["Cafe\u00ad\u0301 reopened.", "A\u200b\u0300", "\u1100\ufeff\u1161"]
)
def test_known_bug_1_normal_form_after_deleting_invisibles(line: str) -> None:
    check_normal_form(line, strict=True)
    check_clean_idempotent(RawArticle(origin="bug1", text=line), 200, strict=True)


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="known bug 2: a short line's lead rank counts repeats that are then dropped, so "
    "cleaning again drops it as a lead teaser",
)
def test_known_bug_2_cleaning_again_finds_a_new_lead_teaser() -> None:
    raw = f"{ONE}\n{ONE}\n{ONE}\n{TWO} {TWO}\n{TWO}"
    check_clean_idempotent(RawArticle(origin="bug2", text=raw), 1000, strict=True)


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="known bug 3: boilerplate rules run on whole lines before repeated sentences are "
    "cut out, so a widget glued to a repeated sentence survives",
)
@pytest.mark.parametrize("widget", ["Post a Comment", "Share this article", "Read more"])
def test_known_bug_3_widget_after_a_repeated_sentence_is_kept(widget: str) -> None:
    raw = f"The talks began. {REPEATED} They ended late.\n{REPEATED} {widget}"
    check_clean(RawArticle(origin="bug3", text=raw), 1000, strict=True)


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="known bug 4: boilerplate rules see a control character that normalisation then "
    "turns into a space, so the widget line is kept",
)
@pytest.mark.parametrize("widget", ["Post a\x00Comment", "Share this article\x1b"])
def test_known_bug_4_control_character_hides_a_widget(widget: str) -> None:
    check_clean(RawArticle(origin="bug4", text=f"{ONE}\n{widget}"), 1000, strict=True)


@pytest.mark.parametrize(
    ("check", "raw"),
    [
        (check_clean_idempotent, "Cafe\u00ad\u0301 reopened."),
        (check_clean_idempotent, f"{ONE}\n{ONE}\n{ONE}\n{TWO} {TWO}\n{TWO}"),
        (check_clean, f"The talks began. {REPEATED} They ended late.\n{REPEATED} Read more"),
        (check_clean_idempotent, f"The talks began. {REPEATED} They ended.\n{REPEATED} Read more"),
        (check_clean, f"{ONE}\nPost a\x00Comment"),
        (check_clean_idempotent, f"{ONE}\nPost a\x00Comment"),
    ],
)
def test_the_properties_let_only_the_known_bugs_pass(
    check: Callable[..., object], raw: str
) -> None:
    check(RawArticle(origin="known", text=raw), 1000)
