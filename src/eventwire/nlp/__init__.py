"""spaCy: build the pipeline once per process and parse articles in batches."""

from eventwire.nlp.pipeline import check_model, load_pipeline, parse_texts, token_limit_offset

__all__ = ["check_model", "load_pipeline", "parse_texts", "token_limit_offset"]
