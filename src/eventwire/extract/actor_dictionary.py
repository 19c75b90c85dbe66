"""The actor dictionary: people and bodies coded by name, valid between two dates.

The built-in rows (``resources/actors.csv``) cover heads of state and government
and foreign ministers whom the news names without a title; a user file in the
same CSV format overrides them. A family name alone ("Kim") matches an entry only
when the article also names the entry's country or uses one of its titles, so a
different person with a common surname is not coded as a head of state.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path

from eventwire.errors import ConfigError
from eventwire.extract.codes import split_code

COLUMNS = ("name", "aliases", "family", "code", "start", "end", "titles")


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One row of the dictionary: a person or body in one office for a period."""

    name: str
    aliases: tuple[str, ...]
    family: str | None
    code: str
    country: str | None
    sector: str | None
    start: date | None
    end: date | None
    titles: tuple[str, ...]

    def valid_on(self, day: date | None) -> bool:
        """Does the entry hold on ``day``? Unknown days match every entry."""
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


def _date(value: str, origin: str, line: int) -> date | None:
    if not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError as exc:
        raise ConfigError(
            f"{origin}:{line}: bad date {value!r} (want YYYY-MM-DD)", code="E112"
        ) from exc


def _csv_lines(text: str) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) for each CSV line that is neither blank nor a comment."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.lstrip().startswith("#"):
            yield number, next(csv.reader([line]))


def parse_actor_rows(text: str, origin: str) -> list[ActorEntry]:
    """Parse and validate dictionary CSV text; ``origin`` names it in error messages."""
    lines = _csv_lines(text)
    number, header = next(lines, (0, []))
    if tuple(h.strip() for h in header) != COLUMNS:
        raise ConfigError(f"{origin}:{number}: header must be {','.join(COLUMNS)}", code="E112")
    entries = []
    for number, fields in lines:
        row = dict(zip(COLUMNS, (f.strip() for f in fields), strict=False))
        name, code = row.get("name", ""), row.get("code", "").upper()
        if not name or not code or len(code) % 3:
            raise ConfigError(
                f"{origin}:{number}: needs a name and a CAMEO-style code", code="E112"
            )
        country, sector = split_code(code)
        entries.append(
            ActorEntry(
                name=name,
                aliases=tuple(a.strip() for a in row.get("aliases", "").split("|") if a.strip()),
                family=row.get("family") or None,
                code=code,
                country=country,
                sector=sector,
                start=_date(row.get("start", ""), origin, number),
                end=_date(row.get("end", ""), origin, number),
                titles=tuple(
                    t.strip().lower() for t in row.get("titles", "").split("|") if t.strip()
                ),
            )
        )
    return entries


class ActorDictionary:
    """Name and family-name indexes over dictionary entries; user entries win."""

    def __init__(self, entries: Iterable[ActorEntry]) -> None:
        self._by_name: dict[str, list[ActorEntry]] = defaultdict(list)
        self._by_family: dict[str, list[ActorEntry]] = defaultdict(list)
        for entry in entries:
            for name in (entry.name, *entry.aliases):
                self._by_name[name.lower()].append(entry)
            if entry.family:
                self._by_family[entry.family.lower()].append(entry)

    def lookup(
        self,
        name: str,
        published: date | None,
        *,
        role: str | None = None,
        countries: frozenset[str] = frozenset(),
    ) -> ActorEntry | None:
        """The entry for a full name, or for a family name the context confirms."""
        key = name.lower()
        valid = [e for e in self._by_name.get(key, ()) if e.valid_on(published)]
        if valid:
            return valid[0]
        if " " in key or published is None:
            return None
        family = [e for e in self._by_family.get(key, ()) if e.valid_on(published)]
        confirmed = [
            e
            for e in family
            if (role is not None and role.lower() in e.titles) or e.country in countries
        ]
        people = {e.name for e in confirmed}
        return confirmed[0] if len(people) == 1 else None


@cache
def builtin_entries() -> tuple[ActorEntry, ...]:
    """The rows shipped in ``resources/actors.csv``."""
    text = resources.files("eventwire").joinpath("resources/actors.csv").read_text("utf-8")
    return tuple(parse_actor_rows(text, "resources/actors.csv"))


def load_dictionary(user_file: str | Path | None = None) -> ActorDictionary:
    """The built-in dictionary, with the rows of ``user_file`` taking precedence."""
    user: list[ActorEntry] = []
    if user_file is not None:
        try:
            text = Path(user_file).read_text("utf-8")
        except OSError as exc:
            raise ConfigError(
                f"{user_file}: cannot read actor dictionary ({exc})", code="E112"
            ) from exc
        user = parse_actor_rows(text, str(user_file))
    return ActorDictionary([*user, *builtin_entries()])
