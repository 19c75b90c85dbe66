"""The hostile corpus through ``eventwire run``, as a user runs it: nothing crashes or
hangs, every input is stored or rejected with its own code, and a second run adds nothing.

The default size limits stay (the 50 MB article and the 200 MB gzip bombs meet the real
``max_bytes``); only ``max_chars`` is lowered, so that the parser's share stays small.
Every input is still read and cleaned whole before it is cut.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import duckdb
import pytest

from tests.hostile.corpus import Expected, input_name, write_hostile_corpus
from tests.store_dump import store_tables

# Far above the ~25 s a run takes on a busy 2-core machine; a hang fails, never stalls.
TIMEOUT = 300
_SUMMARY = re.compile(
    r"^(?P<read>\d+) read, (?P<stored>\d+) stored, (?P<already>\d+) already stored, "
    r"(?P<rejected>\d+) rejected(?: \((?P<codes>[^)]*)\))?;",
    re.M,
)


def run(folder: Path, db: Path, config: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "eventwire", "run", str(folder), "--db", str(db)]
    command += ["--config", str(config), "--no-progress"]
    return subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False)


def rejected(stderr: str, folder: Path) -> dict[str, str]:
    """Each reject on stderr: its origin relative to ``folder`` and its code (other lines,
    such as a logged warning, are left to the Traceback check)."""
    found: dict[str, str] = {}
    for line in stderr.splitlines():
        match = re.match(r"rejected: (E\d{3}) (.*)", line)
        if match is None:
            continue
        origin = match[2].removeprefix(f"{folder}/").split(": ", 1)[0]
        assert origin not in found, f"{origin} rejected twice"
        found[origin] = match[1]
    return found


def summary(stdout: str) -> tuple[dict[str, int], Counter[str]]:
    """The counts of the summary line, and its rejects by code."""
    match = _SUMMARY.search(stdout)
    assert match is not None, stdout
    counts = {name: int(match[name]) for name in ("read", "stored", "already", "rejected")}
    codes = Counter(
        {
            code: int(n)
            for code, n in (part.split() for part in (match["codes"] or "").split(", ") if part)
        }
    )
    return counts, codes


def stored_per_file(db: Path, folder: Path) -> Counter[str]:
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT path, count(*) FROM articles GROUP BY path").fetchall()
    return Counter({str(path).removeprefix(f"{folder}/"): n for path, n in rows})


def processed(expected: Expected) -> Counter[str]:
    return Counter(input_name(origin) for origin, code in expected.items() if code is None)


@pytest.mark.slow
def test_every_hostile_input_is_stored_or_rejected_with_its_code(tmp_path: Path) -> None:
    folder = tmp_path / "hostile"
    expected = write_hostile_corpus(folder)
    config = tmp_path / "limits.toml"
    config.write_text("[ingest]\nmax_chars = 20_000\n")
    db = tmp_path / "store.duckdb"

    first = run(folder, db, config)

    assert first.returncode == 1, first.stderr[-2000:]
    assert "Traceback" not in first.stderr
    codes = {origin: code for origin, code in expected.items() if code is not None}
    assert rejected(first.stderr, folder) == codes
    assert stored_per_file(db, folder) == processed(expected)
    counts, by_code = summary(first.stdout)
    assert by_code == Counter(codes.values())
    # "read" also counts the articles that cleaning rejects (E002, E008).
    assert counts["stored"] == sum(processed(expected).values()) <= counts["read"]
    assert (counts["already"], counts["rejected"]) == (0, len(codes))

    before = store_tables(db)
    again = run(folder, db, config)

    assert again.returncode == 1, again.stderr[-2000:]
    assert rejected(again.stderr, folder) == codes
    counts, by_code = summary(again.stdout)
    assert counts["stored"] == 0
    assert counts["already"] == sum(processed(expected).values())
    assert by_code == Counter(codes.values())
    assert store_tables(db) == before


def test_the_corpus_is_written_quickly_and_names_every_file(tmp_path: Path) -> None:
    start = time.perf_counter()
    expected = write_hostile_corpus(tmp_path)
    elapsed = time.perf_counter() - start

    assert elapsed < 10
    files = {path.name for path in tmp_path.iterdir()}
    assert {input_name(origin) for origin in expected} == files
    assert (tmp_path / "article_50mb.txt").stat().st_size == 50 * 2**20
    assert (tmp_path / "bomb.txt.gz").stat().st_size < 2**20
