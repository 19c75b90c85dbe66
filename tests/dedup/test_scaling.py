"""bench/dedup_scaling.py makes the documents it promises, and clustering them folds
exactly the copies it planted."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.dedup_scaling import (
    BOILERPLATE,
    clustering_run,
    sentence_source,
    sentences,
    synthetic_documents,
)

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def test_the_same_seed_makes_the_same_documents() -> None:
    assert list(synthetic_documents(50, seed=4)) == list(synthetic_documents(50, seed=4))


def test_the_documents_are_the_copies_and_originals_it_says() -> None:
    documents = list(synthetic_documents(1000, seed=2))
    copied = [source for _, source in documents if source is not None]
    assert 60 < len(copied) < 140  # one in ten
    assert all(documents[source][1] is None for source in copied)  # copies of originals
    for number, (text, source) in enumerate(documents):
        if source is not None:
            assert source < number
            original = set(documents[source][0].split())
            assert len(original & set(text.split())) > 0.5 * len(original)
    for line, share in BOILERPLATE:
        carrying = sum(line in text for text, source in documents if source is None)
        assert 0.6 * share < carrying / (len(documents) - len(copied)) < 1.4 * share


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not present")
def test_the_sentences_are_real_news() -> None:
    pool = sentences()
    assert "PolNeAR" in sentence_source()
    assert len(pool) > 30_000
    # Sentences are taken as they stand: some whole line of a real article is in the pool.
    first = sorted((CORPUS / "polnear" / "train" / "text").glob("*.txt"))[0]
    lines = {line.strip() for line in first.read_text("utf-8").splitlines()}
    assert lines & set(pool)


def test_without_the_corpus_the_sentences_are_made_up(tmp_path: Path) -> None:
    pool = sentences(tmp_path)
    assert len(pool) == 40_000
    assert all(4 <= len(sentence.split()) <= 35 for sentence in pool)
    assert "absent" in sentence_source(tmp_path)


def test_a_small_run_folds_every_planted_copy_and_nothing_else() -> None:
    run = clustering_run(1500, seed=1)
    assert 100 < run.copies < 200
    assert run.folded == run.copies
    assert run.strays == 0
    assert 0 < run.mean_candidates <= run.most_candidates
