"""The per-article time limit: work past it stops with a coded reject, the run goes on."""

from __future__ import annotations

import dataclasses
import threading
import time

import pytest

from eventwire.config import load_settings
from eventwire.models import RawArticle, Reject
from eventwire.run.deadline import TimedOut, time_limit
from eventwire.run.worker import Job, Processed, Worker


def _spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_work_past_the_limit_is_cut_short() -> None:
    started = time.monotonic()
    with pytest.raises(TimedOut, match="longer than 0.2 s"), time_limit(0.2):
        _spin(5)
    assert time.monotonic() - started < 1


def test_work_within_the_limit_runs_and_the_alarm_is_cleared() -> None:
    with time_limit(1):
        _spin(0.05)
    _spin(1.2)  # the alarm set above must not fire now


def test_no_limit_outside_the_main_thread_or_at_zero() -> None:
    errors: list[BaseException] = []

    def work() -> None:
        try:
            with time_limit(0.05):
                _spin(0.2)
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert errors == []
    with time_limit(0):
        _spin(0.1)


def test_an_article_past_the_limit_is_rejected_and_the_next_goes_on() -> None:
    text = "The minister met the ambassador in Paris on Monday, officials said."
    raws = [RawArticle(f"a{k}.txt", f"{text} Item {k}.") for k in range(2)]
    slow = Worker(Job(dataclasses.replace(load_settings(), max_seconds=0.0001)))
    outcomes = slow.process(raws)
    assert [o.code for o in outcomes if isinstance(o, Reject)] == ["E022", "E022"]
    assert "nlp.max_seconds" in outcomes[0].message  # type: ignore[union-attr]
    fine = Worker(Job(load_settings())).process(raws)
    assert all(isinstance(o, Processed) for o in fine)


def test_a_cleaner_bug_is_a_coded_reject_and_the_batch_goes_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from eventwire.run import worker

    real_clean = worker.clean_article

    def buggy_clean(raw: RawArticle, **options: int) -> object:
        if raw.origin == "bad.txt":
            raise KeyError("unforeseen")
        return real_clean(raw, **options)

    monkeypatch.setattr(worker, "clean_article", buggy_clean)
    text = "The minister met the ambassador in Paris on Monday, officials said."
    raws = [RawArticle("bad.txt", text), RawArticle("good.txt", text)]
    bad, good = Worker(Job(load_settings())).process(raws)
    assert isinstance(bad, Reject) and bad.code == "E023"
    assert "KeyError" in bad.message and "unforeseen" in bad.message
    assert isinstance(good, Processed)


def test_a_batch_that_never_ends_is_given_up_early_and_parsed_one_by_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from eventwire.run import worker

    def endless(*_args: object, **_options: object) -> list[object]:
        _spin(60)
        return []

    monkeypatch.setattr(worker, "parse_texts", endless)
    monkeypatch.setattr(worker, "SECONDS_PER_ARTICLE", 0.1)
    text = "The minister met the ambassador in Paris on Monday, officials said."
    raws = [RawArticle(f"a{k}.txt", f"{text} Item {k}.") for k in range(3)]
    settings = dataclasses.replace(load_settings(), max_seconds=1)
    runner = Worker(Job(settings))
    started = time.monotonic()
    outcomes = runner.process(raws)
    # Given up after 1 + 3 x 0.1 s, not 3 x 1 s, then each parsed on its own.
    assert time.monotonic() - started < 2.9
    assert all(isinstance(o, Processed) for o in outcomes)
