"""Quality gates on real news the rules were not written from.

PolNeAR dev pins the quote figures (bench/eval_quotes.py prints the same ones) and
the PLOVER gold records pin the event figures (bench/eval_events.py);
a regression below a floor fails CI. The web pages check that real HTML of many
outlets goes through the whole pipeline without a reject and with valid offsets.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from bench.eval_events import evaluate as evaluate_events
from bench.eval_quotes import evaluate
from eventwire.cli import main

# PolNeAR dev when the floors were set (issue 3): recall 0.832, precision 0.898,
# F1 0.863, speaker 0.908, pronoun speakers 0.962. The floors sit just below, at the
# figures the issue asks for, so a regression fails CI.
FLOORS = {"recall": 0.82, "precision": 0.88, "f1": 0.85, "speaker": 0.90}


@pytest.mark.slow
def test_polnear_dev_quote_floors(shared: Path, capsys: pytest.CaptureFixture[str]) -> None:
    totals = evaluate(shared / "corpus" / "polnear" / "dev")["eventwire"]
    overall = totals["all"]
    assert overall.gold > 1000
    for name, floor in FLOORS.items():
        assert getattr(overall, name) >= floor, f"{name} {getattr(overall, name):.3f} < {floor}"
    assert totals["pronoun"].speaker >= 0.94
    assert totals["direct"].recall >= 0.95


@pytest.mark.slow
def test_real_web_pages_go_through_the_pipeline(shared: Path) -> None:
    pages = sorted((shared / "corpus" / "web").rglob("*.html"))
    assert len(pages) > 50
    result = CliRunner().invoke(main, ["extract", *map(str, pages)])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == len(pages)
    quotes = sum(len(r["quotes"]) for r in records)
    events = sum(len(r["events"]) for r in records)
    assert quotes > 200 and events > 200
    for record in records:
        text = record["text"]
        for quote in record["quotes"]:
            assert text[quote["start"] : quote["end"]] == quote["text"]
        for event in record["events"]:
            assert text[event["start"] : event["end"]] == event["text"]


@pytest.mark.slow
def test_lee_wire_speakers_follow_the_said_pattern(shared: Path, analyse_text) -> None:  # type: ignore[no-untyped-def]
    """ABC wire texts: in '"...," X said' or '"...," said X' the speaker is X."""
    checked = right = 0
    for name in ("lee.jsonl", "lee_background.jsonl"):
        for line in (shared / "corpus" / "lee" / name).read_text("utf-8").splitlines():
            result = analyse_text(json.loads(line)["text"])
            text = result.article.text
            for quote in result.quotes:
                frame = re.match(
                    r'[,!?]["\u201d] ([^."\u201c]{1,60}?)\b(said|says)\b', text[quote.end :]
                )
                if frame is None or quote.kind != "direct":
                    continue
                checked += 1
                window = (quote.end, quote.end + frame.end())
                speaker = quote.speaker
                right += speaker is not None and window[0] <= speaker.start < window[1]
    assert checked >= 60
    assert right / checked >= 0.9, f"{right}/{checked}"


# The PLOVER gold records when the floors were set (issue 4; rules written looking at the
# misses of half A, `python -m bench.eval_events --split dev --errors`, and from
# 2026-11-30 of part B1, `--split opened --errors`, and at PolNeAR and Lee news, which have
# no event gold): dyad F1 0.703 (half A 0.722, part B1 0.744, part B2 0.624), type
# accuracy 0.906, actor country accuracy 0.928, with a sentence coded in two records
# scored once against both. The F1 floor is the target (0.70); the others sit
# just below, so a regression fails CI. They were once lowered (from F1 0.662, held-out
# 0.615) for rounds of precision rules judged event by event on Lee and PolNeAR news:
# about 150 wrong events fewer there, for two held-out gold dyads and three unmatched
# events; see the README. Type accuracy is counted over the dyads found, so it may fall
# when more are found.
EVENT_FLOORS = {"f1": 0.700, "type_accuracy": 0.900, "country_accuracy": 0.925}


@pytest.mark.slow
def test_plover_gold_event_floors(shared: Path) -> None:
    tallies = evaluate_events(shared / "gold" / "plover_gsr_cameo.json")
    overall = tallies["all"]
    assert overall.gold > 350
    for name, floor in EVENT_FLOORS.items():
        value = getattr(overall, name)
        assert value >= floor, f"{name} {value:.3f} < {floor}"
    # The part the rules were not written from must not lag far behind.
    assert tallies["heldout"].f1 >= 0.620
