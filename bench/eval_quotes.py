"""Score eventwire's quotes, and textacy's as the peer, on a PolNeAR split.

Usage: ``python -m bench.eval_quotes ../shared/corpus/polnear/dev [--limit N]``

Each article's text is analysed as it is (no cleaning, so gold offsets hold) and
parsed once; eventwire and textacy's ``direct_quotations`` run on the same parse.
Prints recall, precision, F1 and speaker accuracy overall, by kind (direct /
indirect / mixed) and by source (pronoun / named), then eventwire's worst
articles. textacy is optional (``pip install -e .[bench]``).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from spacy.tokens import Doc

from bench.polnear import GoldArticle, Tally, load_dates, load_split, score_article
from eventwire.clean import article_id
from eventwire.config import load_settings
from eventwire.extract.analyze import analyze, default_lexicons
from eventwire.models import Article, Quote, Speaker
from eventwire.nlp import load_pipeline

GROUPS = ("direct", "indirect", "mixed", "pronoun", "named")
WORST = 20

Extractor = Callable[[GoldArticle, Doc], list[Quote]]


def parse(articles: list[GoldArticle]) -> tuple[list[Doc], float]:
    """Every article parsed by eventwire's pipeline, and the seconds it took."""
    nlp = load_pipeline(load_settings().model)
    started = time.perf_counter()
    docs = list(nlp.pipe(a.text for a in articles))
    return docs, time.perf_counter() - started


def eventwire_extractor() -> Extractor:
    """eventwire's quotes for one parsed gold article."""
    lexicons = default_lexicons()

    def extract(gold: GoldArticle, doc: Doc) -> list[Quote]:
        published = date.fromisoformat(gold.published) if gold.published else None
        article = Article(
            id=article_id(gold.text, None), text=gold.text, origin=gold.name, published=published
        )
        return list(analyze(article, doc, lexicons).quotes)

    return extract


def textacy_extractor() -> Extractor | None:
    """textacy's ``direct_quotations`` as quotes, or None when textacy is not installed.

    textacy refuses a whole article whose quotation marks do not pair up; such an
    article yields no quotes (and is counted by :func:`run`).
    """
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None

    def extract(gold: GoldArticle, doc: Doc) -> list[Quote]:
        quotes = []
        for triple in direct_quotations(doc):
            content = triple.content
            speaker = " ".join(t.text for t in triple.speaker)
            quotes.append(
                Quote(
                    text=content.text,
                    start=content.start_char,
                    end=content.end_char,
                    kind="direct",
                    cue=" ".join(t.lemma_ for t in triple.cue) or None,
                    speaker=Speaker(name=speaker, mention=speaker, start=0, end=0),
                )
            )
        return quotes

    return extract


def run(
    extract: Extractor, articles: list[GoldArticle], docs: list[Doc], *, refusals: bool
) -> tuple[list[list[Quote]], float, int]:
    """Quotes per article, the seconds taken and the number of articles refused.

    Only a peer may refuse an article (``refusals``); an error in eventwire is raised.
    """
    started, failed, found = time.perf_counter(), 0, []
    for gold, doc in zip(articles, docs, strict=True):
        try:
            found.append(extract(gold, doc))
        except ValueError:
            if not refusals:
                raise
            found.append([])
            failed += 1
    return found, time.perf_counter() - started, failed


def _line(label: str, tally: Tally) -> str:
    return (
        f"{label:<10} gold {tally.gold:5d}  recall {tally.recall:.3f}  "
        f"precision {tally.precision:.3f}  F1 {tally.f1:.3f}  speaker {tally.speaker:.3f}"
    )


def score(
    articles: list[GoldArticle], quotes: list[list[Quote]]
) -> tuple[dict[str, Tally], list[tuple[Tally, str]]]:
    """Overall and per-group tallies, and each article's own tally."""
    totals = {"all": Tally(), **{g: Tally() for g in GROUPS}}
    per_article = []
    for gold, found in zip(articles, quotes, strict=True):
        tally = score_article(found, gold.attributions)
        totals["all"].add(tally)
        per_article.append((tally, gold.name))
        for group in GROUPS:
            part = score_article(found, gold.attributions, keep=group)
            part.predicted = part.correct = 0  # precision is not defined per gold group
            totals[group].add(part)
    return totals, per_article


def report(name: str, totals: dict[str, Tally]) -> Iterator[str]:
    """The figures of one system, line by line."""
    yield f"== {name}"
    yield _line("all", totals["all"])
    yield "by gold group (precision is not defined per group):"
    for group in GROUPS:
        part = totals[group]
        yield (
            f"{group:<10} gold {part.gold:5d}  recall {part.recall:.3f}  speaker {part.speaker:.3f}"
        )


def evaluate(split: Path, limit: int | None = None) -> dict[str, dict[str, Tally]]:
    """Score every article of ``split``; return each system's overall and per-group tallies."""
    metadata = split.parent / "metadata.tsv"
    dates = load_dates(metadata) if metadata.exists() else {}
    articles = list(load_split(split, dates))[:limit]
    docs, parse_seconds = parse(articles)
    tokens = sum(len(d) for d in docs)
    print(f"{split}: {len(articles)} articles, {tokens} tokens, parsed in {parse_seconds:.1f} s")
    systems: dict[str, dict[str, Tally]] = {}
    extractors: dict[str, Extractor | None] = {
        "eventwire": eventwire_extractor(),
        "textacy direct_quotations": textacy_extractor(),
    }
    for name, extract in extractors.items():
        if extract is None:
            print(f"== {name}: not installed (pip install -e .[bench])")
            continue
        quotes, seconds, failed = run(extract, articles, docs, refusals=name != "eventwire")
        totals, per_article = score(articles, quotes)
        systems[name] = totals
        for line in report(name, totals):
            print(line)
        print(f"extraction {seconds:.2f} s after the parse; {failed} articles refused")
        if name == "eventwire":
            print(f"worst {WORST} articles (F1, recall, precision, speaker):")
            for tally, article in sorted(per_article, key=lambda p: p[0].f1)[:WORST]:
                print(
                    f"  {tally.f1:.2f} {tally.recall:.2f} {tally.precision:.2f} "
                    f"{tally.speaker:.2f}  {article}"
                )
    return systems


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("split", type=Path, help="a PolNeAR split folder (train or dev)")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    args = parser.parse_args()
    evaluate(args.split, args.limit)


if __name__ == "__main__":
    main()
