"""A Dask run (LocalCluster, two worker processes) stores exactly what a local run stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.config import load_settings
from eventwire.models import Reject
from eventwire.run import store_inputs
from eventwire.run.dask_runner import LOCAL, partitions, run_on_dask
from eventwire.store import Store
from tests.run.corpus import write_corpus
from tests.store_dump import store_tables


def test_partitions_keep_the_input_order_and_balance_bytes() -> None:
    files = [f"f{i}" for i in range(10)]
    parts = partitions(files, [100] * 10, 4)
    assert [len(p) for p in parts] == [3, 2, 3, 2]
    assert [f for part in parts for f in part] == files
    # One big file is a partition of its own; the small ones share the rest.
    parts = partitions(files[:5], [10, 1000, 10, 10, 10], 3)
    assert parts == [["f0"], ["f1"], ["f2", "f3", "f4"]]
    assert partitions(files[:2], [5, 5], 8) == [["f0"], ["f1"]]
    assert partitions([], [], 3) == []


@pytest.mark.slow
def test_a_dask_run_stores_what_a_local_run_stores(tmp_path: Path) -> None:
    news = tmp_path / "news"
    paths = write_corpus(news, articles=10, copies=4)
    (news / "004z.txt").write_bytes(b"\x00 binary")
    # The same text under another name far away: the same article, in another partition.
    (news / "zz-again.txt").write_bytes(paths[0].read_bytes())
    settings = load_settings()
    local, dask = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    with Store.open(local) as store:
        store_inputs([str(news)], store, settings)
    rejects: list[Reject] = []
    with Store.open(dask) as store:
        counts = run_on_dask(
            [str(news), str(tmp_path / "missing")],
            store,
            settings,
            address=LOCAL,
            workers=2,
            on_reject=rejects.append,
        )
    assert (counts.read, counts.stored, counts.rejected, counts.duplicates) == (15, 14, 2, 1)
    assert sorted(r.code for r in rejects) == ["E001", "E003"]
    assert store_tables(dask) == store_tables(local)
    with Store.open(dask) as store:
        again = run_on_dask([str(news)], store, settings, address=LOCAL, workers=2)
    assert (again.stored, again.skipped) == (0, 15)
    assert store_tables(dask) == store_tables(local)
