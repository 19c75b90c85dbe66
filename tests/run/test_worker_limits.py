"""nlp.max_tokens: an article of more tokens than the limit is cut to it, as at max_chars,
in a run and in `explain`."""

from __future__ import annotations

import dataclasses

from eventwire.config import load_settings
from eventwire.explain import explain_text
from eventwire.extract.analyze import default_lexicons
from eventwire.models import RawArticle
from eventwire.nlp import load_pipeline
from eventwire.run.worker import Job, Processed, Worker

FIRST = "The minister met the ambassador in Paris on Monday, officials said."
SECOND = "Talks on trade, energy and security will go on next week in Berlin, they added."


def _process(text: str, max_tokens: int) -> Processed:
    settings = dataclasses.replace(load_settings(), max_tokens=max_tokens)
    [outcome] = Worker(Job(settings)).process([RawArticle("long.txt", text)])
    assert isinstance(outcome, Processed)
    return outcome


def _tokens(text: str) -> int:
    return len(load_pipeline(load_settings().model).make_doc(text))


def test_an_article_over_the_token_limit_ends_at_the_last_paragraph_within_it() -> None:
    text = f"{FIRST}\n\n{SECOND}"
    limit = _tokens(f"{FIRST}\n\n") + 3  # the second paragraph does not fit
    article = _process(text, limit).result.article
    assert article.text == FIRST
    assert article.removed[-1].reason == "truncated"
    assert article.removed[-1].start == text.index(SECOND)


def test_a_paragraph_of_symbols_is_cut_inside_at_the_token_limit() -> None:
    text = f"{FIRST}\n\n" + '" ' * 400
    processed = _process(text, 60)
    assert _tokens(processed.result.article.text) <= 60
    assert processed.result.article.text.startswith(FIRST)


def test_an_article_of_exactly_the_limit_is_left_whole() -> None:
    text = f"{FIRST}\n\n{SECOND}"
    assert _process(text, _tokens(text)).result.article.text == text


def test_explain_cuts_an_article_where_a_run_cuts_it() -> None:
    text = f"{FIRST}\n\n{SECOND}"
    settings = dataclasses.replace(load_settings(), max_tokens=_tokens(f"{FIRST}\n\n") + 3)
    explained = explain_text(text, settings, default_lexicons()).result.article
    [outcome] = Worker(Job(settings)).process([RawArticle("long.txt", text)])
    assert isinstance(outcome, Processed)
    assert explained.text == outcome.result.article.text == FIRST
