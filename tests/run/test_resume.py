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
# says every article before it has been stored (one article per batch, saved in order).
MARKER = "007z.txt"


def _command(folder: Path, db: Path, config: Path) -> list[str]:
    return [
        *(sys.executable, "-m", "eventwire", "run", str(folder), "--db", str(db)),
        *("--config", str(config), "--no-progress"),
    ]


def _run(folder: Path, db: Path, config: Path) -> int:
    done = subprocess.run(_command(folder, db, config), capture_output=True, timeout=600)
    return done.returncode


@pytest.mark.slow
def test_a_killed_run_finishes_on_the_next_run_with_the_same_store(tmp_path: Path) -> None:
    news = tmp_path / "news"
    write_corpus(news, articles=ARTICLES, copies=ARTICLES // 2)
    (news / MARKER).write_bytes(b"\x00\x00 not text")
    config = tmp_path / "eventwire.toml"
    config.write_text("[nlp]\nbatch_size = 1\n", "utf-8")

    whole = tmp_path / "whole.duckdb"
    assert _run(news, whole, config) == 1  # 1: the marker was rejected

    killed = tmp_path / "killed.duckdb"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with subprocess.Popen(
        _command(news, killed, config), stderr=subprocess.PIPE, text=True, env=env
    ) as process:
        assert process.stderr is not None
        for line in process.stderr:
            if MARKER in line:
                os.kill(process.pid, signal.SIGKILL)
                break
    assert process.returncode == -signal.SIGKILL
    part = store_tables(killed)
    stored = len(part["articles"])
    assert 8 <= stored < len(store_tables(whole)["articles"])
    assert len(part["story_keys"]) == stored

    assert _run(news, killed, config) == 1
    assert store_tables(killed) == store_tables(whole)
