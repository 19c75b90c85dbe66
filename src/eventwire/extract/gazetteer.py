"""Countries, roles and organisations: the word lists that turn an actor's words into a
CAMEO-style code ("North Korea's Foreign Minister" -> PRKGOV, "Xinhua" -> CHNMED).

The lists are data in ``resources/`` (countries.tsv, roles.tsv, organisations.tsv), read
once, validated on load (a bad row is a ConfigError E111 naming the file and the line),
and turned into dictionaries so every lookup is a few hash probes. pycountry adds every
country's ISO name, common name and official name, so a country is known without a row.
Beyond single names, :func:`code_phrase` codes a whole descriptive phrase, and
:func:`countries_named` lists the states a sentence names, from which ``actors.py`` places
an actor whose own words name none.

A code is a first block of three letters, a country (ISO 3166 alpha-3) or an
international body (IGO, NGO, IMG), followed by three-letter blocks: sectors (GOV, MIL,
MED ...) for a state's actors, an organisation block for international bodies (IGOUNO,
IGONAT, IGOUNOIAE). :class:`ActorCode` splits a code into ``country`` (the first block)
and ``sector`` (the rest), so ``code == country + (sector or "")`` always holds.

Matching rules, shared by every lookup: curly quotes, accents, dots ("U.S."), hyphens
and a trailing possessive ("Korea's") are ignored, and so is a leading "the". Case is
ignored too, except that a name written with a capital must start with a capital in the
text (so "china" and "turkey" stay words) and an all-capitals name of at most three
letters must match in capitals exactly (so "us", "who" and "is" stay words).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import pycountry

from eventwire.errors import ConfigError
from eventwire.extract.codes import split_code
from eventwire.extract.tsv import resource_error, tsv_rows

__all__ = [
    "SECTORS",
    "ActorCode",
    "CountryRow",
    "OrganisationRow",
    "RoleRow",
    "ambiguity",
    "code_phrase",
    "countries_named",
    "country_of",
    "display_name",
    "is_descriptive",
    "is_generic_body",
    "is_person_title",
    "is_target_word",
    "lookup_organisation",
    "lookup_place_actor",
    "names_country",
    "parse_countries",
    "parse_organisations",
    "parse_roles",
    "phrase_sector",
    "role_phrase",
    "role_sector",
    "title_gender",
]

SECTORS = frozenset(
    {
        "GOV", "MIL", "COP", "REB", "OPP", "CVL", "MED", "BUS", "JUD", "LEG", "EDU",
        "HLH", "REL", "LAB", "AGR", "ELI", "SPY", "NGO", "IGO", "UNO", "PTY", "REF", "CRM",
    }
)  # fmt: skip
# First blocks that are not states: intergovernmental and non-governmental organisations,
# international militant groups, multinational corporations (CAMEO's own blocks).
INTERNATIONAL = frozenset({"IGO", "NGO", "IMG", "MNC"})
# Codes outside pycountry that countries.tsv may use: Kosovo's user-assigned code.
EXTRA_COUNTRIES = frozenset({"XKX"})

COUNTRY_COLUMNS = ("code", "kind", "text", "sector", "note")
ROLE_COLUMNS = ("text", "sector", "kind", "gender", "note")
ORGANISATION_COLUMNS = ("code", "text", "aliases", "note")
COUNTRY_KINDS = frozenset({"name", "region", "demonym", "capital", "seat"})
PLACE_ACTOR_KINDS = frozenset({"capital", "seat"})
ROLE_KINDS = frozenset({"title", "member", "body", "modifier", "person", "relation"})
AMBIGUITY_PREFIXES = ("ambiguous:", "contested:")

# A country right after these words is a target or a stance, not the actor:
# "ambassador to China", "pro-Russian rebels". Never used to code the actor. After a role
# word, the role words that follow one of these prepositions are the target's too:
# "Croat forces against Serb civilians" are forces.
_TARGET_PREPOSITIONS = frozenset({"to", "against", "toward", "towards", "with", "versus", "vs"})
_TARGET_WORDS = _TARGET_PREPOSITIONS | {"pro", "anti"}
# A country after these words is where the actor is: used only when nothing better is
# named ("police in Kabul" -> AFGCOP, but "Chinese embassy in Washington" -> CHNGOV).
_PLACE_WORDS = frozenset({"in", "at", "on", "into", "over", "for", "near", "across", "from"})
# Words for a landform or water named after a river or lake that also names a country:
# "the Niger Delta" (in Nigeria), "Lake Chad", "the Jordan Valley" name the landform,
# which may lie in or across other countries, not the country of that name.
_LANDFORM_WORDS = frozenset(
    {"delta", "river", "valley", "basin", "lake", "gulf", "bay", "sea", "strait", "rift"}
)
# Words that say where an actor is, after which role words describe the place, not it.
_WHERE_WORDS = frozenset({"at", "near", "outside", "inside", "in"})
# How many other words may stand between a modifier and its title ("former Socialist
# prime minister").
_MODIFIER_REACH = 1
# Words that join the parts of a descriptive name ("the Serbs and Croats of Bosnia").
_FILLER_WORDS = frozenset({"the", "and", "of"})

_ERROR_CODE = "E111"
_CODE_RE = re.compile(r"(?:[A-Z]{3})+")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_NOT_WORD = re.compile(r"[^\w'&]+")


@dataclass(frozen=True, slots=True)
class ActorCode:
    """A coded actor: the full code, its first block, its remaining blocks, and a name.

    ``country`` is the ISO3 code for a state's actor and the international block (IGO,
    NGO, IMG) otherwise; ``sector`` is everything after it, or None.
    """

    code: str
    country: str | None
    sector: str | None
    name: str


@dataclass(frozen=True, slots=True)
class CountryRow:
    """One row of countries.tsv."""

    code: str
    kind: str
    text: str
    sector: str | None
    note: str
    line: int


@dataclass(frozen=True, slots=True)
class RoleRow:
    """One row of roles.tsv."""

    text: str
    sector: str | None
    kind: str
    gender: str | None
    note: str
    line: int


@dataclass(frozen=True, slots=True)
class OrganisationRow:
    """One row of organisations.tsv."""

    code: str
    text: str
    aliases: tuple[str, ...]
    note: str
    line: int


# ---------------------------------------------------------------------------- normalising


def _tokens(text: str) -> list[str]:
    """Split text into match tokens: no accents, dots, hyphens or trailing possessives."""
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    text = "".join(c for c in text if not unicodedata.combining(c)).replace(".", "")
    out: list[str] = []
    for raw in _NOT_WORD.sub(" ", text).split():
        token = raw[:-2] if raw.endswith("'s") else raw
        token = token.strip("'")
        if token:
            out.append(token)
    return out


def _key(text: str) -> str:
    """The lookup key of a whole text: its tokens without a leading "the"."""
    tokens = _tokens(text)
    if len(tokens) > 1 and tokens[0].lower() == "the":
        tokens = tokens[1:]
    return " ".join(tokens)


def _is_acronym(key: str) -> bool:
    """Short all-capitals names ("US", "WHO", "IS") only match in capitals."""
    return len(key) <= 3 and key.isupper() and " " not in key


@dataclass(frozen=True, slots=True)
class _Entry:
    """A value in a name index, and whether its name starts with a capital."""

    value: object
    capital: bool


class _NameIndex:
    """Names -> values, with the case rules of the module docstring."""

    def __init__(self) -> None:
        self.exact: dict[str, object] = {}
        self.folded: dict[str, _Entry] = {}
        self.max_words = 1

    def add(self, key: str, value: object) -> None:
        """Add ``key`` unless it is already there (the first entry wins)."""
        if not key:
            return
        self.max_words = max(self.max_words, key.count(" ") + 1)
        if _is_acronym(key):
            self.exact.setdefault(key, value)
        else:
            self.folded.setdefault(key.casefold(), _Entry(value, key[0].isupper()))

    def get(self, key: str) -> object | None:
        """The value for ``key`` under the case rules, or None."""
        if not key:
            return None
        if key in self.exact:
            return self.exact[key]
        entry = self.folded.get(key.casefold())
        if entry is None or (entry.capital and not key[0].isupper()):
            return None
        return entry.value


# ---------------------------------------------------------------------------- parsing


def _fail(origin: str, line: int, message: str) -> ConfigError:
    return resource_error(origin, line, message, _ERROR_CODE)


def _rows(text: str, origin: str, columns: tuple[str, ...]) -> Iterator[tuple[int, list[str]]]:
    return tsv_rows(text, origin, columns, _ERROR_CODE)


@cache
def _iso3() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.countries) | EXTRA_COUNTRIES


def _code_problem(code: str) -> str | None:
    """Why ``code`` is not a valid CAMEO-style code, or None when it is."""
    if not _CODE_RE.fullmatch(code):
        return f"code {code!r} is not three-letter upper-case blocks"
    first, rest = code[:3], [code[i : i + 3] for i in range(3, len(code), 3)]
    if first in INTERNATIONAL:
        return None
    if first not in _iso3():
        return f"code {code!r} does not start with an ISO 3166 alpha-3 country or IGO/NGO/IMG/MNC"
    bad = [block for block in rest if block not in SECTORS]
    if bad:
        return f"code {code!r} has unknown sector {bad[0]!r}"
    return None


def parse_countries(text: str, origin: str) -> tuple[CountryRow, ...]:
    """Parse and validate countries.tsv text; ``origin`` names it in errors."""
    rows: list[CountryRow] = []
    seen: dict[str, tuple[str, str, int]] = {}
    for number, (code, kind, name, sector, note) in _rows(text, origin, COUNTRY_COLUMNS):
        if code not in _iso3():
            raise _fail(origin, number, f"{code!r} is not an ISO 3166 alpha-3 country code")
        if kind not in COUNTRY_KINDS:
            raise _fail(origin, number, f"kind {kind!r} is not one of {sorted(COUNTRY_KINDS)}")
        if not _key(name):
            raise _fail(origin, number, "empty text")
        if kind in PLACE_ACTOR_KINDS and sector not in SECTORS:
            raise _fail(origin, number, f"a {kind} needs a sector, got {sector!r}")
        if kind not in PLACE_ACTOR_KINDS and sector:
            raise _fail(origin, number, f"a {kind} takes no sector, got {sector!r}")
        key = _key(name)
        fold = key if _is_acronym(key) else key.casefold()
        if fold in seen and seen[fold][:2] != (code, kind):
            other = seen[fold]
            raise _fail(
                origin, number, f"{name!r} is already {other[0]} {other[1]} on line {other[2]}"
            )
        seen.setdefault(fold, (code, kind, number))
        rows.append(CountryRow(code, kind, name, sector or None, note, number))
    return tuple(rows)


def parse_roles(text: str, origin: str) -> tuple[RoleRow, ...]:
    """Parse and validate roles.tsv text; ``origin`` names it in errors."""
    rows: list[RoleRow] = []
    seen: dict[str, int] = {}
    for number, (name, sector, kind, gender, note) in _rows(text, origin, ROLE_COLUMNS):
        if not name or name != name.lower():
            raise _fail(origin, number, f"role text {name!r} must be non-empty lower case")
        if kind not in ROLE_KINDS:
            raise _fail(origin, number, f"kind {kind!r} is not one of {sorted(ROLE_KINDS)}")
        if sector and sector not in SECTORS:
            raise _fail(origin, number, f"unknown sector {sector!r}")
        if kind in {"body", "member"} and not sector:
            raise _fail(origin, number, f"a {kind} needs a sector")
        if gender not in {"", "m", "f"}:
            raise _fail(origin, number, f"gender {gender!r} is not m, f or empty")
        key = " ".join(_tokens(name))
        if key in seen:
            raise _fail(origin, number, f"{name!r} is already on line {seen[key]}")
        seen[key] = number
        rows.append(RoleRow(name, sector or None, kind, gender or None, note, number))
    return tuple(rows)


def parse_organisations(text: str, origin: str) -> tuple[OrganisationRow, ...]:
    """Parse and validate organisations.tsv text; ``origin`` names it in errors."""
    rows: list[OrganisationRow] = []
    seen: dict[str, tuple[str, int]] = {}
    for number, (code, name, aliases, note) in _rows(text, origin, ORGANISATION_COLUMNS):
        problem = _code_problem(code)
        if problem:
            raise _fail(origin, number, problem)
        names = [name, *(a.strip() for a in aliases.split("|"))] if aliases else [name]
        for one in names:
            key = _key(one)
            if not key:
                raise _fail(origin, number, "empty name or alias")
            fold = key if _is_acronym(key) else key.casefold()
            if fold in seen and seen[fold][0] != code:
                other_code, other_line = seen[fold]
                raise _fail(origin, number, f"{one!r} is already {other_code} on line {other_line}")
            seen.setdefault(fold, (code, number))
        rows.append(OrganisationRow(code, name, tuple(names[1:]), note, number))
    return tuple(rows)


# ---------------------------------------------------------------------------- loading


def _read(name: str) -> tuple[str, str]:
    path = resources.files("eventwire").joinpath("resources", name)
    return path.read_text("utf-8"), f"eventwire/resources/{name}"


@dataclass(frozen=True, slots=True)
class _Place:
    code: str
    kind: str
    sector: str | None
    text: str
    note: str


@dataclass(frozen=True, slots=True)
class _Org:
    code: str
    name: str
    note: str


@dataclass(frozen=True, slots=True)
class _Role:
    text: str
    sector: str | None
    kind: str
    gender: str | None


def _plural(text: str) -> str | None:
    """The plural of a role's last word ("spokesman" -> "spokesmen"), or None."""
    head, _, word = text.rpartition(" ")
    if word.endswith("man"):
        plural = word[:-3] + "men"
    elif word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        plural = word[:-1] + "ies"
    elif word.endswith(("ss", "x", "z", "ch", "sh")):
        plural = word + "es"
    elif word.endswith("s"):
        return None
    else:
        plural = word + "s"
    return f"{head} {plural}" if head else plural


def _demonym_plural(text: str) -> str | None:
    """ "Israeli" -> "Israelis"; None for "Chinese", "British", "Swiss"."""
    if text.endswith(("s", "sh", "ch", "ese", "x", "z")):
        return None
    return text + "s"


@dataclass(frozen=True, slots=True)
class _Countries:
    index: _NameIndex
    display: dict[str, str]


@cache
def _countries() -> _Countries:
    rows = parse_countries(*_read("countries.tsv"))
    index = _NameIndex()
    display: dict[str, str] = {}
    for row in rows:
        place = _Place(row.code, row.kind, row.sector, row.text, row.note)
        index.add(_key(row.text), place)
        if row.kind == "name":
            display.setdefault(row.code, row.text)
    for row in rows:  # plurals after every written row, so a written row always wins
        plural = _demonym_plural(row.text) if row.kind == "demonym" else None
        if plural:
            # "Palestinians" alone are the Palestinian people, as CAMEO coders read it.
            index.add(_key(plural), _Place(row.code, row.kind, "CVL", row.text, row.note))
    for country in pycountry.countries:
        common = getattr(country, "common_name", None)
        display.setdefault(country.alpha_3, common or country.name)
        for name in (country.name, common, getattr(country, "official_name", None)):
            if name:
                index.add(_key(name), _Place(country.alpha_3, "name", None, name, ""))
    return _Countries(index, display)


@cache
def _organisations() -> _NameIndex:
    index = _NameIndex()
    for row in parse_organisations(*_read("organisations.tsv")):
        org = _Org(row.code, row.text, row.note)
        for name in (row.text, *row.aliases):
            index.add(_key(name), org)
    return index


@dataclass(frozen=True, slots=True)
class _Roles:
    index: dict[str, _Role]
    title_words: frozenset[str]
    max_words: int
    # Words for people by who they are ("men", "children", "families"), kept apart:
    # they name no actor, only the victims of force, threats or blame (victim_sector).
    persons: dict[str, _Role]
    # Words for a person by their tie to another ("predecessor", "wife"), by lemma.
    relations: frozenset[str]


@cache
def _roles() -> _Roles:
    rows = parse_roles(*_read("roles.tsv"))
    index: dict[str, _Role] = {}
    persons: dict[str, _Role] = {}
    words: set[str] = set()
    relations = {r.text for r in rows if r.kind == "relation"}
    rows = tuple(r for r in rows if r.kind != "relation")
    for row in rows:
        key = " ".join(_tokens(row.text))
        (persons if row.kind == "person" else index)[key] = _Role(
            row.text, row.sector, row.kind, row.gender
        )
        if row.kind in {"title", "modifier"}:
            words.update(key.split())
    for row in rows:
        plural = _plural(row.text) if row.sector else None
        if plural:
            role = _Role(row.text, row.sector, row.kind, None)
            (persons if row.kind == "person" else index).setdefault(" ".join(_tokens(plural)), role)
    words.discard("the")
    return _Roles(
        index, frozenset(words), max(k.count(" ") + 1 for k in index), persons, frozenset(relations)
    )


def _actor(code: str, name: str) -> ActorCode:
    country, sector = split_code(code)
    return ActorCode(code=code, country=country, sector=sector, name=name)


# ---------------------------------------------------------------------------- countries


def _place(text: str) -> _Place | None:
    found = _countries().index.get(_key(text))
    return found if isinstance(found, _Place) else None


def country_of(text: str) -> str | None:
    """The ISO3 code for a country name, alias, demonym, region, capital or seat.

    >>> country_of("the U.S."), country_of("North Korean"), country_of("us")
    ('USA', 'PRK', None)
    """
    place = _place(text)
    return place.code if place else None


def names_country(text: str) -> bool:
    """Is ``text`` a country's name or alias ("Iran", "the U.S."), not a demonym, region,
    capital or seat?"""
    place = _place(text)
    return place is not None and place.kind == "name"


def stands_for_state(text: str) -> bool:
    """Is ``text`` a name that often stands for a state's government: the country's name
    or alias, its capital or its seat ("Iran", "Washington"), not a region or a town?"""
    place = _place(text)
    return place is not None and place.kind in {"name", "capital", "seat"}


def display_name(code: str) -> str | None:
    """A country's short English name ("PRK" -> "North Korea"), or None if unknown."""
    return _countries().display.get(code)


def lookup_place_actor(text: str) -> ActorCode | None:
    """A capital or seat of government used as an actor: "Pyongyang" -> PRKGOV.

    Country names and demonyms return None: "North Korea" is the country, not its
    government (use :func:`country_of`).
    """
    place = _place(text)
    if place is None or place.kind not in PLACE_ACTOR_KINDS or place.sector is None:
        return None
    return _actor(place.code + place.sector, place.text)


# ---------------------------------------------------------------------------- organisations


def lookup_organisation(text: str) -> ActorCode | None:
    """A named organisation ("Xinhua" -> CHNMED, "the UN" -> IGOUNO), or None.

    Government seats named like institutions ("the White House", "the Kremlin") are
    found here too, from countries.tsv.
    """
    key = _key(text)
    org = _organisations().get(key)
    if isinstance(org, _Org):
        return _actor(org.code, org.name)
    place = _countries().index.get(key)
    if isinstance(place, _Place) and place.kind == "seat" and place.sector:
        return _actor(place.code + place.sector, place.text)
    return None


def ambiguity(text: str) -> str | None:
    """Why a country or organisation name may not mean what the lists say, or None.

    >>> ambiguity("Georgia")
    'ambiguous: also a US state and a given name'
    """
    key = _key(text)
    for found in (_organisations().get(key), _countries().index.get(key)):
        note = found.note if isinstance(found, _Org | _Place) else ""
        if note.startswith(AMBIGUITY_PREFIXES):
            return note
    return None


# ---------------------------------------------------------------------------- roles


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    role: _Role


def _role_hits(words: list[str]) -> list[_Hit]:
    """Leftmost-longest, non-overlapping role matches in lower-case ``words``."""
    roles = _roles()
    hits: list[_Hit] = []
    i = 0
    while i < len(words):
        for size in range(min(roles.max_words, len(words) - i), 0, -1):
            role = roles.index.get(" ".join(words[i : i + size]))
            if role is not None:
                hits.append(_Hit(i, i + size, role))
                i += size
                break
        else:
            i += 1
    return hits


def _head_end(words: list[str], hits: list[_Hit]) -> int:
    """Where the head of "X of Y" ends: the first "of" that is not inside a role."""
    inside = {i for h in hits for i in range(h.start, h.end)}
    return next(
        (i for i, w in enumerate(words) if w == "of" and i not in inside),
        len(words),
    )


def _best_hit(words: list[str], hits: list[_Hit], weak_only: bool = False) -> _Hit | None:
    """The hit that gives the sector: a body before a title or member, the head before
    the "of" part, then the longest, then the rightmost (the English head noun)."""
    head_end = _head_end(words, hits)
    sectored = [h for h in hits if h.role.sector is not None]
    strong = [] if weak_only else [h for h in sectored if h.role.kind == "body"]
    weak = [h for h in sectored if h.role.kind != "body"]
    for group in (strong, weak):
        for part in (
            [h for h in group if h.end <= head_end],
            [h for h in group if h.end > head_end],
        ):
            if part:
                return max(part, key=lambda h: (h.end - h.start, h.start))
    return None


def _sector(hits: list[_Hit], best: _Hit | None) -> str | None:
    """The sector of ``best``, unless a modifier before it replaces it ("former"). The
    modifier may stand one word off ("former Socialist prime minister" is ELI), but not
    before another role word ("former president's spokesman" is GOV)."""
    if best is None:
        return None
    start = best.start
    for left in sorted((h for h in hits if h.end <= best.start), key=lambda h: -h.start):
        if start - left.end > _MODIFIER_REACH:
            break
        if left.role.kind == "modifier" and left.role.sector:
            return left.role.sector
        if left.role.kind != "modifier" and left.role.sector:
            break
        start = left.start
    return best.role.sector


def _lower_words(text: str) -> list[str]:
    return [t.lower() for t in _tokens(text)]


def role_sector(text: str) -> str | None:
    """The sector a title or role phrase gives ("Foreign Minister" -> GOV, "troops" -> MIL).

    In a longer phrase a group word outranks a title ("army spokesman" -> MIL, "rebel
    leader" -> REB), and the head of "X of Y" outranks Y unless only Y names a group.
    """
    words = _lower_words(text)
    hits = _role_hits(words)
    return _sector(hits, _best_hit(words, hits))


def victim_sector(word: str) -> str | None:
    """The sector of people named by ``word`` for who they are, not what they do
    ("men", "a teenager", "families": CVL), which roles.tsv lists as kind "person";
    None for any other word."""
    role = _roles().persons.get(word.lower())
    return role.sector if role is not None else None


def names_other_person(lemma: str) -> bool:
    """Is the noun of ``lemma`` a word for people by who they are or by their tie to
    another ("man", "family", "predecessor", "wife"): never the one who owns it ("his
    family", "the minister's predecessor")?"""
    key = lemma.lower()
    return key in _roles().persons or key in _roles().relations


def role_phrase(text: str) -> str | None:
    """The words of ``text`` that name a person's role, with their modifiers and group
    words ("North Korea's Deputy Foreign Minister" -> "Deputy Foreign Minister"), or
    None when no title or member word is there."""
    tokens = _tokens(text)
    words = [t.lower() for t in tokens]
    hits = _role_hits(words)
    best = _best_hit(words, hits, weak_only=True)
    if best is None:
        return None
    by_start = {h.start: h for h in hits}
    by_end = {h.end: h for h in hits}
    start, end = best.start, best.end
    while start in by_end:
        start = by_end[start].start
    while end in by_start:
        end = by_start[end].end
    return " ".join(tokens[start:end])


def title_gender(text: str) -> str | None:
    """ "m" or "f" when a title in ``text`` says so ("spokeswoman", "Mr"), else None."""
    words = _lower_words(text)
    genders = {h.role.gender for h in _role_hits(words) if h.role.gender}
    return genders.pop() if len(genders) == 1 else None


def is_body_word(word: str) -> bool:
    """Is ``word`` (a noun's lemma) an institution or group word with a sector
    ("ministry", "army", "police", "protesters")?"""
    role = _roles().index.get(word.lower())
    return role is not None and role.kind == "body" and role.sector is not None


def is_person_title(text: str) -> bool:
    """Is ``text`` a person's title, or a word of one, that can stand before a name?

    True for "President", "Foreign Minister", "Mr." and for the single words of longer
    titles ("Foreign", "Deputy", "of" in "Secretary of State"), so a caller can strip a
    title from "Foreign Minister Ri Yong Ho" word by word. False for group words
    ("troops", "officials") and for anything else.
    """
    roles = _roles()
    key = " ".join(_lower_words(text))
    role = roles.index.get(key)
    if role is not None:
        return role.kind in {"title", "modifier"}
    return bool(key) and " " not in key and key in roles.title_words


def is_listed_title(text: str) -> bool:
    """Is ``text`` (any case) a title listed whole in roles.tsv ("Secretary of State")?"""
    role = _roles().index.get(" ".join(_lower_words(text)))
    return role is not None and role.kind == "title"


def is_target_word(word: str) -> bool:
    """Does an actor after ``word`` receive the action or stance ("to", "against",
    "with"), so that it is likely not of the country its sentence is about?"""
    return word.lower() in _TARGET_WORDS


# ---------------------------------------------------------------------------- phrases


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    value: _Org | _Place
    rank: int  # 2: free, 1: after a place word ("in"), 0: after a target word ("to")


def _scan(tokens: list[str], index: _NameIndex, taken: set[int]) -> list[_Span]:
    """Leftmost-longest matches of ``index`` names among tokens not yet ``taken``."""
    spans: list[_Span] = []
    i = 0
    while i < len(tokens):
        found = None
        if i not in taken and tokens[i].lower() != "the":
            for size in range(min(index.max_words, len(tokens) - i), 0, -1):
                if any(j in taken for j in range(i, i + size)):
                    continue
                value = index.get(" ".join(tokens[i : i + size]))
                if isinstance(value, _Org | _Place):
                    found = (size, value)
                    break
        if found is None or _names_landform(tokens, i, found):
            i += 1
            continue
        size, value = found
        before = next((t.lower() for t in reversed(tokens[:i]) if t.lower() != "the"), "")
        rank = 0 if before in _TARGET_WORDS else 1 if before in _PLACE_WORDS else 2
        spans.append(_Span(i, i + size, value, rank))
        taken.update(range(i, i + size))
        i += size
    return spans


def _names_landform(tokens: list[str], i: int, found: tuple[int, object]) -> bool:
    """Is the match ``found`` at token ``i`` an ambiguous country name that a landform
    word right before or after makes a landform's name ("Niger Delta", "Lake Chad")?"""
    size, value = found
    if not isinstance(value, _Place) or value.kind != "name":
        return False
    if not value.note.startswith(AMBIGUITY_PREFIXES):
        return False
    before = tokens[i - 1] if i > 0 else ""
    if before.lower() == "of" and i > 1:
        before = tokens[i - 2]  # "the Gulf of Guinea"
    after = tokens[i + size] if i + size < len(tokens) else ""
    return any(w.lower() in _LANDFORM_WORDS for w in (before, after))


def is_generic_body(name: str) -> bool:
    """Is a named organisation an institution many states have ("Congress", "Supreme
    Court"), so that a country named beside it says whose it is?"""
    return " ".join(_lower_words(name)) in _roles().index


def _is_generic(tokens: list[str], span: _Span) -> bool:
    """Is the organisation at ``span`` an institution many states have?"""
    return is_generic_body(" ".join(tokens[span.start : span.end]))


def _people_sector(places: list[_Span]) -> str | None:
    """CVL when a phrase names a people by a plural demonym ("Bosnian Serbs")."""
    return next(
        (
            s.value.sector
            for s in places
            if isinstance(s.value, _Place) and s.value.kind == "demonym" and s.value.sector
        ),
        None,
    )


def _named_parts(tokens: list[str]) -> tuple[list[_Span], list[_Span]]:
    """The organisations, then the countries, named among ``tokens`` (an organisation's
    words are not read again as a country)."""
    taken: set[int] = set()
    return _scan(tokens, _organisations(), taken), _scan(tokens, _countries().index, taken)


def code_phrase(text: str) -> ActorCode | None:
    """Code a whole descriptive phrase: a named organisation, or a country with the
    sector of its role words.

    "North Korea's Foreign Minister" -> PRKGOV, "Israeli troops" -> ISRMIL, "Xinhua" ->
    CHNMED, "Pyongyang" -> PRKGOV, "the United States" -> USA (no sector), "Bosnian Serbs"
    -> BIHCVL (a people). A country after "to" or "against" is a target, never the actor
    ("US envoy to China" -> USAGOV). A state's body after a place word only locates a
    group ("students at a university near AKP offices" -> TUREDU). None when neither an
    organisation nor a country is named.
    """
    tokens = _tokens(text)
    all_orgs, all_places = _named_parts(tokens)
    orgs = [s for s in all_orgs if s.rank]
    places = [s for s in all_places if s.rank]
    named = {i for s in (*all_orgs, *all_places) for i in range(s.start, s.end)}
    # Role words around the named parts: "former US President" reads "former President".
    words = [t.lower() for i, t in enumerate(tokens[: _actor_end(tokens)]) if i not in named]
    hits = _role_hits(words)
    best = _best_hit(words, hits)
    sector = _sector(hits, best) or _people_sector(places)

    org = max(orgs, key=lambda s: (s.rank, s.end - s.start, -s.start), default=None)
    place = max(places, key=lambda s: (s.rank, -s.start), default=None)
    if org is not None and isinstance(org.value, _Org):
        # An institution many states have ("Congress", "Supreme Court") defers to a
        # country the phrase names: "Philippine Congress" is PHLLEG, not USALEG.
        generic = _is_generic(tokens, org)
        overridden = (
            generic
            and place is not None
            and isinstance(place.value, _Place)
            and place.value.code != org.value.code[:3]
            and place.rank >= org.rank
        )
        if not overridden and (place is None or org.rank >= place.rank):
            return _located_group(org, best, sector) or _actor(org.value.code, org.value.name)
        if overridden:
            sector = _roles().index[" ".join(tokens[org.start : org.end]).lower()].sector
    if place is None or not isinstance(place.value, _Place):
        return None
    found = place.value
    name = display_name(found.code) or found.text
    if sector is None and found.sector is not None:
        sector = found.sector
        if found.kind in PLACE_ACTOR_KINDS:
            name = found.text
    return _actor(found.code + (sector or ""), name)


def _located_group(org: _Span, best: _Hit | None, sector: str | None) -> ActorCode | None:
    """A group named by a body word, whose state's body after a place word only says
    where it is: "students at a university near AKP offices" -> TUREDU. None otherwise,
    and for a title ("a spokesman for Hamas" is Hamas's)."""
    if not isinstance(org.value, _Org) or org.rank != 1 or best is None or sector is None:
        return None
    state = org.value.code[:3]
    if best.role.kind != "body" or state not in _iso3():
        return None
    return _actor(state + sector, display_name(state) or org.value.name)


def phrase_sector(text: str) -> str | None:
    """The sector a phrase gives whether or not it names a country: its role words, or
    CVL for a people ("Bosnian Serbs", "Kurds")."""
    tokens = _tokens(text)
    own = " ".join(tokens[: _actor_end(tokens)])
    return role_sector(own) or _people_sector(_named_parts(tokens)[1])


def _actor_end(tokens: list[str]) -> int:
    """Where the actor's own words end: at a target preposition or a word of place after a
    role word, as the role words of its object or its whereabouts are not the actor's
    ("Croat forces against Serb civilians" are forces, "students near party offices"
    students; but "a truce with Moslem forces" and "up to 1,000 refugees" read on)."""
    words = [t.lower() for t in tokens]
    for i, word in enumerate(words):
        if word in _TARGET_PREPOSITIONS | _WHERE_WORDS and _role_hits(words[:i]):
            return i
    return len(words)


@lru_cache(maxsize=8192)
def _countries_named(text: str) -> tuple[str, ...]:
    tokens = _tokens(text)
    orgs, places = _named_parts(tokens)
    spans = sorted(
        (*(s for s in orgs if not _is_generic(tokens, s)), *places), key=lambda s: s.start
    )
    return tuple(
        s.value.code[:3]
        for s in spans
        if s.rank
        and s.value.code[:3] in _iso3()
        and not s.value.note.startswith(AMBIGUITY_PREFIXES)
    )


def countries_named(text: str) -> list[str]:
    """The states ``text`` names, in order: countries, demonyms, capitals, seats and the
    bodies of one state ("the Kremlin", "Xinhua" -> CHN). Left out: a country after a
    target word ("sanctions against Russia"), international bodies, institutions
    many states have ("Congress"), and names the lists mark ambiguous ("Korea").
    """
    return list(_countries_named(text))


def is_descriptive(text: str) -> bool:
    """Do the words of ``text`` only describe, naming no one: countries, organisations
    and role words ("Bosnian Serbs", "Iraqi Kurds")? The NER model labels such groups
    people at times.
    """
    tokens = _tokens(text)
    words = [t.lower() for t in tokens]
    orgs, places = _named_parts(tokens)
    covered = {i for s in (*orgs, *places) for i in range(s.start, s.end)}
    covered.update(i for h in _role_hits(words) for i in range(h.start, h.end))
    return bool(words) and all(i in covered or w in _FILLER_WORDS for i, w in enumerate(words))
