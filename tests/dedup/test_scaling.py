"""bench/dedup_scaling.py makes the documents it promises and times them."""

from __future__ import annotations

from bench.dedup_scaling import clustering_run, dedup_seconds, synthetic_documents


def test_the_same_seed_makes_the_same_documents() -> None:
    assert list(synthetic_documents(50, seed=4)) == list(synthetic_documents(50, seed=4))


def test_a_small_run_folds_every_copy() -> None:
    run = clustering_run(600, seed=1)
    assert 30 < run.copies < 90
    assert run.folded == run.copies
    assert run.seconds > 0 and dedup_seconds(20) > 0
