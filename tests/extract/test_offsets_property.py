"""Property: every offset the pipeline emits points at exactly the words it reports,
whatever the article looks like (quotation styles, pronouns, boilerplate, repeats), and
hostile text (controls, every quotation mark, right-to-left script, emoji, markup) never
makes the quote finder or the analysis raise.

Strategies are in tests/strategies.py, the invariants in tests/properties/checks.py.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.properties.checks import Analyse, check_analysed_text, check_quoted_spans
from tests.strategies import QUOTE_MARKS, articles, budget, hostile_texts, mangled_articles


@budget(40)
@given(raw=articles())
def test_offsets_match_values(analyse_text: Analyse, raw: str) -> None:
    check_analysed_text(raw, analyse_text)


@budget(80)
@given(raw=st.one_of(hostile_texts(long_lines=False, max_lines=6), mangled_articles()))
def test_hostile_text_analyses_with_valid_offsets(analyse_text: Analyse, raw: str) -> None:
    check_analysed_text(raw, analyse_text)


@budget(300)
@given(
    st.one_of(
        hostile_texts(),
        mangled_articles(),
        st.text(st.sampled_from(QUOTE_MARKS + "ab \n.,"), max_size=200),
    )
)
def test_quoted_spans_are_ordered_trimmed_and_between_marks(text: str) -> None:
    check_quoted_spans(text)
