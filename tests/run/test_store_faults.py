"""Store faults: a full disk, a path that cannot be written, a second run on one store.
Each gets a clear coded error, and no article is ever stored in part."""

from __future__ import annotations

import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.store import Store
from tests.run.corpus import write_corpus
from tests.store_dump import store_tables

# Small enough that the store (its write-ahead log) outgrows it part-way through the corpus.
FILE_LIMIT = 120 * 1024


def _run(
    folder: Path, db: Path, *, file_limit: int | None = None
) -> subprocess.CompletedProcess[str]:
    def limit() -> None:  # in the child: the file size limit a full disk would impose
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        if file_limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

    config = folder.parent / "small-batches.toml"
    config.write_text("[nlp]\nbatch_size = 4\n", "utf-8")  # several commits before the limit
    command = [sys.executable, "-m", "eventwire", "run", str(folder), "--db", str(db)]
    return subprocess.run(
        [*command, "--no-progress", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=600,
        preexec_fn=limit,
    )


@pytest.mark.slow
def test_a_full_disk_stops_the_run_clearly_and_keeps_whole_articles(tmp_path: Path) -> None:
    news = tmp_path / "news"
    write_corpus(news, articles=40)
    whole, full = tmp_path / "whole.duckdb", tmp_path / "full.duckdb"
    assert _run(news, whole).returncode == 0

    stopped = _run(news, full, file_limit=FILE_LIMIT)
    assert stopped.returncode == 3, stopped.stderr
    assert "E202" in stopped.stderr and "nothing written" in stopped.stderr
    assert "Traceback" not in stopped.stderr

    part, complete = store_tables(full), store_tables(whole)
    stored = {row[0] for row in part["articles"]}
    assert 0 < len(stored) < len(complete["articles"])
    for table in ("actors", "quotes", "events"):  # every stored article is whole
        assert part[table] == [row for row in complete[table] if row[0] in stored]

    assert _run(news, full).returncode == 0  # with room again, the run finishes
    assert store_tables(full) == complete


def test_a_store_path_that_cannot_be_written_is_a_clear_error(tmp_path: Path) -> None:
    news = tmp_path / "news"
    write_corpus(news, articles=1)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", "utf-8")
    result = _run(news, blocked / "store.duckdb")
    assert result.returncode == 3
    assert "E201" in result.stderr and "Traceback" not in result.stderr


def test_a_second_run_on_a_store_in_use_fails_clearly_and_changes_nothing(
    tmp_path: Path,
) -> None:
    news = tmp_path / "news"
    write_corpus(news, articles=1)
    db = tmp_path / "store.duckdb"
    with Store.open(db) as first:  # this process holds the store, as a running run would
        result = _run(news, db)
        assert first.summary()["articles"] == 0
    assert result.returncode == 3
    assert "E201" in result.stderr and "in use by another process" in result.stderr
