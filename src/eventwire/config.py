"""Every setting once, with its default: ``default_config.toml`` holds the values and
their help; a user TOML file overrides only the keys it sets, and the environment
variable ``EVENTWIRE_MODEL`` overrides the spaCy model name.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from eventwire.errors import ConfigError

# spaCy's default Language.max_length: longer texts are refused by the parser.
SPACY_MAX_LENGTH = 1_000_000


@dataclass(frozen=True, slots=True)
class DedupSettings:
    """How near-duplicate copies of one story are recognised (see ``[dedup]``)."""

    threshold: float = 0.3
    confirm: float = 0.8
    min_shingles: int = 20


@dataclass(frozen=True, slots=True)
class ApiLimits:
    """The size and time limits of one request to ``eventwire serve`` (``[api]``).

    ``max_body_bytes`` bounds a request body (E413); ``body_seconds`` is how long a
    client may take to send it (E408); ``work_seconds`` how long a query (E460) or
    an analysis (E022) may run.
    """

    max_body_bytes: int = 1_000_000
    body_seconds: float = 10.0
    work_seconds: float = 30.0


@dataclass(frozen=True, slots=True)
class Settings:
    """The resolved settings for one run."""

    model: str
    batch_size: int
    max_bytes: int
    max_chars: int
    db: str
    max_seconds: float = 60.0
    max_tokens: int = 50_000
    dedup: DedupSettings = field(default_factory=DedupSettings)
    api: ApiLimits = field(default_factory=ApiLimits)


def _defaults() -> dict[str, dict[str, Any]]:
    text = resources.files("eventwire").joinpath("default_config.toml").read_text("utf-8")
    return tomllib.loads(text)


def load_settings(path: str | Path | None = None) -> Settings:
    """Read the defaults, overlay the user file at ``path`` if given, then the environment."""
    merged = _defaults()
    if path is not None:
        try:
            user = tomllib.loads(Path(path).read_text("utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read settings ({exc})", code="E101") from exc
        for section, values in user.items():
            if section not in merged or not isinstance(values, dict):
                raise ConfigError(f"{path}: unknown section [{section}]", code="E102")
            unknown = set(values) - set(merged[section])
            if unknown:
                raise ConfigError(
                    f"{path}: unknown keys {sorted(unknown)} in [{section}]", code="E102"
                )
            merged[section].update(values)
    model = os.environ.get("EVENTWIRE_MODEL", merged["nlp"]["model"])
    settings = Settings(
        model=model,
        batch_size=_positive(merged, "nlp", "batch_size", path),
        max_bytes=_positive(merged, "ingest", "max_bytes", path),
        max_chars=_positive(merged, "ingest", "max_chars", path),
        db=str(merged["store"]["db"]),
        max_seconds=_seconds(merged, "nlp", "max_seconds", path),
        max_tokens=_positive(merged, "nlp", "max_tokens", path),
        dedup=DedupSettings(
            threshold=_share(merged, "dedup", "threshold", path),
            confirm=_share(merged, "dedup", "confirm", path),
            min_shingles=_positive(merged, "dedup", "min_shingles", path),
        ),
        api=ApiLimits(
            max_body_bytes=_positive(merged, "api", "max_body_bytes", path),
            body_seconds=_time_limit(merged, "api", "body_seconds", path),
            work_seconds=_time_limit(merged, "api", "work_seconds", path),
        ),
    )
    if settings.max_chars > SPACY_MAX_LENGTH:
        raise ConfigError(
            f"{path}: [ingest] max_chars must be at most {SPACY_MAX_LENGTH:,} "
            "(the longest text spaCy parses)",
            code="E102",
        )
    return settings


def _positive(merged: dict[str, dict[str, Any]], section: str, key: str, path: object) -> int:
    value = merged[section][key]
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ConfigError(f"{path}: [{section}] {key} must be a positive whole number", code="E102")
    return value


def _share(merged: dict[str, dict[str, Any]], section: str, key: str, path: object) -> float:
    value = merged[section][key]
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 1:
        raise ConfigError(
            f"{path}: [{section}] {key} must be a number above 0 and at most 1", code="E102"
        )
    return float(value)


def _seconds(merged: dict[str, dict[str, Any]], section: str, key: str, path: object) -> float:
    value = merged[section][key]
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ConfigError(
            f"{path}: [{section}] {key} must be a number of seconds, 0 or more", code="E102"
        )
    return float(value)


def _time_limit(merged: dict[str, dict[str, Any]], section: str, key: str, path: object) -> float:
    value = _seconds(merged, section, key, path)
    if value == 0:
        raise ConfigError(f"{path}: [{section}] {key} must be above 0 seconds", code="E102")
    return value
