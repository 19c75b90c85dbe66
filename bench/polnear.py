"""Read PolNeAR (brat standoff attributions) and score extracted quotes against it.

Matching follows the Gender Gap Tracker's convention: an extracted quote matches a
gold attribution when at least 30% of each one's characters overlap the other's.
Recall counts gold attributions that are statements (a quotation mark in the
content, or a speech cue); precision counts extracted quotes matching any gold
attribution. A speaker is right when the extracted speaker's mention or name
shares a word with the gold source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bench.scores import Scores
from eventwire.models import Quote

OVERLAP = 0.3
QUOTE_CHARS = '"“”«»„'
SPEECH_CUES = frozenset(
    [
        "say",
        "said",
        "says",
        "saying",
        "tell",
        "told",
        "tells",
        "telling",
        "add",
        "added",
        "adds",
        "note",
        "noted",
        "notes",
        "according",
        "wrote",
        "write",
        "writes",
        "ask",
        "asked",
        "asks",
        "warn",
        "warned",
        "warns",
        "announce",
        "announced",
        "announces",
        "explain",
        "explained",
        "insist",
        "insisted",
        "claim",
        "claimed",
        "argue",
        "argued",
        "tweet",
        "tweeted",
        "state",
        "stated",
        "declare",
        "declared",
        "reply",
        "replied",
        "respond",
        "responded",
        "suggest",
        "suggested",
        "acknowledge",
        "acknowledged",
        "admit",
        "admitted",
        "stress",
        "stressed",
        "report",
        "reported",
    ]
)
STOPWORDS = frozenset(
    ["the", "a", "an", "of", "and", "to", "in", "on", "for", "mr", "mrs", "ms", "dr", "'s"]
)


@dataclass(frozen=True, slots=True)
class Spans:
    """Character ranges (possibly discontinuous) and their text."""

    ranges: tuple[tuple[int, int], ...]
    text: str

    def chars(self) -> set[int]:
        """Every character offset covered."""
        return {i for s, e in self.ranges for i in range(s, e)}


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One annotated attribution: source, cue and content spans."""

    content: Spans
    source: Spans | None
    cue: Spans | None

    @property
    def is_statement(self) -> bool:
        """Speech, not belief or inference: quoted words or a speech cue."""
        if any(ch in self.content.text for ch in QUOTE_CHARS):
            return True
        cue_words = set(re.findall(r"[a-z]+", self.cue.text.lower())) if self.cue else set()
        return bool(cue_words & SPEECH_CUES)

    @property
    def kind(self) -> str:
        """direct (all quoted), mixed (partly quoted) or indirect."""
        text = self.content.text.strip()
        if not any(ch in text for ch in QUOTE_CHARS):
            return "indirect"
        if text[:1] in QUOTE_CHARS and text.rstrip(".,")[-1:] in QUOTE_CHARS:
            return "direct"
        return "mixed"

    @property
    def pronoun_source(self) -> bool:
        """Is the gold source a pronoun ("he", "she", "they", "it")?"""
        return self.source is not None and self.source.text.lower() in {
            "he", "she", "they", "it", "we", "i", "his", "her"
        }  # fmt: skip


@dataclass(slots=True)
class GoldArticle:
    """One PolNeAR article: its text and one annotator's attributions."""

    name: str
    text: str
    published: str | None
    attributions: list[GoldAttribution] = field(default_factory=list)


def _spans(field_text: str, text: str) -> Spans:
    ranges = tuple((int(a), int(b)) for a, b in (part.split() for part in field_text.split(";")))
    return Spans(ranges, " ".join(text[s:e] for s, e in ranges))


def parse_ann(ann: str, text: str) -> list[GoldAttribution]:
    """Attributions from one brat .ann file over ``text``."""
    spans: dict[str, tuple[str, Spans]] = {}
    relations: list[dict[str, str]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, where = parts[1].partition(" ")
            spans[parts[0]] = (label, _spans(where, text))
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    found = []
    for rel in relations:
        content = spans.get(rel.get("Content", ""))
        if content is None:
            continue
        source = spans.get(rel.get("Source", ""))
        cue = spans.get(rel.get("Cue", ""))
        found.append(
            GoldAttribution(content[1], source[1] if source else None, cue[1] if cue else None)
        )
    return found


def load_split(folder: Path, dates: dict[str, str] | None = None) -> Iterator[GoldArticle]:
    """Articles of one split (``train`` or ``dev``), one annotator each, in name order."""
    dates = dates or {}
    for text_file in sorted((folder / "text").glob("*.txt")):
        name = text_file.stem
        anns = sorted((folder / "attributions").glob(f"{name}_*.ann"))
        if not anns:
            continue
        text = text_file.read_text("utf-8")
        yield GoldArticle(name, text, dates.get(name), parse_ann(anns[0].read_text("utf-8"), text))


def load_dates(metadata: Path) -> dict[str, str]:
    """Publication dates by file name, from metadata.tsv."""
    dates = {}
    lines = metadata.read_text("utf-8").splitlines()
    header = lines[0].split("\t")
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t"), strict=False))
        dates[row["filename"]] = row["publication_date"]
    return dates


def overlaps(a: set[int], b: set[int]) -> bool:
    """Does each of two character sets overlap the other by at least 30%?"""
    if not a or not b:
        return False
    common = len(a & b)
    return common >= OVERLAP * len(a) and common >= OVERLAP * len(b)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9']+", text.lower()) if w not in STOPWORDS}


def speaker_right(quote: Quote, gold: GoldAttribution) -> bool:
    """Does the extracted speaker share a word with the gold source?"""
    if quote.speaker is None or gold.source is None:
        return False
    gold_words = _words(gold.source.text)
    return bool(gold_words & (_words(quote.speaker.mention) | _words(quote.speaker.name)))


@dataclass(slots=True)
class Tally(Scores):
    """Counts behind recall, precision, F1 and speaker accuracy."""

    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0
    speaker_right: int = 0

    def add(self, other: Tally) -> None:
        """Accumulate another tally."""
        self.gold += other.gold
        self.found += other.found
        self.predicted += other.predicted
        self.correct += other.correct
        self.speaker_right += other.speaker_right

    @property
    def recall(self) -> float:
        """Share of gold statements found."""
        return self.found / self.gold if self.gold else 0.0

    @property
    def speaker(self) -> float:
        """Share of found statements whose speaker is right."""
        return self.speaker_right / self.found if self.found else 0.0


def score_article(
    quotes: Iterable[Quote], gold: list[GoldAttribution], *, keep: str | None = None
) -> Tally:
    """Score one article; ``keep`` limits recall to gold of one group ("direct", "pronoun"...)."""
    quotes = list(quotes)
    predicted = [({*range(q.start, q.end)}, q) for q in quotes]
    gold_chars = [(g.content.chars(), g) for g in gold]
    tally = Tally(predicted=len(predicted))
    tally.correct = sum(
        1 for chars, _ in predicted if any(overlaps(chars, g) for g, _ in gold_chars)
    )
    for chars, g in gold_chars:
        if not g.is_statement or (keep is not None and not _in_group(g, keep)):
            continue
        tally.gold += 1
        match = next((q for qc, q in predicted if overlaps(qc, chars)), None)
        if match is not None:
            tally.found += 1
            tally.speaker_right += speaker_right(match, g)
    return tally


def _in_group(gold: GoldAttribution, group: str) -> bool:
    if group == "pronoun":
        return gold.pronoun_source
    if group == "named":
        return not gold.pronoun_source
    return gold.kind == group
