"""Score eventwire's quotes on a PolNeAR split and print the figures.

Usage: ``python -m bench.eval_quotes ../shared/corpus/polnear/dev [--limit N]``

Each article's text is analysed as it is (no cleaning, so gold offsets hold).
Prints recall, precision, F1 and speaker accuracy overall, by kind (direct /
indirect / mixed) and by source (pronoun / named), then the worst articles.
"""

from __future__ import annotations

import argparse
import time
from datetime import date
from pathlib import Path

from bench.polnear import GoldArticle, Tally, load_dates, load_split, score_article
from eventwire.clean import article_id
from eventwire.config import load_settings
from eventwire.extract.analyze import analyze, default_lexicons
from eventwire.models import Article, Quote
from eventwire.nlp import load_pipeline

GROUPS = ("direct", "indirect", "mixed", "pronoun", "named")


def extract_quotes(articles: list[GoldArticle]) -> tuple[list[list[Quote]], float, int]:
    """eventwire's quotes for each article, the seconds taken and the token count."""
    settings = load_settings()
    nlp = load_pipeline(settings.model)
    lexicons = default_lexicons()
    started = time.perf_counter()
    results, tokens = [], 0
    for gold, doc in zip(articles, nlp.pipe(a.text for a in articles), strict=True):
        published = date.fromisoformat(gold.published) if gold.published else None
        article = Article(
            id=article_id(gold.text, None), text=gold.text, origin=gold.name, published=published
        )
        results.append(list(analyze(article, doc, lexicons).quotes))
        tokens += len(doc)
    return results, time.perf_counter() - started, tokens


def _line(label: str, tally: Tally) -> str:
    return (
        f"{label:<10} gold {tally.gold:5d}  recall {tally.recall:.3f}  "
        f"precision {tally.precision:.3f}  F1 {tally.f1:.3f}  speaker {tally.speaker:.3f}"
    )


def evaluate(split: Path, limit: int | None = None) -> dict[str, Tally]:
    """Score every article of ``split``; return the overall and per-group tallies."""
    dates = (
        load_dates(split.parent / "metadata.tsv")
        if (split.parent / "metadata.tsv").exists()
        else {}
    )
    articles = list(load_split(split, dates))[:limit]
    quotes, seconds, tokens = extract_quotes(articles)
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
    print(f"{split}: {len(articles)} articles, {tokens} tokens, {seconds:.1f} s with the parse")
    print(_line("all", totals["all"]))
    print("by gold group (precision is not defined per group):")
    for group in GROUPS:
        part = totals[group]
        print(f"{group:<10} gold {part.gold:5d}  recall {part.recall:.3f}", end="  ")
        print(f"speaker {part.speaker:.3f}")
    print("worst articles (F1, recall, precision, speaker):")
    for tally, name in sorted(per_article, key=lambda p: p[0].f1)[:20]:
        print(
            f"  {tally.f1:.2f} {tally.recall:.2f} {tally.precision:.2f} {tally.speaker:.2f}  {name}"
        )
    return totals


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("split", type=Path, help="a PolNeAR split folder (train or dev)")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    args = parser.parse_args()
    evaluate(args.split, args.limit)


if __name__ == "__main__":
    main()
