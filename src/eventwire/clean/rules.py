"""Load and validate the boilerplate rules in ``resources/boilerplate.txt``.

The patterns are data (trafilatura keeps its xpaths apart from logic); this module
only parses them, compiles every regex and refuses a malformed file with a
:class:`~eventwire.errors.ConfigError` naming the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal, cast

from eventwire.errors import ConfigError

Scope = Literal["line", "block", "tail"]
SCOPES: frozenset[str] = frozenset({"line", "block", "tail"})
RESOURCE = "boilerplate.txt"
_LABEL = re.compile(r"^[a-z][a-z-]*$")


@dataclass(frozen=True, slots=True)
class Rule:
    """One boilerplate pattern: what it removes (scope), on lines up to ``max_chars``."""

    label: str
    scope: Scope
    max_chars: int
    pattern: re.Pattern[str]

    @property
    def reason(self) -> str:
        """The Removal reason this rule records, e.g. ``boilerplate:comments``."""
        return f"boilerplate:{self.label}"

    def matches(self, line: str) -> bool:
        """True when ``line`` (already in match form) is short enough and matches."""
        if self.max_chars and len(line) > self.max_chars:
            return False
        return self.pattern.search(line) is not None


def parse_rules(text: str, name: str = RESOURCE) -> tuple[Rule, ...]:
    """Parse rule lines ``LABEL SCOPE MAX REGEX``; ``#`` comments and blank lines are skipped."""
    rules: list[Rule] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split(None, 3)
        if len(parts) != 4:
            raise ConfigError(f"{name}:{lineno}: expected LABEL SCOPE MAX REGEX, got {line!r}")
        label, scope, max_chars, regex = parts
        if not _LABEL.match(label):
            raise ConfigError(f"{name}:{lineno}: label {label!r} must be lowercase letters")
        if scope not in SCOPES:
            raise ConfigError(f"{name}:{lineno}: scope {scope!r} is not one of {sorted(SCOPES)}")
        if not max_chars.isdigit():
            raise ConfigError(f"{name}:{lineno}: MAX {max_chars!r} is not a whole number")
        try:
            pattern = re.compile(regex.strip(), re.IGNORECASE)
        except re.error as exc:
            raise ConfigError(f"{name}:{lineno}: bad regex ({exc})") from exc
        rules.append(Rule(label, cast(Scope, scope), int(max_chars), pattern))
    if not rules:
        raise ConfigError(f"{name}: no rules found")
    return tuple(rules)


@lru_cache(maxsize=1)
def load_rules() -> tuple[Rule, ...]:
    """The packaged boilerplate rules, parsed once per process."""
    text = resources.files("eventwire").joinpath("resources", RESOURCE).read_text("utf-8")
    return parse_rules(text)
