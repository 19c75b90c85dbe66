"""The paragraph component: a sentence starts after every line break, nowhere else."""

from __future__ import annotations

import pytest

from eventwire.config import load_settings
from eventwire.nlp import load_pipeline
from eventwire.nlp.components import paragraph_breaks


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("He left. She stayed\nThe talks went on\n\n  \nRain fell", ["The", "Rain"]),
        ("No break at all, one line.", []),
        ("\nLeading break", ["Leading"]),
        ("Trailing break\n", []),
        ("", []),
    ],
)
def test_a_sentence_starts_after_each_line_break(text: str, starts: list[str]) -> None:
    doc = paragraph_breaks(load_pipeline(load_settings().model).make_doc(text))
    marked = [token.text for token in doc[1:] if token.is_sent_start]
    assert marked == starts
    # Nothing else is decided: the parser still places the other boundaries.
    assert all(token.is_sent_start is None for token in doc[1:] if token.text not in starts)


def test_the_parser_keeps_the_paragraph_starts() -> None:
    doc = load_pipeline(load_settings().model)("Talks ended without a deal\nthe envoy left Seoul.")
    assert [sent.text.strip() for sent in doc.sents] == [
        "Talks ended without a deal",
        "the envoy left Seoul.",
    ]
