"""The reporting-cue lexicon (``resources/reporting.tsv``): verbs of saying and writing,
verbs that take an addressee, and nouns for documents that "say" things."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from eventwire.errors import ConfigError

CLASSES = frozenset({"speech", "addressed", "writing", "document", "document_verb"})


@dataclass(frozen=True, slots=True)
class ReportingLexicon:
    """Cue verbs (lemma -> class) and document nouns."""

    verbs: dict[str, str]
    documents: frozenset[str]

    def is_cue(self, lemma: str) -> bool:
        """Is ``lemma`` a verb that can introduce a statement?"""
        return lemma in self.verbs

    def takes_addressee(self, lemma: str) -> bool:
        """Does the verb's object name who was spoken to ("told the assembly")?"""
        return self.verbs.get(lemma) == "addressed"


def parse_reporting(text: str, origin: str) -> ReportingLexicon:
    """Parse and validate the reporting TSV; errors name ``origin`` and the line."""
    verbs: dict[str, str] = {}
    documents: set[str] = set()
    rows = [(n, ln) for n, ln in enumerate(text.splitlines(), 1) if ln and not ln.startswith("#")]
    for number, line in rows[1:]:  # the first row is the header
        fields = line.split("\t")
        if len(fields) != 2 or fields[1] not in CLASSES or not fields[0].islower():
            raise ConfigError(
                f"{origin}:{number}: want 'lemma<TAB>class', got {line!r}", code="E113"
            )
        lemma, cls = fields
        if cls == "document":
            documents.add(lemma)
        else:
            verbs[lemma] = cls
    return ReportingLexicon(verbs=verbs, documents=frozenset(documents))


@cache
def load_reporting() -> ReportingLexicon:
    """The packaged reporting lexicon (loaded once)."""
    text = resources.files("eventwire").joinpath("resources/reporting.tsv").read_text("utf-8")
    return parse_reporting(text, "resources/reporting.tsv")
