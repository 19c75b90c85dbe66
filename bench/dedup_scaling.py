"""Time story clustering (story keys and assignment) on synthetic wire copy: it must scale
linearly, 100,000 documents within 12 times the time of 10,000.

Usage: ``python -m bench.dedup_scaling`` prints the seconds for 10,000 and 100,000
documents, their ratio, how many edited copies joined their source's story, and the
process's peak memory. Documents are 150-300 words drawn from the words of the lee corpus
(made-up words when ../shared is absent); about one in ten is an edited copy of a recent
document: cut to 60-80%, given a footer, a new first line, or three changed words.
Making the texts is not timed; the times are CPU seconds of this process.
"""

from __future__ import annotations

import json
import random
import resource
import string
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire.dedup import StoryIndex, story_key

LEE = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "lee"
COPY_SHARE = 0.1
RECENT = 1000  # copies are made of one of the last RECENT originals, as wire reprints are
FOOTER = "Read more: the full story and what comes next at https://news.example.com/latest"
HEADLINE = "What we know so far about the latest developments"


@dataclass(frozen=True, slots=True)
class Run:
    """One timed run: its size, its seconds, and how many copies found their source."""

    documents: int
    seconds: float
    copies: int
    folded: int


def dedup_seconds(n_docs: int, seed: int = 0) -> float:
    """CPU seconds to compute the story keys of ``n_docs`` synthetic documents and assign
    their stories in one StoryIndex (CPU time, so other work on the machine is not
    counted)."""
    return clustering_run(n_docs, seed).seconds


def clustering_run(n_docs: int, seed: int = 0) -> Run:
    """Key and assign ``n_docs`` synthetic documents, timing only those two steps."""
    index = StoryIndex()
    seconds = 0.0
    copies = folded = 0
    for number, (text, source) in enumerate(synthetic_documents(n_docs, seed)):
        started = time.process_time()
        story = index.assign(str(number), story_key(text))
        seconds += time.process_time() - started
        if source is not None:
            copies += 1
            folded += story == str(source)
    return Run(n_docs, seconds, copies, folded)


def synthetic_documents(n_docs: int, seed: int = 0) -> Iterator[tuple[str, int | None]]:
    """``n_docs`` texts, each with the number of the document it copies (None for an
    original). The same seed gives the same documents."""
    rng = random.Random(seed)
    words = vocabulary(rng)
    recent: deque[tuple[int, list[str]]] = deque(maxlen=RECENT)
    for number in range(n_docs):
        if recent and rng.random() < COPY_SHARE:
            source, text = rng.choice(recent)
            yield " ".join(_edited(text, rng)), source
        else:
            text = rng.choices(words, k=rng.randint(150, 300))
            recent.append((number, text))
            yield " ".join(text), None


def vocabulary(rng: random.Random) -> list[str]:
    """The distinct words of the lee corpus, or 20,000 made-up words without it."""
    if LEE.is_dir():
        lines = (LEE / "lee_background.jsonl").read_text("utf-8").splitlines()
        return sorted({word for line in lines for word in json.loads(line)["text"].split()})
    letters = string.ascii_lowercase
    return ["".join(rng.choices(letters, k=rng.randint(2, 10))) for _ in range(20_000)]


def _edited(words: list[str], rng: random.Random) -> list[str]:
    """A copy of ``words`` with one edit an outlet makes to a wire story."""
    edit = rng.randrange(4)
    if edit == 0:
        return words[: int(len(words) * rng.uniform(0.6, 0.8))]
    if edit == 1:
        return [*words, *FOOTER.split()]
    if edit == 2:
        return [*HEADLINE.split(), *words]
    changed = list(words)
    for position in rng.sample(range(len(words)), 3):
        changed[position] = "reportedly"
    return changed


def main() -> None:
    """Command-line entry point."""
    before = _peak_mb()
    runs = [clustering_run(10_000), clustering_run(100_000)]
    for run in runs:
        print(
            f"{run.documents:>7,} documents  {run.seconds:6.1f} s  "
            f"({run.seconds / run.documents * 1e6:.0f} µs each); "
            f"{run.folded:,} of {run.copies:,} copies joined their source's story"
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
