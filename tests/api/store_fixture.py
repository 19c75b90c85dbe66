"""The small store the API and page tests read: the bundled sample article and a few
made-up ones (one with a copy from another outlet), built once per test session."""

from __future__ import annotations

import shutil
from datetime import date
from functools import cache
from pathlib import Path

from eventwire.config import load_settings
from eventwire.run import store_inputs
from eventwire.store import Store
from tests.run.corpus import write_corpus

SAMPLES = Path(__file__).resolve().parents[2] / "src" / "eventwire" / "samples"
PUBLISHED = date(2018, 10, 8)
SEED_NAME = "xinhua-pompeo-kim.txt"


@cache
def build_store(folder: Path) -> Path:
    """Write the inputs under ``folder`` and run them into ``folder/api.duckdb``, once."""
    inputs = folder / "inputs"
    write_corpus(inputs / "corpus", articles=3, copies=1)
    shutil.copy(SAMPLES / SEED_NAME, inputs / SEED_NAME)
    path = folder / "api.duckdb"
    with Store.open(path) as store:
        counts = store_inputs([str(inputs)], store, load_settings(), published=PUBLISHED)
    assert counts.rejected == 0 and counts.stored == 5, counts
    return path
