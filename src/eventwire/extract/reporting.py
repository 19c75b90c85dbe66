"""The reporting-cue lexicon (``resources/reporting.tsv``): verbs of saying and writing,
verbs that take an addressee, verbs that report only beside quoted words, and nouns
for documents that "say" things."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from eventwire.extract.tsv import resource_error, tsv_rows

COLUMNS = ("lemma", "class")
ERROR_CODE = "E113"
CLASSES = frozenset(
    {"speech", "addressed", "writing", "document", "document_verb", "quoted", "naming", "medium"}
)


@dataclass(frozen=True, slots=True)
class ReportingLexicon:
    """Cue verbs (lemma -> class), document nouns and the channels words come through."""

    verbs: dict[str, str]
    documents: frozenset[str]
    media: frozenset[str] = frozenset()

    def is_medium(self, word: str) -> bool:
        """Is ``word`` (lower case) a channel: a document noun or a medium ("Twitter")?"""
        return word in self.media or word in self.documents

    def is_cue(self, lemma: str) -> bool:
        """Is ``lemma`` (any case: a parser may keep a capital) a verb that can introduce
        a statement?"""
        return lemma.lower() in self.verbs

    def cue_key(self, lemma: str, particle: str | None = None) -> str | None:
        """The listed cue a verb stands for: a phrasal one first ("go on"), else the lemma."""
        if particle is not None and f"{lemma} {particle}" in self.verbs:
            return f"{lemma} {particle}"
        return lemma if lemma in self.verbs else None

    def takes_addressee(self, lemma: str) -> bool:
        """Does the verb's object name who was spoken to ("told the assembly")?"""
        return self.verbs.get(lemma) == "addressed"


def parse_reporting(text: str, origin: str) -> ReportingLexicon:
    """Parse and validate the reporting TSV; errors name ``origin`` and the line."""
    verbs: dict[str, str] = {}
    nouns: dict[str, set[str]] = {"document": set(), "medium": set()}
    for number, (lemma, cls) in tsv_rows(text, origin, COLUMNS, ERROR_CODE):
        if cls not in CLASSES or not lemma.islower() or "  " in lemma:
            raise resource_error(
                origin, number, f"bad lemma {lemma!r} or class {cls!r}", ERROR_CODE
            )
        if lemma in nouns.get(cls, verbs):
            raise resource_error(origin, number, f"{lemma!r} is listed twice", ERROR_CODE)
        if cls in nouns:
            nouns[cls].add(lemma)
        else:
            verbs[lemma] = cls
    return ReportingLexicon(
        verbs=verbs, documents=frozenset(nouns["document"]), media=frozenset(nouns["medium"])
    )


@cache
def load_reporting() -> ReportingLexicon:
    """The packaged reporting lexicon (loaded once)."""
    text = resources.files("eventwire").joinpath("resources/reporting.tsv").read_text("utf-8")
    return parse_reporting(text, "resources/reporting.tsv")
