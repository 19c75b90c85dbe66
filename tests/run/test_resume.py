"""A run killed with SIGKILL part-way, then run again, leaves exactly the store an
uninterrupted run leaves (a real subprocess, a real kill)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.run.corpus import write_corpus
from tests.store_dump import store_tables

ARTICLES = 16
# A file that cannot be read, sorted among the articles: its reject on standard error
# says the articles before it have been stored (one article per batch, saved in order;
# with a pool, all but the few batches still in flight).
MARKER = "007z.txt"


def _command(folder: Path, db: Path, config: Path, workers: int) -> list[str]:
    return [
        *(sys.executable, "-m", "eventwire", "run", str(folder), "--db", str(db)),
        *("--config", str(config), "--no-progress", "--workers", str(workers)),
    ]


def _run(folder: Path, db: Path, config: Path, workers: int) -> int:
    command = _command(folder, db, config, workers)
    return subprocess.run(command, capture_output=True, timeout=600).returncode


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_a_killed_run_finishes_on_the_next_run_with_the_same_store(
    tmp_path: Path, workers: int
) -> None:
    news = tmp_path / "news"
    write_corpus(news, articles=ARTICLES, copies=ARTICLES // 2)
    (news / MARKER).write_bytes(b"\x00\x00 not text")
    config = tmp_path / "eventwire.toml"
    config.write_text("[nlp]\nbatch_size = 1\n", "utf-8")

    whole = tmp_path / "whole.duckdb"
    assert _run(news, whole, config, 1) == 1  # 1: the marker was rejected

    killed = tmp_path / "killed.duckdb"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with subprocess.Popen(
        _command(news, killed, config, workers),
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,
    ) as process:
        assert process.stderr is not None
        for line in process.stderr:
            if MARKER in line:
                # The run and its worker processes die at once, as in a crash.
                os.killpg(process.pid, signal.SIGKILL)
                break
    assert process.returncode == -signal.SIGKILL
    part = store_tables(killed)
    stored = len(part["articles"])
    before = sum(1 for p in news.iterdir() if p.name < MARKER)
    in_flight = 0 if workers == 1 else 2 * workers  # the pool's window of batches
    assert before - in_flight <= stored < len(store_tables(whole)["articles"])
    assert len(part["story_keys"]) == stored

    assert _run(news, killed, config, workers) == 1
    assert store_tables(killed) == store_tables(whole)
