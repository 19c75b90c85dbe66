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
