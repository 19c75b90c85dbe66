"""spaCy components of eventwire's pipeline, registered by name on import."""

from __future__ import annotations

from typing import cast

import numpy as np
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

PARAGRAPHS = "eventwire_paragraphs"


@Language.component(PARAGRAPHS, assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    Cleaned text has one paragraph per line; the parser otherwise runs sentences
    (and with them quotes and event clauses) across paragraph boundaries. The starts
    are written as one array: setting ``token.is_sent_start`` one token at a time
    checks the whole document each time, quadratic in a text of many short lines.
    """
    starts = np.asarray(doc.to_array([SENT_START]), dtype=np.uint64)  # a row per token
    after_break = np.fromiter(
        (
            "\n" in previous.text_with_ws and not token.is_space
            for previous, token in zip(doc[:-1], doc[1:], strict=True)
        ),
        dtype=bool,
        count=max(len(doc) - 1, 0),
    )
    if after_break.any():
        starts[1:][after_break] = 1
        doc.from_array([SENT_START], cast(Ints2d, starts))
    return doc
