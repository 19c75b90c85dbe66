"""Every setting once, with its default: ``default_config.toml`` holds the values and
their help; a user TOML file overrides only the keys it sets, and the environment
variable ``EVENTWIRE_MODEL`` overrides the spaCy model name.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from eventwire.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Settings:
    """The resolved settings for one run."""

    model: str
    batch_size: int
    max_bytes: int
    max_chars: int
    db: str


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
    return Settings(
        model=model,
        batch_size=int(merged["nlp"]["batch_size"]),
        max_bytes=int(merged["ingest"]["max_bytes"]),
        max_chars=int(merged["ingest"]["max_chars"]),
        db=str(merged["store"]["db"]),
    )
