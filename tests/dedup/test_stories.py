"""Story clustering on real wire copy (../shared/corpus/lee, PolNeAR; skipped when absent),
on synthetic copies made from it with the edits outlets make, and on hand-built keys.

Measured when the defaults were set (threshold 0.3, confirm 0.8, 256 values): the 11
listed lee pairs fold at estimated containment 0.876-1.0 (true 0.864-1.0) and nothing
else in lee folds; the most overlapping other lee pair has containment 0.16.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from itertools import combinations
from pathlib import Path

import pytest

from eventwire.dedup import StoryIndex, StoryKey, story_key
from eventwire.dedup.bands import MOST_PER_VALUE

SHARED = Path(__file__).resolve().parents[3] / "shared"
LEE = SHARED / "corpus" / "lee"
POLNEAR = SHARED / "corpus" / "polnear" / "train" / "text"
needs_lee = pytest.mark.skipif(not LEE.is_dir(), reason="../shared/corpus/lee is not present")
needs_polnear = pytest.mark.skipif(
    not POLNEAR.is_dir(), reason="../shared/corpus/polnear is not present"
)

Docs = dict[str, str]  # article id -> text, in input order


def _jsonl(path: Path) -> Docs:
    rows = (json.loads(line) for line in path.read_text("utf-8").splitlines())
    return {row["id"]: row["text"] for row in rows}


def _listed_pairs() -> list[tuple[str, str]]:
    lines = (LEE / "near_dup_pairs.tsv").read_text("utf-8").splitlines()[1:]
    return [(fields[0], fields[1]) for fields in (line.split("\t") for line in lines)]


def _keys(docs: Docs) -> dict[str, StoryKey]:
    return {doc_id: story_key(text) for doc_id, text in docs.items()}


def _stories(docs: Docs, index: StoryIndex | None = None) -> dict[str, str]:
    return _assign(_keys(docs), StoryIndex() if index is None else index)


def _assign(keys: dict[str, StoryKey], index: StoryIndex) -> dict[str, str]:
    return {doc_id: index.assign(doc_id, key) for doc_id, key in keys.items()}


def _folded(stories: dict[str, str]) -> set[tuple[str, str]]:
    """Every pair of articles (in input order) that ended in one story."""
    return {(a, b) for a, b in combinations(stories, 2) if stories[a] == stories[b]}


@pytest.fixture(scope="module")
def lee() -> Docs:
    """The 300 background and 50 scored lee articles, in that order."""
    if not LEE.is_dir():
        pytest.skip("../shared/corpus/lee is not present")
    return {**_jsonl(LEE / "lee_background.jsonl"), **_jsonl(LEE / "lee.jsonl")}


@pytest.fixture(scope="module")
def lee_stories(lee: Docs) -> dict[str, str]:
    return _stories(lee)


# --- real wire copy ---


@needs_lee
def test_lee_listed_near_duplicates_share_a_story(lee_stories: dict[str, str]) -> None:
    for first, second in _listed_pairs():
        assert lee_stories[second] == lee_stories[first] == first


@needs_lee
def test_lee_folds_no_pair_beyond_the_listed_ones(lee_stories: dict[str, str]) -> None:
    assert _folded(lee_stories) == set(_listed_pairs())
    assert len(set(lee_stories.values())) == 350 - 11


@needs_lee
def test_lee_articles_judged_dissimilar_are_never_folded(lee_stories: dict[str, str]) -> None:
    rows = (LEE / "similarities0-1.txt").read_text("utf-8").splitlines()
    judged = [[float(value) for value in row.split()] for row in rows]
    ids = [f"lee-{number:03d}" for number in range(50)]
    low = [(a, b) for a, b in combinations(range(50), 2) if judged[a][b] <= 0.5]
    assert len(low) > 1000
    assert not [(a, b) for a, b in low if lee_stories[ids[a]] == lee_stories[ids[b]]]
    assert not _folded({doc_id: lee_stories[doc_id] for doc_id in ids})


# Pairs the judges scored 0.9-1.0: independent write-ups of one event (the Democrats'
# leadership, Afghanistan, bushfires...), which are not one story.
@needs_lee
@pytest.mark.parametrize(
    ("first", "second"),
    [("000", "013"), ("000", "032"), ("002", "037"), ("007", "020"), ("024", "025")],
)
def test_lee_write_ups_judged_alike_stay_apart(
    lee_stories: dict[str, str], first: str, second: str
) -> None:
    assert lee_stories[f"lee-{first}"] != lee_stories[f"lee-{second}"]


# Background articles on one event that are not copies: Hamas and suicide bombings,
# the building industry royal commission, Qantas maintenance workers, the HIH inquiry.
@needs_lee
@pytest.mark.parametrize(
    ("first", "second"), [("093", "110"), ("199", "206"), ("187", "195"), ("278", "287")]
)
def test_lee_articles_on_one_event_stay_apart(
    lee_stories: dict[str, str], first: str, second: str
) -> None:
    assert lee_stories[f"lee_background-{first}"] != lee_stories[f"lee_background-{second}"]


# --- synthetic copies of real articles ---

_WORD = re.compile(r"\S+")
READ_MORE = (
    "\n\nRead more: How the day unfolded, and what comes next https://news.example.com/latest"
)
COPYRIGHT = (
    "\n\nCopyright 2016 The Associated Press. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed."
)
BYLINE = "By Jordan Ellis, Staff Writer | The Valley Courier\nUpdated 6:42 p.m. ET\n\n"
HEADLINE = "What we know so far about the latest developments"


def trimmed(text: str, share: float) -> str:
    """The text cut after the word at ``share`` of its words (a wire copy cut short)."""
    ends = [match.end() for match in _WORD.finditer(text)]
    return text[: ends[int(len(ends) * share) - 1]]


def with_headline(text: str) -> str:
    """The first line replaced by another headline (prepended when there is one line)."""
    _, newline, rest = text.partition("\n")
    return f"{HEADLINE}\n{rest if newline else text}"


def with_edits(text: str, count: int = 3) -> str:
    """``count`` words, spread evenly, replaced by another word."""
    words = list(_WORD.finditer(text))
    for k in range(count, 0, -1):
        word = words[len(words) * k // (count + 1)]
        text = f"{text[: word.start()]}reportedly{text[word.end() :]}"
    return text


EDITS: dict[str, Callable[[str], str]] = {
    "kept_60": lambda text: trimmed(text, 0.6),
    "kept_70": lambda text: trimmed(text, 0.7),
    "kept_80": lambda text: trimmed(text, 0.8),
    "read_more": lambda text: text + READ_MORE,
    "copyright": lambda text: text + COPYRIGHT,
    "byline": lambda text: BYLINE + text,
    "headline": with_headline,
    "word_edits": with_edits,
}


@pytest.fixture(scope="module")
def originals(lee: Docs) -> Docs:
    """Wire-length articles (150+ shingles) to copy: every 15th lee background article
    that is no listed pair, and every 40th PolNeAR train article."""
    if not POLNEAR.is_dir():
        pytest.skip("../shared/corpus/polnear is not present")
    listed = {doc_id for pair in _listed_pairs() for doc_id in pair}
    background = [doc_id for doc_id in lee if doc_id.startswith("lee_background")]
    picked = {doc_id: lee[doc_id] for doc_id in background[::15] if doc_id not in listed}
    picked.update(
        {path.stem: path.read_text("utf-8") for path in sorted(POLNEAR.glob("*.txt"))[::40]}
    )
    return {doc_id: text for doc_id, text in picked.items() if story_key(text).size >= 150}


@pytest.fixture(scope="module")
def copies(originals: Docs) -> Docs:
    """Every edit of every original, ids ``original~edit``, edit by edit."""
    return {
        f"{doc_id}~{name}": edit(text)
        for name, edit in EDITS.items()
        for doc_id, text in originals.items()
    }


@pytest.fixture(scope="module")
def stream(lee: Docs, originals: Docs, copies: Docs) -> Docs:
    """The lee articles, the PolNeAR originals, then all the copies."""
    return {**lee, **originals, **copies}


@pytest.fixture(scope="module")
def stream_keys(stream: Docs) -> dict[str, StoryKey]:
    return _keys(stream)


@pytest.fixture(scope="module")
def stream_stories(stream_keys: dict[str, StoryKey]) -> dict[str, str]:
    return _assign(stream_keys, StoryIndex())


@needs_lee
@needs_polnear
@pytest.mark.parametrize("edit", EDITS)
def test_synthetic_copies_join_their_original_story(
    originals: Docs, stream_stories: dict[str, str], edit: str
) -> None:
    assert len(originals) > 25
    for doc_id in originals:
        assert stream_stories[f"{doc_id}~{edit}"] == doc_id


@needs_lee
@needs_polnear
def test_synthetic_originals_keep_their_own_story(
    originals: Docs, stream_stories: dict[str, str]
) -> None:
    assert all(stream_stories[doc_id] == doc_id for doc_id in originals)


@needs_lee
@needs_polnear
def test_synthetic_copy_with_all_edits_joins_a_long_original(originals: Docs) -> None:
    """A byline, a copy cut at 80%, two changed words and a footer together: over 400
    shingles the edits stay under a fifth of the copy."""
    long = {doc_id: text for doc_id, text in originals.items() if story_key(text).size >= 400}
    assert len(long) >= 10
    index = StoryIndex()
    _stories(long, index)
    for doc_id, text in long.items():
        copy = BYLINE + with_edits(trimmed(text, 0.8), 2) + COPYRIGHT
        assert index.assign(f"{doc_id}~all", story_key(copy)) == doc_id


# --- hand-written reports ---

REPORT = (
    "Floodwater closed the Marlow river bridge on Tuesday after three days of heavy rain, "
    "cutting the town's main road to the coast. Mayor Anna Keller said engineers would "
    "inspect the supports once the river dropped, and that a ferry service would run in "
    "the meantime. About 40 households on the east bank were told to prepare to leave."
)
OTHER_REPORT = (
    "Marlow's only road bridge is shut. Heavy rain since the weekend pushed the river over "
    "its banks, and the council closed the crossing on Tuesday morning. 'We will not reopen "
    "it until engineers have checked every pier,' Mayor Anna Keller told reporters. A ferry "
    "is expected to carry foot passengers, and residents of some 40 east-bank homes have "
    "been warned they may have to leave."
)


def test_independent_reports_of_one_made_up_event_stay_apart() -> None:
    stories = _stories({"first": REPORT, "second": OTHER_REPORT})
    assert stories == {"first": "first", "second": "second"}


def test_an_exact_copy_in_other_case_spacing_and_punctuation_joins_the_story() -> None:
    copy = REPORT.upper().replace(" ", "  \n").replace(",", "").replace(".", " .")
    assert _stories({"a": REPORT, "b": copy}) == {"a": "a", "b": "a"}


def test_a_short_text_only_matches_exactly() -> None:
    text = "Mayor Anna Keller closed the Marlow river bridge on Tuesday."
    edited = text.replace("Tuesday", "Monday")
    assert story_key(text).size < StoryIndex().min_shingles
    stories = _stories({"a": text, "b": text + " ", "c": edited})
    assert stories == {"a": "a", "b": "a", "c": "c"}


def test_a_repeated_id_keeps_its_story_and_is_added_once() -> None:
    index = StoryIndex()
    assert index.assign("a", story_key(REPORT)) == "a"
    assert index.assign("b", story_key(REPORT)) == "a"
    assert index.assign("b", story_key(OTHER_REPORT)) == "a"
    index.add("b", "b", story_key(OTHER_REPORT))
    assert len(index) == 2
    assert index.assign("c", story_key(OTHER_REPORT)) == "c"


def test_an_excerpt_below_the_threshold_share_stays_apart() -> None:
    """A lede cut to a fifth of the article is contained in it, but at Jaccard 0.2 the
    containment estimate is too noisy to trust; at two fifths it joins the story."""
    text = " ".join(f"w{number}" for number in random.Random(3).sample(range(10**6), 600))
    assert _stories({"full": text, "fifth": trimmed(text, 0.2)})["fifth"] == "fifth"
    assert _stories({"full": text, "two": trimmed(text, 0.4)})["two"] == "full"


def test_a_story_copied_more_often_than_a_band_value_files_keeps_every_copy() -> None:
    """Each copy changes one word: it shares almost every band value with the original
    and the earlier copies, and meets the first MOST_PER_VALUE of them."""
    words = [f"w{number}" for number in random.Random(5).sample(range(10**6), 400)]
    index = StoryIndex()
    assert index.assign("original", story_key(" ".join(words))) == "original"
    for number in range(3 * MOST_PER_VALUE):
        copy = [*words[: 3 * number], f"edit{number}", *words[3 * number + 1 :]]
        assert index.assign(f"copy-{number}", story_key(" ".join(copy))) == "original"


def test_articles_sharing_boilerplate_stay_apart() -> None:
    """Three lines of boilerplate on 200 different articles: a sixth of each one's
    shingles (Jaccard about 0.1 between two of them), and the minimum of some band for
    most of them: two of its band values are carried by more articles than one files."""
    rng = random.Random(11)
    notice = COPYRIGHT + READ_MORE + "\n\n" + BYLINE
    stories = _stories(
        {
            f"article-{number}": " ".join(f"w{word}" for word in rng.sample(range(10**6), 200))
            + notice
            for number in range(200)
        }
    )
    assert all(story == article for article, story in stories.items())


def _renamed(key: StoryKey, exact: str) -> StoryKey:
    """The same shingles under another exact hash: a near match as strong as can be."""
    return StoryKey(key.size, exact, key.signature)


@pytest.mark.parametrize("order", [("a", "b"), ("b", "a")])
def test_equal_matches_go_to_the_earliest_article(order: tuple[str, str]) -> None:
    key = story_key(REPORT)
    index = StoryIndex()
    for story in order:
        index.add(story, story, _renamed(key, story))
    assert index.assign("new", _renamed(key, "new")) == order[0]


def test_the_best_match_wins_over_an_earlier_one() -> None:
    text = " ".join(f"w{number}" for number in random.Random(7).sample(range(10**6), 400))
    index = StoryIndex()
    index.add("full", "full", story_key(text))
    index.add("cut", "cut", story_key(trimmed(text, 0.8)))  # stored apart, as from a store
    copy = story_key(with_edits(trimmed(text, 0.8), 1))
    assert index.assign("new", copy) == "cut"
    alone = StoryIndex()
    alone.add("full", "full", story_key(text))
    assert alone.assign("new", copy) == "full"


# --- determinism and resuming ---


@needs_lee
@needs_polnear
def test_two_indexes_fed_the_same_articles_agree(
    stream_keys: dict[str, StoryKey], stream_stories: dict[str, str]
) -> None:
    assert _assign(stream_keys, StoryIndex()) == stream_stories


@needs_lee
@needs_polnear
@pytest.mark.parametrize("stop", [1, 120, 350, 400, 600])
def test_a_resumed_run_assigns_what_one_run_assigns(
    stream_keys: dict[str, StoryKey], stream_stories: dict[str, str], stop: int
) -> None:
    keys = stream_keys
    ids = list(keys)
    assert stop < len(ids)
    first = StoryIndex()
    stored = [(doc_id, first.assign(doc_id, keys[doc_id]), keys[doc_id]) for doc_id in ids[:stop]]
    resumed = StoryIndex()
    for doc_id, story, key in stored:
        resumed.add(doc_id, story, key)
    later = {doc_id: resumed.assign(doc_id, keys[doc_id]) for doc_id in ids[stop:]}
    assert {**dict((doc_id, story) for doc_id, story, _ in stored), **later} == stream_stories
    assert len(resumed) == len(ids)
