"""The parts of story clustering: keys, bands, estimates, tables and settings."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

from eventwire.dedup import StoryIndex, StoryKey, story_key
from eventwire.dedup.arrays import with_room
from eventwire.dedup.bands import MOST_PER_VALUE, RECALL, BandTable, band_count
from eventwire.dedup.keys import NUM_PERM, normalized_words, word_shingles
from eventwire.dedup.similarity import containment_estimates, jaccard_estimates
from eventwire.errors import ConfigError

SENTENCE = "Floodwater closed the Marlow river bridge on Tuesday after three days of heavy rain."


def test_a_key_is_the_same_in_every_process_and_run() -> None:
    """Pinned values: stored keys stay comparable only while these do not change."""
    key = story_key(SENTENCE)
    assert (key.size, key.exact) == (10, "ea5bce4e13d45fba")
    assert len(key.signature) == 4 * NUM_PERM
    values = np.frombuffer(key.signature, dtype="<u4")[:4].tolist()
    assert values == [18363374, 31167782, 7663891, 82457363]
    assert pickle.loads(pickle.dumps(key)) == key


@pytest.mark.parametrize(
    "variant",
    [
        SENTENCE.upper(),
        SENTENCE.replace(" ", "\n\n  "),
        SENTENCE.replace("Marlow", "“Marlow”").replace(".", "!"),
        SENTENCE.replace("Fl", "\ufb02").replace("T", "\uff34"),  # ligature, full-width
    ],
)
def test_copies_differing_only_in_form_have_one_exact_hash(variant: str) -> None:
    assert story_key(variant).exact == story_key(SENTENCE).exact


def test_normalized_words() -> None:
    assert normalized_words("Mr. Keller's  bridge—closed!") == [
        "mr",
        "keller",
        "s",
        "bridge",
        "closed",
    ]


@pytest.mark.parametrize(
    ("text", "count"), [("", 0), ("one two", 1), ("a b c d e", 1), ("a b c d e f g", 3)]
)
def test_word_shingles(text: str, count: int) -> None:
    assert len(word_shingles(normalized_words(text))) == count


def test_repeated_shingles_count_once() -> None:
    assert story_key("a b c d e " * 10).size == 5


@pytest.mark.parametrize("threshold", [0.1, 0.3, 0.5, 0.8])
def test_band_count_is_the_fewest_bands_for_the_recall(threshold: float) -> None:
    bands = band_count(threshold, 256)
    assert 1 - (1 - threshold) ** bands >= RECALL > 1 - (1 - threshold) ** (bands - 1)


def test_band_count_limits() -> None:
    assert band_count(0.3, 256) == 13
    assert band_count(0.01, 64) == 64
    assert band_count(1.0, 256) == 1


def test_band_table_finds_every_article_sharing_a_value() -> None:
    table = BandTable(2)
    for position, values in [(0, [10, 20]), (3, [10, 21]), (2000, [11, 21]), (2001, [1034, 0])]:
        table.add(position, np.array(values, dtype=np.uint32))
    assert table.candidates(np.array([10, 99], dtype=np.uint32)).tolist() == [0, 3]
    assert table.candidates(np.array([11, 21], dtype=np.uint32)).tolist() == [3, 2000]
    assert table.candidates(np.array([12, 22], dtype=np.uint32)).tolist() == []


def test_band_table_keeps_every_entry_when_its_buckets_double() -> None:
    rng = np.random.default_rng(0)
    values = rng.integers(0, 2**32, size=(5000, 3), dtype=np.uint32)
    values[4000:] = values[:1000]  # each of these shares all its values with an earlier one
    table = BandTable(3)
    for position, row in enumerate(values):
        table.add(position, row)
    for position in (0, 999, 1000, 2500, 3999):
        assert position in table.candidates(values[position])
    assert table.candidates(values[7]).tolist() == [7, 4007]


def test_a_band_value_files_only_its_first_articles() -> None:
    """Boilerplate: one value in band 0 carried by 3000 articles (the table doubles its
    slots twice meanwhile); band 1 still files every one of them."""
    table = BandTable(2)
    for position in range(3000):
        table.add(position, np.array([7, 10_000 + position], dtype=np.uint32))
    first = list(range(MOST_PER_VALUE))
    assert table.candidates(np.array([7, 5], dtype=np.uint32)).tolist() == first
    assert table.candidates(np.array([8, 12_999], dtype=np.uint32)).tolist() == [2999]
    assert table.candidates(np.array([7, 12_999], dtype=np.uint32)).tolist() == [*first, 2999]


@pytest.mark.parametrize(("seed", "distinct"), [(0, 40), (1, 400), (2, 2**32)])
def test_band_table_proposes_the_first_articles_of_each_value(seed: int, distinct: int) -> None:
    """Against a dict of lists, with few values (long runs, capped values) or many."""
    rng = np.random.default_rng(seed)
    values = rng.integers(0, distinct, size=(3000, 3), dtype=np.uint32)
    values[::5, 1] = 77 + (values[::5, 1] << 20)  # different values with one home slot
    table = BandTable(3)
    filed: list[dict[int, list[int]]] = [{}, {}, {}]
    for entry, row in enumerate(values):
        lists = [filed[band].setdefault(int(value), []) for band, value in enumerate(row)]
        if entry % 4 == 0:
            expected = sorted({position for found in lists for position in found})
            assert table.candidates(row).tolist() == expected
        table.add(3 * entry, row)
        for found in lists:
            if len(found) < MOST_PER_VALUE:
                found.append(3 * entry)


def test_band_table_reads_runs_longer_than_its_window_and_past_its_homes() -> None:
    """300 different values with one home slot, the last one: their run is far longer
    than the slots a lookup reads at first, and runs past the home slots."""
    table = BandTable(1)
    values = [np.array([2047 + (k << 20)], dtype=np.uint32) for k in range(300)]
    for position, value in enumerate(values):
        table.add(position, value)
    assert [table.candidates(value).tolist() for value in values] == [[k] for k in range(300)]


def test_jaccard_estimates() -> None:
    signature = np.array([1, 2, 3, 4], dtype=np.uint16)
    rows = np.array([[1, 2, 3, 4], [1, 2, 0, 0], [0, 0, 0, 0]], dtype=np.uint16)
    assert jaccard_estimates(rows, signature).tolist() == [1.0, 0.5, 0.0]


def test_containment_estimates() -> None:
    # Equal sets of 100 sharing 50: J = 1/3. A 60-shingle prefix of a 100: J = 0.6.
    jaccard = np.array([1 / 3, 0.6, 0.0])
    estimates = containment_estimates(jaccard, np.array([100, 100, 100]), 60)
    assert estimates[0] == pytest.approx(160 / 3 / (4 / 3) / 60)
    assert estimates[1:].tolist() == pytest.approx([1.0, 0.0])
    assert containment_estimates(np.array([1 / 3]), np.array([100]), 100)[0] == pytest.approx(0.5)


def test_with_room_doubles_and_keeps_rows() -> None:
    table = np.arange(6, dtype=np.int32).reshape(3, 2)
    assert with_room(table, 3) is table
    grown = with_room(table, 4, fill=-1)
    assert grown.shape == (1024, 2)
    assert grown[:3].tolist() == table.tolist() and (grown[3:] == -1).all()
    assert with_room(grown, 1025).shape == (2048, 2)


@pytest.mark.parametrize(
    "settings",
    [
        {"threshold": 0.0},
        {"threshold": 1.5},
        {"confirm": -0.1},
        {"num_perm": 0},
        {"num_perm": NUM_PERM + 1},
        {"min_shingles": 0},
    ],
)
def test_bad_settings_are_config_errors(settings: dict[str, float]) -> None:
    with pytest.raises(ConfigError, match=r"\[dedup\]") as raised:
        StoryIndex(**settings)
    assert raised.value.code == "E102"


def test_fewer_values_compare_a_prefix_of_the_signature() -> None:
    index = StoryIndex(num_perm=64)
    text = " ".join(f"w{number}" for number in range(200))
    assert index.assign("a", story_key(text)) == "a"
    assert index.assign("b", story_key(text + " and a few words more")) == "a"


def test_a_key_with_too_few_values_is_refused() -> None:
    key = story_key(" ".join(f"w{number}" for number in range(200)))
    with pytest.raises(ValueError, match="recompute stored keys"):
        StoryIndex().assign("a", StoryKey(key.size, key.exact, key.signature[:400]))
