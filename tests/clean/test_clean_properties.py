"""Properties of clean_article over arbitrary text (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.clean import clean_article
from eventwire.clean.lines import split_lines
from eventwire.clean.normalize import normalize_line
from eventwire.clean.rules import load_rules
from eventwire.errors import InputError
from eventwire.models import RawArticle

RULES = load_rules()
# Widget lines mixed into random text, so removals actually happen.
WIDGETS = [
    "No comments :",
    "Post a Comment",
    "3 comments:",
    "Share on Twitter",
    "Advertisement",
    "Read more",
    "Related stories",
    "- Budget vote delayed",
    "© 2020 Example News",
    "(AP Photo)",
    "Sign up for our newsletter",
]
SENTENCES = [
    "The minister said the talks would continue.",
    '"We are ready," he said."The date is set," she said.',
    "The minister said the talks would continue. Officials agreed.",
    "- The minister said the talks would continue.",
]
ALPHABET = st.characters(
    codec="utf-8",
    categories=("L", "N", "P", "Zs", "Cc", "Cf", "S"),
    include_characters='\n\r\u2028\u00a0\u200b\ufeff“”‘’"',
)
LINE = st.one_of(
    st.text(ALPHABET, max_size=60),
    st.sampled_from(WIDGETS),
    st.sampled_from(SENTENCES),
)
SEPARATOR = st.sampled_from(["\n", "\r\n", "\n\n", "\r", "\n \n\n\n"])


@st.composite
def documents(draw: st.DrawFn) -> str:
    lines = draw(st.lists(LINE, max_size=12))
    return "".join(line + draw(SEPARATOR) for line in lines)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents(), st.integers(min_value=20, max_value=400))
def test_removals_point_into_the_raw_text_and_boilerplate_is_gone(raw: str, max_chars: int) -> None:
    try:
        article = clean_article(RawArticle(origin="prop", text=raw), max_chars=max_chars)
    except InputError as error:
        assert error.code == "E002"
        return
    assert article.text and len(article.text) <= max_chars
    assert article.text == article.text.strip()
    assert "\n\n\n" not in article.text
    kept_lines = set(article.text.split("\n"))
    previous_end = 0
    for removal in article.removed:
        assert 0 <= removal.start < removal.end <= len(raw)
        assert removal.start >= previous_end  # sorted, never overlapping
        previous_end = removal.end
        if not removal.reason.startswith("boilerplate:"):
            continue
        for line in split_lines(raw[removal.start : removal.end]):
            # A removed line that is boilerplate in its own right is nowhere in the text
            # (block items and comment tails are judged by where they stand, not alone).
            if any(rule.matches(line.form) for rule in RULES):
                assert normalize_line(line.text) not in kept_lines
