"""The time, name and place lexicons agree with each other and with what is built from them."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.lexicons.names import FIRST_NAMES, KNOWN_ORGANISATIONS, PLACE_PREPOSITIONS
from transforms.lexicons.places import (
    COUNTRY_ALIASES,
    DEMONYMS,
    PLACE_CANDIDATES,
    PLACES,
    US_STATE_ABBREVIATIONS,
)
from transforms.lexicons.time import (
    FIXED_HOLIDAYS,
    FLOATING_HOLIDAYS,
    HOLIDAY_NAMES,
    MONTHS,
    TIME_ZONES,
    WEEKDAYS,
)
from transforms.places import (
    Region,
    country_for_demonym,
    lookup_place,
    regions_named,
)
from transforms.timex import normalise
from transforms.timex.spans import PATTERNS_AND_CUES

ANCHOR = date(2025, 6, 15)
COUNTRY_CODES = {place.country_code for place in PLACES.values() if place.kind == "country"}


def _proposed(text: str) -> set[str]:
    """What the span patterns find in `text`, lowercased."""
    return {m.group().lower() for pattern, _ in PATTERNS_AND_CUES for m in pattern.finditer(text)}


@pytest.mark.parametrize("name", HOLIDAY_NAMES)
def test_every_holiday_is_proposed_by_the_span_patterns(name: str) -> None:
    assert name in _proposed(f"They met on {name.title()} in Ohio.")


@pytest.mark.parametrize("name", HOLIDAY_NAMES)
def test_every_holiday_resolves_to_its_day(name: str) -> None:
    resolution = normalise(f"{name.title()} {ANCHOR.year}", ANCHOR)
    assert resolution.type == "DATE"
    assert resolution.value is not None
    day = date.fromisoformat(resolution.value)
    if name in FIXED_HOLIDAYS:
        assert (day.month, day.day) == FIXED_HOLIDAYS[name]
    else:
        month, weekday, _ = FLOATING_HOLIDAYS[name]
        assert (day.month, day.weekday()) == (month, weekday)


@pytest.mark.parametrize("name", HOLIDAY_NAMES)
def test_a_holiday_is_no_organisation_or_place(name: str) -> None:
    assert name not in KNOWN_ORGANISATIONS
    assert lookup_place(name) is None


@pytest.mark.parametrize("word", sorted(WEEKDAYS.keys() | MONTHS.keys()))
def test_weekdays_and_months_are_no_organisations_or_place_prepositions(word: str) -> None:
    assert word not in PLACE_PREPOSITIONS
    assert word not in KNOWN_ORGANISATIONS


@pytest.mark.parametrize("zone", sorted(TIME_ZONES))
def test_time_zones_are_no_given_names(zone: str) -> None:
    assert zone not in FIRST_NAMES


@pytest.mark.parametrize(("demonym", "code"), sorted(DEMONYMS.items()))
def test_every_demonym_names_a_country_in_the_gazetteer(demonym: str, code: str) -> None:
    assert code in COUNTRY_CODES
    assert country_for_demonym(demonym) == code


@pytest.mark.parametrize(("alias", "code"), sorted(COUNTRY_ALIASES.items()))
def test_every_country_alias_resolves_to_its_country(alias: str, code: str) -> None:
    place = lookup_place(alias)
    assert place is not None and place.country_code == code


US_STATES = {
    place.admin1_code: place
    for places in PLACE_CANDIDATES.values()
    for place in places
    if place.kind == "state" and place.country_code == "US"
}


@pytest.mark.parametrize(("abbreviation", "state"), sorted(US_STATE_ABBREVIATIONS.items()))
def test_every_state_abbreviation_is_a_us_state_in_the_gazetteer(
    abbreviation: str, state: str
) -> None:
    assert state in US_STATES
    assert Region("US", state) in regions_named(US_STATES[state].name)
