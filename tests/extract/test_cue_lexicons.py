"""The reporting-cue and modality lexicons load, validate and answer lookups."""

from __future__ import annotations

import pytest

from eventwire.errors import ConfigError
from eventwire.extract.modality import load_modality, parse_modality
from eventwire.extract.reporting import load_reporting, parse_reporting


def test_reporting_lexicon_classes() -> None:
    lex = load_reporting()
    assert lex.is_cue("say") and lex.is_cue("add") and lex.is_cue("note")
    assert lex.takes_addressee("tell") and not lex.takes_addressee("say")
    assert "statement" in lex.documents and not lex.is_cue("statement")
    assert not lex.is_cue("eat")
    # A lemma may keep a sentence-initial capital ("Said" at the head of a line).
    assert lex.is_cue("Say") and not lex.is_cue("Eat")


def test_reporting_lexicon_refuses_unknown_class() -> None:
    with pytest.raises(ConfigError, match="x.tsv:2"):
        parse_reporting("lemma\tclass\nsay\tshouting\n", "x.tsv")


def test_modality_lexicon() -> None:
    lex = load_modality()
    assert lex.effect("will", "aux") == "intended"
    assert lex.effect("would", "aux") == "conditional"
    assert lex.effect("refuse", "governor") == "negated"
    assert lex.effect("will", "governor") is None


def test_modality_lexicon_refuses_bad_effect() -> None:
    with pytest.raises(ConfigError, match="m.tsv:2"):
        parse_modality("word\trole\teffect\nwill\taux\tmaybe\n", "m.tsv")


@pytest.mark.parametrize(
    "text",
    [
        "say\tspeech\n",  # no header: the first row would be silently lost
        "lemma\tclass\nsay\tspeech\nsay\tspeech\n",  # listed twice
        "lemma\tclass\nsay\n",  # a missing column
    ],
)
def test_reporting_lexicon_refuses_bad_files(text: str) -> None:
    with pytest.raises(ConfigError, match="r.tsv"):
        parse_reporting(text, "r.tsv")


def test_modality_lexicon_refuses_duplicates() -> None:
    with pytest.raises(ConfigError, match="m.tsv:3"):
        parse_modality("word\trole\teffect\nwill\taux\tintended\nwill\taux\tintended\n", "m.tsv")
