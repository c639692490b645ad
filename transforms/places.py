"""Resolve place names and demonyms to countries and coordinates, offline.

`resolve_place` looks a place name up in the gazetteer (`transforms/lexicons/places.py`), the
largest place winning an ambiguous name, unless the article's context narrows it: a state or
country qualifier (`within`, "Palm Beach, Fla."; see `regions_named`, `lies_in`) or the countries
of the article's other places (`near_countries`). `country_for_demonym` maps "Russians" to "RU".
Rules and examples: docs/entities.md. Does not: geocode streets, villages or natural features,
know other countries' states, or call any network service.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache
from typing import NamedTuple

from transforms.lexicons.places import (
    COUNTRY_PARTS,
    DEMONYMS,
    PLACE_CANDIDATES,
    REGIONS,
    US_STATE_ABBREVIATIONS,
    Place,
    smaller_cities_named,
)

_LEADING = ("the ",)
#: A city gives way to a same-named one in a country the article mentions unless it is more than
#: this many times as populous.
NEARBY_MAX_POPULATION_RATIO = 10


class PlaceResolution(NamedTuple):
    """Where a place name points: ISO 3166-1 alpha-2 country and a representative coordinate."""

    name: str
    kind: str  # country | state | city
    country_code: str
    latitude: float
    longitude: float


class Region(NamedTuple):
    """A country, or one US state of it, that a place name is qualified with."""

    country_code: str
    admin1_code: str | None  # a US state's postal code; None for the whole country


def _spaced_key(name: str) -> str:
    """Casefolded, single-spaced, without a trailing possessive."""
    key = " ".join(name.split()).casefold()
    for suffix in ("'s", "’s", "'", "’"):
        if key.endswith(suffix):
            key = key[: -len(suffix)]
    return key


def normalise_place_name(name: str) -> str:
    """Casefolded, single-spaced, without a leading "the" or trailing possessive."""
    key = _spaced_key(name)
    for prefix in _LEADING:
        if key.startswith(prefix):
            key = key[len(prefix) :]
    return key


def _table_get(key: str) -> tuple[Place, ...]:
    if not key:
        return ()
    return PLACE_CANDIDATES.get(key) or PLACE_CANDIDATES.get(key.replace(".", "")) or ()


def _named_with_article(key: str) -> tuple[Place, ...]:
    """The places whose own name is this "the ..." key ("the hague"), else (); a country drops
    its "the" ("the Netherlands")."""
    places = _table_get(key)
    named = places and places[0].name.casefold() == key and places[0].kind != "country"
    return places if named else ()


def keeps_leading_article(name: str) -> bool:
    """Whether a leading "the" is part of the place's name ("The Hague", not "the United
    States")."""
    key = _spaced_key(name)
    return key.startswith("the ") and bool(_named_with_article(key))


def _lookup_key(name: str) -> str:
    key = _spaced_key(name)
    return key if keeps_leading_article(name) else normalise_place_name(name)


#: Names looked up are few and repeat across a document and a run (the entity layer asks about
#: each mention several times, and about most capitalised words): the normalised key is built
#: once per name. Bounded, as the names asked about are open-ended.
@lru_cache(maxsize=1 << 16)
def place_candidates(name: str) -> tuple[Place, ...]:
    """Every gazetteer place of this name, the most likely first."""
    return _table_get(_lookup_key(name))


def lookup_place(name: str) -> Place | None:
    """The gazetteer entry for a place name, if any (the most populous of its name)."""
    candidates = place_candidates(name)
    return candidates[0] if candidates else None


def regions_named(name: str) -> tuple[Region, ...]:
    """The states and countries a qualifier may name: "Florida" and "Fla." name Florida, US;
    "Georgia" names both the country and the US state; a city names none."""
    abbreviation = US_STATE_ABBREVIATIONS.get(" ".join(name.split()).casefold())
    if abbreviation is not None:
        return (Region("US", abbreviation),)
    return tuple(
        Region(place.country_code, place.admin1_code if place.kind == "state" else None)
        for place in place_candidates(name)
        if place.kind != "city"
    )


def lies_in(name: str, region: Region) -> bool:
    """Whether a place of this name (a city or state of 15,000+ people) lies in the region."""
    return any(p.kind != "country" and _in_region(p, (region,)) for p in place_candidates(name))


#: A US state's postal code -> the state.
_US_STATES: dict[str, Place] = {
    place.admin1_code: place
    for places in PLACE_CANDIDATES.values()
    for place in places
    if place.kind == "state"
}


def _abbreviated_state(name: str) -> tuple[Place, ...]:
    """The state an AP abbreviation names ("Fla."), as a one-place tuple, else ()."""
    state = _US_STATES.get(US_STATE_ABBREVIATIONS.get(" ".join(name.split()).casefold(), ""))
    return (state,) if state is not None else ()


def _in_region(place: Place, regions: Sequence[Region]) -> bool:
    return any(
        place.country_code == region.country_code
        and region.admin1_code in (None, place.admin1_code)
        for region in regions
    )


def _place_in_context(
    name: str, within: Sequence[Region], near_countries: Collection[str]
) -> Place | None:
    candidates = place_candidates(name) or _abbreviated_state(name)
    if within:
        inside = [p for p in candidates if p.kind != "country" and _in_region(p, within)]
        if not inside and (not candidates or candidates[0].kind == "city"):
            # Only a city's name is worth the smaller-cities table: lists of countries and
            # states ("Russia, Ukraine") are common, and the table is costly to load.
            smaller = smaller_cities_named(_lookup_key(name))
            inside = [p for p in smaller if _in_region(p, within)]
        if inside:
            return inside[0]
    if not candidates:
        return None
    best = candidates[0]
    if best.kind == "city" and near_countries and best.country_code not in near_countries:
        for other in candidates[1:]:
            if (
                other.country_code in near_countries
                and other.population * NEARBY_MAX_POPULATION_RATIO >= best.population
            ):
                return other
    return best


def resolve_place(
    name: str, within: Sequence[Region] = (), near_countries: Collection[str] = ()
) -> PlaceResolution | None:
    """(name, kind, country, latitude, longitude) of the place so named, or None: in a region
    the text qualifies it with, else preferring the countries the article mentions, else the most
    populous (see the module docstring)."""
    place = _place_in_context(name, within, near_countries)
    if place is None:
        return None
    return PlaceResolution(
        place.name, place.kind, place.country_code, place.latitude, place.longitude
    )


def country_identity(name: str, place: PlaceResolution | None) -> str | None:
    """The country's own name when `name` names a whole country ("U.S.", "America" ->
    "United States"), so every short form is one entity; None otherwise ("England" included)."""
    if place is None or place.kind != "country":
        return None
    return None if normalise_place_name(name) in COUNTRY_PARTS else place.name


def is_region(name: str) -> bool:
    """Whether the name is a continent or large region (a place without one country)."""
    return normalise_place_name(name) in REGIONS


def country_for_demonym(word: str) -> str | None:
    """ISO alpha-2 country of a demonym or nationality adjective ("Ukrainians" -> "UA")."""
    key = " ".join(word.split()).casefold()
    if key in DEMONYMS:
        return DEMONYMS[key]
    if key.endswith("s") and key[:-1] in DEMONYMS:
        return DEMONYMS[key[:-1]]
    return None
