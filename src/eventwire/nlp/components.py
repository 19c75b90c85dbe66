"""spaCy components of eventwire's pipeline, registered by name on import."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

PARAGRAPHS = "eventwire_paragraphs"


@Language.component(PARAGRAPHS, assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    Cleaned text has one paragraph per line; the parser otherwise runs sentences
    (and with them quotes and event clauses) across paragraph boundaries.
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text_with_ws and not token.is_space:
            token.is_sent_start = True
    return doc
