"""spaCy: build the pipeline once per process and parse articles in batches."""

from eventwire.nlp.pipeline import check_model, load_pipeline, parse_texts

__all__ = ["check_model", "load_pipeline", "parse_texts"]
