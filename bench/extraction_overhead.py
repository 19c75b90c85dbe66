"""Time quote extraction, event coding, and all extraction, against the spaCy parse they
run on.

Usage: ``python -m bench.extraction_overhead [FOLDER]`` (default: PolNeAR dev texts).
The parse and the extraction are timed separately over the same documents, after
one warm-up, so one-time loading (model, gazetteer) is not counted in either.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from spacy.tokens import Doc

from eventwire.clean import article_id
from eventwire.config import load_settings
from eventwire.extract.actors import build_actor_index
from eventwire.extract.analyze import analyze, default_lexicons
from eventwire.extract.events import extract_events
from eventwire.extract.lexicons import Lexicons
from eventwire.extract.quote_marks import find_quoted_spans
from eventwire.extract.quotes import extract_quotes, quoted_token_indices
from eventwire.models import Article
from eventwire.nlp import load_pipeline

DEFAULT = (
    Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "polnear" / "dev" / "text"
)


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "folder", type=Path, nargs="?", default=DEFAULT, help="folder of .txt files"
    )
    args = parser.parse_args()
    texts = [p.read_text("utf-8") for p in sorted(args.folder.glob("*.txt"))]
    nlp = load_pipeline(load_settings().model)
    lexicons = default_lexicons()
    warm = list(nlp.pipe(texts[:3]))
    for k, doc in enumerate(warm):
        analyze(Article(id=str(k), text=texts[k], origin="warm-up"), doc, lexicons)

    started = time.perf_counter()
    docs = list(nlp.pipe(texts))
    parse = time.perf_counter() - started
    started = time.perf_counter()
    counts = [0, 0, 0]
    for text, doc in zip(texts, docs, strict=True):
        result = analyze(
            Article(id=article_id(text, None), text=text, origin="bench"), doc, lexicons
        )
        counts[0] += len(result.actors)
        counts[1] += len(result.quotes)
        counts[2] += len(result.events)
    extract = time.perf_counter() - started
    quotes = _time_quotes(texts, docs, lexicons)
    events = _time_events(texts, docs, lexicons)
    tokens = sum(len(d) for d in docs)
    print(f"{args.folder}: {len(texts)} articles, {tokens} tokens")
    print(f"spaCy parse  {parse:6.2f} s  ({tokens / parse:,.0f} tokens/s)")
    print(
        f"quotes       {quotes:6.2f} s  = {quotes / parse:.1%} of the parse (marks, actors, quotes)"
    )
    print(f"events       {events:6.2f} s  = {events / parse:.1%} of the parse (event coding alone)")
    print(f"extraction   {extract:6.2f} s  = {extract / parse:.1%} of the parse (all of it)")
    print(f"found {counts[0]} actors, {counts[1]} quotes, {counts[2]} events")


def _time_quotes(texts: list[str], docs: list[Doc], lexicons: Lexicons) -> float:
    """Seconds for what quote extraction needs: quotation marks, actors, quotes."""
    started = time.perf_counter()
    for text, doc in zip(texts, docs, strict=True):
        spans = find_quoted_spans(text)
        quoted = quoted_token_indices(doc, spans)
        index = build_actor_index(doc, None, lexicons.actors, quoted, lexicons.reporting)
        extract_quotes(doc, index, spans, lexicons.reporting)
    return time.perf_counter() - started


def _time_events(texts: list[str], docs: list[Doc], lexicons: Lexicons) -> float:
    """Seconds for event coding alone, on actors and quotes found beforehand."""
    prepared = []
    for text, doc in zip(texts, docs, strict=True):
        spans = find_quoted_spans(text)
        quoted = quoted_token_indices(doc, spans)
        index = build_actor_index(doc, None, lexicons.actors, quoted, lexicons.reporting)
        prepared.append((doc, index, extract_quotes(doc, index, spans, lexicons.reporting)))
    started = time.perf_counter()
    for doc, index, quotes in prepared:
        extract_events(doc, index, quotes, lexicons, None)
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
