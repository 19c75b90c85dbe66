"""A short run of the fuzz target (bench/fuzz.py) in CI: it runs, tries inputs, finds
nothing, and would report a failure with a reproducer if there were one."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from hypothesis import strategies as st

from bench.fuzz import Target, format_report, fuzz, main, targets
from tests.properties.checks import Analyse


def test_a_five_second_fuzz_run_tries_every_target_and_finds_nothing(
    analyse_text: Analyse,
) -> None:
    report = fuzz(5, targets(analyse_text), seed=0, log=lambda line: None)
    assert set(report.tried) == {target.name for target in targets()}
    assert report.total > 0
    assert all(report.valid.values()), report.valid
    assert not report.failures, format_report(report)


def test_the_command_line_reports_and_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--minutes", "0.01", "--seed", "3", "--targets", "quotes,normal-form"]) == 0
    out = capsys.readouterr().out
    assert "fuzz: seed 3" in out and "quotes" in out and "no failures" in out


def fails_on_a_mark(text: str) -> None:
    assert "\u201c" not in text, "planted failure"


def sleeps_on_a_mark(text: str) -> None:
    if "\u201c" in text:
        time.sleep(5)


@pytest.mark.parametrize(
    ("check", "error"), [(fails_on_a_mark, "planted failure"), (sleeps_on_a_mark, "TimedOut")]
)
def test_a_failure_is_reported_with_a_reproducer_and_shrunk(
    check: Callable[[str], None], error: str, capsys: pytest.CaptureFixture[str]
) -> None:
    planted = Target("planted", st.tuples(st.text(st.sampled_from("ab \u201c"))), check)
    report = fuzz(0.5, [planted], seed=0, hang_seconds=0.2, log=print)
    assert report.tried["planted"] > 0
    [failure] = report.failures  # the same bug found twice is one failure
    assert error in failure.error
    assert f"import {check.__name__}\n{check.__name__}(" in failure.reproducer
    assert "\u201c" in failure.args[0]
    assert "'\u201c'" in failure.shrunk  # hypothesis shrinks it to the mark alone
    assert error in format_report(report)
    assert "FAIL planted" in capsys.readouterr().out
