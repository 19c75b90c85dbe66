"""Throughput of the whole pipeline against the bare spaCy parse of the same texts.

Usage: ``python -m bench.throughput [FOLDER] [--limit N] [--workers 1 2] [--no-dedup]``
(default FOLDER: PolNeAR train texts, 840 articles).

Each measurement runs in a fresh process, so its peak memory is its own:

- ``parse``: load the model and ``nlp.pipe`` every text (the floor);
- ``pipeline``: ``eventwire run`` into a new DuckDB file (read, clean, key stories,
  parse, extract, save) with 1 and 2 worker processes.

It prints articles/s, tokens/s, the ratio of each run's time to the bare parse, and the
peak memory of the driver and of the largest worker; then the near-duplicate clustering
time for 10k and 100k synthetic documents (:mod:`bench.dedup_scaling`). Native thread
pools are held to one thread in every process, so one worker uses one core.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from eventwire.run.local import ONE_THREAD

DEFAULT = (
    Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "polnear" / "train" / "text"
)
MB = 1024  # ru_maxrss is in KiB on Linux


def _files(folder: Path, limit: int | None) -> list[Path]:
    files = sorted(folder.glob("*.txt"))
    return files[:limit] if limit else files


def measure_parse(files: list[Path]) -> dict[str, float]:
    """Load the model and parse every text: seconds, tokens, peak memory."""
    from eventwire.config import load_settings
    from eventwire.nlp import load_pipeline

    settings = load_settings()
    started = time.perf_counter()
    texts = [path.read_text("utf-8") for path in files]
    nlp = load_pipeline(settings.model)
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=settings.batch_size))
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "articles": len(files), "tokens": tokens, **_peaks()}


def measure_pipeline(files: list[Path], workers: int) -> dict[str, float]:
    """Run the pipeline into a new store: seconds, articles stored, peak memory."""
    from eventwire.config import load_settings
    from eventwire.run import store_inputs
    from eventwire.store import Store

    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        with Store.open(Path(folder) / "bench.duckdb") as store:
            counts = store_inputs([str(p) for p in files], store, load_settings(), workers=workers)
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "articles": counts.stored, "rejected": counts.rejected, **_peaks()}


def _peaks() -> dict[str, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / MB
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / MB
    return {"driver_mb": own, "worker_mb": children}


def _in_fresh_process(args: list[str]) -> dict[str, float]:
    command = [sys.executable, "-m", "bench.throughput", *args]
    env = {**os.environ, **dict.fromkeys(ONE_THREAD, "1")}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path, nargs="?", default=DEFAULT, help="folder of .txt")
    parser.add_argument("--limit", type=int, default=None, help="only the first N files")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--no-dedup", action="store_true", help="skip the dedup scaling")
    parser.add_argument("--measure", choices=["parse", "pipeline"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    files = _files(args.folder, args.limit)
    if args.measure == "parse":
        print(json.dumps(measure_parse(files)))
        return
    if args.measure == "pipeline":
        print(json.dumps(measure_pipeline(files, args.workers[0])))
        return

    common = [str(args.folder), *(["--limit", str(args.limit)] if args.limit else [])]
    parse = _in_fresh_process([*common, "--measure", "parse"])
    tokens = parse["tokens"]
    print(f"{args.folder}: {len(files)} articles, {int(tokens):,} tokens; cores {os.cpu_count()}")
    print(f"{'run':<22} {'seconds':>8} {'articles/s':>11} {'tokens/s':>9} {'ratio':>6}"
          f" {'driver MB':>10} {'worker MB':>10}")  # fmt: skip
    _row("bare spaCy parse", parse, tokens, parse["seconds"])
    single = None
    for workers in args.workers:
        run = _in_fresh_process([*common, "--measure", "pipeline", "--workers", str(workers)])
        _row(
            f"pipeline, {workers} worker{'s' if workers > 1 else ''}", run, tokens, parse["seconds"]
        )
        if workers == 1:
            single = run["seconds"]
        elif single is not None:
            print(f"  {workers} workers are {single / run['seconds']:.2f}x one worker")
    if not args.no_dedup:
        from bench.dedup_scaling import dedup_seconds

        small, large = dedup_seconds(10_000), dedup_seconds(100_000)
        print(
            f"near-duplicate clustering: 10k docs {small:.1f} s, 100k docs {large:.1f} s "
            f"({large / small:.1f}x for 10x the documents)"
        )


def _row(label: str, run: dict[str, float], tokens: float, floor: float) -> None:
    seconds = run["seconds"]
    worker = run["worker_mb"] if run["worker_mb"] else run["driver_mb"]
    print(
        f"{label:<22} {seconds:8.1f} {run['articles'] / seconds:11.2f} {tokens / seconds:9,.0f}"
        f" {seconds / floor:6.2f} {run['driver_mb']:10,.0f} {worker:10,.0f}"
    )


if __name__ == "__main__":
    main()
