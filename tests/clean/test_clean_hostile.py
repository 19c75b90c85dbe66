"""Cleaning hostile text takes time in proportion to its length.

Each input below used to make one cleaning step quadratic (minutes for a few hundred
kilobytes); each now runs well inside a deadline that the quadratic version could not
meet. The output rules are pinned in test_clean_text.py and the properties.
"""

from __future__ import annotations

import unicodedata

import pytest

from eventwire.clean import clean_article
from eventwire.clean.normalize import MAX_WORD_CHARS, normalize_line
from eventwire.models import Article, RawArticle
from eventwire.run.deadline import time_limit

# Seconds: the linear versions take well under one on a busy machine.
DEADLINE = 10
SENTENCE = "The minister said the talks went well."


def clean(text: str, max_chars: int = 200_000) -> Article:
    with time_limit(DEADLINE):
        return clean_article(RawArticle(origin="hostile", text=text), max_chars=max_chars)


ALL = 10_000_000  # no cut: every line is assembled
HOSTILE = {
    # lines.split_lines: a lazy middle with a trailing-space run, tried at every character.
    "gap inside a line": ("Word" + " " * 300_000 + "word.", ALL),
    "gap of invisible characters": ("Gap" + "\u00a0\u200b" * 150_000 + "end.", ALL),
    # normalize.space_glued_quotes: counted the straight quotes from the line start at
    # every glued quote.
    "glued quotes": ('a."A' * 150_000, ALL),
    # assemble._cut_inside: normalised the prefix once per character of a long word.
    "one long word": ("a" * 600_000, 200_000),
    # repeats._teasers: walked every copy of a short line for each copy (and a list
    # of the teasers found so far).
    "a short line repeated": ("\n".join([SENTENCE] * 20_000), ALL),
    # assemble._kept_pieces: every repeated-sentence span checked against every line.
    "a sentence repeated on every line": (
        "\n".join(
            f"Unique sentence number {k} with eight words here. "
            "The same repeated sentence of at least eight words long."
            for k in range(30_000)
        ),
        ALL,
    ),
}


@pytest.mark.parametrize(("text", "max_chars"), HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_text_is_cleaned_in_linear_time(text: str, max_chars: int) -> None:
    article = clean(text, max_chars)
    assert article.text


def test_a_long_word_is_cut_inside_at_max_chars() -> None:
    article = clean("a" * 600_000, max_chars=200_000)
    assert article.text.replace(" ", "") == "a" * len(article.text.replace(" ", ""))
    assert len(article.text) == 200_000
    assert article.removed[-1].reason == "truncated"


def test_a_repeated_short_line_keeps_one_copy() -> None:
    assert clean("\n".join([SENTENCE] * 20_000)).text == SENTENCE


# -- long runs without a space are broken up for the tokenizer --------------------------------


@pytest.mark.parametrize(
    "run",
    ['"' * 100_000, "“" * 50_000, "'s" * 50_000, "😀" * 20_000, "QmFzZTY0" * 10_000],
    ids=["straight", "curly", "possessives", "emoji", "blob"],
)
def test_no_run_without_a_space_is_longer_than_the_limit(run: str) -> None:
    text = clean(f"He said {run} and left.").text
    assert max(len(word) for word in text.split(" ")) <= MAX_WORD_CHARS
    assert text.replace(" ", "") == f"Hesaid{run}andleft."


@pytest.mark.parametrize(
    "line",
    [
        "a" * 1000,
        "e\u0301" * 700,  # composes to é: no piece may start with a combining mark
        "a" + "\u0301" * 600,
        "x" * MAX_WORD_CHARS + " " + "y" * MAX_WORD_CHARS,
        "x " + "y" * (MAX_WORD_CHARS + 1),
    ],
)
def test_breaking_long_words_is_a_normal_form(line: str) -> None:
    once = normalize_line(line)
    assert normalize_line(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert max(len(word) for word in once.split(" ")) <= MAX_WORD_CHARS
    assert once.replace(" ", "") == unicodedata.normalize("NFC", line).replace(" ", "")


def test_words_up_to_the_limit_are_left_whole() -> None:
    url = "https://news.example/" + "a/" * 100
    assert normalize_line(f"See {url} now.") == f"See {url} now."
