"""Time story clustering (story keys and assignment) on realistic wire copy: it must scale
linearly, 100,000 documents within 12 times the time of 10,000.

Usage: ``python -m bench.dedup_scaling`` prints the seconds for 10,000 and 100,000
documents, their ratio, how many edited copies joined their source's story (and how many
documents joined a story they were not copied from), the process's peak memory, and what
the band table held: the largest bucket (the articles filed under one band value, at
most MOST_PER_VALUE of the documents sharing it) and the candidates a lookup proposed.

Documents are 8-15 sentences drawn at random from real news (the PolNeAR train and dev
texts and the lee background articles in ../shared/corpus; sentences of made-up words when
../shared is absent), so common phrases recur as they do in a real feed: each sentence
is in about 30 of 100,000 documents. One in five documents ends with a follow-us line and
one in ten with a copyright line, boilerplate a cleaner left behind. About one in ten is
an edited copy of a recent document: cut to 60-80% of its words, or given a new headline,
a byline, or a footer. Making the texts is not timed; the times are CPU seconds of this
process.
"""

from __future__ import annotations

import json
import random
import re
import resource
import string
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from eventwire.dedup import StoryIndex, story_key
from eventwire.dedup.bands import MOST_PER_VALUE, BandTable, band_count
from eventwire.dedup.keys import SIGNATURE_DTYPE

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
SENTENCES = (8, 15)  # sentences per original document
COPY_SHARE = 0.1
RECENT = 1000  # copies are made of one of the last RECENT originals, as wire reprints are
# Boilerplate left on some documents: the line and the share of documents ending with it.
BOILERPLATE = (
    ("Follow us on Twitter for the latest news.", 0.2),
    (
        "Copyright 2016 The Associated Press. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed.",
        0.1,
    ),
)
HEADLINE = "What we know so far about the latest developments"
BYLINE = "By Jordan Ellis, Staff Writer | The Valley Courier. Updated 6:42 p.m. ET"
FOOTER = "Read more: the full story and what comes next at https://news.example.com/latest"
# A sentence ends at . ! or ? (and any closing quotes) before a space and a capital or digit.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')]*\s+(?=[\"“‘(]?[A-Z0-9])")


@dataclass(frozen=True, slots=True)
class Run:
    """One timed run: its size and seconds, how many copies found their source and how
    many documents joined a story they were not copied from, and what the bands held."""

    documents: int
    seconds: float
    copies: int
    folded: int
    strays: int
    largest_bucket: int  # the most documents sharing one band value (filed or not)
    mean_candidates: float  # candidates the bands proposed per lookup
    most_candidates: int


def dedup_seconds(n_docs: int, seed: int = 0) -> float:
    """CPU seconds to compute the story keys of ``n_docs`` synthetic documents and assign
    their stories in one StoryIndex (CPU time, so other work on the machine is not
    counted)."""
    return clustering_run(n_docs, seed).seconds


def clustering_run(n_docs: int, seed: int = 0) -> Run:
    """Key and assign ``n_docs`` synthetic documents, timing only those two steps; then
    file their band values in a band table of their own to count what it proposed."""
    index = StoryIndex()
    seconds = 0.0
    copies = folded = strays = 0
    bands = band_count(index.threshold, index.num_perm)
    banded = np.zeros((n_docs, bands), dtype=np.uint32)
    kept = 0
    for number, (text, source) in enumerate(synthetic_documents(n_docs, seed)):
        started = time.process_time()
        key = story_key(text)
        story = index.assign(str(number), key)
        seconds += time.process_time() - started
        if key.size >= index.min_shingles:  # what the index files under its bands
            banded[kept] = np.frombuffer(key.signature, SIGNATURE_DTYPE, count=bands)
            kept += 1
        copies += source is not None
        folded += source is not None and story == str(source)
        strays += story != str(number if source is None else source)
    del index
    return Run(n_docs, seconds, copies, folded, strays, *_band_figures(banded[:kept]))


def _band_figures(values: np.ndarray) -> tuple[int, float, int]:
    """The most rows sharing a value in one column, and the mean and most candidates a
    band table proposes when each row is looked up before it is added."""
    largest = max(
        (int(np.unique(column, return_counts=True)[1].max()) for column in values.T if len(column)),
        default=0,
    )
    table = BandTable(values.shape[1])
    counts = np.zeros(len(values), dtype=np.int64)
    for position, row in enumerate(values):
        counts[position] = len(table.candidates(row))
        table.add(position, row)
    return largest, float(counts.mean()) if len(counts) else 0.0, int(counts.max(initial=0))


def synthetic_documents(n_docs: int, seed: int = 0) -> Iterator[tuple[str, int | None]]:
    """``n_docs`` texts, each with the number of the document it copies (None for an
    original). The same seed gives the same documents."""
    rng = random.Random(seed)
    pool = sentences()
    recent: deque[tuple[int, list[str]]] = deque(maxlen=RECENT)
    for number in range(n_docs):
        if recent and rng.random() < COPY_SHARE:
            source, lines = rng.choice(recent)
            yield "\n".join(_edited(lines, rng)), source
            continue
        lines = rng.sample(pool, rng.randint(*SENTENCES))
        lines += [line for line, share in BOILERPLATE if rng.random() < share]
        recent.append((number, lines))
        yield "\n".join(lines), None


def _edited(lines: list[str], rng: random.Random) -> list[str]:
    """A copy of the sentences ``lines`` with one edit an outlet makes to a wire story."""
    edit = rng.randrange(4)
    if edit == 0:
        words = " ".join(lines).split()
        return [" ".join(words[: int(len(words) * rng.uniform(0.6, 0.8))])]
    if edit == 1:
        return [HEADLINE, *lines[1:]]
    if edit == 2:
        return [BYLINE, *lines]
    return [*lines, FOOTER]


def sentence_source(corpus: Path = CORPUS) -> str:
    """What the sentences are drawn from."""
    if _has_corpus(corpus):
        return "sentences of PolNeAR train and dev and lee background (../shared/corpus)"
    return "sentences of made-up words (../shared/corpus is absent)"


@cache
def sentences(corpus: Path = CORPUS) -> list[str]:
    """The sentences of the real news texts in ``corpus``, or 40,000 sentences of made-up
    words when it is absent. Sentences under four words are left out."""
    if not _has_corpus(corpus):
        rng = random.Random(0)
        letters = string.ascii_lowercase
        words = ["".join(rng.choices(letters, k=rng.randint(2, 10))) for _ in range(20_000)]
        return [" ".join(rng.choices(words, k=rng.randint(5, 35))) + "." for _ in range(40_000)]
    polnear = corpus / "polnear"
    texts = [
        path.read_text("utf-8")
        for split in ("train", "dev")
        for path in sorted((polnear / split / "text").glob("*.txt"))
    ]
    lee = (corpus / "lee" / "lee_background.jsonl").read_text("utf-8").splitlines()
    texts += [json.loads(line)["text"] for line in lee]
    return [
        sentence.strip()
        for text in texts
        for paragraph in text.splitlines()
        for sentence in _SENTENCE_END.split(paragraph)
        if len(sentence.split()) >= 4
    ]


def _has_corpus(corpus: Path) -> bool:
    return (corpus / "polnear" / "train" / "text").is_dir() and (corpus / "lee").is_dir()


def main() -> None:
    """Command-line entry point."""
    before = _peak_mb()
    print(f"documents: {SENTENCES[0]}-{SENTENCES[1]} {sentence_source()}")
    runs = [clustering_run(10_000), clustering_run(100_000)]
    for run in runs:
        print(
            f"{run.documents:>7,} documents  {run.seconds:6.1f} s  "
            f"({run.seconds / run.documents * 1e6:.0f} µs each); "
            f"{run.folded:,} of {run.copies:,} copies joined their source's story, "
            f"{run.strays:,} documents a story they were not copied from"
        )
        print(
            f"         bands: largest bucket {min(run.largest_bucket, MOST_PER_VALUE)} "
            f"documents, of {run.largest_bucket:,} sharing its value; candidates per lookup "
            f"{run.mean_candidates:.1f} on average, {run.most_candidates:,} at most"
        )
    ratio = runs[1].seconds / runs[0].seconds
    print(f"ratio {ratio:.1f}x for 10x the documents (linear within 12x: {ratio <= 12})")
    peak = _peak_mb()
    print(f"peak memory {peak:,.0f} MB, {before:,.0f} MB of it before the runs (imports)")


def _peak_mb() -> float:
    """The process's peak resident memory so far, in MB (ru_maxrss is in KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
