"""spaCy: build the pipeline once per process and parse articles in batches."""

from eventwire.nlp.pipeline import load_pipeline, parse_texts

__all__ = ["load_pipeline", "parse_texts"]
