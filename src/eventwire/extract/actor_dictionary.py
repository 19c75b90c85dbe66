"""The actor dictionary: people and bodies coded by name, valid between two dates.

The built-in rows (``resources/actors.csv``) cover heads of state and government,
foreign and defence ministers, heads of international bodies and leaders of armed
groups and of the opposition whom the news names without a title; a user file
overrides them. A family name alone ("Kim") matches an entry only when the article
also names the entry's country or uses one of its titles, so a different person with
a common surname is not coded as a head of state; when the title points to one
person and the country to another, only one both confirm is coded.

A user file is CSV in the format of ``resources/actors.csv``, or YAML when its
name ends in ``.yaml`` or ``.yml``: a list of entries, one per person, with the
same fields. ``aliases`` and ``titles`` are lists (or one name); ``start`` and
``end`` are YYYY-MM-DD, left out (or empty) when open. A person who held several
offices lists them under ``offices`` instead of giving ``code``, ``start``, ``end``
and ``titles`` directly::

    - name: Ann Example
      aliases: [Ann B. Example]
      family: Example
      code: XYZGOV
      start: 2019-03-01
      titles: [president]
    - name: Lee Big
      family: Lee
      offices:
        - {code: XYZGOV, start: 2010-01-01, end: 2014-01-01, titles: [foreign minister]}
        - {code: XYZGOV, start: 2014-01-01, titles: [president, chairman]}

Every YAML value is read as text (dates, "NO", "1984" stay as written), so a bad
value is reported with its entry. Errors (E112) name the file and the CSV line or
the YAML entry (number and name).
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import yaml

from eventwire.errors import ConfigError
from eventwire.extract.codes import split_code
from eventwire.extract.gazetteer import INTERNATIONAL

ERROR_CODE = "E112"
COLUMNS = ("name", "aliases", "family", "code", "start", "end", "titles")
OFFICE_KEYS = ("code", "start", "end", "titles")
YAML_KEYS = (*COLUMNS, "offices")
YAML_SUFFIXES = frozenset({".yaml", ".yml"})
# How YAML writes "nothing"; an optional field holding one of these is empty.
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})


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


class _Invalid(Exception):
    """What is wrong with one entry; the caller adds where the entry is."""


class _Person(NamedTuple):
    """Who an entry is, shared by all its offices."""

    name: str
    aliases: tuple[str, ...]
    family: str | None


def _text(fields: Mapping[str, object], key: str) -> str:
    """The stripped text of ``key``; empty when missing or null."""
    value = fields.get(key, "")
    if not isinstance(value, str):
        raise _Invalid(f"{key} must be text, got {value!r}")
    value = value.strip()
    return "" if value in _NULLS else value


def _names(fields: Mapping[str, object], key: str) -> tuple[str, ...]:
    """The non-empty names listed under ``key`` (a list, or one name)."""
    value = fields.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _Invalid(f"{key} must be a list of names")
    return tuple(v.strip() for v in value if v.strip() not in _NULLS)


def _day(fields: Mapping[str, object], key: str) -> date | None:
    """The date under ``key``; None (open) when empty."""
    value = _text(fields, key)
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _Invalid(f"bad date {value!r} in {key} (want YYYY-MM-DD)") from None


def _person(fields: Mapping[str, object]) -> _Person:
    """Validate who an entry is: name, aliases and family name."""
    name = _text(fields, "name")
    if not name:
        raise _Invalid("needs a name")
    return _Person(name, _names(fields, "aliases"), _text(fields, "family") or None)


def _entry(person: _Person, office: Mapping[str, object]) -> ActorEntry:
    """Validate one office (code, dates, titles) of ``person``."""
    code = _text(office, "code").upper()
    if not code:
        raise _Invalid("needs a code")
    if len(code) % 3:
        raise _Invalid(f"code {code!r} is not CAMEO-style (groups of three letters, e.g. USAGOV)")
    country, sector = split_code(code)
    return ActorEntry(
        name=person.name,
        aliases=person.aliases,
        family=person.family,
        code=code,
        country=country,
        sector=sector,
        start=_day(office, "start"),
        end=_day(office, "end"),
        titles=tuple(t.lower() for t in _names(office, "titles")),
    )


def _csv_lines(text: str) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) for each CSV line that is neither blank nor a comment."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.lstrip().startswith("#"):
            yield number, next(csv.reader([line]))


def _csv_fields(fields: list[str]) -> dict[str, object]:
    """A CSV line as entry fields, its "|"-separated aliases and titles split."""
    row = dict(zip(COLUMNS, fields, strict=False))
    return {
        **row,
        "aliases": row.get("aliases", "").split("|"),
        "titles": row.get("titles", "").split("|"),
    }


def parse_actor_rows(text: str, origin: str) -> list[ActorEntry]:
    """Parse and validate dictionary CSV text; ``origin`` names it in error messages."""
    lines = _csv_lines(text)
    number, header = next(lines, (0, []))
    if tuple(h.strip() for h in header) != COLUMNS:
        raise ConfigError(f"{origin}:{number}: header must be {','.join(COLUMNS)}", code=ERROR_CODE)
    entries = []
    for number, fields in lines:
        row = _csv_fields(fields)
        try:
            entries.append(_entry(_person(row), row))
        except _Invalid as exc:
            raise ConfigError(f"{origin}:{number}: {exc}", code=ERROR_CODE) from None
    return entries


def _mapping(value: object, keys: tuple[str, ...]) -> Mapping[str, object]:
    """``value`` as a mapping holding only ``keys``."""
    if not isinstance(value, dict):
        raise _Invalid(f"want a mapping with keys {', '.join(keys)}; got {value!r}")
    unknown = [k for k in value if k not in keys]
    if unknown:
        raise _Invalid(f"unknown key {unknown[0]!r} (want {', '.join(keys)})")
    return value


def _yaml_entries(value: object) -> list[ActorEntry]:
    """The rows of one YAML entry: one per office, or one when the office is inline."""
    fields = _mapping(value, YAML_KEYS)
    person = _person(fields)
    if "offices" not in fields:
        return [_entry(person, fields)]
    if any(k in fields for k in OFFICE_KEYS):
        raise _Invalid("give code, start, end and titles in the entry or in its offices, not both")
    offices = fields["offices"]
    if not isinstance(offices, list) or not offices:
        raise _Invalid("offices must be a list of mappings with keys " + ", ".join(OFFICE_KEYS))
    entries = []
    for number, office in enumerate(offices, start=1):
        try:
            entries.append(_entry(person, _mapping(office, OFFICE_KEYS)))
        except _Invalid as exc:
            raise _Invalid(f"office {number}: {exc}") from None
    return entries


def _entry_label(value: object) -> str:
    """The entry's name in brackets, when it has one, for error messages."""
    name = value.get("name") if isinstance(value, dict) else None
    return f" ({name.strip()})" if isinstance(name, str) and name.strip() else ""


def _load_yaml(text: str, origin: str) -> object:
    """The YAML document in ``text``, every scalar left as text."""
    try:
        # BaseLoader resolves no types: a date or "NO" stays the text the user wrote.
        return yaml.load(text, Loader=yaml.BaseLoader)
    except yaml.YAMLError as exc:
        # Parse errors carry a line and a short problem; others only their message.
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(
            f"{origin}{line}: is not valid YAML ({problem})", code=ERROR_CODE
        ) from exc


def parse_actor_yaml(text: str, origin: str) -> list[ActorEntry]:
    """Parse and validate dictionary YAML text; ``origin`` names it in error messages."""
    data = _load_yaml(text, origin)
    if not isinstance(data, list):
        got = "nothing" if data is None else "a mapping" if isinstance(data, dict) else repr(data)
        raise ConfigError(
            f"{origin}: the top level must be a list of entries ('- name: ...'), got {got}",
            code=ERROR_CODE,
        )
    entries = []
    for number, value in enumerate(data, start=1):
        try:
            entries.extend(_yaml_entries(value))
        except _Invalid as exc:
            where = f"{origin}: entry {number}{_entry_label(value)}"
            raise ConfigError(f"{where}: {exc}", code=ERROR_CODE) from None
    return entries


def _one_person(entries: list[ActorEntry]) -> ActorEntry | None:
    """The first of ``entries`` when they are all one person's offices, else None."""
    return entries[0] if len({e.name for e in entries}) == 1 else None


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
        if " " in key:
            return None
        # With no publication date every office is a candidate: the title or the country
        # must still single out one person ("President Bush" undated stays uncoded).
        family = [e for e in self._by_family.get(key, ()) if e.valid_on(published)]
        titled = [e for e in family if role is not None and role.lower() in e.titles]
        placed = [e for e in family if e.country in countries]
        # Either the title or the country confirms a person; when each confirms someone
        # else ("President Kim" in a text naming both Koreas), the one both confirm wins.
        confirmed = [e for e in family if e in titled or e in placed]
        return _one_person(confirmed) or _one_person([e for e in titled if e in placed])

    def country_of_person(self, name: str) -> str | None:
        """The state of the person a full name ("Colin Powell") means in every office the
        dictionary holds under that name, whatever the date: out of office, a former
        official or a future one is still that state's. None for a family name alone, a
        name people of several states share, or an international body's official."""
        key = name.lower()
        if " " not in key:
            return None
        countries = {e.country for e in self._by_name.get(key, ())}
        country = countries.pop() if len(countries) == 1 else None
        return country if country is not None and country not in INTERNATIONAL else None

    def country_of_family(self, family: str, countries: frozenset[str]) -> str | None:
        """The state of everyone the dictionary holds under the family name ``family``
        ("Trump", "Kasich"), whatever the date, when ``countries`` (those the article
        names) include it: a bare surname the article never completes most likely means
        the known person. None when they are of several states or an international body."""
        found = {e.country for e in self._by_family.get(family.lower(), ())}
        country = found.pop() if len(found) == 1 else None
        if country is None or country in INTERNATIONAL or country not in countries:
            return None
        return country

    def titled(self, name: str, role: str | None) -> ActorEntry | None:
        """An office the text names by its own title ("President Obama"), whatever the
        date: the title says which office is meant even when the publication date lies
        outside its term (a retrospective, a text with a wrong or placeholder date).
        None unless every entry of the name holding that title agrees on the code."""
        if role is None:
            return None
        key, title = name.lower(), role.lower()
        entries = self._by_name.get(key) or ([] if " " in key else self._by_family.get(key, []))
        titled = [e for e in entries if title in e.titles]
        return titled[0] if titled and len({e.code for e in titled}) == 1 else None


@cache
def builtin_entries() -> tuple[ActorEntry, ...]:
    """The rows shipped in ``resources/actors.csv``."""
    text = resources.files("eventwire").joinpath("resources/actors.csv").read_text("utf-8")
    return tuple(parse_actor_rows(text, "resources/actors.csv"))


def _user_entries(user_file: str | Path) -> list[ActorEntry]:
    """The entries of a user's dictionary file: YAML by its suffix, CSV otherwise."""
    path = Path(user_file)
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"{user_file}: cannot read actor dictionary ({exc})", code=ERROR_CODE
        ) from exc
    parse = parse_actor_yaml if path.suffix.lower() in YAML_SUFFIXES else parse_actor_rows
    return parse(text, str(user_file))


def load_dictionary(user_file: str | Path | None = None) -> ActorDictionary:
    """The built-in dictionary, with the entries of ``user_file`` taking precedence."""
    user = _user_entries(user_file) if user_file is not None else []
    return ActorDictionary([*user, *builtin_entries()])
