"""Quotation-mark spans: every style, apostrophes, multi-paragraph quotes, stray marks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.extract.quote_marks import find_quoted_spans


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quoted_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we will go" today.', ["we will go"]),
        ("He said “we will go” today.", ["we will go"]),
        ("Er sagte „wir gehen“ heute.", ["wir gehen"]),
        ("Il a dit «nous partons» hier.", ["nous partons"]),
        ("She called it ‘a farce’ on Monday.", ["a farce"]),
        ("She called it 'a farce' on Monday.", ["a farce"]),
        ("Korea's leaders and the countries' top aides don’t agree.", []),
        ('"One," he said, "two."', ["One,", "two."]),
        ("“It is ‘fine’ here,” she said.", ["It is ‘fine’ here,"]),
    ],
)
def test_quote_styles(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_quote_over_paragraphs_without_closing_mark() -> None:
    text = "“First paragraph of the quote.\n“Second paragraph ends it,” he said.\nNext line."
    spans = find_quoted_spans(text)
    assert len(spans) == 1
    assert text[spans[0].start : spans[0].end].endswith("ends it,")
    assert spans[0].closed


def test_quote_runs_on_where_the_paragraph_break_was_lost() -> None:
    # A wire feed flattened to one line: the second paragraph's opening mark follows the
    # first paragraph's last sentence; it reopens the quote rather than closing it.
    text = (
        '"The harvest was poor this year. "Next year we plant early," the farmer said. '
        'The minister said "prices will fall".'
    )
    assert _texts(text) == [
        'The harvest was poor this year. "Next year we plant early,',
        "prices will fall",
    ]


def test_mark_closing_a_sentence_is_no_reopening() -> None:
    text = 'He said "we will go. " Then "we stop," she said.'
    assert _texts(text) == ["we will go.", "we stop,"]


def test_unbalanced_mark_closes_at_paragraph_end() -> None:
    text = 'He said "this never closes.\nA new paragraph with "a real quote" here.'
    assert _texts(text) == ["this never closes.", "a real quote"]
    assert not find_quoted_spans(text)[0].closed


@given(st.text(alphabet=st.sampled_from(list("ab '\"“”‘’«»„\n.,")), max_size=200))
def test_spans_are_ordered_and_inside_text(text: str) -> None:
    spans = find_quoted_spans(text)
    previous_end = 0
    for span in spans:
        assert previous_end <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == text[span.start : span.end].strip()
        previous_end = span.end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A stray closing mark does not open a quote that runs to the paragraph's end.
        ("She favours a strongman approach”, she said, adding more.", []),
        # An elided year is not a single quotation mark.
        ("'90s rock was great, Smith said. 'We loved it,' he added.", ["We loved it,"]),
        # An unclosed single mark is an apostrophe, not a quote.
        ("The 'band played on and on.\nNext.", []),
    ],
)
def test_stray_marks_open_nothing(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_a_quote_over_thousands_of_paragraphs_is_one_passage() -> None:
    text = "\n".join(f'"Paragraph {k} has several words in it.' for k in range(5000))
    spans = find_quoted_spans(text + '"')
    assert len(spans) == 1 and spans[0].end - spans[0].start > len(text) - 5
