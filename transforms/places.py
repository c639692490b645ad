"""Resolve place names and demonyms to countries and coordinates, offline.

`resolve_place` looks a place name (a GPE/LOC/FAC mention's text) up in the gazetteer of
`transforms/lexicons/places.py`: countries, US states and cities of 15,000+ people, the largest
place winning an ambiguous name. `country_for_demonym` maps "Russian"/"Russians" to "RU".

Does not: use context to disambiguate ("Paris, Texas" is still Paris, France), geocode streets,
buildings, villages or natural features, or call any network service.
"""

from __future__ import annotations

from typing import NamedTuple

from transforms.lexicons.places import DEMONYMS, PLACES, REGIONS, Place

_LEADING = ("the ",)


class PlaceResolution(NamedTuple):
    """Where a place name points: ISO 3166-1 alpha-2 country and a representative coordinate."""

    name: str
    kind: str  # country | state | city
    country_code: str
    latitude: float
    longitude: float


def normalise_place_name(name: str) -> str:
    """Casefolded, single-spaced, without a leading "the" or trailing possessive."""
    key = " ".join(name.split()).casefold()
    for prefix in _LEADING:
        if key.startswith(prefix):
            key = key[len(prefix) :]
    for suffix in ("'s", "’s", "'", "’"):
        if key.endswith(suffix):
            key = key[: -len(suffix)]
    return key


def lookup_place(name: str) -> Place | None:
    """The gazetteer entry for a place name, if any."""
    key = normalise_place_name(name)
    return PLACES.get(key) or PLACES.get(key.replace(".", "")) if key else None


def resolve_place(name: str) -> PlaceResolution | None:
    """(name, kind, country, latitude, longitude) of the most populous place so named, or None."""
    place = lookup_place(name)
    if place is None:
        return None
    return PlaceResolution(
        place.name, place.kind, place.country_code, place.latitude, place.longitude
    )


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
