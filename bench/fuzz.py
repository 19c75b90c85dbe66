"""Fuzz the cleaner, the quote finder and the analysis for a time budget.

    python -m bench.fuzz --minutes 10 --seed 1
    python -m bench.fuzz --minutes 1 --targets clean,quotes

Each target is a hypothesis test: a strategy from tests/strategies.py and an invariant
from tests/properties/checks.py, the same ones the property tests use. Hypothesis's
``fuzz_one_input`` drives it with random byte strings from ``--seed``, so a run can be
repeated exactly. An input running past ``--hang-seconds`` fails as a hang (SIGALRM,
which also interrupts a backtracking regular expression). Prints the inputs tried per
target and, for each distinct failure, the input, a reproducer to paste into Python and
the example hypothesis shrinks it to; exits 1 on any failure. (atheris is not installed, so
hypothesis is the engine.)
"""

from __future__ import annotations

import argparse
import faulthandler
import random
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any, cast

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.database import InMemoryExampleDatabase

from eventwire.models import ContentType, RawArticle
from eventwire.run.deadline import time_limit
from tests.properties import checks
from tests.strategies import (
    articles,
    hostile_lines,
    hostile_texts,
    html_pages,
    mangled_articles,
    max_chars,
    widget_documents,
)

# hypothesis reads at most this many bytes for one input (its BUFFER_SIZE).
MAX_BUFFER = 8 * 1024
MIN_BUFFER = 16
# An input still running this many times past --hang-seconds is stuck where SIGALRM
# cannot reach it; faulthandler then ends the run.
BACKSTOP = 3


@dataclass(frozen=True, slots=True)
class Target:
    """A property to fuzz: ``check(*args)`` for args drawn from ``strategy``."""

    name: str
    strategy: st.SearchStrategy[tuple[Any, ...]]
    check: Callable[..., object]


def _raw(text: str, content_type: ContentType = "text") -> RawArticle:
    return RawArticle(origin="fuzz", text=text, content_type=content_type)


def targets(analyse: checks.Analyse | None = None) -> list[Target]:
    """Every fuzz target; ``analyse`` is the analyser to use (default: load the pipeline)."""
    texts = st.one_of(hostile_texts(), mangled_articles(), widget_documents(), articles())
    return [
        Target(
            "clean",
            st.tuples(texts.map(_raw), max_chars()),
            checks.check_clean,
        ),
        Target(
            "clean-html",
            st.tuples(html_pages().map(partial(_raw, content_type="html")), max_chars()),
            checks.check_clean,
        ),
        Target(
            "idempotent",
            st.tuples(texts.map(_raw), max_chars()),
            checks.check_clean_idempotent,
        ),
        Target(
            "normal-form",
            st.tuples(hostile_lines()),
            checks.check_normal_form,
        ),
        Target("quotes", st.tuples(texts), checks.check_quoted_spans),
        Target(
            "analyze",
            st.tuples(st.one_of(hostile_texts(long_lines=False, max_lines=8), mangled_articles())),
            partial(checks.check_analysed_text, analyse=analyse),
        ),
    ]


@dataclass(slots=True)
class Failure:
    target: str
    error: str
    args: tuple[Any, ...]
    reproducer: str
    shrunk: str = ""


@dataclass(slots=True)
class Report:
    """What a fuzz run did: inputs tried (and valid ones) per target, and the failures."""

    seed: int
    seconds: float = 0.0
    tried: dict[str, int] = field(default_factory=dict)
    valid: dict[str, int] = field(default_factory=dict)
    slowest: dict[str, float] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.tried.values())


class _Runner:
    """One target as a hypothesis test that remembers its last input."""

    def __init__(self, target: Target, hang_seconds: float) -> None:
        self.target = target
        self.last: tuple[Any, ...] = ()
        self.database = InMemoryExampleDatabase()

        @settings(
            database=self.database,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            phases=[Phase.reuse, Phase.shrink],
            report_multiple_bugs=False,
        )
        @given(target.strategy)
        def test(args: tuple[Any, ...]) -> None:
            self.last = args
            with time_limit(hang_seconds):
                target.check(*args)

        self.test = test
        self.fuzz_one: Callable[[bytes], bytes | None] = cast(Any, test).hypothesis.fuzz_one_input

    def shrink(self) -> str:
        """Replay the saved failures and let hypothesis shrink them; its falsifying example."""
        try:
            self.test()
        except BaseException as error:  # whatever the target raised
            notes = getattr(error, "__notes__", [])
            return "\n".join([*notes, f"{type(error).__name__}: {error}"])
        return "(did not fail again when replayed: flaky or time-dependent)"


def _reproducer(target: Target, args: tuple[Any, ...]) -> str:
    check, keywords = target.check, {}
    if isinstance(target.check, partial):
        check = target.check.func
        keywords = {k: v for k, v in target.check.keywords.items() if v is True}
    call = ", ".join([*map(repr, args), *(f"{k}={v!r}" for k, v in keywords.items())])
    return (
        "from eventwire.models import RawArticle\n"
        f"from {check.__module__} import {check.__name__}\n"
        f"{check.__name__}({call})"
    )


def _where(error: BaseException) -> tuple[str, str, int]:
    """Exception type and the innermost frame: what makes two failures the same bug."""
    frames = traceback.extract_tb(error.__traceback__)
    if not frames:
        return type(error).__name__, "", 0
    return type(error).__name__, frames[-1].filename, frames[-1].lineno or 0


def fuzz(
    seconds: float,
    chosen: Sequence[Target],
    *,
    seed: int = 0,
    hang_seconds: float = 30.0,
    shrink: bool = True,
    log: Callable[[str], object] = print,
) -> Report:
    """Fuzz the ``chosen`` targets in turn, one input each, until ``seconds`` have passed."""
    runners = [_Runner(target, hang_seconds) for target in chosen]
    report = Report(seed=seed)
    seen: dict[tuple[str, str, str, int], Failure] = {}
    rng = random.Random(seed)
    start = time.monotonic()
    stop = start + seconds
    while time.monotonic() < stop:
        for runner in runners:
            name = runner.target.name
            buffer = rng.randbytes(rng.randint(MIN_BUFFER, MAX_BUFFER))
            began = time.monotonic()
            report.tried[name] = report.tried.get(name, 0) + 1
            if hang_seconds > 0 and sys.__stderr__ is not None:
                # Backstop for C code that never checks for signals (SIGALRM covers Python
                # and the re module): end the run with every thread's traceback.
                faulthandler.dump_traceback_later(
                    BACKSTOP * hang_seconds, exit=True, file=sys.__stderr__
                )
            try:
                if runner.fuzz_one(buffer) is not None:
                    report.valid[name] = report.valid.get(name, 0) + 1
            except Exception as error:  # every failure is reported
                key = (name, *_where(error))
                if key not in seen:
                    failure = Failure(
                        name,
                        "".join(traceback.format_exception_only(error)).strip(),
                        runner.last,
                        _reproducer(runner.target, runner.last),
                    )
                    seen[key] = failure
                    report.failures.append(failure)
                    log(f"FAIL {name}: {failure.error[:300]}")
            elapsed = time.monotonic() - began
            report.slowest[name] = max(report.slowest.get(name, 0.0), elapsed)
            if time.monotonic() >= stop:
                break
    faulthandler.cancel_dump_traceback_later()
    report.seconds = time.monotonic() - start
    if shrink:
        # Hypothesis replays and shrinks one failure per target (the smallest it saved).
        shrunk = {r.target.name: r.shrink() for r in runners if r.target.name in report.tried}
        for failure in report.failures:
            failure.shrunk = shrunk[failure.target]
    return report


def format_report(report: Report) -> str:
    lines = [f"fuzz: seed {report.seed}, {report.seconds:.0f} s, {report.total} inputs tried"]
    for name, tried in report.tried.items():
        lines.append(
            f"  {name:<12} tried {tried:>7}  valid {report.valid.get(name, 0):>7}"
            f"  slowest {report.slowest.get(name, 0.0):6.2f} s"
        )
    for number, failure in enumerate(report.failures, 1):
        lines += [
            f"\nFAILURE {number} in {failure.target}: {failure.error}",
            f"input: {failure.args!r}",
            "reproducer:",
            *(f"    {line}" for line in failure.reproducer.splitlines()),
        ]
        if failure.shrunk:
            lines += ["shrunk by hypothesis:", *(f"    {s}" for s in failure.shrunk.splitlines())]
    lines.append(f"\n{len(report.failures)} failure(s)" if report.failures else "\nno failures")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    names = [t.name for t in targets()]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=1.0, help="time budget (default 1)")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: random)")
    parser.add_argument(
        "--targets", default=",".join(names), help=f"comma-separated, of: {', '.join(names)}"
    )
    parser.add_argument(
        "--hang-seconds", type=float, default=30.0, help="one input's time limit (default 30)"
    )
    parser.add_argument("--no-shrink", action="store_true", help="report failures unshrunk")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    wanted = {name.strip() for name in args.targets.split(",") if name.strip()}
    if unknown := wanted - set(names):
        parser.error(f"no such target: {', '.join(sorted(unknown))}")
    if "analyze" in wanted:
        checks.default_analyser()  # load the model before the clock starts
    report = fuzz(
        args.minutes * 60,
        [target for target in targets() if target.name in wanted],
        seed=seed,
        hang_seconds=args.hang_seconds,
        shrink=not args.no_shrink,
    )
    print(format_report(report))
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
