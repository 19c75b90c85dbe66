"""Score the clean stage on the real pages in ../shared/corpus/web and print the figures.

- trafilatura-eval: segment precision / recall / F1 over the annotated ``with`` (must
  be kept) and ``without`` (must be removed) snippets, scored like trafilatura's own
  benchmark; shown for trafilatura alone and after eventwire's boilerplate rules.
- readability and newspaper4k: word overlap (precision / recall / F1 over word
  multisets) between the cleaned text and the expected main text.

Usage: ``python bench/eval_clean.py [--verbose]`` (``--verbose`` lists the misses, the
leaks, and removed lines that the expected text contains).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import lxml.html

from eventwire.clean import clean_article
from eventwire.clean.html import extract_main_text
from eventwire.errors import InputError
from eventwire.models import Article, RawArticle

WEB = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "web"
MAX_CHARS = 200_000
_WORD = re.compile(r"\w+")


@dataclass
class Segments:
    """Counts for the with/without snippets."""

    kept: int = 0  # with-snippets found (true positives)
    missed: int = 0  # with-snippets lost (false negatives)
    leaked: int = 0  # without-snippets found (false positives)
    removed: int = 0  # without-snippets absent (true negatives)

    def add(self, text: str, with_: list[str], without: list[str]) -> tuple[list[str], list[str]]:
        """Score one page; return the missed and leaked snippets."""
        missed = [snippet for snippet in with_ if snippet not in text]
        leaked = [snippet for snippet in without if snippet in text]
        self.kept += len(with_) - len(missed)
        self.missed += len(missed)
        self.leaked += len(leaked)
        self.removed += len(without) - len(leaked)
        return missed, leaked

    def line(self, name: str) -> str:
        """One printed line of figures."""
        precision = self.kept / max(1, self.kept + self.leaked)
        recall = self.kept / max(1, self.kept + self.missed)
        f1 = 2 * precision * recall / max(1e-9, precision + recall)
        rejected = self.removed / max(1, self.removed + self.leaked)
        return (
            f"{name:<28} precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  "
            f"with-recall {recall:.3f}  without-removed {rejected:.3f}"
        )


def page_text(path: Path) -> str:
    """A page's markup, decoded leniently (some fixtures carry stray bytes)."""
    return path.read_bytes().decode("utf-8", errors="replace")


def clean_page(path: Path, url: str | None = None) -> Article | None:
    """The cleaned article for one HTML page, None when it has no main text."""
    raw = RawArticle(origin=path.name, text=page_text(path), content_type="html", url=url)
    try:
        return clean_article(raw, max_chars=MAX_CHARS)
    except InputError:
        return None


def trafilatura_eval(verbose: bool) -> None:
    """Print segment scores for trafilatura alone and for the whole clean stage."""
    root = WEB / "trafilatura-eval"
    annotations = json.loads((root / "annotations.json").read_text("utf-8"))
    alone, ours = Segments(), Segments()
    started = time.perf_counter()
    for name, note in sorted(annotations.items()):
        path = root / "html" / name
        raw = RawArticle(name, page_text(path), content_type="html", url=note["url"])
        try:
            main = extract_main_text(raw).text
        except InputError:
            main = ""
        alone.add(main, note["with"], note["without"])
        article = clean_page(path, note["url"])
        missed, leaked = ours.add(article.text if article else "", note["with"], note["without"])
        if verbose:
            for snippet in missed:
                print(f"  MISSED {name}: {snippet!r}")
            for snippet in leaked:
                print(f"  LEAKED {name}: {snippet!r}")
    seconds = time.perf_counter() - started
    print(f"trafilatura-eval: {len(annotations)} pages, {seconds:.1f} s")
    print(alone.line("  trafilatura alone"))
    print(ours.line("  eventwire clean"))


def words(text: str) -> Counter[str]:
    """The multiset of lowercase words in ``text``."""
    return Counter(_WORD.findall(text.lower()))


def overlap(text: str, expected: str) -> tuple[float, float, float]:
    """Word-multiset precision, recall and F1 of ``text`` against ``expected``."""
    ours, gold = words(text), words(expected)
    common = sum((ours & gold).values())
    precision = common / max(1, sum(ours.values()))
    recall = common / max(1, sum(gold.values()))
    return precision, recall, 2 * precision * recall / max(1e-9, precision + recall)


def readability_pages() -> Iterator[tuple[str, Path, str]]:
    """(name, source page, expected text) for the readability fixtures."""
    for folder in sorted((WEB / "readability").iterdir()):
        if (folder / "expected.html").exists():
            expected = lxml.html.fromstring((folder / "expected.html").read_bytes())
            yield folder.name, folder / "source.html", expected.text_content()


def newspaper_pages() -> Iterator[tuple[str, Path, str]]:
    """(name, source page, expected text) for the newspaper4k fixtures."""
    for page in sorted((WEB / "newspaper4k" / "html").glob("*.html")):
        expected = WEB / "newspaper4k" / "txt" / f"{page.stem}.txt"
        if expected.exists():
            yield page.stem, page, expected.read_text("utf-8")


def text_overlap(corpus: str, pages: Iterator[tuple[str, Path, str]], verbose: bool) -> None:
    """Print the mean word overlap between cleaned text and expected text."""
    scores: list[tuple[float, float, float]] = []
    for name, page, expected in pages:
        article = clean_page(page)
        text = article.text if article else ""
        scores.append(overlap(text, expected))
        if verbose:
            p, r, f = scores[-1]
            print(f"  {name:<28} P {p:.3f} R {r:.3f} F1 {f:.3f}")
            _show_wrong_removals(article, page, expected)
    n = max(1, len(scores))
    precision, recall, f1 = (sum(score[i] for score in scores) / n for i in range(3))
    print(
        f"{corpus}: {len(scores)} pages, word overlap (mean) "
        f"precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}"
    )


def _show_wrong_removals(article: Article | None, page: Path, expected: str) -> None:
    """Print removed boilerplate lines whose words the expected text contains."""
    if article is None:
        return
    main = extract_main_text(RawArticle(page.name, page_text(page), content_type="html")).text
    gold = " ".join(_WORD.findall(expected.lower()))
    for removal in article.removed:
        span = " ".join(_WORD.findall(main[removal.start : removal.end].lower()))
        if span and span in gold:
            print(f"    removed but expected ({removal.reason}): {span[:100]!r}")


def main(argv: list[str] | None = None) -> int:
    """Run every evaluation that has its fixtures present."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list misses and leaks")
    args = parser.parse_args(argv)
    if not WEB.is_dir():
        print(f"no corpus at {WEB}", file=sys.stderr)
        return 1
    trafilatura_eval(args.verbose)
    text_overlap("readability", readability_pages(), args.verbose)
    text_overlap("newspaper4k", newspaper_pages(), args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
