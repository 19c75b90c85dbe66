"""The bundled sample, a blog repost of a wire story: every quote, event and actor the
design asks for, plus a golden snapshot of the whole output (update with --update-golden)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from eventwire.contract import to_contract
from eventwire.models import AnalyzedArticle, Quote

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "src" / "eventwire" / "samples" / "xinhua-pompeo-kim.txt"
GOLDEN = ROOT / "tests" / "golden" / "seed.json"
PUBLISHED = date(2018, 10, 8)


@pytest.fixture(scope="module")
def seed(analyse_text: Callable[..., AnalyzedArticle]) -> AnalyzedArticle:
    return analyse_text(SAMPLE.read_text("utf-8"), PUBLISHED, origin=str(SAMPLE))


def _quote(seed: AnalyzedArticle, words: str) -> Quote:
    found = [q for q in seed.quotes if words in q.text]
    assert len(found) == 1, f"{words!r} is in {len(found)} quotes"
    return found[0]


def _speaker(quote: Quote) -> str:
    assert quote.speaker is not None, quote.text
    return quote.speaker.name


def test_clean_text_drops_footer_and_teaser_copy(seed: AnalyzedArticle) -> None:
    text = seed.article.text
    assert "Post a Comment" not in text and "No comments" not in text
    assert text.count("third tour to North Korea") == 1
    reasons = {r.reason for r in seed.article.removed}
    assert "repeated" in reasons and any(r.startswith("boilerplate") for r in reasons)


def test_statement_words_go_to_the_state_department_or_its_spokesperson(
    seed: AnalyzedArticle,
) -> None:
    statement = {"Heather Nauert", "State Department"}
    assert _speaker(_quote(seed, "held productive discussions")) in statement
    assert _speaker(_quote(seed, "refined options for the location")) in statement
    added = _quote(seed, "looks forward to continuing")
    assert _speaker(added) in statement and added.speaker and added.speaker.mention == "it"
    assert added.speaker.code == "USAGOV"


def test_reported_statement_without_quotation_marks(seed: AnalyzedArticle) -> None:
    quote = _quote(seed, "Kim invited inspectors")
    assert quote.kind == "indirect" and quote.cue == "say"
    assert _speaker(quote) == "State Department"


def test_minister_quote_has_speaker_code_and_addressee(seed: AnalyzedArticle) -> None:
    quote = _quote(seed, "no way we will unilaterally disarm")
    assert quote.kind == "direct" and quote.cue == "tell"
    assert quote.speaker is not None and quote.speaker.name == "Ri Yong Ho"
    assert quote.speaker.code == "PRKGOV"
    assert quote.addressee == "the UN General Assembly"


def test_pronoun_speaker_and_uncued_continuation(seed: AnalyzedArticle) -> None:
    noted = _quote(seed, "many steps along the way")
    assert noted.speaker is not None and noted.speaker.mention == "he"
    assert noted.speaker.name == "Mike Pompeo"
    continued = _quote(seed, "the world so desperately needs")
    assert continued.cue is None and _speaker(continued) == "Mike Pompeo"


def test_partial_quote_is_mixed_and_moon_is_named(seed: AnalyzedArticle) -> None:
    mixed = _quote(seed, "had a good, productive conversation")
    assert mixed.kind == "mixed" and _speaker(mixed) == "Mike Pompeo"
    moon = _quote(seed, "I dearly hope")
    assert _speaker(moon) == "Moon Jae-in" and moon.speaker and moon.speaker.code == "KORGOV"


def test_actors_are_merged_and_coded(seed: AnalyzedArticle) -> None:
    by_name = {a.name: a for a in seed.actors}
    assert by_name["Mike Pompeo"].code == "USAGOV"
    assert by_name["Kim Jong Un"].code == "PRKGOV"
    assert by_name["Ri Yong Ho"].code == "PRKGOV"
    assert by_name["Xinhua"].code == "CHNMED"
    # Kim Yo Jong is a different person from the "Kim" of the talks.
    assert by_name["Kim Yo Jong"].id != by_name["Kim Jong Un"].id
    assert len(by_name["Kim Jong Un"].mentions) >= 5


def test_core_events(seed: AnalyzedArticle) -> None:
    def dyads(prefix: str) -> set[tuple[str | None, str | None, date | None]]:
        return {
            (e.source.code, e.target.code if e.target else None, e.date)
            for e in seed.events
            if e.cameo.startswith(prefix)
        }

    assert ("USAGOV", "PRKGOV", date(2018, 10, 7)) in dyads("04")
    assert any(s and s.startswith("PRK") and t == "USA" for s, t, _ in dyads("10"))
    assert any(s == "USAGOV" and t and t.startswith("KOR") for s, t, _ in dyads("04"))
    travel = [e for e in seed.events if e.target and e.target.name == "Beijing"]
    # Planned travel is an intent to meet (CAMEO 036), dated by the article.
    assert travel and travel[0].modality == "intended" and travel[0].cameo == "036"
    disarm = [e for e in seed.events if e.verb == "disarm"]
    # "there is no way we will unilaterally disarm": a negated intent, coded as the
    # rejection it states (which was made, so the event itself is not negated).
    assert disarm and disarm[0].plover == "REJECT" and not disarm[0].negated
    assert disarm[0].quote is not None and "disarm" in seed.quotes[disarm[0].quote].text
    assert all(e.trigger for e in seed.events)


def test_offsets_point_into_the_text(seed: AnalyzedArticle) -> None:
    text = seed.article.text
    for quote in seed.quotes:
        assert text[quote.start : quote.end] == quote.text
        if quote.speaker is not None:
            assert text[quote.speaker.start : quote.speaker.end] == quote.speaker.mention
    for event in seed.events:
        assert text[event.start : event.end] == event.text


def test_golden_snapshot(seed: AnalyzedArticle, request: pytest.FixtureRequest) -> None:
    output = to_contract(seed)
    rendered = json.dumps(output, indent=1, ensure_ascii=False, sort_keys=False) + "\n"
    if request.config.getoption("--update-golden"):
        GOLDEN.write_text(rendered, "utf-8")
    assert GOLDEN.exists(), "run pytest --update-golden once to create tests/golden/seed.json"
    assert json.loads(rendered) == json.loads(GOLDEN.read_text("utf-8"))
