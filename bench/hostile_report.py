"""The hostile corpus (tests/hostile/corpus.py), one file at a time: what became of each
input, and the time and peak memory each file cost.

Usage: ``python -m bench.hostile_report [--config FILE] [--timeout SECONDS] [--keep DIR]``

The corpus is generated into a temporary folder (or ``--keep DIR``). Every file runs
through the pipeline (read, clean, parse, extract: ``eventwire.run.analyze_inputs``,
without the store) in a fresh process that has loaded the model and warmed the
extractors first, so a file's time is its own and its peak memory is the process's
(``ru_maxrss``), printed next to the peak of a process that only loaded the model.
It prints the counts (files, inputs processed, rejected by code and message stem),
the slowest file and the one with the largest peak, whether every input got the
code the corpus expects, and a line per file.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.run.local import ONE_THREAD
from tests.hostile.corpus import Expected, article, input_name, write_hostile_corpus

MB = 1024  # ru_maxrss is in KiB on Linux
_NUMBER = re.compile(r"(?<![\w-])\d[\d,.]*")


@dataclass
class FileResult:
    """What one child process reported for one file."""

    name: str
    seconds: float = 0.0
    peak_mb: float = 0.0
    processed: list[str] = field(default_factory=list)
    rejects: list[tuple[str, str, str]] = field(default_factory=list)  # origin, code, message
    failure: str | None = None  # a crash or a timeout


def measure(path: Path | None, config: str | None) -> dict[str, object]:
    """In the child: load and warm up, then analyse ``path`` (None: warm-up only)."""
    from eventwire.config import load_settings
    from eventwire.extract.lexicons import default_lexicons
    from eventwire.models import Reject
    from eventwire.nlp import load_pipeline
    from eventwire.run import analyze_inputs

    settings = load_settings(config)
    lexicons = default_lexicons()
    load_pipeline(settings.model)
    with tempfile.TemporaryDirectory() as folder:  # the gazetteer and lexicons load lazily
        warm = Path(folder) / "warm.txt"
        warm.write_text(article("warming up"))
        list(analyze_inputs([str(warm)], settings, lexicons))
    processed: list[str] = []
    rejects: list[tuple[str, str, str]] = []
    started = time.perf_counter()
    for item in analyze_inputs([str(path)] if path else [], settings, lexicons):
        if isinstance(item, Reject):
            rejects.append((item.origin, item.code, item.message))
        else:
            processed.append(item.article.origin)
    return {
        "seconds": time.perf_counter() - started,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / MB,
        "processed": processed,
        "rejects": rejects,
    }


def _child(path: Path | None, config: str | None, timeout: float) -> FileResult:
    name = path.name if path else "(model only)"
    command = [sys.executable, "-m", "bench.hostile_report", "--child", str(path or "")]
    command += ["--config", config] if config else []
    env = {**os.environ, **dict.fromkeys(ONE_THREAD, "1")}
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, env=env, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return FileResult(name, seconds=timeout, failure=f"timed out after {timeout:g} s")
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        return FileResult(name, failure=f"crashed (exit {done.returncode}): {last}")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    result = FileResult(name, seconds=report["seconds"], peak_mb=report["peak_mb"])
    result.processed = report["processed"]
    result.rejects = [tuple(reject) for reject in report["rejects"]]
    return result


def stem(message: str) -> str:
    """A message without its particulars: ``is too large (52,428,800 bytes...`` ->
    ``is too large``; numbers become N."""
    return _NUMBER.sub("N", message.split(" (")[0].split(";")[0])


def _relative(origin: str, folder: Path) -> str:
    return origin.removeprefix(f"{folder}/")


def differences(results: list[FileResult], expected: Expected, folder: Path) -> list[str]:
    """Inputs whose outcome is not the one the corpus expects."""
    got: dict[str, str | None] = {}
    stored: Counter[str] = Counter()
    for result in results:
        for origin, code, _ in result.rejects:
            got[_relative(origin, folder)] = code
        stored.update(input_name(_relative(origin, folder)) for origin in result.processed)
    wrong = [
        f"{origin}: expected {code or 'stored'}, got {got.get(origin, 'stored')}"
        for origin, code in expected.items()
        if got.get(origin) != code
    ]
    wrong += [
        f"{origin}: unexpected {code}" for origin, code in got.items() if origin not in expected
    ]
    wanted = Counter(input_name(origin) for origin, code in expected.items() if code is None)
    wrong += [
        f"{name}: expected {wanted[name]} stored, got {stored[name]}"
        for name in sorted(set(wanted) | set(stored))
        if wanted[name] != stored[name]
    ]
    return wrong


def report(folder: Path, expected: Expected, config: str | None, timeout: float) -> None:
    """Run every file of the corpus in ``folder`` and print the figures."""
    from eventwire.config import load_settings

    settings = load_settings(config)
    files = sorted(folder.iterdir())
    print(f"hostile corpus: {len(files)} files, {len(expected)} inputs in them")
    limits = f"max_bytes {settings.max_bytes:,}, max_chars {settings.max_chars:,}"
    seconds = getattr(settings, "max_seconds", None)
    print(f"settings: {limits}" + (f", nlp.max_seconds {seconds:g}" if seconds is not None else ""))
    baseline = _child(None, config, timeout)
    results = []
    for path in files:
        result = _child(path, config, timeout)
        results.append(result)
        outcome = result.failure or _outcome(result)
        print(
            f"  {path.name:<30} {result.seconds:7.2f} s {result.peak_mb:7.0f} MB  {outcome}",
            flush=True,
        )
    processed = sum(len(result.processed) for result in results)
    rejects = [reject for result in results for reject in result.rejects]
    failures = [result for result in results if result.failure]
    counts = f"processed {processed}, rejected {len(rejects)}, failed {len(failures)}"
    print(f"files {len(files)}: {counts}")
    print("rejected by reason:")
    for (code, reason), count in sorted(Counter((c, stem(m)) for _, c, m in rejects).items()):
        print(f"  {code} {count:3}  {reason}")
    slowest = max(results, key=lambda result: result.seconds)
    largest = max(results, key=lambda result: result.peak_mb)
    print(f"max time per file: {slowest.seconds:.2f} s ({slowest.name})")
    print(
        f"max peak memory per file: {largest.peak_mb:.0f} MB ({largest.name}); "
        f"a process that only loads the model and warms up: {baseline.peak_mb:.0f} MB"
    )
    wrong = differences(results, expected, folder)
    print(f"outcomes as the corpus expects: {'all' if not wrong else f'{len(wrong)} differ'}")
    for line in wrong:
        print(f"  {line}")
    for result in failures:
        print(f"FAILED {result.name}: {result.failure}")


def _outcome(result: FileResult) -> str:
    parts = [f"stored {len(result.processed)}"] if result.processed else []
    codes = Counter(code for _, code, _ in result.rejects)
    parts += [f"{code} x{count}" if count > 1 else code for code, count in sorted(codes.items())]
    return ", ".join(parts) or "nothing"


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--config", help="TOML settings file (the defaults otherwise)")
    parser.add_argument("--timeout", type=float, default=900, help="seconds per file")
    parser.add_argument("--keep", type=Path, help="write the corpus here and keep it")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        path = args.child if str(args.child) not in ("", ".") else None
        print(json.dumps(measure(path, args.config)))
        return
    if args.keep is not None:
        report(args.keep, write_hostile_corpus(args.keep), args.config, args.timeout)
        return
    with tempfile.TemporaryDirectory() as folder:
        report(Path(folder), write_hostile_corpus(Path(folder)), args.config, args.timeout)


if __name__ == "__main__":
    main()
