"""The invariants every property test and the fuzz target check, as plain functions.

Each one runs a stage on one input and raises AssertionError (or lets the stage's own
unexpected exception through) when the input breaks the stage's contract; an
InputError with a cleaning code is an accepted outcome, not a failure.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date
from functools import cache

from eventwire.clean import clean_article
from eventwire.clean.boilerplate import first_rule
from eventwire.clean.html import extract_main_text
from eventwire.clean.lines import Line, match_form, split_lines
from eventwire.clean.normalize import normalize_line
from eventwire.clean.rules import Rule, load_rules
from eventwire.errors import InputError
from eventwire.extract.quote_marks import find_quoted_spans
from eventwire.models import AnalyzedArticle, Article, RawArticle, Removal

Analyse = Callable[..., AnalyzedArticle]

# What clean_article may raise, and nothing else: E002 nothing left, E008 no HTML main text.
CLEAN_CODES = frozenset({"E002", "E008"})
# The only line break, and no control or invisible characters, survive normalisation.
NOT_IN_CLEAN_TEXT = frozenset(
    [chr(c) for c in range(0x20) if c != 0x0A] + ["\x7f", "\u200b", "\u2060", "\ufeff", "\u00ad"]
)
MARKS = frozenset("\"'“”‘’„«»‹›")
RULES = load_rules()


# --- cleaning ---------------------------------------------------------------------------


def clean(raw: RawArticle, max_chars: int) -> Article | None:
    """clean_article, with a coded InputError turned into None (any other error is a bug)."""
    try:
        return clean_article(raw, max_chars=max_chars)
    except InputError as error:
        assert error.code in CLEAN_CODES, f"unexpected code {error.code}: {error}"
        return None


def check_clean(raw: RawArticle, max_chars: int) -> Article | None:
    """Clean ``raw`` and check the Article against what clean_article documents."""
    article = clean(raw, max_chars)
    if article is None:
        return None
    text = article.text
    assert text, "an Article always has text"
    assert len(text) <= max_chars
    assert text == text.strip()
    assert "\n\n\n" not in text, "a blank line in the raw text stays one blank line"
    assert text.splitlines() == text.split("\n"), "lines end only in \\n"
    assert not NOT_IN_CLEAN_TEXT & set(text), "control or invisible characters kept"
    assert "  " not in text, "one plain space between words"
    # Removals point into the raw text: the page's main text for HTML, raw.text otherwise.
    source = extract_main_text(raw).text if raw.content_type == "html" else raw.text
    check_removals(article.removed, len(source))
    # Every cut is recorded: the raw text without the removals, line by line, is the text.
    kept = rebuild(source, article.removed)
    assert [line for line in text.split("\n") if line] == [line for line, _ in kept]
    for line, raw_line in kept:
        rule = boilerplate_rule(line)
        if rule is None:
            continue
        if normalize_line(raw_line.text) != line:
            # What a cut left of a line: the head of a line cut at max_chars may read
            # like anything ("Read" of "Read more").
            truncated = any(
                r.reason == "truncated" and raw_line.start < r.start < raw_line.end
                for r in article.removed
            )
            if not truncated:
                raise AssertionError(f"boilerplate left by a cut ({rule.reason}): {line!r}")
        else:
            raise AssertionError(f"boilerplate kept ({rule.reason}): {line!r}")
    return article


def check_removals(removed: tuple[Removal, ...], size: int) -> None:
    """Within ``[0, size]``, non-empty, sorted and never overlapping, each with a reason."""
    previous_end = 0
    for removal in removed:
        assert 0 <= removal.start < removal.end <= size, (removal, size)
        assert removal.start >= previous_end, f"{removal} overlaps the one before"
        assert removal.reason
        previous_end = removal.end


def boilerplate_rule(line: str) -> Rule | None:
    """The first boilerplate rule matching ``line`` on its own."""
    return first_rule(match_form(line), RULES)


def rebuild(source: str, removed: tuple[Removal, ...]) -> list[tuple[str, Line]]:
    """What the removals leave of ``source``: each line not removed whole, without the
    spans cut out of it and normalised, with the raw line it comes from."""
    kept: list[tuple[str, Line]] = []
    for line in split_lines(source):
        pieces: list[str] = []
        start = line.start
        for removal in removed:
            if removal.end <= line.start or removal.start >= line.end:
                continue
            if removal.start <= line.start and line.end <= removal.end:
                break  # the whole line is gone
            if removal.start > start:
                pieces.append(source[start : removal.start])
            start = max(start, removal.end)
        else:
            pieces.append(source[start : line.end])
            text = normalize_line("".join(pieces))
            if text:
                kept.append((text, line))
    return kept


def check_normal_form(line: str) -> None:
    """normalize_line gives a normal form (NFC, as documented): normalising it again
    changes nothing."""
    once = normalize_line(line)
    assert unicodedata.is_normalized("NFC", once), (line, once)
    assert normalize_line(once) == once, (line, once)


def check_clean_idempotent(raw: RawArticle, max_chars: int) -> None:
    """Cleaning the cleaned text again (as plain text, same limit) gives the same text."""
    first = clean(raw, max_chars)
    if first is None:
        return
    # The head of a line cut at max_chars may read like boilerplate ("Share" of "Share
    # this article, he said"), so the second cleaning may drop it: not a bug.
    cut = first.removed[-1].reason == "truncated" if first.removed else False
    head, _, last = first.text.rpartition("\n")
    try:
        again = clean_article(RawArticle(origin=raw.origin, text=first.text), max_chars=max_chars)
    except InputError as error:
        assert cut and not head and error.code == "E002", error
        assert boilerplate_rule(last) is not None, error
        return
    if again.text == first.text or (cut and again.text == head.rstrip()):
        return
    raise AssertionError(f"cleaned again: {first.text!r} -> {again.text!r} {again.removed}")


# --- quotation marks --------------------------------------------------------------------


def check_quoted_spans(text: str) -> None:
    """Spans inside the text, in order, never overlapping, trimmed, between marks."""
    previous_end = 0
    for span in find_quoted_spans(text):
        assert previous_end <= span.start < span.end <= len(text), (span, previous_end)
        previous_end = span.end
        words = text[span.start : span.end]
        assert words == words.strip(), f"span {span} is not trimmed: {words!r}"
        before = text[: span.start].rstrip()
        assert before and before[-1] in MARKS, f"span {span} does not follow a mark"
        if span.closed:
            after = text[span.end :].lstrip()
            assert after and after[0] in MARKS, f"closed span {span} is not followed by a mark"


# --- analysis ---------------------------------------------------------------------------


def check_analysis(result: AnalyzedArticle, raw_size: int) -> None:
    """Every offset in ``result`` is inside the cleaned text and points at what it claims."""
    text = result.article.text
    check_removals(result.article.removed, raw_size)
    for actor in result.actors:
        assert actor.mentions, f"actor {actor.id} has no mention"
        for start, end in actor.mentions:
            assert 0 <= start < end <= len(text), (actor, len(text))
    previous_end = 0
    for quote in result.quotes:
        assert 0 <= quote.start < quote.end <= len(text), (quote, len(text))
        assert text[quote.start : quote.end] == quote.text, quote
        assert quote.start >= previous_end, f"quotes overlap or are out of order: {quote}"
        previous_end = quote.end
        speaker = quote.speaker
        if speaker is not None:
            assert 0 <= speaker.start < speaker.end <= len(text), (speaker, len(text))
            assert text[speaker.start : speaker.end] == speaker.mention, speaker
    for event in result.events:
        assert 0 <= event.start < event.end <= len(text), (event, len(text))
        assert text[event.start : event.end] == event.text, event
        assert event.sentence in text, event
        assert event.quote is None or 0 <= event.quote < len(result.quotes), event


@cache
def default_analyser() -> Analyse:
    """Clean, parse and analyse a text the way the pipeline does (the model loads once).

    The same steps as the ``analyse_text`` fixture in tests/conftest.py, for reproducers
    and the fuzz target that run outside pytest.
    """
    from eventwire.config import load_settings
    from eventwire.extract.analyze import analyze, default_lexicons
    from eventwire.nlp import load_pipeline

    settings = load_settings()
    nlp = load_pipeline(settings.model)
    lexicons = default_lexicons()

    def run(text: str, published: date | None = None, origin: str = "test") -> AnalyzedArticle:
        raw = RawArticle(origin=origin, text=text, published=published)
        article = clean_article(raw, max_chars=settings.max_chars)
        return analyze(article, nlp(article.text), lexicons)

    return run


def check_analysed_text(text: str, analyse: Analyse | None = None) -> None:
    """Analyse ``text`` (cleaning it first) and check every offset of the result."""
    try:
        result = (analyse or default_analyser())(text, date(2020, 3, 2))
    except InputError as error:
        assert error.code in CLEAN_CODES, f"unexpected code {error.code}: {error}"
        return
    check_analysis(result, len(text))
