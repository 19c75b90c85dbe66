"""The command line end to end: help, the output contract, idempotent runs, bad input."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main

SAMPLE = (
    Path(__file__).resolve().parents[1] / "src" / "eventwire" / "samples" / "xinhua-pompeo-kim.txt"
)
CONTRACT_KEYS = [
    "id", "path", "url", "source", "title", "published", "language", "text",
    "removed", "story", "actors", "quotes", "events",
]  # fmt: skip
OTHER_ARTICLE = (
    "Russian President Vladimir Putin met with Turkish President Recep Tayyip Erdogan in "
    "Ankara on Tuesday. \u201cWe have agreed to expand trade,\u201d Putin told reporters.\n"
    "Erdogan said the two countries would cooperate on energy.\n"
)


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.mark.parametrize(
    "command", ["extract", "explain", "run", "export", "quotes", "events", "actors"]
)
def test_every_command_has_help_with_an_example(runner: CliRunner, command: str) -> None:
    result = runner.invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output and f"eventwire {command}" in result.output


def test_extract_writes_the_output_contract(runner: CliRunner) -> None:
    result = runner.invoke(main, ["extract", str(SAMPLE), "--published", "2018-10-08"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert list(record) == CONTRACT_KEYS
    assert record["published"] == "2018-10-08"
    assert record["path"] == str(SAMPLE)
    text = record["text"]
    for quote in record["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]


def test_extract_table_format_and_stdin(runner: CliRunner) -> None:
    result = runner.invoke(main, ["extract", "-", "--format", "table"], input=OTHER_ARTICLE)
    assert result.exit_code == 0, result.output
    assert "Putin" in result.stdout and "Quotes" in result.stdout


def test_explain_shows_parse_actors_triggers_and_events(runner: CliRunner) -> None:
    sentence = "Pompeo met Kim Jong Un in Pyongyang on Sunday."
    result = runner.invoke(main, ["explain", sentence, "--published", "2018-10-08"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "published 2018-10-08" in out
    rows = [[cell.strip() for cell in line.split("│")[1:-1]] for line in out.splitlines()]
    assert ["1", "met", "meet", "VERB", "ROOT", "1", "–"] in rows
    assert ["6", "Pyongyang", "Pyongyang", "PROPN", "pobj", "5", "GPE"] in rows
    assert any(row[1:4] == ["Kim Jong Un", "person", "PRKGOV"] for row in rows if len(row) > 3)
    for section in ["Parse (10)", "Actors (", "Triggers considered", "Events"]:
        assert section in out, section


@pytest.mark.parametrize("text", ["", "  \n "])
def test_explain_refuses_an_empty_text(runner: CliRunner, text: str) -> None:
    result = runner.invoke(main, ["explain", text])
    assert result.exit_code == 2
    assert "Invalid value for 'TEXT': is empty" in result.stderr


def test_explain_names_a_text_that_cleaning_leaves_empty(runner: CliRunner) -> None:
    result = runner.invoke(main, ["explain", "Share this article"])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: E002 <text>: nothing is left after cleaning")


def test_extract_explain_goes_to_stderr_and_keeps_stdout_json(runner: CliRunner) -> None:
    result = runner.invoke(main, ["extract", "-", "--explain"], input=OTHER_ARTICLE)
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.strip().splitlines()
    assert list(json.loads(line)) == CONTRACT_KEYS
    assert result.stderr.startswith("Explaining <stdin>")
    for section in ["Parse (", "Actors (", "Triggers considered", "Events"]:
        assert section in result.stderr, section


def test_bad_date_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(main, ["extract", str(SAMPLE), "--published", "yesterday"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def _summary(stdout: str) -> str:
    return stdout.strip().splitlines()[-1]


def test_run_is_idempotent_and_queries_filter(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "store.duckdb")
    first = runner.invoke(main, ["run", str(SAMPLE), "--db", db, "--published", "2018-10-08"])
    assert first.exit_code == 0, first.output
    assert "1 stored" in first.stdout
    again = runner.invoke(main, ["run", str(SAMPLE), "--db", db, "--published", "2018-10-08"])
    assert "0 stored, 1 already stored" in again.stdout
    assert (
        _summary(first.stdout).split("store now holds")[1]
        == _summary(again.stdout).split("store now holds")[1]
    )

    quotes = runner.invoke(main, ["quotes", "--db", db, "--speaker", "Pompeo", "--format", "json"])
    rows = [json.loads(line) for line in quotes.stdout.splitlines()]
    assert rows and all("Pompeo" in r["speaker_name"] for r in rows)
    events = runner.invoke(
        main, ["events", "--db", db, "--cameo", "04", "--actor", "USA", "--format", "json"]
    )
    rows = [json.loads(line) for line in events.stdout.splitlines()]
    assert rows and all(r["cameo"].startswith("04") for r in rows)
    none = runner.invoke(main, ["events", "--db", db, "--plover", "ASSAULT", "--format", "json"])
    assert none.stdout.strip() == ""
    actors = runner.invoke(main, ["actors", "--db", db, "--code", "PRK"])
    assert "Kim Jong Un" in actors.stdout


def test_bad_inputs_are_named_and_the_batch_goes_on(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "store.duckdb")
    first = runner.invoke(main, ["run", str(SAMPLE), "--db", db])
    assert first.exit_code == 0
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a_good.txt").write_text(OTHER_ARTICLE, "utf-8")
    (folder / "b_empty.txt").write_text("   \n", "utf-8")
    (folder / "c_binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (folder / "d_latin1.txt").write_bytes("Caf\xe9 owners protested in Paris.".encode("latin-1"))
    (folder / "e_dump.jsonl").write_text(
        json.dumps(
            {
                "text": "Israeli troops arrested two Palestinian protesters in Hebron.",
                "published": "2020-01-02",
            }
        )
        + "\n{not json\n",
        "utf-8",
    )
    with gzip.open(folder / "f_page.html.gz", "wt", encoding="utf-8") as handle:
        handle.write("<html><body><article><p>" + OTHER_ARTICLE + "</p></article></body></html>")
    result = runner.invoke(main, ["run", str(folder), str(tmp_path / "missing.txt"), "--db", db])
    assert result.exit_code == 1
    errors = result.stderr
    for name, code in [
        ("b_empty.txt", "E002"),
        ("c_binary.txt", "E003"),
        ("d_latin1.txt", "E004"),
        ("e_dump.jsonl:2", "E005"),
        ("missing.txt", "E001"),
    ]:
        assert any(name in line and code in line for line in errors.splitlines()), (name, errors)
    summary = _summary(result.stdout)
    assert "3 read" in summary and "5 rejected" in summary
    assert "store now holds 3 articles" in summary  # the sample, the text file, the JSONL line
    # The HTML page carries the same text as a_good.txt (no URL), so it is the same article.
    assert "1 already stored" in summary


def test_run_with_a_progress_bar_and_workers_then_export(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(OTHER_ARTICLE, "utf-8")
    (folder / "b.txt").write_text("Reprinted from the wire.\n\n" + OTHER_ARTICLE, "utf-8")
    db = str(tmp_path / "store.duckdb")
    result = runner.invoke(main, ["run", str(folder), "--db", db, "--progress", "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert "2 articles" in result.stderr and "0 rejected" in result.stderr
    assert "2 articles in 1 stories" in result.stdout
    once = runner.invoke(main, ["events", "--db", db, "--format", "json"])
    every = runner.invoke(main, ["events", "--db", db, "--format", "json", "--all-copies"])
    rows = [json.loads(line) for line in once.stdout.splitlines()]
    assert rows and all(r["copies"] == 2 for r in rows)
    assert len(every.stdout.splitlines()) == 2 * len(rows)
    export = runner.invoke(
        main, ["export", "--db", db, "--format", "csv", "--out", str(tmp_path / "x")]
    )
    assert export.exit_code == 0, export.output
    assert (tmp_path / "x" / "events.csv").read_text("utf-8").count("\n") == 2 * len(rows) + 1


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_missing_model_stops_the_run_before_any_worker_starts(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: str
) -> None:
    monkeypatch.setenv("EVENTWIRE_MODEL", "no_such_model_here")
    db = str(tmp_path / "store.duckdb")
    result = runner.invoke(main, ["run", str(SAMPLE), "--db", db, "--workers", workers])
    assert result.exit_code == 3
    assert "E103" in result.stderr and "no_such_model_here" in result.stderr


def test_module_entry_point_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "eventwire", "--help"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and "extract" in result.stdout
